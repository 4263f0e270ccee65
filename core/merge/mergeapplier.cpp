// Writing a merge plan (core/merge/merger.h), inside the merge's one transaction: each copy's record
// (copy_merge), then every item in the plan's order through the file's journaled writes, each with its
// origin in the copy (merge_log), so the merge is undone as one edit and reported copy by copy.
#include "merge/mergecopy_p.h"
#include "merge/valuetext.h"

#include "model/fieldtext.h"
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

    // A comparable value as this file stores it: a reference as this file's row key, the referenced row
    // restored from the copy first when this file no longer has it (the user chose the copy's side).
    bool toFile(MergeCopy &copy, Entity entity, const QString &column, const QVariant &value, const MergeItem &cause,
                QVariant *stored, QString *error)
    {
        const std::optional<Entity> to = RowReader::referenced(entity, column);
        if (!to) {
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
        if (m_file.insertRow(entity, values, uuid, error).isEmpty())
            return false;
        MergeItem logged = cause;
        logged.entity = entity;
        logged.uuid = uuid;
        logged.key = copy.rows->key(entity, row);
        logged.column.clear();
        logged.mineText.clear();
        logged.theirsText = logged.key;
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
                                   { Field::Comment, cause.theirsBy.label } },
                                 QString(), error)
                    .isEmpty();
    }

    PortfolioFile &m_file;
    const MergePlan &m_plan;
    const std::vector<std::unique_ptr<MergeCopy>> &m_copies;
    RowReader m_rows;
    QList<RowId> m_merges; // copy_merge row of each source
};

} // namespace

bool applyMergePlan(PortfolioFile &file, const MergePlan &plan, const std::vector<std::unique_ptr<MergeCopy>> &copies,
                    QString *error)
{
    return Applier(file, plan, copies).run(error);
}

} // namespace Vigie
