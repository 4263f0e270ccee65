#include "filelock.h"

#include <QLockFile>

namespace Vigie {

FileLock::FileLock(const QString &portfolioPath)
    : m_lock(std::make_unique<QLockFile>(lockPath(portfolioPath)))
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
    return m_lock->tryLock(0);
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
