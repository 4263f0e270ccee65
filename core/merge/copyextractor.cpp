#include "copyextractor.h"

#include "i18n/language.h"
#include "storage/edits.h"
#include "storage/filelock.h"
#include "storage/outputfile.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>

namespace Vigie {

namespace {

bool organizationExists(const PortfolioFile &file, const QString &code)
{
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT 1 FROM organization WHERE code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next();
}

void removeTemporary(const QString &temp)
{
    for (const QString &suffix : { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(temp + suffix);
}

// Records the copy's origin in the copy itself, journaled as the copy's first own change ("extract").
bool recordOrigin(const QString &temp, const CopyOrigin &origin, QString *error)
{
    FileError e;
    auto copy = PortfolioFile::open(temp, PortfolioFile::Access::ReadWriteVerified, &e);
    if (!copy || copy->isReadOnly())
        return setError(error, e.message);
    copy->setAuthor(origin.takenBy);
    const ChangeLabel label = Language::inBoth([&] {
        return origin.isLimited() ? CopyExtractor::tr("Copy for %1").arg(origin.organizationCode)
                                  : CopyExtractor::tr("Copy of the whole portfolio");
    });
    const EditResult r = Edits::run(*copy, { label, QStringLiteral("extract"), 0 },
                                    [&](QString *why) {
        QStringList earlier; // a copy of a copy: only the latest origin counts
        QSqlQuery q(sqlDatabase(*copy));
        if (q.exec(QStringLiteral("SELECT uuid FROM copy_origin")))
            while (q.next())
                earlier << q.value(0).toString();
        for (const QString &uuid : std::as_const(earlier))
            if (!copy->deleteRow(Entity::CopyOrigin, uuid, why))
                return false;
        return !copy->insertRow(Entity::CopyOrigin,
                                { { Field::PortfolioUuid, origin.portfolioUuid },
                                  { Field::BaseChangeset, origin.baseChangeset },
                                  { Field::BaseChangesetUuid, origin.baseChangesetUuid },
                                  { Field::OrganizationCode, origin.organizationCode },
                                  { Field::FileName, origin.sourceName },
                                  { Field::ChangedAt, origin.takenAt },
                                  { Field::Author, origin.takenBy } },
                                origin.uuid, why)
                    .isEmpty();
    });
    return r.ok || setError(error, r.error);
}

} // namespace

std::optional<CopyOrigin> CopyExtractor::extract(const PortfolioFile &file, const QString &target,
                                                 const Options &options, QString *error)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(target);
    if (!file.isServer() && QFileInfo(path) == QFileInfo(file.path())) {
        setError(error, tr("%1: the copy cannot replace the portfolio itself; choose another name.").arg(shown));
        return std::nullopt;
    }
    if (!options.organizationCode.isEmpty() && !organizationExists(file, options.organizationCode)) {
        setError(error, tr("No organization has the code \"%1\" in %2.")
                            .arg(options.organizationCode, QDir::toNativeSeparators(file.path())));
        return std::nullopt;
    }
    if (QFileInfo::exists(path) && !options.overwrite) {
        setError(error, tr("%1: a file already exists there; choose another name.").arg(shown));
        return std::nullopt;
    }
    QString problem = OutputFile::protectedFileError(path);
    if (problem.isEmpty())
        problem = OutputFile::folderProblem(path);
    std::unique_ptr<FileLock> lock; // a portfolio replaced is held until the copy is in place
    if (problem.isEmpty())
        problem = OutputFile::lockTarget(path, &lock);
    if (!problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }

    const QString temp = path + QStringLiteral(".part");
    removeTemporary(temp);
    {
        QString why;
        if (!file.writeSnapshot(temp, &why)) {
            removeTemporary(temp);
            setError(error, tr("%1: the copy could not be written (%2).").arg(shown, why));
            return std::nullopt;
        }
    }
    CopyOrigin origin;
    origin.uuid = PortfolioFile::newUuid();
    origin.portfolioUuid = file.info().uuid;
    origin.organizationCode = options.organizationCode;
    origin.sourceName = file.isServer() ? file.path() : QFileInfo(file.path()).fileName();
    origin.takenAt = file.now().toUTC().toString(Qt::ISODate);
    origin.takenBy = file.author();
    {
        // The snapshot's own last changeset: the common ancestor of the copy and the portfolio.
        FileError e;
        auto snapshot = PortfolioFile::open(temp, PortfolioFile::Access::ReadOnly, &e);
        if (!snapshot) {
            removeTemporary(temp);
            setError(error, e.message);
            return std::nullopt;
        }
        const JournalPosition base = JournalPosition::last(*snapshot);
        origin.baseChangeset = base.changeset;
        origin.baseChangesetUuid = base.uuid;
    }
    QString why;
    if (!recordOrigin(temp, origin, &why)) {
        removeTemporary(temp);
        setError(error, tr("%1: the copy could not be written (%2).").arg(shown, why));
        return std::nullopt;
    }
    // rename() replaces an existing file atomically: readers see the old copy or the new one, never half.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        removeTemporary(temp);
        setError(error, tr("%1: the copy could not be moved into place.").arg(shown));
        return std::nullopt;
    }
    return origin;
}

} // namespace Vigie
