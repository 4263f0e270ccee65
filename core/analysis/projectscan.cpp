#include "projectscan.h"

#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

namespace Vigie {

namespace {

QDate dateAt(const SqlStatement &q, int column)
{
    return q.isNull(column) ? QDate() : QDate::fromString(QString::fromLatin1(q.text(column)), Qt::ISODate);
}

std::optional<double> realAt(const SqlStatement &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<double>(q.real(column));
}

} // namespace

Health ProjectColours::declared(Indicator indicator) const
{
    switch (indicator) {
    case Indicator::Cost: return figures.declaredCost;
    case Indicator::Schedule: return figures.declaredSchedule;
    case Indicator::Overall: break;
    }
    return figures.declaredOverall;
}

Health ProjectColours::computed(Indicator indicator) const
{
    switch (indicator) {
    case Indicator::Cost: return figures.computedCost;
    case Indicator::Schedule: return figures.computedSchedule;
    case Indicator::Overall: break;
    }
    return computedOverall();
}

Health ProjectColours::effective(Indicator indicator) const
{
    switch (indicator) {
    case Indicator::Cost: return figures.effectiveCost();
    case Indicator::Schedule: return figures.effectiveSchedule();
    case Indicator::Overall: break;
    }
    return figures.effectiveOverall();
}

Project ProjectColours::againstOriginal() const
{
    Project p = figures;
    if (!original)
        return p;
    // Variances a source reported are against the baseline it knew (the latest): against the original
    // one, the variance is computed from the figures.
    p.budget = original->budget;
    p.plannedStart = original->plannedStart;
    p.plannedEnd = original->plannedEnd;
    p.reportedCostVariance.reset();
    p.reportedScheduleVariance.reset();
    return p;
}

bool ProjectScan::originals(const PortfolioFile &file, QHash<RowId, OriginalBaseline> *out, QString *error)
{
    out->clear();
    SqlStatement q;
    if (!q.prepare(sqlDatabase(file),
                   QStringLiteral("SELECT project_id, budget, planned_start, planned_end FROM baseline "
                                  "WHERE project_id IN (SELECT project_id FROM baseline GROUP BY project_id "
                                  "HAVING COUNT(*) > 1) ORDER BY project_id, sequence"),
                   error))
        return false;
    while (q.next(error)) {
        OriginalBaseline &b = (*out)[q.integer(0)];
        if (b.baselines++ == 0) {
            b.budget = q.real(1);
            b.plannedStart = dateAt(q, 2);
            b.plannedEnd = dateAt(q, 3);
        }
    }
    return statementComplete(file, q, error);
}

bool ProjectScan::run(const PortfolioFile &file, bool withOriginals,
                      const std::function<void(const ProjectColours &)> &visit, QString *error, bool withFigures)
{
    QHash<RowId, OriginalBaseline> originalOf;
    if (withOriginals && !originals(file, &originalOf, error))
        return false;
    SqlStatement q;
    if (!q.prepare(sqlDatabase(file),
                   QStringLiteral("SELECT id, state, budget, planned_start, planned_end, forecast_cost, forecast_end, "
                                  "reported_cost_variance, reported_schedule_variance, declared_cost, "
                                  "declared_schedule, declared_overall, computed_cost, computed_schedule, "
                                  "substr(touched, 1, 10) FROM project"),
                   error))
        return false;
    ProjectColours row;
    while (q.next(error)) {
        row.id = q.integer(0);
        row.active = q.utf8(1) == "active";
        Project &p = row.figures;
        p.id = row.id;
        p.budget = q.real(2);
        const auto it = originalOf.constFind(row.id);
        row.original = it == originalOf.constEnd() ? nullptr : &it.value();
        if (withFigures || row.original) {
            p.plannedStart = dateAt(q, 3);
            p.plannedEnd = dateAt(q, 4);
            p.forecastCost = realAt(q, 5);
            p.forecastEnd = dateAt(q, 6);
            p.reportedCostVariance = realAt(q, 7);
            p.reportedScheduleVariance = realAt(q, 8);
        }
        p.declaredCost = HealthText::fromStored(q.utf8(9));
        p.declaredSchedule = HealthText::fromStored(q.utf8(10));
        p.declaredOverall = HealthText::fromStored(q.utf8(11));
        p.computedCost = HealthText::fromStored(q.utf8(12));
        p.computedSchedule = HealthText::fromStored(q.utf8(13));
        row.touchedDay = q.utf8(14);
        visit(row);
    }
    return statementComplete(file, q, error);
}

} // namespace Vigie
