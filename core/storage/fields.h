#pragma once

#include "model/field.h"
#include "storage/entity.h"

#include <QList>
#include <QString>

#include <optional>

namespace Vigie {

// Where each field of each entity is stored: the one place that spells column names for the fields the
// rest of the program edits. Journal rows keep the column name (the file's own vocabulary), so a journal
// stays readable by any version.
namespace Fields {

// The column of `field` in `entity`'s table, or an empty string when the entity has no such field.
QString column(Entity entity, Field field);
// The field stored in `column` of `entity`'s table, if the program knows it.
std::optional<Field> fromColumn(Entity entity, const QString &column);
// Every field of `entity` that has a column, in table order.
QList<Field> of(Entity entity);

// The entity a reference field points to (Organization → Entity::Organization, Owner → Organization…).
std::optional<Entity> referenced(Entity entity, Field field);

} // namespace Fields

} // namespace Vigie
