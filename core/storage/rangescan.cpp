#include "rangescan.h"

#include "storage/fileguard.h"
#include "storage/portfoliofile.h"
#include "storage/sqldialect.h"
#include "storage/sqlaccess.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <sqlite3.h>

#include <atomic>
#include <limits>
#include <thread>

namespace Vigie {

namespace {

std::atomic<qint64> g_minimumRows { 200000 };
std::atomic<int> g_connections { 0 };
thread_local bool t_split = false;

constexpr qint64 kFirst = std::numeric_limits<qint64>::min();
constexpr qint64 kLast = std::numeric_limits<qint64>::max();

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// One integer answer of a statement run on the raw connection; false on any error (SQLITE_BUSY too).
bool integers(sqlite3 *db, const QByteArray &sql, qint64 *a, qint64 *b = nullptr, QByteArray *text = nullptr)
{
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &q, nullptr) != SQLITE_OK) {
        sqlite3_finalize(q);
        return false;
    }
    const bool row = sqlite3_step(q) == SQLITE_ROW;
    if (row) {
        *a = sqlite3_column_int64(q, 0);
        if (b)
            *b = sqlite3_column_int64(q, 1);
        if (text)
            *text = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))).toLower();
    }
    return sqlite3_finalize(q) == SQLITE_OK && row;
}

// The file's change counter (header offset 24), which every commit in rollback-journal mode increments,
// read from the file through the connection's own descriptor: opening the file again and closing it
// would drop the process's POSIX locks, SQLite's included.
bool changeCounter(sqlite3 *db, quint32 *counter)
{
    sqlite3_file *f = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &f) != SQLITE_OK || !f || !f->pMethods)
        return false;
    unsigned char b[4] = { 0, 0, 0, 0 };
    if (f->pMethods->xRead(f, b, 4, 24) != SQLITE_OK)
        return false;
    *counter = quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
    return true;
}

// Runs the statement over [from, to]; false with the message when reading fails (*read false when the
// statement could not even be prepared).
bool scan(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, qint64 from, qint64 to, int part,
          const std::function<void(int, const SqlStatement &)> &visit, const RangeScan::Options &options,
          QString *error, bool *read = nullptr)
{
    SqlStatement q;
    const QString range = options.rangeFirst ? QStringLiteral("%1 BETWEEN ?1 AND ?2")
                                             : QStringLiteral("%1 BETWEEN ? AND ?");
    if (!q.prepare(db, sql.arg(range.arg(options.rowid)), error)) {
        if (read)
            *read = false;
        return false;
    }
    int i = 1;
    if (options.rangeFirst) {
        q.bind(i++, from);
        q.bind(i++, to);
    }
    for (const QVariant &v : binds)
        q.bind(i++, v);
    if (!options.rangeFirst) {
        q.bind(i++, from);
        q.bind(i, to);
    }
    const SqlDialect::Interruption interruption(db, options.cancelled);
    while (q.next(error))
        visit(part, q);
    return !q.failed();
}

// A failed read as statementComplete() reports it: the file is damaged, and says so once.
bool damaged(const PortfolioFile &file, const QString &reason, QString *error)
{
    const QString why = reason.isEmpty() ? PortfolioFile::tr("a read failed") : reason;
    file.noteReadError(why);
    return setError(error, PortfolioFile::tr("the file is damaged: %1").arg(why));
}

// The second half, on a connection of its own opened and closed on the worker thread.
struct SecondHalf
{
    QString path, table, sql;
    QVariantList binds;
    qint64 from = 0, max = 0;
    quint32 counter = 0;
    const std::function<void(int, const SqlStatement &)> *visit = nullptr;
    const RangeScan::Options *options = nullptr;

    bool started = false; // on the same snapshot, and reading
    bool ok = true;
    QString error;

    void run()
    {
        const QString name = QStringLiteral("vigie-rangescan-%1").arg(++g_connections);
        {
            QString message;
            if (!FileGuard::openConnection(name, path, true, &message)) {
                FileGuard::closeConnection(name);
                return; // the file's connection reads this half too
            }
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            sqlite3 *h = SqlStatement::handle(db);
            qint64 max2 = 0;
            quint32 counter2 = 0;
            // No waiting: a writer that waits to commit makes this connection's lock fail at once, and
            // the file's connection reads the whole table.
            if (h && sqlite3_busy_timeout(h, 0) == SQLITE_OK && exec(h, "BEGIN")) {
                if (integers(h, "SELECT MAX(rowid) FROM " + table.toUtf8(), &max2)
                    && changeCounter(h, &counter2) && counter2 == counter && max2 == max
                    && (!options->prepare || options->prepare(db, &message))) {
                    started = true;
                    ok = scan(db, sql, binds, from, kLast, 1, *visit, *options, &error);
                }
                if (!exec(h, "COMMIT"))
                    exec(h, "ROLLBACK");
            }
        }
        FileGuard::closeConnection(name);
    }
};

} // namespace

qint64 RangeScan::minimumRows()
{
    return g_minimumRows;
}

void RangeScan::setMinimumRows(qint64 rows)
{
    g_minimumRows = rows;
}

bool RangeScan::lastRunSplit()
{
    return t_split;
}

bool RangeScan::run(const PortfolioFile &file, const QString &table, const QString &sql, const QVariantList &binds,
                    const std::function<void(int, const SqlStatement &)> &visit, QString *error)
{
    return run(file, table, sql, binds, visit, error, Options());
}

bool RangeScan::run(const PortfolioFile &file, const QString &table, const QString &sql, const QVariantList &binds,
                    const std::function<void(int, const SqlStatement &)> &visit, QString *error,
                    const Options &options)
{
    t_split = false;
    const auto stopped = [&] { return options.cancelled && options.cancelled(); };
    const QSqlDatabase db = sqlDatabase(file);
    sqlite3 *h = SqlStatement::handle(db);
    if (!h) {
        // A server has no rowid: one statement, one part.
        SqlStatement q;
        if (!q.prepare(db, sql.arg(QStringLiteral("1 = 1")), error))
            return false;
        for (int i = 0; i < binds.size(); ++i)
            q.bind(i + 1, binds.at(i));
        while (q.next(error))
            visit(0, q);
        return stopped() ? setError(error, QString()) : statementComplete(file, q, error);
    }
    const auto whole = [&] {
        QString reason;
        bool read = true;
        if (scan(db, sql, binds, kFirst, kLast, 0, visit, options, &reason, &read))
            return true;
        if (stopped())
            return setError(error, QString());
        return read ? damaged(file, reason, error) : setError(error, reason);
    };
    QByteArray mode;
    qint64 unused = 0;
    // Inside the caller's transaction a second connection would not see its changes; a write-ahead log
    // gives each reader its own snapshot.
    if (!sqlite3_get_autocommit(h) || !integers(h, "PRAGMA journal_mode", &unused, nullptr, &mode) || mode == "wal"
        || !exec(h, "BEGIN"))
        return whole();
    bool ok = false;
    qint64 min = 0, max = 0;
    quint32 counter = 0;
    // The shared lock this takes stays until COMMIT: until then no writer can commit. One MIN() or MAX()
    // a statement: SQLite reads the first or last row of the table for it, but scans the table for both.
    if (!integers(h, "SELECT MIN(rowid) FROM " + table.toUtf8(), &min)
        || !integers(h, "SELECT MAX(rowid) FROM " + table.toUtf8(), &max) || max - min < minimumRows()
        || !changeCounter(h, &counter)) {
        ok = whole();
    } else {
        const qint64 mid = min + (max - min) / 2;
        SecondHalf second;
        second.path = file.path();
        second.table = table;
        second.sql = sql;
        second.binds = binds;
        second.from = mid + 1;
        second.max = max;
        second.counter = counter;
        second.visit = &visit;
        second.options = &options;
        std::thread worker([&second] { second.run(); });
        QString reason;
        bool read = true;
        ok = scan(db, sql, binds, kFirst, mid, 0, visit, options, &reason, &read);
        worker.join();
        if (!ok && stopped()) {
            setError(error, QString());
        } else if (!ok && !read) {
            setError(error, reason);
        } else if (!ok) {
            damaged(file, reason, error);
        } else if (!second.started) {
            ok = scan(db, sql, binds, mid + 1, kLast, 1, visit, options, &reason, &read)
                || (stopped() ? setError(error, QString())
                              : read ? damaged(file, reason, error) : setError(error, reason));
        } else {
            t_split = true;
            ok = second.ok || (stopped() ? setError(error, QString()) : damaged(file, second.error, error));
        }
    }
    if (!exec(h, "COMMIT"))
        exec(h, "ROLLBACK");
    return ok;
}

} // namespace Vigie
