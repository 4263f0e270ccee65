#include "projectscan.h"

#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <algorithm>

namespace Vigie {

namespace {

QDate dateAt(const SqlStatement &q, int column)
{
    if (q.isNull(column))
        return {};
    // As Vigie stores dates, read from the bytes; anything else (a time after the date) as Qt reads ISO.
    const QDate day = storedDay(q.utf8(column));
    return day.isValid() ? day : QDate::fromString(QString::fromLatin1(q.text(column)), Qt::ISODate);
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

bool ProjectScan::run(const PortfolioFile &file, bool withOriginals,
                      const std::function<void(const ProjectColours &)> &visit, QString *error, bool withFigures)
{
    // The original baseline is in the project row (schema 6: kept in step with the baseline rows), so
    // that one scan of the projects gives every colour, against the original baseline included.
    // Without `withFigures` only the forecasts are asked for, which the colours against the original
    // baseline need (its plan replaces the latest one, and variances a source reported are against the
    // latest): SQLite decodes each result column at every step, read or not. Asking for them as they
    // are costs less than asking only for re-authorized projects' (a CASE at every row).
    QStringList figures;
    for (const char *column : { "planned_start", "planned_end", "forecast_cost", "forecast_end", "reported_cost_variance",
                                "reported_schedule_variance" }) {
        const QString name = QLatin1String(column);
        const bool forecast = name.startsWith(QLatin1String("forecast_"));
        figures << (withFigures || (withOriginals && forecast) ? name : QStringLiteral("NULL"));
    }
    SqlStatement q;
    if (!q.prepare(sqlDatabase(file),
                   QStringLiteral("SELECT id, state, budget, %1, declared_cost, declared_schedule, declared_overall, "
                                  "computed_cost, computed_schedule, touched, baselines, original_budget, original_start, "
                                  "original_end FROM project")
                       .arg(figures.join(QLatin1String(", "))),
                   error))
        return false;
    ProjectColours row;
    OriginalBaseline original;
    while (q.next(error)) {
        row.id = q.integer(0);
        row.active = q.utf8(1) == "active";
        Project &p = row.figures;
        p.id = row.id;
        p.budget = q.real(2);
        original.baselines = withOriginals ? int(q.integer(15)) : 0;
        row.original = original.baselines > 1 ? &original : nullptr;
        if (row.original) {
            original.budget = q.real(16);
            original.plannedStart = dateAt(q, 17);
            original.plannedEnd = dateAt(q, 18);
        }
        if (withFigures) {
            p.plannedStart = dateAt(q, 3);
            p.plannedEnd = dateAt(q, 4);
            p.reportedCostVariance = realAt(q, 7);
            p.reportedScheduleVariance = realAt(q, 8);
        }
        if (withFigures || row.original) {
            p.forecastCost = realAt(q, 5);
            p.forecastEnd = dateAt(q, 6);
        }
        p.declaredCost = HealthText::fromStored(q.utf8(9));
        p.declaredSchedule = HealthText::fromStored(q.utf8(10));
        p.declaredOverall = HealthText::fromStored(q.utf8(11));
        p.computedCost = HealthText::fromStored(q.utf8(12));
        p.computedSchedule = HealthText::fromStored(q.utf8(13));
        const QByteArrayView touched = q.utf8(14);
        row.touchedDay = touched.first(std::min<qsizetype>(10, touched.size())); // the UTC day
        visit(row);
    }
    return statementComplete(file, q, error);
}

} // namespace Vigie
