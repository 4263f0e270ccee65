#pragma once

#include "storage/change.h"

#include <QObject>

#include <memory>

class QTimer;
class QUndoStack;

namespace Vigie {

class Editor;
class EnvelopeModel;
class FileLock;
class PortfolioFile;
class ProjectModel;
class StrategyModel;
class WorkforceModel;
struct FileError;

// One open portfolio in the workspace, and everything that lives as long as it: the file, its edit lock,
// the undo stack, the one edit facade (Editor) and the item models the pages show. Pages and dialogs
// receive the document; they read through its models and the core readers, and change data only through
// editor(). After every committed edit — made here, or by another process on the same file — the
// document sends one `changed` notification with the final values in the file.
//
// A file another Vigie holds (FILE.lock) or that cannot be written opens read-only, and
// readOnlyReason() says why, for the banner.
class Document : public QObject
{
    Q_OBJECT
public:
    ~Document() override;

    static std::unique_ptr<Document> open(const QString &path, FileError *error);

    // Opening in two halves, for DocumentOpener: begin() takes the edit lock and decides whether the
    // file will be opened for writing (then SQLite's integrity check must run, which reads the whole
    // file); finish() opens it, running that check unless `verified` says it just ran elsewhere.
    struct Pending
    {
        QString path; // absolute
        std::unique_ptr<FileLock> lock;
        bool forWriting = false;
        QString readOnlyReason;
    };
    static Pending begin(const QString &path);
    // How the workspace names a portfolio: a file's absolute path, a server's canonical address.
    static QString canonicalPath(const QString &path);
    static std::unique_ptr<Document> finish(Pending pending, bool verified, FileError *error);
    // Takes over a file just created (File → New).
    static std::unique_ptr<Document> adopt(std::unique_ptr<PortfolioFile> file);

    PortfolioFile *file() const { return m_file.get(); }
    QUndoStack *undoStack() const { return m_stack; }
    Editor *editor() const { return m_editor; }
    StrategyModel *strategyModel() const { return m_strategy; }
    ProjectModel *projectModel() const { return m_projects; }
    WorkforceModel *workforceModel() const { return m_workforce; }
    EnvelopeModel *envelopeModel() const { return m_envelopes; }

    QString path() const;
    bool isReadOnly() const;
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Looks whether another process or connection committed to the file since the last look; if so,
    // sends `changed` (external, everything may have changed). Runs every second; tests call it.
    // A commit by another program may be another Vigie's upgrade: the format is read first, and a changed
    // format makes the document outdated instead.
    bool checkOutsideChanges();

    // Another Vigie upgraded the portfolio (on a server, or a file open read-only here) while it was open
    // here (PortfolioFile::formatChangedTo): this program can no longer write it, nor read it as the new
    // format means it. Or the connection to the server was lost (PortfolioFile::connectionLost). The
    // document turns read-only with the reason (readOnlyChanged() is sent once), takes in no more outside
    // changes, and the window says to open the portfolio again (with a Vigie that reads the new format).
    bool isOutdated() const { return m_outdated; }

Q_SIGNALS:
    void changed(const Vigie::Change &change);
    // The document turned read-only while open (isOutdated()): actions and editable fields follow.
    void readOnlyChanged();

private:
    friend class Editor;
    Document(std::unique_ptr<PortfolioFile> file, std::unique_ptr<FileLock> lock, QString readOnlyReason);
    // An edit this document made through another connection (an import on a worker thread).
    void announce(const Change &change);
    // Makes the document outdated when the portfolio's format changed on the server (learned from a
    // refused write, or asked of the server); true when it is.
    bool takeFormatChange();
    // Makes the document outdated when the connection to the server was lost, or the file was moved or
    // replaced (PortfolioFile::connectionLost, noticeMove): nothing more can be read or written through it.
    void takeConnectionLoss();
    void becomeOutdated(const QString &reason);

    std::unique_ptr<FileLock> m_lock;
    std::unique_ptr<PortfolioFile> m_file;
    QUndoStack *m_stack;
    Editor *m_editor;
    QString m_readOnlyReason;
    bool m_outdated = false;
    QTimer *m_watch;
    StrategyModel *m_strategy = nullptr;
    ProjectModel *m_projects = nullptr;
    WorkforceModel *m_workforce = nullptr;
    EnvelopeModel *m_envelopes = nullptr;
};

} // namespace Vigie
