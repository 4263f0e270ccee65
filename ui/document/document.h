#pragma once

#include <QObject>

#include <memory>

class QUndoStack;

namespace Vigie {

class Editor;
class FileLock;
class PortfolioFile;
struct FileError;

// One open portfolio in the workspace: the file, its edit lock, its undo stack and the edit facade.
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
    static std::unique_ptr<Document> finish(Pending pending, bool verified, FileError *error);
    // Takes over a file just created (File → New).
    static std::unique_ptr<Document> adopt(std::unique_ptr<PortfolioFile> file);

    PortfolioFile *file() const { return m_file.get(); }
    QUndoStack *undoStack() const { return m_stack; }
    Editor *editor() const { return m_editor; }
    QString path() const;
    bool isReadOnly() const;
    QString readOnlyReason() const { return m_readOnlyReason; }

private:
    Document(std::unique_ptr<PortfolioFile> file, std::unique_ptr<FileLock> lock, QString readOnlyReason);

    std::unique_ptr<FileLock> m_lock;
    std::unique_ptr<PortfolioFile> m_file;
    QUndoStack *m_stack;
    Editor *m_editor;
    QString m_readOnlyReason;
};

} // namespace Vigie
