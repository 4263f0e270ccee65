#include "fileguard.h"

#include "model/limits.h"
#include "storage/sqlitedriver.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#endif

namespace Vigie {

namespace {

bool onReadOnlyMedia(const QString &path)
{
#ifdef Q_OS_UNIX
    struct statvfs fs {};
    const QByteArray name = QFile::encodeName(QFileInfo(path).absolutePath());
    return statvfs(name.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace

bool FileGuard::harden(sqlite3 *db, QString *error)
{
    if (!db)
        return setError(error, QStringLiteral("not an open SQLite connection"));
    struct Setting
    {
        int option;
        int value;
    };
    // Triggers and views off: none belongs to Vigie's schema, and SQLite fires a plain trigger even with
    // trusted_schema off. Foreign-key actions (ON DELETE CASCADE) are not triggers and still run.
    const Setting settings[] = {
        { SQLITE_DBCONFIG_DEFENSIVE, 1 },
        { SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0 },
        { SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0 },
        { SQLITE_DBCONFIG_ENABLE_TRIGGER, 0 },
        { SQLITE_DBCONFIG_ENABLE_VIEW, 0 },
    };
    for (const Setting &s : settings) {
        int applied = -1;
        if (sqlite3_db_config(db, s.option, s.value, &applied) != SQLITE_OK || applied != s.value)
            return setError(error, QString::fromUtf8(sqlite3_errmsg(db)));
    }
    // Generous for Vigie's own statements (the widest reads 27 columns, the deepest cascade is four
    // tables), tight enough that a crafted file cannot make SQLite build huge values or programs.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, Limits::sqliteLength);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, Limits::sqliteSqlLength);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 1000 * 1000);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 32);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 1); // VACUUM INTO attaches its target
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 1000);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 16); // foreign-key cascades count as levels
    sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, 0);
    return true;
}

bool FileGuard::harden(const QSqlDatabase &db, QString *error)
{
    return harden(SqlStatement::handle(db), error);
}

bool FileGuard::openConnection(const QString &connection, const QString &path, bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(new SqliteDriver, connection);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = sqlErrorText(db.lastError());
        return false;
    }
    return configure(db, error);
}

bool FileGuard::reopenConnection(const QString &connection, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    db.close();
    if (!db.open()) {
        *error = sqlErrorText(db.lastError());
        return false;
    }
    return configure(db, error);
}

bool FileGuard::configure(const QSqlDatabase &db, QString *error)
{
    // Before the first statement, which is when SQLite reads the file's schema.
    if (!harden(db, error))
        return false;
    QSqlQuery q(db);
    // Defensive settings for untrusted files, then our own invariants.
    for (const char *pragma : { "PRAGMA trusted_schema = OFF", "PRAGMA foreign_keys = ON",
                                "PRAGMA cell_size_check = ON", "PRAGMA synchronous = FULL" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = sqlErrorText(q.lastError());
            return false;
        }
    }
    return true;
}

void FileGuard::closeConnection(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QString FileGuard::writeProblem(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (onReadOnlyMedia(path))
        return tr("The portfolio is on read-only media; copy it to a writable folder to edit it.");
    if (file.exists() && !file.isWritable())
        return tr("You do not have permission to change this file (or it is locked against changes).");
    if (!folder.isWritable())
        return tr("The folder holding the file cannot be written to, and Vigie needs to write its lock and "
                  "SQLite its rollback journal beside the file; copy it to a writable folder to edit it.");
    return QString();
}

} // namespace Vigie
