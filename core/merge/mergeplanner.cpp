// Planning a merge (core/merge/merger.h): for each copy in turn, every row its journal changed since the
// copy was taken (or last merged) is compared with this file's journal and values, as if the copies
// planned before it were already merged (the overlay), so two copies changing the same field differently
// are a conflict too. Nothing is written here.
#include "merge/mergeplanner_p.h"
#include "merge/valuetext.h"
#include "storage/structureedits.h"

#include <QDateTime>

#include <algorithm>

namespace Vigie {


MergePlanner::MergePlanner(PortfolioFile &file, MergePlan *plan, const QHash<QString, MergeChoice> &choices,
                           MergeChoice prefer)
    : d(std::make_unique<Private>(file, plan, choices, prefer))
{
}

MergePlanner::~MergePlanner() = default;

bool MergePlanner::planCopy(MergeCopy &copy, int source, QString *error)
{
    d->copy = &copy;
    d->source = source;
    d->mineDeltas.clear();
    d->deletedInCopy.clear();
    d->rowItems.clear();
    d->stateItems.clear();
    QList<RowDelta> rows;
    if (!copy.changes->readAll(copy.copyAfter, &rows, error))
        return false;
    QList<RowDelta> live, deleted;
    for (RowDelta &r : rows) {
        if (copy.rows->exists(r.entity, r.uuid)) {
            live.append(std::move(r));
        } else if (r.existedBefore && !r.deletedRow.isEmpty()) {
            d->deletedInCopy.insert(ChangeReader::rowId(r.entity, r.deletedRow.value(QStringLiteral("id")).toString()),
                                    { r.entity, r.uuid });
            deleted.append(std::move(r));
        } // created and deleted again in the copy: nothing to merge
    }
    using MergeRules::rank;
    std::stable_sort(live.begin(), live.end(), [](const RowDelta &a, const RowDelta &b) {
        return rank(a.entity) != rank(b.entity) ? rank(a.entity) < rank(b.entity) : a.order < b.order;
    });
    // Children before their parents: a deletion the file refuses for a child is seen before the parent's.
    std::stable_sort(deleted.begin(), deleted.end(), [](const RowDelta &a, const RowDelta &b) {
        return rank(a.entity) != rank(b.entity) ? rank(a.entity) > rank(b.entity) : a.order < b.order;
    });
    for (const RowDelta &r : std::as_const(live))
        d->planLive(r);
    for (const RowDelta &r : std::as_const(deleted))
        d->planDeleted(r);
    return true;
}

void MergePlanner::Private::ignore(const RowDelta &d, const QVariantMap &row)
{
    MergeSource &s = plan->sources[source];
    ++s.ignored;
    MergeIgnored o;
    o.entity = d.entity;
    o.key = copy->rows->key(d.entity, row);
    o.names = copy->rows->names(d.entity, row);
    o.added = !d.existedBefore;
    o.deleted = !d.deletedRow.isEmpty() && !copy->rows->exists(d.entity, d.uuid);
    if (!o.added && !o.deleted) {
        const QVariantMap stored = copy->rows->storedRow(d.entity, d.uuid);
        for (auto f = d.fields.constBegin(); f != d.fields.constEnd(); ++f) {
            if (!ignored(d.entity, d.uuid, f.key()) && !sameStoredValue(stored.value(f.key()), f->before))
                o.fields << f.key();
        }
    }
    s.outside.append(o);
}

QStringList MergePlanner::Private::keepRefused(const RowDelta &d, const QVariantMap &stored, const QVariantMap &theirs,
                                               const QStringList &columns)
{
    const QString key = copy->rows->key(d.entity, theirs);
    const BilingualText names = copy->rows->names(d.entity, theirs);
    QString row = QStringLiteral("%1 %2").arg(EntityText::label(d.entity), ValueText::key(d.entity, key, names).trimmed());
    row[0] = row.at(0).toUpper(); // it begins the line: "Project A9: …", « Projet A9 : … »
    QStringList refused, reasons;
    for (const QString &column : columns) {
        const std::optional<Field> field = Fields::fromColumn(d.entity, column);
        if (!field)
            continue;
        // The limits first: ignored() may query both files (baselines), and nearly every value passes.
        const QString problem = ValueLimits::problem(*field, stored.value(column));
        if (!problem.isEmpty() && !ignored(d.entity, d.uuid, column)) {
            refused << column;
            reasons << problem;
        }
    }
    // The original authorization a copy corrected (its first baseline) while this file has reported the
    // project in a frozen period or re-authorized it meanwhile: it stays as reported here, as an edit
    // here would leave it (StructureEdits::authorizationLocked).
    if (d.entity == Entity::Baseline && d.existedBefore) {
        QStringList authorization;
        for (const QString &column : FieldGroups::columns(d.entity, QStringLiteral("authorization"))) {
            if (columns.contains(column) && !refused.contains(column))
                authorization << column;
        }
        if (!authorization.isEmpty()) {
            if (const QString locked = authorizationLocked(d.uuid); !locked.isEmpty()) {
                refused << authorization;
                reasons << locked;
            }
        }
    }
    if (!d.existedBefore && refused.isEmpty()) {
        for (const auto &[column, to] : RowReader::references(d.entity)) {
            const QString parent = theirs.value(column).toString();
            if (parent.isEmpty() || !refusedRows.contains(ChangeReader::rowId(to, parent)))
                continue;
            refused << column;
            //: A row a copy adds under a row kept out of the merge: "Baseline 1: it belongs to project A9, not taken in."
            reasons << MergePlan::tr("it belongs to %1 %2, not taken in.")
                           .arg(EntityText::label(to), ValueText::key(to, copy->rows->key(to, parent), copy->rows->names(to, parent)).trimmed());
            break;
        }
    }
    if (refused.isEmpty())
        return refused;
    MergeIgnored o;
    o.entity = d.entity;
    o.key = key;
    o.names = names;
    o.added = !d.existedBefore;
    o.fields = refused;
    //: Why a value of a copy is not merged: "Project A9: Description: the text is 60,000 characters long, …"
    o.reason = MergePlan::tr("%1: %2").arg(row, reasons.join(QLatin1Char(' ')));
    plan->sources[source].kept.append(o);
    if (o.added)
        refusedRows.insert(ChangeReader::rowId(d.entity, d.uuid));
    return refused;
}

QString MergePlanner::Private::authorizationLocked(const QString &baselineUuid) const
{
    // Only the project's first baseline is the original authorization; a later one is a decision's.
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT p.uuid, b.sequence = (SELECT MIN(sequence) FROM baseline WHERE project_id = b.project_id) "
                             "FROM baseline b JOIN project p ON p.id = b.project_id WHERE b.uuid = ?"));
    q.addBindValue(baselineUuid);
    if (!q.exec() || !q.next() || !q.value(1).toBool())
        return QString();
    return StructureEdits::authorizationLocked(file, q.value(0).toString());
}

MergeItem MergePlanner::Private::fieldItem(const RowDelta &d, const QString &key, const QString &column,
                                           const QVariantMap &mine, const QVariantMap &theirs)
{
    const QVariant value = theirs.value(column);
    MergeItem i = item(MergeItem::Kind::Change, d, key);
    i.column = column;
    i.theirs = value;
    i.theirsText = copy->rows->display(d.entity, column, value);
    if (d.fields.contains(column))
        i.theirsBy = d.fields.value(column).by;
    i.mine = mine.value(column);
    i.mineText = fileRows.display(d.entity, column, i.mine);
    i.conflict = mineChangedField(d.entity, d.uuid, column, &i.mineBy);
    const std::optional<Entity> to = RowReader::referenced(d.entity, column);
    if (to && !value.toString().isEmpty() && !mineExists(*to, value.toString())) {
        auto parent = rowItems.constFind(ChangeReader::rowId(*to, value.toString()));
        if (parent != rowItems.constEnd()) {
            i.dependsOn.append(*parent); // a row the copy adds, held back with it
        } else {
            // A reference to a row this file deleted cannot come in unasked.
            i.conflict = true;
            i.mineState = MergeItem::State::Deleted;
            i.mineText = copy->rows->display(d.entity, column, value);
        }
    }
    return i;
}

// A group of fields (FieldGroups) the copy changed some of: when this file changed any of them too, to
// something else, the whole group is one conflict, every field where the sides differ an item of it;
// else each field comes in alone, as any field. A clash of the row's key with another row here
// (`clash`, with the key the copy gives it: `rekeyed`) is a conflict of the key's group.
void MergePlanner::Private::planGroup(const RowDelta &d, const QString &key, const QString &group, const QStringList &changed,
                                      const QVariantMap &mine, const QVariantMap &theirs, const QString &clash,
                                      const QVariantMap &rekeyed)
{
    QStringList columns;
    for (const QString &c : FieldGroups::columns(d.entity, group)) {
        if (!ignored(d.entity, d.uuid, c))
            columns << c;
    }
    Attribution mineBy, theirsBy;
    bool mineChanged = false;
    QStringList differing;
    for (const QString &c : std::as_const(columns)) {
        Attribution by;
        if (mineChangedField(d.entity, d.uuid, c, &by)) {
            mineChanged = true;
            if (by.when >= mineBy.when)
                mineBy = by;
        }
        if (changed.contains(c) && d.fields.value(c).by.when >= theirsBy.when)
            theirsBy = d.fields.value(c).by;
        if (!sameStoredValue(mine.value(c), theirs.value(c)))
            differing << c;
    }
    const bool keyClash = !clash.isEmpty() && group == FieldGroups::of(d.entity, UniqueKeys::shownColumn(d.entity));
    if (differing.isEmpty() || (!mineChanged && !keyClash)) {
        for (const QString &c : std::as_const(columns)) {
            if (!changed.contains(c))
                continue;
            if (!differing.contains(c)) {
                ++plan->unchanged; // this file has it already
                continue;
            }
            add(fieldItem(d, key, c, mine, theirs), {}, false);
        }
        return;
    }
    for (const QString &c : std::as_const(columns)) {
        if (!differing.contains(c)) {
            plan->unchanged += changed.contains(c);
            continue;
        }
        MergeItem i = fieldItem(d, key, c, mine, theirs);
        i.group = group;
        if (!changed.contains(c))
            i.theirsBy = theirsBy; // only this file changed it: the copy's side is the value it still has
        if (i.mineBy.author.isEmpty() && i.mineBy.when.isEmpty())
            i.mineBy = mineBy;
        if (keyClash)
            markClash(i, clash, rekeyed);
        i.conflict = true;
        add(i, {}, false);
    }
}

void MergePlanner::Private::planLive(const RowDelta &d)
{
    const QVariantMap stored = copy->rows->storedRow(d.entity, d.uuid);
    const QVariantMap theirs = copy->rows->comparable(d.entity, stored);
    if (outside(d.entity, stored, d))
        return ignore(d, theirs);
    if (!d.existedBefore) {
        if (!keepRefused(d, stored, theirs, stored.keys()).isEmpty())
            return; // named in the copy's kept rows, with the rows added under it
        return planAdded(d, theirs);
    }

    // The fields the copy really changed (not changed back), that this program compares.
    QStringList changed;
    Attribution last;
    for (auto f = d.fields.constBegin(); f != d.fields.constEnd(); ++f) {
        if (ignored(d.entity, d.uuid, f.key()) || sameStoredValue(stored.value(f.key()), f->before))
            continue;
        changed << f.key();
        if (f->by.changeset >= last.changeset)
            last = f->by;
    }
    if (changed.isEmpty())
        return planConfirmed(d, stored, theirs);
    for (const QString &column : keepRefused(d, stored, theirs, changed))
        changed.removeAll(column);
    if (changed.isEmpty())
        return;
    const QString key = copy->rows->key(d.entity, theirs);
    if (!mineExists(d.entity, d.uuid)) {
        // Deleted here, changed in the copy: someone decides; the copy's side restores the row (under
        // another key when a row here has taken its key meanwhile).
        MergeItem i = item(MergeItem::Kind::Change, d, key);
        i.mineState = MergeItem::State::Deleted;
        i.theirsState = MergeItem::State::Changed;
        i.theirsBy = last;
        i.mineBy = mineDelta(d.entity, d.uuid).rowBy;
        i.conflict = true;
        const QString clash = clashing(d.entity, d.uuid, theirs);
        if (!clash.isEmpty())
            markClash(i, clash, theirs);
        return add(i, theirs, false);
    }
    const QVariantMap mine = mineRow(d.entity, d.uuid);
    // The row's key as the copy's changes leave it: another row here with that key is a conflict.
    QVariantMap rekeyed = mine;
    bool rekeys = false;
    for (const QString &column : std::as_const(changed)) {
        if (UniqueKeys::isKeyColumn(d.entity, column)) {
            rekeyed.insert(column, theirs.value(column));
            rekeys = true;
        }
    }
    const QString clash = rekeys ? clashing(d.entity, d.uuid, rekeyed) : QString();
    QStringList groups;
    for (const QString &column : std::as_const(changed)) {
        const QString group = FieldGroups::of(d.entity, column);
        if (!group.isEmpty()) {
            if (!groups.contains(group)) {
                groups << group;
                planGroup(d, key, group, changed, mine, theirs, clash, rekeyed);
            }
            continue;
        }
        if (sameStoredValue(mine.value(column), theirs.value(column))) {
            ++plan->unchanged; // this file has it already
            continue;
        }
        MergeItem i = fieldItem(d, key, column, mine, theirs);
        if (!clash.isEmpty() && UniqueKeys::isKeyColumn(d.entity, column))
            markClash(i, clash, rekeyed);
        add(i, {}, false);
    }
}

// A row the copy only confirmed as still accurate (its "last updated" stamp moved, nothing else): the
// confirmation comes in when it is later than this file's own, as a change of that stamp, never a
// conflict (the later of two confirmations or edits stands). Without it the row would look stale here
// although the ministry vouched for it.
void MergePlanner::Private::planConfirmed(const RowDelta &d, const QVariantMap &stored, const QVariantMap &theirs)
{
    const QString column = QStringLiteral("touched");
    auto f = d.fields.constFind(column);
    if ((d.entity != Entity::Project && d.entity != Entity::Measure) || f == d.fields.constEnd()
        || sameStoredValue(stored.value(column), f->before) || !mineExists(d.entity, d.uuid))
        return;
    const QVariant value = theirs.value(column);
    const QVariant mine = mineRow(d.entity, d.uuid).value(column);
    const auto later = [](const QVariant &a, const QVariant &b) {
        const QDateTime ta = QDateTime::fromString(a.toString(), Qt::ISODateWithMs);
        const QDateTime tb = QDateTime::fromString(b.toString(), Qt::ISODateWithMs);
        return ta.isValid() && tb.isValid() ? ta > tb : a.toString() > b.toString();
    };
    if (isNullValue(value) || (!isNullValue(mine) && !later(value, mine))) {
        ++plan->unchanged;
        return;
    }
    MergeItem i = item(MergeItem::Kind::Change, d, copy->rows->key(d.entity, theirs));
    i.column = column;
    i.theirs = value;
    i.theirsText = copy->rows->display(d.entity, column, value);
    i.theirsBy = f->by;
    i.mine = mine;
    i.mineText = fileRows.display(d.entity, column, mine);
    add(i, {}, false);
}

void MergePlanner::Private::planAdded(const RowDelta &d, const QVariantMap &theirs)
{
    const QString key = copy->rows->key(d.entity, theirs);
    if (mineExists(d.entity, d.uuid)) {
        // Here already (merged from another copy of the copy, or earlier in this merge).
        const QVariantMap mine = mineRow(d.entity, d.uuid);
        bool same = true;
        for (auto c = theirs.constBegin(); c != theirs.constEnd(); ++c) {
            if (ignored(d.entity, d.uuid, c.key()) || sameStoredValue(mine.value(c.key()), c.value()))
                continue;
            same = false;
            MergeItem i = item(MergeItem::Kind::Change, d, key);
            i.column = c.key();
            i.group = FieldGroups::of(d.entity, c.key());
            i.theirs = c.value();
            i.theirsText = copy->rows->display(d.entity, c.key(), c.value());
            i.mine = mine.value(c.key());
            i.mineText = fileRows.display(d.entity, c.key(), i.mine);
            i.conflict = true;
            mineChangedRow(d.entity, d.uuid, &i.mineBy);
            add(i, {}, false);
        }
        plan->unchanged += same;
        return;
    }
    MergeItem i = item(MergeItem::Kind::Add, d, key);
    i.theirsState = MergeItem::State::Added;
    i.theirsText = key;
    for (const auto &[column, to] : RowReader::references(d.entity)) {
        const QString ref = theirs.value(column).toString();
        if (ref.isEmpty())
            continue;
        auto parent = rowItems.constFind(ChangeReader::rowId(to, ref));
        if (parent != rowItems.constEnd()) {
            i.dependsOn.append(*parent); // under a row the copy adds: held back with it
            continue;
        }
        if (mineExists(to, ref) || i.conflict)
            continue;
        // Added under a row this file deleted: someone decides; the copy's side restores that row.
        i.column = column;
        i.conflict = true;
        i.mineState = MergeItem::State::Deleted;
        i.mineText = copy->rows->display(d.entity, column, ref);
        i.mineBy = mineDelta(to, ref).rowBy;
    }
    if (d.entity == Entity::MeasureStatusChange) {
        // A status history row goes with its measure's status update (FieldGroups: status, percent, comments).
        const QString measure = theirs.value(QStringLiteral("measure_id")).toString();
        i.dependsOn << stateItems.value(measure);
    }
    // Another row here under the same key (both sides added a project A9): one of them is decided on, or,
    // for a row that is nothing but its key (a link), it is here already.
    const QString clash = clashing(d.entity, d.uuid, theirs);
    if (!clash.isEmpty()) {
        if (UniqueKeys::resolution(d.entity) == UniqueKeys::Resolution::Same) {
            ++plan->unchanged;
            return;
        }
        markClash(i, clash, theirs);
    }
    add(i, theirs, false);
}

void MergePlanner::Private::planDeleted(const RowDelta &d)
{
    if (outside(d.entity, d.deletedRow, d))
        return ignore(d, copy->rows->comparable(d.entity, d.deletedRow));
    // Rows deleted with their parent go with it: the parent's deletion is the one decision.
    for (const auto &[column, to] : RowReader::references(d.entity)) {
        const QVariant parent = d.deletedRow.value(column);
        if (!isNullValue(parent) && copy->rows->isRequired(d.entity, column)
            && deletedInCopy.contains(ChangeReader::rowId(to, parent.toString())))
            return;
    }
    if (!mineExists(d.entity, d.uuid)) {
        ++plan->unchanged; // deleted here too
        return;
    }
    // Reported in a period frozen here (perhaps after the copy was taken): kept, and said why.
    if (const QString refusal = file.deletionRefusal(d.entity, d.uuid); !refusal.isEmpty()) {
        MergeIgnored o;
        o.entity = d.entity;
        o.key = fileRows.key(d.entity, d.uuid);
        o.names = fileRows.names(d.entity, d.uuid);
        o.deleted = true;
        o.reason = refusal;
        plan->sources[source].kept.append(o);
        return;
    }
    MergeItem i = item(MergeItem::Kind::Delete, d, fileRows.key(d.entity, d.uuid));
    i.theirsState = MergeItem::State::Deleted;
    i.mineText = i.key;
    // Changed here, deleted in the copy: someone decides (the deletion would take this file's changes,
    // or rows added here under it, with it).
    bool changedHere = mineChangedRow(d.entity, d.uuid, &i.mineBy);
    for (const RowRef &child : fileRows.children(d.entity, d.uuid, true)) {
        if (changedHere)
            break;
        if (!ChangeReader::isBookkeeping(child.first))
            changedHere = mineChangedRow(child.first, child.second, &i.mineBy);
    }
    if (changedHere) {
        i.conflict = true;
        i.mineState = MergeItem::State::Changed;
    }
    add(i, {}, true);
}

} // namespace Vigie
