#include "filelock.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLockFile>

namespace Vigie {

FileLock::FileLock(const QString &portfolioPath)
    : m_path(lockPath(portfolioPath))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // A live Vigie keeps its lock for hours: never consider it stale by age, only by a dead process.
    m_lock->setStaleLockTime(0);
}

FileLock::~FileLock() = default;

QString FileLock::lockPath(const QString &portfolioPath)
{
    return portfolioPath + QStringLiteral(".lock");
}

bool FileLock::tryLock()
{
    if (m_lock->tryLock(0))
        return true;
    // A lock file that names no process (empty or garbage: a crash while it was written, a copy from
    // another machine) is never stale to QLockFile with no stale time, so it would keep the portfolio
    // read-only for good. Once it is old enough not to be one being written right now, take it over.
    if (m_lock->error() != QLockFile::LockFailedError || m_lock->getLockInfo(nullptr, nullptr, nullptr))
        return false;
    const QFileInfo file(m_path);
    if (!file.exists() || file.lastModified().secsTo(QDateTime::currentDateTime()) < kUnreadableLockSeconds)
        return false;
    return m_lock->removeStaleLockFile() && m_lock->tryLock(0);
}

bool FileLock::isLocked() const
{
    return m_lock->isLocked();
}

void FileLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

QString FileLock::holder() const
{
    qint64 pid = 0;
    QString host, app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return QString();
    return tr("%1 on %2 (process %3)").arg(app.isEmpty() ? tr("another program") : app, host).arg(pid);
}

} // namespace Vigie
