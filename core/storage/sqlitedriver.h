#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QSqlDriver>

#include <atomic>

struct sqlite3;

namespace Vigie {

class SqliteResult;

// Vigie's own Qt Sql driver for SQLite, behind every portfolio file's QSqlDatabase
// (FileGuard::openConnection). It is linked into the program with the system's libsqlite3, which Vigie
// calls directly anyway (SqlStatement, FileGuard::harden, the custom functions), so opening a file loads
// no plugin: Qt's QSQLITE plugin costs every command about a millisecond and a half before its first
// statement (Qt scans the sqldrivers folder, reads each plugin's metadata and loads and relocates one;
// docs/PERFORMANCE.md part 11), more than Vigie's whole reading of an empty file.
//
// It behaves as Qt's QSQLITE driver does where Vigie and its tests can tell: the same values (integers as
// qint64, reals as double, text as QString, blobs as QByteArray, NULL as a null QString), the same errors
// (SQLite's message as the database text, its extended result code as the native code), the same
// connection (extended result codes, no mutex, a private cache), positional placeholders (`?`, `?NNN`),
// statements reported at exec() when their first step fails, and a read that holds its statement on the
// current row until it ends. Forward-only reads convert a value only when it is asked for; other reads
// keep the rows already read, so seeking back works.
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'): QSQLITE_BUSY_TIMEOUT=<ms> (5000
// by default) and QSQLITE_OPEN_READONLY. Any other option makes open() fail and says which.
//
// Readers give way to this program's writers. A portfolio file is one file in SQLite's rollback-journal
// mode: a commit waits until no connection reads it. At a million projects the window's background
// readers (the Overview's figures, the movers, the charts) read for seconds after each edit, so the next
// edit's commit, an undo say, waited up to a second on the GUI thread, and could fail after the busy
// timeout. A reader that may start again (setYieldsToWriters) is interrupted (sqlite3_interrupt) as soon
// as a writer of this process on the same file waits for its lock; its statements fail, it releases the
// file, and the one who read tells takeInterruptedForWriter() and reads again after the commit: what it
// was reading was about to change anyway. Readers of other processes are waited for, as before.
class SqliteDriver : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqliteDriver(QObject *parent = nullptr);
    ~SqliteDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &table) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    // The connection as a QVariant of the type named "sqlite3*", as Qt's driver gives it.
    QVariant handle() const override;

    // The open connection, or null.
    sqlite3 *connection() const { return m_db; }

    // This connection's reads may be interrupted when a writer of this process waits for the file (see
    // above); until close() or setYieldsToWriters(false). Thread-safe with the writers.
    void setYieldsToWriters(bool yields);
    // True once a writer interrupted this connection since the last call (the reads since may have
    // failed or stopped short and must be made again); clears it.
    bool takeInterruptedForWriter() { return m_interruptedForWriter.exchange(false); }

    // A writer that has waited longWaitMs for other programs to stop reading its file (they are not
    // interrupted: see above) calls the hook once in that wait, on its own thread, with the file's path,
    // and goes on waiting up to the busy timeout. The window sets it to say why it does not respond (a
    // commit runs on the GUI thread). None by default.
    using LongWaitHook = void (*)(const QString &file);
    static void setLongWaitHook(LongWaitHook hook);
    static constexpr int longWaitMs = 250;

private:
    friend class SqliteResult;
    bool runTransactionStatement(const char *sql, const QString &failure);
    // SQLite's busy handler of every connection: waits up to the busy timeout, as sqlite3_busy_timeout
    // does, and a writer interrupts the yielding readers of its file meanwhile.
    static int busy(void *driver, int count);
    void interruptReadersOfTheFile();

    sqlite3 *m_db = nullptr;
    bool m_readOnly = false;
    int m_busyTimeout = 5000;
    QElapsedTimer m_busySince;
    bool m_longWaitTold = false; // the hook was called in this wait
    std::atomic<bool> m_interruptedForWriter { false };
    // Results whose statements must be finalized before the connection closes.
    mutable QList<SqliteResult *> m_results;
};

} // namespace Vigie
