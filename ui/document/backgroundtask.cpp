#include "backgroundtask.h"

#include <QFileInfo>
#include <QThread>

#include <atomic>

namespace Vigie {

namespace {
// 4 MiB: SQLite checks such a file in about 5 ms and its tables are a few thousand rows (the bundled
// Quebec sample is 1 MiB). Row counts do not follow file size closely (the synthetic sample's 30,000
// workforce rows fill 10 MiB), so the line is drawn low.
std::atomic<qint64> largeFileBytes { 4 * 1024 * 1024 };
} // namespace

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    // The work may use files and globals (SQLite connections) that must outlive it.
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void BackgroundTask::start(std::function<void()> work, std::function<void()> done)
{
    const int generation = ++m_generation;
    QThread *thread = QThread::create(std::move(work));
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, generation, done = std::move(done)] {
        m_threads.removeAll(thread);
        thread->deleteLater();
        if (generation != m_generation)
            return;
        setBusy(false);
        done();
    });
    setBusy(true);
    thread->start();
}

void BackgroundTask::cancel()
{
    ++m_generation;
    setBusy(false);
}

void BackgroundTask::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

bool BackgroundTask::isLarge(const QString &path)
{
    return QFileInfo(path).size() >= largeFileBytes.load();
}

void BackgroundTask::setLargeFileBytes(qint64 bytes)
{
    largeFileBytes.store(bytes);
}

} // namespace Vigie
