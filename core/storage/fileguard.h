#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Vigie {

// The defences every SQLite connection Vigie opens gets before it reads anything from a file, and the
// plain reasons a file cannot be written. A portfolio arrives by e-mail or from a shared drive: it may
// carry triggers, views or oversized values made to hurt whoever opens it (SchemaCheck refuses those
// files outright; these settings are the second wall should one slip through).
class FileGuard
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::FileGuard)
public:
    // Defensive mode (no writable_schema, no journal_mode=OFF, no writes to shadow tables), no
    // load_extension, untrusted schema, triggers and views off (Vigie's schema has none), and limits on
    // lengths and on the size of statements (see model/limits.h). False with SQLite's reason when a
    // setting is refused.
    static bool harden(sqlite3 *db, QString *error);
    static bool harden(const QSqlDatabase &db, QString *error);

    // Adds and opens a connection named `connection` on `path` through Vigie's SQLite driver (SqliteDriver),
    // creating the file when writing and it does not exist yet,
    // hardened, with foreign keys on, cell size checks and full syncs. False with the reason.
    static bool openConnection(const QString &connection, const QString &path, bool readOnly, QString *error);
    // Closes an open connection and opens it again, as openConnection left it: SQLite's page cache starts
    // empty (Salvage needs that after every damaged page; see salvage.cpp). The connection's queries
    // must be prepared again.
    static bool reopenConnection(const QString &connection, QString *error);
    static void closeConnection(const QString &connection);
    // Closes and removes a named connection (file or server) when it goes out of scope.
    struct ScopedConnection
    {
        QString name;
        ~ScopedConnection() { closeConnection(name); }
    };

    // Why `path` cannot be changed in place, in words for a banner or a message: read-only media, no
    // permission on the file, or a folder that cannot be written to (SQLite writes its rollback journal
    // and Vigie its edit lock beside the file). Empty when the file and its folder can be written.
    static QString writeProblem(const QString &path);
    static bool canWrite(const QString &path) { return writeProblem(path).isEmpty(); }

private:
    // Hardening and pragmas on a connection just opened.
    static bool configure(const QSqlDatabase &db, QString *error);
};

} // namespace Vigie
