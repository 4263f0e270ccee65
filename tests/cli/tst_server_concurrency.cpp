// Two clients of one portfolio on a real PostgreSQL server at the same time: another client's transaction
// holds a change to a project while `vigie edit` changes the same project (a conflict, said so, nothing
// lost) or another one (both kept). The test waits for the server to report `vigie` blocked on the row
// lock, never for a fixed time.
#include "pgserver.h"
#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace VigieTest;

class TestServerConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sameProjectIsAConflict();
    void differentProjectsAreBothKept();

private:
    QString address() const { return serverAddress(m_cluster, m_schema); }
    // The other client: a connection of its own, inside an open transaction that changed `code`.
    bool otherClientChanges(const QString &code, double forecast);
    bool otherClientCommits();
    QString adminValue(const QString &sql);
    void startEdit(QProcess &process, const QString &code, const QString &forecast);

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_schema = QStringLiteral("tst_concurrency");
    const QString m_other = QStringLiteral("vigie-test-other-client");
};

void TestServerConcurrency::initTestCase()
{
    VIGIE_REQUIRE_PG_CLUSTER(m_cluster);
    QCOMPARE(
        adminSql(m_cluster, { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema) }), QString());
    const QString file = m_dir.filePath(QStringLiteral("quebec.vigie"));
    Run r = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), file });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("publish"), file, address() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestServerConcurrency::cleanup()
{
    if (QSqlDatabase::contains(m_other)) {
        QSqlDatabase::database(m_other).rollback();
        QSqlDatabase::database(m_other).close();
    }
}

bool TestServerConcurrency::otherClientChanges(const QString &code, double forecast)
{
    QSqlDatabase db = QSqlDatabase::contains(m_other)
        ? QSqlDatabase::database(m_other)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_other);
    db.setHostName(m_cluster.host);
    db.setPort(m_cluster.port);
    db.setUserName(m_cluster.user);
    db.setDatabaseName(m_cluster.database);
    if (!db.isOpen() && !db.open())
        return false;
    QSqlQuery q(db);
    if (!db.transaction())
        return false;
    q.prepare(QStringLiteral("UPDATE %1.project SET forecast_cost = ? WHERE code = ?").arg(m_schema));
    q.addBindValue(forecast);
    q.addBindValue(code);
    return q.exec() && q.numRowsAffected() == 1;
}

bool TestServerConcurrency::otherClientCommits() { return QSqlDatabase::database(m_other).commit(); }

QString TestServerConcurrency::adminValue(const QString &sql)
{
    if (!adminSql(m_cluster, {}).isEmpty())
        return QString();
    QSqlQuery q(QSqlDatabase::database(adminConnectionName()));
    if (!q.exec(sql.contains(QLatin1String("%1")) ? sql.arg(m_schema) : sql) || !q.next())
        return QString();
    return q.value(0).toString();
}

void TestServerConcurrency::startEdit(QProcess &process, const QString &code, const QString &forecast)
{
    process.start(QStringLiteral(VIGIE_BIN),
        { QStringLiteral("edit"), address(), QStringLiteral("--project"), code,
            QStringLiteral("--forecast-cost"), forecast });
}

void TestServerConcurrency::sameProjectIsAConflict()
{
    const QString code = QStringLiteral("MTESS-2013-001");
    const QString changesets = adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset"));
    QVERIFY(otherClientChanges(code, 1111111));
    QProcess edit;
    startEdit(edit, code, QStringLiteral("2222222"));
    // `vigie edit` read the value the other client has not committed yet, and waits for its row.
    QTRY_VERIFY_WITH_TIMEOUT(
        adminValue(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name "
                                  "= 'vigie:%1' AND wait_event_type = 'Lock'"))
            == QLatin1String("1"),
        60000);
    QVERIFY(otherClientCommits());
    QVERIFY(edit.waitForFinished(60000));
    const QString err = QString::fromUtf8(edit.readAllStandardError());
    QCOMPARE(edit.exitCode(), 3); // the file would not take the write: exit 3, as for any refused write
    QVERIFY2(err.contains(
                 QLatin1String("Someone else changed this project on the server since it was read; nothing "
                               "was overwritten")),
        qPrintable(err));
    // The other client's change is there; this one wrote nothing, journal included.
    QCOMPARE(adminValue(QStringLiteral("SELECT forecast_cost FROM %1.project WHERE code = 'MTESS-2013-001'")),
        QStringLiteral("1111111"));
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM %1.changeset")), changesets);
}

void TestServerConcurrency::differentProjectsAreBothKept()
{
    const QString mine = QStringLiteral("MTESS-2013-001");
    const QString theirs
        = adminValue(QStringLiteral("SELECT code FROM %1.project WHERE code <> 'MTESS-2013-001' "
                                    "ORDER BY code LIMIT 1"));
    QVERIFY(otherClientChanges(theirs, 3333333));
    // Not held up by the other client's open transaction: it changed another row.
    QProcess edit;
    startEdit(edit, mine, QStringLiteral("4444444"));
    QVERIFY(edit.waitForFinished(60000));
    QVERIFY2(edit.exitCode() == 0, edit.readAllStandardError().constData());
    QVERIFY(otherClientCommits());
    QCOMPARE(adminValue(QStringLiteral("SELECT forecast_cost FROM %1.project WHERE code = '%2'")
                            .arg(QStringLiteral("%1"), theirs)),
        QStringLiteral("3333333"));
    QCOMPARE(adminValue(QStringLiteral("SELECT forecast_cost FROM %1.project WHERE code = 'MTESS-2013-001'")),
        QStringLiteral("4444444"));
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
