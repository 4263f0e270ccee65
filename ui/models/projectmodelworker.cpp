#include "models/projectmodelworker.h"

#include "analysis/projectquery.h"
#include "document/backgroundtask.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/serverlocation.h"

namespace Vigie {

using ProjectRows::kFirstScreen;
using ProjectRows::kWindow;

void ProjectModel::serveQueries(Worker *worker, const QString &path)
{
    BackgroundTask::yieldToTheWindow();
    FileError error;
    std::unique_ptr<PortfolioFile> file;
    bool reconnected = false; // the last answer came on a connection made again after a loss
    Q_FOREVER {
        ProjectQuery query;
        int generation = 0;
        bool withCounts = false;
        {
            QMutexLocker lock(&worker->mutex);
            while (!worker->next && !worker->quit)
                worker->wake.wait(&worker->mutex);
            if (worker->quit)
                break;
            query = *worker->next;
            generation = worker->nextGeneration;
            withCounts = worker->nextWithCounts;
            worker->next.reset();
        }
        if (!file) {
            file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnlyVerified, &error);
            if (file)
                file->yieldToWriters(); // an edit's commit interrupts the query, made again below
        }
        Answer a;
        if (file)
            file->takeInterruptedForWriter(); // an interruption between two queries stopped neither
        if (!file) {
            a.error = error.message;
            // The server could not be reached: not damage, nothing was read.
            a.connectionLost = error.code == FileError::Io && ServerLocation::isServerAddress(path);
        } else {
            const auto superseded = [worker, generation] {
                return worker->quit || worker->latest.load() != generation;
            };
            // The first screen first, the whole answer after; a first screen that is not full
            // is the whole answer.
            bool whole = false;
            if (ProjectQueries::firstScreenFirst(query)) {
                Answer first;
                if (!ProjectQueries::ids(*file, query, &first.ids, &first.error, superseded, kFirstScreen)
                    && first.error.isEmpty())
                    continue; // a newer query stopped this one
                if (!first.error.isEmpty() || first.ids.size() < kFirstScreen) {
                    a = std::move(first);
                    whole = true;
                } else {
                    first.partial = true;
                    first.rows = Repository::projectsByIds(*file, first.ids.mid(0, kWindow));
                    QMetaObject::invokeMethod(this, [this, generation, first = std::move(first)]() mutable {
                        if (generation == m_pendingGeneration)
                            apply(std::move(first));
                    }, Qt::QueuedConnection);
                }
            }
            const bool firstShown = !whole && ProjectQueries::firstScreenFirst(query);
            if (!whole && !ProjectQueries::ids(*file, query, &a.ids, &a.error, superseded) && a.error.isEmpty())
                continue; // a newer query stopped this one
            if (!firstShown && a.error.isEmpty()) // else the first screen brought them
                a.rows = Repository::projectsByIds(*file, a.ids.mid(0, kWindow));
            ProjectCounts counts;
            if (a.error.isEmpty() && withCounts
                && ProjectQueries::counts(*file, query.staleBefore, &counts, &a.error))
                a.counts = counts;
            if (file->takeInterruptedForWriter()) {
                // An edit of this program needed the file: the answer may have stopped short (not
                // damage). The same query again, after the commit, unless a newer one came.
                QMutexLocker lock(&worker->mutex);
                if (!worker->next) { // (quitting stops the loop before it runs)
                    worker->next = query;
                    worker->nextGeneration = generation;
                    worker->nextWithCounts = withCounts;
                }
                continue;
            }
            // This worker's own connection to the server was lost (an administrator ended it, the
            // server restarted, the network dropped it) while the window's may hold: not damage. A
            // new connection asks the same query again, once; failing that, the loss is reported.
            if (!a.error.isEmpty() && file->isServer() && !file->connectionLost().isEmpty()) {
                a.error = file->connectionLost();
                a.connectionLost = true;
                file.reset();
                if (!reconnected) {
                    reconnected = true;
                    QMutexLocker lock(&worker->mutex);
                    if (!worker->next) { // (a newer query, if any, goes instead)
                        worker->next = query;
                        worker->nextGeneration = generation;
                        worker->nextWithCounts = withCounts;
                    }
                    continue;
                }
            }
        }
        if (a.error.isEmpty())
            reconnected = false;
        QMetaObject::invokeMethod(this, [this, generation, a = std::move(a)]() mutable {
            if (generation == m_pendingGeneration) {
                m_pendingGeneration = 0;
                apply(std::move(a));
            }
        }, Qt::QueuedConnection);
    }
}

} // namespace Vigie
