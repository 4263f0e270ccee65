// The benchmark program on a small portfolio (500 projects, one run a side): it must print every row of
// its table with figures, and the sqlite3 reference where there is one. Timings
// are not judged here (no timing assertions in tests); docs/PERFORMANCE.md has the real run.
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestBenchSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsEveryRow();
};

void TestBenchSmoke::printsEveryRow()
{
    QTemporaryDir work;
    QProcess p;
    p.start(QStringLiteral(VIGIE_BENCH_BIN), { QStringLiteral("--projects"), QStringLiteral("500"), QStringLiteral("--repeat"),
                                               QStringLiteral("1"), QStringLiteral("--work"), work.path() });
    QVERIFY(p.waitForFinished(240000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput());
    const QString errors = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output + errors));
    QVERIFY2(output.contains(QStringLiteral("Vigie benchmark: 500 projects")), qPrintable(output));
    // The start row runs 41 times a side whatever --repeat says: a few milliseconds each, in a machine's noise.
    QVERIFY2(output.contains(QStringLiteral("; 1 run(s) a side (command start: 41), alternating")), qPrintable(output));
    QCOMPARE(errors.count(QStringLiteral("command start: `vigie summary --json` of an empty file (")), 41);
    QVERIFY(errors.contains(QStringLiteral("command start: `vigie summary --json` of an empty file (41/41)")));

    const bool haveSqlite = !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
    const QString figure = QStringLiteral("[0-9]+\\.[0-9]");
    struct Expected
    {
        const char *label;
        bool reference; // has a sqlite3 reference
    };
    const Expected rows[] = {
        { "command start: `vigie summary --json` of an empty file", true },
        { "`vigie summary --json`", true },
        { "trend chart: `vigie chart --chart health-trend` to PNG", true },
        { "briefing PDF: `vigie briefing`", false },
        { "synthetic sample: `vigie sample synthetic --projects 500`", true },
        { "`vigie import` of a 500-row CSV", true },
        { "`vigie export --projects` of 500 projects to CSV", true },
        { "merge 10 copies, 50 changed projects each", false },
        { "window, Projects view: first screen", false },
        { "window, Projects view: all 500 rows loaded", false },
        { "window: sort by cost, first screen sorted", false },
        { "window: sort by name, first screen sorted", false },
        { "window: filter keystroke, first screen (slowest of \"payroll\")", false },
        { "window: longest GUI stall while opening", false },
    };
    for (const Expected &row : rows) {
        // | label | best | median | CPU | peak | reference | ref. best | ref. median | ref. CPU | ref. peak | ratio | target | met |
        const QString reference = row.reference && haveSqlite
            ? QStringLiteral("sqlite3[^|]+ \\| %1 \\| %1 \\| (%1|—) \\| (%1|—) \\| %1[0-9]*×").arg(figure)
            : QStringLiteral("— [^|]*\\| — \\| — \\| — \\| — \\| —");
        const QRegularExpression re(QStringLiteral("^\\| %1 \\| %2 \\| %2 \\| (%2|—) \\| %2 \\| %3 \\| [^|]+ \\| (yes|\\*\\*no\\*\\*|—) \\|$")
                                        .arg(QRegularExpression::escape(QLatin1String(row.label)), figure, reference),
                                    QRegularExpression::MultilineOption);
        QVERIFY2(re.match(output).hasMatch(), qPrintable(QLatin1String(row.label) + QLatin1Char('\n') + output));
    }
    // The import has two references (the same rows, and a bare .import), each with its target.
    if (haveSqlite)
        QCOMPARE(output.count(QStringLiteral("| `vigie import` of a 500-row CSV |")), 2);
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("^\\| window: memory, everything loaded \\(MB\\) \\| \\| \\| \\| %1 \\|").arg(figure),
                                                QRegularExpression::MultilineOption)),
             qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("failed")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "tst_bench_smoke.moc"
