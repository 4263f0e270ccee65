#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace Vigie {

class BackgroundTask;
class Document;
struct FileError;

// Opens portfolios for the workspace without freezing it. Opening a file for writing runs SQLite's
// integrity check over the whole file (a third of a second at 100,000 projects) and upgrades an older
// file: for a large file both run on a worker thread (with its own connection) while the window stays
// responsive and the status bar shows progress with Cancel; the file is then opened on the GUI thread
// without repeating the check. The edit lock is taken first and held throughout. Small files, and
// files another Vigie is editing (opened read-only, no check), open before open() returns.
class DocumentOpener : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(std::unique_ptr<Document> document, const FileError &error)>;

    explicit DocumentOpener(QObject *parent = nullptr);
    ~DocumentOpener() override;

    // Opens `path` and calls `done` with the document or the error (from inside open() when the file
    // opens at once). A new open() cancels the one under way, unless it is for the same file: then the
    // open under way goes on and this `done` is not called.
    void open(const QString &path, Done done);
    // Abandons the open under way: `done` is not called (the worker's check runs to its end unseen).
    void cancel();
    bool isBusy() const;
    // The file being opened in the background, when busy.
    QString path() const { return m_path; }

Q_SIGNALS:
    // A background open started (busy) or ended, opened, failed or cancelled (not busy).
    void busyChanged(bool busy);

private:
    BackgroundTask *m_task;
    QString m_path;
};

} // namespace Vigie
