#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

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

// An SQL expression giving a new random (version 4) UUID as lower-case text, one per row.
QString newUuidSql(const QSqlDatabase &db);

// The portfolio's tables at the current schema version, as PostgreSQL DDL: the SQLite schema steps
// (storage/schema.cpp) with the types PostgreSQL spells otherwise (a rowid key, REAL as double
// precision), so the server has the same tables and columns as a file, plus vigie_schema.
QStringList serverSchema();

// The tables of the current schema in an order where every table comes after those it refers to.
QStringList tablesInReferenceOrder();

} // namespace Vigie::SqlDialect
