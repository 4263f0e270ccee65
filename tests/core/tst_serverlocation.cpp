// Server addresses as users write them: what is accepted, what is refused and why (no server needed).
#include "storage/serverlocation.h"

#include <QTest>

using namespace Vigie;

class TestServerLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void filesAreNotAddresses();
};

void TestServerLocation::accepted_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("full") << QStringLiteral("postgresql://cio@db.example.org:5433/portfolios?schema=quebec")
                          << QStringLiteral("cio") << QStringLiteral("db.example.org") << 5433
                          << QStringLiteral("portfolios") << QStringLiteral("quebec")
                          << QStringLiteral("postgresql://cio@db.example.org:5433/portfolios?schema=quebec");
    QTest::newRow("host and database") << QStringLiteral("postgresql://db/vigie") << QString() << QStringLiteral("db")
                                       << 0 << QStringLiteral("vigie") << QString()
                                       << QStringLiteral("postgresql://db/vigie");
    // Host, port and user from libpq's environment.
    QTest::newRow("database only") << QStringLiteral("postgresql:///vigie") << QString() << QString() << 0
                                   << QStringLiteral("vigie") << QString() << QStringLiteral("postgresql:///vigie");
    QTest::newRow("postgres scheme") << QStringLiteral("postgres://u@h/d") << QStringLiteral("u")
                                     << QStringLiteral("h") << 0 << QStringLiteral("d") << QString()
                                     << QStringLiteral("postgresql://u@h/d");
}

void TestServerLocation::accepted()
{
    QFETCH(QString, address);
    QString error;
    const std::optional<ServerLocation> l = ServerLocation::parse(address, &error);
    QVERIFY2(l, qPrintable(error));
    QTEST(l->user, "user");
    QTEST(l->host, "host");
    QTEST(l->port, "port");
    QTEST(l->database, "database");
    QTEST(l->schema, "schema");
    QTEST(l->address(), "canonical");
    QVERIFY(ServerLocation::isServerAddress(address));
}

void TestServerLocation::refused_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("why");
    QTest::newRow("password") << QStringLiteral("postgresql://cio:secret@db/vigie") << QStringLiteral("PGPASSWORD");
    QTest::newRow("no database") << QStringLiteral("postgresql://db") << QStringLiteral("name one database");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://db/vigie?sslmode=disable")
                                    << QStringLiteral("unknown option \"sslmode\"");
    // The schema name is written into SQL: plain lower-case words only.
    QTest::newRow("schema with SQL") << QStringLiteral("postgresql://db/vigie?schema=a;DROP%20TABLE%20x")
                                     << QStringLiteral("lower-case letters");
    QTest::newRow("schema in capitals") << QStringLiteral("postgresql://db/vigie?schema=Quebec")
                                        << QStringLiteral("lower-case letters");
}

void TestServerLocation::refused()
{
    QFETCH(QString, address);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!ServerLocation::parse(address, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("secret")));
}

void TestServerLocation::filesAreNotAddresses()
{
    QVERIFY(!ServerLocation::isServerAddress(QStringLiteral("quebec.vigie")));
    QVERIFY(!ServerLocation::isServerAddress(QStringLiteral("/home/cio/postgresql/quebec.vigie")));
    QVERIFY(!ServerLocation::isServerAddress(QStringLiteral("postgresql.vigie")));
}

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
