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
    }
    return QString();
}

} // namespace Vigie
