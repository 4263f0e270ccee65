// Row versions: an edit checks, before it changes or deletes a row's value, that no other changeset
// changed that value after the client last looked (its seen position). The version of a row's field is
// the last changeset that changed it, read from the journal (index journal_entity), so nothing is added
// to the schema and the check is the same on a file and on a server. The in-transaction check of a server
// write (UPDATE … IS NOT DISTINCT FROM the value read) still guards against a transaction committing
// between the read and the write; this one guards against a value shown minutes ago.
#include "portfoliofile.h"

#include "model/fieldtext.h"
#include "storage/fields.h"
#include "storage/journal.h"
#include "storage/keptquery.h"
#include "storage/sqlutil.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Vigie {

namespace {

// The stamp every edit of a project or measure writes: touching a row is not changing what it says.
bool isStamp(const QString &column)
{
    return column == QLatin1String("touched");
}

QString key(const QString &uuid, const QString &column)
{
    return uuid + QLatin1Char('/') + column;
}

} // namespace

void PortfolioFile::setSeenChangeset(qint64 position)
{
    m_seen = position < 0 ? -1 : position;
    if (m_seen < 0)
        return;
    // What the seen position covers no longer needs remembering.
    m_ownChangesets.removeIf([this](qint64 id) { return id <= m_seen; });
    for (auto it = m_acknowledged.begin(); it != m_acknowledged.end();)
        it = it.value() <= m_seen ? m_acknowledged.erase(it) : std::next(it);
}

qint64 PortfolioFile::markSeen()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM changeset")) || !q.next())
        return m_seen;
    setSeenChangeset(q.value(0).toLongLong());
    return m_seen;
}

void PortfolioFile::adoptChangeset(qint64 changeset)
{
    if (changeset > 0)
        m_ownChangesets.insert(changeset);
}

void PortfolioFile::acknowledge(const EditConflicts &conflicts)
{
    for (const EditConflict &c : conflicts) {
        qint64 &upTo = m_acknowledged[key(c.uuid, c.column)];
        upTo = qMax(upTo, c.changeset);
    }
}

std::optional<EditConflict> PortfolioFile::changedByOthers(Entity entity, const QString &uuid, const QString &column,
                                                           qint64 after) const
{
    KeptQuery q(*this, QStringLiteral("SELECT j.changeset_id, j.old_value, c.author, c.created_at "
                                      "FROM change_journal j JOIN changeset c ON c.id = j.changeset_id "
                                      "WHERE j.entity_uuid = ? AND j.changeset_id > ? AND j.entity = ? "
                                      "AND j.field = ? ORDER BY j.id"));
    q->addBindValue(uuid);
    q->addBindValue(after);
    q->addBindValue(tableName(entity));
    q->addBindValue(column);
    if (!q->exec())
        return std::nullopt;
    std::optional<EditConflict> found;
    const qint64 acknowledged = m_acknowledged.value(key(uuid, column), 0);
    while (q->next()) {
        const qint64 changeset = q->value(0).toLongLong();
        // This transaction's own rows (an undo that sets values back before deleting the row) are its own.
        if (changeset == m_changeset || m_ownChangesets.contains(changeset) || changeset <= acknowledged)
            continue;
        if (!found) {
            found = EditConflict { entity, uuid, column, JournalWriter::text(q->value(1)), {}, {}, false, {}, {}, 0 };
        }
        found->changeset = changeset;
        found->author = q->value(2).toString();
        found->when = q->value(3).toString();
    }
    return found;
}

void PortfolioFile::checkRowVersion(Entity entity, const QString &uuid, const QString &column, const QVariant &now,
                                    const QVariant &wanted, bool removing)
{
    if (m_seen < 0)
        return;
    QStringList columnsToCheck;
    if (removing) {
        for (const QString &c : columns(entity)) {
            if (c != QLatin1String("id") && c != QLatin1String("uuid") && !isStamp(c))
                columnsToCheck << c;
        }
    } else if (!isStamp(column)) {
        columnsToCheck << column;
    }
    for (const QString &c : std::as_const(columnsToCheck)) {
        std::optional<EditConflict> conflict = changedByOthers(entity, uuid, c, m_seen);
        if (!conflict)
            continue;
        conflict->now = JournalWriter::text(removing ? columnValue(entity, uuid, c, nullptr) : now);
        conflict->wanted = removing ? QString() : JournalWriter::text(wanted);
        conflict->removing = removing;
        // They changed it back to what the client had, or to what this edit writes: nothing is lost.
        if (conflict->now == conflict->seen || (!removing && conflict->now == conflict->wanted))
            continue;
        addConflict(*conflict);
    }
}

void PortfolioFile::addConflict(EditConflict conflict)
{
    for (EditConflict &c : m_conflicts) {
        if (c.uuid == conflict.uuid && c.column == conflict.column) {
            c.wanted = conflict.wanted; // the same value written twice in one edit: its last value
            return;
        }
    }
    m_conflicts.append(std::move(conflict));
}

QString PortfolioFile::conflictText(const EditConflicts &conflicts)
{
    QStringList lines;
    QSet<QString> removed;
    for (const EditConflict &c : conflicts) {
        const QDateTime at = QDateTime::fromString(c.when, Qt::ISODateWithMs);
        const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : c.when;
        const QString who = c.author.isEmpty() ? tr("someone else") : c.author;
        const QString item = EntityText::label(c.entity).toLower();
        const std::optional<Field> field = Fields::fromColumn(c.entity, c.column);
        if (c.removing) {
            if (!removed.contains(c.uuid)) // one line says it for the row
                //: %1 an item ("project"), %2 who, %3 when
                lines << tr("This %1 was changed by %2 on %3 after you last saw it; it was not removed.")
                             .arg(item, who, when);
            removed.insert(c.uuid);
            continue;
        }
        //: %1 a field ("Forecast cost"), %2 an item ("project"), %3 who, %4 when
        lines << tr("%1 of this %2 was changed by %3 on %4 after you last saw it; nothing was written.")
                     .arg(field ? FieldText::label(*field) : c.column, item, who, when);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Vigie
