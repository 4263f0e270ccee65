// Writing a merge plan (core/merge/merger.h), inside the merge's one transaction: each copy's record
// (copy_merge), then every item in the plan's order through the file's journaled writes, each with its
// origin in the copy (merge_log), so the merge is undone as one edit and reported copy by copy.
#include "merge/mergecopy_p.h"
#include "merge/uniquekeys.h"
#include "merge/valuetext.h"

#include "model/fieldtext.h"
#include "model/valuelimits.h"
#include "storage/fields.h"
#include "storage/sqlutil.h"

namespace Vigie {

namespace {

class Applier
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Merger)
public:
    Applier(PortfolioFile &file, const MergePlan &plan, const std::vector<std::unique_ptr<MergeCopy>> &copies)
        : m_file(file), m_plan(plan), m_copies(copies), m_rows(file)
    {
    }

    bool run(QString *error)
    {
        const QString now = m_file.now().toUTC().toString(Qt::ISODateWithMs);
        for (const MergeSource &s : m_plan.sources) {
            const QString uuid = m_file.insertRow(Entity::CopyMerge,
                                                  { { Field::CopyUuid, s.uuid },
                                                    { Field::OrganizationCode, s.organizationCode },
                                                    { Field::CopyChangeset, s.lastChangeset },
                                                    { Field::FileName, s.fileName() },
                                                    { Field::ChangedAt, now },
                                                    { Field::Author, m_file.author() } },
                                                  QString(), error);
            if (uuid.isEmpty())
                return false;
            m_merges.append(m_file.rowId(Entity::CopyMerge, uuid));
        }
        for (int index = 0; index < m_plan.items.size(); ++index) {
            if (!applyItem(index, error)) {
                const MergeItem &item = m_plan.items.at(index);
                const QString what = QStringLiteral("%1 %2").arg(EntityText::label(item.entity), ValueText::key(item.entity, item.key));
                return setError(error, tr("%1 from the copy %2: %3")
                                           .arg(what, m_plan.sources.value(item.source).fileName(), error ? *error : QString()));
            }
        }
        return true;
    }

private:
    bool applyItem(int index, QString *error)
    {
        const MergeItem &item = m_plan.items.at(index);
        if (!m_plan.takesEffect(index))
            return log(item, QStringLiteral("kept"), item, error);
        MergeCopy &copy = *m_copies.at(size_t(item.source));
        switch (item.kind) {
        case MergeItem::Kind::Change: {
            if (item.column.isEmpty())
                return restore(copy, item.entity, item.uuid, item, error);
            if (item.isClash() || UniqueKeys::isKeyColumn(item.entity, item.column))
                return writeKey(copy, index, error);
            const std::optional<Field> field = Fields::fromColumn(item.entity, item.column);
            QVariant value;
            return field && toFile(copy, item.entity, item.column, item.theirs, item, &value, error)
                && m_file.setValue(item.entity, item.uuid, *field, value, error)
                && log(item, QStringLiteral("changed"), item, error);
        }
        case MergeItem::Kind::Add:
            return insert(copy, item.entity, item.uuid, QStringLiteral("added"), item, error);
        case MergeItem::Kind::Delete:
            if (!m_rows.exists(item.entity, item.uuid))
                return true; // went with a row deleted before it
            return m_file.deleteRow(item.entity, item.uuid, error) && log(item, QStringLiteral("deleted"), item, error);
        }
        return true;
    }

    // A row's key as stored here after `values`, for UniqueKeys::find.
    QVariantMap storedWith(Entity entity, const QString &uuid, const FieldValues &values) const
    {
        QVariantMap row = m_rows.storedRow(entity, uuid);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            row.insert(Fields::column(entity, it.key()), it.value());
        return row;
    }

    // Makes room for a row whose key, as stored here (`row`), another row here has: renames the incoming
    // row (into `values`) or deletes the row it replaces, as `cause` decided (UniqueKeys). True when there
    // is room; `*same` when the row is nothing but its key and this file has it already.
    bool makeRoom(Entity entity, const QString &uuid, QVariantMap row, FieldValues *values, const MergeItem &cause,
                  bool *same, QString *error)
    {
        *same = false;
        const QStringList clashes = UniqueKeys::find(m_file, entity, row, uuid);
        if (clashes.isEmpty())
            return true;
        const UniqueKeys::Resolution resolution = UniqueKeys::resolution(entity);
        const bool decided = cause.isClash() && cause.uuid == uuid;
        if (resolution == UniqueKeys::Resolution::Rename) {
            // The name chosen when planning, unless something took it since; else the next free one.
            QVariantMap renamed = decided ? cause.rename : QVariantMap();
            QVariantMap candidate = row;
            for (auto it = renamed.constBegin(); it != renamed.constEnd(); ++it)
                candidate.insert(it.key(), it.value());
            if (renamed.isEmpty() || !UniqueKeys::find(m_file, entity, candidate, uuid).isEmpty())
                renamed = UniqueKeys::freeKey(m_file, entity, row);
            if (renamed.isEmpty())
                return setError(error, tr("this file has another item with the same key (%1 %2), and no free one was found.")
                                           .arg(EntityText::label(entity), m_rows.key(entity, clashes.constFirst())));
            for (auto it = renamed.constBegin(); it != renamed.constEnd(); ++it) {
                if (const std::optional<Field> f = Fields::fromColumn(entity, it.key()))
                    values->insert(*f, it.value());
            }
            return true;
        }
        if (resolution == UniqueKeys::Resolution::Same && !decided) {
            *same = true;
            return true;
        }
        if (!decided)
            return setError(error, tr("this file has another item with the same key (%1 %2).")
                                       .arg(EntityText::label(entity), ValueText::key(entity, m_rows.key(entity, clashes.constFirst()))));
        // The copy's row replaces this file's, as decided: the replaced row's deletion is on record too.
        for (const QString &other : clashes) {
            MergeItem gone = cause;
            gone.kind = MergeItem::Kind::Delete;
            gone.uuid = other;
            gone.key = m_rows.key(entity, other);
            gone.column.clear();
            gone.mineState = MergeItem::State::Value;
            gone.mineText = gone.key;
            gone.theirsState = MergeItem::State::Deleted;
            gone.theirsText.clear();
            if (!m_file.deleteRow(entity, other, error) || !log(gone, QStringLiteral("deleted"), cause, error))
                return false;
        }
        return true;
    }

    // The items changing the key of one row from one copy, written at the first of them: every column of
    // the key at once (through a placeholder when there are several, so that no step duplicates another
    // row), after making room for it (renamed, or replacing the row here that has it, as decided).
    bool writeKey(MergeCopy &copy, int index, QString *error)
    {
        const MergeItem &first = m_plan.items.at(index);
        const QString row = QString::number(first.source) + QLatin1Char(':') + ChangeReader::rowId(first.entity, first.uuid);
        if (m_keysWritten.contains(row))
            return true; // written, and logged, with the first item of the key
        m_keysWritten.insert(row);
        QList<int> parts;
        const MergeItem *clash = nullptr;
        for (int k = index; k < m_plan.items.size(); ++k) {
            const MergeItem &i = m_plan.items.at(k);
            if (i.source != first.source || i.entity != first.entity || i.uuid != first.uuid)
                break; // the items of one row are planned together
            if (i.kind != MergeItem::Kind::Change || i.column.isEmpty() || !m_plan.takesEffect(k)
                || !(i.isClash() || UniqueKeys::isKeyColumn(i.entity, i.column)))
                continue;
            parts << k;
            if (i.isClash())
                clash = &i;
        }
        FieldValues values;
        for (int k : std::as_const(parts)) {
            const MergeItem &i = m_plan.items.at(k);
            const std::optional<Field> field = Fields::fromColumn(i.entity, i.column);
            QVariant value;
            if (!field || !toFile(copy, i.entity, i.column, i.theirs, i, &value, error))
                return false;
            values.insert(*field, value);
        }
        const FieldValues wanted = values;
        const QVariantMap before = m_rows.row(first.entity, first.uuid);
        bool same = false;
        if (!makeRoom(first.entity, first.uuid, storedWith(first.entity, first.uuid, values), &values, clash ? *clash : first,
                      &same, error))
            return false;
        if (same)
            return setError(error, tr("this file has another item with the same key (%1 %2).")
                                       .arg(EntityText::label(first.entity), first.key));
        const QString shown = UniqueKeys::shownColumn(first.entity);
        const std::optional<Field> shownField = Fields::fromColumn(first.entity, shown);
        if (values.size() > 1 && shownField && values.contains(*shownField) && !RowReader::referenced(first.entity, shown)
            && !m_file.setValue(first.entity, first.uuid, *shownField,
                                UniqueKeys::placeholder(first.entity, m_rows.idOf(first.entity, first.uuid)), error))
            return false;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (shownField && it.key() == *shownField)
                continue;
            if (!m_file.setValue(first.entity, first.uuid, it.key(), it.value(), error))
                return false;
        }
        if (shownField && values.contains(*shownField)
            && !m_file.setValue(first.entity, first.uuid, *shownField, values.value(*shownField), error))
            return false;
        // On record as written: a value renamed to make room says so, a column renamed beside the ones
        // the copy changed has its own line.
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            MergeItem logged = first;
            const QString column = Fields::column(first.entity, it.key());
            int part = -1;
            for (int k : std::as_const(parts)) {
                if (m_plan.items.at(k).column == column)
                    part = k;
            }
            if (part >= 0) {
                logged = m_plan.items.at(part);
            } else {
                logged.column = column;
                logged.mineState = logged.theirsState = MergeItem::State::Value;
                logged.mineText = m_rows.display(first.entity, column, before.value(column));
            }
            if (!(wanted.contains(it.key()) && sameStoredValue(wanted.value(it.key()), it.value())))
                logged.theirsText = it.value().toString();
            if (!log(logged, QStringLiteral("changed"), logged, error))
                return false;
        }
        return true;
    }

    // A comparable value as this file stores it: a reference as this file's row key, the referenced row
    // restored from the copy first when this file no longer has it (the user chose the copy's side).
    bool toFile(MergeCopy &copy, Entity entity, const QString &column, const QVariant &value, const MergeItem &cause,
                QVariant *stored, QString *error)
    {
        const std::optional<Entity> to = RowReader::referenced(entity, column);
        if (!to) {
            // The planner keeps such values out (MergePlanner::Private::keepRefused); a value restored
            // with its row, which no one compared, is refused here, and the merge with it.
            if (const std::optional<Field> field = Fields::fromColumn(entity, column)) {
                if (const QString problem = ValueLimits::problem(*field, value); !problem.isEmpty())
                    return setError(error, problem);
            }
            *stored = value;
            return true;
        }
        const QString uuid = value.toString();
        if (uuid.isEmpty()) {
            *stored = QVariant(QMetaType::fromType<qlonglong>());
            return true;
        }
        if (!m_rows.exists(*to, uuid) && !restore(copy, *to, uuid, cause, error))
            return false;
        *stored = m_rows.idOf(*to, uuid);
        return true;
    }

    bool insert(MergeCopy &copy, Entity entity, const QString &uuid, const QString &action, const MergeItem &cause,
                QString *error)
    {
        const QVariantMap row = copy.rows->row(entity, uuid);
        if (row.isEmpty())
            return setError(error, tr("the copy no longer has it."));
        FieldValues values;
        for (auto c = row.constBegin(); c != row.constEnd(); ++c) {
            const std::optional<Field> field = Fields::fromColumn(entity, c.key());
            if (!field || *field == Field::ComputedCost || *field == Field::ComputedSchedule)
                continue; // the key, or derived: recomputed here
            QVariant value;
            if (!toFile(copy, entity, c.key(), c.value(), cause, &value, error))
                return false;
            values.insert(*field, value);
        }
        const FieldValues wanted = values;
        bool same = false;
        if (!makeRoom(entity, uuid, storedWith(entity, QString(), values), &values, cause, &same, error))
            return false;
        if (same)
            return true; // a link this file has already
        if (m_file.insertRow(entity, values, uuid, error).isEmpty())
            return false;
        MergeItem logged = cause;
        logged.entity = entity;
        logged.uuid = uuid;
        // Named as it is here now: under a parent or a key renamed to make room, that name.
        logged.key = m_rows.key(entity, uuid);
        if (logged.key.isEmpty())
            logged.key = copy.rows->key(entity, row);
        logged.column.clear();
        logged.mineText.clear();
        logged.theirsText = logged.key;
        if (cause.isClash() && cause.kind == MergeItem::Kind::Add) {
            logged.mineState = MergeItem::State::Value;
            logged.theirsState = MergeItem::State::Added;
        }
        const QString shown = UniqueKeys::shownColumn(entity);
        const std::optional<Field> shownField = Fields::fromColumn(entity, shown);
        if (shownField && values.value(*shownField) != wanted.value(*shownField)) {
            // Renamed to make room: the copy's key is what came from it.
            logged.column = shown;
            logged.theirsState = MergeItem::State::Value;
            logged.theirsText = row.value(shown).toString();
        }
        return log(logged, action, cause, error);
    }

    // Puts back a row this file deleted, as the copy has it, with the rows that belong to it.
    bool restore(MergeCopy &copy, Entity entity, const QString &uuid, const MergeItem &cause, QString *error)
    {
        if (m_rows.exists(entity, uuid))
            return true;
        if (!insert(copy, entity, uuid, QStringLiteral("restored"), cause, error))
            return false;
        for (const RowRef &child : copy.rows->children(entity, uuid)) {
            if (!ChangeReader::isBookkeeping(child.first) && !m_rows.exists(child.first, child.second)
                && !restore(copy, child.first, child.second, cause, error))
                return false;
        }
        return true;
    }

    bool log(const MergeItem &item, const QString &action, const MergeItem &cause, QString *error)
    {
        return !m_file.insertRow(Entity::MergeLog,
                                 { { Field::CopyMerge, m_merges.value(item.source) },
                                   { Field::Item, tableName(item.entity) },
                                   { Field::ItemUuid, item.uuid },
                                   { Field::ItemKey, item.key },
                                   { Field::FieldName, item.column },
                                   { Field::Action, action },
                                   { Field::OldValue, MergePlan::logged(item.mineState, item.mineText) },
                                   { Field::NewValue, MergePlan::logged(item.theirsState, item.theirsText) },
                                   { Field::Author, cause.theirsBy.author },
                                   { Field::ChangedAt, cause.theirsBy.when },
                                   { Field::Comment, cause.theirsBy.label.en },
                                   { Field::CommentFr, cause.theirsBy.label.fr } },
                                 QString(), error)
                    .isEmpty();
    }

    PortfolioFile &m_file;
    const MergePlan &m_plan;
    const std::vector<std::unique_ptr<MergeCopy>> &m_copies;
    RowReader m_rows;
    QList<RowId> m_merges; // copy_merge row of each source
    QSet<QString> m_keysWritten; // "source:entity:uuid" of rows whose key changes are written
};

} // namespace

bool applyMergePlan(PortfolioFile &file, const MergePlan &plan, const std::vector<std::unique_ptr<MergeCopy>> &copies,
                    QString *error)
{
    return Applier(file, plan, copies).run(error);
}

} // namespace Vigie
