#include "change.h"

namespace Vigie {

bool Change::touches(Entity entity, Field field) const
{
    if (!touches(entity))
        return false;
    if (!complete)
        return true;
    for (const Row &r : rows) {
        if (r.entity == entity && (r.kind != Kind::Modified || r.fields.contains(field)))
            return true;
    }
    return false;
}

bool Change::addsOrRemoves(Entity entity) const
{
    if (!touches(entity))
        return false;
    if (!complete)
        return true;
    for (const Row &r : rows) {
        if (r.entity == entity && r.kind != Kind::Modified)
            return true;
    }
    return false;
}

QStringList Change::modified(Entity entity) const
{
    QStringList uuids;
    for (const Row &r : rows)
        if (r.entity == entity && r.kind == Kind::Modified)
            uuids << r.uuid;
    return uuids;
}

void Change::note(Entity entity, Kind kind, const QString &uuid, Field field)
{
    entities |= 1u << int(entity);
    if (!complete)
        return;
    for (Row &r : rows) {
        if (r.entity != entity || r.uuid != uuid)
            continue;
        if (kind == Kind::Removed) {
            r.kind = Kind::Removed;
            r.fields.clear();
        } else if (r.kind == Kind::Modified && kind == Kind::Modified && !r.fields.contains(field)) {
            r.fields.append(field);
        } else if (r.kind == Kind::Removed && kind == Kind::Added) {
            r.kind = Kind::Modified; // removed then restored (a revert): its values may differ
            r.fields.clear();
            complete = false;
        }
        return;
    }
    if (rows.size() >= kMaxRows) {
        rows.clear();
        complete = false;
        return;
    }
    Row row { entity, kind, uuid, {} };
    if (kind == Kind::Modified)
        row.fields.append(field);
    rows.append(row);
}

void Change::noteMany(Entity entity)
{
    entities |= 1u << int(entity);
    rows.clear();
    complete = false;
}

void Change::merge(const Change &other)
{
    if (!other.complete) {
        entities |= other.entities;
        rows.clear();
        complete = false;
    } else {
        for (const Row &r : other.rows) {
            if (r.kind == Kind::Modified) {
                for (Field f : r.fields)
                    note(r.entity, r.kind, r.uuid, f);
            } else {
                note(r.entity, r.kind, r.uuid, Field::Code);
            }
        }
        entities |= other.entities;
    }
    external = external || other.external;
    if (other.changeset)
        changeset = other.changeset;
}

Change Change::everything(bool external)
{
    Change c;
    c.entities = (1u << kEntityCount) - 1;
    c.complete = false;
    c.external = external;
    return c;
}

} // namespace Vigie
