// Undoing changesets from their journal rows (storage/journal.h): the one mechanism behind Undo and Redo
// of every edit, import and merge. A revert is itself a changeset, so redoing is reverting the revert.
#include "portfoliofile.h"

#include "model/fieldtext.h"
#include "storage/fields.h"
#include "storage/journal.h"
#include "storage/sqlutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

// A project's current and original baseline columns follow its baseline rows (syncBaselines): a revert
// sets them back without comparing, and they are brought in step with the baselines at the end.
bool followsBaselines(Entity entity, const QString &column)
{
    static const QStringList columns { QStringLiteral("budget"), QStringLiteral("planned_start"),
                                       QStringLiteral("planned_end"), QStringLiteral("original_budget"),
                                       QStringLiteral("original_end") };
    return entity == Entity::Project && columns.contains(column);
}

struct JournalRow
{
    Entity entity;
    QString uuid;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

} // namespace

bool PortfolioFile::revert(const QList<qint64> &changesets, qint64 *reverting, QString *error)
{
    if (m_readOnly)
        return setError(error, tr("The portfolio is open read-only."));
    if (changesets.isEmpty())
        return setError(error, tr("Nothing to undo."));
    ChangeLabel label;
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT label, label_fr FROM changeset WHERE id = ?"));
        q.addBindValue(changesets.constLast());
        if (q.exec() && q.next())
            label = BilingualText { q.value(0).toString(), q.value(1).toString() };
    }
    Transaction t(*this, { label, QStringLiteral("revert"), changesets.constLast() });
    if (!t.began())
        return setError(error, commitFailureText());
    for (auto it = changesets.crbegin(); it != changesets.crend(); ++it) {
        if (!revertOne(*it, error))
            return false;
    }
    if (!t.commit())
        return setError(error, commitFailureText());
    if (reverting)
        *reverting = m_lastChangeset;
    return true;
}

bool PortfolioFile::revertOne(qint64 changeset, QString *error)
{
    QList<JournalRow> rows;
    {
        QSqlQuery q(database());
        readForwardOnly(q);
        q.prepare(QStringLiteral("SELECT entity, entity_uuid, field, old_value, new_value FROM change_journal "
                                 "WHERE changeset_id = ? ORDER BY id DESC"));
        q.addBindValue(changeset);
        if (!q.exec())
            return setError(error, sqlErrorText(q.lastError()));
        while (q.next()) {
            const std::optional<Entity> entity = entityFromTable(q.value(0).toString());
            if (!entity)
                return setError(error, tr("The change journal names an unknown table (%1).").arg(q.value(0).toString()));
            rows.append({ *entity, q.value(1).toString(), q.value(2).toString(), q.value(3), q.value(4) });
        }
        if (q.lastError().isValid())
            return setError(error, sqlErrorText(q.lastError()));
    }
    if (rows.isEmpty())
        return setError(error, tr("There is nothing to undo in this change."));

    QSet<RowId> projects; // whose baseline columns are brought in step at the end
    for (const JournalRow &r : std::as_const(rows)) {
        const QString shown = EntityText::label(r.entity);
        if (r.field.isEmpty() && r.newValue.toString() == JournalWriter::createdMark()) {
            if (!rowId(r.entity, r.uuid))
                return setError(error, tr("An item this change created (%1) was removed since; the change cannot be undone.").arg(shown));
            if (r.entity == Entity::Project)
                projects.remove(rowId(r.entity, r.uuid));
            if (!deleteRow(r.entity, r.uuid, error))
                return false;
        } else if (r.field.isEmpty() && r.newValue.toString() == JournalWriter::deletedMark()) {
            const QVariantMap row = JournalWriter::decodeRow(r.oldValue.toString());
            if (row.isEmpty())
                return setError(error, tr("The change journal does not hold what was removed; it cannot be put back."));
            if (rowId(r.entity, r.uuid))
                return setError(error, tr("An item this change removed (%1) exists again; the change cannot be undone.").arg(shown));
            if (!insertColumns(r.entity, row, error) || !journal().created(r.entity, r.uuid, error))
                return false;
            noteChange(r.entity, Change::Kind::Added, r.uuid);
            if (!afterRowWrite(r.entity, r.uuid, QString(), row.value(QStringLiteral("project_id")).toLongLong(), error))
                return false;
        } else {
            bool found = false;
            const QVariant current = columnValue(r.entity, r.uuid, r.field, &found);
            if (!found)
                return setError(error, tr("An item this change edited (%1) was removed since; the change cannot be undone.").arg(shown));
            if (r.field == QLatin1String("touched") && !sameStoredValue(current, r.newValue)) {
                continue; // touched again since (another edit, import or confirmation): the newer stamp stays
            } else if (followsBaselines(r.entity, r.field)) {
                projects.insert(rowId(r.entity, r.uuid));
            } else if (!sameStoredValue(current, r.newValue)) {
                // Someone else's change since: only this client's own edits are undone (docs/SERVER.md).
                if (std::optional<EditConflict> c = changedByOthers(r.entity, r.uuid, r.field, changeset)) {
                    c->now = JournalWriter::text(current);
                    c->wanted = JournalWriter::text(r.oldValue);
                    addConflict(*c);
                    return setError(error, conflictText(m_conflicts));
                }
                const std::optional<Field> field = Fields::fromColumn(r.entity, r.field);
                return setError(error, tr("\"%1\" was changed since (now %2); this change cannot be undone.")
                                           .arg(field ? FieldText::label(*field) : r.field,
                                                current.isNull() ? tr("empty") : current.toString()));
            }
            if (!setColumn(r.entity, r.uuid, r.field, r.oldValue, error))
                return false;
        }
    }
    for (RowId project : std::as_const(projects)) {
        if (!syncBaselines(database(), project) || !recomputeProject(project, error))
            return setError(error, tr("The project's baselines cannot be updated."));
    }
    return true;
}

} // namespace Vigie
