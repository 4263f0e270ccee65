#include "fieldgroups.h"

#include <QList>
#include <QPair>

namespace Vigie {

namespace {

using Group = QPair<const char *, QStringList>;

QList<Group> groups(Entity entity)
{
    const auto list = [](std::initializer_list<const char *> columns) {
        QStringList out;
        for (const char *c : columns)
            out << QLatin1String(c);
        return out;
    };
    switch (entity) {
    case Entity::Measure:
        return { { "state", list({ "status", "percent_complete", "comment", "comment_fr" }) },
                 { "key", list({ "key_area_id", "number" }) } };
    case Entity::Project:
        return { { "forecast", list({ "forecast_cost", "forecast_end" }) },
                 { "declared", list({ "declared_cost", "declared_schedule", "declared_overall" }) },
                 { "state", list({ "state", "delivered_date" }) },
                 { "baseline", list({ "budget", "planned_start", "planned_end" }) } };
    case Entity::Baseline:
        return { { "authorization", list({ "budget", "planned_start", "planned_end", "approved_date", "authority" }) },
                 { "key", list({ "project_id", "sequence" }) } };
    case Entity::KeyArea: return { { "key", list({ "plan_id", "number" }) } };
    case Entity::ProjectMeasure: return { { "key", list({ "project_id", "measure_id" }) } };
    case Entity::ReportingPeriod: return { { "key", list({ "label", "label_fr" }) } };
    case Entity::Workforce:
        return { { "figures", list({ "internal_fte", "external_fte" }) },
                 { "key", list({ "organization_id", "specialty_id", "survey_date" }) } };
    case Entity::Envelope: return { { "key", list({ "fiscal_year", "organization_id" }) } };
    default: return {};
    }
}

} // namespace

QString FieldGroups::of(Entity entity, const QString &column)
{
    for (const Group &g : groups(entity)) {
        if (g.second.contains(column))
            return QLatin1String(g.first);
    }
    return QString();
}

QStringList FieldGroups::columns(Entity entity, const QString &group)
{
    for (const Group &g : groups(entity)) {
        if (group == QLatin1String(g.first))
            return g.second;
    }
    return {};
}

} // namespace Vigie
