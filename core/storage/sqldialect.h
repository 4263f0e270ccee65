#pragma once

#include "storage/schema.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;

// What differs between the two back ends of a portfolio (a SQLite file, a PostgreSQL server), in one
// place: the rest of core writes SQL both accept (standard SQL that SQLite 3.40 and PostgreSQL 15 share)
// and asks here for what they spell differently. Nothing outside core/storage sees a dialect.
namespace Vigie::SqlDialect {

// True for a connection to a PostgreSQL server (Qt's QPSQL driver).
bool isServer(const QSqlDatabase &db);

// The schema version of the portfolio behind the connection (SQLite: PRAGMA user_version; server: the
// vigie_schema table Vigie creates beside the portfolio's tables). 0 when there is none.
int schemaVersion(const QSqlDatabase &db);

struct Column
{
    QString name;
    bool notNullText = false; // TEXT NOT NULL: a null written there is stored as ''
};
// The columns of a table of the portfolio, in table order (empty when the table is missing).
QList<Column> tableColumns(const QSqlDatabase &db, const QString &table);
QStringList columnNames(const QSqlDatabase &db, const QString &table);

// A column SQLite's planner must not use an index for (unary +: a scan beats the index when most rows
// match); as it is on a server, whose planner weighs that itself and has no unary + for text.
QString unindexed(const QSqlDatabase &db, const QString &column);

// The aggregate joining a column's values as text with a separator (an SQL literal): GROUP_CONCAT in
// SQLite (3.40 has no string_agg), string_agg on a server.
QString joinText(const QSqlDatabase &db, const QString &expression, const QString &separator);

// An SQL expression giving each row of one statement a new version 7 UUID as lower-case text
// (OrderedUuid), in the order of `counterColumn`: an integer column, unique among the statement's rows,
// below 2^42 (a row id). Reserves a millisecond for the statement: run it once per expression made.
QString newUuidSql(const QSqlDatabase &db, const QString &counterColumn);

// --- Searching and sorting as SQLite does (the Projects table's queries, analysis/projectquery.cpp) ---
// A server must give the same rows in the same order as a file. Limits of the server's spelling, all
// for text outside what a French or English portfolio holds, are in docs/SERVER.md.

// Makes the connection ready for folded() and lowered(): on SQLite, Vigie's functions vigie_fold and
// vigie_lower (registered once per connection); a server needs nothing of its own.
bool prepareTextFunctions(const QSqlDatabase &db, QString *error);

// Lower case without accents ("École" → "ecole"): canonical decomposition (NFD), lower case, combining
// marks removed, as a French reader compares names. SQLite: vigie_fold (QString). Server: normalize(NFD)
// and regexp_replace of the combining-mark blocks Latin, Greek and Cyrillic letters use, then lower();
// `expression` is evaluated once, so it may hold placeholders.
QString folded(const QSqlDatabase &db, const QString &expression);
// Lower case as QString::toLower gives it (SQLite: vigie_lower; server: lower()).
QString lowered(const QSqlDatabase &db, const QString &expression);
// `expression LIKE ? ESCAPE '\'`, ignoring the case of ASCII letters only, as SQLite's LIKE does.
QString likeIgnoringAsciiCase(const QSqlDatabase &db, const QString &expression);
// True when the text bound to one placeholder occurs in `expression` (instr / strpos).
QString containsBound(const QSqlDatabase &db, const QString &expression);
// The larger of two non-null values (SQLite's scalar max(a, b); GREATEST on a server).
QString larger(const QSqlDatabase &db, const QString &a, const QString &b);
// SQLite's julianday() of an ISO 'YYYY-MM-DD' date (a double: day numbers and their differences are
// exactly SQLite's); NULL for NULL, '' or anything else a server cannot read without an error.
QString julianDay(const QSqlDatabase &db, const QString &expression);
// How many rows of a group satisfy `condition` (SQLite sums the condition; a server has no sum of booleans).
QString countWhere(const QSqlDatabase &db, const QString &condition);
// A condition no row satisfies.
QString noRows(const QSqlDatabase &db);
// A text expression compared by code point, as SQLite's BINARY collation does (a server's database
// collation, say fr_CA.UTF-8 or ICU, orders case, accents and punctuation otherwise): for ORDER BY.
QString byCodePoint(const QSqlDatabase &db, const QString &expression);
// One ORDER BY term that orders as SQLite does: text by code point (SQLite's BINARY, where a server
// would use its database's collation), NULLs before everything ascending and after descending.
QString orderTerm(const QSqlDatabase &db, const QString &key, bool text, bool descending);

// While it lives, `cancelled` can stop the statements the connection runs: SQLite asks it every few
// thousand steps of its work (then the statement fails; the caller sees cancelled() and drops it). A
// server statement is not interrupted: the caller drops its answer (cancelling would need a second
// connection to the server).
class Interruption
{
public:
    Interruption(const QSqlDatabase &db, const std::function<bool()> &cancelled);
    ~Interruption();
    Interruption(const Interruption &) = delete;
    Interruption &operator=(const Interruption &) = delete;

private:
    sqlite3 *m_handle = nullptr;
};

// The portfolio's tables at a schema version (the current one unless told), as PostgreSQL DDL: the
// SQLite schema steps (storage/schema.cpp) with the types PostgreSQL spells otherwise (a rowid key,
// REAL as double precision), so the server has the same tables and columns as a file, plus
// vigie_schema, serverAnnouncement() and serverOlderClientGuard(). Older versions serve the tests of
// server upgrades.
QStringList serverSchema(int version = Schema::currentVersion);

// The SQLite schema steps after version `from` up to version `to`, in PostgreSQL's spelling: what
// upgrades a portfolio on a server (ServerStore::upgrade).
QStringList serverSteps(int from, int to);

// The server's own objects beside the tables (the trigger that announces each commit to the other
// clients), as statements that replace them when they are there.
QStringList serverAnnouncement();
// The trigger that refuses the writes of a Vigie older than the portfolio's format left connected through
// an upgrade, as statements that replace it when it is there.
QStringList serverOlderClientGuard();

// The tables of the current schema in an order where every table comes after those it refers to.
QStringList tablesInReferenceOrder();

} // namespace Vigie::SqlDialect
