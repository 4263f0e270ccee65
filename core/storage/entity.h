#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

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
    CopyOrigin, // where a copy sent to an organization came from (in the copy)
    CopyMerge,  // one copy merged back into this file
    MergeLog,   // one change a merge applied or kept, with its origin in the copy
};

inline constexpr int kEntityCount = int(Entity::MergeLog) + 1;

// The SQL table of an entity; also the entity's name in the change journal.
QString tableName(Entity entity);
std::optional<Entity> entityFromTable(const QString &table);

// The translated name of one row of an entity, for messages ("project", « projet »).
class EntityText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::EntityText)
public:
    static QString label(Entity entity);
};

} // namespace Vigie
