#include "recovery.h"

#include "storage/fileguard.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QtEndian>

#include <sqlite3.h>

namespace Vigie {

namespace {

QString journalPath(const QString &path)
{
    return path + QStringLiteral("-journal");
}

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}

// SQLite's own test (pager.c, hasHotJournal), less the lock check it alone can make safely: a journal
// that exists, is not empty and does not start with a zero byte. A journal whose writer is alive is not
// hot; SQLite sees its lock and leaves it, and the journal is still there afterwards.
bool journalLooksHot(const QString &path)
{
    QFile journal(journalPath(path));
    if (!journal.exists() || journal.size() == 0)
        return false;
    if (!journal.open(QIODevice::ReadOnly))
        return true; // cannot tell: SQLite assumes hot too
    char first = 0;
    return journal.read(&first, 1) == 1 && first != 0;
}

// A WAL file holds frames (past its 32-byte header) only while a connection has it open or after one
// stopped without closing.
bool walHasFrames(const QString &path)
{
    return QFileInfo(walPath(path)).size() > 32;
}

// Only our own files are recovered: anything else is refused, untouched, by the header check.
bool headerIsVigie(const QString &path, bool *walMode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return false;
    const auto bytes = reinterpret_cast<const uchar *>(header.constData());
    *walMode = bytes[18] == 2 || bytes[19] == 2;
    return qFromBigEndian<qint32>(bytes + 68) == Schema::applicationId;
}

FileError makeError(FileError::Code code, const QString &message)
{
    return FileError { code, message };
}

QMutex notesMutex;
QHash<QString, QString> &notes()
{
    static QHash<QString, QString> map;
    return map;
}

} // namespace

bool Recovery::hasInterruptedChange(const QString &path)
{
    return journalLooksHot(path) || walHasFrames(path);
}

FileError Recovery::recoverInterruptedChange(const QString &path, QString *note)
{
    note->clear();
    if (!hasInterruptedChange(path))
        return {};
    bool walMode = false;
    if (!headerIsVigie(path, &walMode))
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    const QString leftover = QDir::toNativeSeparators(journalLooksHot(path) ? journalPath(path) : walPath(path));
    if (!FileGuard::canWrite(path)) {
        return makeError(FileError::Interrupted,
                         tr("%1: the last change to this portfolio was interrupted and must be rolled back "
                            "before the file can be read, but it cannot be written here (%2). Copy the file "
                            "and %3 together to a writable folder and open the copy: Vigie will roll the "
                            "change back.")
                             .arg(shown, FileGuard::writeProblem(path), leftover));
    }

    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    QString reason;
    if (rc == SQLITE_OK && !FileGuard::harden(db, &reason))
        rc = SQLITE_ERROR;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        // Reading the header takes the shared lock, which is where SQLite plays a hot journal back. It
        // does not parse the schema, so nothing from the file runs.
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(stmt);
            rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
        sqlite3_finalize(stmt);
        // Vigie writes with a rollback journal; a file left in WAL mode goes back to it, its committed
        // frames copied into the file (checkpoint) and its unfinished ones dropped.
        // When another program has the file open in WAL mode this fails, harmlessly: the WAL is its.
        if (rc == SQLITE_OK && walMode)
            sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK && reason.isEmpty())
            reason = QString::fromUtf8(sqlite3_errmsg(db));
    } else if (reason.isEmpty()) {
        reason = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    }
    sqlite3_close(db);
    if (rc != SQLITE_OK) {
        return makeError(FileError::Io, tr("%1: the last change to this portfolio was interrupted and could not be "
                                           "rolled back (%2).")
                                            .arg(shown, reason));
    }
    // Still there: another program is writing the file right now; its change is not ours to undo.
    if (hasInterruptedChange(path))
        return {};
    *note = tr("%1: the last change to this portfolio was interrupted (the program writing it stopped) and "
               "has been rolled back; the portfolio is as it was before that change.")
                .arg(shown);
    return {};
}

void Recovery::rememberNote(const QString &path, const QString &note)
{
    QMutexLocker locker(&notesMutex);
    const QString key = QFileInfo(path).absoluteFilePath();
    if (note.isEmpty())
        notes().remove(key);
    else
        notes().insert(key, note);
}

QString Recovery::takeNote(const QString &path)
{
    QMutexLocker locker(&notesMutex);
    return notes().take(QFileInfo(path).absoluteFilePath());
}

} // namespace Vigie
