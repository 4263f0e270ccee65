#include "merger.h"

#include "i18n/language.h"
#include "merge/mergecopy_p.h"
#include "merge/valuetext.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace Vigie {

namespace {

// Where the last merge of this copy left off, if it was merged before (copy_merge and its journal).
void findSyncPoint(const PortfolioFile &file, MergeCopy &copy, qint64 fileBase)
{
    copy.copyAfter = copy.origin.baseChangeset;
    copy.fileFrom = fileBase + 1;
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT id, uuid, copy_changeset FROM copy_merge WHERE copy_uuid = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(copy.origin.uuid);
    if (!q.exec() || !q.next())
        return;
    const RowId mergeId = q.value(0).toLongLong();
    const QString mergeUuid = q.value(1).toString();
    const qint64 copyChangeset = q.value(2).toLongLong();
    q.prepare(QStringLiteral("SELECT changeset_id FROM change_journal WHERE entity = 'copy_merge' AND entity_uuid = ? "
                             "AND field = '' ORDER BY id DESC LIMIT 1"));
    q.addBindValue(mergeUuid);
    if (!q.exec() || !q.next())
        return;
    copy.mergedBefore = true;
    copy.copyAfter = copyChangeset;
    copy.fileFrom = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT entity, entity_uuid FROM merge_log WHERE copy_merge_id = ?"));
    q.addBindValue(mergeId);
    if (q.exec()) {
        while (q.next()) {
            if (const std::optional<Entity> e = entityFromTable(q.value(0).toString()))
                copy.skipInFirst.insert(ChangeReader::rowId(*e, q.value(1).toString()));
        }
    }
}

} // namespace

Merger::Merger(PortfolioFile &file)
    : m_file(file)
{
}

Merger::~Merger() = default;

bool Merger::open(const QStringList &paths, QString *error)
{
    m_copies.clear();
    const QString portfolioUuid = m_file.info().uuid;
    const std::optional<CopyOrigin> own = CopyOrigin::read(m_file);
    for (const QString &path : paths) {
        const QString shown = QDir::toNativeSeparators(path);
        if (QFileInfo(path) == QFileInfo(m_file.path()))
            return setError(error, tr("%1: a portfolio cannot be merged into itself.").arg(shown));
        auto copy = std::make_unique<MergeCopy>();
        copy->path = path;
        FileError e;
        copy->file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &e);
        if (!copy->file)
            return setError(error, tr("%1 Nothing was merged.").arg(e.message));
        // The open checked the copy whole (integrity check, or the quick one for a large file, unless
        // nothing wrote to it since it last passed one): damage is found before anything is written. A
        // second quick check here read every copy twice, most of a large merge's time (issue 16).
        QSqlQuery q(sqlDatabase(*copy->file));
        if (copy->file->info().uuid != portfolioUuid)
            return setError(error, tr("%1 is a copy of another portfolio (\"%2\"), not of \"%3\". Nothing was merged.")
                                       .arg(shown, ValueText::name(copy->file->info()), ValueText::name(m_file.info())));
        const std::optional<CopyOrigin> origin = CopyOrigin::read(*copy->file);
        if (!origin || origin->uuid.isEmpty())
            return setError(error, tr("%1: not a copy sent for merging (it does not say where it came from). Copies are "
                                      "made with File → Send Copy to Organization or vigie extract. Nothing was merged.")
                                       .arg(shown));
        copy->origin = *origin;
        if (origin->portfolioUuid != portfolioUuid)
            return setError(error, tr("%1 is a copy of another portfolio (\"%2\"), not of \"%3\". Nothing was merged.")
                                       .arg(shown, ValueText::name(copy->file->info()), ValueText::name(m_file.info())));
        if (own && own->uuid == origin->uuid)
            return setError(error, tr("%1: a portfolio cannot be merged into itself.").arg(shown));
        const qint64 fileBase = JournalPosition::find(m_file, origin->baseChangesetUuid);
        if (!origin->baseChangesetUuid.isEmpty() && !fileBase)
            return setError(error, tr("%1 was taken from a state of the portfolio that this file does not have (a later "
                                      "version of it, or another copy). Merge it into the file it was sent from. "
                                      "Nothing was merged.")
                                       .arg(shown));
        copy->rows = std::make_unique<RowReader>(*copy->file);
        copy->changes = std::make_unique<ChangeReader>(*copy->file);
        copy->lastChangeset = JournalPosition::last(*copy->file).changeset;
        if (origin->isLimited()) {
            q.prepare(QStringLiteral("SELECT id FROM organization WHERE code = ?"));
            q.addBindValue(origin->organizationCode);
            copy->organizationInCopy = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        }
        findSyncPoint(m_file, *copy, fileBase);
        m_copies.push_back(std::move(copy));
    }
    return true;
}

bool Merger::plan(const MergeOptions &options, MergePlan *plan, QString *error)
{
    *plan = MergePlan();
    plan->portfolioName = ValueText::names(m_file.info());
    MergePlanner planner(m_file, plan, options.choices, options.prefer);
    for (size_t i = 0; i < m_copies.size(); ++i) {
        const MergeCopy &c = *m_copies[i];
        MergeSource source;
        source.path = c.path;
        source.uuid = c.origin.uuid;
        source.organizationCode = c.origin.organizationCode;
        source.takenAt = c.origin.takenAt;
        source.takenBy = c.origin.takenBy;
        source.lastChangeset = c.lastChangeset;
        source.mergedBefore = c.mergedBefore;
        plan->sources.append(source);
        if (!planner.planCopy(*m_copies[i], int(i), error))
            return false;
    }
    return readWhole(error);
}

bool Merger::readWhole(QString *error) const
{
    // The readers keep going past a read error (a row they could not read reads as none); the file keeps
    // it, and a plan or a merge built on a copy, or on the portfolio itself, that could not be read whole
    // is refused: a row of the portfolio that could not be read would pass for one the copy added, or
    // for one deleted here since.
    if (!m_file.damage().isEmpty())
        return setError(error, tr("%1 Nothing was merged.").arg(m_file.damage()));
    for (const auto &copy : m_copies) {
        if (!copy->file->damage().isEmpty())
            return setError(error, tr("%1 Nothing was merged.").arg(copy->file->damage()));
    }
    return true;
}

QString Merger::undoText(const QList<MergeSource> &sources)
{
    QStringList names;
    for (const MergeSource &s : sources)
        names << s.label();
    return sources.size() == 1 ? tr("Merge Copy from %1").arg(names.constFirst())
                               : tr("Merge %n Copies (%1)", nullptr, int(sources.size())).arg(names.join(QStringLiteral(", ")));
}

EditResult Merger::apply(const MergePlan &plan)
{
    EditResult r;
    if (plan.unresolved() > 0) {
        r.error = tr("%n conflict(s) need a decision; nothing was merged.", nullptr, plan.unresolved());
        return r;
    }
    if (plan.isEmpty()) {
        r.ok = true; // nothing new in the copies: nothing to write, nothing to undo
        return r;
    }
    QStringList origins;
    for (const MergeSource &s : plan.sources)
        origins << s.uuid + QLatin1Char(':') + s.organizationCode;
    return Edits::run(m_file, { Language::inBoth([&] { return undoText(plan.sources); }), QStringLiteral("merge:") + origins.join(QLatin1Char(';')), 0 },
                      [&](QString *error) { return applyMergePlan(m_file, plan, m_copies, error) && readWhole(error); });
}

EditResult Merger::merge(PortfolioFile &file, const QStringList &copies, const MergeOptions &options, MergePlan *plan,
                         bool dryRun)
{
    EditResult r;
    Merger merger(file);
    if (!merger.open(copies, &r.error) || !merger.plan(options, plan, &r.error))
        return r;
    if (dryRun || plan->unresolved() > 0) {
        r.ok = dryRun;
        if (!r.ok)
            r.error = tr("%n conflict(s) need a decision; nothing was merged.", nullptr, plan->unresolved());
        return r;
    }
    return merger.apply(*plan);
}

} // namespace Vigie
