#pragma once

#include "analysis/summary.h"
#include "model/entities.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace Vigie {

class PortfolioFile;

// What the charts show, computed with SQL over the portfolio file: categories, series of values and the
// text printed on each value, all formatted in one locale. No drawing here: ui/charts turns a ChartData
// into a QChart, and the same data feeds tests and briefings.

// Which rows a chart counts. 0 means "all" (organization, key area) or "current values" (period).
struct ChartFilter
{
    RowId organizationId = 0; // projects by organization, measures by owner, workforce and envelopes by org
    RowId keyAreaId = 0;      // measures in the area; projects linked to its measures
    RowId periodId = 0;       // frozen values of a reporting period instead of the current ones
};

// What a series means; the view picks colours from it. Health colours mean health and nothing else.
enum class SeriesRole { Neutral1, Neutral2, Neutral3, Neutral4, Green, Yellow, Red, Unrated, AtRisk };

enum class ChartShape { Bars, StackedBars, HorizontalBars, HorizontalStackedBars, Lines };

struct ChartSeries
{
    QString name;         // legend text, translated
    SeriesRole role = SeriesRole::Neutral1;
    QList<double> values; // one per category
    QStringList labels;   // text printed at each value ("" for none), one per category
};

struct ChartData
{
    QString id;
    QString title;
    QString subtitle;       // the chart's headline figure, e.g. "11 of 36 measures completed (30.6%)"
    QString periodText;     // "Period: August 2016 (as of 2016-08-31)" or "Current values"
    QString portfolioName;  // in the chart's language when the portfolio has a name in it
    QString classification; // the portfolio's security marking, printed on the chart when set
    QString ruleStatement;  // the health rule, on charts that show health colours
    QStringList notes;      // other footnotes (thresholds, truncation)
    QStringList footer;     // the footer as printed (source, rule, notes), worded by the chart's painter
    QString emptyText;      // shown instead of the plot when there is nothing to show
    ChartShape shape = ChartShape::Bars;
    QStringList categories; // in reading order (top to bottom for horizontal bars)
    QList<ChartSeries> series;
    QStringList totals;     // text printed past the end of each category's bar or stack ("" for none)
    QList<int> highlighted; // categories flagged at risk
    QString valueAxisTitle;
    double valueMax = 0.0;  // upper bound of the value axis (room for labels included)
    bool percentAxis = false;

    bool isEmpty() const;
    // Sum of the values of one category over all series.
    double categoryTotal(int category) const;
};

// What a health chart (project-health-cost, project-health-schedule) sums over the active projects of its
// period (declared where set, else computed; frozen as shown for a period), in the order the chart reads
// them: project order. A caller that has made these very sums already (the briefing's facts, in their one
// pass over the period's rows) hands them to build(), which then reads no row: at a million projects each
// chart would read the period's million rows again.
struct HealthChartFigures
{
    int active = 0;
    double amount = 0.0;           // their authorized budgets
    IndicatorSummary colours;      // by the chart's indicator
    HealthBucket declaredGreener;  // declared greener than computed, by the chart's indicator
};

// One entry of a filter list (organizations, key areas), labelled in one language.
struct FilterChoice
{
    RowId id = 0;
    QString label;
};

class ChartDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ChartDataBuilder)
public:
    // The chart identifiers, in the order the UI lists them; stable (CLI, briefings, file names).
    static QStringList chartIds();
    static bool isChartId(const QString &id);
    // Translated one-line description of a chart, for `vigie chart --list` and the charts list.
    static QString description(const QString &id);
    static QString title(const QString &id);
    // Whether a chart uses health colours (and so prints the health rule).
    static bool usesHealthColours(const QString &id);

    // Builds a chart's data in `locale`'s language and formats. False with a message when the file
    // cannot be read or the id or period is unknown.
    // `health`: the figures of a health chart when the caller has them (ignored for other charts and
    // with an organization or key area filter, which the caller's sums do not apply).
    static bool build(const PortfolioFile &file, const QString &id, const ChartFilter &filter,
                      const QLocale &locale, ChartData *out, QString *error,
                      const HealthChartFigures *health = nullptr);

    // The choices of the filter lists, in display order.
    static QList<FilterChoice> organizations(const PortfolioFile &file, const QString &language);
    static QList<FilterChoice> keyAreas(const PortfolioFile &file, const QString &language);

    // Specialties whose external share exceeds this percentage are shown at risk (the portfolio's own
    // threshold, 50% unless the analyst set another).
    static double externalRiskThreshold(const PortfolioFile &file);
    // Organizations shown one by one on the envelopes chart; the rest are added up as "Other".
    static int maxEnvelopeOrganizations() { return 8; }
    // Specialties shown on the workforce chart (largest first), the rest noted.
    static int maxSpecialties() { return 25; }
};

// "94.4%" in English, "94,4 %" in French.
QString formatPercent(double value, const QLocale &locale, int decimals = 1);

} // namespace Vigie
