#include "outputfile.h"

#include "filelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Vigie {

namespace {

const int kKnownErrors[] = { ENOSPC, EDQUOT, EACCES, EPERM, EROFS, EFBIG, EIO, ENOENT, ENOTDIR, EISDIR, ENAMETOOLONG };

// Forces the file's bytes to the disk before it replaces the previous one, and reports a late failure
// (some file systems only find the disk full here).
int syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return result == EINVAL ? 0 : result; // EINVAL: the file system cannot sync (fine)
#else
    Q_UNUSED(path);
    return 0;
#endif
}

void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

QString temporaryName(const QString &path)
{
    const QFileInfo info(path);
    for (;;) {
        const QString candidate = info.absolutePath() + QLatin1Char('/') + QLatin1Char('.') + info.fileName()
            + QStringLiteral(".part-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void removeTemporary(const QString &temp)
{
    QFile::remove(temp);
    QFile::remove(temp + QStringLiteral("-journal"));
}

} // namespace

QString OutputFile::cause(int errnoValue)
{
    switch (errnoValue) {
    case ENOSPC: return tr("the disk is full");
    case EDQUOT: return tr("the disk quota is used up");
    case EACCES:
    case EPERM: return tr("permission denied");
    case EROFS: return tr("the disk is read-only");
    case EFBIG: return tr("the file is too large for the disk");
    case EIO: return tr("input/output error on the disk");
    case ENOENT:
    case ENOTDIR: return tr("the folder does not exist");
    case EISDIR: return tr("a folder has that name");
    case ENAMETOOLONG: return tr("the name is too long");
    default: break;
    }
    return qt_error_string(errnoValue);
}

namespace {

// What the disk and the folder say about a failed write; empty when they look fine.
QString causeFromState(const QString &systemText, const QString &path)
{
    for (int e : kKnownErrors) {
        if (!systemText.isEmpty() && systemText.contains(qt_error_string(e), Qt::CaseInsensitive))
            return OutputFile::cause(e);
    }
    // SQLite says "database or disk is full".
    if (systemText.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        return OutputFile::cause(ENOSPC);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        return OutputFile::cause(ENOENT);
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.isReadOnly())
        return OutputFile::cause(EROFS);
    if (disk.isValid() && disk.bytesAvailable() <= 0)
        return OutputFile::cause(ENOSPC);
    if (!QFileInfo(folder).isWritable())
        return OutputFile::cause(EACCES);
    return QString();
}

bool isUnknown(const QString &text)
{
    return text.isEmpty() || text == qt_error_string(0) || text == QLatin1String("Unknown error");
}

} // namespace

QString OutputFile::cause(const QString &systemText, const QString &path)
{
    const QString found = causeFromState(systemText, path);
    if (!found.isEmpty())
        return found;
    return isUnknown(systemText) ? tr("unknown cause") : systemText;
}

QString OutputFile::cannotWrite(const QString &path, const QString &cause)
{
    return tr("%1: cannot be written (%2); any file already there is unchanged.")
        .arg(QDir::toNativeSeparators(path), cause);
}

namespace {

struct ProtectedFiles
{
    QMutex mutex;
    QHash<QString, int> paths; // absolute path → how many PortfolioFile objects have it open
};

ProtectedFiles &protectedFiles()
{
    static ProtectedFiles files;
    return files;
}

} // namespace

void OutputFile::protect(const QString &path)
{
    ProtectedFiles &files = protectedFiles();
    const QMutexLocker locker(&files.mutex);
    ++files.paths[QFileInfo(path).absoluteFilePath()];
}

void OutputFile::release(const QString &path)
{
    ProtectedFiles &files = protectedFiles();
    const QMutexLocker locker(&files.mutex);
    const auto it = files.paths.find(QFileInfo(path).absoluteFilePath());
    if (it != files.paths.end() && --it.value() <= 0)
        files.paths.erase(it);
}

QString OutputFile::protectedFileError(const QString &path)
{
    const QFileInfo target(path);
    if (!target.exists())
        return QString();
    ProtectedFiles &files = protectedFiles();
    const QMutexLocker locker(&files.mutex);
    for (auto it = files.paths.cbegin(); it != files.paths.cend(); ++it) {
        // Equal when both name the same file, by whatever path (QFileInfo compares canonical paths).
        if (QFileInfo(it.key()) == target)
            return tr("%1: this is the open portfolio's own file; writing there would replace it. Choose "
                      "another name.")
                .arg(QDir::toNativeSeparators(path));
    }
    return QString();
}

namespace {

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

} // namespace

QString OutputFile::editedFileError(const QString &path)
{
    return lockTarget(path, nullptr);
}

QString OutputFile::lockTarget(const QString &path, std::unique_ptr<FileLock> *held)
{
    const QFileInfo target(path);
    if (!target.isFile())
        return QString();
    // A Vigie locks the name it opened; by a link, that is not the file's own name: both are asked.
    QStringList names { target.absoluteFilePath() };
    if (const QString canonical = target.canonicalFilePath(); !canonical.isEmpty() && canonical != names.first())
        names << canonical;
    for (const QString &name : std::as_const(names)) {
        const QString lockFile = FileLock::lockPath(name);
        // Only a file that is, or may become, a portfolio has a lock to take: not a CSV or a PDF.
        if (!QFileInfo::exists(lockFile) && !isSqliteFile(name))
            continue;
        auto lock = std::make_unique<FileLock>(name);
        if (lock->tryLock()) {
            if (held && !*held)
                *held = std::move(lock);
            continue;
        }
        if (!QFileInfo::exists(lockFile))
            continue; // a folder where no lock can be made: nothing to honour
        const QString holder = lock->holder();
        const QString shown = QDir::toNativeSeparators(path);
        if (holder.isEmpty())
            return tr("%1: its lock file %2 says a Vigie is editing this portfolio; writing there would replace "
                      "it while it is in use. Choose another name, or try again once it is closed.")
                .arg(shown, QDir::toNativeSeparators(lockFile));
        return tr("%1: this portfolio is open for editing in Vigie (%2); writing there would replace it while "
                  "it is in use. Close it there, or choose another name.")
            .arg(shown, holder);
    }
    return QString();
}

QString OutputFile::folderProblem(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString folderPath = QFileInfo(path).path();
    const QString folderShown = QDir::toNativeSeparators(folderPath);
    const QFileInfo folder(folderPath);
    if (!folder.exists())
        return tr("%1: the folder %2 does not exist.").arg(shown, folderShown);
    if (!folder.isDir())
        return tr("%1: %2 is a file, not a folder.").arg(shown, folderShown);
    if (!folder.isWritable()) {
        const QStorageInfo disk(folderPath);
        return tr("%1: the folder %2 cannot be written to (%3).")
            .arg(shown, folderShown, cause(disk.isValid() && disk.isReadOnly() ? EROFS : EACCES));
    }
    return QString();
}

bool OutputFile::checkTarget(const QString &path, QString *error)
{
    QString refused = protectedFileError(path);
    if (refused.isEmpty())
        refused = editedFileError(path);
    if (refused.isEmpty() && QFileInfo(path).isDir())
        refused = cannotWrite(path, cause(EISDIR));
    else if (refused.isEmpty())
        refused = folderProblem(path);
    if (refused.isEmpty())
        return true;
    if (error)
        *error = refused;
    return false;
}

bool OutputFile::open(QSaveFile &file, QString *error)
{
    QString refused = protectedFileError(file.fileName());
    if (refused.isEmpty())
        refused = editedFileError(file.fileName());
    if (refused.isEmpty())
        refused = folderProblem(file.fileName());
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = cannotWrite(file.fileName(), cause(file.errorString(), file.fileName()));
    return false;
}

bool OutputFile::commit(QSaveFile &file, QString *error)
{
    // A write that failed inside the device's buffer shows up here; the flush QSaveFile::commit() does
    // itself does not stop the rename on every Qt version, so flush first and cancel on failure.
    QString failure;
    if (file.error() != QFileDevice::NoError || !file.flush())
        failure = file.errorString();
    if (!failure.isEmpty()) {
        file.cancelWriting();
        file.commit(); // removes the temporary file
        if (error)
            *error = cannotWrite(file.fileName(), cause(failure, file.fileName()));
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = cannotWrite(file.fileName(), cause(file.errorString(), file.fileName()));
        return false;
    }
    return true;
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    file.write(bytes);
    return commit(file, error);
}

bool OutputFile::writeByName(const QString &path,
                             const std::function<bool(const QString &temp, QString *reason)> &write, QString *error)
{
    QString refused = protectedFileError(path);
    if (refused.isEmpty())
        refused = folderProblem(path);
    std::unique_ptr<FileLock> lock; // held until the new file is in place
    if (refused.isEmpty())
        refused = lockTarget(path, &lock);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    const QString temp = temporaryName(path);
    QString reason;
    errno = 0;
    bool ok = write(temp, &reason);
    const int writeErrno = errno;
    int failure = 0;
    if (ok && (failure = syncFile(temp)) != 0)
        ok = false;
    if (ok && std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        failure = errno;
        ok = false;
    }
    if (ok) {
        syncFolder(path);
        return true;
    }
    // The cause is looked for while the temporary file still fills the disk.
    if (error) {
        QString why = failure != 0 ? cause(failure) : causeFromState(reason, path);
        // The library's last system call may say why (libxlsxwriter does not); the folder and the disk
        // are more reliable, so they are asked first.
        if (why.isEmpty() && std::find(std::begin(kKnownErrors), std::end(kKnownErrors), writeErrno) != std::end(kKnownErrors))
            why = cause(writeErrno);
        if (why.isEmpty())
            why = isUnknown(reason) ? tr("unknown cause") : reason;
        *error = cannotWrite(path, why);
    }
    removeTemporary(temp);
    return false;
}

} // namespace Vigie
