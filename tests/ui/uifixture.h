#pragma once

// A small, realistic portfolio on disk for the UI tests: 3 organizations, one plan with 4 key areas
// and 8 measures, 12 projects with green/yellow/red indicators, a workforce survey and envelopes.
// One measure and one project lack their French text (the "missing translations" filter).
#include "dialogs/dialogs.h"
#include "document/document.h"
#include "i18n/language.h"
#include "mergefixture.h"
#include "rowinsert.h"
#include "storage/portfoliofile.h"

#include <QDate>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace VigieTest {

struct Fixture
{
    QString measure9;  // Measure 9 (area 1), under way
    QString project1;  // "SCT-01", green
    QString envelope;  // MCE 2016
    QString workforce; // MCE × first specialty
};

inline QString ins(Vigie::PortfolioFile &f, Vigie::Entity e, const QVariantMap &v)
{
    QString error;
    const QString uuid = VigieTest::insertRow(f, e, v, &error);
    if (uuid.isEmpty())
        qFatal("fixture: %s", qPrintable(error));
    return uuid;
}

inline std::unique_ptr<Vigie::PortfolioFile> makePortfolio(const QString &path, Fixture *fixture = nullptr);

// The fixture portfolio opened as the desktop application opens it: a document with its lock, undo
// stack, edit facade and models.
inline std::unique_ptr<Vigie::Document> makeDocument(const QString &path, Fixture *fixture = nullptr)
{
    auto file = makePortfolio(path, fixture);
    if (!file)
        return nullptr;
    file.reset();
    Vigie::FileError error;
    auto document = Vigie::Document::open(path, &error);
    if (!document)
        qWarning("fixture: %s", qPrintable(error.message));
    else
        document->file()->setAuthor(QStringLiteral("tester"));
    return document;
}

// The Quebec sample written in `folder` and a copy of it limited to `organization` sent beside it, the
// copy opened as the desktop application opens it (null, with a warning, when any step fails).
inline std::unique_ptr<Vigie::Document> openLimitedCopy(const QString &folder, const QString &organization)
{
    const QString master = folder + QStringLiteral("/quebec.vigie");
    const QString copy = folder + QStringLiteral("/") + organization.toLower() + QStringLiteral(".vigie");
    if (!writeQuebec(master) || !sendCopy(master, copy, organization))
        return nullptr;
    Vigie::FileError error;
    auto document = Vigie::Document::open(copy, &error);
    if (!document)
        qWarning("fixture: %s", qPrintable(error.message));
    return document;
}

// What each copy-and-merge UI test starts from: a fresh folder, the Quebec sample in it as the CIO office's
// master and a copy of it for MTESS sent beside it, the window in English with no remembered settings and
// the dialogs in test mode.
struct MasterAndCopy
{
    std::unique_ptr<QTemporaryDir> dir;
    QString master, copy;

    QString path(const QString &name) const { return dir->filePath(name); }
    // Starts again from nothing; false, with a warning, when a step fails.
    bool renew()
    {
        Vigie::Language::apply(QStringLiteral("en"));
        QSettings().clear();
        Vigie::Dialogs::setTestMode(true);
        dir = std::make_unique<QTemporaryDir>();
        master = path(QStringLiteral("quebec.vigie"));
        copy = path(QStringLiteral("mtess.vigie"));
        return writeQuebec(master) && sendCopy(master, copy, QStringLiteral("MTESS"));
    }
};

inline std::unique_ptr<Vigie::PortfolioFile> makePortfolio(const QString &path, Fixture *fixture)
{
    using namespace Vigie;
    FileError error;
    auto file = PortfolioFile::create(path, QStringLiteral("Test portfolio"), &error);
    if (!file)
        return nullptr;
    file->setClock([] { return QDateTime(QDate(2016, 9, 30), QTime(12, 0), Qt::UTC); });
    file->setAuthor(QStringLiteral("tester"));
    Fixture fx;
    QList<RowId> orgs;
    const char *codes[] = { "SCT", "MCE", "RAMQ" };
    const char *en[] = { "Treasury Board Secretariat", "Ministry of Culture", "Health Insurance Board" };
    const char *fr[] = { "Secrétariat du Conseil du trésor", "Ministère de la Culture", "Régie de l'assurance maladie" };
    for (int i = 0; i < 3; ++i) {
        const QString u = ins(*file, Entity::Organization, { { QStringLiteral("code"), QString::fromLatin1(codes[i]) },
                                                             { QStringLiteral("name_en"), QString::fromUtf8(en[i]) },
                                                             { QStringLiteral("name_fr"), QString::fromUtf8(fr[i]) } });
        orgs << file->rowId(Entity::Organization, u);
    }
    const RowId plan = file->rowId(Entity::Plan, ins(*file, Entity::Plan, { { QStringLiteral("code"), QStringLiteral("QC-2015") },
                                                                           { QStringLiteral("title_en"), QStringLiteral("IT strategy 2015–2018") },
                                                                           { QStringLiteral("title_fr"), QStringLiteral("Stratégie TI 2015-2018") },
                                                                           { QStringLiteral("end_date"), QDate(2018, 3, 31) } }));
    const char *statuses[] = { "completed", "under_way", "under_way", "not_started" };
    int number = 8;
    for (int area = 1; area <= 4; ++area) {
        const RowId a = file->rowId(Entity::KeyArea, ins(*file, Entity::KeyArea, { { QStringLiteral("plan_id"), plan },
                                                                                   { QStringLiteral("number"), area },
                                                                                   { QStringLiteral("title_en"), QStringLiteral("Area %1").arg(area) },
                                                                                   { QStringLiteral("title_fr"), QStringLiteral("Axe %1").arg(area) } }));
        for (int k = 0; k < 2; ++k, ++number) {
            const bool untranslated = number == 12;
            const QString u = ins(*file, Entity::Measure,
                                  { { QStringLiteral("key_area_id"), a }, { QStringLiteral("number"), number },
                                    { QStringLiteral("title_en"), QStringLiteral("Measure title %1").arg(number) },
                                    { QStringLiteral("title_fr"), untranslated ? QStringLiteral("") : QStringLiteral("Titre de la mesure %1").arg(number) },
                                    { QStringLiteral("owner_id"), orgs.at(number % 3) },
                                    { QStringLiteral("status"), QString::fromLatin1(statuses[(area + k) % 4]) },
                                    { QStringLiteral("percent_complete"), 25.0 * ((area + k) % 4) },
                                    { QStringLiteral("due_date"), QDate(2018, 3, 31) } });
            if (number == 9)
                fx.measure9 = u;
        }
    }
    // Forecast overruns: 0–5% green, 20% yellow, 50% red.
    const double overrun[] = { 0.0, 0.02, 0.05, 0.2, 0.5, 0.0, 0.01, 0.03, 0.25, 0.0, 0.04, 0.6 };
    for (int i = 0; i < 12; ++i) {
        const double budget = 1e6 * (i + 1);
        const QString u = ins(*file, Entity::Project,
                              { { QStringLiteral("code"), QStringLiteral("%1-%2").arg(QString::fromLatin1(codes[i % 3])).arg(i + 1, 2, 10, QLatin1Char('0')) },
                                { QStringLiteral("name_en"), QStringLiteral("Project %1 modernization").arg(i + 1) },
                                { QStringLiteral("name_fr"), i == 5 ? QStringLiteral("") : QStringLiteral("Modernisation du projet %1").arg(i + 1) },
                                { QStringLiteral("organization_id"), orgs.at(i % 3) },
                                { QStringLiteral("phase"), QStringLiteral("Execution") },
                                { QStringLiteral("budget"), budget },
                                { QStringLiteral("original_budget"), budget },
                                { QStringLiteral("planned_start"), QDate(2015, 4, 1) },
                                { QStringLiteral("planned_end"), QDate(2018, 3, 31) },
                                { QStringLiteral("forecast_cost"), budget * (1 + overrun[i]) },
                                { QStringLiteral("forecast_end"), QDate(2018, 3, 31) } });
        if (i == 0)
            fx.project1 = u;
    }
    for (int i = 0; i < 3; ++i) {
        const QString spec = ins(*file, Entity::Specialty, { { QStringLiteral("code"), QStringLiteral("S%1").arg(i) },
                                                             { QStringLiteral("name_en"), QStringLiteral("Specialty %1").arg(i) },
                                                             { QStringLiteral("name_fr"), QStringLiteral("Spécialité %1").arg(i) },
                                                             { QStringLiteral("core_function"), i == 0 } });
        for (int o = 0; o < 3; ++o) {
            const QString w = ins(*file, Entity::Workforce, { { QStringLiteral("organization_id"), orgs.at(o) },
                                                              { QStringLiteral("specialty_id"), file->rowId(Entity::Specialty, spec) },
                                                              { QStringLiteral("survey_date"), QDate(2016, 6, 1) },
                                                              { QStringLiteral("internal_fte"), 10.0 + o + i },
                                                              { QStringLiteral("external_fte"), 5.0 * (i + 1) } });
            if (i == 0 && o == 1)
                fx.workforce = w;
        }
    }
    for (int o = 0; o < 3; ++o) {
        const QString e = ins(*file, Entity::Envelope, { { QStringLiteral("fiscal_year"), 2016 },
                                                         { QStringLiteral("organization_id"), orgs.at(o) },
                                                         { QStringLiteral("planned_needs"), 5e6 * (o + 1) },
                                                         { QStringLiteral("granted"), 4e6 * (o + 1) },
                                                         { QStringLiteral("committed"), 3e6 * (o + 1) } });
        if (o == 1)
            fx.envelope = e;
    }
    if (fixture)
        *fixture = fx;
    return file;
}

} // namespace VigieTest
