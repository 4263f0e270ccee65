#include "movers.h"

#include "analysis/money.h"
#include "analysis/periods.h"
#include "i18n/language.h"
#include "merge/valuetext.h"
#include "model/fieldtext.h"
#include "rules/healthrule.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <cmath>

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Vigie {

namespace {

int rank(Health h)
{
    switch (h) {
    case Health::Green: return 0;
    case Health::Yellow: return 1;
    case Health::Red: return 2;
    case Health::Unrated: break;
    }
    return 3;
}

QString colourKey(Health h)
{
    return h == Health::Unrated ? QStringLiteral("unrated") : HealthText::key(h);
}

// The overall colour as the dashboards show it: declared where set, else the worse of cost and schedule
// (each declared where set, else computed). Columns from `c`: declared overall, then declared and
// computed cost, then declared and computed schedule.
Health colourNow(const SqlStatement &q, int c, Health *cost, Health *schedule)
{
    *cost = effective(HealthText::fromStored(q.utf8(c + 1)), HealthText::fromStored(q.utf8(c + 2)));
    *schedule = effective(HealthText::fromStored(q.utf8(c + 3)), HealthText::fromStored(q.utf8(c + 4)));
    return effective(HealthText::fromStored(q.utf8(c)), worse(*cost, *schedule));
}

// The overall colour of each project reported (active) at a period, or now when `period` is 0, in
// project order. compute() merges two of them: nothing is held per project (a million a side).
class Reported
{
public:
    bool open(const PortfolioFile &file, RowId period, QString *error)
    {
        m_period = period;
        const QString sql = period
            ? QStringLiteral("SELECT project_id, overall FROM period_project WHERE period_id = ? AND state = 'active' "
                             "ORDER BY project_id")
            : QStringLiteral("SELECT id, declared_overall, declared_cost, computed_cost, declared_schedule, "
                             "computed_schedule FROM project WHERE %1 = 'active' ORDER BY id")
                  .arg(SqlDialect::unindexed(sqlDatabase(file), QStringLiteral("state")));
        if (!m_q.prepare(sqlDatabase(file), sql, error))
            return false;
        if (period)
            m_q.bind(1, qint64(period));
        return true;
    }
    // The next project; false at the end or on an error (failed()).
    bool next(QString *error)
    {
        if (!m_q.next(error))
            return false;
        id = m_q.integer(0);
        if (m_period) {
            colour = HealthText::fromStored(m_q.utf8(1));
        } else {
            Health cost, schedule;
            colour = colourNow(m_q, 1, &cost, &schedule);
        }
        return true;
    }
    const SqlStatement &statement() const { return m_q; }

    RowId id = 0;
    Health colour = Health::Unrated;

private:
    SqlStatement m_q;
    RowId m_period = 0;
};

Mover moved(RowId project, const QString &code, Health from, Health to)
{
    Mover m;
    m.projectId = project;
    m.code = code;
    m.from = from;
    m.to = to;
    return m;
}

void byCode(QList<Mover> *list)
{
    std::sort(list->begin(), list->end(), [](const Mover &a, const Mover &b) { return a.code < b.code; });
}

// State and figures from `c`: state, budget, forecast cost, forecast end.
void figures(const SqlStatement &q, int c, MoverState *out)
{
    out->reported = true;
    out->state = QString::fromUtf8(q.utf8(c));
    out->budget = q.isNull(c + 1) ? std::nullopt : std::optional<double>(q.real(c + 1));
    out->forecastCost = q.isNull(c + 2) ? std::nullopt : std::optional<double>(q.real(c + 2));
    out->forecastEnd = QString::fromUtf8(q.utf8(c + 3));
}

// Codes and names of the projects that moved (few, whatever the portfolio's size), and what each was at
// both ends: its row in each period, or the project now (`period` 0).
bool describe(const PortfolioFile &file, QList<Mover> *list, RowId fromPeriod, RowId toPeriod, QString *error)
{
    SqlStatement now, then;
    if (!now.prepare(sqlDatabase(file),
                     QStringLiteral("SELECT uuid, code, name_en, name_fr, state, budget, forecast_cost, forecast_end, "
                                    "declared_overall, declared_cost, computed_cost, declared_schedule, computed_schedule "
                                    "FROM project WHERE id = ?"),
                     error)
        || !then.prepare(sqlDatabase(file),
                         QStringLiteral("SELECT state, budget, forecast_cost, forecast_end, cost, schedule, overall "
                                        "FROM period_project WHERE period_id = ? AND project_id = ?"),
                         error))
        return false;
    const auto inPeriod = [&](RowId period, RowId project, MoverState *out) {
        then.bind(1, qint64(period));
        then.bind(2, qint64(project));
        if (then.next(error)) {
            figures(then, 0, out);
            out->cost = HealthText::fromStored(then.utf8(4));
            out->schedule = HealthText::fromStored(then.utf8(5));
            out->overall = HealthText::fromStored(then.utf8(6));
            out->overallDeclared = out->overall != worse(out->cost, out->schedule);
            while (then.next(error)) { }
        }
        return statementComplete(file, then, error);
    };
    for (Mover &m : *list) {
        now.bind(1, qint64(m.projectId));
        if (now.next(error)) {
            m.uuid = QString::fromUtf8(now.utf8(0));
            m.code = QString::fromUtf8(now.utf8(1));
            m.name = { QString::fromUtf8(now.utf8(2)), QString::fromUtf8(now.utf8(3)) };
            if (!toPeriod) {
                figures(now, 4, &m.after);
                m.after.overall = colourNow(now, 8, &m.after.cost, &m.after.schedule);
                m.after.overallDeclared = m.after.overall != worse(m.after.cost, m.after.schedule);
            }
            while (now.next(error)) { }
        }
        if (!statementComplete(file, now, error) || !inPeriod(fromPeriod, m.projectId, &m.before)
            || (toPeriod && !inPeriod(toPeriod, m.projectId, &m.after)))
            return false;
        m.explained = true;
    }
    byCode(list);
    return true;
}

// An amount to the cent, in the portfolio's currency: "$1,000.00" / « 1 000,00 $ » for CAD, else the
// amount and the currency's code ("1,000.00 EUR"), never a dollar sign on euros.
QString money(const std::optional<double> &amount, const QString &currency)
{
    if (!amount)
        return MoversAnalysis::tr("none");
    if (currency.isEmpty() || currency == QLatin1String("CAD"))
        return ValueText::shown(Field::ForecastCost, QString::number(*amount, 'f', 2));
    //: An amount and its currency's code: "1,000,000.00 EUR"
    return MoversAnalysis::tr("%1 %2").arg(QLocale().toString(*amount, 'f', 2), currency);
}

// Two amounts in millions, as every other screen writes them ("$4.30M" / « 4,30 M$ », in the portfolio's
// currency), with as many decimals as it takes for a change to show (up to the dollar): "$4.30M → $4.302M",
// never "$4.30M → $4.30M" for a change of $2,000; amounts under a million to the cent.
std::pair<QString, QString> moneyChange(const std::optional<double> &from, const std::optional<double> &to,
                                        const QString &currency)
{
    const QLocale locale;
    // Below a million, to the cent as stored ("$100.00 → $150.00"): in millions those read "$0.00010M".
    const auto small = [](const std::optional<double> &amount) { return !amount || std::fabs(*amount) < 1e6; };
    if (small(from) && small(to))
        return { money(from, currency), money(to, currency) };
    const auto shown = [&](const std::optional<double> &amount, int decimals) {
        return amount ? formatMoneyMillions(*amount, locale, decimals, currency) : MoversAnalysis::tr("none");
    };
    int decimals = 2;
    while (decimals < 6 && from && to && shown(from, decimals) == shown(to, decimals))
        ++decimals;
    return { shown(from, decimals), shown(to, decimals) };
}

// `withTo` false: no longer reported, the colour they last had ("from") and nothing after.
QJsonArray listJson(const QList<Mover> &list, const QString &language, bool withTo = true)
{
    QJsonArray a;
    for (const Mover &m : list) {
        QJsonObject o;
        o.insert(QLatin1String("code"), m.code);
        o.insert(QLatin1String("name"), m.name.in(language));
        o.insert(QLatin1String("from"), colourKey(m.from));
        if (withTo)
            o.insert(QLatin1String("to"), colourKey(m.to));
        a.append(o);
    }
    return a;
}

} // namespace

void MoversAnalysis::add(Movers *out, RowId project, const QString &code, std::optional<Health> from,
                         std::optional<Health> to)
{
    if (!from && !to)
        return;
    if (!from)
        out->added.append(moved(project, code, Health::Unrated, *to));
    else if (!to)
        out->gone.append(moved(project, code, *from, Health::Unrated));
    else if (*from == *to)
        out->unchanged++;
    else
        (isWorse(*from, *to) ? out->worse : out->better).append(moved(project, code, *from, *to));
}

void MoversAnalysis::sortByCode(Movers *out)
{
    for (QList<Mover> *list : { &out->worse, &out->better, &out->added, &out->gone })
        byCode(list);
}

bool MoversAnalysis::isWorse(Health from, Health to)
{
    return rank(to) > rank(from);
}

namespace {

// The health rule each end of `movers` was computed under: the journal's changes of the portfolio's
// rule (a handful), replayed up to when each period was frozen. Periods frozen before any change saw
// the first change's old rule; the current values, the rule in force.
bool rulesInForce(const PortfolioFile &file, Movers *movers, QString *error)
{
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    q.prepare(QStringLiteral("SELECT old_value, new_value, changed_at FROM change_journal WHERE entity = 'portfolio' "
                             "AND field = 'health_rule' ORDER BY id"));
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    struct Step
    {
        QString before, after;
        QDateTime at;
    };
    QList<Step> steps;
    while (q.next())
        steps.append({ q.value(0).toString(), q.value(1).toString(),
                       QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs) });
    if (q.lastError().isValid())
        return setError(error, sqlErrorText(q.lastError()));
    if (steps.isEmpty())
        return true;
    const QString now = file.healthRule().toJson();
    const auto at = [&](const std::optional<ReportingPeriod> &period) {
        if (!period)
            return now;
        QString rule = steps.constFirst().before;
        for (const Step &step : std::as_const(steps)) {
            if (step.at.isValid() && step.at > period->frozenAt)
                break;
            rule = step.after;
        }
        return rule;
    };
    const QString from = at(movers->from), to = at(movers->to);
    const std::optional<HealthRule> a = HealthRule::fromJson(from), b = HealthRule::fromJson(to);
    if (a && b && a->toJson() != b->toJson()) {
        movers->ruleFrom = a->displayName();
        movers->ruleTo = b->displayName();
    }
    return true;
}

} // namespace

bool MoversAnalysis::compute(const PortfolioFile &file, RowId fromPeriod, RowId toPeriod, Movers *out, QString *error)
{
    *out = Movers();
    const std::optional<ReportingPeriod> from = Periods::find(file, fromPeriod);
    if (!from)
        return setError(error, tr("Unknown reporting period."));
    out->from = *from;
    out->currency = file.info().currency;
    if (toPeriod) {
        out->to = Periods::find(file, toPeriod);
        if (!out->to)
            return setError(error, tr("Unknown reporting period."));
    }
    Reported before, after;
    if (!before.open(file, fromPeriod, error) || !after.open(file, toPeriod, error))
        return false;
    bool was = before.next(error), is = after.next(error);
    while ((was || is) && !before.statement().failed() && !after.statement().failed()) {
        if (is && (!was || after.id < before.id)) {
            out->added.append(moved(after.id, {}, Health::Unrated, after.colour));
            is = after.next(error);
        } else if (was && (!is || before.id < after.id)) {
            out->gone.append(moved(before.id, {}, before.colour, Health::Unrated));
            was = before.next(error);
        } else {
            if (before.colour == after.colour)
                out->unchanged++;
            else
                (isWorse(before.colour, after.colour) ? out->worse : out->better)
                    .append(moved(after.id, {}, before.colour, after.colour));
            was = before.next(error);
            is = after.next(error);
        }
    }
    if (!statementComplete(file, before.statement(), error) || !statementComplete(file, after.statement(), error))
        return false;
    if (!rulesInForce(file, out, error))
        return false;
    return describe(file, &out->worse, fromPeriod, toPeriod, error)
        && describe(file, &out->better, fromPeriod, toPeriod, error)
        && describe(file, &out->added, fromPeriod, toPeriod, error)
        && describe(file, &out->gone, fromPeriod, toPeriod, error);
}

QStringList MoversAnalysis::reasons(const Mover &m, const Movers &movers)
{
    if (!m.explained)
        return {};
    QStringList out;
    const QString language = Language::current();
    const auto notIn = [&](bool atFrom) {
        return atFrom ? tr("not in the portfolio in %1").arg(Periods::displayLabel(movers.from, language))
                      : movers.to ? tr("not in the portfolio in %1").arg(Periods::displayLabel(*movers.to, language))
                                  : tr("no longer in the portfolio");
    };
    const MoverState &a = m.before, &b = m.after;
    if (!a.reported || !b.reported) {
        out << notIn(!a.reported);
        return out;
    }
    if (a.state != b.state)
        out << ValueText::change(FieldText::label(Field::State), ValueText::shown(Field::State, a.state),
                                 ValueText::shown(Field::State, b.state));
    if (a.state != QLatin1String("active") || b.state != QLatin1String("active"))
        return out; // new or no longer reported: the state says why
    const auto colour = [&](const QString &label, Health x, Health y) {
        if (x != y)
            out << ValueText::change(label, HealthText::label(x), HealthText::label(y));
    };
    colour(tr("Cost"), a.cost, b.cost);
    colour(tr("Schedule"), a.schedule, b.schedule);
    if (!movers.ruleFrom.isEmpty() && (a.cost != b.cost || a.schedule != b.schedule))
        out << ValueText::change(FieldText::label(Field::HealthRule), movers.ruleFrom, movers.ruleTo);
    if (b.overallDeclared)
        out << tr("overall declared %1").arg(HealthText::label(b.overall));
    else if (a.overallDeclared)
        out << tr("overall no longer declared (was %1)").arg(HealthText::label(a.overall));
    if (a.budget != b.budget) {
        const auto [from, to] = moneyChange(a.budget, b.budget, movers.currency);
        out << ValueText::change(FieldText::label(Field::Budget), from, to);
    }
    if (a.forecastCost != b.forecastCost) {
        const auto [from, to] = moneyChange(a.forecastCost, b.forecastCost, movers.currency);
        out << ValueText::change(FieldText::label(Field::ForecastCost), from, to);
    }
    if (a.forecastEnd != b.forecastEnd)
        out << ValueText::change(FieldText::label(Field::ForecastEnd),
                                 a.forecastEnd.isEmpty() ? tr("none") : a.forecastEnd,
                                 b.forecastEnd.isEmpty() ? tr("none") : b.forecastEnd);
    return out;
}

QString MoversAnalysis::why(const Mover &mover, const Movers &movers)
{
    //: Between two reasons a project moved: "Cost: Green → Red; Forecast cost: … → …"
    return reasons(mover, movers).join(tr("; "));
}

QJsonObject MoversAnalysis::toJson(const Movers &m, const QString &language)
{
    QJsonObject o;
    o.insert(QLatin1String("from"), m.from.label);
    o.insert(QLatin1String("to"), m.to ? m.to->label : QStringLiteral("now"));
    o.insert(QLatin1String("worse"), listJson(m.worse, language));
    o.insert(QLatin1String("better"), listJson(m.better, language));
    o.insert(QLatin1String("new"), listJson(m.added, language));
    o.insert(QLatin1String("gone"), listJson(m.gone, language, false));
    o.insert(QLatin1String("unchanged"), m.unchanged);
    return o;
}

QString MoversAnalysis::toText(const Movers &m, const QLocale &locale)
{
    const QString language = Language::code(locale);
    QStringList out;
    out << tr("Overall colour, from %1 to %2")
               .arg(Periods::displayLabel(m.from, language),
                    m.to ? Periods::displayLabel(*m.to, language) : tr("now"));
    const auto section = [&](const QString &title, const QList<Mover> &list, bool colours) {
        out << title;
        for (const Mover &v : list) {
            out << (colours ? tr("  %1 %2: %3 → %4").arg(v.code, v.name.in(language), HealthText::label(v.from),
                                                         HealthText::label(v.to))
                            : tr("  %1 %2").arg(v.code, v.name.in(language)));
            if (const QString because = why(v, m); !because.isEmpty())
                out << QStringLiteral("    ") + because;
        }
    };
    section(tr("Worse: %n project(s)", nullptr, int(m.worse.size())), m.worse, true);
    section(tr("Better: %n project(s)", nullptr, int(m.better.size())), m.better, true);
    section(tr("New: %n project(s)", nullptr, int(m.added.size())), m.added, false);
    section(tr("No longer reported: %n project(s)", nullptr, int(m.gone.size())), m.gone, false);
    out << tr("Unchanged: %n project(s)", nullptr, m.unchanged);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Vigie
