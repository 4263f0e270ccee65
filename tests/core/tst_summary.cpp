#include "analysis/summary.h"
#include "storage/portfoliofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsAndAmounts();
    void declaredWins();
    void measuresByArea();
    void json();
    void moneyFormats();
    void text();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    QString m_p3;
};

void TestSummary::initTestCase()
{
    FileError error;
    m_file = PortfolioFile::create(m_dir.filePath(QStringLiteral("s.vigie")), QStringLiteral("Summary"), &error);
    QVERIFY(m_file);
    auto project = [&](const QString &code, double budget, double forecast, const QString &state) {
        return m_file->insertRow(Entity::Project, { { Field::Code, code },
                                                    { Field::Budget, budget },
                                                    { Field::ForecastCost, forecast },
                                                    { Field::State, state } });
    };
    project(QStringLiteral("P1"), 1e6, 1.05e6, QStringLiteral("active"));   // green
    project(QStringLiteral("P2"), 2e6, 2.4e6, QStringLiteral("active"));    // yellow (20%)
    m_p3 = project(QStringLiteral("P3"), 3e6, 4.5e6, QStringLiteral("active")); // red (50%)
    project(QStringLiteral("P4"), 4e6, 4e6, QStringLiteral("completed"));   // not counted
    m_file->insertRow(Entity::Project, { { Field::Code, QStringLiteral("P5") },
                                         { Field::Budget, 5e5 } }); // unrated
    for (const QString &uuid : { m_p3 })
        QVERIFY(m_file->recomputeProject(m_file->rowId(Entity::Project, uuid)));

    const QString plan = m_file->insertRow(Entity::Plan, { { Field::Code, QStringLiteral("S") } });
    const RowId planId = m_file->rowId(Entity::Plan, plan);
    for (int area = 1; area <= 2; ++area) {
        const QString a = m_file->insertRow(Entity::KeyArea, { { Field::Plan, planId },
                                                               { Field::Number, area },
                                                               { Field::TitleEn, QStringLiteral("Area %1").arg(area) } });
        const RowId areaId = m_file->rowId(Entity::KeyArea, a);
        const QStringList statuses = area == 1 ? QStringList { QStringLiteral("completed"), QStringLiteral("under_way") }
                                               : QStringList { QStringLiteral("completed"), QStringLiteral("not_started"),
                                                               QStringLiteral("cancelled") };
        int n = 0;
        for (const QString &s : statuses)
            m_file->insertRow(Entity::Measure, { { Field::KeyArea, areaId },
                                                 { Field::Number, area * 10 + ++n },
                                                 { Field::Status, s } });
    }
}

void TestSummary::countsAndAmounts()
{
    Summary s;
    QString error;
    QVERIFY2(SummaryBuilder::compute(*m_file, &s, &error), qPrintable(error));
    QCOMPARE(s.activeProjects, 4);
    QCOMPARE(s.totalAmount, 6.5e6);
    QCOMPARE(s.cost.green.count, 1);
    QCOMPARE(s.cost.yellow.count, 1);
    QCOMPARE(s.cost.red.count, 1);
    QCOMPARE(s.cost.red.amount, 3e6);
    QCOMPARE(s.cost.unrated.count, 1);
    QCOMPARE(s.schedule.unrated.count, 4);
    QCOMPARE(s.overall.red.count, 1);
}

void TestSummary::declaredWins()
{
    QString error;
    QVERIFY2(m_file->setValue(Entity::Project, m_p3, Field::DeclaredCost, QStringLiteral("green"), &error),
             qPrintable(error));
    Summary s;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    QCOMPARE(s.cost.green.count, 2);
    QCOMPARE(s.cost.red.count, 0);
    QVERIFY(m_file->setValue(Entity::Project, m_p3, Field::DeclaredCost, QVariant()));
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    QCOMPARE(s.cost.red.count, 1);
}

void TestSummary::measuresByArea()
{
    Summary s;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    QCOMPARE(s.measuresTotal, 5);
    QCOMPARE(s.measuresByStatus[int(MeasureStatus::Completed)], 2);
    QCOMPARE(s.measuresByStatus[int(MeasureStatus::Cancelled)], 1);
    QCOMPARE(s.areas.size(), 2);
    QCOMPARE(s.areas.at(1).byStatus[int(MeasureStatus::NotStarted)], 1);
    QCOMPARE(s.areas.at(0).title.en, QStringLiteral("Area 1"));
}

void TestSummary::json()
{
    Summary s;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    const QJsonObject o = SummaryBuilder::toJson(s);
    const QJsonObject red = o[QLatin1String("projects")][QLatin1String("cost")][QLatin1String("red")].toObject();
    QCOMPARE(red[QLatin1String("count")].toInt(), 1);
    QCOMPARE(red[QLatin1String("percent")].toDouble(), 25.0);
    QCOMPARE(red[QLatin1String("amount")].toDouble(), 3e6);
    QCOMPARE(red[QLatin1String("amount_percent")].toDouble(), 46.15);
    QCOMPARE(o[QLatin1String("measures")][QLatin1String("by_area")].toArray().size(), 2);
    // As printed: amounts keep a decimal part, counts do not, and the text parses back to the same object.
    const QString text = SummaryBuilder::toJsonText(s);
    QVERIFY2(text.contains(QStringLiteral("\"amount\": 3000000.0,")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"total_amount\": 6500000.0")));
    QVERIFY(text.contains(QStringLiteral("\"count\": 1,")));
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), o);
    QCOMPARE(o[QLatin1String("measures")][QLatin1String("by_status")][QLatin1String("not_started")].toInt(), 1);
}

void TestSummary::moneyFormats()
{
    const QLocale en(QLocale::English, QLocale::Canada);
    const QLocale fr(QLocale::French, QLocale::Canada);
    QCOMPARE(formatMoneyMillions(415560000.0, en), QStringLiteral("$415.56M"));
    QCOMPARE(formatMoneyMillions(415560000.0, fr), QStringLiteral("415,56\u00a0M$"));
    QCOMPARE(formatMoneyMillions(11900000.0, en), QStringLiteral("$11.90M"));
    QCOMPARE(formatMoneyMillions(11900000.0, fr), QStringLiteral("11,90\u00a0M$"));
    QCOMPARE(formatMoneyMillions(67400000.0, en), QStringLiteral("$67.40M"));
    // Same decimals down a column, the sign before the currency, tiny amounts in thousands.
    QCOMPARE(formatMoneyMillions(2e6, en), QStringLiteral("$2.00M"));
    QCOMPARE(formatMoneyMillions(0.0, en), QStringLiteral("$0.00M"));
    QCOMPARE(formatMoneyMillions(-410000.0, en), QStringLiteral("-$0.41M"));
    QCOMPARE(formatMoneyMillions(-410000.0, fr), QStringLiteral("-0,41\u00a0M$"));
    QCOMPARE(formatMoneyMillions(3500.0, en), QStringLiteral("$3.5K"));
    QCOMPARE(formatMoneyMillions(3500.0, fr), QStringLiteral("3,5\u00a0k$"));
    QCOMPARE(formatMoney(-12.5, en), QStringLiteral("-$12.50"));
}

void TestSummary::text()
{
    Summary s;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    const QString en = SummaryBuilder::toText(s, QLocale(QLocale::English, QLocale::Canada));
    QVERIFY(en.contains(QStringLiteral("Active projects: 4")));
    QVERIFY(en.contains(QStringLiteral("$6.50M")));
}

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
