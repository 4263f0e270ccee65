#include "projectwriter.h"
#include "storage/sqlaccess.h"

#include "storage/copyscope.h"
#include "storage/journal.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"
#include "model/health.h"
#include "model/projecttext.h"

#include <QSqlError>
#include <QVarLengthArray>

#include <algorithm>

namespace Vigie {

namespace {

// The project column each import field is stored in (same order as ImportField); the fields after them
// (measures) are other tables.
constexpr int kProjectColumns = int(ImportField::Measures);
const char *const kProjectColumn[kProjectColumns] = {
    "code", "name_en", "name_fr", "organization_id", "description", "phase", "budget", "original_budget",
    "actual_cost", "forecast_cost", "reported_cost_variance", "planned_start", "planned_end", "forecast_end",
    "reported_schedule_variance", "declared_cost", "declared_schedule", "declared_overall", "state", "original_end",
};

QString column(ImportField f)
{
    return QString::fromLatin1(kProjectColumn[int(f)]);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullNumber()
{
    return QVariant(QMetaType::fromType<double>());
}

} // namespace

ProjectWriter::ProjectWriter(PortfolioFile &file, const ImportIndexes &indexes, BulkWrite *bulk)
    : m_file(file)
    , m_bulk(bulk)
    , m_links(file)
{
    m_limitedCopy = !CopyScope::organizationOf(file).isEmpty();
    for (int f = 0; f < kImportFieldCount; ++f)
        m_mapped[size_t(f)] = indexes[size_t(f)] >= 0;
    m_baselineMapped = mapped(ImportField::Budget) || mapped(ImportField::OriginalBudget)
        || mapped(ImportField::Start) || mapped(ImportField::PlannedEnd) || mapped(ImportField::OriginalPlannedEnd);
}

bool ProjectWriter::fail(const QSqlQuery &q, QString *error)
{
    const QSqlError e = q.lastError();
    return setError(error, e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

bool ProjectWriter::prepare(QString *error)
{
    QSqlDatabase db = sqlDatabase(m_file);
    m_importedNote = tr("Imported");
    m_rule = m_file.healthRule();

    // The projects the portfolio has are found by code when a row names one (the code's index), not
    // loaded: an import of ten rows into a portfolio of a million read every project into memory first
    // (17–20 s and 2.4 GB; PERFORMANCE.md, part 25). Only those the portfolio had before the import:
    // ids up to the largest now.
    QSqlQuery q(db);
    readForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM project")) || !q.next())
        return fail(q, error);
    m_lastExistingId = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    QStringList select;
    for (int f = 0; f < kProjectColumns; ++f)
        select << QString::fromLatin1(kProjectColumn[f]);
    m_findProject = QSqlQuery(db);
    readForwardOnly(m_findProject);
    m_findBaselines = QSqlQuery(db);
    readForwardOnly(m_findBaselines);
    if (!m_findProject.prepare(QStringLiteral("SELECT id, uuid, touched, %1 FROM project WHERE code = ? AND id <= ?")
                                   .arg(select.join(QLatin1String(", ")))))
        return fail(m_findProject, error);
    if (!m_findBaselines.prepare(QStringLiteral("SELECT id, sequence, uuid FROM baseline WHERE project_id = ? ORDER BY sequence")))
        return fail(m_findBaselines, error);
    m_codeOf = QSqlQuery(db);
    readForwardOnly(m_codeOf);
    if (!m_codeOf.prepare(QStringLiteral("SELECT code FROM project WHERE id = ?")))
        return fail(m_codeOf, error);
    if (!q.exec(QStringLiteral("SELECT id, code, name_en, name_fr FROM organization")))
        return fail(q, error);
    while (q.next()) {
        m_organizationCodes.insert(q.value(1).toString().trimmed().toCaseFolded());
        for (int i = 3; i >= 1; --i) { // the code wins over names
            const QString key = q.value(i).toString().trimmed().toCaseFolded();
            if (!key.isEmpty())
                m_organizations.insert(key, q.value(0).toLongLong());
        }
    }

    // INSERT: uuid, code, state, the mapped fields, and the budget and original end columns kept in step
    // with baseline 0.
    if (m_bulk && mapped(ImportField::Measures) && !m_links.prepare(*m_bulk, error))
        return false;
    QStringList columns { QStringLiteral("uuid"), QStringLiteral("code") };
    for (int f = 1; f < kProjectColumns; ++f) {
        const auto field = ImportField(f);
        if (mapped(field) || field == ImportField::State
            || ((field == ImportField::Budget || field == ImportField::OriginalBudget) && m_baselineMapped)
            || (field == ImportField::OriginalPlannedEnd && mapped(ImportField::PlannedEnd)))
            m_insertFields << field;
    }
    for (ImportField f : std::as_const(m_insertFields))
        columns << column(f);
    if (m_baselineMapped) // the baseline rows insertProject() writes after the project's
        columns << QStringLiteral("original_start") << QStringLiteral("baselines");
    columns << QStringLiteral("computed_cost") << QStringLiteral("computed_schedule") << QStringLiteral("touched");
    for (ImportField f : std::as_const(m_insertFields))
        m_inserted[size_t(f)] = true;
    QStringList sets;
    for (int f = 1; f < kProjectColumns; ++f) {
        if (mapped(ImportField(f))) {
            m_updateFields << ImportField(f);
            sets << QStringLiteral("%1 = ?").arg(column(ImportField(f)));
        }
    }
    if (!m_bulk)
        return true; // classifying only: nothing is written
    // Organizations first: on a server the rows go in the order of references.
    if (!m_insertOrganization.prepare(*m_bulk, Entity::Organization,
                                      { QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("name_en"),
                                        QStringLiteral("name_fr"), QStringLiteral("kind") },
                                      error)
        || !m_insertProject.prepare(*m_bulk, Entity::Project, columns, error))
        return false;

    if (!sets.isEmpty()
        && !m_updateProject.prepare(db, QStringLiteral("UPDATE project SET %1 WHERE id = ?").arg(sets.join(QLatin1String(", "))),
                                    error))
        return false;

    // Every project a row names is touched, even when nothing else about it changes: the import says the
    // data is current (analysis/staleness.h).
    if (!m_touchProject.prepare(db, QStringLiteral("UPDATE project SET touched = ? WHERE id = ?"), error))
        return false;

    // The flags are compared with 0: PostgreSQL takes no integer as a truth value.
    return m_insertBaseline.prepare(*m_bulk, Entity::Baseline,
                                    { QStringLiteral("uuid"), QStringLiteral("project_id"), QStringLiteral("sequence"),
                                      QStringLiteral("budget"), QStringLiteral("planned_start"),
                                      QStringLiteral("planned_end"), QStringLiteral("note") },
                                    error)
        && m_updateBaseline.prepare(db,
                                    QStringLiteral("UPDATE baseline SET budget = CASE WHEN ? <> 0 THEN ? ELSE budget END, "
                                                   "planned_start = CASE WHEN ? <> 0 THEN ? ELSE planned_start END, "
                                                   "planned_end = CASE WHEN ? <> 0 THEN ? ELSE planned_end END WHERE id = ?"),
                                    error)
        && ((m_selectBaseline = QSqlQuery(db)).prepare(QStringLiteral("SELECT budget, planned_start, planned_end FROM baseline WHERE id = ?"))
            || fail(m_selectBaseline, error));
}

const QVariant &ProjectWriter::stored(const ImportRow &row, ImportField f, const QVariant &organizationId) const
{
    // What an empty cell stores, made once: the row's own values are given as they are, without a copy
    // (a dozen fields of every row).
    static const QVariant emptyText { QString() };
    static const QVariant zero { 0.0 };
    static const QVariant active { QStringLiteral("active") };
    static const QVariant noNumber = nullNumber();
    static const QVariant noText = nullText();
    const QVariant &v = row.value(f);
    switch (f) {
    case ImportField::Organization:
        return organizationId;
    case ImportField::Code:
    case ImportField::Name:
    case ImportField::NameFr:
    case ImportField::Description:
    case ImportField::Phase:
        return v.isNull() ? emptyText : v;
    case ImportField::Budget:
        if (!mapped(ImportField::Budget))
            return stored(row, ImportField::OriginalBudget, organizationId);
        return v.isNull() ? zero : v;
    case ImportField::OriginalBudget:
        // An empty original budget means the budget has not been re-authorized: it is the original.
        if (!mapped(ImportField::OriginalBudget) || v.isNull())
            return mapped(ImportField::Budget) ? stored(row, ImportField::Budget, organizationId) : zero;
        return v;
    case ImportField::State:
        return v.isNull() ? active : v; // a row updating a project keeps its state (kept())
    case ImportField::OriginalPlannedEnd:
        // Empty: the plan has not been re-authorized, its planned end is the original one.
        if (!mapped(ImportField::OriginalPlannedEnd) || v.isNull())
            return stored(row, ImportField::PlannedEnd, organizationId);
        return v;
    case ImportField::ActualCost:
    case ImportField::ForecastCost:
    case ImportField::CostVariancePercent:
    case ImportField::ScheduleVariancePercent:
        return v.isNull() ? noNumber : v;
    default:
        return v.isNull() ? noText : v;
    }
}

bool ProjectWriter::organization(const QString &name, QVariant *id, QString *error)
{
    // The name as the rows write it, found again without folding it (rows name the same few
    // organizations over and over).
    if (const auto known = m_organizationsAsWritten.constFind(name); known != m_organizationsAsWritten.constEnd()) {
        *id = *known;
        return true;
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *id = QVariant(QMetaType::fromType<qlonglong>());
        return true;
    }
    const QString key = trimmed.toCaseFolded();
    auto it = m_organizations.constFind(key);
    if (it != m_organizations.constEnd()) {
        m_organizationsAsWritten.insert(name, *it);
        *id = *it;
        return true;
    }
    // The same code as the other imports give an organization they create (OrganizationRefs).
    const QString code = newOrganizationCode(trimmed, [&](const QString &c) { return m_organizationCodes.contains(c.toCaseFolded()); });
    m_organizationCodes.insert(code.toCaseFolded());
    const QString uuid = PortfolioFile::newUuid();
    m_insertOrganization.bind(1, uuid);
    m_insertOrganization.bind(2, code);
    m_insertOrganization.bind(3, trimmed);
    m_insertOrganization.bind(4, trimmed);
    m_insertOrganization.bind(5, QStringLiteral("agency"));
    if (!m_insertOrganization.exec(error))
        return false;
    const qint64 newId = m_insertOrganization.lastInsertId();
    m_organizations.insert(key, newId);
    m_organizationsAsWritten.insert(name, newId);
    ++organizationsCreated;
    *id = newId;
    return m_file.journal().created(Entity::Organization, uuid, error);
}

bool ProjectWriter::insertBaseline(qint64 projectId, int sequence, double budget, const ImportRow &row,
                                   const QVariant &plannedEnd, QString *error)
{
    const QString uuid = PortfolioFile::newUuid();
    m_insertBaseline.bind(1, uuid);
    m_insertBaseline.bind(2, projectId);
    m_insertBaseline.bind(3, sequence);
    m_insertBaseline.bind(4, budget);
    m_insertBaseline.bind(5, stored(row, ImportField::Start));
    m_insertBaseline.bind(6, plannedEnd);
    m_insertBaseline.bind(7, m_importedNote);
    if (!m_insertBaseline.exec(error))
        return false;
    return m_file.journal().created(Entity::Baseline, uuid, error);
}

bool ProjectWriter::updateBaseline(qint64 id, const QString &uuid, const QVariant &budget, const ImportRow &row,
                                   bool withDates, QString *error, const std::optional<QVariant> &plannedEnd)
{
    m_selectBaseline.addBindValue(id);
    if (!m_selectBaseline.exec() || !m_selectBaseline.next())
        return fail(m_selectBaseline, error);
    const QVariant oldBudget = m_selectBaseline.value(0);
    const QVariant oldStart = m_selectBaseline.value(1);
    const QVariant oldEnd = m_selectBaseline.value(2);
    m_selectBaseline.finish();
    const bool setStart = withDates && mapped(ImportField::Start);
    const bool setEnd = plannedEnd.has_value() || (withDates && mapped(ImportField::PlannedEnd));
    const QVariant end = plannedEnd ? *plannedEnd : stored(row, ImportField::PlannedEnd);
    m_updateBaseline.bind(1, !budget.isNull());
    m_updateBaseline.bind(2, budget.isNull() ? QVariant(0.0) : budget);
    m_updateBaseline.bind(3, setStart);
    m_updateBaseline.bind(4, stored(row, ImportField::Start));
    m_updateBaseline.bind(5, setEnd);
    m_updateBaseline.bind(6, end);
    m_updateBaseline.bind(7, id);
    if (!m_bulk->execRow(m_updateBaseline, Entity::Baseline, error))
        return false;
    // Each value that changed is journaled, so that undoing the import puts it back.
    JournalWriter &journal = m_file.journal();
    const auto changed = [&](bool set, const char *column, const QVariant &before, const QVariant &after) {
        return !set || sameStoredValue(before, after)
            || journal.fieldChanged(Entity::Baseline, uuid, QString::fromLatin1(column), before, after, error);
    };
    return changed(!budget.isNull(), "budget", oldBudget, budget)
        && changed(setStart, "planned_start", oldStart, stored(row, ImportField::Start))
        && changed(setEnd, "planned_end", oldEnd, end);
}

bool ProjectWriter::insertProject(const ImportRow &row, const QVariant &organizationId, QString *error)
{
    const QString uuid = PortfolioFile::newUuid();
    int i = 0;
    m_insertProject.bind(++i, uuid);
    m_insertProject.bind(++i, row.code());
    for (ImportField f : std::as_const(m_insertFields))
        m_insertProject.bind(++i, stored(row, f, organizationId));
    const double original = m_baselineMapped ? stored(row, ImportField::OriginalBudget).toDouble() : 0.0;
    const double budget = m_baselineMapped ? stored(row, ImportField::Budget).toDouble() : 0.0;
    const bool rebaselined = budget != original || endsDiffer(row);
    if (m_baselineMapped) {
        m_insertProject.bind(++i, stored(row, ImportField::Start));
        m_insertProject.bind(++i, rebaselined ? 2 : 1);
    }
    // The computed indicators, as recomputeAllProjects() finds them from the stored columns, so that
    // it has nothing left to rewrite at the end of the import.
    const auto inserted = [&](ImportField f) -> const QVariant & { return m_inserted[size_t(f)] ? stored(row, f) : none(); };
    Project p;
    p.budget = inserted(ImportField::Budget).toDouble();
    p.plannedStart = dateValue(inserted(ImportField::Start));
    p.plannedEnd = dateValue(inserted(ImportField::PlannedEnd));
    p.forecastCost = optionalDouble(inserted(ImportField::ForecastCost));
    p.forecastEnd = dateValue(inserted(ImportField::ForecastEnd));
    p.reportedCostVariance = optionalDouble(inserted(ImportField::CostVariancePercent));
    p.reportedScheduleVariance = optionalDouble(inserted(ImportField::ScheduleVariancePercent));
    const auto healthKey = [](Health h) { return h == Health::Unrated ? QString() : HealthText::key(h); };
    m_insertProject.bind(++i, healthKey(m_rule.computeCost(p)));
    m_insertProject.bind(++i, healthKey(m_rule.computeSchedule(p)));
    m_insertProject.bind(++i, m_file.touchStamp());
    if (!m_insertProject.exec(error))
        return false;
    const qint64 id = m_insertProject.lastInsertId();
    if (!m_file.journal().created(Entity::Project, uuid, error))
        return false;
    ++created;
    bool linked = false;
    if (!syncLinks(row, id, &linked, error))
        return false;
    if (!m_baselineMapped)
        return true;
    if (!insertBaseline(id, 0, original, row, stored(row, ImportField::OriginalPlannedEnd), error))
        return false;
    return !rebaselined || insertBaseline(id, 1, budget, row, stored(row, ImportField::PlannedEnd), error);
}

bool ProjectWriter::endsDiffer(const ImportRow &row) const
{
    return mapped(ImportField::OriginalPlannedEnd) && mapped(ImportField::PlannedEnd)
        && !sameStoredValue(stored(row, ImportField::OriginalPlannedEnd), stored(row, ImportField::PlannedEnd));
}

ImportRow ProjectWriter::kept(const ImportRow &row, const Existing &existing) const
{
    // An empty state keeps the project's; an empty original end with no planned end to stand for it
    // keeps the stored one.
    ImportRow r = row;
    if (mapped(ImportField::State) && row.value(ImportField::State).isNull())
        r.values[size_t(ImportField::State)] = existing.stored[size_t(ImportField::State)];
    if (mapped(ImportField::OriginalPlannedEnd) && !mapped(ImportField::PlannedEnd)
        && row.value(ImportField::OriginalPlannedEnd).isNull())
        r.values[size_t(ImportField::OriginalPlannedEnd)] = existing.stored[size_t(ImportField::OriginalPlannedEnd)];
    // The same phase in other words ("Execution" stored by an earlier import, "execution" read now) is
    // no change: the stored text stays.
    // (The row's phase is already a key when Vigie knows it: RowConverter.)
    const QString phase = row.value(ImportField::Phase).toString();
    const QString storedPhase = existing.stored[size_t(ImportField::Phase)].toString();
    if (mapped(ImportField::Phase) && !phase.isEmpty() && phase != storedPhase && PhaseText::keyOf(storedPhase) == phase)
        r.values[size_t(ImportField::Phase)] = existing.stored[size_t(ImportField::Phase)];
    return r;
}

bool ProjectWriter::touchProject(const Existing &existing, QString *error)
{
    const QString stamp = m_file.touchStamp();
    if (sameStoredValue(existing.touched, stamp))
        return true;
    // A ministry's copy vouches for its own organization's projects only: another's, named unchanged by a
    // whole-portfolio export, is left as it is (a change to one is refused at the commit, as any).
    if (m_limitedCopy && !CopyScope::readOnlyReason(m_file, Entity::Project, existing.uuid).isEmpty())
        return true;
    m_touchProject.bind(1, stamp);
    m_touchProject.bind(2, existing.id);
    if (!m_bulk->execRow(m_touchProject, Entity::Project, error)
        || !m_file.journal().fieldChanged(Entity::Project, existing.uuid, QStringLiteral("touched"), existing.touched,
                                          stamp, error))
        return false;
    if (m_found && m_found->id == existing.id)
        m_found->touched = stamp;
    ++touched;
    return true;
}

bool ProjectWriter::updateProject(const ImportRow &imported, const Existing &existing, const QVariant &organizationId,
                                  QString *error)
{
    const ImportRow row = kept(imported, existing);
    if (!touchProject(existing, error))
        return false;
    bool changed = false;
    bool baselineChanged = false;
    for (ImportField f : std::as_const(m_updateFields)) {
        const QVariant now = stored(row, f, organizationId);
        const QVariant before = existing.stored[size_t(f)];
        if (sameStoredValue(before, now))
            continue;
        changed = true;
        baselineChanged = baselineChanged || f == ImportField::Budget || f == ImportField::OriginalBudget
            || f == ImportField::Start || f == ImportField::PlannedEnd || f == ImportField::OriginalPlannedEnd;
        if (!m_file.journal().fieldChanged(Entity::Project, existing.uuid, column(f), before,
                                           PortfolioFile::toStorage(now), error))
            return false;
    }
    Baselines current;
    if (m_baselineMapped && !baselinesOf(existing.id, &current, error))
        return false;
    if (m_baselineMapped && current.count == 0)
        baselineChanged = true;
    bool linked = false;
    if (!syncLinks(row, existing.id, &linked, error))
        return false;
    if (!changed && !baselineChanged) {
        if (linked)
            ++updated;
        else
            ++unchanged;
        return true;
    }
    if (changed) {
        int i = 0;
        for (ImportField f : std::as_const(m_updateFields))
            m_updateProject.bind(++i, stored(row, f, organizationId));
        m_updateProject.bind(++i, existing.id);
        // On a server the organization the row now names may be one this import created, not sent yet.
        if ((m_insertOrganization.hasPending() && !m_bulk->flush(error))
            || !m_bulk->execRow(m_updateProject, Entity::Project, error))
            return false;
        if (m_found && m_found->id == existing.id) {
            for (ImportField f : std::as_const(m_updateFields))
                m_found->stored[size_t(f)] = stored(row, f, organizationId);
        }
    }
    ++updated;
    recompute.push_back(existing.id);
    if (!baselineChanged)
        return true;

    const bool budgetMapped = mapped(ImportField::Budget);
    const bool originalMapped = mapped(ImportField::OriginalBudget);
    const bool originalEndMapped = mapped(ImportField::OriginalPlannedEnd);
    const double budget = stored(row, ImportField::Budget).toDouble();
    const double original = stored(row, ImportField::OriginalBudget).toDouble();
    const QVariant plannedEnd = stored(row, ImportField::PlannedEnd);
    const QVariant originalEnd = stored(row, ImportField::OriginalPlannedEnd);
    // The original baseline's end, where the row gives it.
    const std::optional<QVariant> firstEnd = originalEndMapped ? std::optional<QVariant>(originalEnd) : std::nullopt;
    bool ok = true;
    if (current.count == 0) {
        ok = insertBaseline(existing.id, 0, original, row, originalEnd, error)
            && ((budget == original && !endsDiffer(row)) || insertBaseline(existing.id, 1, budget, row, plannedEnd, error));
    } else if (current.count == 1) {
        if ((budgetMapped && originalMapped && budget != original) || endsDiffer(row)) {
            // The single baseline becomes the original; the new budget or end is a re-authorization.
            ok = updateBaseline(current.firstId, current.firstUuid, original, row, false, error, firstEnd)
                && insertBaseline(existing.id, current.lastSequence + 1, budget, row, plannedEnd, error);
        } else {
            const QVariant b = budgetMapped ? QVariant(budget) : originalMapped ? QVariant(original) : QVariant();
            ok = updateBaseline(current.firstId, current.firstUuid, b, row, true, error);
        }
    } else {
        ok = updateBaseline(current.lastId, current.lastUuid, budgetMapped ? QVariant(budget) : QVariant(), row, true, error)
            && ((!originalMapped && !originalEndMapped)
                || updateBaseline(current.firstId, current.firstUuid, originalMapped ? QVariant(original) : QVariant(), row,
                                  false, error, firstEnd));
    }
    // The project's budget columns are read from its baselines: on a server those just made go first.
    if (ok && m_insertBaseline.hasPending())
        ok = m_bulk->flush(error);
    return ok && (syncBaselines(sqlDatabase(m_file), existing.id) || setError(error, tr("The project's baselines cannot be updated.")));
}

bool ProjectWriter::syncLinks(const ImportRow &row, qint64 projectId, bool *changed, QString *error)
{
    *changed = false;
    if (!mapped(ImportField::Measures))
        return true;
    return m_links.sync(projectId, row.value(ImportField::Measures).value<QList<qint64>>(), changed, error);
}

ProjectWriter::Existing *ProjectWriter::find(const QString &code) const
{
    if (m_lastExistingId == 0) // a new portfolio: nothing to look for
        return nullptr;
    // The last project looked up is kept: a row's code is looked up by has() or match(), then by write().
    if (m_foundValid && m_foundCode == code)
        return m_found ? &*m_found : nullptr;
    m_foundValid = true;
    m_foundCode = code;
    m_found.reset();
    m_findProject.bindValue(0, code);
    m_findProject.bindValue(1, m_lastExistingId);
    if (!m_findProject.exec()) {
        m_lookupError = m_findProject.lastError().text();
        m_foundValid = false;
        return nullptr;
    }
    if (m_findProject.next()) {
        Existing e;
        e.id = m_findProject.value(0).toLongLong();
        e.uuid = m_findProject.value(1).toString();
        e.touched = m_findProject.value(2);
        for (int f = 0; f < kProjectColumns; ++f)
            e.stored[size_t(f)] = m_findProject.value(3 + f);
        m_found = std::move(e);
    }
    m_findProject.finish();
    return m_found ? &*m_found : nullptr;
}

bool ProjectWriter::baselinesOf(qint64 projectId, Baselines *baselines, QString *error)
{
    *baselines = {};
    m_findBaselines.bindValue(0, projectId);
    if (!m_findBaselines.exec())
        return fail(m_findBaselines, error);
    while (m_findBaselines.next()) {
        if (baselines->count++ == 0) {
            baselines->firstId = m_findBaselines.value(0).toLongLong();
            baselines->firstUuid = m_findBaselines.value(2).toString();
        }
        baselines->lastId = m_findBaselines.value(0).toLongLong();
        baselines->lastUuid = m_findBaselines.value(2).toString();
        baselines->lastSequence = m_findBaselines.value(1).toInt();
    }
    const bool ok = !m_findBaselines.lastError().isValid() || fail(m_findBaselines, error);
    m_findBaselines.finish();
    return ok;
}

size_t ProjectWriter::foldedHash(QByteArrayView utf8)
{
    // ASCII folds to its lower case; any other text as QString folds it. Either way, the hash of the
    // folded text's UTF-8.
    QVarLengthArray<char, 64> ascii;
    for (char c : utf8) {
        if (uchar(c) >= 0x80) {
            const QByteArray text = QString::fromUtf8(utf8).toCaseFolded().toUtf8();
            return qHash(QByteArrayView(text));
        }
        ascii.append(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return qHash(QByteArrayView(ascii.constData(), ascii.size()));
}

CodeMatch ProjectWriter::match(const QString &code, const QString &folded) const
{
    if (m_lastExistingId == 0) // a new portfolio: nothing to hash the code for
        return {};
    if (find(code))
        return { code, {} };
    if (!m_foldedBuilt) {
        // Built once, when a row's code is first not found as written: the hash of each code folded, and
        // its id, from the codes' index (a million codes in a fifth of a second, where a table of folded
        // codes to codes took 2.5 s and 150 MB).
        m_foldedBuilt = true;
        SqlStatement codes;
        if (!codes.prepare(sqlDatabase(m_file), QStringLiteral("SELECT code, id FROM project"), &m_lookupError))
            return {};
        while (codes.next(&m_lookupError)) {
            const qint64 id = codes.integer(1);
            if (id <= m_lastExistingId)
                m_foldedHashes.push_back({ foldedHash(codes.utf8(0)), id });
        }
        if (codes.failed())
            return {};
        std::sort(m_foldedHashes.begin(), m_foldedHashes.end());
    }
    // The codes whose folded hash is the same, then those that fold the same.
    const QString wanted = folded.isNull() ? code.toCaseFolded() : folded;
    const auto [from, to] = std::equal_range(m_foldedHashes.begin(), m_foldedHashes.end(),
                                             std::pair<size_t, qint64>(foldedHash(wanted.toUtf8()), 0),
                                             [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList same;
    for (auto it = from; it != to; ++it) {
        m_codeOf.bindValue(0, it->second);
        if (!m_codeOf.exec() || !m_codeOf.next()) {
            m_lookupError = m_codeOf.lastError().text();
            return {};
        }
        const QString stored = m_codeOf.value(0).toString();
        m_codeOf.finish();
        if (stored.toCaseFolded() == wanted)
            same << stored;
    }
    if (same.size() == 1)
        return { same.constFirst(), {} };
    QStringList candidates = same;
    candidates.sort();
    return { QString(), candidates };
}

void ProjectWriter::classify(const ImportRow &row)
{
    QVariant organizationId;
    if (mapped(ImportField::Organization)) {
        const QString name = row.value(ImportField::Organization).toString().trimmed();
        if (name.isEmpty()) {
            organizationId = QVariant(QMetaType::fromType<qlonglong>());
        } else {
            const QString key = name.toCaseFolded();
            auto it = m_organizations.constFind(key);
            if (it == m_organizations.constEnd()) // would be created: a key no stored row has
                it = m_organizations.insert(key, -qint64(++organizationsCreated));
            organizationId = *it;
        }
    }
    const Existing *it = find(row.code());
    if (!it) {
        ++created;
        return;
    }
    Baselines current;
    bool changed = m_baselineMapped && baselinesOf(it->id, &current, &m_lookupError) && current.count == 0;
    const ImportRow r = kept(row, *it);
    for (ImportField f : std::as_const(m_updateFields))
        changed = changed || !sameStoredValue(it->stored[size_t(f)], stored(r, f, organizationId));
    ++(changed ? updated : unchanged);
}

bool ProjectWriter::write(const ImportRow &row, QString *error)
{
    QVariant organizationId;
    if (mapped(ImportField::Organization)
        && !organization(row.value(ImportField::Organization).toString(), &organizationId, error))
        return false;
    Existing *existing = find(row.code());
    if (!m_lookupError.isEmpty())
        return setError(error, m_lookupError);
    if (!existing)
        return insertProject(row, organizationId, error);
    return updateProject(row, *existing, organizationId, error);
}

} // namespace Vigie
