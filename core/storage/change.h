#pragma once

#include "model/field.h"
#include "storage/entity.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vigie {

// What one committed edit changed: the one notification the document sends after the outermost commit
// of an edit (or after another process or client changed the file), so that views refresh once, with
// final values only. Rows are listed with their fields while there are few; a large edit (an import, a
// rule change, a merge) or a change seen from outside lists only the entities it touched, and views
// reload those.
struct Change
{
    enum class Kind { Added, Modified, Removed };
    struct Row
    {
        Entity entity;
        Kind kind;
        QString uuid;
        QList<Field> fields; // Modified only
    };

    // Past this many rows a change stops listing them (views reload the entities instead).
    static constexpr int kMaxRows = 500;

    QList<Row> rows;
    quint32 entities = 0;  // bit (1 << entity) for every entity touched, listed or not
    bool complete = true;  // false: not every touched row is in `rows`
    bool external = false; // made by another process or client, not by this document
    qint64 changeset = 0;  // the journal's changeset that made it (0 when unknown)

    bool isEmpty() const { return entities == 0; }
    bool touches(Entity entity) const { return entities & (1u << int(entity)); }
    // True when `field` of some row of `entity` may have changed (always true of an incomplete change
    // that touched the entity, and of added or removed rows).
    bool touches(Entity entity, Field field) const;
    // True when rows of `entity` were added or removed, or may have been (incomplete).
    bool addsOrRemoves(Entity entity) const;

    // UUIDs of the listed rows of `entity` that were modified (not added or removed).
    QStringList modified(Entity entity) const;
    // True when a view showing `entity` should reload it all rather than refresh listed rows: rows were
    // added or removed, or the change does not list its rows.
    bool needsReload(Entity entity) const { return addsOrRemoves(entity); }

    void note(Entity entity, Kind kind, const QString &uuid, Field field);
    void noteMany(Entity entity); // rows of `entity` changed, too many to list
    void merge(const Change &other);

    static Change everything(bool external); // any row of any entity may have changed
};

} // namespace Vigie

Q_DECLARE_METATYPE(Vigie::Change)
