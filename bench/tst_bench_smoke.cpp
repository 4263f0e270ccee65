// The benchmark program on a small portfolio (500 projects, one run per step): it must print every
// row of its table with figures, and the sqlite3 columns where there is a sqlite3 equivalent. Timings
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

    const bool haveSqlite = !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
    const QString figure = QStringLiteral("[0-9]+\\.[0-9]");
    struct Expected
    {
        const char *label;
        bool limit; // has a sqlite3 equivalent
    };
    const Expected rows[] = {
        { "open file \\(for writing\\)", true },
        { "summary \\(aggregate queries\\)", true },
        { "open \\+ summary \\(vigie summary\\)", true },
        { "Projects view: first screen painted", false },
        { "Projects view: all 500 rows loaded", false },
        { "filter: one keystroke \\(slowest of \"payroll\"\\)", false },
        { "sort by cost \\(authorized budget\\)", false },
        { "longest GUI stall, opening in the main window", false },
        { "render project-health chart", false },
        { "import 500-row CSV", true },
        { "import, limit writing the same rows", true },
        { "export 500 projects to CSV", true },
    };
    for (const Expected &row : rows) {
        // | label | Vigie ms | peak MB | sqlite3 ms | sqlite3 peak MB | ratio | target | met |
        const QString limitColumns = row.limit && haveSqlite
            ? QStringLiteral("%1 \\| (%1|—) \\| %1[0-9]*×").arg(figure)
            : QStringLiteral("— \\| — \\| —");
        const QRegularExpression re(QStringLiteral("^\\| %1 \\| %2 \\| %2 \\| %3 \\| [^|]+ \\| (yes|\\*\\*no\\*\\*) \\|$")
                                        .arg(QLatin1String(row.label), figure, limitColumns),
                                    QRegularExpression::MultilineOption);
        QVERIFY2(re.match(output).hasMatch(), qPrintable(QLatin1String(row.label) + QLatin1Char('\n') + output));
    }
    QVERIFY2(!output.contains(QStringLiteral("failed")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "tst_bench_smoke.moc"
