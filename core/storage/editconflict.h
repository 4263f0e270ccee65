#pragma once

#include "storage/entity.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Vigie {

// One value an edit meant to change that someone else changed after the client last looked at it (a row
// version check: the journal holds a change of this row by another changeset after the client's seen
// position, PortfolioFile::seenChangeset). The edit wrote nothing. Values are stored values as the journal
// keeps them, as text (dates in ISO form, references as row ids, colours and states as their keys; ""
// for empty).
struct EditConflict
{
    Entity entity = Entity::Project;
    QString uuid;
    QString column;       // the stored column ("" never: a whole-row conflict lists each changed column)
    QString seen;         // the value before their first change: what the client had
    QString now;          // the value they left
    QString wanted;       // what this edit meant to write ("" when `removing`)
    bool removing = false; // this edit deletes the row (their change would go with it)
    QString author;       // who made the last of those changes (the changeset's author)
    QString when;         // when, ISO 8601 UTC as the journal stores it
    qint64 changeset = 0; // the last of their changesets that changed it
};

using EditConflicts = QList<EditConflict>;

} // namespace Vigie

Q_DECLARE_METATYPE(Vigie::EditConflict)
Q_DECLARE_METATYPE(Vigie::EditConflicts)
