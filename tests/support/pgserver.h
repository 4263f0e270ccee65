#pragma once

// The throwaway PostgreSQL cluster of the server tests (tst_server_*): scripts/pg-cluster.sh starts it as a
// CTest fixture and writes its PG* settings to the file named by VIGIE_PG_ENV; this reads them, exports
// them for libpq (and the `vigie` processes tests run) and gives each test a schema of its own.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>

namespace VigieTest {

struct PgCluster
{
    bool available = false;
    QString reason; // why not, when not
    QString host;
    int port = 0;
    QString user;
    QString database;
};

inline PgCluster pgCluster()
{
    PgCluster c;
    const QString envFile = qEnvironmentVariable("VIGIE_PG_ENV");
    QFile file(envFile);
    if (envFile.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        c.reason = QStringLiteral(
            "no cluster settings (%1); run through ctest, which starts it (scripts/pg-cluster.sh)")
                       .arg(envFile.isEmpty() ? QStringLiteral("VIGIE_PG_ENV not set") : envFile);
        return c;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("VIGIE_PG_UNAVAILABLE")) {
            c.reason = value;
            return c;
        }
        if (key.startsWith(QLatin1String("PG")))
            qputenv(key.toLatin1().constData(), value.toUtf8());
        if (key == QLatin1String("PGHOST"))
            c.host = value;
        else if (key == QLatin1String("PGPORT"))
            c.port = value.toInt();
        else if (key == QLatin1String("PGUSER"))
            c.user = value;
        else if (key == QLatin1String("PGDATABASE"))
            c.database = value;
    }
    c.available = c.port > 0 && !c.database.isEmpty();
    if (!c.available)
        c.reason = QStringLiteral("%1 does not name a running cluster").arg(envFile);
    return c;
}

// postgresql://[user@]127.0.0.1:PORT/vigie_test?schema=SCHEMA
inline QString serverAddress(const PgCluster &c, const QString &schema, const QString &user = QString())
{
    return QStringLiteral("postgresql://%1%2:%3/%4?schema=%5")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), c.host)
        .arg(c.port)
        .arg(c.database, schema);
}

// The name of adminSql's connection to `database` (the cluster's own when empty), for tests that read.
inline QString adminConnectionName(const QString &database = QString())
{
    return database.isEmpty() ? QStringLiteral("vigie-test-admin") : QStringLiteral("vigie-test-admin-") + database;
}

// Runs statements as the cluster's superuser on `database` (the cluster's own database when empty),
// one connection per database kept open for the test's life; returns the first failure, or nothing.
inline QString adminSql(const PgCluster &c, const QStringList &statements, const QString &database = QString())
{
    const QString target = database.isEmpty() ? c.database : database;
    const QString name = adminConnectionName(database);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(c.host);
        db.setPort(c.port);
        db.setUserName(c.user);
        db.setDatabaseName(target);
        if (!db.isOpen() && !db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                failure = statement + QStringLiteral(": ") + q.lastError().text();
                break;
            }
        }
    }
    return failure;
}

// The first column of a query's first row, as text, read as the cluster's superuser on its own database
// (adminSql's connection); "(no row)", or the error, when there is none.
inline QString adminValue(const PgCluster &c, const QString &sql)
{
    const QString opened = adminSql(c, {});
    if (!opened.isEmpty())
        return opened;
    QSqlQuery q(QSqlDatabase::database(adminConnectionName()));
    if (!q.exec(sql))
        return q.lastError().text();
    return q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
}

} // namespace VigieTest

// In initTestCase(): the cluster, or a skip when PostgreSQL is not installed here, or a failure under CI
// (VIGIE_REQUIRE_SERVER=1, set by .ci/run), where the server tests must run.
#define VIGIE_REQUIRE_PG_CLUSTER(cluster)                                                                    \
    do {                                                                                                     \
        cluster = VigieTest::pgCluster();                                                                    \
        if (!cluster.available) {                                                                            \
            if (qEnvironmentVariableIntValue("VIGIE_REQUIRE_SERVER"))                                        \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL cluster unavailable: ") + cluster.reason));      \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL cluster unavailable: ") + cluster.reason));          \
        }                                                                                                    \
    } while (false)
