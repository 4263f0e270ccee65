#include "strategychecks.h"
#include "analysis/summary.h"

#include "analysis/briefingtext.h"
#include "analysis/chartdata.h"
#include "i18n/language.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace Vigie {

namespace {

// Active projects serving no measure. Two ordered scans merged here, each on a covering index (the
// active ids through the state index, the linked ids through the links' (project, measure) key): the
// NOT EXISTS form searched the links' index once per active project, 0.9 s of `vigie summary` at a
// million projects against 0.4 s for the two scans.
bool countActiveUnlinked(const PortfolioFile &file, int *out, QString *error)
{
    SqlStatement active, linked;
    if (!active.prepare(sqlDatabase(file), QStringLiteral("SELECT id FROM project WHERE state = 'active' ORDER BY id"), error)
        || !linked.prepare(sqlDatabase(file),
                           QStringLiteral("SELECT DISTINCT project_id FROM project_measure ORDER BY project_id"), error))
        return false;
    int unlinked = 0;
    bool haveLink = linked.next(error);
    while (active.next(error)) {
        const qint64 id = active.integer(0);
        while (haveLink && linked.integer(0) < id)
            haveLink = linked.next(error);
        if (!haveLink || linked.integer(0) != id)
            ++unlinked;
    }
    if (!statementComplete(file, active, error) || (linked.failed() && !statementComplete(file, linked, error)))
        return false;
    *out = unlinked;
    return true;
}

bool count(QSqlDatabase db, const QString &sql, const QVariantList &binds, int *out, QString *error)
{
    QSqlQuery q(db);
    readForwardOnly(q);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return setError(error, sqlErrorText(q.lastError()));
    *out = q.value(0).toInt();
    return true;
}

const char *const kLinkedColumns =
    "SELECT p.id, p.uuid, p.code, p.name_en, p.name_fr, p.state, p.declared_overall, p.declared_cost, "
    "p.computed_cost, p.declared_schedule, p.computed_schedule";

Health health(const QVariant &v)
{
    return HealthText::fromKey(v.toString()).value_or(Health::Unrated);
}

LinkedProject linkedFrom(const QSqlQuery &q)
{
    Project p;
    p.declaredOverall = health(q.value(6));
    p.declaredCost = health(q.value(7));
    p.computedCost = health(q.value(8));
    p.declaredSchedule = health(q.value(9));
    p.computedSchedule = health(q.value(10));
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
             { q.value(3).toString(), q.value(4).toString() }, projectStateFromKey(q.value(5).toString()),
             p.effectiveOverall() };
}

} // namespace

bool MeasureChecks::isInconsistent(MeasureStatus status, double percentComplete)
{
    return (status == MeasureStatus::NotStarted && percentComplete > 0.0)
        || (status == MeasureStatus::Completed && percentComplete < 100.0);
}

bool MeasureChecks::isOverdue(const Measure &m, const QDate &asOf)
{
    return m.due.isValid() && asOf.isValid() && m.due < asOf && m.status != MeasureStatus::Completed
        && m.status != MeasureStatus::Cancelled;
}

unsigned MeasureChecks::flags(const Measure &m, const QDate &asOf, int projects)
{
    unsigned f = NoMeasureFlag;
    if (isInconsistent(m.status, m.percentComplete))
        f |= InconsistentFlag;
    if (isOverdue(m, asOf))
        f |= OverdueFlag;
    if (projects == 0 && m.status == MeasureStatus::UnderWay)
        f |= NoProjectFlag;
    return f;
}

QStringList MeasureChecks::describe(const Measure &m, unsigned flags, const QLocale &locale)
{
    QStringList lines;
    const QString percent = formatPercent(m.percentComplete, locale, 0);
    if (flags & InconsistentFlag) {
        lines << (m.status == MeasureStatus::NotStarted ? tr("Not started, yet %1 complete").arg(percent)
                                                        : tr("Completed, yet only %1 complete").arg(percent));
    }
    if (flags & OverdueFlag)
        lines << tr("Past due (%1) and not completed").arg(locale.toString(m.due, QLocale::ShortFormat));
    if (flags & NoProjectFlag)
        lines << tr("Under way, and no project serves it");
    return lines;
}

namespace {

// Every count but the active projects serving no measure (countActiveUnlinked, or the summary's scan).
bool computeMeasureCounts(const PortfolioFile &file, const QDate &asOf, StrategyChecks *c, QString *error)
{
    *c = StrategyChecks();
    c->asOf = asOf;
    QSqlDatabase db = sqlDatabase(file);
    return count(db, QStringLiteral("SELECT COUNT(*) FROM measure WHERE (status = 'not_started' AND percent_complete > 0) "
                                    "OR (status = 'completed' AND percent_complete < 100)"),
                 {}, &c->inconsistent, error)
        && count(db, QStringLiteral("SELECT COUNT(*) FROM measure WHERE due_date IS NOT NULL AND due_date < ? "
                                    "AND status NOT IN ('completed', 'cancelled')"),
                 { asOf.toString(Qt::ISODate) }, &c->overdue, error)
        && count(db, QStringLiteral("SELECT COUNT(*) FROM measure m WHERE m.status = 'under_way' AND NOT EXISTS "
                                    "(SELECT 1 FROM project_measure l WHERE l.measure_id = m.id)"),
                 {}, &c->measuresWithoutProject, error)
        && count(db, QStringLiteral("SELECT COUNT(*) FROM envelope WHERE committed > granted"), {},
                 &c->envelopesOvercommitted, error);
}

} // namespace

bool MeasureChecks::compute(const PortfolioFile &file, const QDate &asOf, StrategyChecks *c, QString *error)
{
    return computeMeasureCounts(file, asOf, c, error) && countActiveUnlinked(file, &c->projectsWithoutMeasure, error);
}

bool MeasureChecks::compute(const PortfolioFile &file, const QDate &asOf, const Summary &summary, StrategyChecks *c,
                            QString *error)
{
    if (!computeMeasureCounts(file, asOf, c, error))
        return false;
    c->projectsWithoutMeasure = summary.activeWithoutMeasure;
    return true;
}

void MeasureChecks::addToJson(JsonTree *summary, const StrategyChecks &c)
{
    JsonTree *measures = summary->member(QStringLiteral("measures"));
    if (!measures)
        measures = &summary->insert(QStringLiteral("measures"), JsonTree::object());
    JsonTree &flags = measures->insert(QStringLiteral("flags"), JsonTree::object());
    flags.insert(QStringLiteral("inconsistent"), c.inconsistent);
    flags.insert(QStringLiteral("overdue"), c.overdue);
    JsonTree &links = summary->insert(QStringLiteral("links"), JsonTree::object());
    links.insert(QStringLiteral("measures_without_project"), c.measuresWithoutProject);
    links.insert(QStringLiteral("projects_without_measure"), c.projectsWithoutMeasure);
    links.insert(QStringLiteral("envelopes_overcommitted"), c.envelopesOvercommitted);
}

QSet<QString> MeasureChecks::jsonIntegerKeys()
{
    return { QStringLiteral("inconsistent"), QStringLiteral("overdue"), QStringLiteral("measures_without_project"),
             QStringLiteral("projects_without_measure"), QStringLiteral("envelopes_overcommitted") };
}

QString MeasureChecks::toText(const StrategyChecks &c, const QLocale &locale)
{
    QStringList out;
    out << tr("Measures flagged as of %1: %2, %3")
               // A date in a sentence, written out: « au 1er décembre 2026 », "as of December 1, 2026".
               .arg(BriefingText::longDate(c.asOf, Language::code(locale)),
                    inconsistentText(c.inconsistent), overdueText(c.overdue));
    out << tr("Links: %1, %2, %3")
               .arg(measuresWithoutProjectText(c.measuresWithoutProject),
                    projectsWithoutMeasureText(c.projectsWithoutMeasure),
                    tr("%Ln envelope(s) committed beyond what was granted", nullptr, c.envelopesOvercommitted));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString MeasureChecks::inconsistentText(int count)
{
    return tr("%Ln with status and percent in disagreement", nullptr, count);
}

QString MeasureChecks::overdueText(int count)
{
    return tr("%Ln past due", nullptr, count);
}

QString MeasureChecks::measuresWithoutProjectText(int count)
{
    return tr("%Ln measure(s) under way with no project", nullptr, count);
}

QString MeasureChecks::projectsWithoutMeasureText(int count)
{
    return tr("%Ln active project(s) serving no measure", nullptr, count);
}

QHash<RowId, QList<LinkedProject>> StrategyLinks::projectsByMeasure(const PortfolioFile &file)
{
    QHash<RowId, QList<LinkedProject>> out;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    if (q.exec(QString::fromLatin1(kLinkedColumns)
               + QStringLiteral(", l.measure_id FROM project_measure l JOIN project p ON p.id = l.project_id ORDER BY ")
               + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("p.code")))) {
        while (q.next())
            out[q.value(11).toLongLong()].append(linkedFrom(q));
    }
    return out;
}

QHash<RowId, int> StrategyLinks::projectCountsByMeasure(const PortfolioFile &file)
{
    QHash<RowId, int> out;
    QSqlQuery q(sqlDatabase(file));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT measure_id, count(*) FROM project_measure GROUP BY measure_id"))) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return out;
}

QList<LinkedProject> StrategyLinks::projectsOfMeasure(const PortfolioFile &file, RowId measureId)
{
    QList<LinkedProject> out;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    q.prepare(QString::fromLatin1(kLinkedColumns)
              + QStringLiteral(" FROM project_measure l JOIN project p ON p.id = l.project_id WHERE l.measure_id = ? "
                               "ORDER BY ")
              + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("p.code")));
    q.addBindValue(measureId);
    if (q.exec()) {
        while (q.next())
            out.append(linkedFrom(q));
    }
    return out;
}

QList<RowId> StrategyLinks::measuresOfProject(const PortfolioFile &file, RowId projectId)
{
    QList<RowId> out;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    q.prepare(QStringLiteral("SELECT m.id FROM project_measure l JOIN measure m ON m.id = l.measure_id "
                             "WHERE l.project_id = ? ORDER BY m.number"));
    q.addBindValue(projectId);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

int StrategyLinks::fiscalYearOf(const QDate &date, int startMonth)
{
    return date.month() >= startMonth ? date.year() : date.year() - 1;
}

std::optional<Envelope> StrategyLinks::envelopeOf(const PortfolioFile &file, RowId projectId, int fiscalYear)
{
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT e.id, e.uuid, e.fiscal_year, e.organization_id, e.planned_needs, e.granted, e.committed "
                             "FROM envelope e JOIN project p ON p.organization_id = e.organization_id "
                             "WHERE p.id = ? AND e.fiscal_year = ?"));
    q.addBindValue(projectId);
    q.addBindValue(fiscalYear);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Envelope { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong(),
                      q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toDouble() };
}

QList<LinkedProject> StrategyLinks::projectsOfEnvelope(const PortfolioFile &file, RowId envelopeId)
{
    QList<LinkedProject> out;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    q.prepare(QString::fromLatin1(kLinkedColumns)
              + QStringLiteral(" FROM project p JOIN envelope e ON e.organization_id = p.organization_id "
                               "WHERE e.id = ? AND p.state = 'active' ORDER BY ")
              + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("p.code")));
    q.addBindValue(envelopeId);
    if (q.exec()) {
        while (q.next())
            out.append(linkedFrom(q));
    }
    return out;
}

} // namespace Vigie
