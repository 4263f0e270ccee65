#include "mergesteps.h"

#include "benchsteps.h"

#include "merge/copyextractor.h"
#include "merge/merger.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/verifiedfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

#include <memory>

namespace VigieBench {

using namespace Vigie;

namespace {

QString copyPath(const QString &work, int i)
{
    return QDir(work).filePath(QStringLiteral("merge-copy-%1.vigie").arg(i));
}

std::unique_ptr<PortfolioFile> openForWriting(const QString &path, QString *error)
{
    FileError e;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &e);
    if (!file)
        *error = e.message;
    return file;
}

// Copy i changes projects i·n … i·n + n − 1 (in key order): their forecast cost and phase, as a
// ministry's update would, in one changeset.
bool editCopy(const QString &path, int i, int changed, QString *error)
{
    auto copy = openForWriting(path, error);
    if (!copy)
        return false;
    copy->setAuthor(QStringLiteral("ministry-%1").arg(i + 1));
    QStringList uuids;
    QSqlQuery q(sqlDatabase(*copy));
    q.prepare(QStringLiteral("SELECT uuid FROM project ORDER BY id LIMIT ? OFFSET ?"));
    q.addBindValue(changed);
    q.addBindValue(i * changed);
    if (!q.exec())
        return false;
    while (q.next())
        uuids << q.value(0).toString();
    const EditResult r = Edits::run(*copy, { QStringLiteral("Update"), QString(), 0 }, [&](QString *why) {
        for (int k = 0; k < uuids.size(); ++k) {
            if (!copy->setValue(Entity::Project, uuids.at(k), Field::ForecastCost, 1.0e6 + 1000.0 * (k + i), why)
                || !copy->setValue(Entity::Project, uuids.at(k), Field::Phase, QStringLiteral("closing"), why))
                return false;
        }
        return true;
    });
    *error = r.error;
    return r.ok;
}

int projectCount(const QString &portfolio)
{
    FileError e;
    auto file = PortfolioFile::open(portfolio, PortfolioFile::Access::ReadOnly, &e);
    if (!file)
        return 0;
    QSqlQuery q(sqlDatabase(*file));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

int mergeChangedProjects(int projects)
{
    return std::max(1, std::min(1000, projects / kMergeCopies));
}

QString mergeRowLabel(int projects)
{
    return QStringLiteral("merge %1 copies, %2 changed projects each")
        .arg(kMergeCopies)
        .arg(QLocale(QLocale::English).toString(mergeChangedProjects(projects)));
}

int stepMergePrepare(const QStringList &args)
{
    const QString portfolio = args.value(0), work = args.value(1);
    QElapsedTimer t;
    t.start();
    const int changed = mergeChangedProjects(projectCount(portfolio));
    QString error;
    for (int i = 0; i < kMergeCopies; ++i) {
        if (QFileInfo::exists(copyPath(work, i)))
            continue;
        {
            FileError e;
            auto master = PortfolioFile::open(portfolio, PortfolioFile::Access::ReadOnly, &e);
            if (!master)
                return fail(e.message);
            if (!CopyExtractor::extract(*master, copyPath(work, i), {}, &error))
                return fail(error);
        }
        if (!editCopy(copyPath(work, i), i, changed, &error)) {
            QFile::remove(copyPath(work, i));
            return fail(error);
        }
    }
    return report(double(t.nsecsElapsed()) / 1e6);
}

int stepMergeCopies(const QStringList &args)
{
    const QString portfolio = args.value(0), work = args.value(1);
    const QString master = QDir(work).filePath(QStringLiteral("merge-master.vigie"));
    QFile::remove(master);
    if (!QFile::copy(portfolio, master))
        return fail(QStringLiteral("%1: cannot be copied").arg(portfolio));
    QStringList copies;
    for (int i = 0; i < kMergeCopies; ++i) {
        if (!QFileInfo::exists(copyPath(work, i)))
            return fail(QStringLiteral("run merge-prepare first"));
        copies << copyPath(work, i);
        // As copies come back from the organizations: never opened here, so each is checked whole when
        // opened (this machine wrote them, and would otherwise know they need no check).
        VerifiedFiles::forget(copies.constLast());
    }
    QElapsedTimer t;
    t.start();
    QString error;
    auto file = openForWriting(master, &error);
    if (!file)
        return fail(error);
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    MergePlan plan;
    const EditResult r = Merger::merge(*file, copies, {}, &plan);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!r.ok)
        return fail(r.error);
    if (plan.conflicts())
        return fail(QStringLiteral("unexpected conflicts"));
    const QLocale english(QLocale::English);
    return report(ms, QStringLiteral("%1 fields applied from %2 copies; opening the file for writing took %3 ms in the same run")
                          .arg(english.toString(plan.applied()))
                          .arg(kMergeCopies)
                          .arg(english.toString(openMs, 'f', 1)));
}

} // namespace VigieBench
