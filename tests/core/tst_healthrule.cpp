#include "rules/healthrule.h"

#include <QTest>

using namespace Vigie;

class TestHealthRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void costVarianceBoundaries_data();
    void costVarianceBoundaries();
    void scheduleVariance();
    void reportedVarianceWins();
    void declaredWinsOverComputed();
    void overallIsWorse();
    void jsonRoundTrip();
    void threeCodeComputesNothing();
};

void TestHealthRule::classify_data()
{
    QTest::addColumn<double>("variance");
    QTest::addColumn<Health>("expected");
    QTest::newRow("0") << 0.0 << Health::Green;
    QTest::newRow("10 exactly") << 10.0 << Health::Green;
    QTest::newRow("-10 exactly") << -10.0 << Health::Green;
    QTest::newRow("just over 10") << 10.01 << Health::Yellow;
    QTest::newRow("-10.01") << -10.01 << Health::Yellow;
    QTest::newRow("29.99") << 29.99 << Health::Yellow;
    QTest::newRow("30 exactly") << 30.0 << Health::Red;
    QTest::newRow("-30 exactly") << -30.0 << Health::Red;
    QTest::newRow("huge negative") << -33767.0 << Health::Red;
}

void TestHealthRule::classify()
{
    QFETCH(double, variance);
    QFETCH(Health, expected);
    QCOMPARE(HealthRule::variance1030().classify(variance), expected);
}

void TestHealthRule::costVarianceBoundaries_data()
{
    QTest::addColumn<double>("budget");
    QTest::addColumn<double>("forecast");
    QTest::addColumn<Health>("expected");
    // 1.1 / 1.0 is 10.000000000000009% in binary floating point: still exactly 10%, so green.
    QTest::newRow("1.1 of 1.0") << 1.0 << 1.1 << Health::Green;
    QTest::newRow("110 of 100") << 100.0 << 110.0 << Health::Green;
    QTest::newRow("110.01 of 100") << 100.0 << 110.01 << Health::Yellow;
    QTest::newRow("1.3 of 1.0") << 1.0 << 1.3 << Health::Red;
    QTest::newRow("129.99 of 100") << 100.0 << 129.99 << Health::Yellow;
    QTest::newRow("underspent 0.7 of 1.0") << 1.0 << 0.7 << Health::Red;
    QTest::newRow("underspent 0.9 of 1.0") << 1.0 << 0.9 << Health::Green;
}

void TestHealthRule::costVarianceBoundaries()
{
    QFETCH(double, budget);
    QFETCH(double, forecast);
    QFETCH(Health, expected);
    QCOMPARE(HealthRule::variance1030().classify(HealthRule::costVariance(budget, forecast)), expected);
}

void TestHealthRule::scheduleVariance()
{
    const QDate start(2016, 1, 1);
    const QDate end = start.addDays(100);
    QCOMPARE(*HealthRule::scheduleVariance(start, end, end.addDays(10)), 10.0);
    QCOMPARE(*HealthRule::scheduleVariance(start, end, end.addDays(30)), 30.0);
    QCOMPARE(*HealthRule::scheduleVariance(start, end, end.addDays(-15)), -15.0);
    QVERIFY(!HealthRule::scheduleVariance(start, QDate(), end));
    QVERIFY(!HealthRule::scheduleVariance(end, start, end)); // no planned duration
    Project p;
    p.plannedStart = start;
    p.plannedEnd = end;
    p.forecastEnd = end.addDays(11);
    QCOMPARE(HealthRule::variance1030().computeSchedule(p), Health::Yellow);
    p.forecastEnd = end.addDays(30);
    QCOMPARE(HealthRule::variance1030().computeSchedule(p), Health::Red);
    p.forecastEnd = QDate();
    QCOMPARE(HealthRule::variance1030().computeSchedule(p), Health::Unrated);
}

void TestHealthRule::reportedVarianceWins()
{
    Project p;
    p.budget = 100;
    p.forecastCost = 100; // computed from baselines: 0% → green
    p.reportedCostVariance = -45.0;
    QCOMPARE(HealthRule::variance1030().computeCost(p), Health::Red);
    p.reportedCostVariance.reset();
    QCOMPARE(HealthRule::variance1030().computeCost(p), Health::Green);
}

void TestHealthRule::declaredWinsOverComputed()
{
    Project p;
    p.computedCost = Health::Green;
    QCOMPARE(p.effectiveCost(), Health::Green);
    p.declaredCost = Health::Red;
    QCOMPARE(p.effectiveCost(), Health::Red);
    QCOMPARE(Project().effectiveSchedule(), Health::Unrated);
}

void TestHealthRule::overallIsWorse()
{
    QCOMPARE(worse(Health::Green, Health::Red), Health::Red);
    QCOMPARE(worse(Health::Yellow, Health::Green), Health::Yellow);
    QCOMPARE(worse(Health::Unrated, Health::Green), Health::Green);
    QCOMPARE(worse(Health::Unrated, Health::Unrated), Health::Unrated);
    Project p;
    p.computedCost = Health::Green;
    p.computedSchedule = Health::Yellow;
    QCOMPARE(p.effectiveOverall(), Health::Yellow);
    p.declaredOverall = Health::Green;
    QCOMPARE(p.effectiveOverall(), Health::Green);
}

void TestHealthRule::jsonRoundTrip()
{
    for (const HealthRule &rule : { HealthRule::variance1030(), HealthRule::threeCode(), HealthRule::custom(5, 20) }) {
        const auto back = HealthRule::fromJson(rule.toJson());
        QVERIFY(back);
        QCOMPARE(*back == rule, true);
    }
    QVERIFY(!HealthRule::fromJson(QStringLiteral("not json")));
    QVERIFY(!HealthRule::fromJson(QStringLiteral("{\"preset\":\"custom\",\"green_max\":40,\"red_min\":30}")));
    QCOMPARE(HealthRule::custom(5, 20).classify(6.0), Health::Yellow);
}

void TestHealthRule::threeCodeComputesNothing()
{
    Project p;
    p.budget = 100;
    p.forecastCost = 200;
    QCOMPARE(HealthRule::threeCode().computeCost(p), Health::Unrated);
}

QTEST_GUILESS_MAIN(TestHealthRule)
#include "tst_healthrule.moc"
