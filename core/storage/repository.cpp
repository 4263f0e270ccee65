#include "repository.h"
#include "storage/codelookup.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"

#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

QSqlQuery prepared(const PortfolioFile &file, const QString &sql)
{
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    q.prepare(sql);
    return q;
}

// A failed read marks the file damaged (the workspace shows it) instead of passing for "no rows".
void execOrWarn(const PortfolioFile &file, QSqlQuery &q)
{
    if (!q.exec())
        readComplete(file, q);
}

Health health(const QVariant &v)
{
    return HealthText::fromKey(v.toString()).value_or(Health::Unrated);
}

// A `touched` stamp (UTC ISO text, as PortfolioFile::touch and the journal write it); invalid when unknown.
QDateTime touchedValue(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

const char *const kMeasureColumns =
    "SELECT id, uuid, key_area_id, number, title_en, title_fr, owner_id, due_date, status, percent_complete, "
    "comment, comment_fr, touched FROM measure";

Measure measureFrom(const QSqlQuery &q)
{
    Measure m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.keyAreaId = q.value(2).toLongLong();
    m.number = q.value(3).toInt();
    m.title = { q.value(4).toString(), q.value(5).toString() };
    m.ownerId = q.value(6).toLongLong();
    m.due = dateValue(q.value(7));
    m.status = MeasureStatusText::fromKey(q.value(8).toString()).value_or(MeasureStatus::NotStarted);
    m.percentComplete = q.value(9).toDouble();
    m.comment = q.value(10).toString();
    m.commentFr = q.value(11).toString();
    m.touched = touchedValue(q.value(12));
    return m;
}

const char *const kProjectColumns =
    "SELECT id, uuid, code, name_en, name_fr, description, organization_id, phase, state, budget, planned_start, "
    "planned_end, original_budget, original_end, actual_cost, forecast_cost, forecast_end, delivered_date, "
    "reported_cost_variance, reported_schedule_variance, declared_cost, declared_schedule, declared_overall, "
    "computed_cost, computed_schedule, touched FROM project";

Project projectFrom(const QSqlQuery &q)
{
    Project p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.code = q.value(2).toString();
    p.name = { q.value(3).toString(), q.value(4).toString() };
    p.description = q.value(5).toString();
    p.organizationId = q.value(6).toLongLong();
    p.phase = q.value(7).toString();
    p.state = projectStateFromKey(q.value(8).toString());
    p.budget = q.value(9).toDouble();
    p.plannedStart = dateValue(q.value(10));
    p.plannedEnd = dateValue(q.value(11));
    p.originalBudget = q.value(12).toDouble();
    p.originalEnd = dateValue(q.value(13));
    p.actualCost = optionalDouble(q.value(14));
    p.forecastCost = optionalDouble(q.value(15));
    p.forecastEnd = dateValue(q.value(16));
    p.delivered = dateValue(q.value(17));
    p.reportedCostVariance = optionalDouble(q.value(18));
    p.reportedScheduleVariance = optionalDouble(q.value(19));
    p.declaredCost = health(q.value(20));
    p.declaredSchedule = health(q.value(21));
    p.declaredOverall = health(q.value(22));
    p.computedCost = health(q.value(23));
    p.computedSchedule = health(q.value(24));
    p.touched = touchedValue(q.value(25));
    return p;
}

const char *const kWorkforceColumns =
    "SELECT id, uuid, organization_id, specialty_id, survey_date, internal_fte, external_fte FROM workforce";

WorkforceRecord workforceFrom(const QSqlQuery &q)
{
    WorkforceRecord w;
    w.id = q.value(0).toLongLong();
    w.uuid = q.value(1).toString();
    w.organizationId = q.value(2).toLongLong();
    w.specialtyId = q.value(3).toLongLong();
    w.survey = dateValue(q.value(4));
    w.internalFte = q.value(5).toDouble();
    w.externalFte = q.value(6).toDouble();
    return w;
}

const char *const kEnvelopeColumns =
    "SELECT id, uuid, fiscal_year, organization_id, planned_needs, granted, committed FROM envelope";

Envelope envelopeFrom(const QSqlQuery &q)
{
    Envelope e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.fiscalYear = q.value(2).toInt();
    e.organizationId = q.value(3).toLongLong();
    e.plannedNeeds = q.value(4).toDouble();
    e.granted = q.value(5).toDouble();
    e.committed = q.value(6).toDouble();
    return e;
}

template<typename T, typename F>
QList<T> readAll(const PortfolioFile &file, QSqlQuery &q, F from)
{
    QList<T> rows;
    execOrWarn(file, q);
    while (q.next())
        rows.append(from(q));
    readComplete(file, q);
    return rows;
}

template<typename T, typename F>
std::optional<T> readOne(const PortfolioFile &file, const char *columns, const QString &uuid, F from)
{
    QSqlQuery q = prepared(file, QString::fromLatin1(columns) + QStringLiteral(" WHERE uuid = ?"));
    q.addBindValue(uuid);
    execOrWarn(file, q);
    if (!q.next()) {
        readComplete(file, q);
        return std::nullopt;
    }
    return from(q);
}

} // namespace

QList<Organization> Repository::organizations(const PortfolioFile &file)
{
    // Codes in SQLite's order (code points) on a server too, whatever its collation.
    QSqlQuery q = prepared(file, QStringLiteral("SELECT id, uuid, code, name_en, name_fr, kind FROM organization "
                                                "ORDER BY ")
                                     + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("code")));
    return readAll<Organization>(file, q, [](const QSqlQuery &q) {
        return Organization { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              { q.value(3).toString(), q.value(4).toString() }, q.value(5).toString() };
    });
}

QList<Plan> Repository::plans(const PortfolioFile &file)
{
    QSqlQuery q = prepared(file, QStringLiteral("SELECT id, uuid, code, title_en, title_fr, start_date, end_date "
                                                "FROM plan ORDER BY id"));
    return readAll<Plan>(file, q, [](const QSqlQuery &q) {
        return Plan { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      { q.value(3).toString(), q.value(4).toString() }, dateValue(q.value(5)),
                      dateValue(q.value(6)) };
    });
}

QList<KeyArea> Repository::keyAreas(const PortfolioFile &file)
{
    QSqlQuery q = prepared(file, QStringLiteral("SELECT k.id, k.uuid, k.plan_id, k.number, k.title_en, k.title_fr, p.code "
                                                "FROM key_area k JOIN plan p ON p.id = k.plan_id ORDER BY k.plan_id, k.number"));
    return readAll<KeyArea>(file, q, [](const QSqlQuery &q) {
        return KeyArea { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).toInt(), { q.value(4).toString(), q.value(5).toString() }, q.value(6).toString() };
    });
}

QList<Measure> Repository::measures(const PortfolioFile &file)
{
    QSqlQuery q = prepared(file, QString::fromLatin1(kMeasureColumns) + QStringLiteral(" ORDER BY key_area_id, number"));
    return readAll<Measure>(file, q, measureFrom);
}

std::optional<Measure> Repository::measure(const PortfolioFile &file, const QString &uuid)
{
    return readOne<Measure>(file, kMeasureColumns, uuid, measureFrom);
}

QList<Measure> Repository::measuresNumbered(const PortfolioFile &file, int number)
{
    QSqlQuery q = prepared(file, QString::fromLatin1(kMeasureColumns) + QStringLiteral(" WHERE number = ? ORDER BY id"));
    q.addBindValue(number);
    return readAll<Measure>(file, q, measureFrom);
}

QList<MeasureStatusChange> Repository::measureHistory(const PortfolioFile &file, RowId measureId)
{
    QSqlQuery q = prepared(file, QStringLiteral("SELECT id, uuid, measure_id, changed_at, from_status, to_status, "
                                                "percent_complete, comment, author, comment_fr FROM measure_status_history "
                                                "WHERE measure_id = ? ORDER BY changed_at DESC, id DESC"));
    q.addBindValue(measureId);
    return readAll<MeasureStatusChange>(file, q, [](const QSqlQuery &q) {
        MeasureStatusChange c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.measureId = q.value(2).toLongLong();
        c.when = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        c.from = MeasureStatusText::fromKey(q.value(4).toString()).value_or(MeasureStatus::NotStarted);
        c.to = MeasureStatusText::fromKey(q.value(5).toString()).value_or(MeasureStatus::NotStarted);
        c.percentComplete = q.value(6).toDouble();
        c.comment = q.value(7).toString();
        c.author = q.value(8).toString();
        c.commentFr = q.value(9).toString();
        return c;
    });
}

QList<Project> Repository::projects(const PortfolioFile &file, RowId afterId, int limit)
{
    QSqlQuery q = prepared(file, QString::fromLatin1(kProjectColumns)
                               + QStringLiteral(" WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    return readAll<Project>(file, q, projectFrom);
}

QList<Project> Repository::projectsByIds(const PortfolioFile &file, const QVector<RowId> &ids)
{
    QList<Project> out;
    if (ids.isEmpty())
        return out;
    // One statement per window (a few hundred ids), well under SQLite's 32,766 bound parameters.
    QString sql = QString::fromLatin1(kProjectColumns) + QStringLiteral(" WHERE id IN (");
    for (qsizetype i = 0; i < ids.size(); ++i)
        sql += i ? QStringLiteral(",?") : QStringLiteral("?");
    sql += QLatin1Char(')');
    QSqlQuery q = prepared(file, sql);
    for (RowId id : ids)
        q.addBindValue(id);
    const QList<Project> read = readAll<Project>(file, q, projectFrom);
    QHash<RowId, qsizetype> at;
    at.reserve(read.size());
    for (qsizetype i = 0; i < read.size(); ++i)
        at.insert(read.at(i).id, i);
    out.reserve(read.size());
    for (RowId id : ids) {
        const auto it = at.constFind(id);
        if (it != at.constEnd())
            out.append(read.at(*it));
    }
    return out;
}

std::optional<Project> Repository::project(const PortfolioFile &file, const QString &uuid)
{
    return readOne<Project>(file, kProjectColumns, uuid, projectFrom);
}

std::optional<Project> Repository::projectByCode(const PortfolioFile &file, const QString &code)
{
    QSqlQuery q = prepared(file, QString::fromLatin1(kProjectColumns) + QStringLiteral(" WHERE code = ?"));
    q.addBindValue(code.trimmed());
    execOrWarn(file, q);
    if (!q.next())
        return std::nullopt;
    return projectFrom(q);
}

CodeMatch Repository::matchProjectCode(const PortfolioFile &file, const QString &code)
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return {};
    if (const auto p = projectByCode(file, wanted))
        return { p->code, {} };
    // The other spellings through the code's index, compared here: SQLite's lower() folds ASCII letters
    // only (not É), and a mistyped code costs a few lookups rather than reading every code.
    QList<CodeLookup::Row> rows;
    QSqlQuery q(sqlDatabase(file));
    if (!CodeLookup::sameIgnoringCase(sqlDatabase(file), q, QStringLiteral("project"), wanted, QString(), &rows))
        readComplete(file, q);
    QStringList same;
    for (const CodeLookup::Row &row : std::as_const(rows))
        same << row.code;
    if (same.size() == 1)
        return { same.constFirst(), {} };
    same.sort();
    return { QString(), same };
}

QList<Project> Repository::projectsByCodePrefix(const PortfolioFile &file, const QString &prefix, int limit)
{
    const QString typed = prefix.trimmed();
    if (typed.isEmpty() || limit <= 0)
        return {};
    // Codes from the prefix up to the prefix followed by the last code point: every code that starts so,
    // compared code point by code point on both back ends.
    const QString code = SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("code"));
    QSqlQuery q = prepared(file, QString::fromLatin1(kProjectColumns)
                               + QStringLiteral(" WHERE %1 >= ? AND %1 < ? ORDER BY %1 LIMIT ?").arg(code));
    QList<Project> found;
    QStringList prefixes { typed };
    if (typed.toUpper() != typed)
        prefixes << typed.toUpper();
    for (const QString &p : std::as_const(prefixes)) {
        q.bindValue(0, p);
        q.bindValue(1, p + QString::fromUcs4(U"\U0010FFFF", 1));
        q.bindValue(2, limit);
        found += readAll<Project>(file, q, projectFrom);
    }
    std::sort(found.begin(), found.end(), [](const Project &a, const Project &b) { return a.code < b.code; });
    found.erase(std::unique(found.begin(), found.end(), [](const Project &a, const Project &b) { return a.id == b.id; }),
                found.end());
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

int Repository::projectCount(const PortfolioFile &file)
{
    QSqlQuery q = prepared(file, QStringLiteral("SELECT COUNT(*) FROM project"));
    execOrWarn(file, q);
    return readRow(file, q) ? q.value(0).toInt() : 0;
}

QList<Decision> Repository::decisions(const PortfolioFile &file, RowId projectId)
{
    QSqlQuery q = prepared(file, QStringLiteral("SELECT id, uuid, project_id, decided_on, authority, kind, text_en, "
                                                "text_fr, budget_change FROM decision WHERE project_id = ? "
                                                "ORDER BY decided_on DESC, id DESC"));
    q.addBindValue(projectId);
    return readAll<Decision>(file, q, [](const QSqlQuery &q) {
        Decision d;
        d.id = q.value(0).toLongLong();
        d.uuid = q.value(1).toString();
        d.projectId = q.value(2).toLongLong();
        d.date = dateValue(q.value(3));
        d.authority = q.value(4).toString();
        d.kind = q.value(5).toString();
        d.text = { q.value(6).toString(), q.value(7).toString() };
        d.budgetChange = optionalDouble(q.value(8));
        return d;
    });
}

QList<Baseline> Repository::baselines(const PortfolioFile &file, RowId projectId)
{
    QSqlQuery q = prepared(file, QStringLiteral("SELECT id, uuid, project_id, sequence, approved_date, budget, "
                                                "planned_start, planned_end, note, note_fr, authority FROM baseline "
                                                "WHERE project_id = ? ORDER BY sequence"));
    q.addBindValue(projectId);
    return readAll<Baseline>(file, q, [](const QSqlQuery &q) {
        Baseline b;
        b.id = q.value(0).toLongLong();
        b.uuid = q.value(1).toString();
        b.projectId = q.value(2).toLongLong();
        b.sequence = q.value(3).toInt();
        b.approved = dateValue(q.value(4));
        b.budget = q.value(5).toDouble();
        b.plannedStart = dateValue(q.value(6));
        b.plannedEnd = dateValue(q.value(7));
        b.note = q.value(8).toString();
        b.noteFr = q.value(9).toString();
        b.authority = q.value(10).toString();
        return b;
    });
}

QList<Specialty> Repository::specialties(const PortfolioFile &file)
{
    QSqlQuery q = prepared(file, QStringLiteral("SELECT id, uuid, code, name_en, name_fr, core_function "
                                                "FROM specialty ORDER BY ")
                                     + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("code")));
    return readAll<Specialty>(file, q, [](const QSqlQuery &q) {
        return Specialty { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           { q.value(3).toString(), q.value(4).toString() }, q.value(5).toBool() };
    });
}

QList<WorkforceRecord> Repository::workforce(const PortfolioFile &file, const QDate &survey)
{
    if (!survey.isValid()) {
        QSqlQuery q = prepared(file, QString::fromLatin1(kWorkforceColumns)
                                   + QStringLiteral(" WHERE survey_date = (SELECT MAX(survey_date) FROM workforce) "
                                                    "ORDER BY organization_id, specialty_id"));
        return readAll<WorkforceRecord>(file, q, workforceFrom);
    }
    QSqlQuery q = prepared(file, QString::fromLatin1(kWorkforceColumns)
                               + QStringLiteral(" WHERE survey_date = ? ORDER BY organization_id, specialty_id"));
    q.addBindValue(survey.toString(Qt::ISODate));
    return readAll<WorkforceRecord>(file, q, workforceFrom);
}

std::optional<WorkforceRecord> Repository::workforceRecord(const PortfolioFile &file, const QString &uuid)
{
    return readOne<WorkforceRecord>(file, kWorkforceColumns, uuid, workforceFrom);
}

QList<Envelope> Repository::envelopes(const PortfolioFile &file)
{
    QSqlQuery q = prepared(file, QString::fromLatin1(kEnvelopeColumns)
                               + QStringLiteral(" ORDER BY fiscal_year DESC, organization_id"));
    return readAll<Envelope>(file, q, envelopeFrom);
}

std::optional<Envelope> Repository::envelope(const PortfolioFile &file, const QString &uuid)
{
    return readOne<Envelope>(file, kEnvelopeColumns, uuid, envelopeFrom);
}

} // namespace Vigie
