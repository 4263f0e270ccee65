#pragma once

#include <QString>
#include <QStringList>

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

// The CHECK constraints of `table` in the current schema, as SQL conditions (empty when it has none).
// Bulk writers turn SQLite's row-by-row enforcement off and test these once at the end (BulkWrite);
// tst_migration checks that every CHECK of the schema is listed here.
QStringList checkConstraints(const QString &table);

} // namespace Vigie::Schema
