// `vigie new` and `vigie summary` as a user runs them: the real executable, real files on disk.
#include "testutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using VigieTest::runVigie;

class TestCliSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newThenSummary();
    void newRefusesExisting();
    void usageErrors();
    void unusableFiles_data();
    void unusableFiles();
    void missingPathStaysMissing();
    void staleCounts();
};

// `projects.stale` and `measures.stale`: items not touched since the latest frozen period. The sample is
// written in bulk, so nothing records an update of its rows: every active project (197) and every measure
// not completed (25) is stale against August 2016, until someone edits or confirms them.
void TestCliSummary::staleCounts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), path }).exitCode, 0);
    const auto stale = [&](const char *what) {
        const auto r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json") });
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonValue v = o[QLatin1String(what)][QLatin1String("stale")];
        return v.isDouble() ? v.toInt() : -1;
    };
    QCOMPARE(stale("projects"), 197);
    QCOMPARE(stale("measures"), 25);
    auto r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json") });
    QVERIFY2(r.out.contains(QStringLiteral("\"stale\": 197")), qPrintable(r.out)); // an integer, not 197.0
    QCOMPARE(runVigie({ QStringLiteral("edit"), path, QStringLiteral("--project"), QStringLiteral("AMF-2014-001"),
                        QStringLiteral("--forecast-cost"), QStringLiteral("3300000") }).exitCode, 0);
    QCOMPARE(runVigie({ QStringLiteral("edit"), path, QStringLiteral("--measure"), QStringLiteral("3"),
                        QStringLiteral("--percent"), QStringLiteral("45") }).exitCode, 0);
    QCOMPARE(stale("projects"), 196);
    QCOMPARE(stale("measures"), 24);
    r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.out.contains(QStringLiteral("Stale, not updated since August 2016: 196 active projects, 24 measures")),
             qPrintable(r.out));
}

void TestCliSummary::newThenSummary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.vigie"));
    auto r = runVigie({ QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Ontario OCCIO") });
    QCOMPARE(r.exitCode, 0);
    r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[QLatin1String("portfolio")].toString(), QStringLiteral("Ontario OCCIO"));
    QCOMPARE(o[QLatin1String("projects")][QLatin1String("active")].toInt(), 0);
    QCOMPARE(o[QLatin1String("measures")][QLatin1String("total")].toInt(), 0);
    r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Projets actifs")), qPrintable(r.out));
    // A French name is the French reader's (the summary printed the English one in both languages);
    // the English reader keeps the English name.
    QCOMPARE(runVigie({ QStringLiteral("edit"), path, QStringLiteral("--portfolio"), QStringLiteral("--name-fr"),
                        QStringLiteral("BDPI de l'Ontario") }).exitCode, 0);
    r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.out.startsWith(QStringLiteral("Portefeuille\u00a0: BDPI de l'Ontario\n")), qPrintable(r.out));
    r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.out.startsWith(QStringLiteral("Portfolio: Ontario OCCIO\n")), qPrintable(r.out));
}

void TestCliSummary::newRefusesExisting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), path }).exitCode, 0);
    const QByteArray before = VigieTest::fileHash(path);
    const auto r = runVigie({ QStringLiteral("new"), path });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(VigieTest::fileHash(path), before);
}

void TestCliSummary::usageErrors()
{
    QCOMPARE(runVigie({ QStringLiteral("summary") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("summary"), QStringLiteral("a"), QStringLiteral("b") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("summary"), QStringLiteral("a"), QStringLiteral("--bogus") }).exitCode, 2);
    QCOMPARE(runVigie({ QStringLiteral("summary"), QStringLiteral("a"), QStringLiteral("--lang"), QStringLiteral("de") }).exitCode, 2);
}

void TestCliSummary::unusableFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("Portfolio,2016\nnot a database\n");
    QTest::newRow("empty") << QByteArray();
    QByteArray random(10000, '\0');
    QRandomGenerator gen(7);
    for (char &c : random)
        c = char(gen.bounded(256));
    QTest::newRow("random") << random;
}

void TestCliSummary::unusableFiles()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.vigie"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = VigieTest::fileHash(path);
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("fr") }) {
        const auto r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--lang"), lang });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY(r.err.contains(QStringLiteral("input.vigie")));
    }
    QCOMPARE(VigieTest::fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("input.vigie") });
}

void TestCliSummary::missingPathStaysMissing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.vigie"));
    const auto r = runVigie({ QStringLiteral("summary"), path });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("nowhere.vigie")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSummary)
#include "tst_cli_summary.moc"
