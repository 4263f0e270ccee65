#pragma once

#include "model/entities.h"

#include <QCoreApplication>

#include <functional>

namespace Vigie {

class PortfolioFile;

// A project's original baseline (its first baseline row, which the project row holds beside its count),
// given only for projects re-authorized at least once: for the others the original is the latest.
struct OriginalBaseline
{
    int baselines = 0; // how many baseline rows the project has (2 or more here)
    double budget = 0.0;
    QDate plannedStart;
    QDate plannedEnd;
};

// One project as the honest-colour analyses read it: its state, the figures the rule reads, the stored
// declared and computed colours, and its original baseline when it was re-authorized.
struct ProjectColours
{
    RowId id = 0;
    bool active = false;
    Project figures; // budget, dates, forecasts, reported variances, declared and computed colours
    const OriginalBaseline *original = nullptr; // null: never re-authorized; valid during the visit only
    // The UTC date the project was last touched ("2016-08-31"; empty: unknown), for staleness; valid
    // during the visit only.
    QByteArrayView touchedDay;

    Health computedCost() const { return figures.computedCost; }
    Health computedSchedule() const { return figures.computedSchedule; }
    // The worse of the computed colours that are rated (unrated only when both are).
    Health computedOverall() const { return worse(figures.computedCost, figures.computedSchedule); }
    Health declared(Indicator indicator) const;
    Health computed(Indicator indicator) const;
    // What the dashboards show: declared where set, else computed (Project::effective*).
    Health effective(Indicator indicator) const;
    // The project as it would be measured against its original baseline (itself when never re-authorized).
    Project againstOriginal() const;
};

// Reads every project once, in row order, with the original baselines of re-authorized projects; one
// scan of the project table whatever the portfolio's size (a million projects). Core analyses only (summary, rule preview).
class ProjectScan
{
public:
    // Calls `visit` for each project; `withOriginals` also gives the original baselines. Without
    // `withFigures` a project's figures hold only what its colours against the original baseline need
    // (ProjectColours::againstOriginal): its forecast cost and end, for re-authorized projects. Parsing
    // three dates a row was most of a scan's time, and each column asked for is decoded at every row.
    static bool run(const PortfolioFile &file, bool withOriginals,
                    const std::function<void(const ProjectColours &)> &visit, QString *error,
                    bool withFigures = true);
};

} // namespace Vigie
