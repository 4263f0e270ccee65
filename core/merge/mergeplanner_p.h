#pragma once

// Internal to core/merge: the state of a merge being planned (mergeplanner.cpp): the file, what the
// copies planned so far do to it (the overlay), and how this file's journal and values are read.
#include "merge/fieldgroups.h"
#include "merge/mergecopy_p.h"
#include "merge/uniquekeys.h"
#include "merge/valuetext.h"

#include "model/valuelimits.h"
#include "storage/copyscope.h"
#include "storage/entity.h"
#include "storage/fields.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSet>
#include <QSqlQuery>

namespace Vigie {

namespace MergeRules {

// Parents before children; a reporting period after everything, so that it freezes merged values, and
// briefing items after their period.
inline int rank(Entity entity)
{
    if (entity == Entity::ReportingPeriod)
        return 100;
    if (entity == Entity::BriefingItem)
        return 101;
    return int(entity);
}

inline bool hasBaselines(const PortfolioFile &file, const QString &projectUuid)
{
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT 1 FROM baseline b JOIN project p ON p.id = b.project_id WHERE p.uuid = ? LIMIT 1"));
    q.addBindValue(projectUuid);
    return q.exec() && q.next();
}

} // namespace MergeRules

struct MergePlanner::Private
{
    // What the copies planned so far do to the file, as the next ones must see it.
    struct Overlay
    {
        bool present = true;
        bool rowChanged = false; // added or deleted by an earlier copy
        QVariantMap fields;      // comparable values set by earlier copies
        Attribution by;
    };

    Private(PortfolioFile &f, MergePlan *p, const QHash<QString, MergeChoice> &c, MergeChoice pr)
        : file(f), fileRows(f), fileChanges(f), plan(p), choices(c), prefer(pr)
    {
    }

    PortfolioFile &file;
    RowReader fileRows;
    ChangeReader fileChanges;
    MergePlan *plan;
    QHash<QString, MergeChoice> choices;
    MergeChoice prefer;
    QHash<QString, Overlay> overlay;
    // Key texts (UniqueKeys::texts) → the rows the copies planned so far add or re-key under them: with
    // this file's rows, what a row the copy adds must not duplicate.
    QHash<QString, QStringList> keys;

    MergeCopy *copy = nullptr;
    int source = 0;
    QHash<QString, RowDelta> mineDeltas;
    QHash<QString, RowRef> deletedInCopy; // "entity:id" of rows the copy deleted
    QHash<QString, int> rowItems;         // "entity:uuid" → the item adding or restoring that row, this copy
    QHash<QString, QList<int>> stateItems; // measure UUID → the items of its status update, this copy

    bool mineExists(Entity e, const QString &uuid) const
    {
        auto it = overlay.constFind(ChangeReader::rowId(e, uuid));
        return it != overlay.constEnd() ? it->present : fileRows.exists(e, uuid);
    }

    QVariantMap mineRow(Entity e, const QString &uuid) const
    {
        auto it = overlay.constFind(ChangeReader::rowId(e, uuid));
        if (it != overlay.constEnd() && !it->present)
            return {};
        QVariantMap row = fileRows.row(e, uuid);
        if (it != overlay.constEnd())
            for (auto f = it->fields.constBegin(); f != it->fields.constEnd(); ++f)
                row.insert(f.key(), f.value());
        return row;
    }

    const RowDelta &mineDelta(Entity e, const QString &uuid)
    {
        const QString id = ChangeReader::rowId(e, uuid);
        auto it = mineDeltas.constFind(id);
        if (it == mineDeltas.constEnd())
            it = mineDeltas.insert(id, fileChanges.readRow(e, uuid, copy->fileFrom, copy->skipInFirst));
        return *it;
    }

    // Whether this file (or a copy merged before this one in the same merge) really changed a field.
    bool mineChangedField(Entity e, const QString &uuid, const QString &column, Attribution *by)
    {
        auto o = overlay.constFind(ChangeReader::rowId(e, uuid));
        if (o != overlay.constEnd() && o->fields.contains(column)) {
            *by = o->by;
            return true;
        }
        const RowDelta &d = mineDelta(e, uuid);
        auto f = d.fields.constFind(column);
        if (f == d.fields.constEnd())
            return false;
        const QVariant now = fileRows.storedRow(e, uuid).value(column);
        if (sameStoredValue(now, f->before))
            return false; // changed and changed back (an undo)
        *by = f->by;
        return true;
    }

    bool mineChangedRow(Entity e, const QString &uuid, Attribution *by)
    {
        auto o = overlay.constFind(ChangeReader::rowId(e, uuid));
        if (o != overlay.constEnd()) {
            *by = o->by;
            return true;
        }
        const RowDelta &d = mineDelta(e, uuid);
        if (d.rowTouched && !d.existedBefore) {
            *by = d.rowBy;
            return true;
        }
        for (auto f = d.fields.constBegin(); f != d.fields.constEnd(); ++f)
            if (mineChangedField(e, uuid, f.key(), by))
                return true;
        return false;
    }

    // Columns never compared: keys, columns this program does not know (a copy is untrusted), and
    // derived ones, which follow what they derive from.
    bool ignored(Entity e, const QString &uuid, const QString &column) const
    {
        const std::optional<Field> f = Fields::fromColumn(e, column);
        if (!f || column == QLatin1String("id") || column == QLatin1String("uuid"))
            return true;
        // When a row was last touched is bookkeeping, never a conflict: applying what the copy changed
        // touches the row here (PortfolioFile::touch).
        if (*f == Field::Touched)
            return true;
        if (e != Entity::Project)
            return false;
        if (*f == Field::ComputedCost || *f == Field::ComputedSchedule)
            return true;
        const bool followsBaselines = *f == Field::Budget || *f == Field::PlannedStart || *f == Field::PlannedEnd
            || *f == Field::OriginalBudget || *f == Field::OriginalEnd;
        return followsBaselines && (MergeRules::hasBaselines(*copy->file, uuid) || MergeRules::hasBaselines(file, uuid));
    }

    // A limited copy's changes to what is not its organization's are not taken in.
    bool outside(Entity e, const QVariantMap &stored, const RowDelta &d) const
    {
        if (!copy->origin.isLimited())
            return false;
        QHash<QString, QVariantMap> deleted;
        const std::optional<RowId> owner = CopyScope::owner(*copy->file, e, stored, deleted);
        if (!owner || *owner != copy->organizationInCopy)
            return true;
        const QString ownerColumn = CopyScope::ownerColumn(e);
        auto f = d.fields.constFind(ownerColumn);
        return !ownerColumn.isEmpty() && f != d.fields.constEnd() && d.existedBefore
            && f->before.toLongLong() != copy->organizationInCopy;
    }

    // Rows under one key (UniqueKeys; mergeplannerkeys.cpp). The plan a key area belongs to (its UUID).
    QString planOf(const QString &keyArea) const;
    QStringList keyTexts(Entity e, const QVariantMap &row) const;
    // A comparable row as this file would store it: references as its row keys (0 for a row it lacks),
    // and a measure's plan, in which its number is unique.
    QVariantMap toStored(Entity e, const QVariantMap &row) const;
    // Whether `other` (a row of this file, as the copies planned so far leave it) holds one of `texts`.
    bool holdsKey(Entity e, const QString &other, const QStringList &texts) const;
    // The row of this file, as the copies planned so far leave it, that `row` (comparable) of `e` would
    // duplicate; "" when none.
    QString clashing(Entity e, const QString &uuid, const QVariantMap &row) const;
    // A row's key and what it is, for people choosing between two rows with one key.
    QString describe(const RowReader &rows, Entity e, const QVariantMap &row) const;
    // A free key for `row` (comparable), here and among the rows the copies planned so far re-key.
    QVariantMap freeKey(Entity e, const QVariantMap &row) const;
    // `item`'s row (as the copy would leave it: `theirs`) duplicates `clash` here: a conflict about which
    // stays, and what taking the copy's does.
    void markClash(MergeItem &item, const QString &clash, const QVariantMap &theirs);

    void decide(MergeItem &item)
    {
        if (!item.conflict)
            return;
        item.choice = choices.value(item.id(plan->sources), prefer);
    }

    void add(MergeItem item, const QVariantMap &overlayFields, bool removes)
    {
        decide(item);
        const bool rowItem = item.kind == MergeItem::Kind::Add || (item.kind == MergeItem::Kind::Change && item.column.isEmpty());
        if (rowItem)
            rowItems.insert(ChangeReader::rowId(item.entity, item.uuid), int(plan->items.size()));
        if (item.entity == Entity::Measure && FieldGroups::of(item.entity, item.column) == QLatin1String("state"))
            stateItems[item.uuid].append(int(plan->items.size()));
        plan->items.append(item);
        if (!plan->takesEffect(int(plan->items.size()) - 1))
            return;
        Overlay &o = overlay[ChangeReader::rowId(item.entity, item.uuid)];
        o.by = item.theirsBy;
        if (removes) {
            o.present = false;
            o.rowChanged = true;
            return;
        }
        if (rowItem) {
            o.present = true;
            o.rowChanged = true;
            o.fields = overlayFields;
        } else {
            o.fields.insert(item.column, item.theirs);
        }
        if (item.isClash()) {
            for (auto it = item.rename.constBegin(); it != item.rename.constEnd(); ++it)
                o.fields.insert(it.key(), it.value());
            if (item.rename.isEmpty()) {
                Overlay &replaced = overlay[ChangeReader::rowId(item.entity, item.clashUuid)];
                replaced.present = false;
                replaced.rowChanged = true;
                replaced.by = item.theirsBy;
            }
        }
        // The key the row has now, which the rows planned after it must not duplicate.
        if (rowItem || item.isClash() || UniqueKeys::isKeyColumn(item.entity, item.column)) {
            for (const QString &t : keyTexts(item.entity, mineRow(item.entity, item.uuid)))
                keys[t].append(item.uuid);
        }
    }

    MergeItem item(MergeItem::Kind kind, const RowDelta &d, const QString &key) const
    {
        MergeItem i;
        i.source = source;
        i.kind = kind;
        i.entity = d.entity;
        i.uuid = d.uuid;
        i.key = key;
        i.theirsBy = d.rowBy;
        // Named in the reader's language where the key is the English name: the copy's row, or this
        // file's when the copy deleted it.
        if (d.entity == Entity::ReportingPeriod || d.entity == Entity::BriefingItem) {
            const BilingualText theirs = copy ? copy->rows->names(d.entity, d.uuid) : BilingualText();
            i.name = theirs.en.isEmpty() && theirs.fr.isEmpty() ? fileRows.names(d.entity, d.uuid) : theirs;
        }
        return i;
    }

    // The item for one field the copy changed (a conflict when this file changed it too).
    MergeItem fieldItem(const RowDelta &d, const QString &key, const QString &column, const QVariantMap &mine,
                        const QVariantMap &theirs);
    void planGroup(const RowDelta &d, const QString &key, const QString &group, const QStringList &changed,
                   const QVariantMap &mine, const QVariantMap &theirs, const QString &clash, const QVariantMap &rekeyed);
    void ignore(const RowDelta &d, const QVariantMap &row);
    // Why this file keeps the original authorization that `baselineUuid` holds as it is (reported in a
    // frozen period, or re-authorized); "" when it may be corrected, or the row is a later baseline.
    QString authorizationLocked(const QString &baselineUuid) const;
    // The columns of `columns` whose value in the copy (`stored`) no edit here would take (ValueLimits:
    // a text too long, an amount out of bounds, a copy being untrusted; the original authorization of a
    // project reported or re-authorized here meanwhile), each named with why in the copy's
    // MergeSource::kept; a row added under a row kept out is kept out with it (the whole row, for an
    // added row, is kept out when one of its values is). Returns the columns kept out.
    QStringList keepRefused(const RowDelta &d, const QVariantMap &stored, const QVariantMap &theirs, const QStringList &columns);
    QSet<QString> refusedRows; // "entity:uuid" of rows the copies add that are kept out
    void planLive(const RowDelta &d);
    void planConfirmed(const RowDelta &d, const QVariantMap &stored, const QVariantMap &theirs);
    void planAdded(const RowDelta &d, const QVariantMap &theirs);
    void planDeleted(const RowDelta &d);
};

} // namespace Vigie
