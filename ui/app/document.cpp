#include "document.h"

#include "commands/editor.h"
#include "storage/filelock.h"
#include "storage/portfoliofile.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace Vigie {

Document::Document(std::unique_ptr<PortfolioFile> file, std::unique_ptr<FileLock> lock, QString readOnlyReason)
    : m_lock(std::move(lock))
    , m_file(std::move(file))
    , m_stack(new QUndoStack(this))
    , m_editor(new Editor(m_file.get(), m_stack, this))
    , m_readOnlyReason(std::move(readOnlyReason))
{
}

Document::~Document()
{
    // Commands refer to the file: drop them first, then close the file, then release the lock.
    m_stack->clear();
    m_file.reset();
    m_lock.reset();
}

std::unique_ptr<Document> Document::open(const QString &path, FileError *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<FileLock>(absolute);
    QString reason;
    PortfolioFile::Access access = PortfolioFile::Access::ReadWrite;
    if (QFileInfo(absolute).isWritable() && !lock->tryLock()) {
        access = PortfolioFile::Access::ReadOnly;
        const QString holder = lock->holder();
        reason = holder.isEmpty() ? tr("Another Vigie is editing this portfolio.")
                                  : tr("Another Vigie is editing this portfolio: %1.").arg(holder);
    }
    std::unique_ptr<PortfolioFile> file = PortfolioFile::open(absolute, access, error);
    if (!file)
        return nullptr;
    if (file->isReadOnly() && reason.isEmpty()) {
        lock->unlock();
        reason = tr("The file or its folder cannot be written (permissions or read-only media).");
    }
    return std::unique_ptr<Document>(new Document(std::move(file), std::move(lock), reason));
}

std::unique_ptr<Document> Document::adopt(std::unique_ptr<PortfolioFile> file)
{
    auto lock = std::make_unique<FileLock>(file->path());
    QString reason;
    if (!lock->tryLock()) {
        reason = tr("Another Vigie is editing this portfolio.");
        const QString path = file->path();
        file.reset();
        FileError error;
        file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error);
        if (!file)
            return nullptr;
    }
    return std::unique_ptr<Document>(new Document(std::move(file), std::move(lock), reason));
}

QString Document::path() const
{
    return m_file->path();
}

bool Document::isReadOnly() const
{
    return m_file->isReadOnly() || !m_readOnlyReason.isEmpty();
}

} // namespace Vigie
