#pragma once

#include <QString>

namespace Vigie {

// The kinds of rows a portfolio holds. Every row has an integer key (local to one file) and a UUID
// (stable across copies), and every change to one is journaled under this entity's name.
enum class Entity {
    Portfolio,
    Organization,
    Plan,
    KeyArea,
    Measure,
    MeasureStatusChange,
    Project,
    Baseline,
    Decision,
    ProjectMeasure,
    ReportingPeriod,
    PeriodProject,
    PeriodMeasure,
    Specialty,
    Workforce,
    Envelope,
    BriefingItem,
};

// The SQL table of an entity; also the entity's name in the change journal.
QString tableName(Entity entity);

} // namespace Vigie
