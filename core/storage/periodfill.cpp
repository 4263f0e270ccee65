// A reporting period's frozen rows: every project's effective colours (and computed ones beside them), state, budget and forecasts and
// every measure's status, copied when the period row is created (and again when an undone freeze is
// redone). They are the period itself, never edited, and go with it.
#include "portfoliofile.h"

#include "storage/sqldialect.h"
#include "storage/sqlutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {
// The effective colours, as SummaryBuilder computes them: declared where set, else computed.
const char *const kCost = "COALESCE(declared_cost, computed_cost)";
const char *const kSchedule = "COALESCE(declared_schedule, computed_schedule)";
} // namespace

bool PortfolioFile::fillPeriod(RowId periodId, QString *error)
{
    // Frozen rows get their UUIDs from the statement itself (one statement per table keeps a freeze of
    // 100,000 projects instant), in row order so that SQLite appends them to the UUID index. The overall
    // colour is the one SummaryBuilder shows.
    const QString uuidSql = SqlDialect::newUuidSql(database(), QStringLiteral("id"));
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
                  "INSERT INTO period_project (uuid, period_id, project_id, state, budget, forecast_cost, "
                  "forecast_end, cost, schedule, overall, computed_cost, computed_schedule) "
                  "SELECT %1, ?, id, state, budget, forecast_cost, forecast_end, %2, %3, "
                  "COALESCE(declared_overall, CASE WHEN %2 = 'red' OR %3 = 'red' THEN 'red' "
                  "WHEN %2 = 'yellow' OR %3 = 'yellow' THEN 'yellow' "
                  "WHEN %2 = 'green' OR %3 = 'green' THEN 'green' END), computed_cost, computed_schedule "
                  "FROM project")
                  .arg(uuidSql, QString::fromLatin1(kCost), QString::fromLatin1(kSchedule)));
    q.addBindValue(periodId);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    q.prepare(QStringLiteral("INSERT INTO period_measure (uuid, period_id, measure_id, status, percent_complete) "
                             "SELECT %1, ?, id, status, percent_complete FROM measure")
                  .arg(SqlDialect::newUuidSql(database(), QStringLiteral("id"))));
    q.addBindValue(periodId);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    noteMany(Entity::PeriodProject);
    noteMany(Entity::PeriodMeasure);
    return true;
}

} // namespace Vigie
