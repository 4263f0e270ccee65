#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace Vigie {

// Marks a portfolio as being edited: FILE.lock, held while a Vigie has the file open read-write, so a
// second Vigie (or a second window) opens it read-only instead of editing under the first one's feet.
// A lock left by a crashed process is taken over (QLockFile's stale-lock detection), and so is a lock
// file that names no process once it is ten seconds old.
class FileLock
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::FileLock)
public:
    explicit FileLock(const QString &portfolioPath);
    ~FileLock();

    static QString lockPath(const QString &portfolioPath);

    // True when this process now holds the lock. On false, holder() says who has it.
    bool tryLock();
    bool isLocked() const;
    void unlock();
    // "user on host (process 1234)", or empty when unknown.
    QString holder() const;

    // How old a lock file that names no process must be before it is taken over.
    static constexpr int kUnreadableLockSeconds = 10;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Vigie
