#include "briefingfacts.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"

#include "analysis/movers.h"
#include "rules/healthrule.h"
#include "analysis/periods.h"
#include "analysis/workforcepivot.h"
#include "storage/portfoliofile.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Vigie {

namespace {

// projectStateFromKey() of a stored value, without a QString per row.
ProjectState stateOf(QByteArrayView key)
{
    if (key == "completed")
        return ProjectState::Completed;
    if (key == "cancelled")
        return ProjectState::Cancelled;
    return ProjectState::Active;
}

// Whether a period froze rows of `table`; false with *error when the file cannot be read.
bool hasRows(const PortfolioFile &file, const QString &table, RowId periodId, bool *has, QString *error)
{
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE period_id = ?)").arg(table));
    q.addBindValue(periodId);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    if (!readRow(file, q, error))
        return false;
    *has = q.value(0).toBool();
    return true;
}

bool readMeasures(const PortfolioFile &file, BriefingFacts *f, QString *error)
{
    const RowId p = f->period ? f->period->id : 0;
    const RowId p0 = f->previous ? f->previous->id : 0;
    // A period that froze measures shows their state then; otherwise the current state stands in.
    bool frozen = false, previousFrozen = false;
    if ((p && !hasRows(file, QStringLiteral("period_measure"), p, &frozen, error))
        || (p0 && !hasRows(file, QStringLiteral("period_measure"), p0, &previousFrozen, error)))
        return false;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.number, m.title_en, m.title_fr, m.due_date, k.number, k.title_en, k.title_fr, "
        "m.status, pm.status, pm0.status, pm.id, k.id, p.code, p.title_en, p.title_fr "
        "FROM measure m JOIN key_area k ON k.id = m.key_area_id JOIN plan p ON p.id = k.plan_id "
        "LEFT JOIN period_measure pm ON pm.measure_id = m.id AND pm.period_id = ? "
        "LEFT JOIN period_measure pm0 ON pm0.measure_id = m.id AND pm0.period_id = ? "
        "ORDER BY p.id, k.number, k.id, m.number, m.id"));
    q.addBindValue(p);
    q.addBindValue(p0);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    qint64 areaId = 0; // by key area (its id: two plans may number theirs alike)
    while (q.next()) {
        if (frozen && q.value(11).isNull())
            continue; // the measure did not exist yet at the period
        BriefingMeasure m;
        m.id = q.value(0).toLongLong();
        m.number = q.value(1).toInt();
        m.title = { q.value(2).toString(), q.value(3).toString() };
        m.due = dateValue(q.value(4));
        m.areaNumber = q.value(5).toInt();
        m.areaTitle = { q.value(6).toString(), q.value(7).toString() };
        m.planCode = q.value(13).toString();
        m.status = MeasureStatusText::fromKey(q.value(frozen ? 9 : 8).toString()).value_or(MeasureStatus::NotStarted);
        if (previousFrozen)
            m.previousStatus = q.value(10).isNull()
                ? MeasureStatus::NotStarted
                : MeasureStatusText::fromKey(q.value(10).toString()).value_or(MeasureStatus::NotStarted);
        f->measures.append(m);
        f->measuresByStatus[int(m.status)]++;
        if (f->areas.isEmpty() || q.value(12).toLongLong() != areaId) {
            areaId = q.value(12).toLongLong();
            AreaSummary a;
            a.number = m.areaNumber;
            a.title = m.areaTitle;
            a.planCode = m.planCode;
            a.plan = { q.value(14).toString(), q.value(15).toString() };
            f->areas.append(a);
        }
        f->areas.last().byStatus[int(m.status)]++;
    }
    if (!readComplete(file, q, error))
        return false;

    // The strategy's end: the latest of its plans' (a portfolio may hold several, ending apart).
    if (!q.exec(QStringLiteral("SELECT title_en, title_fr, (SELECT MAX(end_date) FROM plan) FROM plan ORDER BY id LIMIT 1")))
        return setError(error, sqlErrorText(q.lastError()));
    if (q.next()) {
        f->planTitle = { q.value(0).toString(), q.value(1).toString() };
        f->planEnd = dateValue(q.value(2));
    } else if (!readComplete(file, q, error)) {
        return false;
    }
    if (!f->planEnd.isValid()) {
        for (const BriefingMeasure &m : std::as_const(f->measures))
            if (m.due.isValid() && (!f->planEnd.isValid() || m.due > f->planEnd))
                f->planEnd = m.due;
    }
    return true;
}

// A stored date as SQLite gives it, kept as text: "yyyy-MM-dd" compares as text the way the dates
// compare. Empty when the value is not such a date (dateValue() would find none).
QByteArrayView isoDate(QByteArrayView v)
{
    return storedDay(v).isValid() ? v : QByteArrayView();
}

// One project as the scan sees it, before it is known to be named.
struct ProjectRow
{
    qint64 id = 0;
    QByteArrayView code;
    ProjectState state = ProjectState::Active;
    double budget = 0.0;
    std::optional<double> forecastCost;
    Health cost = Health::Unrated, schedule = Health::Unrated;
    QByteArrayView plannedEnd, forecastEnd, delivered; // ISO dates, or empty
    QByteArrayView expectedEnd() const { return forecastEnd.isEmpty() ? plannedEnd : forecastEnd; }
};

// Counts and sums a list of projects and keeps the largest (budget, then code) to name them.
class Largest
{
public:
    explicit Largest(BriefingProjectList *list)
        : m_list(list)
    {
    }
    void add(const ProjectRow &row)
    {
        m_list->count++;
        m_list->amount += row.budget;
        QList<BriefingProject> &named = m_list->named;
        if (named.size() == BriefingFacts::kNamedProjects && !before(row, named.last()))
            return;
        BriefingProject p;
        p.id = row.id;
        p.code = QString::fromUtf8(row.code);
        p.state = row.state;
        p.budget = row.budget;
        p.forecastCost = row.forecastCost;
        p.cost = row.cost;
        p.schedule = row.schedule;
        p.plannedEnd = storedDay(row.plannedEnd);
        p.forecastEnd = storedDay(row.forecastEnd);
        p.delivered = storedDay(row.delivered);
        auto at = std::upper_bound(named.begin(), named.end(), p, [](const BriefingProject &a, const BriefingProject &b) {
            return a.budget != b.budget ? a.budget > b.budget : a.code < b.code;
        });
        named.insert(at, p);
        if (named.size() > BriefingFacts::kNamedProjects)
            named.removeLast();
    }

private:
    static bool before(const ProjectRow &row, const BriefingProject &p)
    {
        if (row.budget != p.budget)
            return row.budget > p.budget;
        return QString::fromUtf8(row.code) < p.code;
    }
    BriefingProjectList *m_list;
};

// The named projects' names and organizations, read for them alone.
bool nameProjects(QSqlDatabase db, BriefingProjectList *list, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.name_en, p.name_fr, o.code FROM project p "
                             "LEFT JOIN organization o ON o.id = p.organization_id WHERE p.id = ?"));
    for (BriefingProject &p : list->named) {
        q.addBindValue(p.id);
        if (!q.exec())
            return setError(error, sqlErrorText(q.lastError()));
        if (q.next()) {
            p.name = { q.value(0).toString(), q.value(1).toString() };
            p.organization = q.value(2).toString();
        }
    }
    return true;
}

// A frozen row's state as the health charts and the movers read it ("active" or not), and as the facts
// read it (stateOf()); false when the file holds something else, which the two readings would differ on.
bool frozenState(QByteArrayView key, ProjectState *state)
{
    *state = stateOf(key);
    return key == "active" || key == "completed" || key == "cancelled";
}

// The projects at the period in one pass. Without frozen rows: the projects' current values, the table
// in row order. With them: the period's rows in project order (the (period, project) index) merged
// with the project table, read in the same order, for the few columns only the project has (the code,
// the planned end, the delivery date), and with the previous period's active rows for the movers. The
// sums by colour are the health charts' own (same rows, same order): the charts are drawn from them.
// Nothing is kept of a project unless the briefing names it.
bool readProjects(const PortfolioFile &file, BriefingFacts *f, QString *error)
{
    const RowId p = f->period ? f->period->id : 0;
    const RowId p0 = f->previous ? f->previous->id : 0;
    bool frozen = false;
    if (p && !hasRows(file, QStringLiteral("period_project"), p, &frozen, error))
        return false;
    const QSqlDatabase db = sqlDatabase(file);
    SqlStatement projects, frozenRows, previous, before;
    // Columns 0–3 always; the current values (4–11) only when the period froze none.
    if (!projects.prepare(db,
                          QStringLiteral("SELECT id, code, planned_end, delivered_date%1 FROM project ORDER BY id")
                              .arg(frozen ? QString()
                                          : QStringLiteral(", state, budget, forecast_cost, declared_cost, computed_cost, "
                                                           "declared_schedule, computed_schedule, forecast_end")),
                          error))
        return false;
    Movers movers;
    const bool withMovers = frozen && p0;
    if (frozen) {
        if (!frozenRows.prepare(db,
                                QStringLiteral("SELECT project_id, state, budget, forecast_cost, cost, schedule, forecast_end, "
                                               "computed_cost, computed_schedule, overall "
                                               "FROM period_project WHERE period_id = ? ORDER BY project_id"),
                                error))
            return false;
        frozenRows.bind(1, qint64(p));
    }
    if (withMovers) {
        // MoversAnalysis::compute()'s rows of the earlier period.
        if (!before.prepare(db,
                            QStringLiteral("SELECT project_id, overall FROM period_project WHERE period_id = ? "
                                           "AND state = 'active' ORDER BY project_id"),
                            error))
            return false;
        before.bind(1, qint64(p0));
        movers.from = *f->previous;
        movers.to = *f->period;
    }
    if (p0) {
        if (!previous.prepare(db, QStringLiteral("SELECT state FROM period_project WHERE period_id = ? AND project_id = ?"),
                              error))
            return false;
        previous.bind(1, qint64(p0));
    }
    const QByteArray asOf = f->asOf.toString(Qt::ISODate).toLatin1();
    const QByteArray from = f->windowStart().toString(Qt::ISODate).toLatin1();
    const QByteArray until = f->asOf.addMonths(BriefingFacts::kHorizonMonths).toString(Qt::ISODate).toLatin1();
    Largest delivered(&f->delivered), due(&f->due), red(&f->red);
    // Rows the charts or the movers would read differently (a frozen row whose project is gone, a state
    // the file should not hold): their figures are then read their own way.
    bool sameRows = true, moversHere = withMovers;

    bool frozenRow = frozen && frozenRows.next(error);
    qint64 matched = -1; // the project of the frozen row read last, which the loop reads from until the next
    bool beforeRow = withMovers && before.next(error);
    while (projects.next(error)) {
        ProjectRow r;
        Health computedCost = Health::Unrated, computedSchedule = Health::Unrated;
        r.id = projects.integer(0);
        r.code = projects.utf8(1);
        r.plannedEnd = isoDate(projects.utf8(2));
        r.delivered = isoDate(projects.utf8(3));
        if (frozen) {
            std::optional<Health> was, is;
            if (withMovers) {
                if (beforeRow && before.integer(0) < r.id)
                    moversHere = false; // reported then, and no project now
                while (beforeRow && before.integer(0) < r.id)
                    beforeRow = before.next(error);
                if (beforeRow && before.integer(0) == r.id) {
                    was = HealthText::fromStored(before.utf8(1));
                    beforeRow = before.next(error);
                }
            }
            if (frozenRow && frozenRows.integer(0) < r.id && frozenRows.integer(0) != matched)
                sameRows = moversHere = false; // frozen, and no project now
            while (frozenRow && frozenRows.integer(0) < r.id)
                frozenRow = frozenRows.next(error);
            const bool atPeriod = frozenRow && frozenRows.integer(0) == r.id;
            if (atPeriod)
                matched = r.id;
            if (atPeriod) {
                if (!frozenState(frozenRows.utf8(1), &r.state))
                    sameRows = moversHere = false;
                if (r.state == ProjectState::Active)
                    is = HealthText::fromStored(frozenRows.utf8(9));
            }
            if (withMovers && (was || is))
                MoversAnalysis::add(&movers, r.id, QString::fromUtf8(r.code), was, is);
            if (!atPeriod)
                continue; // the project did not exist yet at the period
            r.budget = frozenRows.real(2);
            if (!frozenRows.isNull(3))
                r.forecastCost = frozenRows.real(3);
            r.cost = HealthText::fromStored(frozenRows.utf8(4));
            r.schedule = HealthText::fromStored(frozenRows.utf8(5));
            r.forecastEnd = isoDate(frozenRows.utf8(6));
            computedCost = HealthText::fromStored(frozenRows.utf8(7));
            computedSchedule = HealthText::fromStored(frozenRows.utf8(8));
        } else {
            r.state = stateOf(projects.utf8(4));
            r.budget = projects.real(5);
            if (!projects.isNull(6))
                r.forecastCost = projects.real(6);
            computedCost = HealthText::fromStored(projects.utf8(8));
            computedSchedule = HealthText::fromStored(projects.utf8(10));
            r.cost = effective(HealthText::fromStored(projects.utf8(7)), computedCost);
            r.schedule = effective(HealthText::fromStored(projects.utf8(9)), computedSchedule);
            r.forecastEnd = isoDate(projects.utf8(11));
        }

        if (r.state == ProjectState::Completed) {
            bool inWindow = false;
            if (!r.delivered.isEmpty()) {
                inWindow = r.delivered > QByteArrayView(from) && r.delivered <= QByteArrayView(asOf);
            } else if (p0) {
                // Delivered with no date: it counts when it was still active at the previous period.
                previous.bind(2, r.id);
                if (previous.next(error)) {
                    inWindow = !previous.isNull(0) && stateOf(previous.utf8(0)) == ProjectState::Active;
                    while (previous.next(error)) { }
                }
                if (!statementComplete(file, previous, error))
                    return false;
            }
            if (inWindow)
                delivered.add(r);
        }
        if (r.state != ProjectState::Active)
            continue;
        f->activeProjects++;
        f->activeAmount += r.budget;
        HealthBucket &c = f->cost.bucket(r.cost);
        c.count++;
        c.amount += r.budget;
        HealthBucket &s = f->schedule.bucket(r.schedule);
        s.count++;
        s.amount += r.budget;
        // Per indicator, as the health charts note it.
        if (declaredGreener(r.cost, computedCost)) {
            f->costGreener.count++;
            f->costGreener.amount += r.budget;
        }
        if (declaredGreener(r.schedule, computedSchedule)) {
            f->scheduleGreener.count++;
            f->scheduleGreener.amount += r.budget;
        }
        const QByteArrayView end = r.expectedEnd();
        if (!end.isEmpty() && end > QByteArrayView(asOf) && end <= QByteArrayView(until))
            due.add(r);
        // Any colour shown greener than the rule's, as the Overview counts it (the overall shown is the
        // worse of the two, so it is greener only when one of them is).
        if (declaredGreener(r.cost, computedCost) || declaredGreener(r.schedule, computedSchedule)) {
            f->declaredGreener.count++;
            f->declaredGreener.amount += r.budget;
        }
        if (worse(r.cost, r.schedule) == Health::Red) {
            red.add(r);
            f->redByCost += r.cost == Health::Red;
            f->redBySchedule += r.schedule == Health::Red;
        }
    }
    if (!statementComplete(file, projects, error) || (frozen && !statementComplete(file, frozenRows, error)))
        return false;
    if (frozenRow && frozenRows.integer(0) == matched)
        frozenRow = frozenRows.next(error);
    if (frozenRow)
        sameRows = moversHere = false; // frozen rows past the last project
    if (withMovers) {
        if (beforeRow)
            moversHere = false;
        // Ended early when the movers are read their own way: reset the statement.
        while (beforeRow)
            beforeRow = before.next(error);
        if (!statementComplete(file, before, error))
            return false;
    }
    if (frozenRow) {
        while (frozenRow)
            frozenRow = frozenRows.next(error);
        if (!statementComplete(file, frozenRows, error))
            return false;
    }
    f->sameRowsAsCharts = sameRows && (!p || frozen);
    if (moversHere) {
        MoversAnalysis::sortByCode(&movers);
        f->movers = movers;
    }

    // Named in order of delivery (then code), as the briefing lists them.
    std::stable_sort(f->delivered.named.begin(), f->delivered.named.end(), [](const BriefingProject &a, const BriefingProject &b) {
        return a.delivered != b.delivered ? a.delivered < b.delivered : a.code < b.code;
    });
    return nameProjects(db, &f->delivered, error) && nameProjects(db, &f->due, error) && nameProjects(db, &f->red, error);
}

bool readWorkforce(const PortfolioFile &file, BriefingFacts *f, QString *error)
{
    // The latest survey taken by the period's date (or the first one when all came later).
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT COALESCE((SELECT MAX(survey_date) FROM workforce WHERE survey_date <= ?), "
                             "(SELECT MIN(survey_date) FROM workforce))"));
    q.addBindValue(f->asOf.toString(Qt::ISODate));
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    if (!readRow(file, q, error))
        return false;
    f->workforceSurvey = dateValue(q.value(0));
    if (!f->workforceSurvey.isValid())
        return true;
    q.prepare(QStringLiteral("SELECT s.id, s.code, s.name_en, s.name_fr, s.core_function, "
                             "COALESCE(SUM(w.internal_fte), 0.0), COALESCE(SUM(w.external_fte), 0.0) "
                             "FROM workforce w JOIN specialty s ON s.id = w.specialty_id "
                             "WHERE w.survey_date = ? GROUP BY s.id ORDER BY ")
              + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("s.code")));
    q.addBindValue(f->workforceSurvey.toString(Qt::ISODate));
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    while (q.next()) {
        BriefingSpecialty s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.name = { q.value(2).toString(), q.value(3).toString() };
        s.coreFunction = q.value(4).toBool();
        s.internalFte = q.value(5).toDouble();
        s.externalFte = q.value(6).toDouble();
        f->specialties.append(s);
    }
    if (!readComplete(file, q, error))
        return false;
    q.prepare(QStringLiteral("SELECT COUNT(DISTINCT organization_id) FROM workforce WHERE survey_date = ?"));
    q.addBindValue(f->workforceSurvey.toString(Qt::ISODate));
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    if (!readRow(file, q, error))
        return false;
    f->workforceOrganizations = q.value(0).toInt();
    return true;
}

bool readEnvelopes(const PortfolioFile &file, BriefingFacts *f, QString *error)
{
    const int startMonth = qBound(1, f->info.fiscalYearStartMonth, 12);
    const int year = f->asOf.month() >= startMonth ? f->asOf.year() : f->asOf.year() - 1;
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT COALESCE((SELECT MAX(fiscal_year) FROM envelope WHERE fiscal_year <= ?), "
                             "(SELECT MIN(fiscal_year) FROM envelope))"));
    q.addBindValue(year);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    if (!readRow(file, q, error))
        return false;
    f->envelopeYear = q.value(0).toInt();
    if (!f->envelopeYear)
        return true;
    q.prepare(QStringLiteral("SELECT o.code, o.name_en, o.name_fr, e.planned_needs, e.granted, e.committed "
                             "FROM envelope e JOIN organization o ON o.id = e.organization_id "
                             "WHERE e.fiscal_year = ? ORDER BY ")
              + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("o.code")));
    q.addBindValue(f->envelopeYear);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    while (q.next()) {
        BriefingEnvelope e;
        e.organization = q.value(0).toString();
        e.organizationName = { q.value(1).toString(), q.value(2).toString() };
        e.plannedNeeds = q.value(3).toDouble();
        e.granted = q.value(4).toDouble();
        e.committed = q.value(5).toDouble();
        f->envelopes.append(e);
    }
    return readComplete(file, q, error);
}

} // namespace

double BriefingSpecialty::externalShare() const
{
    const double total = internalFte + externalFte;
    return total > 0 ? externalFte / total : 0.0;
}

int BriefingFacts::measuresTotal() const
{
    return measuresByStatus[0] + measuresByStatus[1] + measuresByStatus[2] + measuresByStatus[3];
}

std::optional<HealthChartFigures> BriefingFacts::healthChart(Indicator indicator) const
{
    if (!sameRowsAsCharts || indicator == Indicator::Overall)
        return std::nullopt;
    HealthChartFigures figures;
    figures.active = activeProjects;
    figures.amount = activeAmount;
    figures.colours = indicator == Indicator::Cost ? cost : schedule;
    figures.declaredGreener = indicator == Indicator::Cost ? costGreener : scheduleGreener;
    return figures;
}

QDate BriefingFacts::windowStart() const
{
    return previous ? previous->asOf : asOf.addMonths(-12);
}

QList<ReportingPeriod> BriefingFactsReader::periods(const PortfolioFile &file)
{
    return Periods::list(file);
}

std::optional<ReportingPeriod> BriefingFactsReader::periodByLabel(const PortfolioFile &file, const QString &label)
{
    return Periods::find(file, label);
}

bool BriefingFactsReader::read(const PortfolioFile &file, RowId periodId, BriefingFacts *f, QString *error)
{
    *f = BriefingFacts();
    f->info = file.info();
    const HealthRule rule = file.healthRule();
    f->rulePreset = rule.preset();
    f->ruleGreenMax = rule.greenMax();
    f->ruleRedMin = rule.redMin();
    f->externalRiskThreshold = WorkforceAnalysis::riskThreshold(file);

    const QList<ReportingPeriod> all = periods(file);
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).id == periodId || (periodId == 0 && i == all.size() - 1)) {
            f->period = all.at(i);
            if (i > 0)
                f->previous = all.at(i - 1);
        }
    }
    if (periodId != 0 && !f->period)
        return setError(error, QCoreApplication::translate("Vigie::BriefingFacts", "No such reporting period."));
    f->asOf = f->period && f->period->asOf.isValid() ? f->period->asOf : file.now().date();

    if (!readMeasures(file, f, error) || !readProjects(file, f, error))
        return false;
    // The movers are read in the pass over the projects when the period froze them.
    if (f->period && f->previous && !f->movers) {
        Movers movers;
        if (!MoversAnalysis::compute(file, f->previous->id, f->period->id, &movers, error))
            return false;
        f->movers = movers;
    }
    return readWorkforce(file, f, error) && readEnvelopes(file, f, error);
}

} // namespace Vigie
