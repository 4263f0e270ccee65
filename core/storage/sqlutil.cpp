#include "sqlutil.h"

namespace Vigie {

Project projectForRule(const QSqlQuery &q)
{
    Project p;
    p.budget = q.value(0).toDouble();
    p.plannedStart = dateValue(q.value(1));
    p.plannedEnd = dateValue(q.value(2));
    p.forecastCost = optionalDouble(q.value(3));
    p.forecastEnd = dateValue(q.value(4));
    p.reportedCostVariance = optionalDouble(q.value(5));
    p.reportedScheduleVariance = optionalDouble(q.value(6));
    return p;
}

bool syncBaselines(QSqlDatabase db, RowId projectId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE project SET "
        " budget = (SELECT budget FROM baseline WHERE project_id = ? ORDER BY sequence DESC LIMIT 1),"
        " planned_start = (SELECT planned_start FROM baseline WHERE project_id = ? ORDER BY sequence DESC LIMIT 1),"
        " planned_end = (SELECT planned_end FROM baseline WHERE project_id = ? ORDER BY sequence DESC LIMIT 1),"
        " original_budget = (SELECT budget FROM baseline WHERE project_id = ? ORDER BY sequence LIMIT 1),"
        " original_end = (SELECT planned_end FROM baseline WHERE project_id = ? ORDER BY sequence LIMIT 1) "
        "WHERE id = ? AND EXISTS (SELECT 1 FROM baseline WHERE project_id = ?)"));
    for (int i = 0; i < 7; ++i)
        q.addBindValue(projectId);
    return q.exec();
}

} // namespace Vigie
