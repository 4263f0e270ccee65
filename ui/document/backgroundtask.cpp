#include "backgroundtask.h"

#include "storage/portfoliofile.h"
#include "storage/serverlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

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
    for (QFutureWatcher<void> *watcher : std::as_const(m_watchers))
        watcher->waitForFinished();
}

void BackgroundTask::start(std::function<void()> work, std::function<void()> done)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<void>(this);
    m_watchers.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done = std::move(done)] {
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        setBusy(false);
        done();
    });
    setBusy(true);
    watcher->setFuture(QtConcurrent::run(pool(), [work = std::move(work)] {
        yieldToTheWindow();
        work();
    }));
}

void BackgroundTask::startReading(const QString &path, std::function<void(const PortfolioFile &)> read,
                                  std::function<void(const QString &)> done)
{
    auto openError = std::make_shared<QString>();
    start(
        [path, openError, read = std::move(read)] {
            // A read an edit interrupted is made again once the edit committed (the new connection waits
            // for it); after a few, the read stops giving way, so that it ends while edits follow edits.
            constexpr int kYields = 8;
            for (int attempt = 0;; ++attempt) {
                FileError e;
                const std::unique_ptr<PortfolioFile> file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnlyVerified, &e);
                if (!file) {
                    *openError = e.message.isEmpty() ? tr("%1: cannot be opened.").arg(QDir::toNativeSeparators(path)) : e.message;
                    return;
                }
                if (attempt < kYields)
                    file->yieldToWriters();
                read(*file);
                if (!file->takeInterruptedForWriter())
                    return;
            }
        },
        [openError, done = std::move(done)] { done(*openError); });
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

void BackgroundTask::yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    // Linux gives each thread its own nice value (QThread's priorities do nothing for ordinary threads
    // there). At nice 10 a worker weighs a tenth of the GUI thread in the scheduler: on two busy cores
    // the three workers of a million-project open took half the GUI thread's time, and painting
    // stalled for half a second at a time. Once per thread.
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
    }
#endif
}

bool BackgroundTask::isLarge(const QString &path)
{
    // Every read of a server crosses the network and waits on other clients' load: never on the GUI thread.
    if (ServerLocation::isServerAddress(path))
        return true;
    return QFileInfo(path).size() >= largeFileBytes.load();
}

QThreadPool *BackgroundTask::pool()
{
    static QThreadPool *const workPool = [] {
        auto *p = new QThreadPool; // lives as long as the program: tasks may still run at exit
        p->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return p;
    }();
    return workPool;
}

void BackgroundTask::setLargeFileBytes(qint64 bytes)
{
    largeFileBytes.store(bytes);
}

} // namespace Vigie
