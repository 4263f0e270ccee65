// ReadAhead reads a large file from end to end beside SQLite's checks (PERFORMANCE.md, part 24): all of
// it, only when it is large enough, and without dropping the locks the process's connections hold on it.
#include "storage/readahead.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Vigie;

class TestReadAhead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheWholeFile();
    void leavesSmallFilesAlone();
    void keepsTheLocksOfOtherConnections();

private:
    // A real SQLite file of about `rows` kilobytes.
    static QString makeDatabase(const QTemporaryDir &dir, int rows);
};

QString TestReadAhead::makeDatabase(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("f.sqlite"));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return QString();
    }
    const QByteArray sql = "CREATE TABLE t (v BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
        + QByteArray::number(rows) + ") INSERT INTO t SELECT randomblob(1000) FROM n;";
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok ? path : QString();
}

void TestReadAhead::readsTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 3500); // 3.5 MB: three reads and a part
    QVERIFY(!path.isEmpty());
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 3 * 1024 * 1024);
    ReadAhead ahead(path, 1024 * 1024);
    QVERIFY(ahead.started());
    ahead.finish();
    QCOMPARE(ahead.bytesRead(), size);
}

void TestReadAhead::leavesSmallFilesAlone()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 100);
    QVERIFY(!path.isEmpty());
    ReadAhead ahead(path); // 64 MB and more only
    QVERIFY(!ahead.started());
    QCOMPARE(ahead.bytesRead(), 0);
    ReadAhead missing(dir.filePath(QStringLiteral("none.sqlite")), 1);
    QVERIFY(!missing.started());
}

// Closing any descriptor of a file drops every POSIX lock the process holds on it. A connection of this
// process is in a read transaction (SQLite's shared lock) while the file is read ahead to its end and
// the reader is destroyed: another process must still see the shared lock.
void TestReadAhead::keepsTheLocksOfOtherConnections()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 2000);
    QVERIFY(!path.isEmpty());
    const QByteArray name = QFile::encodeName(path);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    QCOMPARE(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM t", -1, &statement, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(statement, 0), 2000);
    sqlite3_finalize(statement); // the transaction, and its shared lock, stay

    // Whether another process finds a read lock on SQLite's shared byte range (unix VFS: 510 bytes after
    // the pending byte at 1 GiB): 0 when it does.
    const auto othersSeeTheLock = [&] {
        const pid_t child = fork();
        if (child == 0) { // only async-signal-safe calls until _exit
            const int fd = ::open(name.constData(), O_RDONLY);
            struct flock lock = {};
            lock.l_type = F_WRLCK;
            lock.l_whence = SEEK_SET;
            lock.l_start = 0x40000002;
            lock.l_len = 510;
            const bool held = fd >= 0 && fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type == F_RDLCK;
            _exit(held ? 0 : 1);
        }
        int status = -1;
        return child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    };
    QVERIFY(othersSeeTheLock());
    {
        ReadAhead ahead(path, 1);
        QVERIFY(ahead.started());
        ahead.finish();
        QCOMPARE(ahead.bytesRead(), QFileInfo(path).size());
    }
    QVERIFY2(othersSeeTheLock(), "the read-ahead dropped the shared lock of the connection reading the file");
    QCOMPARE(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
