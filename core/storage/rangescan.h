#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

namespace Vigie {

class PortfolioFile;
class SqlStatement;

// Reads every row of one large table (the ten million frozen period rows of a million-project
// portfolio) split by rowid into two halves, read at once on two connections on two threads: the scan
// is SQLite's work, one core's worth per connection, and users' machines have two cores or more.
//
// Both halves must come from the same snapshot of the file, or a commit landing between the two starts
// would count some rows twice or not at all. SQLite's snapshot API is not compiled into the system's
// library (no SQLITE_ENABLE_SNAPSHOT), so the split relies on the rollback journal's locking: the file's
// own connection opens a read transaction first and keeps it until the second connection has started its
// own, and no writer can commit while a read transaction holds its shared lock. The file's change
// counter (header offset 24), read by both connections, confirms it. Anything else (a write-ahead log,
// whose readers each keep their own snapshot; the file's connection inside a transaction, whose
// uncommitted changes a second connection would not see; a writer waiting to commit; a portfolio on a
// server; a small table) reads the whole table on the file's connection alone.
class RangeScan
{
public:
    struct Options
    {
        // How the statement names the table's rowid (qualified where it joins another table).
        QString rowid = QStringLiteral("rowid");
        // The range's two parameters are the statement's first ("%1" before any other "?"), bound
        // before `binds`; otherwise "%1" comes after every other parameter and they are bound after.
        bool rangeFirst = false;
        // Asked every few thousand steps of SQLite's work on both connections: true stops the scan, and
        // run() returns false with no message.
        std::function<bool()> cancelled;
        // Run on the second connection before it reads (the functions the statement calls).
        std::function<bool(const QSqlDatabase &, QString *)> prepare;
    };

    // Runs `sql` over `table`: it must contain "%1" where the rowid range goes, in its WHERE clause (see
    // Options::rangeFirst for where its two parameters go). `visit(part, row)` is called for each row with
    // part 0 or 1, from two threads at once: each part must fold into its own totals, merged by the caller
    // afterwards (sums of counts, whose order does not matter; or each part's own best rows, chosen among
    // again). False with a message when the file cannot be read.
    static bool run(const PortfolioFile &file, const QString &table, const QString &sql, const QVariantList &binds,
                    const std::function<void(int part, const SqlStatement &row)> &visit, QString *error);
    static bool run(const PortfolioFile &file, const QString &table, const QString &sql, const QVariantList &binds,
                    const std::function<void(int part, const SqlStatement &row)> &visit, QString *error,
                    const Options &options);

    // Rows below which the table is read on one connection (opening a second costs a few milliseconds).
    static qint64 minimumRows();
    // Tests split small tables: every border between the halves must count each row once.
    static void setMinimumRows(qint64 rows);
    // Whether the last run() on this thread read the table in two halves.
    static bool lastRunSplit();
};

} // namespace Vigie
