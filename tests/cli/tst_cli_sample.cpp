// `vigie sample` as a user runs it: the real executable writes the Quebec sample, and `vigie summary`
// prints the published figures computed from its data; the Canada and Saskatchewan samples, built by the
// public importers from their CSV files, hold what their sources say and call the rest illustrative.
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using VigieTest::runVigie;

class TestCliSample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quebecSummary();
    void quebecText();
    void refusesToOverwrite();
    void usageErrors();
    void unwritableOutput();
    void synthetic();
    void canada2016();
    void saskatchewan();
};

namespace {

void checkBucket(const QJsonObject &indicator, const char *colour, int count, double percent, double amount,
                 double amountPercent)
{
    const QJsonObject b = indicator.value(QLatin1String(colour)).toObject();
    QCOMPARE(b.value(QLatin1String("count")).toInt(), count);
    QCOMPARE(b.value(QLatin1String("percent")).toDouble(), percent);
    QCOMPARE(b.value(QLatin1String("amount")).toDouble(), amount);
    QCOMPARE(b.value(QLatin1String("amount_percent")).toDouble(), amountPercent);
}

} // namespace

void TestCliSample::quebecSummary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.vigie"));
    auto r = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(path));
    r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject projects = o.value(QLatin1String("projects")).toObject();
    QCOMPARE(projects.value(QLatin1String("active")).toInt(), 197);
    QCOMPARE(projects.value(QLatin1String("total_amount")).toDouble(), 428490000.0);
    QCOMPARE(projects.value(QLatin1String("rule")).toString(), QStringLiteral("Variance 10/30"));

    const QJsonObject cost = projects.value(QLatin1String("cost")).toObject();
    checkBucket(cost, "green", 186, 94.4, 415560000.0, 96.98);
    checkBucket(cost, "yellow", 8, 4.1, 11900000.0, 2.78);
    checkBucket(cost, "red", 3, 1.5, 1030000.0, 0.24);
    checkBucket(cost, "unrated", 0, 0.0, 0.0, 0.0);
    const QJsonObject schedule = projects.value(QLatin1String("schedule")).toObject();
    checkBucket(schedule, "green", 146, 74.1, 337860000.0, 78.85);
    checkBucket(schedule, "yellow", 20, 10.2, 23230000.0, 5.42);
    checkBucket(schedule, "red", 31, 15.7, 67400000.0, 15.73);
    checkBucket(schedule, "unrated", 0, 0.0, 0.0, 0.0);

    const QJsonObject measures = o.value(QLatin1String("measures")).toObject();
    QCOMPARE(measures.value(QLatin1String("total")).toInt(), 36);
    const QJsonObject byStatus = measures.value(QLatin1String("by_status")).toObject();
    QCOMPARE(byStatus.value(QLatin1String("completed")).toInt(), 11);
    QCOMPARE(byStatus.value(QLatin1String("under_way")).toInt(), 21);
    QCOMPARE(byStatus.value(QLatin1String("not_started")).toInt(), 4);
    QCOMPARE(byStatus.value(QLatin1String("cancelled")).toInt(), 0);
    QCOMPARE(measures.value(QLatin1String("by_area")).toArray().size(), 4);

    QCOMPARE(o.value(QLatin1String("workforce")).toObject().value(QLatin1String("organizations")).toInt(), 59);
    QCOMPARE(o.value(QLatin1String("envelopes")).toObject().value(QLatin1String("fiscal_year")).toString(),
             QStringLiteral("2017-2018"));
}

void TestCliSample::quebecText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("--output"), path }).exitCode, 0);
    const auto r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("415,56\u00a0M$")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("67,40\u00a0M$")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Rapprocher l'État des citoyens")), qPrintable(r.out));
}

void TestCliSample::refusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), path }).exitCode, 0);
    const QByteArray before = VigieTest::fileHash(path);
    const auto r = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), path });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("q.vigie")), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(path), before);
}

void TestCliSample::usageErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("u.vigie"));
    const QList<QStringList> cases {
        { QStringLiteral("sample") },
        { QStringLiteral("sample"), QStringLiteral("quebec-2016") },
        { QStringLiteral("sample"), QStringLiteral("ontario-2019"), QStringLiteral("-o"), path },
        { QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("extra"), QStringLiteral("-o"), path },
        { QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("--bogus"), QStringLiteral("-o"), path },
        { QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("--projects"), QStringLiteral("10"),
          QStringLiteral("-o"), path },
        { QStringLiteral("sample"), QStringLiteral("synthetic"), QStringLiteral("-o"), path },
        { QStringLiteral("sample"), QStringLiteral("synthetic"), QStringLiteral("--projects"), QStringLiteral("ten"),
          QStringLiteral("-o"), path },
        { QStringLiteral("sample"), QStringLiteral("synthetic"), QStringLiteral("--projects"), QStringLiteral("0"),
          QStringLiteral("-o"), path },
        { QStringLiteral("sample"), QStringLiteral("synthetic"), QStringLiteral("--projects"), QStringLiteral("10"),
          QStringLiteral("--seed"), QStringLiteral("-3"), QStringLiteral("-o"), path },
    };
    for (const QStringList &args : cases) {
        const auto r = runVigie(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(!r.err.isEmpty());
    }
    QVERIFY(!QFile::exists(path));
}

void TestCliSample::unwritableOutput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/q.vigie"));
    const auto r = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), path });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(path));
}

void TestCliSample::synthetic()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.vigie"));
    const QString b = dir.filePath(QStringLiteral("b.vigie"));
    for (const QString &path : { a, b }) {
        const auto r = runVigie({ QStringLiteral("sample"), QStringLiteral("synthetic"), QStringLiteral("--projects"),
                                  QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("-o"), path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const auto ra = runVigie({ QStringLiteral("summary"), a, QStringLiteral("--json") });
    const auto rb = runVigie({ QStringLiteral("summary"), b, QStringLiteral("--json") });
    QCOMPARE(ra.exitCode, 0);
    QCOMPARE(rb.out, ra.out);
    const QJsonObject o = QJsonDocument::fromJson(ra.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("measures")).toObject().value(QLatin1String("total")).toInt(), 2000);
    QCOMPARE(o.value(QLatin1String("workforce")).toObject().value(QLatin1String("organizations")).toInt(), 500);
    const int active = o.value(QLatin1String("projects")).toObject().value(QLatin1String("active")).toInt();
    QVERIFY(active > 80 && active <= 120);
}

void TestCliSample::canada2016()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.vigie"));
    auto r = runVigie({ QStringLiteral("sample"), QStringLiteral("canada-2016"), QStringLiteral("-o"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2017-06-30") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QLatin1String("portfolio")).toString().endsWith(QStringLiteral("(illustrative)")));
    const QJsonArray areas = o[QLatin1String("measures")][QLatin1String("by_area")].toArray();
    QStringList titles, titlesFr;
    for (const QJsonValue &a : areas) {
        titles << a[QLatin1String("title")].toString();
        titlesFr << a[QLatin1String("title_fr")].toString();
    }
    QCOMPARE(titles, (QStringList { QStringLiteral("Service IT"), QStringLiteral("Secure IT"), QStringLiteral("Manage IT"),
                                    QStringLiteral("Work IT") }));
    QVERIFY(!titlesFr.contains(QString()));
    QCOMPARE(o[QLatin1String("measures")][QLatin1String("total")].toInt(), 16);
    QCOMPARE(o[QLatin1String("projects")][QLatin1String("active")].toInt(), 11);
    QCOMPARE(o[QLatin1String("workforce")][QLatin1String("organizations")].toInt(), 6);
    QCOMPARE(o[QLatin1String("envelopes")][QLatin1String("fiscal_year")].toString(), QStringLiteral("2017-2018"));
    // Gaps the sample shows on purpose (see its README).
    QCOMPARE(o[QLatin1String("links")][QLatin1String("projects_without_measure")].toInt(), 1);
    QCOMPARE(o[QLatin1String("links")][QLatin1String("envelopes_overcommitted")].toInt(), 1);
    // The French name for French output.
    const QString png = dir.filePath(QStringLiteral("areas.svg"));
    r = runVigie({ QStringLiteral("chart"), path, QStringLiteral("--chart"), QStringLiteral("measures-by-area"), QStringLiteral("-o"), png,
                   QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile svg(png);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(svg.readAll()).contains(QStringLiteral("(illustratif)")));
}

void TestCliSample::saskatchewan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.vigie"));
    auto r = runVigie({ QStringLiteral("sample"), QStringLiteral("saskatchewan"), QStringLiteral("-o"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The ITO's five major projects, each serving a measure of the plan.
    const QString csv = dir.filePath(QStringLiteral("projects.csv"));
    r = runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), csv });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const char *name : { "Common Computing Environment", "Criminal Justice Information Management System (CJIMS)",
                              "Data Centre Renewal", "IT Risk Assessments", "Network Infrastructure Renewal" })
        QVERIFY2(text.contains(QLatin1String(name)), name);
    r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2013-06-30") });
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QLatin1String("portfolio")).toString().endsWith(QStringLiteral("(illustrative)")));
    QCOMPARE(o[QLatin1String("projects")][QLatin1String("active")].toInt(), 5);
    QCOMPARE(o[QLatin1String("links")][QLatin1String("projects_without_measure")].toInt(), 0);
    QCOMPARE(o[QLatin1String("measures")][QLatin1String("by_area")].toArray().size(), 4);
    // A sample never overwrites a file.
    r = runVigie({ QStringLiteral("sample"), QStringLiteral("saskatchewan"), QStringLiteral("-o"), path });
    QCOMPARE(r.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliSample)
#include "tst_cli_sample.moc"
