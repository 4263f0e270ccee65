// `vigie edit`, `vigie freeze` and `vigie summary --as-of` as an analyst's script runs them: every
// option, every exit code (2 a bad value, 3 a file that cannot be written, 6 a measure or project that
// does not exist) and the messages, against a real portfolio built by imports.
#include "storage/filelock.h"

#include <QDateTime>
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using VigieTest::runVigie;

namespace {
const QString kExample = QStringLiteral(VIGIE_SOURCE_DIR "/resources/examples/ontario/");
} // namespace

class TestCliEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void measure();
    void measureErrors();
    void project();
    void projectErrors();
    void authorizationCorrectedUntilReported();
    void amountsHeldToTheLargest();
    void portfolio();
    void batch();
    void batchErrors();
    void lockedFileExits3();
    void aCopysRefusalExits3();
    void lockNamingNobodyIsTakenOver();
    void freeze();
    void summaryAsOf();

private:
    QVariant scalar(const QString &sql) const;
    VigieTest::Run edit(const QStringList &args) { return runVigie(QStringList { QStringLiteral("edit"), m_path } + args); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString writeBatch(const QByteArray &lines) const;
};

QString TestCliEdit::writeBatch(const QByteArray &lines) const
{
    const QString path = m_dir->filePath(QStringLiteral("edits.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(lines) != lines.size())
        qWarning("%s: cannot be written", qPrintable(path));
    return path;
}

void TestCliEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("e.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), m_path }).exitCode, 0);
    for (const char *kind : { "organizations", "measures", "projects" }) {
        const auto r = runVigie({ QStringLiteral("import"), m_path, QStringLiteral("--%1").arg(QLatin1String(kind)),
                                  kExample + QLatin1String(kind) + QStringLiteral(".csv") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

QVariant TestCliEdit::scalar(const QString &sql) const
{
    Vigie::FileError error;
    auto file = Vigie::PortfolioFile::open(m_path, Vigie::PortfolioFile::Access::ReadOnly, &error);
    if (!file)
        return {};
    QSqlQuery q(Vigie::sqlDatabase(*file));
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

void TestCliEdit::measure()
{
    auto r = edit({ QStringLiteral("--measure"), QStringLiteral("7"), QStringLiteral("--status"), QStringLiteral("under_way"),
                    QStringLiteral("--percent"), QStringLiteral("15"), QStringLiteral("--comment"), QStringLiteral("Pilot with two banks") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Measure 7: changed.\n"));
    QCOMPARE(scalar(QStringLiteral("SELECT status || ' ' || percent_complete || ' ' || comment FROM measure WHERE number = 7")).toString(),
             QStringLiteral("under_way 15.0 Pilot with two banks"));
    // Journaled as one changeset with its undo text, and a status history row.
    QCOMPARE(scalar(QStringLiteral("SELECT label FROM changeset ORDER BY id DESC LIMIT 1")).toString(), QStringLiteral("Edit Measure 7"));
    QCOMPARE(scalar(QStringLiteral("SELECT to_status FROM measure_status_history")).toString(), QStringLiteral("under_way"));
    // Completed means 100%; the same values again change nothing.
    r = edit({ QStringLiteral("--measure"), QStringLiteral("7"), QStringLiteral("--status"), QStringLiteral("completed") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT percent_complete FROM measure WHERE number = 7")).toDouble(), 100.0);
    const QByteArray before = VigieTest::fileHash(m_path);
    r = edit({ QStringLiteral("--measure"), QStringLiteral("7"), QStringLiteral("--percent"), QStringLiteral("100") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Measure 7: already so; nothing to change.\n"));
    QCOMPARE(VigieTest::fileHash(m_path), before);
    // Another percent for a completed measure is refused, not replaced by 100 or called "already so".
    for (const QStringList &args : { QStringList { QStringLiteral("--percent"), QStringLiteral("40") },
                                     QStringList { QStringLiteral("--status"), QStringLiteral("completed"), QStringLiteral("--percent"),
                                                   QStringLiteral("30") } }) {
        r = edit(QStringList { QStringLiteral("--measure"), QStringLiteral("7") } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("Measure 7: a completed measure is 100% complete; --percent ")), qPrintable(r.err));
    }
    QCOMPARE(VigieTest::fileHash(m_path), before);
    // Both comments: the French one has its own option.
    r = edit({ QStringLiteral("--measure"), QStringLiteral("7"), QStringLiteral("--comment"), QStringLiteral("Done"),
               QStringLiteral("--comment-fr"), QStringLiteral("Terminé") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT comment || '|' || comment_fr FROM measure WHERE number = 7")).toString(),
             QStringLiteral("Done|Terminé"));
    // French messages.
    r = edit({ QStringLiteral("--measure"), QStringLiteral("2"), QStringLiteral("--percent"), QStringLiteral("5"),
               QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Mesure 2\u00a0: modification enregistrée.\n"));
}

void TestCliEdit::measureErrors()
{
    const QByteArray before = VigieTest::fileHash(m_path);
    auto r = edit({ QStringLiteral("--measure"), QStringLiteral("3"), QStringLiteral("--status"), QStringLiteral("done") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--status: \"done\" is not one of not_started, under_way, completed, cancelled.\n"));
    r = edit({ QStringLiteral("--measure"), QStringLiteral("3"), QStringLiteral("--percent"), QStringLiteral("120") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--percent: \"120\" is not a percentage from 0 to 100.\n"));
    r = edit({ QStringLiteral("--measure"), QStringLiteral("99"), QStringLiteral("--percent"), QStringLiteral("10") });
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.startsWith(QStringLiteral("Measure 99: there is no such measure in ")), qPrintable(r.err));
    r = edit({ QStringLiteral("--measure"), QStringLiteral("three"), QStringLiteral("--percent"), QStringLiteral("10") });
    QCOMPARE(r.exitCode, 2);
    r = edit({ QStringLiteral("--measure"), QStringLiteral("3") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("Nothing to change")));
    r = edit({ QStringLiteral("--measure"), QStringLiteral("3"), QStringLiteral("--forecast-cost"), QStringLiteral("5") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--forecast-cost does not apply to what is being changed.\n"));
    r = edit({ QStringLiteral("--percent"), QStringLiteral("5") });
    QCOMPARE(r.exitCode, 2);
    r = edit({ QStringLiteral("--measure"), QStringLiteral("3"), QStringLiteral("--project"), QStringLiteral("ON-01"),
               QStringLiteral("--percent"), QStringLiteral("5") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(VigieTest::fileHash(m_path), before);
}

void TestCliEdit::project()
{
    auto r = edit({ QStringLiteral("--project"), QStringLiteral("ON-03"), QStringLiteral("--forecast-cost"), QStringLiteral("95000000"),
                    QStringLiteral("--forecast-end"), QStringLiteral("2007-06-30"), QStringLiteral("--declared-cost"), QStringLiteral("red"),
                    QStringLiteral("--declared-schedule"), QStringLiteral("yellow"), QStringLiteral("--declared-overall"), QStringLiteral("red") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Project ON-03: changed.\n"));
    QCOMPARE(scalar(QStringLiteral("SELECT forecast_cost || ' ' || forecast_end || ' ' || declared_cost || ' ' || declared_schedule "
                                   "|| ' ' || declared_overall FROM project WHERE code = 'ON-03'")).toString(),
             QStringLiteral("95000000.0 2007-06-30 red yellow red"));
    // The computed colours follow the new forecast (variance 10/30: 40% over budget is red).
    QCOMPARE(scalar(QStringLiteral("SELECT computed_cost FROM project WHERE code = 'ON-03'")).toString(), QStringLiteral("red"));
    r = edit({ QStringLiteral("--project"), QStringLiteral("ON-03"), QStringLiteral("--declared-cost"), QStringLiteral("none"),
               QStringLiteral("--state"), QStringLiteral("cancelled") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(scalar(QStringLiteral("SELECT declared_cost IS NULL FROM project WHERE code = 'ON-03'")).toBool());
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM project WHERE code = 'ON-03'")).toString(), QStringLiteral("cancelled"));
}

void TestCliEdit::projectErrors()
{
    const QByteArray before = VigieTest::fileHash(m_path);
    const auto code = [&](const QStringList &args) { return edit(QStringList { QStringLiteral("--project"), QStringLiteral("ON-01") } + args); };
    auto r = code({ QStringLiteral("--declared-cost"), QStringLiteral("purple") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--declared-cost: \"purple\" is not one of green, yellow, red, none.\n"));
    r = code({ QStringLiteral("--forecast-end"), QStringLiteral("30/06/2007") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--forecast-end: \"30/06/2007\" is not a date (write it as 2018-03-31).\n"));
    r = code({ QStringLiteral("--forecast-cost"), QStringLiteral("-5") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--forecast-cost: \"-5\" is not an amount of 0 or more.\n"));
    r = code({ QStringLiteral("--state"), QStringLiteral("paused") });
    QCOMPARE(r.exitCode, 2);
    r = code({ QStringLiteral("--declared-schedule"), QStringLiteral("green"), QStringLiteral("--status"), QStringLiteral("completed") });
    QCOMPARE(r.exitCode, 2);
    r = edit({ QStringLiteral("--project"), QStringLiteral("NOPE"), QStringLiteral("--state"), QStringLiteral("completed") });
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.startsWith(QStringLiteral("Project NOPE: there is no such project in ")), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(m_path), before);
}

// The window's "Edit Project…" corrects an authorization typed wrong (25.5 for 25.5 M$) until the project
// is reported in a frozen period; the command line does the same, through the same core edit, and says
// why not once the period is frozen.
void TestCliEdit::authorizationCorrectedUntilReported()
{
    auto r = edit({ QStringLiteral("--project"), QStringLiteral("ON-02"), QStringLiteral("--budget"), QStringLiteral("2500000"),
                    QStringLiteral("--planned-end"), QStringLiteral("2005-12-31") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Project ON-02: changed.\n"));
    // The original baseline is corrected (not a second one), and the project row follows it: its budget,
    // its original figures and its computed cost (3.6 M$ against 2.5 M$: 44% over, red).
    QCOMPARE(scalar(QStringLiteral("SELECT budget || '|' || original_budget || '|' || planned_end || '|' || original_end || '|' "
                                   "|| computed_cost FROM project WHERE code = 'ON-02'")).toString(),
             QStringLiteral("2500000.0|2500000.0|2005-12-31|2005-12-31|red"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) || '|' || MAX(b.budget) || '|' || MAX(b.planned_end) FROM baseline b "
                                   "JOIN project p ON p.id = b.project_id WHERE p.code = 'ON-02'")).toString(),
             QStringLiteral("1|2500000.0|2005-12-31"));
    QCOMPARE(scalar(QStringLiteral("SELECT label FROM changeset ORDER BY id DESC LIMIT 1")).toString(), QStringLiteral("Edit Project ON-02"));

    // Checked as at creation: a plan that ends before it starts is refused.
    QByteArray before = VigieTest::fileHash(m_path);
    r = edit({ QStringLiteral("--project"), QStringLiteral("ON-02"), QStringLiteral("--planned-start"), QStringLiteral("2006-01-01") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("Project ON-02: The project is planned to end (2005-12-31) before it starts (2006-01-01).")),
             qPrintable(r.err));
    r = edit({ QStringLiteral("--project"), QStringLiteral("ON-02"), QStringLiteral("--planned-end"), QStringLiteral("2005-31-12") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--planned-end: \"2005-31-12\" is not a date (write it as 2018-03-31).\n"));
    QCOMPARE(VigieTest::fileHash(m_path), before);

    // Reported in a frozen period: the original authorization stays as reported, in either language.
    r = runVigie({ QStringLiteral("freeze"), m_path, QStringLiteral("--label"), QStringLiteral("Q4"), QStringLiteral("--date"),
                   QStringLiteral("2005-12-31") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    before = VigieTest::fileHash(m_path);
    r = edit({ QStringLiteral("--project"), QStringLiteral("ON-02"), QStringLiteral("--budget"), QStringLiteral("3500000") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("Project ON-02: Project ON-02 was reported in a frozen reporting period: its original "
                                             "budget and planned dates stay as reported.")),
             qPrintable(r.err));
    QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("Nothing was changed.")), qPrintable(r.err));
    r = edit({ QStringLiteral("--project"), QStringLiteral("ON-02"), QStringLiteral("--budget"), QStringLiteral("3500000"),
               QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Le projet ON-02 a été déclaré dans une période de référence figée")), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(m_path), before);
    // What is not the authorization is still edited as before.
    r = edit({ QStringLiteral("--project"), QStringLiteral("ON-02"), QStringLiteral("--forecast-cost"), QStringLiteral("2600000") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

// `--forecast-cost 1e300` was taken, and 12345678901234567.89 stored as 12345678901234568: amounts are
// held to Limits::maxAmount, the largest a double keeps to the cent, with a message in either language;
// the largest itself reads back to the cent.
void TestCliEdit::amountsHeldToTheLargest()
{
    const QByteArray before = VigieTest::fileHash(m_path);
    const auto forecast = [&](const QString &amount, const char *language = "en") {
        return edit({ QStringLiteral("--project"), QStringLiteral("ON-01"), QStringLiteral("--forecast-cost"), amount,
                      QStringLiteral("--lang"), QLatin1String(language) });
    };
    for (const char *amount : { "1e300", "12345678901234567.89", "10000000000000" }) {
        const auto r = forecast(QLatin1String(amount));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("--forecast-cost: the amount %1 is more than 9,999,999,999,999.99, the largest amount "
                                       "Vigie keeps to the cent.\n").arg(QLatin1String(amount)));
    }
    auto r = forecast(QStringLiteral("1e300"), "fr");
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--forecast-cost\u00a0: le montant 1e300 dépasse 9\u00a0999\u00a0999\u00a0999\u00a0999,99, le plus "
                                   "grand montant que Vigie conserve au cent près.\n"));
    for (const char *text : { "nan", "inf", "-inf", "1e999", "NaN" }) {
        r = forecast(QLatin1String(text));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("--forecast-cost: \"%1\" is not an amount of 0 or more.\n").arg(QLatin1String(text)));
    }
    const QString batch = writeBatch("--project ON-02 --forecast-cost 1000\n--project ON-01 --forecast-cost 2e13\n");
    r = runVigie({ QStringLiteral("edit"), m_path, QStringLiteral("--batch"), batch });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QDir::toNativeSeparators(batch) + QStringLiteral(":2: --forecast-cost: the amount 2e13 is more than")),
             qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(m_path), before);

    r = forecast(QStringLiteral("9999999999999.99"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const double stored = scalar(QStringLiteral("SELECT forecast_cost FROM project WHERE code = 'ON-01'")).toDouble();
    QCOMPARE(stored, 9999999999999.99);
    QCOMPARE(qint64(std::llround(stored * 100.0)), Q_INT64_C(999999999999999)); // every cent
}

// --batch: every line an edit of its own (one changeset each, as the desktop application makes them),
// comments and blank lines skipped, quoted values kept whole, the portfolio opened once.
void TestCliEdit::batch()
{
    const qint64 changesets = scalar(QStringLiteral("SELECT count(*) FROM changeset")).toLongLong();
    const QString edits = writeBatch("# the spring update\n"
                                     "--project ON-03 --forecast-cost 95000000 --declared-overall red\n"
                                     "\n"
                                     "  --measure 7 --status under_way --comment \"Pilot with two banks\"  \n"
                                     "--project ON-01 --forecast-end 2008-03-31\n"
                                     "--project ON-01 --forecast-end 2008-03-31\n");
    auto r = edit({ QStringLiteral("--batch"), edits });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Project ON-03: changed.\nMeasure 7: changed.\nProject ON-01: changed.\n"
                                   "Project ON-01: already so; nothing to change.\n"));
    QCOMPARE(scalar(QStringLiteral("SELECT forecast_cost || ' ' || declared_overall FROM project WHERE code = 'ON-03'")).toString(),
             QStringLiteral("95000000.0 red"));
    QCOMPARE(scalar(QStringLiteral("SELECT comment FROM measure WHERE number = 7")).toString(), QStringLiteral("Pilot with two banks"));
    QCOMPARE(scalar(QStringLiteral("SELECT forecast_end FROM project WHERE code = 'ON-01'")).toString(), QStringLiteral("2008-03-31"));
    // Three edits made, three changesets, each with the undo text a single edit has.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM changeset")).toLongLong(), changesets + 3);
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(label, '|') FROM (SELECT label FROM changeset ORDER BY id DESC LIMIT 3)"))
                 .toString(),
             QStringLiteral("Edit Project ON-01|Edit Measure 7|Edit Project ON-03"));
    // No edit at all (a script's batch with nothing to do this time): a success, said so, the portfolio
    // left as it was.
    const QByteArray before = VigieTest::fileHash(m_path);
    r = edit({ QStringLiteral("--batch"), writeBatch("# nothing\n") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.endsWith(QStringLiteral("edits.txt: no edit in the file; nothing to change.\n")), qPrintable(r.out));
    QCOMPARE(VigieTest::fileHash(m_path), before);
}

void TestCliEdit::batchErrors()
{
    const QByteArray before = VigieTest::fileHash(m_path);
    // A bad line anywhere: nothing is made, and the message names the line.
    auto r = edit({ QStringLiteral("--batch"), writeBatch("--project ON-01 --forecast-cost 5\n--project ON-02 --forecast-cost -5\n") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.endsWith(QStringLiteral("edits.txt:2: --forecast-cost: \"-5\" is not an amount of 0 or more. Nothing was changed.\n")),
             qPrintable(r.err));
    r = edit({ QStringLiteral("--batch"), writeBatch("--project ON-01 --forecast-cost 5\nON-02\n") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("edits.txt:2: \"ON-02\" is not an option")), qPrintable(r.err));
    r = edit({ QStringLiteral("--batch"), writeBatch("--project ON-01 --frobnicate 5\n") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("edits.txt:1: ")), qPrintable(r.err));
    r = edit({ QStringLiteral("--batch"), writeBatch("--project ON-01 --forecast-cost 5\n"), QStringLiteral("--state"),
               QStringLiteral("active") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--batch takes every edit from its file: give no --state beside it.\n"));
    // A quote never closed took the rest of the line as the value (a comment of "Delayed --project …"):
    // refused, at its column. Closed ones, """ for a quote inside and "" for an empty value (which
    // QProcess::splitCommand dropped: "Missing value after '--cio-contact'") are values as on a shell's line.
    r = edit({ QStringLiteral("--batch"), writeBatch("--project ON-01 --forecast-cost 5\n  --portfolio --name \"Ontario 2026\n") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.endsWith(QStringLiteral("edits.txt:2:22: a quoted value is never closed (missing \"). Nothing was changed.\n")),
             qPrintable(r.err));
    r = edit({ QStringLiteral("--batch"), writeBatch("--portfolio --cio-contact dana@example.org\n"
                                                  "--portfolio --name \"Ontario \"\"\"2026\"\"\"\" --cio-contact \"\"\n") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT cio_contact FROM portfolio")).toString(), QString());
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM portfolio")).toString(), QStringLiteral("Ontario \"2026\""));
    const QByteArray named = VigieTest::fileHash(m_path);
    r = edit({ QStringLiteral("--batch"), m_dir->filePath(QStringLiteral("missing.txt")) });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(VigieTest::fileHash(m_path), named);

    // What a line names is found before any edit is made: an unknown project anywhere changes nothing.
    r = edit({ QStringLiteral("--batch"),
               writeBatch("--project ON-01 --forecast-cost 5\n--project NOPE --state completed\n--project ON-02 --forecast-cost 6\n") });
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("edits.txt:2: Project NOPE: there is no such project in ")), qPrintable(r.err));
    QVERIFY2(r.err.endsWith(QStringLiteral(". Nothing was changed.\n")), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(m_path), named);

    // An edit the portfolio refuses stops the run there: the lines before it stay made, the rest are not.
    r = edit({ QStringLiteral("--batch"),
               writeBatch("--project ON-01 --forecast-cost 5\n--portfolio --name \" \"\n--project ON-02 --forecast-cost 6\n") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QStringLiteral("Project ON-01: changed.\n"));
    QVERIFY2(r.err.endsWith(QStringLiteral("edits.txt:2: Portfolio properties: The portfolio needs a name. The edits of the "
                                           "lines before it were made; this one and those after it were not.\n")),
             qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT forecast_cost FROM project WHERE code = 'ON-01'")).toDouble(), 5.0);
    QVERIFY(scalar(QStringLiteral("SELECT forecast_cost FROM project WHERE code = 'ON-02'")).toDouble() != 6.0);
}

void TestCliEdit::portfolio()
{
    auto r = edit({ QStringLiteral("--portfolio"), QStringLiteral("--name-fr"), QStringLiteral("Mon portefeuille"),
                    QStringLiteral("--jurisdiction"), QStringLiteral("Ontario"), QStringLiteral("--currency"), QStringLiteral("usd"),
                    QStringLiteral("--fiscal-year-start"), QStringLiteral("7"), QStringLiteral("--default-language"), QStringLiteral("fr"),
                    QStringLiteral("--cio-name"), QStringLiteral("Dana Tremblay"), QStringLiteral("--cio-title"), QStringLiteral("Corporate CIO"),
                    QStringLiteral("--cio-title-fr"), QStringLiteral("DPI de la fonction publique"),
                    QStringLiteral("--cio-contact"), QStringLiteral("dana@example.org"),
                    QStringLiteral("--classification"), QStringLiteral("UNCLASSIFIED") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Portfolio properties: changed.\n"));
    QCOMPARE(scalar(QStringLiteral("SELECT name_fr || '|' || jurisdiction || '|' || currency || '|' || fiscal_year_start || '|' || "
                                   "default_language || '|' || cio_name || '|' || cio_title || '|' || cio_title_fr || '|' || "
                                   "cio_contact || '|' || classification FROM portfolio")).toString(),
             QStringLiteral("Mon portefeuille|Ontario|USD|7|fr|Dana Tremblay|Corporate CIO|DPI de la fonction publique|"
                            "dana@example.org|UNCLASSIFIED"));
    r = edit({ QStringLiteral("--portfolio"), QStringLiteral("--currency"), QStringLiteral("dollars") });
    QCOMPARE(r.exitCode, 2);
    r = edit({ QStringLiteral("--portfolio"), QStringLiteral("--fiscal-year-start"), QStringLiteral("13") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--fiscal-year-start: \"13\" is not a month from 1 to 12.\n"));
    r = edit({ QStringLiteral("--portfolio"), QStringLiteral("--name"), QStringLiteral(" ") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("Portfolio properties: The portfolio needs a name. Nothing was changed.\n"));
}

void TestCliEdit::lockNamingNobodyIsTakenOver()
{
    // An empty lock file (a crash while it was written) kept the file from every edit for good, with
    // "open for editing in Vigie (another program)".
    const QString lockPath = Vigie::FileLock::lockPath(QFileInfo(m_path).absoluteFilePath());
    QVERIFY(VigieTest::writeFile(lockPath, QByteArray()));
    const QByteArray before = VigieTest::fileHash(m_path);
    auto r = edit({ QStringLiteral("--measure"), QStringLiteral("3"), QStringLiteral("--percent"), QStringLiteral("51") });
    QCOMPARE(r.exitCode, 3); // a lock being written right now looks the same: not taken yet
    QVERIFY2(r.err.contains(QStringLiteral("says it is being edited but not by whom")), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(m_path), before);
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-(Vigie::FileLock::kUnreadableLockSeconds + 5)),
                             QFileDevice::FileModificationTime));
    lock.close();
    r = edit({ QStringLiteral("--measure"), QStringLiteral("3"), QStringLiteral("--percent"), QStringLiteral("51") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QFile::exists(lockPath)); // taken over, then released
}

void TestCliEdit::lockedFileExits3()
{
    // A Vigie window holds the file for editing: scripts are refused, the file is not touched.
    Vigie::FileLock lock(QFileInfo(m_path).absoluteFilePath());
    QVERIFY(lock.tryLock());
    const QByteArray before = VigieTest::fileHash(m_path);
    auto r = edit({ QStringLiteral("--measure"), QStringLiteral("3"), QStringLiteral("--percent"), QStringLiteral("50") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("is open for editing in Vigie")), qPrintable(r.err));
    r = runVigie({ QStringLiteral("freeze"), m_path, QStringLiteral("--label"), QStringLiteral("X") });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(VigieTest::fileHash(m_path), before);
    // A file that is not a portfolio: 3 as well.
    const QString bad = m_dir->filePath(QStringLiteral("bad.vigie"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    QCOMPARE(runVigie({ QStringLiteral("edit"), bad, QStringLiteral("--measure"), QStringLiteral("3"), QStringLiteral("--percent"),
                        QStringLiteral("5") }).exitCode, 3);
}

// A copy limited to one organization refuses a change to another's project: `edit` exited 2 (a bad
// value) where `rule` exited 3 for the same refusal. The file cannot be written so: 3 for every command,
// and still 2 for a bad value in the same copy.
void TestCliEdit::aCopysRefusalExits3()
{
    const QString copy = m_dir->filePath(QStringLiteral("mbs.vigie"));
    auto r = runVigie({ QStringLiteral("extract"), m_path, QStringLiteral("--organization"), QStringLiteral("MBS"),
                        QStringLiteral("-o"), copy });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray before = VigieTest::fileHash(copy);
    const QString refusal = QStringLiteral("This copy is limited to the organization MBS: ");
    r = runVigie({ QStringLiteral("edit"), copy, QStringLiteral("--project"), QStringLiteral("ON-01"),
                   QStringLiteral("--forecast-cost"), QStringLiteral("5") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(QStringLiteral("Project ON-01: ") + refusal + QStringLiteral("the project ON-01")), qPrintable(r.err));
    r = runVigie({ QStringLiteral("edit"), copy, QStringLiteral("--portfolio"), QStringLiteral("--name"), QStringLiteral("X") });
    QCOMPARE(r.exitCode, 3);
    // Not "the item "portfolio" belongs to another organization or to the whole portfolio".
    QVERIFY2(r.err.contains(refusal + QStringLiteral("the portfolio's own properties (its names, settings and health rule) belong "
                                                     "to the whole portfolio and are read-only here. Nothing was changed.")),
             qPrintable(r.err));
    r = runVigie({ QStringLiteral("freeze"), copy, QStringLiteral("--label"), QStringLiteral("X") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(refusal + QStringLiteral("the reporting period \"X\" belongs")), qPrintable(r.err));
    // Named by its label in the reader's language (it read « l'élément « période de référence » »).
    r = runVigie({ QStringLiteral("freeze"), copy, QStringLiteral("--label"), QStringLiteral("October 2004"), QStringLiteral("--date"),
                   QStringLiteral("2004-10-31"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("MBS\u00a0: la période de référence «\u00a0octobre 2004\u00a0» appartient")), qPrintable(r.err));
    r = runVigie({ QStringLiteral("rule"), copy, QStringLiteral("--custom"), QStringLiteral("5"), QStringLiteral("20") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(refusal + QStringLiteral("the portfolio's own properties")), qPrintable(r.err));
    // An import the copy refuses: 3 as well (4 is for what the CSV holds).
    const QString csv = m_dir->filePath(QStringLiteral("other.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("code,forecast_cost\nON-01,5\n");
    f.close();
    r = runVigie({ QStringLiteral("import"), copy, QStringLiteral("--projects"), csv });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(refusal), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(copy), before);
    // The copy's own project takes a change; a bad value is still a usage error.
    r = runVigie({ QStringLiteral("edit"), copy, QStringLiteral("--project"), QStringLiteral("ON-02"),
                   QStringLiteral("--forecast-cost"), QStringLiteral("3700000") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("edit"), copy, QStringLiteral("--project"), QStringLiteral("ON-02"),
                   QStringLiteral("--declared-cost"), QStringLiteral("purple") });
    QCOMPARE(r.exitCode, 2);
}

void TestCliEdit::freeze()
{
    auto r = runVigie({ QStringLiteral("freeze"), m_path, QStringLiteral("--label"), QStringLiteral("September 2004"),
                        QStringLiteral("--label-fr"), QStringLiteral("septembre 2004"), QStringLiteral("--date"), QStringLiteral("2004-09-30") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Froze the reporting period \"September 2004\" as of ")), qPrintable(r.out));
    QCOMPARE(scalar(QStringLiteral("SELECT label || '|' || label_fr || '|' || as_of FROM reporting_period")).toString(),
             QStringLiteral("September 2004|septembre 2004|2004-09-30"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM period_measure")).toInt(), 8);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM period_project")).toInt(), 5);
    // Either label names the period: both are refused for a new one.
    for (const QString &label : { QStringLiteral("september 2004"), QStringLiteral("Septembre 2004") }) {
        r = runVigie({ QStringLiteral("freeze"), m_path, QStringLiteral("--label"), label });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("There is already a reporting period named")), qPrintable(r.err));
    }
    r = runVigie({ QStringLiteral("freeze"), m_path, QStringLiteral("--label"), QStringLiteral("Q3"), QStringLiteral("--label-fr"),
                   QStringLiteral("September 2004") });
    QCOMPARE(r.exitCode, 2);
    // A period labelled in English only reads in French with the month's French name: that name is taken too.
    r = runVigie({ QStringLiteral("freeze"), m_path, QStringLiteral("--label"), QStringLiteral("October 2004"), QStringLiteral("--date"),
                   QStringLiteral("2004-10-31"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Said in French as the briefing names it (it said « October 2004 »).
    QVERIFY2(r.out.startsWith(QStringLiteral("Période de référence «\u00a0octobre 2004\u00a0» figée au ")), qPrintable(r.out));
    r = runVigie({ QStringLiteral("freeze"), m_path, QStringLiteral("--label"), QStringLiteral("November 2004"), QStringLiteral("--label-fr"),
                   QStringLiteral("Octobre 2004") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("There is already a reporting period named \"Octobre 2004\".\n"));
    r = runVigie({ QStringLiteral("freeze"), m_path });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("A reporting period needs a label: --label LABEL.\n"));
    r = runVigie({ QStringLiteral("freeze"), m_path, QStringLiteral("--label"), QStringLiteral("Q4"), QStringLiteral("--date"),
                   QStringLiteral("2004-13-01") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM reporting_period")).toInt(), 2);
    // The French label is what a French chart shows, and --period finds the period by it.
    const QString png = m_dir->filePath(QStringLiteral("trend.png"));
    r = runVigie({ QStringLiteral("chart"), m_path, QStringLiteral("--chart"), QStringLiteral("measures-by-area"), QStringLiteral("-o"),
                   png, QStringLiteral("--period"), QStringLiteral("septembre 2004"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliEdit::summaryAsOf()
{
    const auto flags = [&](const QString &date) {
        const auto r = runVigie({ QStringLiteral("summary"), m_path, QStringLiteral("--json"), QStringLiteral("--as-of"), date });
        return QJsonDocument::fromJson(r.out.toUtf8()).object()[QLatin1String("measures")][QLatin1String("flags")].toObject();
    };
    QCOMPARE(flags(QStringLiteral("2004-06-30"))[QLatin1String("overdue")].toInt(), 0);
    QCOMPARE(flags(QStringLiteral("2005-06-30"))[QLatin1String("overdue")].toInt(), 2); // measures 1 and 3
    QCOMPARE(flags(QStringLiteral("2007-01-01"))[QLatin1String("overdue")].toInt(), 7); // all but the completed one
    QCOMPARE(edit({ QStringLiteral("--measure"), QStringLiteral("7"), QStringLiteral("--percent"), QStringLiteral("5") }).exitCode, 0);
    QCOMPARE(flags(QStringLiteral("2004-06-30"))[QLatin1String("inconsistent")].toInt(), 1); // not started at 5%
    auto r = runVigie({ QStringLiteral("summary"), m_path, QStringLiteral("--as-of"), QStringLiteral("June 2005") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("--as-of: \"June 2005\" is not a date (write it as 2016-08-31).\n"));
    r = runVigie({ QStringLiteral("summary"), m_path, QStringLiteral("--as-of"), QStringLiteral("2005-06-30") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Measures flagged as of June 30, 2005: 1 with status and percent in disagreement, 2 past due")),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cli_edit.moc"
