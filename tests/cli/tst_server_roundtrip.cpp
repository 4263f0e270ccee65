// A portfolio on a real PostgreSQL server (the cluster scripts/pg-cluster.sh starts for the suite), through
// the `vigie` users run: publish a file, read it on the server, extract it back, merge a copy taken from
// the server into the file.
#include "pgserver.h"
#include "testutil.h"

#include "i18n/language.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/structureedits.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

class TestServerRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fileServerFile();
    void extractForOrganizationMergesBack();
    void aCopyAddingACodeTheServerHasMergesIntoIt();
    void chartsAndBriefingFromTheServer();
    void freezeOnTheServer();
    void recordsAndCorrectionsOnTheServer();
    void projectCodesOfferedAlike();
    void publishRefusesAFilledSchema();
    void refusedAddresses();
    void aConnectionEndedByTheServerSaysSo();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString address(const QString &schema) const { return serverAddress(m_cluster, schema); }
    // A fresh, empty schema for one test (schemas are the tests' only shared state on the cluster).
    QString freshSchema(const QString &name);
    QByteArray summaryJson(const QString &portfolio);

    PgCluster m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestServerRoundTrip::initTestCase() { VIGIE_REQUIRE_PG_CLUSTER(m_cluster); }

void TestServerRoundTrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = path(QStringLiteral("quebec.vigie"));
    const Run r
        = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), m_file });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QString TestServerRoundTrip::freshSchema(const QString &name)
{
    const QString schema = QStringLiteral("tst_roundtrip_") + name;
    const QString failure
        = adminSql(m_cluster, { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema) });
    if (!failure.isEmpty())
        qWarning("%s", qPrintable(failure));
    return schema;
}

QByteArray TestServerRoundTrip::summaryJson(const QString &portfolio)
{
    const Run r = runVigie({ QStringLiteral("summary"), portfolio, QStringLiteral("--json"),
        QStringLiteral("--as-of"), QStringLiteral("2016-08-31") });
    if (r.exitCode != 0)
        qWarning("summary %s: %s", qPrintable(portfolio), qPrintable(r.err));
    return r.exitCode == 0 ? r.out.toUtf8() : QByteArray();
}

void TestServerRoundTrip::fileServerFile()
{
    const QString server = address(freshSchema(QStringLiteral("whole")));
    Run r = runVigie({ QStringLiteral("publish"), m_file, server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("published")), qPrintable(r.out));

    const QByteArray onFile = summaryJson(m_file);
    QVERIFY(!onFile.isEmpty());
    // The same figures read on the server...
    QCOMPARE(summaryJson(server), onFile);

    // ... and in a file extracted from it, which holds the same items, fields and journal.
    const QString back = path(QStringLiteral("back.vigie"));
    r = runVigie({ QStringLiteral("extract"), server, QStringLiteral("-o"), back });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(summaryJson(back), onFile);
    r = runVigie({ QStringLiteral("diff"), m_file, back, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject diff = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(diff.value(QLatin1String("same_portfolio")).toBool(), qPrintable(r.out)); // same UUID
    QCOMPARE(diff.value(QLatin1String("added")).toInt(), 0);
    QCOMPARE(diff.value(QLatin1String("removed")).toInt(), 0);
    QCOMPARE(diff.value(QLatin1String("changed")).toInt(), 0);
}

void TestServerRoundTrip::extractForOrganizationMergesBack()
{
    const QString server = address(freshSchema(QStringLiteral("organization")));
    Run r = runVigie({ QStringLiteral("publish"), m_file, server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString copy = path(QStringLiteral("mtess.vigie"));
    r = runVigie({ QStringLiteral("extract"), server, QStringLiteral("--organization"),
        QStringLiteral("MTESS"), QStringLiteral("-o"), copy });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The organization changes its project in its copy...
    r = runVigie({ QStringLiteral("edit"), copy, QStringLiteral("--project"),
        QStringLiteral("MTESS-2013-001"), QStringLiteral("--forecast-cost"), QStringLiteral("4200000") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    // ... and the copy taken from the server merges into the file it was published from: same portfolio.
    const QString before = path(QStringLiteral("before.vigie"));
    QVERIFY(QFile::copy(m_file, before));
    r = runVigie({ QStringLiteral("merge"), m_file, copy });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    r = runVigie({ QStringLiteral("diff"), before, m_file });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("~ project MTESS-2013-001\n    Forecast cost: "))
            && r.out.contains(QStringLiteral(" → $4,200,000.00")),
        qPrintable(r.out));
}

// The server and a ministry's copy taken from it each add a project A9: the merge into the server finds
// the clash before writing (the dry run too), and taking the copy's brings it in as A9-2, in one server
// transaction, never a refused write.
void TestServerRoundTrip::aCopyAddingACodeTheServerHasMergesIntoIt()
{
    const QString server = address(freshSchema(QStringLiteral("clash")));
    Run r = runVigie({ QStringLiteral("publish"), m_file, server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString copy = path(QStringLiteral("mtess.vigie"));
    r = runVigie({ QStringLiteral("extract"), server, QStringLiteral("--organization"), QStringLiteral("MTESS"),
        QStringLiteral("-o"), copy });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto importA9 = [&](const QString &portfolio, const QString &name) {
        const QString csv = path(name + QStringLiteral(".csv"));
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("code,name,organization,budget\nA9,%1,MTESS,100000\n").arg(name).toUtf8());
        f.close();
        const Run i = runVigie({ QStringLiteral("import"), portfolio, QStringLiteral("--projects"), csv });
        if (i.exitCode != 0)
            qWarning("import %s: %s", qPrintable(portfolio), qPrintable(i.err));
        return i.exitCode == 0;
    };
    QVERIFY(importA9(server, QStringLiteral("Server A9")));
    QVERIFY(importA9(copy, QStringLiteral("Copy A9")));
    for (const QString &extra : { QStringLiteral("--dry-run"), QString() }) {
        QStringList args { QStringLiteral("merge"), server, copy };
        if (!extra.isEmpty())
            args << extra;
        r = runVigie(args);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains(QStringLiteral("CONFLICT project A9, Code: this file: A9 — Server A9")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("the copy's would come in as A9-2")), qPrintable(r.out));
    }
    r = runVigie({ QStringLiteral("merge"), server, copy, QStringLiteral("--prefer"), QStringLiteral("theirs") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QString exported = path(QStringLiteral("projects.csv"));
    r = runVigie({ QStringLiteral("export"), server, QStringLiteral("--projects"), exported });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral("\nA9,Server A9,")) && text.contains(QStringLiteral("\nA9-2,Copy A9,")), qPrintable(text.left(400)));
}

void TestServerRoundTrip::chartsAndBriefingFromTheServer()
{
    const QString server = address(freshSchema(QStringLiteral("charts")));
    Run r = runVigie({ QStringLiteral("publish"), m_file, server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("chart"), QStringLiteral("--list") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 8);
    // Every chart drawn from the server is the one drawn from the file, pixel for pixel.
    for (const QString &line : lines) {
        const QString id = line.section(QLatin1Char(' '), 0, 0);
        const QString fromServer = path(id + QStringLiteral("-server.png"));
        const QString fromFile = path(id + QStringLiteral("-file.png"));
        r = runVigie({ QStringLiteral("chart"), server, QStringLiteral("--chart"), id, QStringLiteral("-o"),
            fromServer });
        QVERIFY2(r.exitCode == 0, qPrintable(id + QStringLiteral(": ") + r.err));
        r = runVigie({ QStringLiteral("chart"), m_file, QStringLiteral("--chart"), id, QStringLiteral("-o"),
            fromFile });
        QVERIFY2(r.exitCode == 0, qPrintable(id + QStringLiteral(": ") + r.err));
        QVERIFY2(fileHash(fromServer) == fileHash(fromFile), qPrintable(id));
    }
    r = runVigie(
        { QStringLiteral("briefing"), server, QStringLiteral("-o"), path(QStringLiteral("briefing.html")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(path(QStringLiteral("briefing.html"))).size() > 10000);
}

void TestServerRoundTrip::freezeOnTheServer()
{
    // The server freezes a period as a file does: the same figures after it, and frozen rows whose
    // version 7 UUIDs (made by the statement, SqlDialect::newUuidSql) come in project order.
    const QString schema = freshSchema(QStringLiteral("freeze"));
    const QString server = address(schema);
    Run r = runVigie({ QStringLiteral("publish"), m_file, server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList freeze { QStringLiteral("--label"), QStringLiteral("March 2026"), QStringLiteral("--date"),
                               QStringLiteral("2026-03-31") };
    r = runVigie(QStringList { QStringLiteral("freeze"), server } + freeze);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    r = runVigie(QStringList { QStringLiteral("freeze"), m_file } + freeze);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(summaryJson(server), summaryJson(m_file));

    QVERIFY(adminSql(m_cluster, {}).isEmpty());
    QSqlQuery q(QSqlDatabase::database(adminConnectionName()));
    QVERIFY2(q.exec(QStringLiteral("SELECT pp.uuid FROM %1.period_project pp JOIN %1.reporting_period r "
                                   "ON r.id = pp.period_id WHERE r.label = 'March 2026' ORDER BY pp.project_id")
                        .arg(schema)),
             qPrintable(q.lastError().text()));
    static const QRegularExpression version7(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QStringList uuids;
    while (q.next()) {
        uuids << q.value(0).toString();
        QVERIFY2(version7.match(uuids.constLast()).hasMatch(), qPrintable(uuids.constLast()));
    }
    QVERIFY(uuids.size() > 10);
    QStringList sorted = uuids;
    sorted.sort();
    QCOMPARE(sorted, uuids);
}

// The edits the window makes on a shared portfolio go through the same core calls on the server: an
// envelope and a workforce record added (and a duplicate refused with why), a project's authorization
// corrected before it is reported (its original figures follow), and undone.
void TestServerRoundTrip::recordsAndCorrectionsOnTheServer()
{
    const QString server = address(freshSchema(QStringLiteral("records")));
    const Run r = runVigie({ QStringLiteral("publish"), m_file, server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    Vigie::FileError error;
    auto file = Vigie::PortfolioFile::open(server, Vigie::PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error.message));
    const QList<Vigie::Organization> organizations = Vigie::Repository::organizations(*file);
    const QList<Vigie::Specialty> specialties = Vigie::Repository::specialties(*file);
    QVERIFY(!organizations.isEmpty() && !specialties.isEmpty());
    const QString org = organizations.constFirst().uuid;

    using Vigie::Field;
    Vigie::EditResult e = Vigie::StructureEdits::add(*file, Vigie::Entity::Envelope,
                                                     { { Field::Organization, org }, { Field::FiscalYear, 2030 }, { Field::Granted, 2.5e6 } },
                                                     QStringLiteral("Add Envelope"));
    QVERIFY2(e.ok, qPrintable(e.error));
    QCOMPARE(Vigie::Repository::envelope(*file, e.uuid)->granted, 2.5e6);
    const Vigie::EditResult twice = Vigie::StructureEdits::add(*file, Vigie::Entity::Envelope,
                                                               { { Field::Organization, org }, { Field::FiscalYear, 2030 } },
                                                               QStringLiteral("Add Envelope"));
    QVERIFY(!twice.ok);
    QVERIFY2(twice.error.contains(QLatin1String("already has an envelope for fiscal year 2030-2031")), qPrintable(twice.error));
    const Vigie::EditResult record = Vigie::StructureEdits::add(
        *file, Vigie::Entity::Workforce,
        { { Field::Organization, org }, { Field::Specialty, specialties.constFirst().uuid }, { Field::SurveyDate, QStringLiteral("2030-03-31") },
          { Field::InternalFte, 4.5 } },
        QStringLiteral("Add Workforce Record"));
    QVERIFY2(record.ok, qPrintable(record.error));
    QCOMPARE(Vigie::Repository::workforce(*file, QDate(2030, 3, 31)).size(), 1);

    const Vigie::EditResult project = Vigie::StructureEdits::add(
        *file, Vigie::Entity::Project, { { Field::Code, QStringLiteral("SRV-1") }, { Field::Budget, 12.0 } }, QStringLiteral("Add Project"));
    QVERIFY2(project.ok, qPrintable(project.error));
    const Vigie::EditResult fixed = Vigie::StructureEdits::set(*file, Vigie::Entity::Project, project.uuid,
                                                               { { Field::Budget, 12e6 } }, QStringLiteral("Edit Project SRV-1"));
    QVERIFY2(fixed.ok, qPrintable(fixed.error));
    QCOMPARE(Vigie::Repository::project(*file, project.uuid)->originalBudget, 12e6);
    QVERIFY(Vigie::Edits::revert(*file, { fixed.changeset }).ok);
    QCOMPARE(Vigie::Repository::project(*file, project.uuid)->originalBudget, 12.0);
    QVERIFY(Vigie::Edits::revert(*file, { e.changeset }).ok);
    QVERIFY(!Vigie::Repository::envelope(*file, e.uuid));
}

// The codes offered as a project code is typed (measure panel): the same on the server as in the file,
// in code point order, as typed or in capitals, at most as many as asked.
void TestServerRoundTrip::projectCodesOfferedAlike()
{
    const QString server = address(freshSchema(QStringLiteral("codes")));
    const Run r = runVigie({ QStringLiteral("publish"), m_file, server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    Vigie::FileError error;
    auto onServer = Vigie::PortfolioFile::open(server, Vigie::PortfolioFile::Access::ReadOnly, &error);
    QVERIFY2(onServer, qPrintable(error.message));
    auto onFile = Vigie::PortfolioFile::open(m_file, Vigie::PortfolioFile::Access::ReadOnly, &error);
    QVERIFY2(onFile, qPrintable(error.message));
    const auto codes = [](const Vigie::PortfolioFile &file, const QString &prefix, int limit) {
        QStringList out;
        for (const Vigie::Project &p : Vigie::Repository::projectsByCodePrefix(file, prefix, limit))
            out << p.code;
        return out;
    };
    QCOMPARE(codes(*onFile, QStringLiteral("amf"), 12),
             QStringList({ QStringLiteral("AMF-2014-001"), QStringLiteral("AMF-2014-002"), QStringLiteral("AMF-2016-001") }));
    for (const QString &prefix : { QStringLiteral("amf"), QStringLiteral("C"), QStringLiteral("cnesst-2015"),
                                   QStringLiteral("ZZ"), QStringLiteral("\u00c9") })
        for (int limit : { 1, 3, 12 }) {
            const QStringList file = codes(*onFile, prefix, limit);
            QVERIFY(file.size() <= limit);
            QCOMPARE(codes(*onServer, prefix, limit), file);
        }
    QCOMPARE(codes(*onFile, QStringLiteral("C"), 3).size(), 3);
    QVERIFY(codes(*onFile, QStringLiteral("ZZ"), 12).isEmpty());
    // A code typed in another case names the same project on both: every spelling of a short code's
    // letters, or the ranges of a long one's first letters (MDDELCC: seven letters).
    const QList<std::pair<QString, QString>> typed {
        { QStringLiteral("amf-2014-001"), QStringLiteral("AMF-2014-001") },
        { QStringLiteral("mddelcc-2015-002"), QStringLiteral("MDDELCC-2015-002") },
        { QStringLiteral("Mtmdet-2015-005"), QStringLiteral("MTMDET-2015-005") },
        { QStringLiteral("MDDELCC-2015-009"), QString() },
        { QStringLiteral("amf-2014-0001"), QString() } };
    for (const auto &[text, code] : typed) {
        QCOMPARE(Vigie::Repository::matchProjectCode(*onFile, text).code, code);
        QCOMPARE(Vigie::Repository::matchProjectCode(*onServer, text).code, code);
        QVERIFY(!Vigie::Repository::matchProjectCode(*onServer, text).ambiguous());
    }
}

void TestServerRoundTrip::publishRefusesAFilledSchema()
{
    const QString server = address(freshSchema(QStringLiteral("twice")));
    Run r = runVigie({ QStringLiteral("publish"), m_file, server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("publish"), m_file, server });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("already holds a portfolio")), qPrintable(r.err));
    // The first publication is intact.
    QCOMPARE(summaryJson(server), summaryJson(m_file));
}

void TestServerRoundTrip::refusedAddresses()
{
    // A password in the address is refused: Vigie never takes or stores one.
    Run r = runVigie({ QStringLiteral("publish"), m_file,
        QStringLiteral("postgresql://vigie:secret@127.0.0.1:%1/%2")
            .arg(m_cluster.port)
            .arg(m_cluster.database) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("PGPASSWORD")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("secret")));
    // A schema nobody published into: said so, exit 3.
    r = runVigie({ QStringLiteral("summary"), address(freshSchema(QStringLiteral("empty"))) });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("no Vigie portfolio")), qPrintable(r.err));
    // What is not offered on a server says so instead of half working.
    const QString published = address(freshSchema(QStringLiteral("guards")));
    QCOMPARE(runVigie({ QStringLiteral("publish"), m_file, published }).exitCode, 0);
    r = runVigie({ QStringLiteral("new"), published });
    QCOMPARE(r.exitCode, 2);
    r = runVigie({ QStringLiteral("check"), published });
    QCOMPARE(r.exitCode, 2);
    // A server that is not there: the reason, exit 3.
    r = runVigie({ QStringLiteral("summary"), QStringLiteral("postgresql://127.0.0.1:1/vigie_test") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("cannot connect")), qPrintable(r.err));
    // libpq's reason on its two lines, told as one line (the window's connection dialog shows it too).
    QVERIFY2(r.err.trimmed().count(QLatin1Char('\n')) == 0 && !r.err.contains(QLatin1Char('\t')), qPrintable(r.err));
    // The reason in the user's language, not libpq's English.
    QCOMPARE(r.err.trimmed(), QStringLiteral("postgresql://127.0.0.1:1/vigie_test: cannot connect to the server (no server "
                                             "answers at 127.0.0.1, port 1; check that one runs there and accepts connections "
                                             "over the network)."));
    r = runVigie({ QStringLiteral("summary"), QStringLiteral("--lang"), QStringLiteral("fr"),
                   serverAddress(m_cluster, QStringLiteral("public"), QStringLiteral("nobody_here")) });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("connexion au serveur impossible (le rôle nobody_here n'y existe pas).")), qPrintable(r.err));
    r = runVigie({ QStringLiteral("summary"), QStringLiteral("--lang"), QStringLiteral("fr"),
                   QStringLiteral("postgresql://127.0.0.1:%1/no_such_base").arg(m_cluster.port) });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("(la base de données no_such_base n'y existe pas).")), qPrintable(r.err));
    // A computer whose settings require encryption (PGSSLMODE), and a server that offers none (the test cluster).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("require"));
    r = runVigie({ QStringLiteral("summary"), QStringLiteral("--lang"), QStringLiteral("fr"), published }, environment);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("connexion au serveur impossible (il n'accepte pas les connexions chiffrées (SSL), "
                                           "et les réglages de cet ordinateur en exigent une (PGSSLMODE)).")),
             qPrintable(r.err));
}

// The server's administrator ends Vigie's connection (a restart does the same): the next edit is refused
// with why in the user's words, not libpq's, and writes nothing.
void TestServerRoundTrip::aConnectionEndedByTheServerSaysSo()
{
    const QString schema = freshSchema(QStringLiteral("ended"));
    QCOMPARE(runVigie({ QStringLiteral("publish"), m_file, address(schema) }).exitCode, 0);
    QVERIFY(Language::apply(QStringLiteral("fr")));
    FileError error;
    auto file = PortfolioFile::open(address(schema), PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error.message));
    const auto project = Repository::projectByCode(*file, QStringLiteral("MTESS-2014-001"));
    QVERIFY(project);
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                  "WHERE application_name = 'vigie:%1'").arg(schema) }),
             QString());
    const EditResult r = Edits::setValue(*file, Entity::Project, project->uuid, Field::ForecastCost, 1.8e6,
                                         QStringLiteral("Prévision"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("La modification n'a pas pu être enregistrée sur le serveur (")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("le serveur a été arrêté ou redémarré, ou son administrateur a mis fin à la "
                                             "connexion (erreur PostgreSQL 57P01)"))
                 || r.error.contains(QStringLiteral("la connexion au serveur a été perdue")),
             qPrintable(r.error));
    QVERIFY2(!r.error.contains(QLatin1String("terminating")) && !r.error.contains(QLatin1String("unexpectedly")), qPrintable(r.error));
    QVERIFY(Language::apply(QStringLiteral("en")));
    file.reset();
    auto again = PortfolioFile::open(address(schema), PortfolioFile::Access::ReadOnly, &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(Repository::projectByCode(*again, QStringLiteral("MTESS-2014-001"))->forecastCost, project->forecastCost);
}

QTEST_GUILESS_MAIN(TestServerRoundTrip)
#include "tst_server_roundtrip.moc"
