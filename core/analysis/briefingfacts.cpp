#include "briefingfacts.h"
#include "storage/sqlaccess.h"

#include "rules/healthrule.h"
#include "analysis/periods.h"
#include "analysis/workforcepivot.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Vigie {

namespace {

std::optional<ProjectState> stateFromKey(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return projectStateFromKey(v.toString());
}

bool hasRows(QSqlDatabase db, const QString &table, RowId periodId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE period_id = ?)").arg(table));
    q.addBindValue(periodId);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool readMeasures(QSqlDatabase db, BriefingFacts *f, QString *error)
{
    const RowId p = f->period ? f->period->id : 0;
    const RowId p0 = f->previous ? f->previous->id : 0;
    // A period that froze measures shows their state then; otherwise the current state stands in.
    const bool frozen = p && hasRows(db, QStringLiteral("period_measure"), p);
    const bool previousFrozen = p0 && hasRows(db, QStringLiteral("period_measure"), p0);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.number, m.title_en, m.title_fr, m.due_date, k.number, k.title_en, k.title_fr, "
        "m.status, pm.status, pm0.status, pm.id "
        "FROM measure m JOIN key_area k ON k.id = m.key_area_id "
        "LEFT JOIN period_measure pm ON pm.measure_id = m.id AND pm.period_id = ? "
        "LEFT JOIN period_measure pm0 ON pm0.measure_id = m.id AND pm0.period_id = ? "
        "ORDER BY k.number, m.number, m.id"));
    q.addBindValue(p);
    q.addBindValue(p0);
    if (!q.exec())
        return setError(error, q.lastError().text());
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
        m.status = MeasureStatusText::fromKey(q.value(frozen ? 9 : 8).toString()).value_or(MeasureStatus::NotStarted);
        if (previousFrozen)
            m.previousStatus = q.value(10).isNull()
                ? MeasureStatus::NotStarted
                : MeasureStatusText::fromKey(q.value(10).toString()).value_or(MeasureStatus::NotStarted);
        f->measures.append(m);
        f->measuresByStatus[int(m.status)]++;
        if (f->areas.isEmpty() || f->areas.last().number != m.areaNumber) {
            AreaSummary a;
            a.number = m.areaNumber;
            a.title = m.areaTitle;
            f->areas.append(a);
        }
        f->areas.last().byStatus[int(m.status)]++;
    }

    if (!q.exec(QStringLiteral("SELECT title_en, title_fr, end_date FROM plan ORDER BY id LIMIT 1")))
        return setError(error, q.lastError().text());
    if (q.next()) {
        f->planTitle = { q.value(0).toString(), q.value(1).toString() };
        f->planEnd = dateValue(q.value(2));
    }
    if (!f->planEnd.isValid()) {
        for (const BriefingMeasure &m : std::as_const(f->measures))
            if (m.due.isValid() && (!f->planEnd.isValid() || m.due > f->planEnd))
                f->planEnd = m.due;
    }
    return true;
}

bool readProjects(QSqlDatabase db, BriefingFacts *f, QString *error)
{
    const RowId p = f->period ? f->period->id : 0;
    const RowId p0 = f->previous ? f->previous->id : 0;
    const bool frozen = p && hasRows(db, QStringLiteral("period_project"), p);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.code, p.name_en, p.name_fr, o.code, p.state, p.budget, p.forecast_cost, "
        "COALESCE(p.declared_cost, p.computed_cost), COALESCE(p.declared_schedule, p.computed_schedule), "
        "p.planned_end, p.forecast_end, p.delivered_date, "
        "pp.id, pp.state, pp.budget, pp.forecast_cost, pp.cost, pp.schedule, pp.forecast_end, pp0.state "
        "FROM project p LEFT JOIN organization o ON o.id = p.organization_id "
        "LEFT JOIN period_project pp ON pp.project_id = p.id AND pp.period_id = ? "
        "LEFT JOIN period_project pp0 ON pp0.project_id = p.id AND pp0.period_id = ? "
        "ORDER BY p.code"));
    q.addBindValue(p);
    q.addBindValue(p0);
    if (!q.exec())
        return setError(error, q.lastError().text());
    while (q.next()) {
        if (frozen && q.value(13).isNull())
            continue;
        BriefingProject pr;
        pr.id = q.value(0).toLongLong();
        pr.code = q.value(1).toString();
        pr.name = { q.value(2).toString(), q.value(3).toString() };
        pr.organization = q.value(4).toString();
        pr.plannedEnd = dateValue(q.value(10));
        pr.delivered = dateValue(q.value(12));
        if (frozen) {
            pr.state = stateFromKey(q.value(14)).value_or(ProjectState::Active);
            pr.budget = q.value(15).toDouble();
            pr.forecastCost = optionalDouble(q.value(16));
            pr.cost = HealthText::fromKey(q.value(17).toString()).value_or(Health::Unrated);
            pr.schedule = HealthText::fromKey(q.value(18).toString()).value_or(Health::Unrated);
            pr.forecastEnd = dateValue(q.value(19));
        } else {
            pr.state = stateFromKey(q.value(5)).value_or(ProjectState::Active);
            pr.budget = q.value(6).toDouble();
            pr.forecastCost = optionalDouble(q.value(7));
            pr.cost = HealthText::fromKey(q.value(8).toString()).value_or(Health::Unrated);
            pr.schedule = HealthText::fromKey(q.value(9).toString()).value_or(Health::Unrated);
            pr.forecastEnd = dateValue(q.value(11));
        }
        pr.previousState = stateFromKey(q.value(20));
        f->projects.append(pr);
        if (pr.state != ProjectState::Active)
            continue;
        f->activeProjects++;
        f->activeAmount += pr.budget;
        HealthBucket &c = f->cost.bucket(pr.cost);
        c.count++;
        c.amount += pr.budget;
        HealthBucket &s = f->schedule.bucket(pr.schedule);
        s.count++;
        s.amount += pr.budget;
    }
    return true;
}

bool readWorkforce(QSqlDatabase db, BriefingFacts *f, QString *error)
{
    // The latest survey taken by the period's date (or the first one when all came later).
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE((SELECT MAX(survey_date) FROM workforce WHERE survey_date <= ?), "
                             "(SELECT MIN(survey_date) FROM workforce))"));
    q.addBindValue(f->asOf.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return setError(error, q.lastError().text());
    f->workforceSurvey = dateValue(q.value(0));
    if (!f->workforceSurvey.isValid())
        return true;
    q.prepare(QStringLiteral("SELECT s.id, s.code, s.name_en, s.name_fr, s.core_function, "
                             "TOTAL(w.internal_fte), TOTAL(w.external_fte) "
                             "FROM workforce w JOIN specialty s ON s.id = w.specialty_id "
                             "WHERE w.survey_date = ? GROUP BY s.id ORDER BY s.code"));
    q.addBindValue(f->workforceSurvey.toString(Qt::ISODate));
    if (!q.exec())
        return setError(error, q.lastError().text());
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
    q.prepare(QStringLiteral("SELECT COUNT(DISTINCT organization_id) FROM workforce WHERE survey_date = ?"));
    q.addBindValue(f->workforceSurvey.toString(Qt::ISODate));
    if (q.exec() && q.next())
        f->workforceOrganizations = q.value(0).toInt();
    return true;
}

bool readEnvelopes(QSqlDatabase db, BriefingFacts *f, QString *error)
{
    const int startMonth = qBound(1, f->info.fiscalYearStartMonth, 12);
    const int year = f->asOf.month() >= startMonth ? f->asOf.year() : f->asOf.year() - 1;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE((SELECT MAX(fiscal_year) FROM envelope WHERE fiscal_year <= ?), "
                             "(SELECT MIN(fiscal_year) FROM envelope))"));
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return setError(error, q.lastError().text());
    f->envelopeYear = q.value(0).toInt();
    if (!f->envelopeYear)
        return true;
    q.prepare(QStringLiteral("SELECT o.code, o.name_en, o.name_fr, e.planned_needs, e.granted, e.committed "
                             "FROM envelope e JOIN organization o ON o.id = e.organization_id "
                             "WHERE e.fiscal_year = ? ORDER BY o.code"));
    q.addBindValue(f->envelopeYear);
    if (!q.exec())
        return setError(error, q.lastError().text());
    while (q.next()) {
        BriefingEnvelope e;
        e.organization = q.value(0).toString();
        e.organizationName = { q.value(1).toString(), q.value(2).toString() };
        e.plannedNeeds = q.value(3).toDouble();
        e.granted = q.value(4).toDouble();
        e.committed = q.value(5).toDouble();
        f->envelopes.append(e);
    }
    return true;
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

    QSqlDatabase db = sqlDatabase(file);
    return readMeasures(db, f, error) && readProjects(db, f, error) && readWorkforce(db, f, error)
        && readEnvelopes(db, f, error);
}

} // namespace Vigie
