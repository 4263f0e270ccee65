// `vigie chart` as a user runs it: headless, real files, exit codes for bad requests.
#include "chartfixture.h"
#include "testutil.h"

#include <QImage>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using VigieTest::runVigie;

class TestCliChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void list();
    void listInFrench();
    void renders_data();
    void renders();
    void frenchMoney();
    void categoryLabelsInFull();
    void period();
    void badArguments_data();
    void badArguments();
    void unusableFile();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestCliChart::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("q.vigie"));
    QString error;
    QVERIFY2(VigieTest::makeChartPortfolio(m_path, &error), qPrintable(error));
    qunsetenv("DISPLAY"); // the command must find its own way to render headless
    qunsetenv("QT_QPA_PLATFORM");
}

void TestCliChart::list()
{
    const auto r = runVigie({ QStringLiteral("chart"), QStringLiteral("--list") });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.at(2).startsWith(QStringLiteral("project-health-cost ")));
    QVERIFY(lines.at(2).contains(QStringLiteral("cost indicator")));
}

void TestCliChart::listInFrench()
{
    const auto r = runVigie({ QStringLiteral("chart"), QStringLiteral("--list"), QStringLiteral("--lang"),
                              QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 8);
}

void TestCliChart::renders_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << QStringLiteral("a.png");
    QTest::newRow("svg") << QStringLiteral("a.svg");
    QTest::newRow("pdf") << QStringLiteral("a.pdf");
}

void TestCliChart::renders()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath(name);
    const auto r = runVigie({ QStringLiteral("chart"), m_path, QStringLiteral("--chart"),
                              QStringLiteral("project-health-cost"), QStringLiteral("-o"), out, QStringLiteral("--size"),
                              QStringLiteral("1200x900") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (name.endsWith(QLatin1String(".png"))) {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), QSize(1200, 900));
    } else if (name.endsWith(QLatin1String(".svg"))) {
        QVERIFY(bytes.contains("viewBox=\"0 0 1200 900\""));
        QVERIFY(bytes.contains("$415.56M"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
    }
}

void TestCliChart::frenchMoney()
{
    const QString out = m_dir.filePath(QStringLiteral("fr.svg"));
    const auto r = runVigie({ QStringLiteral("chart"), m_path, QStringLiteral("--chart"),
                              QStringLiteral("project-health-cost"), QStringLiteral("-o"), out, QStringLiteral("--lang"),
                              QStringLiteral("fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("415,56\u00a0M$")));
    QVERIFY(text.contains(QStringLiteral("1,03\u00a0M$")));
}

void TestCliChart::categoryLabelsInFull()
{
    // At the default export size each of the Quebec sample's 20 specialties is named in full, never cut
    // down to "…" (Qt Charts' own truncation did that to every one of them).
    const QString sample = m_dir.filePath(QStringLiteral("quebec.vigie"));
    const auto made = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), sample });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString out = m_dir.filePath(QStringLiteral("workforce.svg"));
    const auto r = runVigie({ QStringLiteral("chart"), sample, QStringLiteral("--chart"),
                              QStringLiteral("workforce-by-specialty"), QStringLiteral("-o"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const char *name : { "Information security", "Enterprise architecture", "Project management",
                              "IT procurement and contract management" })
        QVERIFY2(text.contains(QString::fromUtf8(name)), name);
    QVERIFY(!text.contains(QStringLiteral(">...<")) && !text.contains(QStringLiteral(">…<")));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

    // Asked for a chart too short to name them all, the command draws it as asked and says so, with the
    // size that names every one; at that size, it does and says nothing.
    const QString shortOut = m_dir.filePath(QStringLiteral("short.svg"));
    const auto shortRun = runVigie({ QStringLiteral("chart"), sample, QStringLiteral("--chart"),
                                     QStringLiteral("workforce-by-specialty"), QStringLiteral("-o"), shortOut,
                                     QStringLiteral("--size"), QStringLiteral("1600x500") });
    QCOMPARE(shortRun.exitCode, 0);
    const QRegularExpression note(QStringLiteral("^Note: at 500 pixels high, some of the chart's 20 category names are left "
                                                 "out; --size 1600x(\\d+) or taller shows them all.\\n$"));
    const QRegularExpressionMatch match = note.match(shortRun.err);
    QVERIFY2(match.hasMatch(), qPrintable(shortRun.err));
    const QString needed = match.captured(1);
    QVERIFY2(needed.toInt() > 500 && needed.toInt() <= 1000, qPrintable(needed));
    const auto tall = runVigie({ QStringLiteral("chart"), sample, QStringLiteral("--chart"),
                                 QStringLiteral("workforce-by-specialty"), QStringLiteral("-o"), shortOut,
                                 QStringLiteral("--size"), QStringLiteral("1600x") + needed });
    QCOMPARE(tall.exitCode, 0);
    QVERIFY2(tall.err.isEmpty(), qPrintable(tall.err));
    QFile tallFile(shortOut);
    QVERIFY(tallFile.open(QIODevice::ReadOnly));
    const QString tallText = QString::fromUtf8(tallFile.readAll());
    for (const char *name : { "Information security", "Enterprise architecture", "Project management",
                              "IT procurement and contract management" })
        QVERIFY2(tallText.contains(QString::fromUtf8(name)), name);

    // Too short for its title, plot and footer, a chart is drawn whole and smaller (never its footer over
    // its bars), and the command says at what height it is drawn at full size.
    const auto small = runVigie({ QStringLiteral("chart"), sample, QStringLiteral("--chart"), QStringLiteral("project-health-cost"),
                                  QStringLiteral("-o"), shortOut, QStringLiteral("--size"), QStringLiteral("640x300") });
    QCOMPARE(small.exitCode, 0);
    const QRegularExpression smaller(QStringLiteral("^Note: at 300 pixels high, the chart is drawn smaller than its full size, "
                                                    "its text too; --size 640x(\\d+) or taller draws it at full size.\\n$"));
    const QRegularExpressionMatch full = smaller.match(small.err);
    QVERIFY2(full.hasMatch(), qPrintable(small.err));
    const auto fullSize = runVigie({ QStringLiteral("chart"), sample, QStringLiteral("--chart"), QStringLiteral("project-health-cost"),
                                     QStringLiteral("-o"), shortOut, QStringLiteral("--size"), QStringLiteral("640x") + full.captured(1) });
    QCOMPARE(fullSize.exitCode, 0);
    QVERIFY2(fullSize.err.isEmpty(), qPrintable(fullSize.err));
}

void TestCliChart::period()
{
    const QString out = m_dir.filePath(QStringLiteral("feb.svg"));
    auto r = runVigie({ QStringLiteral("chart"), m_path, QStringLiteral("--chart"), QStringLiteral("project-health-cost"),
                        QStringLiteral("-o"), out, QStringLiteral("--period"), QStringLiteral("February 2016") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("February 2016"));
    r = runVigie({ QStringLiteral("chart"), m_path, QStringLiteral("--chart"), QStringLiteral("project-health-cost"),
                   QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--period"),
                   QStringLiteral("March 2099") });
    QCOMPARE(r.exitCode, 6); // what the command names does not exist, as in movers
    QVERIFY(r.err.contains(QStringLiteral("March 2099")));
    QVERIFY(r.err.contains(QStringLiteral("August 2016"))); // says which periods exist
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    // In French it names them as French documents print them, so the reader can type one back.
    r = runVigie({ QStringLiteral("chart"), m_path, QStringLiteral("--chart"), QStringLiteral("project-health-cost"),
                   QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--period"),
                   QStringLiteral("mars 2099"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QString::fromUtf8("août 2016")) && !r.err.contains(QStringLiteral("August")), qPrintable(r.err));
}

void TestCliChart::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    const QString file = QStringLiteral("FILE");
    QTest::newRow("no chart") << QStringList { file, QStringLiteral("-o"), QStringLiteral("bad.png") };
    QTest::newRow("unknown chart") << QStringList { file, QStringLiteral("--chart"), QStringLiteral("pie"),
                                                    QStringLiteral("-o"), QStringLiteral("bad.png") };
    QTest::newRow("no output") << QStringList { file, QStringLiteral("--chart"), QStringLiteral("health-trend") };
    QTest::newRow("bad extension") << QStringList { file, QStringLiteral("--chart"), QStringLiteral("health-trend"),
                                                    QStringLiteral("-o"), QStringLiteral("bad.gif") };
    QTest::newRow("bad size") << QStringList { file, QStringLiteral("--chart"), QStringLiteral("health-trend"),
                                               QStringLiteral("-o"), QStringLiteral("bad.png"), QStringLiteral("--size"),
                                               QStringLiteral("big") };
    QTest::newRow("tiny size") << QStringList { file, QStringLiteral("--chart"), QStringLiteral("health-trend"),
                                                QStringLiteral("-o"), QStringLiteral("bad.png"), QStringLiteral("--size"),
                                                QStringLiteral("100x100") };
    QTest::newRow("bad dpi") << QStringList { file, QStringLiteral("--chart"), QStringLiteral("health-trend"),
                                              QStringLiteral("-o"), QStringLiteral("bad.png"), QStringLiteral("--dpi"),
                                              QStringLiteral("0") };
    QTest::newRow("no file") << QStringList { QStringLiteral("--chart"), QStringLiteral("health-trend"),
                                              QStringLiteral("-o"), QStringLiteral("bad.png") };
}

void TestCliChart::badArguments()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("FILE"), m_path);
    for (QString &a : args) {
        if (a.startsWith(QLatin1String("bad.")))
            a = m_dir.filePath(a);
    }
    const auto r = runVigie(QStringList { QStringLiteral("chart") } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.png")))); // nothing written on a usage error
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.gif"))));
}

void TestCliChart::unusableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.vigie"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a portfolio");
    f.close();
    const auto r = runVigie({ QStringLiteral("chart"), path, QStringLiteral("--chart"), QStringLiteral("health-trend"),
                              QStringLiteral("-o"), dir.filePath(QStringLiteral("out.png")) });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("bad.vigie")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.png"))));
}

QTEST_GUILESS_MAIN(TestCliChart)
#include "tst_cli_chart.moc"
