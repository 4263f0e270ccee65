#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace Vigie {

// One prepared statement run straight on the SQLite connection behind a portfolio's QSqlDatabase, for
// bulk writers (import) that run the same statement hundreds of thousands of times. QSqlQuery formats
// a placeholder name and looks it up in a hash for every bound value and converts each QVariant again;
// here a row costs SQLite's own work. The statement shares the connection, hence its transaction.
// Values are bound by 1-based index; a null QVariant or a null QString binds SQL NULL.
//
// On a connection that is not SQLite (a portfolio on a PostgreSQL server, storage/sqldialect.h) the same
// calls run through a QSqlQuery, so readers and the journal work on both back ends unchanged.
class SqlStatement
{
public:
    SqlStatement() = default;
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // The raw connection of an SQLite database (SqliteDriver, or Qt's QSQLITE driver), or null.
    static sqlite3 *handle(const QSqlDatabase &db);

    bool prepare(const QSqlDatabase &db, const QString &sql, QString *error);
    bool isPrepared() const { return m_stmt != nullptr || m_query != nullptr; }

    void bindNull(int index);
    void bind(int index, double value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    void bind(int index, const QString &value);
    // UTF-8 text, copied (the caller's buffer may change right after).
    void bindUtf8(int index, QByteArrayView utf8);
    // Doubles, integers and booleans as numbers, everything else as text.
    void bind(int index, const QVariant &value);
    // How bind(QVariant) binds a value: NULL, a real, an integer, its QString, or its toString() text.
    enum class Binding { Null, Real, Integer, String, Converted };
    static Binding bindingOf(const QVariant &value);

    // Runs the statement to its end and resets it for the next row (bindings are kept).
    bool exec(QString *error);
    qint64 lastInsertId() const;
    // Rows the last exec() inserted, changed or deleted (on a server, row-level security may hide a row,
    // which is no error: callers that change one row by its key check this there).
    qint64 rowsAffected() const;
    // The driver's error of the last failed statement in the QSqlQuery form (a server's SQLSTATE tells a
    // refusal from a failure: storage/serverroles.h); invalid for SQLite.
    QSqlError queryError() const;

    // Reading, for scans too large for QSqlQuery's QVariant per value: next() gives the rows one by one;
    // after it returns false, failed() tells an error (message in *error) from the end of the rows.
    // The statement is reset at the end, so it can be run again.
    bool next(QString *error);
    bool failed() const { return m_failed; }
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // Valid until the next call of next(); empty for NULL.
    QByteArrayView utf8(int column) const;
    // The same as a NUL-terminated string (one call into SQLite instead of two), for short values.
    const char *text(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_text; // UTF-8 of the text bound to each parameter
    bool m_failed = false;
    // The QSqlQuery form (not SQLite): values bound, whether a read runs, the current row's text.
    std::unique_ptr<QSqlQuery> m_query;
    std::vector<QVariant> m_values;
    bool m_reading = false;
    mutable std::vector<QByteArray> m_rowText;
    void bindValue(int index, const QVariant &value);
    bool run(QString *error);
    const QByteArray &rowText(int column) const;
};

} // namespace Vigie
