#pragma once

#include "io/importer.h"
#include "io/importreport.h"
#include "io/mapping.h"
#include "storage/change.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Vigie {

class Editor;

// An import of any kind (projects, organizations, measures, workforce, envelopes) started by the edit
// facade, run on a worker thread (QtConcurrent) over its own connection to the file, so the window stays
// responsive through 100,000 rows. When a written import ends, the editor pushes it on the undo stack as
// one command ("Import Measures from x.csv") and the document announces its change; a check (dry run)
// writes nothing. Progress and the report come back on the editor's thread.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    // Imports `csvPath` with `mapping`, whose kind says what the file holds.
    ImportJob(Editor *editor, QString csvPath, ImportMapping mapping, ImportOptions options);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    // Waits for the worker (tests, closing the window).
    void wait();
    const ImportReport &report() const { return m_report; }
    ImportKind kind() const { return m_mapping.kind; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const Vigie::ImportReport &report);

private:
    struct Outcome
    {
        ImportReport report;
        Change change;
    };
    void onFinished();

    Editor *m_editor;
    QString m_csv;
    ImportMapping m_mapping;
    ImportOptions m_options;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
    ImportReport m_report;
};

} // namespace Vigie
