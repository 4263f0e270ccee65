#include "workforcepivot.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"

#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

double share(double internal, double external)
{
    const double total = internal + external;
    return total > 0 ? external / total * 100.0 : 0.0;
}

// FTEs by specialty of one survey: specialty id → (internal, external).
bool readSurvey(const PortfolioFile &file, const QDate &survey, RowId organizationId,
                QHash<RowId, std::pair<double, double>> *out, QString *error)
{
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    QString sql = QStringLiteral("SELECT specialty_id, COALESCE(SUM(internal_fte), 0.0), COALESCE(SUM(external_fte), 0.0) "
                                 "FROM workforce "
                                 "WHERE survey_date = ?");
    if (organizationId)
        sql += QStringLiteral(" AND organization_id = ?");
    sql += QStringLiteral(" GROUP BY specialty_id");
    q.prepare(sql);
    q.addBindValue(survey.toString(Qt::ISODate));
    if (organizationId)
        q.addBindValue(organizationId);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    while (q.next())
        out->insert(q.value(0).toLongLong(), { q.value(1).toDouble(), q.value(2).toDouble() });
    return true;
}

} // namespace

double WorkforcePivotRow::externalShare() const
{
    return share(internalFte, externalFte);
}

double WorkforcePivotRow::compareExternalShare() const
{
    return share(compareInternal, compareExternal);
}

QList<QDate> WorkforceAnalysis::surveys(const PortfolioFile &file)
{
    QList<QDate> dates;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    if (q.exec(QStringLiteral("SELECT DISTINCT survey_date FROM workforce ORDER BY survey_date DESC"))) {
        while (q.next()) {
            const QDate d = dateValue(q.value(0));
            if (d.isValid())
                dates.append(d);
        }
    }
    return dates;
}

double WorkforceAnalysis::riskThreshold(const PortfolioFile &file)
{
    bool found = false;
    const QVariant v = file.value(Entity::Portfolio, file.info().uuid, Field::ExternalRiskThreshold, &found);
    return found && !v.isNull() ? v.toDouble() : 50.0;
}

bool WorkforceAnalysis::pivot(const PortfolioFile &file, const QDate &wanted, const QDate &compare,
                              RowId organizationId, WorkforcePivot *out, QString *error)
{
    *out = WorkforcePivot();
    out->threshold = riskThreshold(file);
    const QList<QDate> all = surveys(file);
    out->survey = wanted.isValid() ? wanted : all.value(0);
    if (compare.isValid() && compare != out->survey)
        out->compareSurvey = compare;
    QHash<RowId, std::pair<double, double>> now, before;
    if (out->survey.isValid() && !readSurvey(file, out->survey, organizationId, &now, error))
        return false;
    if (out->compareSurvey.isValid() && !readSurvey(file, out->compareSurvey, organizationId, &before, error))
        return false;
    out->totals.compared = out->compareSurvey.isValid();
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT id, code, name_en, name_fr, core_function FROM specialty ORDER BY ")
                + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("code"))))
        return setError(error, sqlErrorText(q.lastError()));
    while (q.next()) {
        const RowId id = q.value(0).toLongLong();
        const auto n = now.constFind(id);
        const auto b = before.constFind(id);
        if (n == now.constEnd() && b == before.constEnd())
            continue; // a specialty neither survey counted
        WorkforcePivotRow r;
        r.specialtyId = id;
        r.code = q.value(1).toString();
        r.name = { q.value(2).toString(), q.value(3).toString() };
        r.coreFunction = q.value(4).toBool();
        if (n != now.constEnd())
            std::tie(r.internalFte, r.externalFte) = *n;
        if (b != before.constEnd()) {
            r.compared = true;
            std::tie(r.compareInternal, r.compareExternal) = *b;
        }
        out->totals.internalFte += r.internalFte;
        out->totals.externalFte += r.externalFte;
        out->totals.compareInternal += r.compareInternal;
        out->totals.compareExternal += r.compareExternal;
        out->rows.append(r);
    }
    return true;
}

} // namespace Vigie
