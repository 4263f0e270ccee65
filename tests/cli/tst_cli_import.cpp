// `vigie import` and `vigie export` as a user runs them: the real executable, real files, exit codes.
#include "testutil.h"

#include "storage/portfoliofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using VigieTest::runVigie;

namespace {
const QString kData = QStringLiteral(VIGIE_TEST_DATA "/import/");
const QString kUsDashboard = QStringLiteral(VIGIE_US_DASHBOARD_CSV);
const QString kUsMapping = QStringLiteral(VIGIE_SOURCE_DIR "/resources/mappings/us-itdashboard.json");

// What `vigie diff --json` finds between two portfolios, but the stamp an import leaves on every row it
// names (the data is current: analysis/staleness.h): "entity key: field a → b", one a line.
QStringList differences(const QString &a, const QString &b)
{
    const auto r = runVigie({ QStringLiteral("diff"), a, b, QStringLiteral("--json") });
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    if (r.exitCode != 0 || o.isEmpty())
        return { QStringLiteral("diff failed: ") + r.err };
    QStringList found;
    for (const QJsonValue &item : o[QLatin1String("items")].toArray()) {
        const QJsonObject i = item.toObject();
        const QString what = i[QLatin1String("entity")].toString() + QLatin1Char(' ') + i[QLatin1String("key")].toString();
        if (i[QLatin1String("change")].toString() != QLatin1String("changed")) {
            found << what + QLatin1Char(' ') + i[QLatin1String("change")].toString();
            continue;
        }
        for (const QJsonValue &field : i[QLatin1String("fields")].toArray()) {
            const QJsonObject f = field.toObject();
            if (f[QLatin1String("field")].toString() != QLatin1String("touched"))
                found << QStringLiteral("%1: %2 %3 → %4")
                             .arg(what, f[QLatin1String("field")].toString(),
                                  f[QLatin1String("a")].toVariant().toString(), f[QLatin1String("b")].toVariant().toString());
        }
    }
    return found;
}
} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usItDashboard();
    void strictRefusalExit4();
    void lenientAndDryRun();
    void usageAndUnusable();
    void exportThenReimport();
    void reimportedExportChangesNothing();
    void readersTablesReimportWithoutAMapping();
    void dryRunRefusesWhatTheImportRefuses();
    void aCopyVouchesForItsOwnOrganizationOnly();
    void projectCodesHeldToTheCodeLimit();
    void amountsHeldToTheLargest();
    void codesMatchIgnoringCase();
    void fileThenMessageInTheLanguage();
    void problemsNameTheColumnAsTheFileHeadsIt();
};

void TestCliImport::usItDashboard()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("us.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), kUsDashboard,
                        QStringLiteral("--mapping"), kUsMapping });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Rows read: 2,472")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Projects created: 2,468, updated: 0, unchanged: 0")));
    QVERIFY(r.out.contains(QStringLiteral("Rows repeating an earlier project code (kept once): 4")));
    QCOMPARE(r.err.count(QStringLiteral("already appeared on line")), 4);
    QVERIFY(r.err.contains(QStringLiteral("us-itdashboard-projects-2012.csv:499:6: project code \"2672\"")));

    r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject projects = QJsonDocument::fromJson(r.out.toUtf8()).object()[QLatin1String("projects")].toObject();
    QCOMPARE(projects[QLatin1String("active")].toInt(), 2468);
    const auto count = [&](const char *indicator, const char *colour) {
        return projects[QLatin1String(indicator)][QLatin1String(colour)][QLatin1String("count")].toInt();
    };
    QCOMPARE(count("cost", "green"), 1949);
    QCOMPARE(count("cost", "yellow"), 260);
    QCOMPARE(count("cost", "red"), 242);
    QCOMPARE(count("cost", "unrated"), 17);
    QCOMPARE(count("schedule", "green"), 1885);
    QCOMPARE(count("schedule", "yellow"), 193);
    QCOMPARE(count("schedule", "red"), 373);
    QCOMPARE(count("schedule", "unrated"), 17);
    // The planned costs add up to $50,301.821979M, i.e. 50,301.822 million at three decimals.
    const double total = projects[QLatin1String("total_amount")].toDouble();
    QCOMPARE(total, 50301821979.0);
    QCOMPARE(qRound64(total / 1000.0), Q_INT64_C(50301822));

    // Importing again updates nothing and creates nothing.
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), kUsDashboard,
                   QStringLiteral("--mapping"), kUsMapping });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Projects created: 0, updated: 0, unchanged: 2,468")), qPrintable(r.out));
}

void TestCliImport::strictRefusalExit4()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    const QByteArray before = VigieTest::fileHash(path);
    const QString csv = kData + QStringLiteral("bad-amount-line7.csv");
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("fr") }) {
        const auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--lang"), lang });
        QCOMPARE(r.exitCode, 4);
        // file:line:column, then the message, with the language's punctuation ("file:7:4\u00a0: budget\u00a0:" in French).
        const QString colon = lang == QLatin1String("fr") ? QStringLiteral("\u00a0: ") : QStringLiteral(": ");
        QVERIFY2(r.err.contains(csv + QStringLiteral(":7:4") + colon + QStringLiteral("budget") + colon), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("12abc")));
        // One problem, said in the singular ("1 problem(s)" in English before).
        QVERIFY2(r.err.contains(lang == QLatin1String("fr") ? QString::fromUtf8("1 problème trouvé;")
                                                            : QStringLiteral("1 problem found;")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(VigieTest::fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("p.vigie") });
}

void TestCliImport::lenientAndDryRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    const QByteArray before = VigieTest::fileHash(path);
    const QString csv = kData + QStringLiteral("lenient.csv");
    auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--lenient"),
                        QStringLiteral("--dry-run") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Dry run")), qPrintable(r.out));
    QCOMPARE(VigieTest::fileHash(path), before);
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--lenient") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Projects created: 4")));
    QVERIFY(r.out.contains(QStringLiteral("Warnings: 5")));
    QCOMPARE(r.err.count(QStringLiteral("warning: ")), 5);
    QVERIFY(r.err.contains(csv + QStringLiteral(":5:5: cost_declared: \"purple\"")));
    QVERIFY(VigieTest::fileHash(path) != before);
}

void TestCliImport::usageAndUnusable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    const QString csv = kData + QStringLiteral("quoted.csv");
    QCOMPARE(runVigie({ QStringLiteral("import"), path }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("import") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--bogus") }).exitCode, 2);
    // A mapping with an unknown field is named.
    const QString mapping = dir.filePath(QStringLiteral("m.json"));
    QFile m(mapping);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(R"({"columns": {"code": "code", "budjet": "budget"}})");
    m.close();
    auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--mapping"), mapping });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("budjet")));
    // A portfolio that is not one.
    const QString notVigie = dir.filePath(QStringLiteral("bad.vigie"));
    QFile b(notVigie);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("not a database");
    b.close();
    QCOMPARE(runVigie({ QStringLiteral("import"), notVigie, QStringLiteral("--projects"), csv }).exitCode, 3);
    QCOMPARE(runVigie({ QStringLiteral("export"), notVigie, QStringLiteral("--projects"), dir.filePath(QStringLiteral("o.csv")) }).exitCode, 3);
    // A CSV that is not there: the import is refused.
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), dir.filePath(QStringLiteral("none.csv")) });
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(QStringLiteral("none.csv")));
    QCOMPARE(runVigie({ QStringLiteral("export"), path }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), dir.filePath(QStringLiteral("o.txt")) }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), dir.filePath(QStringLiteral("o.csv")),
                        QStringLiteral("--measures"), dir.filePath(QStringLiteral("o.csv")) }).exitCode, 2);
}

void TestCliImport::exportThenReimport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    QCOMPARE(runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), kData + QStringLiteral("french-excel.csv") }).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("fr.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("all.xlsx"));
    auto r = runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), csv, QStringLiteral("--excel-fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), xlsx, QStringLiteral("--measures"), xlsx,
                   QStringLiteral("--workforce"), xlsx });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(xlsx));
    const QString copy = dir.filePath(QStringLiteral("copy.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), copy }).exitCode, 0);
    r = runVigie({ QStringLiteral("import"), copy, QStringLiteral("--projects"), csv });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Projects created: 3")), qPrintable(r.out));
    const auto a = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json") });
    const auto b = runVigie({ QStringLiteral("summary"), copy, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(b.out.toUtf8()).object()[QLatin1String("projects")],
             QJsonDocument::fromJson(a.out.toUtf8()).object()[QLatin1String("projects")]);
}

void TestCliImport::reimportedExportChangesNothing()
{
    // The projects export carries the variances the rule computes; read back as variances "reported by
    // the source" they overrode the rule: every project was updated and kept its colour whatever its
    // forecast did next.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.vigie"));
    const QString copy = dir.filePath(QStringLiteral("qri.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), path }).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("q1.csv"));
    QCOMPARE(runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), csv }).exitCode, 0);
    QVERIFY(QFile::copy(path, copy));
    auto r = runVigie({ QStringLiteral("import"), copy, QStringLiteral("--projects"), csv });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Projects created: 0, updated: 0, unchanged: 214")), qPrintable(r.out));
    QCOMPARE(differences(path, copy), QStringList());

    // The rule is still in force: the same edit turns both copies red.
    for (const QString &p : { path, copy }) {
        r = runVigie({ QStringLiteral("edit"), p, QStringLiteral("--project"), QStringLiteral("AMF-2014-001"),
                       QStringLiteral("--forecast-cost"), QStringLiteral("9000000") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    QCOMPARE(differences(path, copy), QStringList());
    r = runVigie({ QStringLiteral("export"), copy, QStringLiteral("--projects"), csv });
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    const auto cell = [&](const QByteArray &line, const char *column) {
        return line.trimmed().split(',').value(header.indexOf(column));
    };
    for (const QByteArray &line : lines) {
        if (!line.startsWith("AMF-2014-001,"))
            continue;
        QCOMPARE(cell(line, "cost_health"), QByteArray("red"));
        QCOMPARE(cell(line, "cost_variance_percent"), QByteArray()); // nothing reported
        QCOMPARE(cell(line, "cost_variance_latest_percent"), QByteArray("179.850746")); // computed: 9,000,000 / 3,216,000
    }
    QVERIFY(header.contains("schedule_variance_latest_percent"));
}

// A ministry answers with the tables Vigie exported for it in French ("CSV for French Excel"): `vigie
// import` without a mapping refused each for want of a "code" column. It reads them now, in English as in
// French, and an unchanged table changes nothing (vigie diff).
void TestCliImport::readersTablesReimportWithoutAMapping()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.vigie"));
    const QString copy = dir.filePath(QStringLiteral("ministry.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), path }).exitCode, 0);
    QVERIFY(QFile::copy(path, copy));
    const struct
    {
        const char *option;
        const char *summary;
    } tables[] = { { "--projects", "Projects created: 0, updated: 0, unchanged: 214" },
                   { "--measures", "Measures created: 0, updated: 0, unchanged: 36" },
                   { "--workforce", "Workforce records created: 0, updated: 0, unchanged: 2,170" } };
    for (const auto &t : tables) {
        const QString option = QString::fromLatin1(t.option);
        const QString csv = dir.filePath(option.mid(2) + QStringLiteral("-fr.csv"));
        auto r = runVigie({ QStringLiteral("export"), path, option, csv, QStringLiteral("--excel-fr"), QStringLiteral("--lang"),
                            QStringLiteral("fr") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(f.readLine());
        // French readers' headers, none of the data format's.
        QVERIFY2(header.contains(QStringLiteral(";Nom;")) || header.contains(QStringLiteral(";Titre;"))
                     || header.contains(QStringLiteral("Organisme;")),
                 qPrintable(header));
        QVERIFY(!header.contains(QStringLiteral("code;")) && !header.contains(QStringLiteral("key_area")));
        r = runVigie({ QStringLiteral("import"), copy, option, csv });
        QVERIFY2(r.exitCode == 0, qPrintable(option + QLatin1Char(' ') + r.err));
        QVERIFY2(r.out.contains(QString::fromLatin1(t.summary)), qPrintable(r.out));
    }
    QCOMPARE(differences(path, copy), QStringList());
}

void TestCliImport::aCopyVouchesForItsOwnOrganizationOnly()
{
    // A ministry re-imports the whole portfolio's export into its copy: nothing changes, so the import is
    // taken, and only its own organization's projects and measures count as updated (it used to be
    // refused, the copy's scope seeing every project "touched", while the dry run said yes).
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("q.vigie"));
    const QString copy = dir.filePath(QStringLiteral("mtess.vigie"));
    const QString projects = dir.filePath(QStringLiteral("p.csv"));
    const QString measures = dir.filePath(QStringLiteral("m.csv"));
    QCOMPARE(runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), sample }).exitCode, 0);
    QCOMPARE(runVigie({ QStringLiteral("export"), sample, QStringLiteral("--projects"), projects }).exitCode, 0);
    QCOMPARE(runVigie({ QStringLiteral("export"), sample, QStringLiteral("--measures"), measures }).exitCode, 0);
    QCOMPARE(runVigie({ QStringLiteral("extract"), sample, QStringLiteral("--organization"), QStringLiteral("MTESS"), QStringLiteral("-o"), copy })
                 .exitCode,
             0);
    for (const QStringList &kind : { QStringList { QStringLiteral("--projects"), projects },
                                     QStringList { QStringLiteral("--measures"), measures } }) {
        const auto r = runVigie(QStringList { QStringLiteral("import"), copy } + kind);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("created: 0, updated: 0, unchanged: ")), qPrintable(r.out));
    }
    const auto touched = [&](const QString &sql) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("touched"));
        db.setDatabaseName(copy);
        int n = -1;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("touched"));
        return n;
    };
    const QString projectsOf = QStringLiteral("SELECT COUNT(*) FROM project p JOIN organization o ON o.id = p.organization_id "
                                              "WHERE o.code %1 'MTESS' AND p.touched IS %2 NULL");
    QCOMPARE(touched(projectsOf.arg(QStringLiteral("<>"), QStringLiteral("NOT"))), 0);
    QVERIFY(touched(projectsOf.arg(QStringLiteral("="), QStringLiteral("NOT"))) > 0);
    QCOMPARE(touched(projectsOf.arg(QStringLiteral("="), QString())), 0);
}

void TestCliImport::dryRunRefusesWhatTheImportRefuses()
{
    // The workforce export names organizations in English; into an empty portfolio each becomes a new
    // organization, with that name as its code, and one is 76 characters long. The dry run said yes, the
    // import said "cannot be written (The code ... is too long)" about the portfolio.
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("q.vigie"));
    const QString path = dir.filePath(QStringLiteral("w.vigie"));
    const QString csv = dir.filePath(QStringLiteral("qw1.csv"));
    QCOMPARE(runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), sample }).exitCode, 0);
    QCOMPARE(runVigie({ QStringLiteral("export"), sample, QStringLiteral("--workforce"), csv }).exitCode, 0);
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--workforce"), csv, QStringLiteral("--dry-run") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString planned = r.out.section(QLatin1Char('\n'), 1); // but "Dry run: nothing was written."
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--workforce"), csv });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Organizations created: 59")), qPrintable(r.out));
    QCOMPARE(planned.replace(QStringLiteral(" that would be "), QStringLiteral(" ")), r.out);

    // A code a new organization cannot have: refused at its cell by both.
    const QString organizations = dir.filePath(QStringLiteral("o.csv"));
    QVERIFY(VigieTest::writeFile(organizations, "code,name\nSHORT,Short\n" + QByteArray(70, 'X') + ",Long\n"));
    const QByteArray before = VigieTest::fileHash(path);
    for (const bool dryRun : { true, false }) {
        QStringList args { QStringLiteral("import"), path, QStringLiteral("--organizations"), organizations };
        if (dryRun)
            args << QStringLiteral("--dry-run");
        r = runVigie(args);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith(organizations + QStringLiteral(":3:1: code: the code is 70 characters long, and a new "
                                                                 "code has at most 60\n")),
                 qPrintable(r.err));
    }
    QCOMPARE(VigieTest::fileHash(path), before);

    // A plan that ends before it starts: taken as the source has it, with a warning at its cell.
    const QString reversed = dir.filePath(QStringLiteral("rev.csv"));
    QVERIFY(VigieTest::writeFile(reversed, "code,name,budget,start,planned_end\nREV-1,Reversed,1000,2018-01-01,2017-01-01\n"
                                           "OK-1,Fine,1000,2017-01-01,2018-01-01\n"));
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), reversed, QStringLiteral("--dry-run") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QStringLiteral("warning: %1:2:5: planned_end: the planned end 2017-01-01 is not after the start 2018-01-01: the "
                                   "schedule cannot be rated against this plan\n").arg(reversed));
    // A year no plan holds (1 for 2021): refused at its cell, in both languages, as the edits refuse it.
    const QString typo = dir.filePath(QStringLiteral("typo.csv"));
    QVERIFY(VigieTest::writeFile(typo, "code,name,budget,start,planned_end\nTYPO-1,Typo,1000,2017-01-01,0001-03-31\n"));
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), typo });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.startsWith(typo + QStringLiteral(":2:5: planned_end: the date 0001-03-31 is not between 1900 and 2200\n")),
             qPrintable(r.err));
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), typo, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral(":2:5\u00a0: planned_end\u00a0: la date 0001-03-31 n'est pas entre 1900 et 2200\n")), qPrintable(r.err));
    // An FTE count no survey holds (a typo of many digits): refused at its cell, in both languages.
    const QString workforce = dir.filePath(QStringLiteral("w.csv"));
    QVERIFY(VigieTest::writeFile(workforce, "organization,specialty,survey_date,internal_fte,external_fte\n"
                                            "SHORT,ANAL-FONC,2016-03-31,2.5,1\n"
                                            "SHORT,ANAL-FONC,2017-03-31,5e9,1\n"));
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--workforce"), workforce });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.startsWith(workforce + QStringLiteral(":3:4: internal_fte: the number 5e9 is more than 1,000,000 full-time equivalents\n")),
             qPrintable(r.err));
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--workforce"), workforce, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral(":3:4\u00a0: internal_fte\u00a0: le nombre 5e9 dépasse 1"))
                 && r.err.contains(QStringLiteral("000 équivalents temps complet\n")),
             qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(path), before);
}

// An import created projects with codes of up to 200 characters, which the forms and the edit refuse
// past 60: a new project's code is now held to the one limit (Limits::codeLength) at its cell, by the dry
// run as by the import, in both languages; a project a file already has under a longer code is still
// found and updated.
void TestCliImport::projectCodesHeldToTheCodeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    const QByteArray sixty(60, 'S'), sixtyOne(61, 'L');
    const QString csv = dir.filePath(QStringLiteral("codes.csv"));
    QVERIFY(VigieTest::writeFile(csv, "code,name\n" + sixty + ",Sixty\n" + sixtyOne + ",Sixty-one\n"));
    const QByteArray before = VigieTest::fileHash(path);
    for (const bool dryRun : { true, false }) {
        QStringList args { QStringLiteral("import"), path, QStringLiteral("--projects"), csv };
        if (dryRun)
            args << QStringLiteral("--dry-run");
        auto r = runVigie(args);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith(csv + QStringLiteral(":3:1: code: the code is 61 characters long, and a new code has at most 60\n")),
                 qPrintable(r.err));
        r = runVigie(args + QStringList { QStringLiteral("--lang"), QStringLiteral("fr") });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith(csv + QStringLiteral(":3:1\u00a0: code\u00a0: le code a 61 caractères, et un nouveau code en a au plus 60\n")),
                 qPrintable(r.err));
    }
    QCOMPARE(VigieTest::fileHash(path), before);
    auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--lenient") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral(":3:1: code: the code is 61 characters long, and a new code has at most 60; the row is skipped")),
             qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Projects created: 1, updated: 0, unchanged: 0\nRows skipped: 1\n")), qPrintable(r.out));

    // A project with a longer code, as an earlier version's import wrote it, is updated by its code.
    const QString legacy = QString::fromLatin1(QByteArray(80, 'O'));
    {
        Vigie::FileError error;
        auto file = Vigie::PortfolioFile::open(path, Vigie::PortfolioFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error.message));
        QString why;
        QVERIFY2(file->insertRow(Vigie::Entity::Project, { { Vigie::Field::Code, legacy }, { Vigie::Field::NameEn, QStringLiteral("Old") } },
                                 QString(), &why).size() > 0, qPrintable(why));
    }
    QVERIFY(VigieTest::writeFile(csv, "code,name\n" + legacy.toLatin1() + ",Renamed\n"));
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Projects created: 0, updated: 1, unchanged: 0")), qPrintable(r.out));
}

// A budget of 1e300 was imported, and 12345678901234567.89 lost its cents and last digits: every amount
// an import reads (projects, envelopes; after the mapping's money scale) is held to Limits::maxAmount at
// its cell, by the dry run as by the import, in either language; NaN and infinity are not numbers; the
// largest amount is written and exported to the cent.
void TestCliImport::amountsHeldToTheLargest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("amounts.csv"));
    QVERIFY(VigieTest::writeFile(csv, "code,name,budget,forecast_cost\n"
                                      "A-1,Largest,9999999999999.99,1\n"
                                      "A-2,Huge,1e300,\n"
                                      "A-3,Digits,12345678901234567.89,\n"
                                      "A-4,Not a number,NaN,\n"
                                      "A-5,Infinite,5,-inf\n"));
    const QByteArray before = VigieTest::fileHash(path);
    const QString tooLarge = QStringLiteral("budget: the amount %1 is more than 9,999,999,999,999.99, the largest amount Vigie keeps to the cent");
    for (const bool dryRun : { true, false }) {
        QStringList args { QStringLiteral("import"), path, QStringLiteral("--projects"), csv };
        if (dryRun)
            args << QStringLiteral("--dry-run");
        auto r = runVigie(args);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err.split(QLatin1Char('\n')).mid(0, 4),
                 (QStringList { csv + QStringLiteral(":3:3: ") + tooLarge.arg(QStringLiteral("1e300")),
                                csv + QStringLiteral(":4:3: ") + tooLarge.arg(QStringLiteral("12345678901234567.89")),
                                csv + QStringLiteral(":5:3: budget: \"NaN\" is not a number"),
                                csv + QStringLiteral(":6:4: forecast_cost: \"-inf\" is not a number") }));
        r = runVigie(args + QStringList { QStringLiteral("--lang"), QStringLiteral("fr") });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith(csv + QStringLiteral(":3:3\u00a0: budget\u00a0: le montant 1e300 dépasse 9\u00a0999\u00a0999\u00a0999\u00a0999,99, "
                                                       "le plus grand montant que Vigie conserve au cent près\n")),
                 qPrintable(r.err));
    }
    QCOMPARE(VigieTest::fileHash(path), before);

    // In millions (the mapping's money scale), the limit is on the dollars, and the message gives them.
    const QString mapping = dir.filePath(QStringLiteral("millions.json"));
    QVERIFY(VigieTest::writeFile(mapping, R"({"money_scale": 1000000, "columns": {"code": "code", "name": "name", "budget": "budget"}})"));
    const QString millions = dir.filePath(QStringLiteral("millions.csv"));
    QVERIFY(VigieTest::writeFile(millions, "code,name,budget\nM-1,Ten trillion,10000000\nM-2,Fine,9999999.99\n"));
    auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), millions, QStringLiteral("--mapping"), mapping });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.startsWith(millions + QStringLiteral(":2:3: ") + tooLarge.arg(QStringLiteral("10,000,000,000,000.00")) + QLatin1Char('\n')),
             qPrintable(r.err));
    // Envelopes too.
    const QString envelopes = dir.filePath(QStringLiteral("envelopes.csv"));
    QVERIFY(VigieTest::writeFile(envelopes, "fiscal_year,organization,planned_needs,granted,committed\n2016,TBS,1,2e13,0\n"));
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--envelopes"), envelopes });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.startsWith(envelopes + QStringLiteral(":2:4: granted: the amount 2e13 is more than 9,999,999,999,999.99")), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(path), before);

    // Leniently, the bad amounts are left empty; the largest one is kept to the cent.
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--lenient") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(csv + QStringLiteral(":3:3: ") + tooLarge.arg(QStringLiteral("1e300")) + QStringLiteral("; left empty")),
             qPrintable(r.err));
    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), exported }).exitCode, 0);
    QFile out(exported);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray text = out.readAll();
    QVERIFY2(text.contains("A-1,Largest,,,,,9999999999999.99,"), text.constData());
}

// "on-01" created a second project beside ON-01, and a measures column could name a measure only by a
// number (two plans having one was refused with no way around it) and said "not a list of numbers" of
// anything else. Codes are unique ignoring case: a project's, and a plan's in "PLAN:NUMBER", are found as
// written, else ignoring case when one only is the same so (the report says which it took), and a
// reference naming none or several says which there are.
void TestCliImport::codesMatchIgnoringCase()
{
    const QString example = QStringLiteral(VIGIE_SOURCE_DIR "/resources/examples/ontario/");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    for (const char *kind : { "organizations", "measures", "projects" })
        QCOMPARE(runVigie({ QStringLiteral("import"), path, QStringLiteral("--%1").arg(QLatin1String(kind)),
                            example + QLatin1String(kind) + QStringLiteral(".csv") }).exitCode, 0);
    // A second plan with its own measure 1: the number alone no longer names one measure.
    const QString plan = dir.filePath(QStringLiteral("plan.csv"));
    QVERIFY(VigieTest::writeFile(plan, "plan,area,number,title\nQC-2015,1,1,Governance\n"));
    QCOMPARE(runVigie({ QStringLiteral("import"), path, QStringLiteral("--measures"), plan }).exitCode, 0);

    const QString csv = dir.filePath(QStringLiteral("links.csv"));
    QVERIFY(VigieTest::writeFile(csv, "code,name,measures\n"
                                      "on-01,Renamed,on-egov:1; 3\n"
                                      "ON-02,Two,1\n"
                                      "ON-03,Three,m1.2\n"
                                      "ON-04,Four,QC-2015:7\n"
                                      "ON-05,Five,XX:1\n"));
    const QByteArray before = VigieTest::fileHash(path);
    auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv });
    QCOMPARE(r.exitCode, 4);
    const QStringList errors = r.err.split(QLatin1Char('\n')).mid(0, 4);
    QCOMPARE(errors, (QStringList {
        csv + QStringLiteral(":3:3: measures: measure 1 exists in plans ON-EGOV, QC-2015: write its plan's code before it, as ON-EGOV:1"),
        csv + QStringLiteral(":4:3: measures: \"m1.2\" names no measure: write a measure's number, as 1, or its plan's code and its "
                             "number, as ON-EGOV:1"),
        csv + QStringLiteral(":5:3: measures: plan QC-2015 has no measure 7"),
        csv + QStringLiteral(":6:3: measures: there is no plan with the code \"XX\"; the plans are ON-EGOV, QC-2015") }));
    // What matched ignoring case is said, as warnings; nothing was created or written.
    QVERIFY2(r.err.contains(csv + QStringLiteral(":2:1: code: \"on-01\" was taken as project ON-01, the code as the portfolio writes it\n")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(csv + QStringLiteral(":2:3: measures: \"on-egov:1\" was taken as ON-EGOV:1, the plan's code as the portfolio "
                                                 "writes it\n")),
             qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(path), before);
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--dry-run"), QStringLiteral("--lang"),
                   QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(csv + QStringLiteral(":3:3\u00a0: measures\u00a0: la mesure 1 existe dans les plans ON-EGOV, QC-2015\u00a0: écrivez le code de "
                                                 "son plan devant, comme ON-EGOV:1\n")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(csv + QStringLiteral(":2:1\u00a0: code\u00a0: «\u00a0on-01\u00a0» a été lu comme le projet ON-01")), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty() && r.err.contains(QStringLiteral("Projets qui seraient créés\u00a0: 0, mis à jour\u00a0: 5")), qPrintable(r.err));

    // Leniently: the row updates ON-01 (no project "on-01"), linked to ON-EGOV's measures 1 and 3.
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--lenient") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Projects created: 0, updated: 5")), qPrintable(r.out));
    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), exported }).exitCode, 0);
    QFile out(exported);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(out.readAll());
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\nON-01,Renamed,[^\n]*,\"?1; 3\"?,"))), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("\non-01,")));

    // `vigie edit` finds a project the same way, and says which.
    r = runVigie({ QStringLiteral("edit"), path, QStringLiteral("--project"), QStringLiteral("on-02"), QStringLiteral("--state"),
                   QStringLiteral("completed") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Project ON-02: changed.\n"));

    // Two projects whose codes differ only in case, as a file from before that rule may hold: neither.
    {
        Vigie::FileError error;
        auto file = Vigie::PortfolioFile::open(path, Vigie::PortfolioFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error.message));
        QString why;
        QVERIFY2(!file->insertRow(Vigie::Entity::Project, { { Vigie::Field::Code, QStringLiteral("On-03") } }, QString(), &why).isEmpty(),
                 qPrintable(why));
    }
    QVERIFY(VigieTest::writeFile(csv, "code,name\non-03,Which?\n"));
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.startsWith(csv + QStringLiteral(":2:1: code: the code \"on-03\" is that of projects ON-03, On-03, whose codes differ "
                                                   "only in case: write one as it is\n")),
             qPrintable(r.err));
    r = runVigie({ QStringLiteral("edit"), path, QStringLiteral("--project"), QStringLiteral("on-03"), QStringLiteral("--state"),
                   QStringLiteral("completed"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("Projet on-03\u00a0: le code est celui des projets ON-03, On-03, dont les codes ne diffèrent que "
                                             "par la casse\u00a0: donnez-en un tel quel.")),
             qPrintable(r.err));
}

// "FILE: message" is worded in the output's language: « FILE : message » in French, where the file's name
// was followed by an untranslated ": " (a CSV without the columns it needs, a mapping that names none).
void TestCliImport::fileThenMessageInTheLanguage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("no-code.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,budget\nSomething,1000\n");
    f.close();
    const QString mapping = dir.filePath(QStringLiteral("no-code.json"));
    QFile m(mapping);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write("{\"columns\": {\"name\": \"name\"}}");
    m.close();
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("fr") }) {
        const QString colon = lang == QLatin1String("fr") ? QStringLiteral("\u00a0: ") : QStringLiteral(": ");
        auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--lang"), lang });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("no-code.csv") + colon), qPrintable(r.err));
        r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--mapping"), mapping,
                       QStringLiteral("--lang"), lang });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("no-code.json") + colon), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"

// A problem named the field by the mapping's key ("budget: …") where the file's column reads « Budget
// autorisé » (a French Excel file, as Vigie exports it): now by the header the reader sees in the
// spreadsheet; by the key where that header cannot be shown (a control character, a line's length).
void TestCliImport::problemsNameTheColumnAsTheFileHeadsIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("projets.csv"));
    QVERIFY(VigieTest::writeFile(csv, "Code du projet;Nom;Organisme;Budget autoris\xc3\xa9\r\nA-1;Projet A;ORG;abc\r\n"));
    auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.startsWith(csv + QStringLiteral(":2:4\u00a0: Budget autorisé\u00a0: «\u00a0abc\u00a0» n'est pas un nombre\n")),
             qPrintable(r.err));

    // Mapped by number, under headers no message can carry.
    const QString odd = dir.filePath(QStringLiteral("odd.csv"));
    const QByteArray longHeader = QByteArray(61, 'B');
    QVERIFY(VigieTest::writeFile(odd, "c,n,o,Bud\x07get," + longHeader + "\nA-1,Projet A,ORG,abc,xyz\n"));
    const QString mapping = dir.filePath(QStringLiteral("map.json"));
    QVERIFY(VigieTest::writeFile(mapping, R"({"columns": {"code": 1, "name": 2, "organization": 3, "budget": 4, "forecast_cost": 5}})"));
    r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), odd, QStringLiteral("--mapping"), mapping });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(odd + QStringLiteral(":2:4: budget: \"abc\" is not a number\n"))
                 && r.err.contains(odd + QStringLiteral(":2:5: forecast_cost: \"xyz\" is not a number\n")),
             qPrintable(r.err));
}
