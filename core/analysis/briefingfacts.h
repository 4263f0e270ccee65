#pragma once

#include "analysis/chartdata.h"
#include "analysis/movers.h"
#include "analysis/summary.h"
#include "model/entities.h"

#include <QList>

#include <optional>

namespace Vigie {

class PortfolioFile;

// What a council briefing says about one reporting period, read from the file once: the measures and
// projects as they stood at the period (its frozen values when the period has them, else the current
// ones), the previous period for "since last time", the workforce survey and the investment envelope.
// The drafter (briefingdraft.h) and the document (ui/report) both start from it.
struct BriefingMeasure
{
    RowId id = 0;
    int number = 0;
    BilingualText title;
    int areaNumber = 0;
    BilingualText areaTitle;
    QString planCode; // its key area's plan (several plans number their measures and areas alike)
    QDate due;
    MeasureStatus status = MeasureStatus::NotStarted;      // at the period
    std::optional<MeasureStatus> previousStatus;           // at the previous period, when it had the measure
};

struct BriefingProject
{
    RowId id = 0;
    QString code;
    BilingualText name;
    QString organization; // code
    ProjectState state = ProjectState::Active; // at the period
    std::optional<ProjectState> previousState;
    double budget = 0.0;
    std::optional<double> forecastCost;
    Health cost = Health::Unrated;
    Health schedule = Health::Unrated;
    QDate plannedEnd;
    QDate forecastEnd;
    QDate delivered;

    Health overall() const { return worse(cost, schedule); }
    QDate expectedEnd() const { return forecastEnd.isValid() ? forecastEnd : plannedEnd; }
};

struct BriefingSpecialty
{
    RowId id = 0;
    QString code;
    BilingualText name;
    bool coreFunction = false;
    double internalFte = 0.0;
    double externalFte = 0.0;
    double externalShare() const; // 0..1
};

struct BriefingEnvelope
{
    QString organization; // code
    BilingualText organizationName;
    double plannedNeeds = 0.0;
    double granted = 0.0;
    double committed = 0.0;
    double gap() const { return plannedNeeds - granted; }
};

// Projects a briefing names, and how many more it counts without naming them: a council briefing names
// the largest few and sums up the rest, whether the portfolio has twenty projects or a million.
struct BriefingProjectList
{
    QList<BriefingProject> named; // the largest (authorized budget, then code), at most kNamedProjects
    int count = 0;                // all of them, named or not
    double amount = 0.0;          // their authorized budgets
};

struct BriefingFacts
{
    static constexpr int kNamedProjects = 5;  // projects named per list
    static constexpr int kHorizonMonths = 36; // "priorities": due within this many months of the period

    PortfolioInfo info;
    QString rulePreset;   // HealthRule::preset(): "variance-10-30", "three-code", "custom"
    double ruleGreenMax = 10.0, ruleRedMin = 30.0;

    std::optional<ReportingPeriod> period;   // none when the file has no reporting period
    std::optional<ReportingPeriod> previous; // the period before, by as-of date
    QDate asOf;                              // the period's as-of date, or today's date without one

    BilingualText planTitle;
    QDate planEnd; // "to be taken by": the plan's end date, else the latest measure due date
    QList<BriefingMeasure> measures;
    QList<AreaSummary> areas;
    int measuresByStatus[4] = { 0, 0, 0, 0 };
    int measuresTotal() const;

    // The projects known at the period (all states), read in one pass and never held all at once.
    int activeProjects = 0;
    double activeAmount = 0.0;
    IndicatorSummary cost, schedule;
    // Completed in the window (delivered after windowStart(), by asOf; without a delivery date, active
    // at the previous period). The named ones in order of delivery.
    BriefingProjectList delivered;
    // Active, expected to end after asOf and within kHorizonMonths (the forecast end, else the planned end).
    BriefingProjectList due;
    // Active and red overall (the worse of cost and schedule), with how many are red by each indicator.
    BriefingProjectList red;
    int redByCost = 0, redBySchedule = 0;
    // Active projects whose shown overall colour (declared where set) is greener than the one the rule
    // computes: what declaring hides, said wherever the briefing shows effective colours. A period frozen
    // before computed colours were kept beside the shown ones counts none.
    HealthBucket declaredGreener;
    // Declared greener than computed by one indicator, as the health charts note it.
    HealthBucket costGreener, scheduleGreener;
    // Whether the figures above are the sums the period's health charts make of the same rows in the
    // same order (project order): false for a period that froze no project (the figures are the current
    // values, the charts show none) and for rows the facts do not read as the charts do (a frozen row
    // without its project, a state the file should not hold).
    bool sameRowsAsCharts = false;
    // The figures of the health chart of `indicator` (cost or schedule), when they are the chart's.
    std::optional<HealthChartFigures> healthChart(Indicator indicator) const;
    // What changed since the previous period (overall colour): none without a previous period. Read in
    // the pass over the projects when the period froze them: the lists then hold the projects' ids and
    // codes (what the briefing names) but not their UUIDs or names.
    std::optional<Movers> movers;

    QDate workforceSurvey;
    int workforceOrganizations = 0;
    QList<BriefingSpecialty> specialties;
    double externalRiskThreshold = 50.0; // percent of external FTEs above which a specialty is at risk

    int envelopeYear = 0; // fiscal year start; 0 when the file has no envelope
    QList<BriefingEnvelope> envelopes;

    // Which window "since the previous period" covers: (start, asOf].
    QDate windowStart() const;
};

class BriefingFactsReader
{
public:
    // The file's reporting periods, oldest first.
    static QList<ReportingPeriod> periods(const PortfolioFile &file);
    // Period by label; nullopt when there is none.
    static std::optional<ReportingPeriod> periodByLabel(const PortfolioFile &file, const QString &label);
    // Facts for `periodId` (0: the latest period, or the current values when the file has none).
    static bool read(const PortfolioFile &file, RowId periodId, BriefingFacts *facts, QString *error);
};

} // namespace Vigie
