#include "entity.h"

namespace Vigie {

QString tableName(Entity entity)
{
    switch (entity) {
    case Entity::Portfolio: return QStringLiteral("portfolio");
    case Entity::Organization: return QStringLiteral("organization");
    case Entity::Plan: return QStringLiteral("plan");
    case Entity::KeyArea: return QStringLiteral("key_area");
    case Entity::Measure: return QStringLiteral("measure");
    case Entity::MeasureStatusChange: return QStringLiteral("measure_status_history");
    case Entity::Project: return QStringLiteral("project");
    case Entity::Baseline: return QStringLiteral("baseline");
    case Entity::Decision: return QStringLiteral("decision");
    case Entity::ProjectMeasure: return QStringLiteral("project_measure");
    case Entity::ReportingPeriod: return QStringLiteral("reporting_period");
    case Entity::PeriodProject: return QStringLiteral("period_project");
    case Entity::PeriodMeasure: return QStringLiteral("period_measure");
    case Entity::Specialty: return QStringLiteral("specialty");
    case Entity::Workforce: return QStringLiteral("workforce");
    case Entity::Envelope: return QStringLiteral("envelope");
    case Entity::BriefingItem: return QStringLiteral("briefing_item");
    case Entity::CopyOrigin: return QStringLiteral("copy_origin");
    case Entity::CopyMerge: return QStringLiteral("copy_merge");
    case Entity::MergeLog: return QStringLiteral("merge_log");
    }
    return QString();
}

QString EntityText::label(Entity entity)
{
    switch (entity) {
    case Entity::Portfolio: return tr("portfolio");
    case Entity::Organization: return tr("organization");
    case Entity::Plan: return tr("plan");
    case Entity::KeyArea: return tr("key area");
    case Entity::Measure: return tr("measure");
    case Entity::MeasureStatusChange: return tr("status change");
    case Entity::Project: return tr("project");
    case Entity::Baseline: return tr("baseline");
    case Entity::Decision: return tr("decision");
    case Entity::ProjectMeasure: return tr("project's link to a measure");
    case Entity::ReportingPeriod: return tr("reporting period");
    case Entity::PeriodProject: return tr("frozen project");
    case Entity::PeriodMeasure: return tr("frozen measure");
    case Entity::Specialty: return tr("specialty");
    case Entity::Workforce: return tr("workforce record");
    case Entity::Envelope: return tr("envelope");
    case Entity::BriefingItem: return tr("briefing item");
    case Entity::CopyOrigin: return tr("copy origin");
    case Entity::CopyMerge: return tr("merged copy");
    case Entity::MergeLog: return tr("merge log entry");
    }
    return QString();
}

std::optional<Entity> entityFromTable(const QString &table)
{
    for (int e = 0; e < kEntityCount; ++e)
        if (tableName(Entity(e)) == table)
            return Entity(e);
    return std::nullopt;
}

} // namespace Vigie
