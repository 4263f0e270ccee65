#include "changereader.h"

#include "storage/journal.h"
#include "storage/keptquery.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT j.id, j.entity, j.entity_uuid, j.field, j.old_value, j.new_value, j.changeset_id, c.author, "
    "c.created_at, c.label, c.label_fr FROM change_journal j JOIN changeset c ON c.id = j.changeset_id ");

Attribution attribution(const QSqlQuery &q)
{
    return { q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toString(),
             BilingualText { q.value(9).toString(), q.value(10).toString() } };
}

} // namespace

ChangeReader::ChangeReader(const PortfolioFile &file)
    : m_file(file)
{
}

bool ChangeReader::isBookkeeping(Entity entity)
{
    switch (entity) {
    case Entity::CopyOrigin:
    case Entity::CopyMerge:
    case Entity::MergeLog:
    case Entity::PeriodProject:
    case Entity::PeriodMeasure: return true;
    default: return false;
    }
}

QString ChangeReader::rowId(Entity entity, const QString &uuid)
{
    return QString::number(int(entity)) + QLatin1Char(':') + uuid;
}

void ChangeReader::add(RowDelta &row, const QString &field, const QVariant &oldValue, const QVariant &newValue,
                       const Attribution &by, qint64 journalId)
{
    if (!row.order)
        row.order = journalId;
    if (field.isEmpty()) {
        const QString mark = newValue.toString();
        if (!row.rowTouched && mark == JournalWriter::createdMark())
            row.existedBefore = false;
        row.rowTouched = true;
        row.rowBy = by;
        if (mark == JournalWriter::deletedMark())
            row.deletedRow = JournalWriter::decodeRow(oldValue.toString());
        return;
    }
    auto it = row.fields.find(field);
    if (it == row.fields.end())
        row.fields.insert(field, { oldValue, by });
    else
        it->by = by;
}

bool ChangeReader::readAll(qint64 after, QList<RowDelta> *rows, QString *error) const
{
    QSqlQuery q(sqlDatabase(m_file));
    readForwardOnly(q);
    q.prepare(kSelect + QStringLiteral("WHERE j.changeset_id > ? ORDER BY j.id"));
    q.addBindValue(after);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    QHash<QString, qsizetype> index;
    while (q.next()) {
        const std::optional<Entity> entity = entityFromTable(q.value(1).toString());
        if (!entity || isBookkeeping(*entity))
            continue;
        const QString uuid = q.value(2).toString();
        const QString id = rowId(*entity, uuid);
        auto it = index.constFind(id);
        if (it == index.constEnd()) {
            RowDelta row;
            row.entity = *entity;
            row.uuid = uuid;
            rows->append(row);
            it = index.insert(id, rows->size() - 1);
        }
        add((*rows)[*it], q.value(3).toString(), q.value(4), q.value(5), attribution(q), q.value(0).toLongLong());
    }
    if (q.lastError().isValid())
        return setError(error, sqlErrorText(q.lastError()));
    return true;
}

RowDelta ChangeReader::readRow(Entity entity, const QString &uuid, qint64 from, const QSet<QString> &skipInFirst) const
{
    RowDelta row;
    row.entity = entity;
    row.uuid = uuid;
    const bool skipFirst = skipInFirst.contains(rowId(entity, uuid));
    KeptQuery q(m_file, kSelect + QStringLiteral("WHERE j.entity_uuid = ? AND j.entity = ? AND j.changeset_id >= ? ORDER BY j.id"));
    q->addBindValue(uuid);
    q->addBindValue(tableName(entity));
    q->addBindValue(from);
    if (q->exec()) {
        while (q->next()) {
            if (skipFirst && q->value(6).toLongLong() == from)
                continue;
            add(row, q->value(3).toString(), q->value(4), q->value(5), attribution(*q), q->value(0).toLongLong());
        }
    }
    readComplete(m_file, *q); // a read error is kept by the file (PortfolioFile::damage), which the merge checks
    return row;
}

} // namespace Vigie
