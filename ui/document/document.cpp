#include "document.h"

#include "commands/editor.h"
#include "models/envelopemodel.h"
#include "models/projectmodel.h"
#include "models/strategymodel.h"
#include "models/workforcemodel.h"
#include "storage/fileguard.h"
#include "storage/filelock.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/serverlocation.h"
#include "storage/serverroles.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace Vigie {

Document::Document(std::unique_ptr<PortfolioFile> file, std::unique_ptr<FileLock> lock, QString readOnlyReason)
    : m_lock(std::move(lock))
    , m_file(std::move(file))
    , m_stack(new QUndoStack(this))
    , m_editor(new Editor(this))
    , m_readOnlyReason(std::move(readOnlyReason))
    , m_watch(new QTimer(this))
{
    connect(m_file.get(), &PortfolioFile::changed, this, &Document::changed);
    m_file->changedElsewhere(); // the version to compare with from now on
    m_file->markSeen();         // row versions: what the window shows next is what it has seen
    // On a server other clients' commits are announced (LISTEN/NOTIFY) and taken in at once; the timer
    // below is then only a safety net.
    if (m_file->followOtherClients())
        connect(m_file.get(), &PortfolioFile::otherClientCommitted, this, &Document::checkOutsideChanges);
    connect(m_file.get(), &PortfolioFile::disconnected, this, &Document::takeConnectionLoss);
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &Document::checkOutsideChanges);
    m_watch->start();
    // The models follow `changed`: created last, they connect after everything above is in place.
    m_strategy = new StrategyModel(this);
    m_projects = new ProjectModel(this);
    m_workforce = new WorkforceModel(this);
    m_envelopes = new EnvelopeModel(this);
}

Document::~Document()
{
    // Commands and models refer to the file: drop them first, then close the file, then release the lock.
    m_watch->stop();
    m_stack->clear();
    delete m_strategy;
    delete m_projects;
    delete m_workforce;
    delete m_envelopes;
    m_file.reset();
    m_lock.reset();
}

void Document::announce(const Change &change)
{
    m_file->changedElsewhere(); // our own write through another connection is not an outside change
    if (!change.isEmpty())
        Q_EMIT changed(change);
}

bool Document::checkOutsideChanges()
{
    if (m_outdated || !m_file->changedElsewhere())
        return false;
    // Read in the old format, a portfolio upgraded since would be shown as it is not: nothing is taken in.
    if (takeFormatChange())
        return false;
    m_file->markSeen(); // before the views reload: a commit in between is a conflict, never overwritten
    Q_EMIT changed(Change::everything(true));
    return true;
}

bool Document::takeFormatChange()
{
    if (m_outdated)
        return true;
    const int format = m_file->checkFormat();
    if (format == 0)
        return false;
    // Older than this program's: another tool put an older portfolio in its place (a backup restored);
    // opening it again upgrades it.
    if (format < Schema::currentVersion)
        becomeOutdated(tr("The portfolio was replaced by one in an older format (%1) while it was open here; "
                          "this Vigie reads format %2. Nothing can be changed, exported or printed here, and "
                          "the pages may not show what it holds: close the portfolio (File → Close) and open "
                          "it again.")
                           .arg(format)
                           .arg(Schema::currentVersion));
    else
        becomeOutdated((m_file->isServer()
            ? tr("Another Vigie upgraded this portfolio on the server to format %1 while it was open here; this "
                 "Vigie reads format %2. Nothing can be changed, exported or printed here, and the pages may not "
                 "show what the new format holds: close the portfolio (File → Close) and open it with a Vigie "
                 "that reads format %1.")
            : tr("Another Vigie upgraded this portfolio file to format %1 while it was open here; this Vigie reads "
                 "format %2. Nothing can be changed, exported or printed here, and the pages may not show what "
                 "the new format holds: close the portfolio (File → Close) and open it with a Vigie that reads "
                 "format %1."))
                           .arg(format)
                           .arg(Schema::currentVersion));
    return true;
}

void Document::takeConnectionLoss()
{
    const QString lost = m_file->connectionLost();
    if (m_outdated || lost.isEmpty())
        return;
    becomeOutdated((m_file->isServer()
            ? tr("%1 The pages show what was read before; nothing can be changed, exported or printed "
                 "here until the portfolio is opened again: close it (File → Close) and open it again "
                 "(File → Open Recent).")
            : tr("%1 The pages show what was read before; nothing can be changed, exported or printed here: "
                 "close it (File → Close) and open the file where it is now (File → Open)."))
                       .arg(lost));
}

void Document::becomeOutdated(const QString &reason)
{
    m_outdated = true;
    m_watch->stop();
    m_readOnlyReason = reason;
    Q_EMIT readOnlyChanged();
}

std::unique_ptr<Document> Document::open(const QString &path, FileError *error)
{
    return finish(begin(path), false, error);
}

QString Document::canonicalPath(const QString &path)
{
    if (ServerLocation::isServerAddress(path)) {
        const std::optional<ServerLocation> location = ServerLocation::parse(path, nullptr);
        return location ? location->address() : path;
    }
    return QFileInfo(path).absoluteFilePath();
}

Document::Pending Document::begin(const QString &path)
{
    Pending p;
    p.path = canonicalPath(path);
    if (ServerLocation::isServerAddress(path)) {
        // A server has no lock file and decides itself who may write what (ServerRoles); it is opened for
        // writing, and a viewer finds out in finish().
        p.forWriting = true;
        return p;
    }
    p.lock = std::make_unique<FileLock>(p.path);
    // Why the file cannot be written, in the core's words: a writable file in a read-only folder was
    // told "Another Vigie is editing this portfolio" because the lock could not be created.
    const QString problem = FileGuard::writeProblem(p.path);
    p.forWriting = problem.isEmpty();
    if (!p.forWriting) {
        p.readOnlyReason = problem;
    } else if (!p.lock->tryLock()) {
        p.forWriting = false;
        const QString holder = p.lock->holder();
        p.readOnlyReason = holder.isEmpty() ? tr("Another Vigie is editing this portfolio.")
                                            : tr("Another Vigie is editing this portfolio: %1.").arg(holder);
    }
    return p;
}

std::unique_ptr<Document> Document::finish(Pending p, bool verified, FileError *error)
{
    const PortfolioFile::Access access = !p.forWriting ? PortfolioFile::Access::ReadOnly
        : verified                                     ? PortfolioFile::Access::ReadWriteVerified
                                                       : PortfolioFile::Access::ReadWrite;
    std::unique_ptr<PortfolioFile> file = PortfolioFile::open(p.path, access, error);
    if (!file)
        return nullptr;
    if (file->isServer()) {
        const QString reason = ServerRoles::readOnlyReason(*file);
        return std::unique_ptr<Document>(new Document(std::move(file), nullptr, reason));
    }
    QString reason = p.readOnlyReason;
    if (file->isReadOnly() && reason.isEmpty()) {
        p.lock->unlock();
        reason = tr("The file or its folder cannot be written (permissions or read-only media).");
    }
    return std::unique_ptr<Document>(new Document(std::move(file), std::move(p.lock), reason));
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
