#pragma once

#include "model/entities.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QDate>
#include <QVariant>

// Small helpers shared by core code that talks to the portfolio file.
namespace Vigie {

// Sets *error (when given) and returns false, so error paths read `return setError(error, …);`.
inline bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The database's own words when it has them ("UNIQUE constraint failed: project.code"), but SQLite's
// errors about the file, the disk and the memory (damaged, full, locked, read-only…) in the user's
// language, with SQLite's code: those reach users as the cause of a refusal, and SQLite speaks English.
QString sqlErrorText(const QSqlError &e);
// What sqlErrorText says, in the user's language, of a server connection that broke before the server
// could give a reason: a caller that already says the connection was lost does not say it twice.
QString connectionLostReason();

// `text`, or "" for a null QString: a null QString binds as NULL, which a NOT NULL column refuses. For
// statements written here; PortfolioFile's row writes already store "" in NOT NULL text columns.
inline QString textOrEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// SQLite's result code of an error (extended codes included), or 0 when it has none (no error, or a
// PostgreSQL SQLSTATE).
int sqliteResultCode(const QSqlError &e);

// NULL as the file stores it: an invalid or null variant, or a null string (Qt 6 no longer counts a
// null QString inside a QVariant as a null variant, but a query binds it as NULL).
inline bool isNullValue(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull());
}

// Same value as far as the file is concerned: SQLite gives back 1.0 as a double and 1 as an integer, and
// the journal keeps values as text. The one rule used by edits, imports, merges and reverts.
bool sameStoredValue(const QVariant &a, const QVariant &b);

// Process-wide SQLite settings, made before the first connection opens (the programs' main): SQLite
// keeps no count of the memory it allocates (SQLITE_CONFIG_MEMSTATUS off), which spared each of its
// allocations a mutex. Nothing in Vigie reads those counts. Later, once SQLite runs, it changes nothing.
void configureSqliteForProcess();

// A date as Vigie stores it ("2016-08-31"), read from its bytes without a QString (a million rows'
// dates in a scan); invalid for anything else, an impossible day included.
QDate storedDay(QByteArrayView text);
QDate storedDay(QStringView text);

// A stored date (ISO 8601 text): "2016-03-31" read at once, as Vigie writes dates; anything else as Qt
// reads ISO dates.
inline QDate dateValue(const QVariant &v)
{
    if (v.isNull())
        return QDate();
    if (v.typeId() == QMetaType::QString)
        if (const QDate day = storedDay(QStringView(*static_cast<const QString *>(v.constData()))); day.isValid())
            return day;
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

inline QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant nullableDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

// A read that goes row by row (no copy of the rows read so far) where that is safe: on SQLite. Qt's
// PostgreSQL driver streams forward-only reads (libpq's single-row mode), and the next statement on the
// connection cuts such a read short; readers here often run a statement per row read, so on a server
// they take the whole result at once.
inline void readForwardOnly(QSqlQuery &q)
{
    q.setForwardOnly(!q.driver() || q.driver()->dbmsType() != QSqlDriver::PostgreSQL);
}

class PortfolioFile;

// A read loop ends in one of two ways that QSqlQuery::next() does not tell apart: no more rows, or an
// error (a damaged page, a value over the length limit) reported only through lastError(). Call this
// after every read loop: false when reading stopped on an error, with *error set to a short reason in
// words, and the file marked damaged (PortfolioFile::damage(), the damaged() signal).
bool readComplete(const PortfolioFile &file, const QSqlQuery &q, QString *error = nullptr);
// q.next() for a query that must return a row (aggregates): false, with *error, on an error or no row.
bool readRow(const PortfolioFile &file, QSqlQuery &q, QString *error = nullptr);
class SqlStatement;
// The same as readComplete for a scan through SqlStatement, once its next() returned false; *error
// holds the statement's message when it failed.
bool statementComplete(const PortfolioFile &file, const SqlStatement &q, QString *error);

// A project with just the fields the health rule reads, from a query whose first seven columns are
// budget, planned_start, planned_end, forecast_cost, forecast_end, reported_cost_variance,
// reported_schedule_variance.
Project projectForRule(const QSqlQuery &q);

// Makes the project's current and original baseline columns match its baseline rows (latest and first),
// and its `baselines` count.
bool syncBaselines(QSqlDatabase db, RowId projectId);

} // namespace Vigie
