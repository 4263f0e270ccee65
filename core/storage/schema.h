#pragma once

#include <QString>
#include <QList>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace Vigie::Schema {

// "Vigi" in ASCII: written in the header of every portfolio file (PRAGMA application_id).
inline constexpr qint32 applicationId = 0x56696769;

// PRAGMA user_version of files this program writes. Each step in migrations() moves a file one version up.
inline constexpr int currentVersion = 8;

// The SQL that moves a file from version `to - 1` to version `to` (to >= 1). Version 1 is the first schema.
QStringList migration(int to);

// Writes a new, empty SQLite file's schema with `q` (on its connection, in the caller's transaction):
// the header's application id, every step up to the current version, then that version. False with
// q.lastError() set when a statement fails.
bool createCurrent(QSqlQuery &q);

// Tables a file of `version` must hold before we run anything else on it.
QStringList requiredTables(int version);

// One CHECK constraint of the current schema, on one column: the column's value is one of `words` (a
// TEXT column, compared as SQLite compares text: byte for byte), or at least `minimum` and at most
// `maximum` (a REAL or INTEGER column; a bound that is absent is not tested). NULL passes, as in SQLite.
struct ColumnCheck
{
    QString column;
    QStringList words;
    std::optional<double> minimum;
    std::optional<double> maximum;

    // The SQL condition, as the schema writes it: "state IN ('active', …)", "section BETWEEN 1 AND 4",
    // "internal_fte >= 0", "id = 1".
    QString condition() const;
};

// The CHECK constraints of `table` in the current schema (empty when it has none). Bulk writers turn
// SQLite's row-by-row enforcement off: BatchInsert tests the values it binds against these, and
// BulkWrite::verify() tests the other rows written meanwhile. tst_bulkwrite checks that every CHECK of
// the schema is listed here, condition for condition.
QList<ColumnCheck> columnChecks(const QString &table);
// Their conditions, in the same order.
QStringList checkConstraints(const QString &table);

} // namespace Vigie::Schema
