#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Vigie {

// Compares a file's sqlite_schema with what this program creates for the file's schema version, before
// anything else runs on it: a trigger, a view, a table or an index that Vigie did not put there is how a
// hostile portfolio would act on whoever opens it (SQLite fires plain triggers even with
// trusted_schema off). The reference is what Schema::migration(1..version) creates on an in-memory
// database, recorded at build time (vigie_schemagen), so every future migration is covered without
// touching this class.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::SchemaCheck)
public:
    struct Entry
    {
        QString type; // table, index, trigger, view
        QString name;
        QString table;
        QString sql; // null for the indexes SQLite makes for UNIQUE constraints
        bool operator==(const Entry &o) const
        {
            return type == o.type && name == o.name && table == o.table && sql == o.sql
                && sql.isNull() == o.sql.isNull();
        }
    };

    // What this version creates for a file of `version` (1..Schema::currentVersion), sorted by name.
    // Thread-safe; built once per version. Empty when the migrations themselves fail (a bug).
    static QList<Entry> reference(int version);

    // The differences between `db`'s schema and the reference for `version`, in words ("it holds a
    // trigger \"wipe\" on project, which Vigie does not create"); empty when they match exactly. On a
    // read error, *readError gets SQLite's reason and the list is empty.
    static QStringList differences(const QSqlDatabase &db, int version, QString *readError);
    // The same, with what the file holds beyond the reference (a trigger, a view, a table or an index
    // Vigie never creates) in *extras rather than in the list returned: what remains is what is missing
    // or defined otherwise. A salvage reads Vigie's own tables by name and leaves the extras behind.
    static QStringList differences(const QSqlDatabase &db, int version, QString *readError, QStringList *extras);
    // The same, with Vigie's indexes missing or defined otherwise in *indexes: what remains is about the
    // tables. A salvage reads the tables by name and writes Vigie's own indexes into its copy.
    static QStringList differences(const QSqlDatabase &db, int version, QString *readError, QStringList *extras,
                                   QStringList *indexes);

    // The tables of `db` with a row breaking one of the schema's CHECK constraints (a status that is not
    // one of the four, a negative FTE…), in words; empty when there is none. SQLite's quick check
    // verifies these only on a connection that can write (read-only connections do not keep CHECK
    // constraints), and Vigie's first look at a file is read-only. Files of an older version are
    // upgraded, and checked, when next opened; for them this returns nothing.
    static QStringList constraintViolations(const QSqlDatabase &db, int version, QString *readError);

    // The statistics tables ANALYZE adds (someone ran it with the sqlite3 shell) only steer SQLite's
    // query planner; they are accepted when exactly as SQLite creates them.
    static bool isStatisticsTable(const Entry &entry);
};

} // namespace Vigie
