// The data behind each chart, checked against SummaryBuilder's figures and the August 2016 table.
#include "analysis/chartdata.h"
#include "storage/sqlaccess.h"
#include "analysis/periods.h"
#include "i18n/language.h"
#include "analysis/summary.h"
#include "chartfixture.h"
#include "io/exporter.h"
#include "storage/edits.h"
#include "storage/structureedits.h"
#include "storage/portfoliofile.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestChartData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyChartBuilds();
    void classificationInTheChartsLanguage();
    void healthMatchesSummary_data();
    void healthMatchesSummary();
    void healthLabels();
    void measuresMatchSummary();
    void organizationFilter();
    void keyAreaFilter();
    void periodValues();
    void trend();
    void trendFilters();
    void workforce();
    void envelopes();
    void freezeRefusesDuplicates();
    void freezeIsJournaledAndRemovable();
    void unknownChartAndPeriod();
    void emptyPortfolio_data();
    void emptyPortfolio();
    void fallbackIsMarked();

private:
    ChartData build(const QString &id, const ChartFilter &filter = {}, const QLocale &locale = m_en);
    RowId periodId(const QString &label);

    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    static inline const QLocale m_en { QLocale::English, QLocale::Canada };
    static inline const QLocale m_fr { QLocale::French, QLocale::Canada };
};

ChartData TestChartData::build(const QString &id, const ChartFilter &filter, const QLocale &locale)
{
    ChartData data;
    QString error;
    if (!ChartDataBuilder::build(*m_file, id, filter, locale, &data, &error))
        qWarning("%s", qPrintable(error));
    return data;
}

RowId TestChartData::periodId(const QString &label)
{
    const auto p = Periods::find(*m_file, label);
    return p ? p->id : 0;
}

void TestChartData::initTestCase()
{
    QString error;
    m_file = VigieTest::makeChartPortfolio(m_dir.filePath(QStringLiteral("q.vigie")), &error);
    QVERIFY2(m_file, qPrintable(error));
    QCOMPARE(Periods::list(*m_file).size(), 3);
}

void TestChartData::everyChartBuilds()
{
    QVERIFY(ChartDataBuilder::chartIds().contains(QStringLiteral("project-health-cost")));
    QVERIFY(ChartDataBuilder::chartIds().contains(QStringLiteral("project-health-schedule")));
    for (const QString &id : ChartDataBuilder::chartIds()) {
        const ChartData d = build(id);
        QVERIFY2(!d.isEmpty(), qPrintable(id));
        QVERIFY(!ChartDataBuilder::description(id).isEmpty());
        QCOMPARE(d.title, ChartDataBuilder::title(id));
        QCOMPARE(d.portfolioName, QStringLiteral("Québec 2016"));
        QCOMPARE(d.ruleStatement.isEmpty(), !ChartDataBuilder::usesHealthColours(id));
        for (const ChartSeries &s : d.series) {
            QCOMPARE(s.values.size(), d.categories.size());
            QCOMPARE(s.labels.size(), d.categories.size());
            for (double v : s.values)
                QVERIFY2(v <= d.valueMax, qPrintable(id)); // the axis leaves room for every value
        }
        // Health colours on health charts only.
        for (const ChartSeries &s : d.series) {
            const bool health = s.role == SeriesRole::Green || s.role == SeriesRole::Yellow || s.role == SeriesRole::Red;
            QVERIFY2(!health || ChartDataBuilder::usesHealthColours(id), qPrintable(id));
        }
    }
}

void TestChartData::healthMatchesSummary_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("indicator");
    QTest::newRow("cost") << QStringLiteral("project-health-cost") << int(Indicator::Cost);
    QTest::newRow("schedule") << QStringLiteral("project-health-schedule") << int(Indicator::Schedule);
}

void TestChartData::healthMatchesSummary()
{
    QFETCH(QString, id);
    QFETCH(int, indicator);
    Summary summary;
    QVERIFY(SummaryBuilder::compute(*m_file, &summary, nullptr));
    const IndicatorSummary &is = summary.indicator(Indicator(indicator));
    const ChartData d = build(id);
    QCOMPARE(d.series.size(), 3); // nothing unrated
    const Health colours[] = { Health::Green, Health::Yellow, Health::Red };
    for (int k = 0; k < 3; ++k) {
        const HealthBucket &b = is.bucket(colours[k]);
        QCOMPARE(d.series.at(k).values.at(0), Summary::percent(b.count, summary.activeProjects, 1));
        QCOMPARE(d.series.at(k).values.at(1), Summary::percent(b.amount, summary.totalAmount, 2));
        QVERIFY(d.series.at(k).labels.at(0).startsWith(QString::number(b.count) + QLatin1Char('\n')));
        QVERIFY(d.series.at(k).labels.at(1).startsWith(formatMoneyMillions(b.amount, m_en)));
    }
    QVERIFY2(d.subtitle.contains(QStringLiteral("Active projects: 197")), qPrintable(d.subtitle));
    QVERIFY(d.subtitle.contains(QStringLiteral("$428.49M")));
}

void TestChartData::healthLabels()
{
    const ChartData cost = build(QStringLiteral("project-health-cost"));
    QCOMPARE(cost.series.at(0).labels.at(0), QStringLiteral("186\n94.4%"));
    QCOMPARE(cost.series.at(1).labels.at(0), QStringLiteral("8\n4.1%"));
    QCOMPARE(cost.series.at(2).labels.at(0), QStringLiteral("3\n1.5%")); // the source's 1.4% was a slip
    QCOMPARE(cost.series.at(0).labels.at(1), QStringLiteral("$415.56M\n96.98%"));
    QCOMPARE(cost.series.at(1).labels.at(1), QStringLiteral("$11.90M\n2.78%"));
    QCOMPARE(cost.series.at(2).labels.at(1), QStringLiteral("$1.03M\n0.24%"));
    const ChartData schedule = build(QStringLiteral("project-health-schedule"));
    QCOMPARE(schedule.series.at(2).labels.at(1), QStringLiteral("$67.40M\n15.73%"));
    const ChartData fr = build(QStringLiteral("project-health-cost"), {}, m_fr);
    QCOMPARE(fr.series.at(0).labels.at(1), QStringLiteral("415,56\u00a0M$\n96,98\u00a0%"));
    QVERIFY(fr.subtitle.contains(QStringLiteral("428,49\u00a0M$")));
}

void TestChartData::measuresMatchSummary()
{
    Summary summary;
    QVERIFY(SummaryBuilder::compute(*m_file, &summary, nullptr));
    const ChartData byArea = build(QStringLiteral("measures-by-area"));
    QCOMPARE(byArea.categories.size(), summary.areas.size());
    // Series are Completed, Under way, Not started, Cancelled.
    const MeasureStatus order[] = { MeasureStatus::Completed, MeasureStatus::UnderWay, MeasureStatus::NotStarted,
                                    MeasureStatus::Cancelled };
    for (int a = 0; a < summary.areas.size(); ++a) {
        for (int k = 0; k < 4; ++k)
            QCOMPARE(int(byArea.series.at(k).values.at(a)), summary.areas.at(a).byStatus[int(order[k])]);
        QVERIFY(byArea.categories.at(a).contains(summary.areas.at(a).title.en));
    }
    QCOMPARE(byArea.subtitle, QStringLiteral("11 of 36 measures completed (30.6%)"));
    const ChartData progress = build(QStringLiteral("measures-progress"));
    for (int k = 0; k < 4; ++k)
        QCOMPARE(int(progress.series.at(0).values.at(k)), summary.measuresByStatus[int(order[k])]);
    QCOMPARE(progress.series.at(0).labels.at(0), QStringLiteral("11\n30.6%"));
    QCOMPARE(progress.subtitle, byArea.subtitle);
}

void TestChartData::organizationFilter()
{
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM organization WHERE code = 'SCT'")) && q.next());
    ChartFilter filter;
    filter.organizationId = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project WHERE state = 'active' AND organization_id = %1")
                       .arg(filter.organizationId))
            && q.next());
    const int expected = q.value(0).toInt();
    QVERIFY(expected > 0 && expected < 197);
    const ChartData d = build(QStringLiteral("project-health-cost"), filter);
    QVERIFY2(d.subtitle.startsWith(QStringLiteral("Active projects: %1 ").arg(expected)), qPrintable(d.subtitle));
    const ChartData env = build(QStringLiteral("envelopes-by-organization"), filter);
    QCOMPARE(env.categories, QStringList { QStringLiteral("Treasury Board Secretariat") });
}

void TestChartData::keyAreaFilter()
{
    const auto areas = ChartDataBuilder::keyAreas(*m_file, QStringLiteral("en"));
    QCOMPARE(areas.size(), 4);
    ChartFilter filter;
    filter.keyAreaId = areas.first().id;
    const ChartData byArea = build(QStringLiteral("measures-by-area"), filter);
    QCOMPARE(byArea.categories.size(), 1);
    QCOMPARE(byArea.subtitle, QStringLiteral("4 of 9 measures completed (44.4%)"));
    // The 40 projects linked to area 1's measures: 3 red, 8 yellow and 29 green by cost.
    const ChartData health = build(QStringLiteral("project-health-cost"), filter);
    QVERIFY2(health.subtitle.startsWith(QStringLiteral("Active projects: 40 ")), qPrintable(health.subtitle));
    QCOMPARE(health.series.at(2).labels.at(0), QStringLiteral("3\n7.5%"));
}

void TestChartData::periodValues()
{
    ChartFilter filter;
    filter.periodId = periodId(QStringLiteral("February 2016"));
    QVERIFY(filter.periodId);
    const ChartData cost = build(QStringLiteral("project-health-cost"), filter);
    QCOMPARE(cost.series.at(1).labels.at(0).section(QLatin1Char('\n'), 0, 0), QStringLiteral("28")); // 8 + 20 yellow
    QCOMPARE(cost.series.at(2).labels.at(0).section(QLatin1Char('\n'), 0, 0), QStringLiteral("8"));  // 3 + 5 red
    QVERIFY(cost.periodText.contains(QStringLiteral("February 2016")));
    const ChartData measures = build(QStringLiteral("measures-progress"), filter);
    QCOMPARE(measures.series.at(0).labels.at(0), QStringLiteral("9\n25.0%"));
    // August 2016 froze the current values.
    filter.periodId = periodId(QStringLiteral("August 2016"));
    const ChartData august = build(QStringLiteral("project-health-cost"), filter);
    QCOMPARE(august.series.at(0).labels, build(QStringLiteral("project-health-cost")).series.at(0).labels);
}

void TestChartData::trend()
{
    const ChartData d = build(QStringLiteral("health-trend"));
    QCOMPARE(d.categories, (QStringList { QStringLiteral("February 2016"), QStringLiteral("May 2016"),
                                          QStringLiteral("August 2016") }));
    QCOMPARE(d.series.size(), 4);
    // Overall colours in August: the worse of cost and schedule; all 51 projects with a red or yellow
    // schedule are not green, so 146 of 197 are green.
    QCOMPARE(d.series.at(0).values, (QList<double> { Summary::percent(121, 197, 1), Summary::percent(136, 197, 1),
                                                     Summary::percent(146, 197, 1) }));
    QCOMPARE(d.series.at(2).values.at(0), Summary::percent(31 + 5, 197, 1));
    QCOMPARE(d.series.at(3).values, (QList<double> { 25.0, 27.8, 30.6 }));
    QCOMPARE(d.subtitle, QStringLiteral("Reporting periods from February 2016 to August 2016"));
    // It plots frozen periods: its footer never says "Current values".
    QCOMPARE(d.periodText, QStringLiteral("Frozen reporting periods"));
    ChartFilter filter;
    filter.periodId = periodId(QStringLiteral("May 2016"));
    QCOMPARE(build(QStringLiteral("health-trend"), filter).categories.size(), 2);
    // One period is not a trend, and the headline says what makes one ("from February 2016 to February
    // 2016" said nothing).
    filter.periodId = periodId(QStringLiteral("February 2016"));
    const ChartData one = build(QStringLiteral("health-trend"), filter);
    QCOMPARE(one.categories.size(), 1);
    QCOMPARE(one.subtitle, QStringLiteral("One reporting period, February 2016: a trend needs at least two."));
}

// The trend with a filter reads the projects it names first; its shares must be the frozen rows of
// those projects only, period by period (counted here with plain SQL).
void TestChartData::trendFilters()
{
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM organization WHERE code = 'SCT'")) && q.next());
    const qint64 organization = q.value(0).toLongLong();
    const auto areas = ChartDataBuilder::keyAreas(*m_file, QStringLiteral("en"));
    const struct { const char *where; ChartFilter filter; } cases[] = {
        { "p.organization_id = %1", { organization, 0, 0 } },
        { "p.id IN (SELECT l.project_id FROM project_measure l JOIN measure m ON m.id = l.measure_id WHERE m.key_area_id = %1)",
          { 0, areas.first().id, 0 } },
    };
    for (const auto &c : cases) {
        const ChartData d = build(QStringLiteral("health-trend"), c.filter);
        QCOMPARE(d.categories.size(), 3);
        const qint64 id = c.filter.organizationId ? c.filter.organizationId : c.filter.keyAreaId;
        QVERIFY(q.exec(QStringLiteral("SELECT r.as_of, COUNT(*), SUM(pp.overall = 'green'), SUM(pp.overall = 'red') "
                                      "FROM period_project pp JOIN project p ON p.id = pp.project_id "
                                      "JOIN reporting_period r ON r.id = pp.period_id WHERE pp.state = 'active' AND %1 "
                                      "GROUP BY r.id ORDER BY r.as_of")
                           .arg(QString::fromLatin1(c.where).arg(id))));
        int i = 0;
        while (q.next()) {
            QVERIFY(q.value(1).toInt() > 0);
            QCOMPARE(d.series.at(0).values.at(i), Summary::percent(q.value(2).toInt(), q.value(1).toInt(), 1));
            QCOMPARE(d.series.at(2).values.at(i), Summary::percent(q.value(3).toInt(), q.value(1).toInt(), 1));
            ++i;
        }
        QCOMPARE(i, 3);
        QVERIFY(d.series.at(0).values != build(QStringLiteral("health-trend")).series.at(0).values);
    }
}

void TestChartData::workforce()
{
    Summary summary;
    QVERIFY(SummaryBuilder::compute(*m_file, &summary, nullptr));
    const ChartData d = build(QStringLiteral("workforce-by-specialty"));
    double internal = 0, external = 0;
    for (int i = 0; i < d.categories.size(); ++i) {
        internal += d.series.at(0).values.at(i);
        external += d.series.at(1).values.at(i) + d.series.value(2).values.value(i);
    }
    QCOMPARE(internal, summary.internalFte);
    QCOMPARE(external, summary.externalFte);
    // Security (55 of 85 external) and business intelligence (40 of 65) are at risk; nothing else.
    QCOMPARE(d.highlighted.size(), 2);
    for (int i : d.highlighted)
        QVERIFY(d.categories.at(i).contains(QStringLiteral("(at risk)")));
    QCOMPARE(d.series.size(), 3);
    QCOMPARE(d.series.at(2).role, SeriesRole::AtRisk);
    QVERIFY(d.categories.first().startsWith(QStringLiteral("Application development"))); // largest first
}

void TestChartData::envelopes()
{
    Summary summary;
    QVERIFY(SummaryBuilder::compute(*m_file, &summary, nullptr));
    const ChartData byOrg = build(QStringLiteral("envelopes-by-organization"));
    double needs = 0, granted = 0;
    for (int i = 0; i < byOrg.categories.size(); ++i) {
        needs += byOrg.series.at(0).values.at(i);
        granted += byOrg.series.at(1).values.at(i);
    }
    QCOMPARE(needs * 1e6, summary.envelopeNeeds);
    QCOMPARE(granted * 1e6, summary.envelopeGranted);
    QVERIFY(byOrg.subtitle.contains(fiscalYearLabel(summary.envelopeYear)));
    const ChartData byYear = build(QStringLiteral("envelopes-by-year"));
    QCOMPARE(byYear.categories, (QStringList { fiscalYearLabel(2015), fiscalYearLabel(2016) }));
    QCOMPARE(byYear.series.at(0).values.last() * 1e6, summary.envelopeNeeds);
}

void TestChartData::freezeRefusesDuplicates()
{
    EditResult r = Edits::freezePeriod(*m_file, QStringLiteral("august 2016"), QDate(2016, 8, 31), QStringLiteral("Freeze"));
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("august 2016")));
    r = Edits::freezePeriod(*m_file, QStringLiteral("  "), QDate(2016, 8, 31), QStringLiteral("Freeze"));
    QVERIFY(!r.ok);
    QCOMPARE(Periods::list(*m_file).size(), 3);
}

void TestChartData::freezeIsJournaledAndRemovable()
{
    const EditResult frozen =
        Edits::freezePeriod(*m_file, QStringLiteral("September 2016"), QDate(2016, 9, 30), QStringLiteral("Freeze"));
    QVERIFY2(frozen.ok && frozen.changed, qPrintable(frozen.error));
    const QString uuid = frozen.uuid;
    QSqlQuery q(sqlDatabase(*m_file));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE entity_uuid = ?"));
    q.addBindValue(uuid);
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).toInt() >= 1);
    const RowId id = periodId(QStringLiteral("September 2016"));
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM period_project WHERE period_id = ?), "
                             "(SELECT COUNT(*) FROM period_measure WHERE period_id = ?)"));
    q.addBindValue(id);
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 199); // every project, active or not
    QCOMPARE(q.value(1).toInt(), 36);
    QVERIFY(Edits::revert(*m_file, { frozen.changeset }).ok); // undoing the freeze removes the period
    QVERIFY(!Periods::find(*m_file, QStringLiteral("September 2016")));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM period_project WHERE period_id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestChartData::unknownChartAndPeriod()
{
    ChartData d;
    QString error;
    QVERIFY(!ChartDataBuilder::build(*m_file, QStringLiteral("pie-of-everything"), {}, m_en, &d, &error));
    QVERIFY(error.contains(QStringLiteral("pie-of-everything")));
    ChartFilter filter;
    filter.periodId = 9999;
    QVERIFY(!ChartDataBuilder::build(*m_file, QStringLiteral("project-health-cost"), filter, m_en, &d, &error));
}

void TestChartData::emptyPortfolio_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// A new, empty portfolio: every chart says there is nothing yet, in the chart's language, and prints no
// headline that needs data. The workforce chart's ended « relevé du » with no date; the measures charts
// said "0 of 0 measures completed (0.0%)"; all said "matches the filters" with no filter set.
void TestChartData::emptyPortfolio()
{
    QFETCH(QString, language);
    QVERIFY(Language::apply(language));
    const QLocale locale = language == QLatin1String("fr") ? m_fr : m_en;
    FileError fileError;
    const auto empty = PortfolioFile::create(m_dir.filePath(QStringLiteral("empty-%1.vigie").arg(language)),
                                             QStringLiteral("Empty"), &fileError);
    QVERIFY(empty);
    const QHash<QString, QString> said {
        { QStringLiteral("workforce-by-specialty"), language == QLatin1String("fr")
              ? QString::fromUtf8("Aucun relevé de main-d'œuvre pour l'instant.") : QStringLiteral("No workforce survey yet.") },
        { QStringLiteral("measures-by-area"), language == QLatin1String("fr")
              ? QStringLiteral("Aucune mesure pour l'instant.") : QStringLiteral("No measure yet.") },
        { QStringLiteral("measures-progress"), language == QLatin1String("fr")
              ? QStringLiteral("Aucune mesure pour l'instant.") : QStringLiteral("No measure yet.") },
        { QStringLiteral("project-health-cost"), language == QLatin1String("fr")
              ? QStringLiteral("Aucun projet actif pour l'instant.") : QStringLiteral("No active project yet.") },
        { QStringLiteral("envelopes-by-organization"), language == QLatin1String("fr")
              ? QString::fromUtf8("Aucune enveloppe d'investissement pour l'instant.") : QStringLiteral("No investment envelope yet.") },
    };
    QStringList problems;
    for (const QString &id : ChartDataBuilder::chartIds()) {
        ChartData d;
        QString error;
        QVERIFY2(ChartDataBuilder::build(*empty, id, {}, locale, &d, &error), qPrintable(error));
        QVERIFY2(d.isEmpty() && !d.emptyText.isEmpty(), qPrintable(id));
        // No headline but the health charts' (0 active projects, $0.00M: still true).
        if ((!ChartDataBuilder::usesHealthColours(id) || id == QLatin1String("health-trend")) && !d.subtitle.isEmpty())
            problems << QStringLiteral("%1: headline \"%2\"").arg(id, d.subtitle);
        if (d.emptyText.contains(QStringLiteral("filt")) || (said.contains(id) && d.emptyText != said.value(id)))
            problems << QStringLiteral("%1: \"%2\"").arg(id, d.emptyText);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // With a filter, an empty chart says so.
    const auto orgs = ChartDataBuilder::organizations(*m_file, language);
    QVERIFY(!orgs.isEmpty());
    ChartData filtered;
    QString error;
    QVERIFY(ChartDataBuilder::build(*empty, QStringLiteral("measures-progress"), { orgs.first().id, 0, 0 }, locale,
                                    &filtered, &error));
    QCOMPARE(filtered.emptyText, language == QLatin1String("fr") ? QStringLiteral("Aucune mesure ne correspond aux filtres.")
                                                                 : QStringLiteral("No measure matches the filters."));
    Language::apply(QStringLiteral("en"));
}

// A name missing in the chart's language is shown in the other one and marked " ‡", as the Strategy
// page marks it, with a footnote saying what the mark means (a chart on paper has no tooltip); in the
// categories, the filter choices and the charts' other names. Exports and JSON keep the stored text.
void TestChartData::fallbackIsMarked()
{
    QString error;
    const auto file = VigieTest::makeChartPortfolio(m_dir.filePath(QStringLiteral("fallback.vigie")), &error);
    QVERIFY2(file, qPrintable(error));
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("UPDATE key_area SET title_fr = '' WHERE number = 2")));
    QVERIFY(q.exec(QStringLiteral("UPDATE specialty SET name_fr = '' WHERE code = 'SEC'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE organization SET name_fr = '' WHERE code = 'SCT'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE measure SET title_fr = '' WHERE number = (SELECT MIN(number) FROM measure)")));
    QVERIFY(q.exec(QStringLiteral("SELECT title_en FROM measure WHERE number = (SELECT MIN(number) FROM measure)")) && q.next());
    const QString measure = q.value(0).toString();
    QVERIFY(q.exec(QStringLiteral("SELECT title_en FROM key_area WHERE number = 2")) && q.next());
    const QString area = q.value(0).toString();
    QVERIFY(q.exec(QStringLiteral("SELECT name_en FROM organization WHERE code = 'SCT'")) && q.next());
    const QString organization = q.value(0).toString();
    const QString marker = QString::fromUtf8(" ‡");
    const QString note = QString::fromUtf8("‡ Non traduit\u00a0: affiché dans l'autre langue.");
    QVERIFY(Language::apply(QStringLiteral("fr")));
    const auto chart = [&](const QString &id, const QLocale &locale) {
        ChartData d;
        QString e;
        if (!ChartDataBuilder::build(*file, id, {}, locale, &d, &e))
            qWarning("%s", qPrintable(e));
        return d;
    };
    const ChartData byArea = chart(QStringLiteral("measures-by-area"), m_fr);
    QVERIFY2(byArea.categories.contains(QStringLiteral("Axe 2\u00a0: %1").arg(area) + marker), qPrintable(byArea.categories.join(QLatin1Char('|'))));
    QCOMPARE(byArea.categories.filter(marker).size(), 1); // the areas named in French are not marked
    QVERIFY(byArea.notes.contains(note));
    const ChartData workforce = chart(QStringLiteral("workforce-by-specialty"), m_fr);
    QVERIFY2(workforce.categories.filter(QStringLiteral("Information security") + marker).size() == 1,
             qPrintable(workforce.categories.join(QLatin1Char('|'))));
    QVERIFY(workforce.notes.contains(note));
    const ChartData envelopes = chart(QStringLiteral("envelopes-by-organization"), m_fr);
    QVERIFY2(envelopes.categories.contains(organization + marker), qPrintable(envelopes.categories.join(QLatin1Char('|'))));
    // Nothing is in the other language on the health charts: no mark, no note.
    QVERIFY(chart(QStringLiteral("project-health-cost"), m_fr).notes.filter(QString::fromUtf8("‡")).isEmpty());
    // The chart filters' choices too.
    bool marked = false;
    for (const FilterChoice &choice : ChartDataBuilder::keyAreas(*file, QStringLiteral("fr")))
        marked = marked || choice.label.endsWith(area + marker);
    QVERIFY(marked);
    // In English every name exists: nothing marked.
    QVERIFY(Language::apply(QStringLiteral("en")));
    const ChartData english = chart(QStringLiteral("measures-by-area"), m_en);
    QVERIFY(english.categories.filter(QString::fromUtf8("‡")).isEmpty());
    QVERIFY(english.notes.filter(QString::fromUtf8("‡")).isEmpty());

    // What is exported keeps the stored text: the English title in the French table, unmarked.
    Exporter::Options options;
    options.language = QStringLiteral("fr");
    const QString csv = m_dir.filePath(QStringLiteral("fallback-measures.csv"));
    QVERIFY2(Exporter::exportTables(*file, { ExportTable::Measures }, csv, options, &error), qPrintable(error));
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(exported.readAll());
    QVERIFY(table.contains(measure));
    QVERIFY(!table.contains(QString::fromUtf8("‡")));
    Summary summary;
    QVERIFY(SummaryBuilder::compute(*file, &summary, nullptr));
    const QString json = SummaryBuilder::toJsonText(summary);
    QVERIFY(json.contains(area));
    QVERIFY(!json.contains(QString::fromUtf8("‡")));
}

// The banner under a chart is in the chart's language when it is an official marking (OfficialNames).
void TestChartData::classificationInTheChartsLanguage()
{
    const QString before = m_file->info().classification;
    QVERIFY(StructureEdits::setPortfolio(*m_file, { { Field::Classification, QStringLiteral("PROTÉGÉ A") } }, QStringLiteral("Banner")).ok);
    QCOMPARE(build(QStringLiteral("project-health-cost")).classification, QStringLiteral("PROTECTED A"));
    QCOMPARE(build(QStringLiteral("project-health-cost"), {}, m_fr).classification, QStringLiteral("PROTÉGÉ A"));
    QVERIFY(StructureEdits::setPortfolio(*m_file, { { Field::Classification, before } }, QStringLiteral("Banner")).ok);
    QCOMPARE(build(QStringLiteral("project-health-cost")).classification, before);
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
