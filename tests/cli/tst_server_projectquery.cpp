// The Projects table's queries (analysis/projectquery.h) on a portfolio on a real PostgreSQL server give the
// ids a file gives, in the same order, and the same counts: every sort both ways, every filter, limits.
// The portfolio is the Quebec sample with awkward values of our own (accents and capitals, blank names,
// missing costs and dates, dates SQLite reads and a server might not, stale projects, codes that order
// differently by collation). It is published twice: to the suite's database, and to a database whose
// collation is French (ICU), where a text sort that trusted the server's collation would differ.
#include "pgserver.h"

#include "analysis/chartdata.h"
#include "analysis/periods.h"
#include "analysis/projectquery.h"
#include "analysis/strategychecks.h"
#include "model/health.h"
#include "sample/quebecsample.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/serverstore.h"
#include "storage/sqlaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

Q_DECLARE_METATYPE(Vigie::ProjectQuery)

class TestServerProjectQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameIds_data();
    void sameIds();
    void sameCounts();
    void cancelledQueryGivesNothing();
    void otherReadersOrderCodesAsOnFile();

private:
    bool query(PortfolioFile &file, const ProjectQuery &q, int limit, QVector<RowId> *ids);
    // SQL as the cluster's superuser on another database of it.
    QString sqlOn(const QString &database, const QStringList &statements);

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    // The suite's database (collation C.UTF-8: code-point order) and a French-collated one.
    std::unique_ptr<PortfolioFile> m_servers[2];
};

namespace {

const char *const kSchema = "tst_projectquery";
const char *const kFrenchDatabase = "vigie_test_frca";
const QDate kAsOf(2016, 8, 31);

// Values the sample lacks, each one something SQLite and PostgreSQL could treat differently.
const char *const kAwkward[] = {
    // Names: accents and capitals that fold alike (ties broken by id), letters without a decomposition,
    // LIKE's special characters, blank names in one language (the other shows; "missing translation").
    "UPDATE project SET name_en = 'École numérique', name_fr = 'ecole numerique' WHERE id = 1",
    "UPDATE project SET name_en = 'ÉCOLE NUMÉRIQUE', name_fr = 'École Numérique' WHERE id = 2",
    "UPDATE project SET name_en = 'ecole numerique', name_fr = 'Écolé' WHERE id = 3",
    "UPDATE project SET name_en = 'Œuvre commune', name_fr = 'œuvre' WHERE id = 4",
    "UPDATE project SET name_en = 'Ångström 100% _done_', name_fr = 'Ça \\ marche' WHERE id = 5",
    "UPDATE project SET name_en = 'zèbre', name_fr = 'Zebre' WHERE id = 6",
    "UPDATE project SET name_en = 'Über naïve', name_fr = 'Île-Ïle' WHERE id = 7",
    "UPDATE project SET name_en = 'apple', name_fr = 'Apple' WHERE id = 8",
    "UPDATE project SET name_en = 'Apple', name_fr = 'apple' WHERE id = 9",
    // The Kelvin sign lowers to an ASCII k in Unicode, not in SQLite's LIKE.
    "UPDATE project SET name_en = '\u212A-band radar' WHERE id = 10",
    "UPDATE project SET name_fr = '' WHERE id % 9 = 0 AND id > 9",
    "UPDATE project SET name_en = '  ' WHERE id % 13 = 0",
    // Codes a French collation orders otherwise than bytes: case, punctuation, an accent.
    "UPDATE project SET code = lower(code) WHERE id % 11 = 0",
    "UPDATE project SET code = replace(code, '-', '_') WHERE id % 17 = 0",
    "UPDATE project SET code = 'É-' || code WHERE id % 19 = 0",
    "UPDATE project SET code = 'a' || code WHERE id % 23 = 1",
    // Missing costs and dates; dates SQLite reads that a cast would refuse (31 February), text none reads.
    "UPDATE project SET forecast_cost = NULL WHERE id % 5 = 0",
    "UPDATE project SET planned_end = NULL WHERE id % 7 = 1",
    "UPDATE project SET forecast_end = '' WHERE id % 8 = 2",
    "UPDATE project SET planned_start = '' WHERE id % 10 = 3",
    "UPDATE project SET planned_start = 'soon' WHERE id % 29 = 4",
    "UPDATE project SET forecast_end = '2017-02-31' WHERE id % 12 = 5",
    "UPDATE project SET original_end = '' WHERE id % 6 = 1",
    "UPDATE project SET original_end = planned_end WHERE id % 6 = 2",
    "UPDATE project SET original_budget = budget * 0.8 WHERE id % 4 = 1",
    "UPDATE project SET budget = 0 WHERE id % 31 = 3",
    "UPDATE project SET reported_cost_variance = 12.5 WHERE id % 14 = 0",
    "UPDATE project SET reported_schedule_variance = -3.25 WHERE id % 15 = 0",
    // Colours declared other than computed (declared differs, declared greener).
    "UPDATE project SET declared_overall = 'green' WHERE computed_cost = 'red' OR id % 16 = 0",
    "UPDATE project SET declared_cost = 'yellow' WHERE id % 10 = 7",
    "UPDATE project SET declared_schedule = 'red' WHERE id % 9 = 4",
    // States, phases Vigie does not know, projects without an organization, an accented organization.
    "UPDATE project SET state = 'completed' WHERE id % 12 = 0",
    "UPDATE project SET state = 'cancelled' WHERE id % 25 = 0",
    "UPDATE project SET phase = 'Pilote' WHERE id % 18 = 0",
    "UPDATE project SET phase = '' WHERE id % 21 = 0",
    "UPDATE project SET organization_id = NULL WHERE id % 27 = 0",
    "UPDATE organization SET code = 'Éduc' WHERE id = (SELECT min(id) FROM organization)",
    "UPDATE organization SET code = lower(code) WHERE id = (SELECT max(id) FROM organization)",
    // Last touched: never, before the as-of date, after it, blank (stale where active).
    "UPDATE project SET touched = CASE id % 4 WHEN 0 THEN NULL WHEN 1 THEN '2016-05-01T09:00:00Z' "
    "WHEN 2 THEN '2016-09-30T12:00:00Z' ELSE '' END",
};

QString describe(const ProjectQuery &q, int limit)
{
    return QStringLiteral("sort %1%2 text '%3' org %4 state %5 health %6/%7 missing %8 only %9 limit %10 %11")
        .arg(int(q.sort))
        .arg(q.descending ? QStringLiteral(" desc") : QString(), q.text)
        .arg(q.organizationId)
        .arg(q.state)
        .arg(q.health)
        .arg(int(q.indicator))
        .arg(q.missingTranslation)
        .arg(int(q.only))
        .arg(limit)
        .arg(q.language);
}

} // namespace

QString TestServerProjectQuery::sqlOn(const QString &database, const QStringList &statements)
{
    return adminSql(m_cluster, statements, database);
}

void TestServerProjectQuery::initTestCase()
{
    VIGIE_REQUIRE_PG_CLUSTER(m_cluster);
    const QString path = m_dir.filePath(QStringLiteral("quebec.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    FileError e;
    {
        std::unique_ptr<PortfolioFile> writable = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &e);
        QVERIFY2(writable, qPrintable(e.message));
        QSqlQuery q(sqlDatabase(*writable));
        for (const char *statement : kAwkward)
            QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(QString::fromUtf8(statement) + q.lastError().text()));
    }
    m_file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &e);
    QVERIFY2(m_file, qPrintable(e.message));

    // The French-collated database (ICU, which Debian's PostgreSQL is built with), made once per cluster.
    QString failure = sqlOn(QStringLiteral("postgres"), {});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    {
        QSqlQuery q(QSqlDatabase::database(adminConnectionName(QStringLiteral("postgres"))));
        QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(QLatin1String(kFrenchDatabase))));
        if (!q.next())
            QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' "
                                           "LOCALE_PROVIDER icu ICU_LOCALE 'fr-CA'")
                                .arg(QLatin1String(kFrenchDatabase))),
                     qPrintable(q.lastError().text()));
    }
    const QString databases[2] = { m_cluster.database, QString::fromLatin1(kFrenchDatabase) };
    for (int i = 0; i < 2; ++i) {
        failure = sqlOn(databases[i], { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(QLatin1String(kSchema)) });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString address = QStringLiteral("postgresql://%1:%2/%3?schema=%4")
                                    .arg(m_cluster.host)
                                    .arg(m_cluster.port)
                                    .arg(databases[i], QLatin1String(kSchema));
        QVERIFY2(ServerStore::publish(*m_file, address, &error), qPrintable(error));
        m_servers[i] = PortfolioFile::open(address, PortfolioFile::Access::ReadOnly, &e);
        QVERIFY2(m_servers[i], qPrintable(e.message));
        QVERIFY(m_servers[i]->isServer());
    }
    // The second database orders text as French readers do, not by code point: 'a' before 'B'.
    QSqlQuery collation(sqlDatabase(*m_servers[1]));
    QVERIFY(collation.exec(QStringLiteral("SELECT 'a' < 'B', 'B' < 'a' COLLATE \"C\"")) && collation.next());
    QVERIFY(collation.value(0).toBool() && collation.value(1).toBool());
}

bool TestServerProjectQuery::query(PortfolioFile &file, const ProjectQuery &q, int limit, QVector<RowId> *ids)
{
    QString error;
    const bool ok = ProjectQueries::ids(file, q, ids, &error, {}, limit);
    if (!ok)
        qWarning("%s: %s", qPrintable(file.path()), qPrintable(error));
    return ok;
}

void TestServerProjectQuery::sameIds_data()
{
    QTest::addColumn<ProjectQuery>("query");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("selects"); // the file's answer must not be empty (a query that selects nothing checks little)

    using S = ProjectQuery::Sort;
    for (int s = int(S::Code); s <= int(S::State); ++s) {
        for (bool descending : { false, true }) {
            for (const char *language : { "en", "fr" }) {
                ProjectQuery q;
                q.sort = S(s);
                q.descending = descending;
                q.language = QString::fromLatin1(language);
                QTest::addRow("sort %d%s %s", s, descending ? " desc" : "", language) << q << 0 << true;
            }
        }
    }
    const auto filtered = [](const char *name, const ProjectQuery &q, bool selects = true) {
        for (S sort : { S::Code, S::Name, S::ScheduleVariance })
            for (bool descending : { false, true }) {
                ProjectQuery sorted = q;
                sorted.sort = sort;
                sorted.descending = descending;
                QTest::addRow("%s, sort %d%s", name, int(sort), descending ? " desc" : "") << sorted << 0 << selects;
            }
    };
    for (const char *text : { "syst", "a", "mtess", "ecole", "apple", "%", "_", "\\", "100% _", "-band" }) {
        ProjectQuery q;
        q.text = QString::fromLatin1(text);
        filtered(qPrintable(QStringLiteral("text '%1'").arg(q.text)), q);
    }
    for (const QString &text : { QStringLiteral("é"), QStringLiteral("école"), QStringLiteral("œuvre"),
                                  QStringLiteral("ça \\ m"), QStringLiteral("éduc"), QStringLiteral("ï") }) {
        ProjectQuery q;
        q.text = text;
        filtered(qPrintable(QStringLiteral("text '%1'").arg(text)), q);
    }
    {
        ProjectQuery q;
        q.text = QStringLiteral("k-band"); // not the Kelvin sign, on either
        filtered("text 'k-band'", q, false);
    }
    {
        ProjectQuery q;
        q.text = QStringLiteral("É"); // not lower-cased: matches nothing, on either
        filtered("text 'É'", q, false);
    }
    {
        ProjectQuery q;
        q.organizationId = 3;
        filtered("organization", q);
    }
    for (ProjectState state : { ProjectState::Active, ProjectState::Completed, ProjectState::Cancelled }) {
        ProjectQuery q;
        q.state = int(state);
        filtered(qPrintable(QStringLiteral("state %1").arg(int(state))), q);
    }
    for (Indicator indicator : { Indicator::Cost, Indicator::Schedule, Indicator::Overall })
        for (Health health : { Health::Unrated, Health::Green, Health::Yellow, Health::Red }) {
            ProjectQuery q;
            q.indicator = indicator;
            q.health = int(health);
            // Not every colour of every indicator occurs in the sample.
            filtered(qPrintable(QStringLiteral("health %1 of %2").arg(int(health)).arg(int(indicator))), q, false);
        }
    {
        ProjectQuery q;
        q.missingTranslation = true;
        filtered("missing translation", q);
    }
    for (ProjectQuery::Only only : { ProjectQuery::Only::DeclaredDiffers, ProjectQuery::Only::DeclaredGreener,
                                      ProjectQuery::Only::Stale, ProjectQuery::Only::Listed }) {
        ProjectQuery q;
        q.only = only;
        q.staleBefore = kAsOf;
        for (RowId id = 1; id < 300; id += 3)
            q.listed.insert(id);
        filtered(qPrintable(QStringLiteral("only %1").arg(int(only))), q);
    }
    {
        ProjectQuery q;
        q.only = ProjectQuery::Only::Stale; // no frozen period: nothing is stale
        filtered("stale without an as-of date", q, false);
    }
    {
        ProjectQuery q;
        q.text = QStringLiteral("e");
        q.state = int(ProjectState::Active);
        q.health = int(Health::Green);
        q.missingTranslation = false;
        filtered("several", q);
    }
    for (S sort : { S::Code, S::Name, S::Organization, S::Updated, S::ForecastCost, S::PlannedEnd, S::Phase })
        for (int limit : { 1, 10 })
            for (bool descending : { false, true }) {
                ProjectQuery q;
                q.sort = sort;
                q.descending = descending;
                QTest::addRow("limit %d, sort %d%s", limit, int(sort), descending ? " desc" : "") << q << limit << true;
            }
}

void TestServerProjectQuery::sameIds()
{
    QFETCH(ProjectQuery, query);
    QFETCH(int, limit);
    QFETCH(bool, selects);
    QVector<RowId> onFile;
    QVERIFY(this->query(*m_file, query, limit, &onFile));
    if (selects)
        QVERIFY2(!onFile.isEmpty(), qPrintable(describe(query, limit)));
    for (auto &server : m_servers) {
        QVector<RowId> onServer;
        QVERIFY(this->query(*server, query, limit, &onServer));
        // The first difference, readably.
        for (int i = 0; i < std::min(onFile.size(), onServer.size()); ++i)
            if (onFile.at(i) != onServer.at(i))
                QFAIL(qPrintable(QStringLiteral("%1: row %2 is id %3 on file, %4 on %5")
                                     .arg(describe(query, limit))
                                     .arg(i)
                                     .arg(onFile.at(i))
                                     .arg(onServer.at(i))
                                     .arg(server->path())));
        QCOMPARE(onServer.size(), onFile.size());
    }
}

void TestServerProjectQuery::sameCounts()
{
    for (const QDate &asOf : { QDate(), kAsOf }) {
        ProjectCounts onFile;
        QString error;
        QVERIFY2(ProjectQueries::counts(*m_file, asOf, &onFile, &error), qPrintable(error));
        QVERIFY(onFile.total > 100);
        QVERIFY(onFile.inState[1] > 0 && onFile.inState[2] > 0);
        QVERIFY(onFile.declaredDiffers > 0 && onFile.declaredGreener > 0);
        QCOMPARE(onFile.stale > 0, asOf.isValid());
        for (auto &server : m_servers) {
            ProjectCounts onServer;
            QVERIFY2(ProjectQueries::counts(*server, asOf, &onServer, &error), qPrintable(error));
            QCOMPARE(onServer.total, onFile.total);
            for (int s = 0; s < 3; ++s)
                QCOMPARE(onServer.inState[s], onFile.inState[s]);
            QCOMPARE(onServer.declaredDiffers, onFile.declaredDiffers);
            QCOMPARE(onServer.declaredGreener, onFile.declaredGreener);
            QCOMPARE(onServer.stale, onFile.stale);
        }
    }
}

// A server's statement is not interrupted; a query cancelled meanwhile gives no answer and no error, as
// on a file.
void TestServerProjectQuery::cancelledQueryGivesNothing()
{
    ProjectQuery q;
    q.sort = ProjectQuery::Sort::Name;
    for (PortfolioFile *file : { m_file.get(), m_servers[0].get() }) {
        QVector<RowId> ids { 1, 2 };
        QString error;
        QVERIFY(!ProjectQueries::ids(*file, q, &ids, &error, [] { return true; }));
        QVERIFY(ids.isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ProjectQueries::ids(*file, q, &ids, &error, [] { return false; }));
        ProjectCounts counts;
        QVERIFY(ProjectQueries::counts(*file, {}, &counts, &error));
        QCOMPARE(ids.size(), counts.total);
    }
}

// The desktop's other lists ordered by a code (organizations, specialties, a measure's projects, periods):
// in SQLite's order on a server too, whatever the database's collation.
void TestServerProjectQuery::otherReadersOrderCodesAsOnFile()
{
    const auto organizations = [](const PortfolioFile &file) {
        QStringList codes;
        for (const Organization &o : Repository::organizations(file))
            codes << o.code;
        return codes;
    };
    const auto specialties = [](const PortfolioFile &file) {
        QStringList codes;
        for (const Specialty &s : Repository::specialties(file))
            codes << s.code;
        return codes;
    };
    const auto choices = [](const PortfolioFile &file) {
        QList<RowId> ids;
        for (const FilterChoice &c : ChartDataBuilder::organizations(file, QStringLiteral("fr")))
            ids << c.id;
        return ids;
    };
    const auto linked = [](const PortfolioFile &file) {
        QMap<RowId, QStringList> codes;
        const QHash<RowId, QList<LinkedProject>> byMeasure = StrategyLinks::projectsByMeasure(file);
        for (auto it = byMeasure.cbegin(); it != byMeasure.cend(); ++it)
            for (const LinkedProject &p : it.value())
                codes[it.key()] << p.code;
        return codes;
    };
    const auto periods = [](const PortfolioFile &file) {
        QList<RowId> ids;
        for (const ReportingPeriod &p : Periods::list(file))
            ids << p.id;
        return ids;
    };
    QVERIFY(organizations(*m_file).contains(QStringLiteral("Éduc")));
    QVERIFY(!specialties(*m_file).isEmpty());
    QVERIFY(!linked(*m_file).isEmpty());
    for (auto &server : m_servers) {
        QCOMPARE(organizations(*server), organizations(*m_file));
        QCOMPARE(specialties(*server), specialties(*m_file));
        QCOMPARE(choices(*server), choices(*m_file));
        QCOMPARE(linked(*server), linked(*m_file));
        QCOMPARE(periods(*server), periods(*m_file));
    }
}

QTEST_GUILESS_MAIN(TestServerProjectQuery)
#include "tst_server_projectquery.moc"
