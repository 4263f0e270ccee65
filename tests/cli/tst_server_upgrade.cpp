// A portfolio published on a server by an older Vigie, brought to this program's format with
// `vigie server upgrade`: refused on open with the command to run, upgraded only by the role that owns its
// tables, in one transaction, to the same rows a file of that format gets from its own upgrade.
//
// The old server is made as the Vigie of schema 4 made it, from the schema 4 Quebec fixture (oldserver.h).
#include "oldserver.h"
#include "testutil.h"

#include "storage/edits.h"
#include "storage/fileguard.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

class TestServerUpgrade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oldServerIsRefusedWithTheCommand();
    void onlyTheOwnerUpgrades();
    void upgradeGivesTheFilesRows();
    void secondUpgradeHasNothingToDo();
    void olderClientsWritesAreRefused();
    void upgradeWaitsForAWriteUnderWay();
    void writeAfterANewerUpgradeIsRefused();
    void usage();

private:
    QString address(const QString &user = QString()) const { return serverAddress(m_cluster, m_schema, user); }
    QString adminValue(const QString &sql);
    // Rows of a query as text, one line each, from the server (admin) or from the upgraded file.
    QStringList serverRows(const QString &sql, const QString &schema = QString());
    QStringList fileRows(const QString &sql);

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_schema = QStringLiteral("tst_upgrade");
    QString m_fixture; // a copy of the schema 4 fixture, never upgraded
    QString m_upgradedFile; // another copy, upgraded as a file
};

void TestServerUpgrade::initTestCase()
{
    VIGIE_REQUIRE_PG_CLUSTER(m_cluster);
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("quebec-v4.vigie"));
    m_upgradedFile = m_dir.filePath(QStringLiteral("quebec-upgraded.vigie"));
    for (const QString &path : { m_fixture, m_upgradedFile }) {
        QVERIFY(QFile::copy(QStringLiteral(VIGIE_TEST_DATA "/schema/quebec-2016-v4.vigie"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    {
        FileError error;
        auto file = PortfolioFile::open(m_upgradedFile, PortfolioFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error.message));
    }

    // The server of schema 4.
    QCOMPARE(publishAsSchema4(m_cluster, m_schema, m_fixture), QString());
    // The CIO office's analyst: may change every row, not the tables.
    const Run r = runVigie({ QStringLiteral("server"), QStringLiteral("grant"), address(), QStringLiteral("--role"),
        QStringLiteral("cio"), QStringLiteral("--user"), QStringLiteral("tst_upgrade_cio") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(adminValue(QStringLiteral("SELECT version FROM %1.vigie_schema")), QStringLiteral("4"));
}

QString TestServerUpgrade::adminValue(const QString &sql)
{
    const QStringList rows = serverRows(sql);
    return rows.isEmpty() ? QStringLiteral("(no row)") : rows.constFirst();
}

QStringList TestServerUpgrade::serverRows(const QString &sql, const QString &schema)
{
    QStringList rows;
    QSqlQuery q(QSqlDatabase::database(adminConnectionName()));
    if (!q.exec(sql.arg(schema.isEmpty() ? m_schema : schema))) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return { QStringLiteral("(failed)") };
    }
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList TestServerUpgrade::fileRows(const QString &sql)
{
    const QString connection = QStringLiteral("tst-upgrade-file");
    QStringList rows;
    {
        QString why;
        if (!FileGuard::openConnection(connection, m_upgradedFile, true, &why))
            return { why };
        QSqlQuery q(QSqlDatabase::database(connection, false));
        if (!q.exec(sql.arg(QStringLiteral("main"))))
            rows << q.lastError().text();
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    FileGuard::closeConnection(connection);
    return rows;
}

void TestServerUpgrade::oldServerIsRefusedWithTheCommand()
{
    const QString expected = QStringLiteral("%1: the portfolio on the server uses an older format (4). The role "
                                            "that published it can upgrade it for every client at once: "
                                            "vigie server upgrade %1")
                                 .arg(address());
    Run r = runVigie({ QStringLiteral("summary"), address() });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err.trimmed(), expected);
    r = runVigie({ QStringLiteral("edit"), address(), QStringLiteral("--portfolio"), QStringLiteral("--name"),
        QStringLiteral("New name") });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err.trimmed(), expected);
    r = runVigie({ QStringLiteral("summary"), address(), QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("format plus ancien (4)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("vigie server upgrade ")), qPrintable(r.err));
}

void TestServerUpgrade::onlyTheOwnerUpgrades()
{
    // The CIO office's role writes every row but owns no table: refused before anything runs, in the
    // user's language, naming the owner.
    const QString owner = adminValue(QStringLiteral("SELECT tableowner FROM pg_tables WHERE schemaname = '%1' "
                                                    "AND tablename = 'project'"));
    QVERIFY(!owner.isEmpty());
    Run r = runVigie(
        { QStringLiteral("server"), QStringLiteral("upgrade"), address(QStringLiteral("tst_upgrade_cio")) });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err.trimmed(),
        QStringLiteral("%1: only the role that published the portfolio (%2) may upgrade it; tst_upgrade_cio may "
                       "not. Run the command again as %2: nothing was changed.")
            .arg(address(QStringLiteral("tst_upgrade_cio")), owner));
    QCOMPARE(r.out, QString());
    r = runVigie({ QStringLiteral("server"), QStringLiteral("upgrade"), address(QStringLiteral("tst_upgrade_cio")),
        QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("seul le rôle qui a publié le portefeuille")), qPrintable(r.err));
    QCOMPARE(adminValue(QStringLiteral("SELECT version FROM %1.vigie_schema")), QStringLiteral("4"));
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '%1' "
                                       "AND table_name = 'project' AND column_name = 'baselines'")),
        QStringLiteral("0"));
}

void TestServerUpgrade::upgradeGivesTheFilesRows()
{
    // A step that fails rolls everything back: a column of schema 6 already there makes step 6 fail after
    // step 5 ran; nothing of step 5 stays.
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("ALTER TABLE %1.project ADD COLUMN baselines BIGINT").arg(m_schema) }),
        QString());
    Run r = runVigie({ QStringLiteral("server"), QStringLiteral("upgrade"), address() });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(address() + QStringLiteral(": the portfolio could not be upgraded (")), qPrintable(r.err));
    QVERIFY2(r.err.trimmed().endsWith(QLatin1String("); nothing was changed.")), qPrintable(r.err));
    QCOMPARE(adminValue(QStringLiteral("SELECT version FROM %1.vigie_schema")), QStringLiteral("4"));
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '%1' "
                                       "AND table_name = 'project' AND column_name = 'touched'")),
        QStringLiteral("0"));
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("ALTER TABLE %1.project DROP COLUMN baselines").arg(m_schema) }),
        QString());

    // A client left open during the upgrade (the CIO office's analyst, in an older Vigie's window opened
    // earlier): the one who upgrades is told to have it opened again. Not this version's clients of
    // another portfolio in the database (the administrator's, here).
    {
        const ClientLeftOpen client(m_cluster, QStringLiteral("vigie"), QStringLiteral("tst_upgrade_cio"));
        QVERIFY2(client.error.isEmpty(), qPrintable(client.error));
        const ClientLeftOpen elsewhere(m_cluster, QStringLiteral("vigie:tst_upgrade_elsewhere"), m_cluster.user);
        QVERIFY2(elsewhere.error.isEmpty(), qPrintable(elsewhere.error));
        r = runVigie({ QStringLiteral("server"), QStringLiteral("upgrade"), address() });
    }
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // That warning only: not the server's notice that the trigger was not there to drop.
    QCOMPARE(r.err.trimmed(),
        QStringLiteral("Vigie was also connected to this portfolio's database as tst_upgrade_cio during the upgrade. Those "
                       "programs read the portfolio's format when they opened it: close them, and open the "
                       "portfolio again with this version of Vigie, before changing anything."));
    QCOMPARE(r.out.trimmed(),
        QStringLiteral("%1: the portfolio was upgraded from format 4 to %2.").arg(address()).arg(Schema::currentVersion));
    QCOMPARE(adminValue(QStringLiteral("SELECT version FROM %1.vigie_schema")), QString::number(Schema::currentVersion));

    // The same columns as a portfolio published today, in the same order (extract copies by name, but a
    // later step may rely on them).
    const QString columns = QStringLiteral("SELECT table_name || '.' || column_name FROM information_schema.columns "
                                           "WHERE table_schema = '%1' ORDER BY table_name, ordinal_position");
    const QStringList upgradedColumns = serverRows(columns);
    const QString fresh = QStringLiteral("tst_upgrade_fresh");
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(fresh),
                                   QStringLiteral("CREATE SCHEMA %1").arg(fresh) }),
        QString());
    r = runVigie({ QStringLiteral("publish"), m_upgradedFile, serverAddress(m_cluster, fresh) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString()); // the schema was there: no notice of the server's that it was skipped
    QCOMPARE(upgradedColumns, serverRows(columns, fresh));
    // Every index of the current schema (schema 7: every reference to a project).
    const QString indexes = QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = '%1' ORDER BY 1");
    QCOMPARE(serverRows(indexes), serverRows(indexes, fresh));
    QVERIFY(serverRows(indexes).contains(QStringLiteral("period_project_project")));
    // The commit announcement the old publish lacked.
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '%1' "
                                       "AND t.tgname = 'changeset_announce'")),
        QStringLiteral("1"));

    // The data steps gave the rows the file's own upgrade gave it: original baselines, counts, touched.
    const QString projects = QStringLiteral("SELECT id, code, baselines, original_budget, original_start, original_end, "
                                            "touched FROM %1.project ORDER BY id");
    const QStringList upgradedProjects = serverRows(projects);
    QCOMPARE(upgradedProjects.size(), 214);
    QCOMPARE(upgradedProjects, fileRows(projects));
    QVERIFY(adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.project WHERE baselines > 1")).toInt() > 0);

    // And everything a user sees: the same summary, no difference item by item.
    const QStringList asOf { QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2016-08-31") };
    const Run onServer = runVigie(QStringList { QStringLiteral("summary"), address() } + asOf);
    QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
    const Run onFile = runVigie(QStringList { QStringLiteral("summary"), m_upgradedFile } + asOf);
    QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.err));
    QCOMPARE(onServer.out, onFile.out);
    r = runVigie({ QStringLiteral("diff"), m_upgradedFile, address() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String(": 0 added, 0 removed, 0 changed")), qPrintable(r.out));

    // The CIO office's analyst works on it again, and the edit is journaled as before.
    r = runVigie({ QStringLiteral("edit"), address(QStringLiteral("tst_upgrade_cio")), QStringLiteral("--portfolio"),
        QStringLiteral("--name"), QStringLiteral("Upgraded") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(adminValue(QStringLiteral("SELECT author FROM %1.changeset ORDER BY id DESC LIMIT 1")),
        QStringLiteral("tst_upgrade_cio"));
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("DROP SCHEMA %1 CASCADE").arg(fresh) }), QString());
}

void TestServerUpgrade::secondUpgradeHasNothingToDo()
{
    const QString changesets = adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset"));
    const Run r = runVigie({ QStringLiteral("server"), QStringLiteral("upgrade"), address() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(),
        QStringLiteral("%1: the portfolio already uses this program's format (%2); nothing to do.")
            .arg(address())
            .arg(Schema::currentVersion));
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset")), changesets);
}

void TestServerUpgrade::olderClientsWritesAreRefused()
{
    // A Vigie of format 4 to 6 left open through the upgrade does not look at the format again: the server
    // refuses its writes (each inserts a changeset row), and only its.
    const QString insert = QStringLiteral("INSERT INTO %1.changeset (uuid, label, author, created_at, origin) "
                                          "VALUES ('%2', 'Edit', 'tst_upgrade_cio', '2026-12-04T10:00:00Z', '')")
                               .arg(m_schema);
    const QString changesets = adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset"));
    {
        const ClientLeftOpen older(m_cluster, QStringLiteral("vigie"), QStringLiteral("tst_upgrade_cio"));
        QVERIFY2(older.error.isEmpty(), qPrintable(older.error));
        QSqlQuery q(older.database());
        QVERIFY(!q.exec(insert.arg(QStringLiteral("00000000-0000-4000-8000-000000000001"))));
        QVERIFY2(q.lastError().text().contains(
                     QStringLiteral("the portfolio was upgraded to format %1 while this Vigie had it open; nothing "
                                    "was changed.")
                         .arg(Schema::currentVersion)),
            qPrintable(q.lastError().text()));
        // In both official languages: the server does not know the user's.
        QVERIFY2(q.lastError().text().contains(
                     QStringLiteral("Le portefeuille a été mis à niveau au format %1 pendant que ce Vigie l'avait "
                                    "ouvert; rien n'a été modifié.")
                         .arg(Schema::currentVersion)),
            qPrintable(q.lastError().text()));
    }
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset")), changesets);
    const ClientLeftOpen current(m_cluster, QStringLiteral("vigie:") + m_schema, QStringLiteral("tst_upgrade_cio"));
    QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
    QSqlDatabase db = current.database();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY2(q.exec(insert.arg(QStringLiteral("00000000-0000-4000-8000-000000000002"))), qPrintable(q.lastError().text()));
    QVERIFY(db.rollback());
}

void TestServerUpgrade::upgradeWaitsForAWriteUnderWay()
{
    // A client's write transaction reads the format first and holds it: an upgrade started meanwhile
    // waits for it to end, whatever it has to do (here nothing: it waits for the lock all the same).
    FileError error;
    auto file = ServerStore::open(address(), PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error.message));
    std::optional<PortfolioFile::Transaction> write(std::in_place, *file);
    QVERIFY(write->began());
    QProcess upgrade;
    upgrade.start(QStringLiteral(VIGIE_BIN), { QStringLiteral("server"), QStringLiteral("upgrade"), address() });
    QVERIFY(upgrade.waitForStarted());
    const QString waiting = QStringLiteral(
        "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'vigie:%1' AND wait_event_type = 'Lock' "
        "AND query LIKE 'LOCK TABLE vigie_schema%'");
    QTRY_COMPARE_WITH_TIMEOUT(adminValue(waiting), QStringLiteral("1"), 20000);
    QCOMPARE(upgrade.state(), QProcess::Running);
    QVERIFY(write->commit());
    write.reset();
    QVERIFY(upgrade.waitForFinished(30000));
    QCOMPARE(upgrade.exitCode(), 0);
    QVERIFY2(QString::fromUtf8(upgrade.readAllStandardOutput()).contains(QLatin1String("nothing to do")),
        qPrintable(QString::fromUtf8(upgrade.readAllStandardError())));
}

void TestServerUpgrade::writeAfterANewerUpgradeIsRefused()
{
    // A window open on the portfolio while a newer Vigie upgraded it (as a format beyond this program's
    // stands for): its next change is refused, nothing written, and says what happened.
    FileError error;
    auto file = ServerStore::open(address(QStringLiteral("tst_upgrade_cio")), PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error.message));
    const QString uuid = adminValue(QStringLiteral("SELECT uuid FROM %1.project ORDER BY id LIMIT 1"));
    const QString name = adminValue(QStringLiteral("SELECT name_en FROM %1.project ORDER BY id LIMIT 1"));
    const QString changesets = adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset"));
    const int newer = Schema::currentVersion + 1;
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("UPDATE %1.vigie_schema SET version = %2").arg(m_schema).arg(newer) }),
        QString());
    auto restore = qScopeGuard([&] {
        adminSql(m_cluster, { QStringLiteral("UPDATE %1.vigie_schema SET version = %2")
                                  .arg(m_schema)
                                  .arg(Schema::currentVersion) });
    });
    const EditResult r = Edits::setValue(*file, Entity::Project, uuid, Field::NameEn, QStringLiteral("Written anyway"),
        QStringLiteral("Rename"));
    QVERIFY(!r.ok);
    QVERIFY(r.notWritten);
    QCOMPARE(r.error,
        QStringLiteral("The portfolio on the server is now in format %1, not in the format %2 this Vigie opened it "
                       "in: another Vigie upgraded it while it was open here. Nothing was changed. Open the "
                       "portfolio again, with a Vigie that reads format %1.")
            .arg(newer)
            .arg(Schema::currentVersion));
    QCOMPARE(adminValue(QStringLiteral("SELECT name_en FROM %1.project ORDER BY id LIMIT 1")), name);
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset")), changesets);
    // In the format it opened: written.
    restore.dismiss();
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("UPDATE %1.vigie_schema SET version = %2")
                                       .arg(m_schema)
                                       .arg(Schema::currentVersion) }),
        QString());
    const EditResult again = Edits::setValue(*file, Entity::Project, uuid, Field::NameEn, QStringLiteral("Written"),
        QStringLiteral("Rename"));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(adminValue(QStringLiteral("SELECT name_en FROM %1.project ORDER BY id LIMIT 1")), QStringLiteral("Written"));
}

void TestServerUpgrade::usage()
{
    Run r = runVigie({ QStringLiteral("server"), QStringLiteral("upgrade"), address(), QStringLiteral("--user"),
        QStringLiteral("someone") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(), QStringLiteral("upgrade takes the server's address only."));
    r = runVigie({ QStringLiteral("server"), QStringLiteral("downgrade"), address() });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(), QStringLiteral("Unknown action \"downgrade\"; the action is grant or upgrade."));
    r = runVigie({ QStringLiteral("server"), QStringLiteral("upgrade"), m_upgradedFile });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("not a server address")), qPrintable(r.err));
    // A schema without a portfolio.
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("DROP SCHEMA IF EXISTS tst_upgrade_empty CASCADE"),
                                   QStringLiteral("CREATE SCHEMA tst_upgrade_empty") }),
        QString());
    const QString empty = serverAddress(m_cluster, QStringLiteral("tst_upgrade_empty"));
    r = runVigie({ QStringLiteral("server"), QStringLiteral("upgrade"), empty });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("no Vigie portfolio in the schema tst_upgrade_empty")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "tst_server_upgrade.moc"
