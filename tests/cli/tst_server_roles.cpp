// Who may change what on a shared portfolio, enforced by the real PostgreSQL server: roles given with
// `vigie server grant`, edits made with `vigie edit` as those roles (trust authentication on the test
// cluster lets a test connect as any role; the roles' rights, not passwords, are what is checked).
#include "pgserver.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace VigieTest;

class TestServerRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void organizationEditsOnlyItsOwn();
    void viewerReadsOnly();
    void strangerIsToldWhy();
    void cioEditsEverything();
    void refusalInFrench();
    void everyRefusalExits3AndSaysOnlyWhy();
    void grantUsage();

private:
    QString address(const QString &user = QString()) const
    {
        return serverAddress(m_cluster, m_schema, user);
    }
    Run grant(const QStringList &role, const QString &user);
    Run editProject(const QString &user, const QString &code, const QString &forecast,
        const QString &language = QStringLiteral("en"));
    QString adminValue(const QString &sql);

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_schema = QStringLiteral("tst_roles");
    const QString m_own = QStringLiteral("MTESS-2013-001"); // MTESS's project in the Quebec sample
    QString m_other; // a project of another organization
};

void TestServerRoles::initTestCase()
{
    VIGIE_REQUIRE_PG_CLUSTER(m_cluster);
    QCOMPARE(
        adminSql(m_cluster, { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema) }), QString());
    const QString file = m_dir.filePath(QStringLiteral("quebec.vigie"));
    Run r = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), file });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("publish"), file, address() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_other = adminValue(
        QStringLiteral("SELECT p.code FROM %1.project p JOIN %1.organization o ON o.id = p.organization_id "
                       "WHERE o.code <> 'MTESS' ORDER BY p.code LIMIT 1"));
    QVERIFY(!m_other.isEmpty());
    r = grant({ QStringLiteral("organization"), QStringLiteral("MTESS") }, QStringLiteral("tst_roles_mtess"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("tst_roles_mtess may now change MTESS's")), qPrintable(r.out));
    r = grant({ QStringLiteral("viewer") }, QStringLiteral("tst_roles_viewer"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = grant({ QStringLiteral("cio") }, QStringLiteral("tst_roles_cio"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

Run TestServerRoles::grant(const QStringList &role, const QString &user)
{
    return runVigie(
        QStringList { QStringLiteral("server"), QStringLiteral("grant"), address(), QStringLiteral("--role") }
        + role + QStringList { QStringLiteral("--user"), user });
}

Run TestServerRoles::editProject(
    const QString &user, const QString &code, const QString &forecast, const QString &language)
{
    return runVigie({ QStringLiteral("edit"), address(user), QStringLiteral("--project"), code,
        QStringLiteral("--forecast-cost"), forecast, QStringLiteral("--lang"), language });
}

QString TestServerRoles::adminValue(const QString &sql)
{
    if (!adminSql(m_cluster, {}).isEmpty())
        return QString();
    QSqlQuery q(QSqlDatabase::database(adminConnectionName()));
    if (!q.exec(sql.arg(m_schema)) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return QString();
    }
    return q.value(0).toString();
}

void TestServerRoles::organizationEditsOnlyItsOwn()
{
    const QString forecastOf = QStringLiteral("SELECT forecast_cost FROM %1.project WHERE code = '%2'");
    // Its own project: changed, and the journal says who did it (the server's user).
    Run r = editProject(QStringLiteral("tst_roles_mtess"), m_own, QStringLiteral("4200000"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(adminValue(forecastOf.arg(QStringLiteral("%1"), m_own)), QStringLiteral("4200000"));
    QCOMPARE(adminValue(QStringLiteral("SELECT author FROM %1.changeset ORDER BY id DESC LIMIT 1")),
        QStringLiteral("tst_roles_mtess"));
    QCOMPARE(
        // The edit's own field (the same changeset also stamps the project as touched: staleness).
        adminValue(QStringLiteral("SELECT author || ' ' || field || ' ' || new_value FROM %1.change_journal "
                                  "WHERE field = 'forecast_cost' ORDER BY id DESC LIMIT 1")),
        QStringLiteral("tst_roles_mtess forecast_cost 4200000"));

    // Another organization's project: the server refuses, and says why; nothing changed.
    const QString before = adminValue(forecastOf.arg(QStringLiteral("%1"), m_other));
    const QString changesets = adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset"));
    r = editProject(QStringLiteral("tst_roles_mtess"), m_other, QStringLiteral("1"));
    QCOMPARE(r.exitCode, 3); // the file cannot be written by this role, as `rule` says it
    QVERIFY2(r.err.contains(
                 QLatin1String("The server refused the change to this project: the role tst_roles_mtess "
                               "may not change it")),
        qPrintable(r.err));
    QCOMPARE(adminValue(forecastOf.arg(QStringLiteral("%1"), m_other)), before);
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset")), changesets);

    // The portfolio's own properties are the CIO office's.
    r = runVigie({ QStringLiteral("edit"), address(QStringLiteral("tst_roles_mtess")),
        QStringLiteral("--portfolio"), QStringLiteral("--name"), QStringLiteral("Hijacked") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("The server refused")), qPrintable(r.err));
}

void TestServerRoles::viewerReadsOnly()
{
    const Run summary = runVigie({ QStringLiteral("summary"), address(QStringLiteral("tst_roles_viewer")) });
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    const Run r = editProject(QStringLiteral("tst_roles_viewer"), m_own, QStringLiteral("1"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("the role tst_roles_viewer may not change it")), qPrintable(r.err));
}

void TestServerRoles::strangerIsToldWhy()
{
    // A role nobody granted anything: the server will not show it the schema, and Vigie says so.
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("DROP ROLE IF EXISTS tst_roles_stranger"),
                                   QStringLiteral("CREATE ROLE tst_roles_stranger LOGIN") }),
             QString());
    const Run r = runVigie({ QStringLiteral("summary"), address(QStringLiteral("tst_roles_stranger")) });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("the role tst_roles_stranger may not read the schema tst_roles")),
             qPrintable(r.err));
}

void TestServerRoles::cioEditsEverything()
{
    Run r = editProject(QStringLiteral("tst_roles_cio"), m_other, QStringLiteral("5100000"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(adminValue(QStringLiteral("SELECT forecast_cost FROM %1.project WHERE code = '%2'")
                            .arg(QStringLiteral("%1"), m_other)),
        QStringLiteral("5100000"));
    QCOMPARE(adminValue(QStringLiteral("SELECT author FROM %1.changeset ORDER BY id DESC LIMIT 1")),
        QStringLiteral("tst_roles_cio"));
}

void TestServerRoles::refusalInFrench()
{
    const Run r
        = editProject(QStringLiteral("tst_roles_mtess"), m_other, QStringLiteral("2"), QStringLiteral("fr"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("tst_roles_mtess")) && r.err.contains(QStringLiteral("refusé")),
        qPrintable(r.err));
}

// A refusal of the server's roles is the file refusing a write: exit 3 for every command (`edit` exited 2
// where `rule` exited 3), and stderr says why and nothing else (Qt's driver added "Unable to free
// statement: ERROR: current transaction is aborted" when a failed statement was freed before the
// rollback).
void TestServerRoles::everyRefusalExits3AndSaysOnlyWhy()
{
    const QString mtess = address(QStringLiteral("tst_roles_mtess"));
    const QList<QStringList> commands {
        { QStringLiteral("rule"), mtess, QStringLiteral("--custom"), QStringLiteral("5"), QStringLiteral("20") },
        { QStringLiteral("freeze"), mtess, QStringLiteral("--label"), QStringLiteral("Refused") },
        { QStringLiteral("edit"), mtess, QStringLiteral("--portfolio"), QStringLiteral("--name"), QStringLiteral("Refused") },
        { QStringLiteral("edit"), mtess, QStringLiteral("--project"), m_other, QStringLiteral("--forecast-cost"), QStringLiteral("7") },
    };
    for (const QStringList &command : commands) {
        const Run r = runVigie(command);
        QVERIFY2(r.exitCode == 3, qPrintable(command.constFirst() + QLatin1Char(' ') + QString::number(r.exitCode) + r.err));
        QVERIFY2(r.err.contains(QLatin1String("may not change it")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Unable to free")) && !r.err.contains(QLatin1String("ERROR:")), qPrintable(r.err));
    }
}

void TestServerRoles::grantUsage()
{
    QCOMPARE(grant({ QStringLiteral("organization") }, QStringLiteral("tst_roles_x")).exitCode, 2); // no code
    QCOMPARE(grant({ QStringLiteral("boss") }, QStringLiteral("tst_roles_x")).exitCode, 2);
    const Run r
        = grant({ QStringLiteral("organization"), QStringLiteral("NOPE") }, QStringLiteral("tst_roles_x"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("No organization has the code \"NOPE\"")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_server_roles.moc"
