#pragma once

// A portfolio shaped like Quebec's August 2016 publication, built with PortfolioFile::insertRow: 197
// active projects whose cost and schedule colours add up to the published table (with the schedule-red
// amount corrected to $67.40M), 36 measures in 4 key areas (11 completed, 21 under way, 4 not
// started), a workforce survey, envelopes over two fiscal years and three reporting periods.
#include "analysis/chartdata.h"
#include "analysis/periods.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"

#include <QDate>
#include <QString>

#include <cmath>

#include <memory>

namespace VigieTest {

inline std::unique_ptr<Vigie::PortfolioFile> makeChartPortfolio(const QString &path, QString *error = nullptr)
{
    using namespace Vigie;
    FileError fe;
    auto file = PortfolioFile::create(path, QStringLiteral("Québec 2016"), &fe);
    if (!file) {
        if (error)
            *error = fe.message;
        return nullptr;
    }
    file->setClock([] { return QDateTime(QDate(2016, 9, 1), QTime(9, 0), Qt::UTC); });
    Edits::setHealthRule(*file, HealthRule::threeCode(), QStringLiteral("Rule")); // colours are declared, as published

    QList<RowId> orgs;
    const char *codes[] = { "MSSS", "MEES", "SCT", "RAMQ", "SAAQ" };
    const char *namesEn[] = { "Health and Social Services", "Education", "Treasury Board Secretariat",
                              "Health Insurance Board", "Automobile Insurance Corporation" };
    const char *namesFr[] = { "Santé et Services sociaux", "Éducation", "Secrétariat du Conseil du trésor",
                              "Régie de l'assurance maladie", "Société de l'assurance automobile" };
    for (int i = 0; i < 5; ++i) {
        const QString uuid = file->insertRow(Entity::Organization,
                                             { { Field::Code, QString::fromUtf8(codes[i]) },
                                               { Field::NameEn, QString::fromUtf8(namesEn[i]) },
                                               { Field::NameFr, QString::fromUtf8(namesFr[i]) } });
        orgs << file->rowId(Entity::Organization, uuid);
    }

    // Strategy: 4 key areas, 36 measures; statuses spread so that the totals are 11 / 21 / 4.
    const QString plan = file->insertRow(Entity::Plan, { { Field::Code, QStringLiteral("STRAT-2015") } });
    const RowId planId = file->rowId(Entity::Plan, plan);
    const char *areaEn[] = { "Reviewing and strengthening governance", "Managing talent more effectively",
                             "Adopting best practices", "Bringing the government into touch with citizens" };
    const char *areaFr[] = { "Revoir et renforcer la gouvernance", "Mieux gérer les talents",
                             "Adopter les meilleures pratiques", "Rapprocher l'État des citoyens" };
    const int perArea[] = { 9, 8, 11, 8 };
    const int completedPerArea[] = { 4, 2, 3, 2 };
    const int notStartedPerArea[] = { 0, 1, 2, 1 };
    QList<RowId> areas;
    QList<QString> measures;
    int number = 0;
    for (int a = 0; a < 4; ++a) {
        const QString area = file->insertRow(Entity::KeyArea, { { Field::Plan, planId },
                                                                { Field::Number, a + 1 },
                                                                { Field::TitleEn, QString::fromUtf8(areaEn[a]) },
                                                                { Field::TitleFr, QString::fromUtf8(areaFr[a]) } });
        areas << file->rowId(Entity::KeyArea, area);
        for (int m = 0; m < perArea[a]; ++m) {
            const QString status = m < completedPerArea[a] ? QStringLiteral("completed")
                : m < completedPerArea[a] + notStartedPerArea[a] ? QStringLiteral("not_started")
                                                                  : QStringLiteral("under_way");
            measures << file->insertRow(Entity::Measure, { { Field::KeyArea, areas.last() },
                                                           { Field::Number, ++number },
                                                           { Field::Owner, orgs.at(m % 5) },
                                                           { Field::Status, status } });
        }
    }

    // Projects: groups of (count, total $, declared cost, declared schedule).
    struct Group { int count; double total; const char *cost; const char *schedule; };
    const Group groups[] = {
        { 3, 1.03e6, "red", "red" },
        { 8, 11.9e6, "yellow", "red" },
        { 20, 54.47e6, "green", "red" },
        { 20, 23.23e6, "green", "yellow" },
        { 146, 337.86e6, "green", "green" },
    };
    QList<QString> projects;
    int code = 0;
    for (const Group &g : groups) {
        double left = g.total;
        for (int i = 0; i < g.count; ++i) {
            const double budget = i + 1 == g.count ? left : std::round(g.total / g.count);
            left -= budget;
            projects << file->insertRow(Entity::Project,
                                        { { Field::Code, QStringLiteral("P%1").arg(++code, 3, 10, QLatin1Char('0')) },
                                          { Field::NameEn, QStringLiteral("Project %1").arg(code) },
                                          { Field::Organization, orgs.at(code % 5) },
                                          { Field::Budget, budget },
                                          { Field::DeclaredCost, QString::fromLatin1(g.cost) },
                                          { Field::DeclaredSchedule, QString::fromLatin1(g.schedule) } });
        }
    }
    // Two projects delivered: not active, not counted.
    for (int i = 0; i < 2; ++i)
        file->insertRow(Entity::Project, { { Field::Code, QStringLiteral("DONE%1").arg(i) },
                                           { Field::Budget, 5e6 },
                                           { Field::State, QStringLiteral("completed") },
                                           { Field::DeclaredCost, QStringLiteral("red") } });
    // Links: the first 40 projects serve measures of area 1.
    for (int i = 0; i < 40; ++i)
        file->insertRow(Entity::ProjectMeasure, { { Field::Project, file->rowId(Entity::Project, projects.at(i)) },
                                                  { Field::Measure, file->rowId(Entity::Measure, measures.at(i % 9)) } });

    // Workforce: one survey; information security mostly external (at risk).
    const char *specialtyCodes[] = { "SEC", "ARCH", "PM", "DEV", "BI" };
    const char *specialtyEn[] = { "Information security", "Enterprise architecture", "Project management",
                                  "Application development", "Business intelligence" };
    const char *specialtyFr[] = { "Sécurité de l'information", "Architecture d'entreprise", "Gestion de projet",
                                  "Développement d'applications", "Intelligence d'affaires" };
    const double internal[] = { 30, 45, 120, 400, 25 };
    const double external[] = { 55, 20, 60, 310, 40 };
    for (int s = 0; s < 5; ++s) {
        const QString sp = file->insertRow(Entity::Specialty, { { Field::Code, QString::fromLatin1(specialtyCodes[s]) },
                                                                { Field::NameEn, QString::fromUtf8(specialtyEn[s]) },
                                                                { Field::NameFr, QString::fromUtf8(specialtyFr[s]) } });
        for (int o = 0; o < 2; ++o)
            file->insertRow(Entity::Workforce, { { Field::Organization, orgs.at(o) },
                                                 { Field::Specialty, file->rowId(Entity::Specialty, sp) },
                                                 { Field::SurveyDate, QStringLiteral("2016-03-31") },
                                                 { Field::InternalFte, internal[s] / 2 },
                                                 { Field::ExternalFte, external[s] / 2 } });
    }
    // Envelopes for 2015 and 2016.
    for (int year : { 2015, 2016 })
        for (int o = 0; o < 5; ++o)
            file->insertRow(Entity::Envelope, { { Field::FiscalYear, year },
                                                { Field::Organization, orgs.at(o) },
                                                { Field::PlannedNeeds, (o + 2) * 10e6 + (year - 2015) * 5e6 },
                                                { Field::Granted, (o + 2) * 8e6 },
                                                { Field::Committed, (o + 2) * 6e6 } });

    // Three periods: two earlier ones with worse colours and fewer measures completed, then August 2016.
    auto setCost = [&](int from, int to, const char *colour) {
        for (int i = from; i < to; ++i)
            file->setValue(Entity::Project, projects.at(i), Field::DeclaredCost, QString::fromLatin1(colour));
    };
    auto setStatus = [&](int index, const char *status) {
        file->setValue(Entity::Measure, measures.at(index), Field::Status, QString::fromLatin1(status));
    };
    // February 2016: 25 otherwise green projects were yellow or red by cost, and 2 measures under way.
    setCost(51, 71, "yellow");
    setCost(71, 76, "red");
    setStatus(0, "under_way");
    setStatus(1, "under_way");
    Edits::freezePeriod(*file, QStringLiteral("February 2016"), QDate(2016, 2, 29), QStringLiteral("Freeze"));
    setCost(51, 61, "green");
    setCost(71, 76, "green");
    setStatus(0, "completed");
    Edits::freezePeriod(*file, QStringLiteral("May 2016"), QDate(2016, 5, 31), QStringLiteral("Freeze"));
    setCost(61, 71, "green");
    setStatus(1, "completed");
    Edits::freezePeriod(*file, QStringLiteral("August 2016"), QDate(2016, 8, 31), QStringLiteral("Freeze"));
    return file;
}

// Chart data of the twenty specialties of Quebec's workforce survey, as horizontal stacked bars.
inline Vigie::ChartData twentySpecialtiesChart()
{
    using namespace Vigie;
    ChartData d;
    d.id = QStringLiteral("workforce-by-specialty");
    d.title = QStringLiteral("IT workforce by specialty");
    d.shape = ChartShape::HorizontalStackedBars;
    d.categories = QStringList { QStringLiteral("Application development (at risk)"), QStringLiteral("User support"),
                                 QStringLiteral("Infrastructure operations"), QStringLiteral("Functional analysis"),
                                 QStringLiteral("Networks and telecommunications"), QStringLiteral("Project management"),
                                 QStringLiteral("Quality assurance and testing"), QStringLiteral("IT service management"),
                                 QStringLiteral("Business intelligence (at risk)"), QStringLiteral("Web and digital services"),
                                 QStringLiteral("Database administration"), QStringLiteral("Technology architecture"),
                                 QStringLiteral("Data management"), QStringLiteral("Records and information management"),
                                 QStringLiteral("Business architecture (at risk)"), QStringLiteral("Information security"),
                                 QStringLiteral("Strategic consulting"), QStringLiteral("Change management"),
                                 QStringLiteral("Enterprise architecture (at risk)"),
                                 QStringLiteral("IT procurement and contract management") };
    for (const char *name : { "Internal", "External" }) {
        ChartSeries series;
        series.name = QLatin1String(name);
        for (int i = 0; i < d.categories.size(); ++i) {
            series.values << 500 - 20 * i;
            series.labels << QString::number(500 - 20 * i);
        }
        d.series << series;
    }
    d.valueMax = 1100;
    return d;
}

} // namespace VigieTest
