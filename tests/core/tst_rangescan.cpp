// A large table read in two halves on two connections (RangeScan), as the trend chart reads the frozen
// rows of every period: each row once, the same trend figures as SQL's own GROUP BY, and one connection
// when a second one could see another snapshot.
#include "analysis/chartdata.h"
#include "analysis/periods.h"
#include "analysis/summary.h"
#include "sample/synthetic.h"
#include "storage/portfoliofile.h"
#include "storage/rangescan.h"
#include "storage/sqlaccess.h"
#include "storage/sqlstatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Vigie;

class TestRangeScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void eachRowOnce();
    void trendFigures();
    void oneConnectionInsideATransaction();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

// Rows, sum of rowids and rows per part of a RangeScan over period_project.
struct Tally
{
    qint64 rows[2] = { 0, 0 };
    qint64 rowids[2] = { 0, 0 };
    qint64 total() const { return rows[0] + rows[1]; }
};

bool tally(const PortfolioFile &file, Tally *t, QString *error)
{
    return RangeScan::run(file, QStringLiteral("period_project"),
                          QStringLiteral("SELECT rowid FROM period_project WHERE period_id > ? AND %1"), { 0 },
                          [t](int part, const SqlStatement &row) {
                              t->rows[part]++;
                              t->rowids[part] += row.integer(0);
                          },
                          error);
}

} // namespace

void TestRangeScan::initTestCase()
{
    // Ten frozen periods of 300 projects: 3,000 rows, split in the middle of a period.
    m_path = m_dir.filePath(QStringLiteral("s.vigie"));
    QString error;
    QVERIFY2(SyntheticSample::write(m_path, { 300, 3 }, &error), qPrintable(error));
    RangeScan::setMinimumRows(1);
}

void TestRangeScan::cleanupTestCase()
{
    RangeScan::setMinimumRows(200000);
}

void TestRangeScan::eachRowOnce()
{
    FileError fe;
    auto file = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(rowid), MIN(rowid), MAX(rowid) FROM period_project")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 3000);
    const qint64 count = q.value(0).toLongLong(), sum = q.value(1).toLongLong();
    const qint64 min = q.value(2).toLongLong();
    const qint64 mid = min + (q.value(3).toLongLong() - min) / 2;
    QCOMPARE(q.value(3).toLongLong() - min + 1, count); // no gap: the halves' sizes are known
    q.finish();
    Tally t;
    QString error;
    QVERIFY2(tally(*file, &t, &error), qPrintable(error));
    QVERIFY(RangeScan::lastRunSplit());
    QCOMPARE(t.total(), count);
    QCOMPARE(t.rowids[0] + t.rowids[1], sum);
    // The first half is every row up to the middle rowid, the second the rest.
    QCOMPARE(t.rows[0], mid - min + 1);
    QVERIFY(t.rows[1] > 0);

    // Below the minimum, one connection reads it all as part 0.
    RangeScan::setMinimumRows(1000000);
    Tally whole;
    QVERIFY2(tally(*file, &whole, &error), qPrintable(error));
    RangeScan::setMinimumRows(1);
    QVERIFY(!RangeScan::lastRunSplit());
    QCOMPARE(whole.rows[0], count);
    QCOMPARE(whole.rows[1], 0);
    QCOMPARE(whole.rowids[0], sum);
}

// The trend's shares, period by period, against SQL's GROUP BY of the same rows; split and whole.
void TestRangeScan::trendFigures()
{
    FileError fe;
    auto file = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    const QLocale en(QLocale::English, QLocale::Canada);
    ChartData split, whole;
    QString error;
    QVERIFY2(ChartDataBuilder::build(*file, QStringLiteral("health-trend"), {}, en, &split, &error), qPrintable(error));
    QVERIFY(RangeScan::lastRunSplit());
    RangeScan::setMinimumRows(1000000);
    QVERIFY2(ChartDataBuilder::build(*file, QStringLiteral("health-trend"), {}, en, &whole, &error), qPrintable(error));
    RangeScan::setMinimumRows(1);
    QVERIFY(!RangeScan::lastRunSplit());

    const QList<ReportingPeriod> periods = Periods::list(*file);
    QCOMPARE(periods.size(), 10);
    QCOMPARE(split.categories.size(), 10);
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("SELECT period_id, COUNT(*), SUM(overall = 'green'), SUM(overall = 'yellow'), "
                                  "SUM(overall = 'red') FROM period_project WHERE state = 'active' GROUP BY period_id")));
    int seen = 0;
    while (q.next()) {
        int i = 0;
        while (i < periods.size() && periods.at(i).id != q.value(0).toLongLong())
            ++i;
        QVERIFY(i < periods.size());
        const int active = q.value(1).toInt();
        QVERIFY(active > 0);
        for (int k = 0; k < 3; ++k) {
            const double share = Summary::percent(q.value(2 + k).toInt(), active, 1);
            QCOMPARE(split.series.at(k).values.at(i), share);
            QCOMPARE(whole.series.at(k).values.at(i), share);
        }
        ++seen;
    }
    QCOMPARE(seen, 10);
    for (int k = 0; k < split.series.size(); ++k) {
        QCOMPARE(split.series.at(k).values, whole.series.at(k).values);
        QCOMPARE(split.series.at(k).labels, whole.series.at(k).labels);
    }
    // Shares differ from period to period: a border counted twice or missed would show.
    QVERIFY(split.series.at(0).values.first() != split.series.at(0).values.last());
}

// Inside the caller's transaction a second connection would not see its changes: one connection, which
// counts the uncommitted row.
void TestRangeScan::oneConnectionInsideATransaction()
{
    FileError fe;
    auto file = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWrite, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QSqlDatabase db = sqlDatabase(*file);
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM period_project WHERE rowid = (SELECT MAX(rowid) FROM period_project)")));
    Tally t;
    QString error;
    QVERIFY2(tally(*file, &t, &error), qPrintable(error));
    QVERIFY(!RangeScan::lastRunSplit());
    QCOMPARE(t.total(), 2999);
    QVERIFY(db.rollback());
    t = Tally();
    QVERIFY2(tally(*file, &t, &error), qPrintable(error));
    QVERIFY(RangeScan::lastRunSplit());
    QCOMPARE(t.total(), 3000);
}

QTEST_GUILESS_MAIN(TestRangeScan)
#include "tst_rangescan.moc"
