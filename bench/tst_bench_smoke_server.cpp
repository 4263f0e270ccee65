// The benchmark's server rows (issue 18) on a small portfolio, one run a side, against the tests' PostgreSQL
// cluster (the server_cluster fixture): every row is printed with figures for both back ends, and the
// server's `vigie summary --json` matched the file's before and after the edits. Timings are not judged.
#include "pgserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestBenchSmokeServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsTheServerRows();

private:
    VigieTest::PgCluster m_cluster;
};

void TestBenchSmokeServer::initTestCase()
{
    VIGIE_REQUIRE_PG_CLUSTER(m_cluster);
}

void TestBenchSmokeServer::printsTheServerRows()
{
    const QString schema = QStringLiteral("tst_bench_smoke");
    const QString failure = VigieTest::adminSql(m_cluster, { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema) });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTemporaryDir work;
    QProcess p;
    p.start(QStringLiteral(VIGIE_BENCH_BIN),
            { QStringLiteral("--projects"), QStringLiteral("300"), QStringLiteral("--repeat"), QStringLiteral("1"), QStringLiteral("--work"),
              work.path(), QStringLiteral("--only"), QStringLiteral("server"), QStringLiteral("--server"),
              VigieTest::serverAddress(m_cluster, schema) });
    QVERIFY(p.waitForFinished(240000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput());
    const QString errors = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output + errors));
    QVERIFY2(!output.contains(QStringLiteral("failed")) && !errors.contains(QStringLiteral("MISMATCH")), qPrintable(output + errors));

    const QString figure = QStringLiteral("[0-9]+\\.[0-9]");
    // | label | best | median | CPU | peak | reference | ref. best | ref. median | ref. CPU | ref. peak | ratio | target | met |
    const QString vigie = QStringLiteral("%1 \\| %1 \\| (%1|—) \\| (%1|—)").arg(figure);
    const QString file = QStringLiteral("the same on the \\.vigie file \\| %1 \\| %1 \\| (%1|—) \\| (%1|—) \\| %1[0-9]*×").arg(figure);
    const QString none = QStringLiteral("— \\| — \\| — \\| — \\| — \\| —");
    const struct
    {
        const char *label;
        bool file;
    } rows[] = {
        { "server: `vigie publish` of the 300-project file (once)", false },
        { "server: open for writing (`vigie edit --batch` of no edit)", true },
        { "server: `vigie summary --json`", true },
        { "server: ", true }, // the edits: as many as the active projects, up to 1,000
    };
    for (const auto &row : rows) {
        const QString label = QRegularExpression::escape(QLatin1String(row.label))
            + (qstrcmp(row.label, "server: ") == 0 ? QStringLiteral("[0-9,]+ edits of as many projects [^|]+") : QString());
        const QRegularExpression re(QStringLiteral("^\\| %1 \\| %2 \\| %3 \\| [^|]+ \\| — \\|$").arg(label, vigie, row.file ? file : none),
                                    QRegularExpression::MultilineOption);
        QVERIFY2(re.match(output).hasMatch(), qPrintable(QLatin1String(row.label) + QLatin1Char('\n') + output));
    }
    // The summaries were compared, run by run and after the edits, and were the same.
    QVERIFY2(output.contains(QStringLiteral("the server's and the file's JSON are the same in every run")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("after the edits: the server's and the file's are the same")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestBenchSmokeServer)
#include "tst_bench_smoke_server.moc"
