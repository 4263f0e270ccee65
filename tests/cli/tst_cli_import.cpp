// `vigie import` and `vigie export` as a user runs them: the real executable, real files, exit codes.
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void dryRunRefusesWhatTheImportRefuses();
    void fileThenMessageInTheLanguage();
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
        // file:line:column, then the message, with the language's punctuation ("file:7:4 : budget :" in French).
        const QString colon = lang == QLatin1String("fr") ? QStringLiteral(" : ") : QStringLiteral(": ");
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
        const QString colon = lang == QLatin1String("fr") ? QStringLiteral(" : ") : QStringLiteral(": ");
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
