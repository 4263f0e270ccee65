// `vigie movers` on the Quebec sample: the JSON contract, the text in both languages, errors.
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using VigieTest::runVigie;

class TestCliMovers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json();
    void text();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestCliMovers::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("q.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), m_path }).exitCode, 0);
}

void TestCliMovers::json()
{
    const auto r = runVigie({ QStringLiteral("movers"), m_path, QStringLiteral("--from"), QStringLiteral("March 2016"),
                              QStringLiteral("--to"), QStringLiteral("August 2016"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.keys(), QStringList({ QStringLiteral("better"), QStringLiteral("from"), QStringLiteral("gone"),
                                     QStringLiteral("new"), QStringLiteral("to"), QStringLiteral("unchanged"),
                                     QStringLiteral("worse") }));
    QCOMPARE(o[QLatin1String("from")].toString(), QStringLiteral("March 2016"));
    QCOMPARE(o[QLatin1String("to")].toString(), QStringLiteral("August 2016"));
    const QJsonArray worse = o[QLatin1String("worse")].toArray();
    const QJsonArray better = o[QLatin1String("better")].toArray();
    QVERIFY(!worse.isEmpty() && !better.isEmpty());
    const QStringList order { QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("unrated") };
    for (const QJsonValue &v : worse) {
        const QJsonObject m = v.toObject();
        QCOMPARE(m.keys(), QStringList({ QStringLiteral("code"), QStringLiteral("from"), QStringLiteral("name"), QStringLiteral("to") }));
        QVERIFY(order.indexOf(m[QLatin1String("to")].toString()) > order.indexOf(m[QLatin1String("from")].toString()));
    }
    for (const QJsonValue &v : better) {
        const QJsonObject m = v.toObject();
        QVERIFY(order.indexOf(m[QLatin1String("to")].toString()) < order.indexOf(m[QLatin1String("from")].toString()));
    }
    // No longer reported (an additional key): code, name and the colour they had at --from.
    const QJsonArray gone = o[QLatin1String("gone")].toArray();
    QCOMPARE(gone.size(), 5);
    for (const QJsonValue &v : gone) {
        const QJsonObject m = v.toObject();
        QCOMPARE(m.keys(), QStringList({ QStringLiteral("code"), QStringLiteral("from"), QStringLiteral("name") }));
        QVERIFY(order.contains(m[QLatin1String("from")].toString()));
    }
    QVERIFY(o[QLatin1String("unchanged")].isDouble());
    QVERIFY(!r.out.contains(QStringLiteral("\"unchanged\": ") + QString::number(o[QLatin1String("unchanged")].toInt()) + QLatin1Char('.')));

    // Without --to: against the current values.
    const auto now = runVigie({ QStringLiteral("movers"), m_path, QStringLiteral("--from"), QStringLiteral("August 2016"),
                                QStringLiteral("--json") });
    QCOMPARE(now.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(now.out.toUtf8()).object()[QLatin1String("to")].toString(), QStringLiteral("now"));
}

void TestCliMovers::text()
{
    auto r = runVigie({ QStringLiteral("movers"), m_path, QStringLiteral("--from"), QStringLiteral("March 2016"),
                        QStringLiteral("--to"), QStringLiteral("August 2016") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Worse: ")) && r.out.contains(QStringLiteral("No longer reported: ")),
             qPrintable(r.out));
    r = runVigie({ QStringLiteral("movers"), m_path, QStringLiteral("--from"), QStringLiteral("mars 2016"),
                   QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 0);
    // The headings of the Overview's "What moved" panel (« Détériorés », « Sortis du suivi »).
    QVERIFY2(r.out.contains(QStringLiteral("Détériorés\u00a0: ")) || r.out.contains(QStringLiteral("Détérioré\u00a0: ")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Sortis du suivi\u00a0: ")) || r.out.contains(QStringLiteral("Sorti du suivi\u00a0: ")),
             qPrintable(r.out));
}

void TestCliMovers::errors()
{
    QCOMPARE(runVigie({ QStringLiteral("movers"), m_path }).exitCode, 2);
    auto r = runVigie({ QStringLiteral("movers"), m_path, QStringLiteral("--from"), QStringLiteral("July 1999") });
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QStringLiteral("March 2016")), qPrintable(r.err));
    // In French the known periods are named as a French reader types them back.
    r = runVigie({ QStringLiteral("movers"), m_path, QStringLiteral("--from"), QStringLiteral("juillet 1999"),
                   QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QStringLiteral("mars 2016")) && !r.err.contains(QStringLiteral("March")), qPrintable(r.err));
    QCOMPARE(runVigie({ QStringLiteral("movers"), m_dir.filePath(QStringLiteral("none.vigie")), QStringLiteral("--from"),
                        QStringLiteral("March 2016") }).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliMovers)
#include "tst_cli_movers.moc"
