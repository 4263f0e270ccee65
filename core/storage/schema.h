#pragma once

#include <QString>
#include <QStringList>

namespace Vigie::Schema {

// "Vigi" in ASCII: written in the header of every portfolio file (PRAGMA application_id).
inline constexpr qint32 applicationId = 0x56696769;

// PRAGMA user_version of files this program writes. Each step in migrations() moves a file one version up.
inline constexpr int currentVersion = 5;

// The SQL that moves a file from version `to - 1` to version `to` (to >= 1). Version 1 is the first schema.
QStringList migration(int to);

// Tables a file of `version` must hold before we run anything else on it.
QStringList requiredTables(int version);

// The CHECK constraints of `table` in the current schema, as SQL conditions (empty when it has none).
// Bulk writers turn SQLite's row-by-row enforcement off and test these once at the end (BulkWrite);
// tst_migration checks that every CHECK of the schema is listed here.
QStringList checkConstraints(const QString &table);

} // namespace Vigie::Schema
