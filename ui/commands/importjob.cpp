#include "importjob.h"

#include "document/backgroundtask.h"

#include "commands/editor.h"
#include "storage/portfoliofile.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Vigie {

ImportJob::ImportJob(Editor *editor, QString csvPath, ImportMapping mapping, ImportOptions options)
    : QObject(editor)
    , m_editor(editor)
    , m_csv(std::move(csvPath))
    , m_mapping(std::move(mapping))
    , m_options(options)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportJob::onFinished);
}

ImportJob::~ImportJob()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    const QString portfolio = m_editor->file()->path();
    const QString author = m_editor->file()->author();
    const QString csv = m_csv;
    const ImportMapping mapping = m_mapping;
    const ImportOptions options = m_options;
    const auto cancel = m_cancel;
    // The job outlives the worker: its destructor waits for it.
    ImportJob *self = this;
    m_watcher.setFuture(QtConcurrent::run(BackgroundTask::pool(), [=]() {
        BackgroundTask::yieldToTheWindow();
        Outcome outcome;
        // The document holds the edit lock and checked the file when it opened it.
        FileError error;
        auto file = PortfolioFile::open(portfolio, options.dryRun ? PortfolioFile::Access::ReadOnly
                                                                  : PortfolioFile::Access::ReadWriteVerified, &error);
        if (!file) {
            outcome.report.fatal = error.message;
            return outcome;
        }
        file->setAuthor(author);
        QObject::connect(file.get(), &PortfolioFile::changed, file.get(),
                         [&outcome](const Change &change) { outcome.change = change; }, Qt::DirectConnection);
        outcome.report = runImport(*file, csv, mapping, options, [self, cancel](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(self, [self, done, total] { Q_EMIT self->progress(done, total); },
                                      Qt::QueuedConnection);
            return !cancel->load();
        });
        return outcome;
    }));
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportJob::wait()
{
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher); // delivers `finished` now
    QCoreApplication::sendPostedEvents(this);
}

void ImportJob::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_report = outcome.report;
    if (m_report.written && m_report.changeset) {
        const ImportKind kind = m_mapping.kind;
        const QString csv = m_csv;
        m_editor->pushApplied([kind, csv] { return importUndoText(kind, csv); }, outcome.change, m_report.changeset);
    }
    Q_EMIT finished(m_report);
}

} // namespace Vigie
