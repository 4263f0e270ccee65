#pragma once

#include "model/entities.h"
#include "storage/entity.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>

namespace Vigie {

class PortfolioFile;

// Rows a portfolio holds only one of for a given key (core/merge): the schema's UNIQUE constraints that a
// copy can add rows under, with the business rules the edits keep beside them (core/storage): a code is
// unique whatever its case, a measure's number within its plan, a reporting period's label in either
// language. Two copies of a portfolio can each add a row under the same key (both add a project A9, with
// different UUIDs); a merge finds such pairs before it writes anything and makes each a conflict that a
// person decides, never a write the file refuses.
//
// Taking the copy's row then does what the key means (Resolution):
//  - Rename: the key only names the row (a code, a key area's or measure's number, a baseline's sequence,
//    a period's label): the copy's row comes in under a free one (A9-2, the plan's next measure number,
//    "August 2016 (2)"). Both rows stay, with everything under them; nothing is lost, and the office can
//    later delete or recode one (replacing this file's row would take its baselines, decisions and frozen
//    values with it).
//  - Replace: the key is what the row is about (an envelope is an organization's fiscal year, a workforce
//    record an organization's specialty at a survey date): only one can be true, and the copy's replaces
//    this file's.
//  - Same: the row is nothing but its key (a project's link to a measure): this file has it already, and
//    a copy adding it again is no conflict.
class UniqueKeys
{
public:
    enum class Resolution { None, Rename, Replace, Same };

    static Resolution resolution(Entity entity);
    // The key's columns as stored (references included); empty for an entity without one.
    static QStringList columns(Entity entity);
    static bool isKeyColumn(Entity entity, const QString &column) { return columns(entity).contains(column); }
    // The column people name the key by, which a rename changes: "code", "number", "label"…
    static QString shownColumn(Entity entity);

    // Texts two rows of one file share exactly when they clash, from a comparable row (references as
    // UUIDs); a measure's plan (its UUID) comes from the caller, since its key area holds it. A period has
    // one per label. Empty when the entity has no key or the row lacks part of it.
    static QStringList texts(Entity entity, const QVariantMap &row, const QString &planUuid = QString());

    // The UUIDs of the rows of `file`, other than `self`, that `row` clashes with (stored values:
    // references as row keys of `file`). A measure's plan is the row's "plan_id" when it gives one, else
    // its key area's.
    static QStringList find(const PortfolioFile &file, Entity entity, const QVariantMap &row, const QString &self);

    // A key under which `row` (stored values) clashes with no row of `file`, as the values of the columns
    // a rename changes; `taken` refuses candidates promised to other rows meanwhile. Empty unless the
    // entity is renamed (Resolution::Rename).
    static QVariantMap freeKey(const PortfolioFile &file, Entity entity, const QVariantMap &row,
                               const std::function<bool(const QVariantMap &candidate)> &taken = {});

    // A value of the shown column that no real row holds, for the row `id` to pass through while a key
    // of several columns changes (the schema keeps it unique at every step).
    static QVariant placeholder(Entity entity, RowId id);
};

} // namespace Vigie
