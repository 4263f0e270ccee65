// `vigie import` into a portfolio on a real PostgreSQL server (the cluster scripts/pg-cluster.sh starts for
// the suite), side by side with the same import into a file: same report, same rows, same journal; a
// refused file leaves the server as it was; the server's roles refuse in the user's language; the import
// is undone from the journal as on a file.
#include "pgserver.h"
#include "testutil.h"

#include "storage/edits.h"
#include "storage/portfoliofile.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

namespace {

const QString kOntario = QStringLiteral(VIGIE_SOURCE_DIR "/resources/examples/ontario/");
const QString kUsMapping = QStringLiteral(VIGIE_SOURCE_DIR "/resources/mappings/us-itdashboard.json");

} // namespace

class TestServerImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyKindAsInAFile();
    void manyProjectsCreatedThenUpdated();
    void refusedFileLeavesTheServerUnchanged();
    void organizationRoleImportsOnlyItsOwn();
    void undoneOnTheServer();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A file from `sample` ("" for an empty portfolio) and the same published to a fresh schema.
    void publishBoth(const QString &schema, const QString &sample);
    // The same `vigie import` into the file and into the server: same exit code and words, the portfolio
    // named the same. Returns the server's run.
    Run importBoth(const QStringList &arguments);
    Run import(const QString &portfolio, const QStringList &arguments);
    QByteArray summaryJson(const QString &portfolio);
    QByteArray exported(const QString &portfolio, const QString &kind);
    // What the last changeset journaled, counted by entity and field (UUIDs and times differ by nature).
    QStringList lastChangesetShape(bool server);
    QString serverValue(const QString &sql);
    QString fileValue(const QString &sql);
    void compareBoth();

    PgCluster m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    QString m_schema;
    QString m_server;
};

void TestServerImport::initTestCase() { VIGIE_REQUIRE_PG_CLUSTER(m_cluster); }

void TestServerImport::init() { m_dir = std::make_unique<QTemporaryDir>(); }

void TestServerImport::publishBoth(const QString &schema, const QString &sample)
{
    m_schema = QStringLiteral("tst_import_") + schema;
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema) }), QString());
    m_file = path(QStringLiteral("portfolio.vigie"));
    const Run made = sample.isEmpty() ? runVigie({ QStringLiteral("new"), m_file })
                                      : runVigie({ QStringLiteral("sample"), sample, QStringLiteral("-o"), m_file });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    m_server = serverAddress(m_cluster, m_schema);
    const Run r = runVigie({ QStringLiteral("publish"), m_file, m_server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

Run TestServerImport::import(const QString &portfolio, const QStringList &arguments)
{
    Run r = runVigie(QStringList { QStringLiteral("import"), portfolio } + arguments);
    r.out.replace(portfolio, QStringLiteral("PORTFOLIO"));
    r.err.replace(portfolio, QStringLiteral("PORTFOLIO"));
    return r;
}

Run TestServerImport::importBoth(const QStringList &arguments)
{
    const Run onFile = import(m_file, arguments);
    const Run onServer = import(m_server, arguments);
    if (onFile.exitCode != onServer.exitCode || onFile.out != onServer.out || onFile.err != onServer.err)
        qWarning("file: %d\n%s%s\nserver: %d\n%s%s", onFile.exitCode, qPrintable(onFile.out), qPrintable(onFile.err),
                 onServer.exitCode, qPrintable(onServer.out), qPrintable(onServer.err));
    [&] {
        QCOMPARE(onServer.exitCode, onFile.exitCode);
        QCOMPARE(onServer.out, onFile.out);
        QCOMPARE(onServer.err, onFile.err);
    }();
    return onServer;
}

QByteArray TestServerImport::summaryJson(const QString &portfolio)
{
    const Run r = runVigie({ QStringLiteral("summary"), portfolio, QStringLiteral("--json"), QStringLiteral("--as-of"),
                             QStringLiteral("2016-08-31") });
    if (r.exitCode != 0)
        qWarning("summary %s: %s", qPrintable(portfolio), qPrintable(r.err));
    return r.exitCode == 0 ? r.out.toUtf8() : QByteArray();
}

QByteArray TestServerImport::exported(const QString &portfolio, const QString &kind)
{
    static int serial = 0;
    const QString csv = path(QStringLiteral("export-%1.csv").arg(++serial));
    const Run r = runVigie({ QStringLiteral("export"), portfolio, QStringLiteral("--") + kind, csv });
    if (r.exitCode != 0)
        qWarning("export %s: %s", qPrintable(portfolio), qPrintable(r.err));
    QFile f(csv);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString TestServerImport::serverValue(const QString &sql)
{
    if (!adminSql(m_cluster, {}).isEmpty())
        return QStringLiteral("(no connection)");
    QSqlQuery q(QSqlDatabase::database(adminConnectionName()));
    if (!q.exec(QStringLiteral("SET search_path TO %1").arg(m_schema)) || !q.exec(sql) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

QString TestServerImport::fileValue(const QString &sql)
{
    const QString name = QStringLiteral("tst-import-file");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            value = q.exec(sql) && q.next() ? q.value(0).toString() : q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QStringList TestServerImport::lastChangesetShape(bool server)
{
    // One text per entity and field: "project/ 120" (created rows), "baseline/budget 3"...
    const QString sql = QStringLiteral(
        "SELECT COALESCE(%1, '') FROM (SELECT entity || '/' || field || ' ' || CAST(COUNT(*) AS TEXT) AS line "
        "FROM change_journal WHERE changeset_id = (SELECT MAX(id) FROM changeset) GROUP BY entity, field "
        "ORDER BY entity, field) AS shape");
    return server ? serverValue(sql.arg(QStringLiteral("string_agg(line, ';')"))).split(QLatin1Char(';'))
                  : fileValue(sql.arg(QStringLiteral("group_concat(line, ';')"))).split(QLatin1Char(';'));
}

void TestServerImport::compareBoth()
{
    const QByteArray summary = summaryJson(m_file);
    QVERIFY(!summary.isEmpty());
    QCOMPARE(summaryJson(m_server), summary);
    for (const QString &kind : { QStringLiteral("projects"), QStringLiteral("measures"), QStringLiteral("workforce") }) {
        const QByteArray onFile = exported(m_file, kind);
        QVERIFY2(!onFile.isEmpty(), qPrintable(kind));
        QCOMPARE(exported(m_server, kind), onFile);
    }
    const QString changesets = QStringLiteral("SELECT COUNT(*) FROM changeset");
    QCOMPARE(serverValue(changesets), fileValue(changesets));
    const QString journal = QStringLiteral("SELECT COUNT(*) FROM change_journal");
    QCOMPARE(serverValue(journal), fileValue(journal));
    QCOMPARE(lastChangesetShape(true), lastChangesetShape(false));
}

void TestServerImport::everyKindAsInAFile()
{
    publishBoth(QStringLiteral("kinds"), QString());
    // Every kind, in the order a new portfolio takes them (projects link to the measures by number).
    for (const QString &kind : { QStringLiteral("organizations"), QStringLiteral("measures"), QStringLiteral("projects"),
                                 QStringLiteral("workforce"), QStringLiteral("envelopes") }) {
        const Run r = importBoth({ QStringLiteral("--") + kind, kOntario + kind + QStringLiteral(".csv") });
        QVERIFY2(r.exitCode == 0, qPrintable(kind + QLatin1Char(' ') + r.err));
        QVERIFY2(r.out.contains(QLatin1String("created: ")), qPrintable(r.out));
        compareBoth();
    }
    // The French spreadsheet's columns, through a mapping.
    Run r = importBoth({ QStringLiteral("--measures"), kOntario + QStringLiteral("measures-fr.csv"),
                         QStringLiteral("--mapping"), kOntario + QStringLiteral("measures-fr.json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    compareBoth();
    // Once more: nothing is created; the rows named are touched (one changeset each, as in a file).
    r = importBoth({ QStringLiteral("--projects"), kOntario + QStringLiteral("projects.csv") });
    QVERIFY2(r.out.contains(QLatin1String("created: 0, updated: 0")), qPrintable(r.out));
    compareBoth();
}

void TestServerImport::manyProjectsCreatedThenUpdated()
{
    publishBoth(QStringLiteral("many"), QStringLiteral("quebec-2016"));
    // 2,472 rows: several statements' worth of projects, baselines and journal rows, with the organizations
    // the rows name created on the way.
    Run r = importBoth({ QStringLiteral("--projects"), QStringLiteral(VIGIE_US_DASHBOARD_CSV), QStringLiteral("--mapping"),
                         kUsMapping });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Projects created: 2,468")), qPrintable(r.out));
    compareBoth();
    // The server's identity columns continue after the ids the import took.
    QCOMPARE(serverValue(QStringLiteral("SELECT COUNT(*) FROM project")), fileValue(QStringLiteral("SELECT COUNT(*) FROM project")));

    // Updates: new budgets (a re-authorized baseline beside the original), forecasts, an organization the
    // portfolio does not have yet for some, for projects of both sources.
    const QStringList codes = QString::fromUtf8(exported(m_file, QStringLiteral("projects")))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(1);
    QVERIFY(codes.size() > 2400);
    QByteArray csv = "code,organization,budget,original_budget,forecast_cost,planned_end\n";
    for (int i = 0; i < codes.size(); i += 3) {
        const QString code = codes.at(i).section(QLatin1Char(','), 0, 0);
        csv += QStringLiteral("%1,%2,%3,%4,%5,2019-03-31\n")
                   .arg(code, i % 2 ? QStringLiteral("Agence nouvelle") : QString())
                   .arg(1000000 + i)
                   .arg(900000 + i)
                   .arg(1200000 + 7 * i)
                   .toUtf8();
    }
    QVERIFY(writeFile(path(QStringLiteral("updates.csv")), csv));
    r = importBoth({ QStringLiteral("--projects"), path(QStringLiteral("updates.csv")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("created: 0, updated: ")), qPrintable(r.out));
    compareBoth();
}

void TestServerImport::refusedFileLeavesTheServerUnchanged()
{
    publishBoth(QStringLiteral("refused"), QStringLiteral("quebec-2016"));
    const QByteArray before = summaryJson(m_server);
    const QString count = QStringLiteral("SELECT (SELECT COUNT(*) FROM project) || '/' || (SELECT COUNT(*) FROM changeset) "
                                         "|| '/' || (SELECT COUNT(*) FROM change_journal)");
    const QString rows = serverValue(count);

    // A bad value: the same file:line:column, exit 4, nothing written.
    Run r = importBoth({ QStringLiteral("--projects"), QStringLiteral(VIGIE_TEST_DATA "/import/bad-amount-line7.csv") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QLatin1String("bad-amount-line7.csv:7:4: ")), qPrintable(r.err));
    QCOMPARE(serverValue(count), rows);

    // The error far into the file, after statements of rows were sent: all of them rolled back.
    QByteArray csv = "code,name,budget\n";
    for (int i = 1; i <= 1500; ++i)
        csv += QStringLiteral("LATE-%1,Project %1,%2\n").arg(i).arg(i == 1400 ? QStringLiteral("12abc") : QString::number(i * 1000)).toUtf8();
    QVERIFY(writeFile(path(QStringLiteral("late.csv")), csv));
    r = importBoth({ QStringLiteral("--projects"), path(QStringLiteral("late.csv")), QStringLiteral("--lang"),
                     QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("late.csv:1401:3\u00a0: ")), qPrintable(r.err)); // the French colon
    QCOMPARE(serverValue(count), rows);

    // A dry run reports what it would do, the same on both, and writes nothing.
    r = importBoth({ QStringLiteral("--projects"), QStringLiteral(VIGIE_US_DASHBOARD_CSV), QStringLiteral("--mapping"),
                     kUsMapping, QStringLiteral("--dry-run") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Projects that would be created: 2,468")), qPrintable(r.out));
    QCOMPARE(serverValue(count), rows);
    QCOMPARE(summaryJson(m_server), before);
}

void TestServerImport::organizationRoleImportsOnlyItsOwn()
{
    publishBoth(QStringLiteral("roles"), QStringLiteral("quebec-2016"));
    const QString user = QStringLiteral("tst_import_mtess");
    Run r = runVigie({ QStringLiteral("server"), QStringLiteral("grant"), m_server, QStringLiteral("--role"),
                       QStringLiteral("organization"), QStringLiteral("MTESS"), QStringLiteral("--user"), user });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString asMember = serverAddress(m_cluster, m_schema, user);
    const QString other = serverValue(QStringLiteral(
        "SELECT p.code FROM project p JOIN organization o ON o.id = p.organization_id WHERE o.code <> 'MTESS' "
        "ORDER BY p.code LIMIT 1"));
    const QString otherOrganization = serverValue(QStringLiteral("SELECT code FROM organization WHERE code <> 'MTESS' "
                                                                 "ORDER BY code LIMIT 1"));
    const QString count = QStringLiteral("SELECT (SELECT COUNT(*) FROM project) || '/' || (SELECT COUNT(*) FROM changeset) "
                                         "|| '/' || (SELECT SUM(forecast_cost) FROM project)");

    // Its own projects, changed and created (with their baselines): written, under its name.
    QVERIFY(writeFile(path(QStringLiteral("own.csv")), "code,forecast_cost\nMTESS-2013-001,4300000\n"));
    r = runVigie({ QStringLiteral("import"), asMember, QStringLiteral("--projects"), path(QStringLiteral("own.csv")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QLatin1String("Projects created: 0, updated: 1")), qPrintable(r.out));
    QVERIFY(writeFile(path(QStringLiteral("own-new.csv")),
                      "code,name,organization,budget,forecast_cost\nMTESS-NEW-1,Nouveau,MTESS,250000,260000\n"));
    r = runVigie({ QStringLiteral("import"), asMember, QStringLiteral("--projects"), path(QStringLiteral("own-new.csv")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QLatin1String("Projects created: 1, updated: 0")), qPrintable(r.out));
    QCOMPARE(serverValue(QStringLiteral("SELECT author FROM changeset ORDER BY id DESC LIMIT 1")), user);
    QCOMPARE(serverValue(QStringLiteral("SELECT COUNT(*) FROM baseline b JOIN project p ON p.id = b.project_id "
                                        "WHERE p.code = 'MTESS-NEW-1'")),
             QStringLiteral("1"));

    // Another organization's project, changed or created: refused in the user's language, nothing written.
    const QString rows = serverValue(count);
    QVERIFY(writeFile(path(QStringLiteral("other.csv")),
                      QStringLiteral("code,forecast_cost\nMTESS-2013-001,4400000\n%1,1\n").arg(other).toUtf8()));
    r = runVigie({ QStringLiteral("import"), asMember, QStringLiteral("--projects"), path(QStringLiteral("other.csv")),
                   QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 3); // the portfolio would not take it: 3, as `edit` says it; 4 is for the CSV
    QVERIFY2(r.err.contains(user) && r.err.contains(QStringLiteral("refusé")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("row-level security")) && !r.err.contains(QLatin1String("42501")),
             qPrintable(r.err));
    QCOMPARE(serverValue(count), rows);

    QVERIFY(writeFile(path(QStringLiteral("new-other.csv")),
                      QStringLiteral("code,name,organization,budget\nOTHER-NEW-1,Autre,%1,1000\n").arg(otherOrganization).toUtf8()));
    r = runVigie({ QStringLiteral("import"), asMember, QStringLiteral("--projects"), path(QStringLiteral("new-other.csv")) });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("The server refused the change to this project: the role tst_import_mtess")),
             qPrintable(r.err));
    QCOMPARE(serverValue(count), rows);

    // A new organization is the CIO office's to create.
    QVERIFY(writeFile(path(QStringLiteral("new-organization.csv")), "code,name,organization\nMTESS-NEW-2,Deux,Agence X\n"));
    r = runVigie({ QStringLiteral("import"), asMember, QStringLiteral("--projects"),
                   path(QStringLiteral("new-organization.csv")) });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("The server refused the change to this organization")), qPrintable(r.err));
    QCOMPARE(serverValue(count), rows);
}

void TestServerImport::undoneOnTheServer()
{
    publishBoth(QStringLiteral("undo"), QStringLiteral("quebec-2016"));
    const QByteArray before = summaryJson(m_server);
    QVERIFY(!before.isEmpty());
    Run r = importBoth({ QStringLiteral("--projects"), QStringLiteral(VIGIE_US_DASHBOARD_CSV), QStringLiteral("--mapping"),
                         kUsMapping });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(summaryJson(m_server) != before);

    // Undo, as the desktop's Undo does it: the import's changeset reverted from the journal, as one new one.
    for (const QString &portfolio : { m_server, m_file }) {
        FileError error;
        auto file = PortfolioFile::open(portfolio, PortfolioFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error.message));
        const QString last = QStringLiteral("SELECT MAX(id) FROM changeset");
        const qint64 changeset = (portfolio == m_server ? serverValue(last) : fileValue(last)).toLongLong();
        QVERIFY(changeset > 0);
        const EditResult undone = Edits::revert(*file, { changeset });
        QVERIFY2(undone.ok, qPrintable(undone.error));
    }
    QCOMPARE(summaryJson(m_server), before);
    QCOMPARE(summaryJson(m_file), before);
    QCOMPARE(serverValue(QStringLiteral("SELECT COUNT(*) FROM project")), fileValue(QStringLiteral("SELECT COUNT(*) FROM project")));
    QCOMPARE(lastChangesetShape(true), lastChangesetShape(false));
}

QTEST_GUILESS_MAIN(TestServerImport)
#include "tst_server_import.moc"
