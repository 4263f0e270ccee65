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

bool sameStoredValue(const QVariant &a, const QVariant &b)
{
    if (isNullValue(a) || isNullValue(b))
        return isNullValue(a) == isNullValue(b);
    const auto isNumber = [](const QVariant &v) {
        const int t = v.typeId();
        return t == QMetaType::Double || t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::Bool;
    };
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (isNumber(a) != isNumber(b)) {
        // A number against its text (a journaled value): equal when the text reads back as that number.
        const QVariant &number = isNumber(a) ? a : b;
        const QString text = (isNumber(a) ? b : a).toString();
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok && d == number.toDouble();
    }
    return a.toString() == b.toString();
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
