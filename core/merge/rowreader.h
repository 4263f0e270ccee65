#pragma once

#include "model/entities.h"
#include "storage/entity.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Vigie {

class PortfolioFile;

using RowRef = QPair<Entity, QString>; // (entity, UUID): a row, in any copy of a portfolio

// Reads rows of one portfolio file in the form two copies of a portfolio can compare: row keys are local
// to a file, so every reference column is given as the referenced row's UUID. Also names rows the way
// people do ("SCT-01", measure "9", "MCE 2016"), for merge reports, conflicts and comparisons.
// Read-only; caches the UUIDs of referenced rows. One reader per file and thread.
class RowReader
{
public:
    explicit RowReader(const PortfolioFile &file);

    const PortfolioFile &file() const { return m_file; }

    // Column → value of a row (not its id), references as UUIDs ("" when empty); empty when there is none.
    QVariantMap row(Entity entity, const QString &uuid) const;
    // The same for a row as stored (a deleted row's journal snapshot, a row read by a query).
    QVariantMap comparable(Entity entity, const QVariantMap &stored) const;
    // The row as stored, id and references as row keys; empty when there is none.
    QVariantMap storedRow(Entity entity, const QString &uuid) const;
    bool exists(Entity entity, const QString &uuid) const { return idOf(entity, uuid) != 0; }

    RowId idOf(Entity entity, const QString &uuid) const;
    QString uuidOf(Entity entity, RowId id) const;

    // Reference columns of an entity and what they point to; whether the schema requires them (a row
    // cannot exist without the row it refers to).
    static QList<QPair<QString, Entity>> references(Entity entity);
    static std::optional<Entity> referenced(Entity entity, const QString &column);
    bool isRequired(Entity entity, const QString &column) const;

    // Rows of this file that refer to the row through a required reference (they go with it), or, with
    // `recursive`, everything that would go with it.
    QList<RowRef> children(Entity entity, const QString &uuid, bool recursive = false) const;

    // How people name the row ("SCT-01", "9", "SCT-01 #2", "MCE 2016"): from a comparable row.
    QString key(Entity entity, const QVariantMap &row) const;
    QString key(Entity entity, const QString &uuid) const;
    // The row's names where its key holds an English name (ValueText::names): the portfolio's, a period's,
    // and a briefing item's period's. From a comparable row, or the row of this file.
    BilingualText names(Entity entity, const QVariantMap &row) const;
    BilingualText names(Entity entity, const QString &uuid) const;
    // A comparable value as text for people: references as the referenced row's key; "" for empty.
    QString display(Entity entity, const QString &column, const QVariant &value) const;

private:
    const PortfolioFile &m_file;
    mutable QHash<QString, QString> m_uuids; // "entity:id" → UUID
    mutable QHash<int, QStringList> m_required;
    mutable QHash<int, QStringList> m_columnNames; // of "SELECT *", by entity
};

} // namespace Vigie
