// The analyst's readings added with issue 17: the workforce pivot (specialty x internal/external,
// totals, at-risk threshold, change between two surveys) on the Quebec sample's 2015 and 2016 surveys;
// periods named in French; the briefing's check for texts lacking the document language; slashed
// dates read in the only order they allow.
#include "analysis/briefingcheck.h"
#include "analysis/periods.h"
#include "analysis/workforcepivot.h"
#include "i18n/language.h"
#include "io/valueparser.h"
#include "sample/quebecsample.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Vigie;

class TestWorkforce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pivotAddsUp();
    void thresholdFlags();
    void compareSurveys();
    void periodsByFrenchLabel();
    void briefingCheck();
    void slashedDates();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
};

void TestWorkforce::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("q.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    FileError fileError;
    m_file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fileError);
    QVERIFY2(m_file, qPrintable(fileError.message));
}

void TestWorkforce::pivotAddsUp()
{
    const QList<QDate> surveys = WorkforceAnalysis::surveys(*m_file);
    QCOMPARE(surveys, (QList<QDate> { QDate(2016, 3, 31), QDate(2015, 3, 31) })); // newest first
    WorkforcePivot pivot;
    QString error;
    QVERIFY2(WorkforceAnalysis::pivot(*m_file, QDate(), QDate(), 0, &pivot, &error), qPrintable(error));
    QCOMPARE(pivot.survey, QDate(2016, 3, 31));
    QVERIFY(!pivot.compareSurvey.isValid());
    QCOMPARE(int(pivot.rows.size()), 20);
    double internal = 0, external = 0;
    for (const WorkforcePivotRow &r : pivot.rows) {
        internal += r.internalFte;
        external += r.externalFte;
        QVERIFY(!r.compared);
    }
    QVERIFY(std::abs(pivot.totals.internalFte - internal) < 1e-6);
    QVERIFY(std::abs(pivot.totals.externalFte - external) < 1e-6);
    QVERIFY(pivot.totals.internalFte > 3000 && pivot.totals.externalFte > 1000);
    // One organization's pivot is a part of the whole.
    WorkforcePivot one;
    QVERIFY(WorkforceAnalysis::pivot(*m_file, QDate(), QDate(), 1, &one, &error));
    QVERIFY(one.totals.total() > 0 && one.totals.total() < pivot.totals.total());
}

void TestWorkforce::thresholdFlags()
{
    QCOMPARE(WorkforceAnalysis::riskThreshold(*m_file), 50.0);
    WorkforcePivot pivot;
    QString error;
    QVERIFY(WorkforceAnalysis::pivot(*m_file, QDate(), QDate(), 0, &pivot, &error));
    int atHalf = 0;
    for (const WorkforcePivotRow &r : pivot.rows)
        atHalf += pivot.isAtRisk(r) ? 1 : 0;
    QCOMPARE(atHalf, 4);
    // The threshold is the portfolio's: a lower one flags more specialties, stored and undoable.
    QVERIFY(Edits::setExternalRiskThreshold(*m_file, 40, QStringLiteral("Threshold")).ok);
    QCOMPARE(WorkforceAnalysis::riskThreshold(*m_file), 40.0);
    QVERIFY(WorkforceAnalysis::pivot(*m_file, QDate(), QDate(), 0, &pivot, &error));
    int atForty = 0;
    for (const WorkforcePivotRow &r : pivot.rows)
        atForty += pivot.isAtRisk(r) ? 1 : 0;
    QVERIFY(atForty > atHalf);
    QVERIFY(!Edits::setExternalRiskThreshold(*m_file, -1, QStringLiteral("Threshold")).ok);
    QVERIFY(!Edits::setExternalRiskThreshold(*m_file, qQNaN(), QStringLiteral("Threshold")).ok);
    QVERIFY(Edits::setExternalRiskThreshold(*m_file, 50, QStringLiteral("Threshold")).ok);
}

void TestWorkforce::compareSurveys()
{
    WorkforcePivot pivot;
    QString error;
    QVERIFY(WorkforceAnalysis::pivot(*m_file, QDate(2016, 3, 31), QDate(2015, 3, 31), 0, &pivot, &error));
    QCOMPARE(pivot.compareSurvey, QDate(2015, 3, 31));
    QVERIFY(pivot.totals.compared);
    bool anyChange = false;
    double before = 0;
    for (const WorkforcePivotRow &r : pivot.rows) {
        QVERIFY(r.compared);
        before += r.compareInternal + r.compareExternal;
        anyChange = anyChange || r.internalFte != r.compareInternal || r.externalFte != r.compareExternal;
    }
    QVERIFY(anyChange);
    QVERIFY(std::abs(before - (pivot.totals.compareInternal + pivot.totals.compareExternal)) < 1e-6);
    // The 2015 survey on its own reads the same figures as the comparison column.
    WorkforcePivot old;
    QVERIFY(WorkforceAnalysis::pivot(*m_file, QDate(2015, 3, 31), QDate(), 0, &old, &error));
    QVERIFY(std::abs(old.totals.total() - before) < 1e-6);
    // Comparing a survey with itself is no comparison.
    QVERIFY(WorkforceAnalysis::pivot(*m_file, QDate(2016, 3, 31), QDate(2016, 3, 31), 0, &pivot, &error));
    QVERIFY(!pivot.compareSurvey.isValid());
}

void TestWorkforce::periodsByFrenchLabel()
{
    // "août 2016" names the sample's August 2016 period, as French documents print it.
    const auto august = Periods::find(*m_file, QStringLiteral("August 2016"));
    QVERIFY(august);
    const auto french = Periods::find(*m_file, QStringLiteral("août 2016"));
    QVERIFY(french);
    QCOMPARE(french->id, august->id);
    QCOMPARE(Periods::displayLabel(*august, QStringLiteral("fr")), QStringLiteral("août 2016"));
    QVERIFY(!Periods::find(*m_file, QStringLiteral("mai 2031")));
}

void TestWorkforce::briefingCheck()
{
    BriefingFacts facts;
    BriefingMeasure titled;
    titled.id = 1;
    titled.number = 9;
    titled.title = { QStringLiteral("Decision history"), QStringLiteral("Historique des décisions") };
    BriefingMeasure englishOnly;
    englishOnly.id = 2;
    englishOnly.number = 10;
    englishOnly.title = { QStringLiteral("Workforce portrait"), QString() };
    facts.measures = { titled, englishOnly };
    BriefingItem complete;
    complete.text = { QStringLiteral("Done"), QStringLiteral("Fait") };
    complete.measureId = 1;
    BriefingItem untranslated;
    untranslated.text = { QStringLiteral("Portrait published"), QString() };
    untranslated.measureId = 2;
    const QList<BriefingItem> items { complete, untranslated };

    const QStringList french = BriefingCheck::untranslated(facts, items, QStringLiteral("fr"));
    QCOMPARE(french.size(), 2);
    QVERIFY(french.at(0).contains(QStringLiteral("Portrait published")));
    QVERIFY(french.at(1).contains(QStringLiteral("Measure 10")));
    QVERIFY(french.at(1).contains(QStringLiteral("Workforce portrait")));
    // In English nothing lacks its form.
    QVERIFY(BriefingCheck::untranslated(facts, items, QStringLiteral("en")).isEmpty());
}

void TestWorkforce::slashedDates()
{
    QDate d;
    bool ambiguous = true;
    QVERIFY(ValueParser::parseDate(QStringLiteral("31/12/2017"), DateFormat::Auto, &d, &ambiguous).isEmpty());
    QCOMPARE(d, QDate(2017, 12, 31));
    QVERIFY(!ambiguous);
    QVERIFY(ValueParser::parseDate(QStringLiteral("12/31/2017"), DateFormat::Auto, &d, &ambiguous).isEmpty());
    QCOMPARE(d, QDate(2017, 12, 31));
    const QString problem = ValueParser::parseDate(QStringLiteral("05/06/2017"), DateFormat::Auto, &d, &ambiguous);
    QVERIFY(problem.contains(QStringLiteral("ambiguous")));
    QVERIFY(ambiguous);
    QVERIFY(!d.isValid());
}

QTEST_GUILESS_MAIN(TestWorkforce)
#include "tst_workforce.moc"
