// Server addresses as users write them: what is accepted, what is refused and why (no server needed).
#include "i18n/language.h"
#include "storage/serverlocation.h"
#include "storage/serverstore.h"
#include "storage/sqlutil.h"

#include <QSqlError>

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
    void connectionFailuresInTheUsersWords_data();
    void connectionFailuresInTheUsersWords();
    void serverErrorsInTheUsersWords();
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

void TestServerLocation::connectionFailuresInTheUsersWords_data()
{
    // libpq's messages as PostgreSQL 15's libpq writes them (two lines, a tab), and in French.
    QTest::addColumn<QString>("libpq");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    const QString at = QStringLiteral("connection to server at \"db.example\" (10.0.0.5), port 5433 failed: ");
    QTest::newRow("refused") << QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n"
                                               "\tIs the server running on that host and accepting TCP/IP connections?\n")
                             << QStringLiteral("no server answers at 127.0.0.1, port 1; check that one runs there and accepts "
                                               "connections over the network")
                             << QStringLiteral("aucun serveur ne répond à 127.0.0.1, port 1; vérifiez qu'un serveur y est "
                                               "démarré et accepte les connexions réseau");
    QTest::newRow("socket") << QStringLiteral("connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: "
                                              "No such file or directory\n\tIs the server running locally and accepting "
                                              "connections on that socket?\n")
                            << QStringLiteral("no server runs on this computer: there is no socket /var/run/postgresql/.s.PGSQL.5432")
                            << QStringLiteral("aucun serveur n'est démarré sur cet ordinateur\u00a0: le socket "
                                              "/var/run/postgresql/.s.PGSQL.5432 n'existe pas");
    QTest::newRow("role") << at + QStringLiteral("FATAL:  role \"analyst\" does not exist\n")
                          << QStringLiteral("it has no role analyst") << QStringLiteral("le rôle analyst n'y existe pas");
    QTest::newRow("database") << at + QStringLiteral("FATAL:  database \"vigie\" does not exist\n")
                              << QStringLiteral("it has no database vigie")
                              << QStringLiteral("la base de données vigie n'y existe pas");
    QTest::newRow("password") << at + QStringLiteral("FATAL:  password authentication failed for user \"analyst\"\n")
                              << QStringLiteral("it refused the password of the role analyst")
                              << QStringLiteral("il a refusé le mot de passe du rôle analyst");
    QTest::newRow("no password") << at + QStringLiteral("fe_sendauth: no password supplied\n")
                                 << QStringLiteral("it asks for a password and none was given: type it in File → Connect to "
                                                   "Server…, or set PGPASSWORD or ~/.pgpass")
                                 << QStringLiteral("il demande un mot de passe et aucun n'a été donné\u00a0: saisissez-le dans "
                                                   "Fichier → Se connecter à un serveur…, ou définissez PGPASSWORD ou ~/.pgpass");
    QTest::newRow("pg_hba") << at + QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"analyst\", "
                                                   "database \"vigie\", no encryption\n")
                            << QStringLiteral("it does not accept the role analyst in the database vigie from 10.0.0.9: see its "
                                              "pg_hba.conf")
                            << QStringLiteral("il n'accepte pas le rôle analyst dans la base de données vigie depuis 10.0.0.9\u00a0: "
                                              "voyez son fichier pg_hba.conf");
    QTest::newRow("host") << QStringLiteral("could not translate host name \"db.invalid\" to address: Name or service not known\n")
                          << QStringLiteral("the host name db.invalid is unknown")
                          << QStringLiteral("le nom d'hôte db.invalid est inconnu");
    QTest::newRow("timeout") << at + QStringLiteral("timeout expired\n") << QStringLiteral("it did not answer within 10 seconds")
                             << QStringLiteral("il n'a pas répondu dans les 10 secondes");
    QTest::newRow("network") << at + QStringLiteral("Network is unreachable\n\tIs the server running on that host and "
                                                    "accepting TCP/IP connections?\n")
                             << QStringLiteral("the network does not reach db.example, port 5433")
                             << QStringLiteral("le réseau n'atteint pas db.example, port 5433");
    QTest::newRow("starting") << at + QStringLiteral("FATAL:  the database system is starting up\n")
                              << QStringLiteral("it is starting up or shutting down: try again in a moment")
                              << QStringLiteral("il est en cours de démarrage ou d'arrêt\u00a0: réessayez dans un moment");
    QTest::newRow("full") << at + QStringLiteral("FATAL:  sorry, too many clients already\n")
                          << QStringLiteral("it has no connection left: try again later, or ask its administrator")
                          << QStringLiteral("il n'a plus de connexion libre\u00a0: réessayez plus tard ou adressez-vous à son "
                                            "administrateur");
    // Encryption (SSL): asked for by the environment (PGSSLMODE), refused or unverifiable.
    QTest::newRow("ssl required") << at + QStringLiteral("server does not support SSL, but SSL was required\n")
                                  << QStringLiteral("it does not accept encrypted connections (SSL), and this computer's "
                                                    "settings require one (PGSSLMODE)")
                                  << QStringLiteral("il n'accepte pas les connexions chiffrées (SSL), et les réglages de cet "
                                                    "ordinateur en exigent une (PGSSLMODE)");
    QTest::newRow("ssl root") << at + QStringLiteral("root certificate file \"/home/analyst/.postgresql/root.crt\" does not "
                                                     "exist\nEither provide the file or change sslmode to disable server "
                                                     "certificate verification.\n")
                              << QStringLiteral("its certificate cannot be verified: there is no root certificate "
                                                "/home/analyst/.postgresql/root.crt (PGSSLROOTCERT), or PGSSLMODE asks for a "
                                                "mode that does not verify it")
                              << QStringLiteral("son certificat ne peut pas être vérifié\u00a0: le certificat racine "
                                                "/home/analyst/.postgresql/root.crt n'existe pas (PGSSLROOTCERT), ou "
                                                "PGSSLMODE demande un mode qui ne le vérifie pas");
    QTest::newRow("ssl name") << at + QStringLiteral("server certificate for \"other.example\" (and 2 other names) does not "
                                                     "match host name \"db.example\"\n")
                              << QStringLiteral("its certificate is made out to other.example, not to db.example")
                              << QStringLiteral("son certificat est établi au nom de other.example, et non de db.example");
    QTest::newRow("ssl verify") << at + QStringLiteral("SSL error: certificate verify failed\n")
                                << QStringLiteral("its certificate could not be verified against this computer's root "
                                                  "certificates")
                                << QStringLiteral("son certificat n'a pas pu être vérifié au moyen des certificats racines de "
                                                  "cet ordinateur");
    // A reason Vigie does not know stays libpq's, on one line.
    QTest::newRow("unknown") << at + QStringLiteral("SSL error: tlsv1 alert protocol version\n")
                             << at + QStringLiteral("SSL error: tlsv1 alert protocol version")
                             << at + QStringLiteral("SSL error: tlsv1 alert protocol version");
}

void TestServerLocation::connectionFailuresInTheUsersWords()
{
    QFETCH(QString, libpq);
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTEST(ServerStore::connectionFailure(libpq), "english");
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QTEST(ServerStore::connectionFailure(libpq), "french");
    QVERIFY(Language::apply(QStringLiteral("en")));
}

// The errors a server gives in the middle of work that a user can act on, by SQLSTATE or, where the
// connection broke before the server could say, by libpq's words; the others keep the server's.
void TestServerLocation::serverErrorsInTheUsersWords()
{
    const QSqlError ended(QStringLiteral("QPSQL: Unable to create query"),
                          QStringLiteral("FATAL:  terminating connection due to administrator command"),
                          QSqlError::StatementError, QStringLiteral("57P01"));
    const QSqlError lost(QStringLiteral("QPSQL: Unable to create query"),
                         QStringLiteral("server closed the connection unexpectedly\n\tThis probably means the server "
                                        "terminated abnormally\n\tbefore or while processing the request."),
                         QSqlError::StatementError, QString());
    const QSqlError full(QString(), QStringLiteral("ERROR:  could not extend file \"base/16384/16385\": No space left on device"),
                         QSqlError::StatementError, QStringLiteral("53100"));
    const QSqlError other(QString(), QStringLiteral("ERROR:  value too long for type character varying(3)"),
                          QSqlError::StatementError, QStringLiteral("22001"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCOMPARE(sqlErrorText(ended), QStringLiteral("the server was shut down or restarted, or its administrator ended the "
                                                 "connection (PostgreSQL error 57P01)"));
    QCOMPARE(sqlErrorText(lost), QStringLiteral("the connection to the server was lost"));
    QCOMPARE(sqlErrorText(full), QStringLiteral("the server's disk is full (PostgreSQL error 53100)"));
    QCOMPARE(sqlErrorText(other), QStringLiteral("ERROR:  value too long for type character varying(3)"));
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCOMPARE(sqlErrorText(lost), QStringLiteral("la connexion au serveur a été perdue"));
    QCOMPARE(sqlErrorText(full), QStringLiteral("le disque du serveur est plein (erreur PostgreSQL 53100)"));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
