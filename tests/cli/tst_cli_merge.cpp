// `vigie extract`, `vigie merge` and `vigie diff` as a user runs them: the real executable, real files,
// exit codes (0 ok, 2 usage, 3 unusable or locked file, 5 conflicts) and the documented JSON.
#include "analysis/briefingitems.h"
#include "storage/edits.h"
#include "storage/filelock.h"

#include "mergefixture.h"
#include "testutil.h"

#include <QFileInfo>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

class TestCliMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void extract();
    void cleanMergeJson();
    void conflictsExit5();
    void preferAndDryRun();
    void refusedFilesExit3();
    void usage();
    void diff();
    void french();
    void sameCodeOnBothSides();
    void measureUpdateIsOneDecision();
    void dryRunSaysWhatWouldComeIn();
    void outsideChangesAreNamed();
    void reportShowsDatesInTheLanguage();
    void portfolioNamedInTheLanguage();
    void briefingItemsReadAsTheBriefingNamesThem();
    void periodNamedInTheLanguage();
    void briefingItemNamedWithItsPeriod();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The master and the copy both change project P0's forecast; the copy alone changes P1's phase.
    void makeConflict();
    // Merges the copy in French with `extra` options, writing the HTML report; its text in `html`.
    void mergeWithFrenchReport(const QStringList &extra, QString *html);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_master, m_copy;
    const QString m_p0 = QStringLiteral("MTESS-2013-001");
    const QString m_p1 = QStringLiteral("MTESS-2014-001");
};

void TestCliMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_master = path(QStringLiteral("quebec.vigie"));
    m_copy = path(QStringLiteral("mtess.vigie"));
    const Run r = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), m_master });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliMerge::makeConflict()
{
    const Run r = runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("--organization"), QStringLiteral("MTESS"),
                             QStringLiteral("-o"), m_copy });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto copy = openFile(m_copy, QStringLiteral("mtess-it"));
    QVERIFY(Edits::setValue(*copy, Entity::Project, project(*copy, m_p0), Field::ForecastCost, 4.2e6, QStringLiteral("F")).ok);
    QVERIFY(Edits::setValue(*copy, Entity::Project, project(*copy, m_p1), Field::Phase, QStringLiteral("closing"), QStringLiteral("P")).ok);
    copy.reset();
    auto master = openFile(m_master, QStringLiteral("cio-office"));
    QVERIFY(Edits::setValue(*master, Entity::Project, project(*master, m_p0), Field::ForecastCost, 3.9e6, QStringLiteral("F")).ok);
}

void TestCliMerge::mergeWithFrenchReport(const QStringList &extra, QString *html)
{
    const QString report = path(QStringLiteral("report.html"));
    const Run r = runVigie(QStringList { QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--lang"), QStringLiteral("fr"),
                                         QStringLiteral("--report"), report }
                           + extra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    *html = QString::fromUtf8(f.readAll());
}

void TestCliMerge::extract()
{
    Run r = runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("--organization"), QStringLiteral("MTESS"),
                       QStringLiteral("-o"), m_copy });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Copy for MTESS written to")));
    QVERIFY(QFileInfo::exists(m_copy));
    r = runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("-o"), m_copy });
    QCOMPARE(r.exitCode, 3); // never overwrites
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    r = runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("--organization"), QStringLiteral("NOPE"),
                   QStringLiteral("-o"), path(QStringLiteral("x.vigie")) });
    QCOMPARE(r.exitCode, 6); // what it names does not exist
    QVERIFY(r.err.contains(QStringLiteral("\"NOPE\"")));
    // A code in another case names the organization, as imports and merges read it.
    r = runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("--organization"), QStringLiteral("mtess"),
                   QStringLiteral("-o"), path(QStringLiteral("lower.vigie")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Copy for MTESS written to ")), qPrintable(r.out));
    QCOMPARE(runVigie({ QStringLiteral("extract"), m_master }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("extract"), path(QStringLiteral("missing.vigie")), QStringLiteral("-o"),
                        path(QStringLiteral("y.vigie")) }).exitCode,
             3);
    r = runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("-o"), path(QStringLiteral("whole.vigie")) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("whole portfolio")));
}

void TestCliMerge::cleanMergeJson()
{
    QVERIFY(runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("--organization"), QStringLiteral("MTESS"),
                       QStringLiteral("-o"), m_copy }).exitCode == 0);
    {
        auto copy = openFile(m_copy, QStringLiteral("mtess-it"));
        QVERIFY(Edits::setValue(*copy, Entity::Project, project(*copy, m_p1), Field::Phase, QStringLiteral("closing"), QStringLiteral("P")).ok);
        QVERIFY(Edits::setMeasureState(*copy, measure(*copy, 30), { MeasureStatus::Completed, 100, QStringLiteral("Livrée") },
                                       QStringLiteral("S")).ok);
    }
    Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.keys(), (QStringList { QStringLiteral("added"), QStringLiteral("applied"), QStringLiteral("conflicts"),
                                      QStringLiteral("unchanged") }));
    QVERIFY(r.out.startsWith(QStringLiteral("{\"applied\": "))); // in the documented order
    // The phase; the measure's status, percent and comment, and its French comment (the sample's, which an
    // English-only status update clears).
    QCOMPARE(o.value(QLatin1String("applied")).toInt(), 5);
    QCOMPARE(o.value(QLatin1String("added")).toInt(), 1);   // the status history row
    QCOMPARE(o.value(QLatin1String("conflicts")).toArray().size(), 0);
    auto master = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(master->value(Entity::Project, project(*master, m_p1), Field::Phase).toString(), QStringLiteral("closing"));
    master.reset();
    // Again: nothing new, nothing written.
    const QByteArray before = sha256(m_master);
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("{\"applied\": 0, \"conflicts\": [], \"added\": 0, \"unchanged\": 0}"));
    QCOMPARE(sha256(m_master), before);
}

void TestCliMerge::conflictsExit5()
{
    makeConflict();
    const QByteArray before = sha256(m_master);
    Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(sha256(m_master), before); // nothing at all written, not even the phase
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("applied")).toInt(), 0);
    const QJsonArray conflicts = o.value(QLatin1String("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject c = conflicts.first().toObject();
    QCOMPARE(c.keys(), (QStringList { QStringLiteral("entity"), QStringLiteral("field"), QStringLiteral("key"),
                                      QStringLiteral("mine"), QStringLiteral("theirs"), QStringLiteral("uuid") }));
    QCOMPARE(c.value(QLatin1String("entity")).toString(), QStringLiteral("project"));
    QCOMPARE(c.value(QLatin1String("key")).toString(), m_p0);
    QCOMPARE(c.value(QLatin1String("field")).toString(), QStringLiteral("forecast_cost"));
    QCOMPARE(c.value(QLatin1String("mine")).toDouble(), 3.9e6);
    QCOMPARE(c.value(QLatin1String("theirs")).toDouble(), 4.2e6);
    QVERIFY(r.err.contains(QStringLiteral("nothing was merged")));
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains(QStringLiteral("CONFLICT project %1, Forecast cost").arg(m_p0)), qPrintable(r.out));
    QCOMPARE(sha256(m_master), before);
}

void TestCliMerge::preferAndDryRun()
{
    makeConflict();
    const QByteArray before = sha256(m_master);
    Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--prefer"), QStringLiteral("theirs"),
                       QStringLiteral("--dry-run"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("applied")).toInt(), 2);
    QCOMPARE(sha256(m_master), before);
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--prefer"), QStringLiteral("mine") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("[kept this file's]")));
    auto master = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(master->value(Entity::Project, project(*master, m_p0), Field::ForecastCost).toDouble(), 3.9e6);
    QCOMPARE(master->value(Entity::Project, project(*master, m_p1), Field::Phase).toString(), QStringLiteral("closing"));
}

void TestCliMerge::refusedFilesExit3()
{
    makeConflict();
    const QByteArray before = sha256(m_master);
    {
        FileLock lock(QFileInfo(m_master).absoluteFilePath());
        QVERIFY(lock.tryLock());
        const Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--prefer"), QStringLiteral("theirs") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("open for editing")));
    }
    const QString other = path(QStringLiteral("other.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), other }).exitCode, 0);
    const QString otherCopy = path(QStringLiteral("other-copy.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("extract"), other, QStringLiteral("-o"), otherCopy }).exitCode, 0);
    Run r = runVigie({ QStringLiteral("merge"), m_master, otherCopy });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("copy of another portfolio")));
    QFile damaged(m_copy);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.resize(damaged.size() / 3));
    damaged.close();
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--prefer"), QStringLiteral("theirs") });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(sha256(m_master), before);
}

void TestCliMerge::usage()
{
    makeConflict();
    QCOMPARE(runVigie({ QStringLiteral("merge"), m_master }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--prefer"), QStringLiteral("both") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("diff"), m_master }).exitCode, 2);
}

void TestCliMerge::diff()
{
    makeConflict();
    Run r = runVigie({ QStringLiteral("diff"), m_master, m_copy, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.keys(), (QStringList { QStringLiteral("a"), QStringLiteral("added"), QStringLiteral("b"), QStringLiteral("changed"),
                                      QStringLiteral("items"), QStringLiteral("removed"), QStringLiteral("same_portfolio") }));
    QVERIFY(o.value(QLatin1String("same_portfolio")).toBool());
    QCOMPARE(o.value(QLatin1String("changed")).toInt(), 2); // P0 (forecast, colour) and P1 (phase)
    QCOMPARE(o.value(QLatin1String("added")).toInt(), 0);   // the copy's own origin is not data
    bool forecast = false;
    for (const QJsonValue &v : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value(QLatin1String("key")).toString() != m_p0)
            continue;
        QCOMPARE(item.value(QLatin1String("change")).toString(), QStringLiteral("changed"));
        for (const QJsonValue &f : item.value(QLatin1String("fields")).toArray()) {
            if (f.toObject().value(QLatin1String("field")).toString() == QLatin1String("forecast_cost")) {
                forecast = true;
                QCOMPARE(f.toObject().value(QLatin1String("a")).toDouble(), 3.9e6);
                QCOMPARE(f.toObject().value(QLatin1String("b")).toDouble(), 4.2e6);
            }
        }
    }
    QVERIFY(forecast);
    r = runVigie({ QStringLiteral("diff"), m_master, m_copy });
    QCOMPARE(r.exitCode, 0);
    // Amounts as money, colours as words: never "4.2e+06" or "green".
    QVERIFY2(r.out.contains(QStringLiteral("~ project %1\n    Forecast cost: $3,900,000.00 → $4,200,000.00").arg(m_p0)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("    Computed cost indicator: Green → ")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("green")), qPrintable(r.out));
    r = runVigie({ QStringLiteral("diff"), m_master, m_copy, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("~ projet %1\n    Coût prévu\u00a0: 3\u00a0900\u00a0000,00\u00a0$ → "
                                           "4\u00a0200\u00a0000,00\u00a0$")
                                .arg(m_p0)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("    Indicateur de coût calculé\u00a0: Vert → ")), qPrintable(r.out));
    // The JSON keeps the stored values.
    r = runVigie({ QStringLiteral("diff"), m_master, m_copy, QStringLiteral("--json") });
    QVERIFY2(r.out.contains(QStringLiteral("\"field\": \"computed_cost\", \"a\": \"green\"")), qPrintable(r.out));
    QCOMPARE(runVigie({ QStringLiteral("diff"), m_master, path(QStringLiteral("missing.vigie")) }).exitCode, 3);

    // A fiscal year read "2,015 → 2,025" and « 2 015 », the fiscal year's first month "4 → 1": they read
    // as the Envelopes page and File → Properties name them. The JSON keeps them as stored.
    QString envelopeKey;
    {
        auto copy = openFile(m_copy, QStringLiteral("sqlite3"));
        QVERIFY(copy);
        QSqlQuery q(sqlDatabase(*copy));
        QVERIFY(q.exec(QStringLiteral("SELECT o.code, e.fiscal_year FROM envelope e JOIN organization o ON o.id = e.organization_id "
                                      "ORDER BY e.id LIMIT 1")) && q.next());
        envelopeKey = QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toInt() + 10);
        QVERIFY(q.exec(QStringLiteral("UPDATE envelope SET fiscal_year = fiscal_year + 10 WHERE id = (SELECT min(id) FROM envelope)")));
        QVERIFY(q.exec(QStringLiteral("UPDATE portfolio SET fiscal_year_start = 1")));
        // An organization's kind read "ministry → agency" in French too.
        QVERIFY(q.exec(QStringLiteral("UPDATE organization SET kind = 'agency' WHERE code = 'MSSS'")));
        // A specialty's core function read "1 → 0".
        QVERIFY(q.exec(QStringLiteral("UPDATE specialty SET core_function = 0 WHERE code = 'ARCH-AFF' AND core_function = 1")));
        QCOMPARE(q.numRowsAffected(), 1);
        // A period named by its English label in French.
        QVERIFY(q.exec(QStringLiteral("UPDATE reporting_period SET frozen_at = '2016-09-02T10:00:00.000Z' WHERE label = 'August 2016'")));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    const int year = envelopeKey.section(QLatin1Char(' '), 1).toInt();
    const QString code = envelopeKey.section(QLatin1Char(' '), 0, 0);
    r = runVigie({ QStringLiteral("diff"), m_master, m_copy });
    QVERIFY2(r.out.contains(QStringLiteral("~ envelope %1 %2-%3\n    Fiscal year: %4-%5 → %2-%3\n")
                                .arg(code).arg(year).arg(year + 1).arg(year - 10).arg(year - 9)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("~ portfolio Quebec — Government IT Strategy 2015-2018\n    Fiscal year start: April → January\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("~ organization MSSS\n    Kind: Ministry → Agency\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("~ specialty ARCH-AFF\n    Core function: Yes → No\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("~ reporting period August 2016\n")), qPrintable(r.out));
    r = runVigie({ QStringLiteral("diff"), m_master, m_copy, QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.out.contains(QStringLiteral("~ enveloppe %1 %2-%3\n    Exercice financier\u00a0: %4-%5 → %2-%3\n")
                                .arg(code).arg(year).arg(year + 1).arg(year - 10).arg(year - 9)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\u00a0: avril → janvier\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("~ organisme MSSS\n    Type\u00a0: Ministère → Organisme public\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("~ spécialité ARCH-AFF\n    Fonction stratégique\u00a0: Oui → Non\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("~ période de référence août 2016\n    Figée le\u00a0: ")), qPrintable(r.out));
    // The portfolio by its French name (it read "portefeuille Quebec — Government IT Strategy 2015-2018").
    QVERIFY2(r.out.contains(QStringLiteral("~ portefeuille Québec — Stratégie gouvernementale en TI 2015-2018\n")), qPrintable(r.out));
    r = runVigie({ QStringLiteral("diff"), m_master, m_copy, QStringLiteral("--json") });
    QVERIFY2(r.out.contains(QStringLiteral("\"key\": \"%1\"").arg(envelopeKey)), qPrintable(r.out));
}

void TestCliMerge::french()
{
    makeConflict();
    const Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains(QStringLiteral("CONFLIT projet %1, Coût prévu").arg(m_p0)), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("rien n'a été fusionné")), qPrintable(r.err));
}

// The tester's case, as a CIO office runs it: the master and the ministry's copy each import a project
// A9 (two different projects), and the copy also updates a measure. The merge stopped on "UNIQUE
// constraint failed: project.code" (exit 3, nothing merged, the dry run saying "conflicts: 0"). Now the
// dry run finds the conflict, nothing is written until it is decided, and either decision merges the rest.
void TestCliMerge::sameCodeOnBothSides()
{
    QVERIFY(runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("--organization"), QStringLiteral("MTESS"),
                       QStringLiteral("-o"), m_copy }).exitCode == 0);
    const auto importA9 = [&](const QString &file, const QString &name) {
        const QString csv = path(name + QStringLiteral(".csv"));
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("code,name,organization,budget\nA9,%1,MTESS,100000\n").arg(name).toUtf8());
        f.close();
        return runVigie({ QStringLiteral("import"), file, QStringLiteral("--projects"), csv }).exitCode == 0;
    };
    QVERIFY(importA9(m_master, QStringLiteral("Master A9")));
    QVERIFY(importA9(m_copy, QStringLiteral("Copy A9")));
    QCOMPARE(runVigie({ QStringLiteral("edit"), m_copy, QStringLiteral("--measure"), QStringLiteral("30"), QStringLiteral("--status"),
                        QStringLiteral("completed") }).exitCode,
             0);
    const QByteArray before = sha256(m_master);
    for (const QStringList &extra : { QStringList { QStringLiteral("--dry-run") }, QStringList() }) {
        const Run r = runVigie(QStringList { QStringLiteral("merge"), m_master, m_copy } + extra);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains(QStringLiteral("CONFLICT project A9, Code: this file: A9 — Master A9")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("copy MTESS: A9 — Copy A9")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("the copy's would come in as A9-2")), qPrintable(r.out));
        QVERIFY2(!(r.out + r.err).contains(QStringLiteral("constraint"), Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(sha256(m_master), before);
    }
    const QString second = path(QStringLiteral("quebec-2.vigie"));
    QVERIFY(QFile::copy(m_master, second));
    Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--prefer"), QStringLiteral("mine") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    {
        auto master = openFile(m_master, QStringLiteral("reader"));
        QCOMPARE(count(*master, QStringLiteral("SELECT COUNT(*) FROM project WHERE code LIKE 'A9%'")), 1);
        QCOMPARE(master->value(Entity::Project, project(*master, QStringLiteral("A9")), Field::NameEn).toString(), QStringLiteral("Master A9"));
        QCOMPARE(master->value(Entity::Measure, measure(*master, 30), Field::Status).toString(), QStringLiteral("completed"));
    }
    r = runVigie({ QStringLiteral("merge"), second, m_copy, QStringLiteral("--prefer"), QStringLiteral("theirs"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject c = o.value(QLatin1String("conflicts")).toArray().first().toObject();
    QCOMPARE(c.value(QLatin1String("field")).toString(), QStringLiteral("code"));
    QCOMPARE(c.value(QLatin1String("mine")).toString(), QStringLiteral("A9"));
    QCOMPARE(c.value(QLatin1String("theirs")).toString(), QStringLiteral("A9"));
    auto master = openFile(second, QStringLiteral("reader"));
    QCOMPARE(master->value(Entity::Project, project(*master, QStringLiteral("A9")), Field::NameEn).toString(), QStringLiteral("Master A9"));
    QCOMPARE(master->value(Entity::Project, project(*master, QStringLiteral("A9-2")), Field::NameEn).toString(), QStringLiteral("Copy A9"));
    QCOMPARE(master->value(Entity::Measure, measure(*master, 30), Field::Status).toString(), QStringLiteral("completed"));
}

// The tester's second case: the master puts measure 1 under way at 80%, the copy completes it.
// `--prefer mine` took the status from the copy and kept the master's percent and comment (completed at
// 80%). The status update is one decision now, in the text and in what is written.
void TestCliMerge::measureUpdateIsOneDecision()
{
    QVERIFY(runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("--organization"), QStringLiteral("SCT"),
                       QStringLiteral("-o"), m_copy }).exitCode == 0);
    QCOMPARE(runVigie({ QStringLiteral("edit"), m_master, QStringLiteral("--measure"), QStringLiteral("1"), QStringLiteral("--status"),
                        QStringLiteral("under_way"), QStringLiteral("--percent"), QStringLiteral("80"), QStringLiteral("--comment"),
                        QStringLiteral("Master says 80") }).exitCode,
             0);
    QCOMPARE(runVigie({ QStringLiteral("edit"), m_copy, QStringLiteral("--measure"), QStringLiteral("1"), QStringLiteral("--status"),
                        QStringLiteral("completed"), QStringLiteral("--percent"), QStringLiteral("100"), QStringLiteral("--comment"),
                        QStringLiteral("Done") }).exitCode,
             0);
    Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains(QStringLiteral("CONFLICT measure 1, Status, Percent complete, English comment: this file: Under way / 80% / "
                                           "Master says 80 (")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("copy SCT: Completed / 100% / Done (")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("conflicts: 1\n")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("1 conflict: nothing was merged")), qPrintable(r.err));
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--prefer"), QStringLiteral("mine") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto master = openFile(m_master, QStringLiteral("reader"));
    const QString m1 = measure(*master, 1);
    QCOMPARE(master->value(Entity::Measure, m1, Field::Status).toString(), QStringLiteral("under_way"));
    QCOMPARE(master->value(Entity::Measure, m1, Field::PercentComplete).toDouble(), 80.0);
    QCOMPARE(master->value(Entity::Measure, m1, Field::Comment).toString(), QStringLiteral("Master says 80"));
}

// A dry run with conflicts said "Applied: 0, added: 0": it now says what would come in without them.
void TestCliMerge::dryRunSaysWhatWouldComeIn()
{
    makeConflict();
    Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--dry-run") });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains(QStringLiteral("  ~ project %1, Phase: ").arg(m_p1)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Would apply: 1, would add: 0, unchanged: 0, conflicts: 1 (undecided: 1)")), qPrintable(r.out));
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--dry-run"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("applied")).toInt(), 1);
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--dry-run"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.out.contains(QStringLiteral("Modifications à appliquer\u00a0: 1, éléments à ajouter\u00a0: 0, déjà présentes\u00a0: 0, conflits\u00a0: 1 (à trancher\u00a0: 1)")),
             qPrintable(r.out));
    // Without --dry-run, nothing was written: the counts say so.
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy });
    QVERIFY2(r.out.contains(QStringLiteral("Applied: 0, added: 0, unchanged: 0, conflicts: 1")), qPrintable(r.out));
}

// A limited copy edited behind Vigie's back, outside its organization: the change is ignored, as before,
// and now named.
void TestCliMerge::outsideChangesAreNamed()
{
    QVERIFY(runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("--organization"), QStringLiteral("MTESS"),
                       QStringLiteral("-o"), m_copy }).exitCode == 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
        db.setDatabaseName(m_copy);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO changeset (uuid, label, author, created_at) VALUES ('x', 'x', 'intruder', '2016-10-01')")));
        const QString changeset = q.lastInsertId().toString();
        QVERIFY(q.exec(QStringLiteral("UPDATE project SET phase = 'stolen' WHERE code = 'MSSS-2012-001'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, new_value, changed_at, "
                                      "author, changeset_id) SELECT 'project', uuid, 'phase', 'execution', 'stolen', '2016-10-01', "
                                      "'intruder', %1 FROM project WHERE code = 'MSSS-2012-001'").arg(changeset)));
        // A period belongs to the whole portfolio: named by its label in the reader's language.
        QVERIFY(q.exec(QStringLiteral("UPDATE reporting_period SET frozen_at = '2016-09-13T14:00:00Z' WHERE label = 'August 2016'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, new_value, changed_at, "
                                      "author, changeset_id) SELECT 'reporting_period', uuid, 'frozen_at', '2016-09-12T14:00:00Z', "
                                      "'2016-09-13T14:00:00Z', '2016-10-01', 'intruder', %1 FROM reporting_period "
                                      "WHERE label = 'August 2016'").arg(changeset)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hostile"));
    const Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--dry-run") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("  2 changes outside the copy's organization ignored:\n    project MSSS-2012-001 (Phase)\n")),
             qPrintable(r.out));
    const Run fr = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--dry-run"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(fr.out.contains(QStringLiteral("    période de référence août 2016 (")), qPrintable(fr.out));
}

// The merge report named a status change "Changement d'état 1 2026-12-01T14:38:49.108Z": its time is now
// in the report's language and local time, as its other dates.
void TestCliMerge::reportShowsDatesInTheLanguage()
{
    QVERIFY(runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("--organization"), QStringLiteral("MTESS"),
                       QStringLiteral("-o"), m_copy }).exitCode == 0);
    QCOMPARE(runVigie({ QStringLiteral("edit"), m_copy, QStringLiteral("--measure"), QStringLiteral("30"), QStringLiteral("--status"),
                        QStringLiteral("completed") }).exitCode,
             0);
    QString changedAt;
    {
        auto copy = openFile(m_copy, QStringLiteral("reader"));
        QSqlQuery q(sqlDatabase(*copy));
        QVERIFY(q.exec(QStringLiteral("SELECT changed_at FROM measure_status_history ORDER BY id DESC LIMIT 1")) && q.next());
        changedAt = q.value(0).toString();
    }
    QVERIFY(changedAt.endsWith(QLatin1Char('Z')));
    Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--dry-run"), QStringLiteral("--lang"),
                       QStringLiteral("fr") });
    const QLocale french(QLocale::French, QLocale::Canada);
    const QString shown = french.toString(QDateTime::fromString(changedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(r.out.contains(QStringLiteral("  + changement d'état 30 %1 (").arg(shown)), qPrintable(r.out));
    // `vigie diff` names it the same way; its JSON keeps the key as stored.
    r = runVigie({ QStringLiteral("diff"), m_master, m_copy, QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.out.contains(QStringLiteral("+ changement d'état 30 %1 (seulement dans ").arg(shown)), qPrintable(r.out));
    QVERIFY2(!r.out.contains(changedAt), qPrintable(r.out));
    r = runVigie({ QStringLiteral("diff"), m_master, m_copy, QStringLiteral("--json") });
    QVERIFY2(r.out.contains(QStringLiteral("\"key\": \"30 %1\"").arg(changedAt)), qPrintable(r.out));
    QString text;
    mergeWithFrenchReport({}, &text);
    if (QTest::currentTestFailed())
        return;
    // The item's kind over its key, each on one line.
    QVERIFY2(text.contains(QStringLiteral("<td class=\"value\">Changement d&#x27;état<br>30 %1</td>").arg(shown.toHtmlEscaped()))
                 || text.contains(QStringLiteral("<td class=\"value\">Changement d'état<br>30 %1</td>").arg(shown.toHtmlEscaped())),
             qPrintable(text));
    QVERIFY2(!text.contains(changedAt), qPrintable(text));
}

// A conflict on the portfolio's own properties names the portfolio as the reader's language does: its
// stored key is its English name, which the French merge text, report and CSV showed as it was.
void TestCliMerge::portfolioNamedInTheLanguage()
{
    QVERIFY(runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("-o"), m_copy }).exitCode == 0);
    QCOMPARE(runVigie({ QStringLiteral("edit"), m_copy, QStringLiteral("--portfolio"), QStringLiteral("--cio-name"),
                        QStringLiteral("Marie Tremblay") }).exitCode,
             0);
    QCOMPARE(runVigie({ QStringLiteral("edit"), m_master, QStringLiteral("--portfolio"), QStringLiteral("--cio-name"),
                        QStringLiteral("Jean Roy") }).exitCode,
             0);
    const QString french = QStringLiteral("Québec — Stratégie gouvernementale en TI 2015-2018");
    const QString english = QStringLiteral("Quebec — Government IT Strategy 2015-2018");
    Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains(QStringLiteral("CONFLIT portefeuille %1, Dirigeant principal").arg(french)), qPrintable(r.out));
    QVERIFY2(!r.out.contains(english), qPrintable(r.out));
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy });
    QVERIFY2(r.out.contains(QStringLiteral("CONFLICT portfolio %1, CIO: this file: Jean Roy").arg(english)), qPrintable(r.out));
    // The JSON keeps the key as stored.
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.out.contains(QStringLiteral("\"key\": \"%1\"").arg(english)), qPrintable(r.out));

    QString text;
    mergeWithFrenchReport({ QStringLiteral("--prefer"), QStringLiteral("theirs") }, &text);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(text.contains(QStringLiteral("<p>%1</p>").arg(french)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Portefeuille<br>%1</td>").arg(french)), qPrintable(text));
    QVERIFY2(!text.contains(english), qPrintable(text));
}

// A briefing item read "briefing item 2.0", "Section: 2 → 3", "Origin: free → drafted": its section by
// its title, its place in it, and where its text came from, in the language of the output.
void TestCliMerge::briefingItemsReadAsTheBriefingNamesThem()
{
    const QString before = path(QStringLiteral("before.vigie")), after = path(QStringLiteral("after.vigie"));
    QVERIFY(QFile::copy(m_master, before));
    {
        auto file = openFile(before, QStringLiteral("sqlite3"));
        QSqlQuery q(sqlDatabase(*file));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO briefing_item (uuid, period_id, section, position, text_en, text_fr, origin) "
                                      "VALUES ('0b0e1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', (SELECT max(id) FROM reporting_period), 2, 0, "
                                      "'Cloud first', 'Infonuagique d''abord', 'free')")));
        // The same place in the briefing of no period: named apart from the other by its period.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO briefing_item (uuid, period_id, section, position, text_en, text_fr, origin) "
                                      "VALUES ('1b0e1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', NULL, 2, 0, 'Open data', "
                                      "'Données ouvertes', 'free')")));
    }
    QVERIFY(QFile::copy(before, after));
    {
        auto file = openFile(after, QStringLiteral("sqlite3"));
        QSqlQuery q(sqlDatabase(*file));
        QVERIFY(q.exec(QStringLiteral("UPDATE briefing_item SET section = 3, origin = 'drafted' WHERE period_id IS NOT NULL")));
    }
    Run r = runVigie({ QStringLiteral("diff"), m_master, before });
    QVERIFY2(r.out.contains(QStringLiteral("+ briefing item 2. Priorities, no. 1, August 2016 (only in before.vigie)\n"))
                 && r.out.contains(QStringLiteral("+ briefing item 2. Priorities, no. 1 (only in before.vigie)\n")),
             qPrintable(r.out));
    r = runVigie({ QStringLiteral("diff"), before, after });
    QVERIFY2(r.out.contains(QStringLiteral("~ briefing item 3. Issues and needs, no. 1, August 2016\n    Section: 2. Priorities → 3. Issues and needs\n"
                                           "    Origin: Written or reworded by hand → Drafted from the data\n")),
             qPrintable(r.out));
    r = runVigie({ QStringLiteral("diff"), before, after, QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.out.contains(QStringLiteral("~ élément de breffage 3. Enjeux et besoins, n°\u00a01, août 2016\n"
                                           "    Section\u00a0: 2. Priorités → 3. Enjeux et besoins\n"
                                           "    Origine\u00a0: Rédigé ou reformulé à la main → Rédigé à partir des données\n")),
             qPrintable(r.out));
    // The JSON keeps them as stored.
    r = runVigie({ QStringLiteral("diff"), before, after, QStringLiteral("--json") });
    QVERIFY2(r.out.contains(QStringLiteral("\"key\": \"August 2016 / 3.0\"")) && r.out.contains(QStringLiteral("\"a\": \"free\"")), qPrintable(r.out));
}

// A period frozen in a copy came in as "période de référence November 2016" in French: named by its
// label in the reader's language, as the briefing and the comparison name it.
void TestCliMerge::periodNamedInTheLanguage()
{
    QVERIFY(runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("-o"), m_copy }).exitCode == 0);
    Run r = runVigie({ QStringLiteral("freeze"), m_copy, QStringLiteral("--label"), QStringLiteral("November 2016"),
                       QStringLiteral("--date"), QStringLiteral("2016-11-30") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--dry-run"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.out.contains(QStringLiteral("  + période de référence novembre 2016 (")), qPrintable(r.out));
    r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--dry-run") });
    QVERIFY2(r.out.contains(QStringLiteral("  + reporting period November 2016 (")), qPrintable(r.out));
    QString text;
    mergeWithFrenchReport({}, &text);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(text.contains(QStringLiteral("Période de référence<br>novembre 2016</td>")), qPrintable(text));
    // Its state and the outcome agree with a period as with a project: a noun, and « élément ».
    QVERIFY2(text.contains(QStringLiteral("<td class=\"value\">ajout</td><td>Élément ajouté</td>")), qPrintable(text));
}

// A briefing item written in a copy comes in named by its place and its period, in the reader's language:
// every period's briefing has a "2. Priorities, no. 1".
void TestCliMerge::briefingItemNamedWithItsPeriod()
{
    QVERIFY(runVigie({ QStringLiteral("extract"), m_master, QStringLiteral("-o"), m_copy }).exitCode == 0);
    {
        auto copy = openFile(m_copy, QStringLiteral("mtess-it"));
        QSqlQuery q(sqlDatabase(*copy));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM reporting_period WHERE label = 'August 2016'")) && q.next());
        const RowId period = q.value(0).toLongLong();
        const EditResult r = Edits::run(*copy, { QStringLiteral("Add Briefing Item"), {}, 0 }, [&](QString *error) {
            return !BriefingItems::add(*copy, period, BriefingSection::Priorities, { QStringLiteral("Cloud first"), {} }, error)
                        .isEmpty();
        });
        QVERIFY2(r.ok && r.changed, qPrintable(r.error));
    }
    const QString key = QStringLiteral("2\\. Priorités, n°\u00a0\\d+, août 2016"); // a pattern
    Run r = runVigie({ QStringLiteral("merge"), m_master, m_copy, QStringLiteral("--dry-run"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("  \\+ élément de breffage %1 \\(").arg(key))), qPrintable(r.out));
    // The merge report names it so too, read back from the file.
    QString text;
    mergeWithFrenchReport({}, &text);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Élément de breffage<br>%1</td>").arg(key))), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
