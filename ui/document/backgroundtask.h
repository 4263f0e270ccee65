#pragma once

#include <QList>
#include <QObject>

#include <functional>

template<typename T>
class QFutureWatcher;
class QThreadPool;

namespace Vigie {

class PortfolioFile;

// Work too long for the GUI thread (more than the 100 ms a user notices), run on Qt's thread pool
// (QtConcurrent), with its result handed back on the owner's thread (QFutureWatcher). The work must not touch the owner's objects: it
// opens its own PortfolioFile (one per thread) and keeps its result in a variable the two functions
// share. Owned by the widget or object that needs the result; destroying the task waits for the work.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Runs `work` on a new thread, then `done` on this object's thread, unless cancel() or another
    // start() came in between (the superseded work still runs to its end, its result unused).
    void start(std::function<void()> work, std::function<void()> done);
    // start() for work that reads the portfolio at `path`: the worker opens it through a connection of
    // its own, without the whole-file check the document's opening ran (ReadOnlyVerified; its lock or
    // a server keeps it so), hands it to `read`, and closes it. `done` gets why it could not be opened
    // (`read` did not run then), or nothing. The worker's reads give way to this program's edits of the
    // file (PortfolioFile::yieldToWriters): when an edit's commit interrupted them, `read` runs again on a
    // new connection after it, so `read` must start its result afresh each time it runs.
    void startReading(const QString &path, std::function<void(const PortfolioFile &)> read,
                      std::function<void(const QString &openError)> done);
    void cancel();
    // True from start() until `done` ran (or cancel()).
    bool isBusy() const { return m_busy; }

    // Files at least this large (bytes) are opened and summarized on worker threads; smaller ones at
    // once on the GUI thread, where the work takes a few milliseconds. Tests lower it to 0.
    static bool isLarge(const QString &path);
    static void setLargeFileBytes(qint64 bytes);
    // The pool Vigie's own background work runs on (opening, overview, movers, workforce, imports). Not
    // Qt's global pool: Qt's raster painting splits large image operations over the global pool and
    // waits for them on the GUI thread, so seconds of our work queued there froze painting (measured:
    // 11 s at a million projects). At least four threads, so a refresh never waits behind an import.
    static QThreadPool *pool();
    // Lowers the calling worker thread's scheduling priority below the GUI thread's, so that the window
    // keeps painting while workers read a large file. start() calls it; threads of their own call it first.
    static void yieldToTheWindow();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);

    QList<QFutureWatcher<void> *> m_watchers;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace Vigie
