#include "documentopener.h"

#include "document/backgroundtask.h"
#include "document/document.h"
#include "storage/filelock.h"
#include "storage/portfoliofile.h"

#include <QFileInfo>

namespace Vigie {

DocumentOpener::DocumentOpener(QObject *parent)
    : QObject(parent)
    , m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::busyChanged, this, &DocumentOpener::busyChanged);
}

DocumentOpener::~DocumentOpener() = default;

void DocumentOpener::open(const QString &path, Done done)
{
    if (isBusy() && Document::canonicalPath(path) == m_path)
        return; // already on its way (a second lock attempt would find our own lock and open read-only)
    cancel();
    auto pending = std::make_shared<Document::Pending>(Document::begin(path));
    if (!pending->forWriting || !BackgroundTask::isLarge(pending->path)) {
        FileError error;
        std::unique_ptr<Document> document = Document::finish(std::move(*pending), false, &error);
        done(std::move(document), error);
        return;
    }
    // The worker opens the file for writing, as finish() would: header, integrity check, tables, and
    // the upgrade of an older file (after its backup copy). `pending` (and its lock) lives until both
    // the worker and the result are done with it, even when the open is cancelled.
    m_path = pending->path;
    auto error = std::make_shared<FileError>();
    const QString file = pending->path;
    m_task->start(
        [file, error, pending] {
            FileError e;
            std::unique_ptr<PortfolioFile> checked = PortfolioFile::open(file, PortfolioFile::Access::ReadWrite, &e);
            *error = e;
        },
        [this, pending, error, done = std::move(done)] {
            m_path.clear();
            if (*error) {
                done(nullptr, *error);
                return;
            }
            FileError e;
            std::unique_ptr<Document> document = Document::finish(std::move(*pending), true, &e);
            done(std::move(document), e);
        });
}

void DocumentOpener::cancel()
{
    m_path.clear();
    m_task->cancel();
}

bool DocumentOpener::isBusy() const
{
    return m_task->isBusy();
}

} // namespace Vigie
