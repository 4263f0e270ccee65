#include "colourhistory.h"

#include "analysis/periods.h"
#include "storage/fields.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QSqlQuery>

namespace Vigie {

QList<ColourHistory::PeriodColours> ColourHistory::periods(const PortfolioFile &file, RowId projectId)
{
    QList<PeriodColours> out;
    const QList<ReportingPeriod> all = Periods::list(file);
    QHash<RowId, int> indexOf;
    for (const ReportingPeriod &p : all) {
        indexOf.insert(p.id, int(out.size()));
        out.append(PeriodColours { p });
    }
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    q.prepare(QStringLiteral("SELECT period_id, cost, schedule, overall FROM period_project WHERE project_id = ?"));
    q.addBindValue(projectId);
    if (q.exec()) {
        while (q.next()) {
            const int i = indexOf.value(q.value(0).toLongLong(), -1);
            if (i < 0)
                continue;
            PeriodColours &c = out[i];
            c.reported = true;
            c.cost = HealthText::fromKey(q.value(1).toString()).value_or(Health::Unrated);
            c.schedule = HealthText::fromKey(q.value(2).toString()).value_or(Health::Unrated);
            c.overall = HealthText::fromKey(q.value(3).toString()).value_or(Health::Unrated);
        }
    }
    readComplete(file, q);
    return out;
}

std::optional<ColourHistory::Declaration> ColourHistory::lastDeclared(const PortfolioFile &file,
                                                                      const QString &projectUuid, Field field)
{
    const QString column = Fields::column(Entity::Project, field);
    if (column.isEmpty())
        return std::nullopt;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    q.prepare(QStringLiteral("SELECT j.author, j.changed_at, c.label, c.label_fr FROM change_journal j "
                             "LEFT JOIN changeset c ON c.id = j.changeset_id WHERE j.entity_uuid = ? AND j.field = ? "
                             "ORDER BY j.id DESC LIMIT 1"));
    q.addBindValue(projectUuid);
    q.addBindValue(column);
    std::optional<Declaration> d;
    if (q.exec() && q.next())
        d = Declaration { q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                          BilingualText { q.value(2).toString(), q.value(3).toString() } };
    readComplete(file, q);
    return d;
}

} // namespace Vigie
