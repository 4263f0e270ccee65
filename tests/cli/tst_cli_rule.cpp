// `vigie rule` as a user runs it: the rule in force, presets, custom thresholds, the preview, errors,
// and the recolouring checked in `vigie summary --json`.
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using VigieTest::runVigie;

class TestCliRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsAndChooses();
    void usageErrors();
    void negativeThresholds();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

int redCost(const QString &path)
{
    const auto r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json") });
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return o[QLatin1String("projects")][QLatin1String("cost")][QLatin1String("red")][QLatin1String("count")].toInt(-1);
}

} // namespace

void TestCliRule::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("q.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), m_path }).exitCode, 0);
}

void TestCliRule::printsAndChooses()
{
    auto r = runVigie({ QStringLiteral("rule"), m_path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Health rule: Variance 10/30\n")), qPrintable(r.out));
    const int red = redCost(m_path);
    QVERIFY(red > 0);

    // A preview writes nothing.
    const QByteArray before = VigieTest::fileHash(m_path);
    r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("5"), QStringLiteral("20"),
                   QStringLiteral("--dry-run") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("would change computed colour")), qPrintable(r.out));
    QCOMPARE(VigieTest::fileHash(m_path), before);

    r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("5"), QStringLiteral("20") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Custom variance 5/20")), qPrintable(r.out));
    QVERIFY(redCost(m_path) > red); // stricter thresholds: more red
    r = runVigie({ QStringLiteral("summary"), m_path });
    QVERIFY2(r.out.contains(QStringLiteral("Health rule: Custom variance 5/20")), qPrintable(r.out));

    // Thresholds in the reader's numbers, never "1e+06"; no yellow band when there is no room for one.
    r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("12.5"), QStringLiteral("1000000"),
                   QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Écart personnalisé 12,5/1\u00a0000\u00a0000\u00a0: |écart|\u00a0≤\u00a012,5\u00a0% vert")),
             qPrintable(r.out));
    r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("5"), QStringLiteral("5") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Custom variance 5/5: |variance| ≤ 5% green, > 5% red;")), qPrintable(r.out));

    r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--preset"), QStringLiteral("three-code") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(redCost(m_path), 0); // nothing is computed; the sample declares no colour

    r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--preset"), QStringLiteral("variance-10-30") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(redCost(m_path), red);

    r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Règle")), qPrintable(r.out));
}

void TestCliRule::usageErrors()
{
    const QByteArray before = VigieTest::fileHash(m_path);
    QCOMPARE(runVigie({ QStringLiteral("rule") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--preset"), QStringLiteral("bogus") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("5") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("30"),
                        QStringLiteral("10") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("x"),
                        QStringLiteral("10") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--preset"), QStringLiteral("three-code"),
                        QStringLiteral("--custom"), QStringLiteral("5"), QStringLiteral("20") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("7") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("rule"), m_dir.filePath(QStringLiteral("none.vigie")) }).exitCode, 3);
    QCOMPARE(VigieTest::fileHash(m_path), before);
}

// "-5" after --custom is a threshold, not the option "5" ("-10" was read as the options "1" and "0"):
// it is read as a number, then refused because a threshold is a size of variance, in either language.
void TestCliRule::negativeThresholds()
{
    const QByteArray before = VigieTest::fileHash(m_path);
    auto r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("-5"), QStringLiteral("10") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.contains(QStringLiteral("Unknown option")), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(QStringLiteral("--custom: GREEN_MAX is -5, and a threshold cannot be negative")), qPrintable(r.err));

    r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("5"), QStringLiteral("-10"),
                   QStringLiteral("--dry-run"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("--custom\u00a0: ROUGE_MIN vaut -10")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Option")), qPrintable(r.err));

    // The option before the file, as options may be anywhere; a negative fraction too.
    r = runVigie({ QStringLiteral("rule"), QStringLiteral("--custom"), m_path, QStringLiteral("-.5"), QStringLiteral("10") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("--custom: GREEN_MAX is -.5,")), qPrintable(r.err));
    // The thresholds before the file: where they go is said, rather than "RED_MIN "q.vigie" is not a number".
    r = runVigie({ QStringLiteral("rule"), QStringLiteral("--custom"), QStringLiteral("-5"), QStringLiteral("10"), m_path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("--custom takes two percentages after the file: vigie rule FILE --custom")),
             qPrintable(r.err));
    r = runVigie({ QStringLiteral("rule"), m_path, QStringLiteral("--custom"), QStringLiteral("x"), QStringLiteral("10") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("--custom: GREEN_MAX \"x\" is not a number.")), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(m_path), before);

    // Still options where they are options: -h is help.
    r = runVigie({ QStringLiteral("rule"), QStringLiteral("-h") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: vigie rule")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliRule)
#include "tst_cli_rule.moc"
