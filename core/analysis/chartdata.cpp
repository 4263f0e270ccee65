#include "chartdata.h"
#include "chartdata_p.h"
#include "i18n/language.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"

#include "analysis/briefingtext.h"
#include "analysis/money.h"

#include "analysis/periods.h"
#include "analysis/summary.h"
#include "analysis/workforcepivot.h"
#include "model/officialnames.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QSqlError>

#include <algorithm>
#include <array>
#include <cmath>

namespace Vigie {

namespace {

struct ChartEntry
{
    const char *id;
    const char *title;
    const char *description;
    bool healthColours;
};

const ChartEntry kCharts[] = {
    { "measures-by-area", QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Measures by status and key area"),
      QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Measures by status in each key area (stacked bars)."), false },
    { "measures-progress", QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Overall progress of the measures"),
      QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "How many measures are completed, under way, not started or cancelled."),
      false },
    { "project-health-cost", QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Project health: cost indicator"),
      QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder",
                        "Active projects by cost indicator colour, by number and by authorized budget."), true },
    { "project-health-schedule", QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Project health: schedule indicator"),
      QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder",
                        "Active projects by schedule indicator colour, by number and by authorized budget."), true },
    { "health-trend", QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Trend across reporting periods"),
      QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder",
                        "Share of green, yellow and red projects and of completed measures in each reporting period."),
      true },
    { "workforce-by-specialty", QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "IT workforce by specialty"),
      QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder",
                        "Internal and external FTEs by specialty; specialties mostly outsourced are flagged at risk."),
      false },
    { "envelopes-by-organization", QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Investment envelopes by organization"),
      QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder",
                        "Planned needs, granted and committed amounts by organization for one fiscal year."), false },
    { "envelopes-by-year", QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Investment envelopes by fiscal year"),
      QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Planned needs, granted and committed amounts by fiscal year."),
      false },
};

const ChartEntry *entry(const QString &id)
{
    for (const ChartEntry &e : kCharts) {
        if (id == QLatin1String(e.id))
            return &e;
    }
    return nullptr;
}

using namespace ChartBuild;

// Measure statuses from current values or from the period's frozen ones, as (area id, status).
QString measureSourceSql(const Context &c, QVariantList *binds)
{
    QString sql;
    if (c.period) {
        sql = QStringLiteral("SELECT m.key_area_id AS area, pm.status AS status FROM period_measure pm "
                             "JOIN measure m ON m.id = pm.measure_id WHERE pm.period_id = ?");
        binds->append(c.period->id);
    } else {
        sql = QStringLiteral("SELECT m.key_area_id AS area, m.status AS status FROM measure m WHERE 1 = 1");
    }
    return sql + measureFilterSql(c, binds);
}

int statusIndex(const QString &key)
{
    const auto s = MeasureStatusText::fromKey(key);
    return s ? int(*s) : -1;
}

// Statuses in the order a reader expects: done first.
const MeasureStatus kStatusOrder[] = { MeasureStatus::Completed, MeasureStatus::UnderWay, MeasureStatus::NotStarted,
                                       MeasureStatus::Cancelled };

SeriesRole statusRole(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Completed: return SeriesRole::Neutral1;
    case MeasureStatus::UnderWay: return SeriesRole::Neutral2;
    case MeasureStatus::NotStarted: return SeriesRole::Neutral3;
    case MeasureStatus::Cancelled: break;
    }
    return SeriesRole::Neutral4;
}

// "11 of 36 measures completed (30.6%)"; no measure to count has no headline ("0 of 0 … (0.0%)" said
// nothing) but a line in the plot's place.
void setMeasuresHeadline(const Context &c, int completed, int total, ChartData *out)
{
    if (total > 0) {
        const QString percent = formatPercent(Summary::percent(completed, total, 1), c.locale);
        out->subtitle = total == 1 // "0 of 1 measures" read wrong: one measure has its own sentence
            ? ChartDataBuilder::tr("%n of 1 measure completed (%1)", nullptr, completed).arg(percent)
            : ChartDataBuilder::tr("%n of %1 measures completed (%2)", nullptr, completed).arg(number(c, total), percent);
        return;
    }
    out->emptyText = filtered(c) ? ChartDataBuilder::tr("No measure matches the filters.")
                                 : ChartDataBuilder::tr("No measure yet.");
}

// Each key area's label with its plan's code when they span several plans; `plans` holds each label's.
void withPlanCodes(QStringList *labels, const QStringList &plans)
{
    const bool several = spansSeveralPlans(plans, [](const QString &code) { return code; });
    for (qsizetype i = 0; i < labels->size(); ++i)
        (*labels)[i] = withPlanCode(labels->at(i), plans.at(i), several);
}

bool buildMeasuresByArea(const Context &c, ChartData *out, QString *error)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT k.id, k.number, k.title_en, k.title_fr, s.status, COUNT(s.status), p.code "
                                       "FROM key_area k JOIN plan p ON p.id = k.plan_id "
                                       "LEFT JOIN (%1) s ON s.area = k.id %2 "
                                       "GROUP BY p.id, k.id, s.status ORDER BY p.id, k.number, k.id")
                            .arg(measureSourceSql(c, &binds),
                                 c.filter.keyAreaId ? QStringLiteral("WHERE k.id = ?") : QString());
    if (c.filter.keyAreaId)
        binds.append(c.filter.keyAreaId);
    QSqlQuery q(sqlDatabase(c.file));
    if (!run(q, sql, binds, error))
        return false;
    QList<RowId> areas;
    QList<std::array<int, 4>> counts;
    QStringList plans;
    while (q.next()) {
        const RowId area = q.value(0).toLongLong();
        if (areas.isEmpty() || areas.last() != area) {
            areas.append(area);
            counts.append({ 0, 0, 0, 0 });
            plans.append(q.value(6).toString());
            const BilingualText title { q.value(2).toString(), q.value(3).toString() };
            out->categories.append(ChartDataBuilder::tr("Area %1: %2").arg(q.value(1).toInt()).arg(title.shown(c.language)));
        }
        const int s = statusIndex(q.value(4).toString());
        if (s >= 0)
            counts.last()[s] += q.value(5).toInt();
    }
    if (!readComplete(c.file, q, error))
        return false;
    withPlanCodes(&out->categories, plans);
    out->shape = ChartShape::HorizontalStackedBars;
    out->valueAxisTitle = ChartDataBuilder::tr("Measures");
    int total = 0, completed = 0, widest = 0;
    for (MeasureStatus s : kStatusOrder) {
        ChartSeries series;
        series.name = MeasureStatusText::label(s);
        series.role = statusRole(s);
        for (const auto &row : counts) {
            series.values.append(row[int(s)]);
            series.labels.append(row[int(s)] ? number(c, row[int(s)]) : QString());
        }
        out->series.append(series);
    }
    for (const auto &row : counts) {
        const int n = row[0] + row[1] + row[2] + row[3];
        total += n;
        completed += row[int(MeasureStatus::Completed)];
        widest = std::max(widest, n);
        //: %n is the number completed: "1 of 8 completed" / « 1 réalisée sur 8 »
        out->totals.append(n ? ChartDataBuilder::tr("%n of %1 completed", nullptr, row[int(MeasureStatus::Completed)])
                                   .arg(number(c, n))
                             : QString());
    }
    out->valueMax = niceMax(widest, 1.45);
    setMeasuresHeadline(c, completed, total, out);
    return true;
}

bool buildMeasuresProgress(const Context &c, ChartData *out, QString *error)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT s.status, COUNT(*) FROM (%1) s %2 GROUP BY s.status")
                            .arg(measureSourceSql(c, &binds),
                                 c.filter.keyAreaId ? QStringLiteral("WHERE s.area = ?") : QString());
    if (c.filter.keyAreaId)
        binds.append(c.filter.keyAreaId);
    QSqlQuery q(sqlDatabase(c.file));
    if (!run(q, sql, binds, error))
        return false;
    int counts[4] = { 0, 0, 0, 0 };
    while (q.next()) {
        const int s = statusIndex(q.value(0).toString());
        if (s >= 0)
            counts[s] += q.value(1).toInt();
    }
    if (!readComplete(c.file, q, error))
        return false;
    const int total = counts[0] + counts[1] + counts[2] + counts[3];
    ChartSeries series;
    series.name = ChartDataBuilder::tr("Measures");
    series.role = SeriesRole::Neutral1;
    int widest = 0;
    for (MeasureStatus s : kStatusOrder) {
        const int n = counts[int(s)];
        out->categories.append(MeasureStatusText::label(s));
        series.values.append(n);
        series.labels.append(QStringLiteral("%1\n%2").arg(number(c, n),
                                                         formatPercent(Summary::percent(n, total, 1), c.locale)));
        widest = std::max(widest, n);
    }
    out->series.append(series);
    out->shape = ChartShape::Bars;
    out->valueAxisTitle = ChartDataBuilder::tr("Measures");
    out->valueMax = niceMax(widest, 1.3);
    setMeasuresHeadline(c, counts[int(MeasureStatus::Completed)], total, out);
    return true;
}

SeriesRole healthRole(Health h)
{
    switch (h) {
    case Health::Green: return SeriesRole::Green;
    case Health::Yellow: return SeriesRole::Yellow;
    case Health::Red: return SeriesRole::Red;
    case Health::Unrated: break;
    }
    return SeriesRole::Unrated;
}

// The figures of a health chart, summed from the rows.
bool sumHealth(const Context &c, Indicator indicator, HealthChartFigures *figures, QString *error)
{
    // The active projects' colours in one pass, folded here: a GROUP BY would sort nine rows in ten, and
    // a frozen period's rows need no project unless a filter names some. Sums run in row order, as
    // SQLite's TOTAL() did.
    QVariantList binds;
    QString sql;
    const QString filter = projectFilterSql(c, &binds);
    if (c.period) {
        sql = QStringLiteral("SELECT pp.state, pp.budget, %1 FROM period_project pp %2 WHERE pp.period_id = ?")
                  .arg(indicator == Indicator::Cost ? QStringLiteral("pp.cost, NULL, pp.computed_cost")
                                                    : QStringLiteral("pp.schedule, NULL, pp.computed_schedule"),
                       filter.isEmpty() ? QString() : QStringLiteral("JOIN project p ON p.id = pp.project_id"));
        binds.prepend(c.period->id);
    } else {
        sql = QStringLiteral("SELECT p.state, p.budget, %1 FROM project p WHERE %2 = 'active'")
                  .arg(indicator == Indicator::Cost ? QStringLiteral("p.declared_cost, p.computed_cost, p.computed_cost")
                                                    : QStringLiteral("p.declared_schedule, p.computed_schedule, "
                                                                     "p.computed_schedule"),
                       SqlDialect::unindexed(sqlDatabase(c.file), QStringLiteral("p.state")));
    }
    SqlStatement q;
    if (!prepare(q, c, sql + filter, binds, error))
        return false;
    IndicatorSummary &s = figures->colours;
    HealthBucket &greener = figures->declaredGreener; // what the effective colours hide
    int &active = figures->active;
    double &amount = figures->amount;
    while (q.next(error)) {
        if (q.utf8(0) != "active")
            continue;
        const double budget = q.real(1);
        // A frozen row holds the colour as it was shown; a project, the declared and the computed one.
        // The last column is the computed colour (NULL in periods frozen before it was kept).
        const Health h = effective(HealthText::fromStored(q.utf8(2)), HealthText::fromStored(q.utf8(3)));
        if (declaredGreener(h, HealthText::fromStored(q.utf8(4)))) {
            greener.count++;
            greener.amount += budget;
        }
        HealthBucket &b = s.bucket(h);
        b.count++;
        b.amount += budget;
        active++;
        amount += budget;
    }
    return statementComplete(c.file, q, error);
}

bool buildHealth(const Context &c, Indicator indicator, const HealthChartFigures *given, ChartData *out, QString *error)
{
    HealthChartFigures summed;
    if (!given && !sumHealth(c, indicator, &summed, error))
        return false;
    const HealthChartFigures &f = given ? *given : summed;
    const IndicatorSummary &s = f.colours;
    const HealthBucket &greener = f.declaredGreener;
    const int active = f.active;
    const double amount = f.amount;
    out->shape = ChartShape::Bars;
    out->percentAxis = true;
    out->valueAxisTitle = ChartDataBuilder::tr("Share of active projects (%)");
    out->categories = { ChartDataBuilder::tr("By number of projects"), ChartDataBuilder::tr("By authorized budget") };
    for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated }) {
        const HealthBucket &b = s.bucket(h);
        if (h == Health::Unrated && b.count == 0)
            continue;
        ChartSeries series;
        series.name = h == Health::Unrated ? ChartDataBuilder::tr("Not rated") : HealthText::label(h);
        series.role = healthRole(h);
        const double countShare = Summary::percent(b.count, active, 1);
        const double amountShare = Summary::percent(b.amount, amount, 2);
        series.values = { countShare, amountShare };
        series.labels = { QStringLiteral("%1\n%2").arg(number(c, b.count), formatPercent(countShare, c.locale)),
                          QStringLiteral("%1\n%2").arg(formatMoneyMillions(b.amount, c.locale, 2, c.currency),
                                                       formatPercent(amountShare, c.locale, 2)) };
        out->series.append(series);
    }
    out->valueMax = 120.0;
    out->subtitle = ChartDataBuilder::tr("Active projects: %1 · authorized budgets: %2")
                        .arg(number(c, active), formatMoneyMillions(amount, c.locale, 2, c.currency));
    if (active == 0)
        out->emptyText = filtered(c) ? ChartDataBuilder::tr("No active project matches the filters.")
                                     : ChartDataBuilder::tr("No active project yet.");
    // Shown colours are the declared ones where set: say how many are greener than the rule computes.
    out->notes.append(greener.count
                          ? SummaryBuilder::declaredGreenerText(greener, c.locale, c.currency)
                          : ChartDataBuilder::tr("No declared colour is greener than the computed one."));
    return true;
}

} // namespace

namespace ChartBuild {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    readForwardOnly(q);
    if (!q.prepare(sql))
        return setError(error, sqlErrorText(q.lastError()));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    return true;
}

bool prepare(SqlStatement &q, const Context &c, const QString &sql, const QVariantList &binds, QString *error)
{
    if (!q.prepare(sqlDatabase(c.file), sql, error))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i + 1, binds.at(i));
    return true;
}

QString projectFilterSql(const Context &c, QVariantList *binds)
{
    QString sql;
    if (c.filter.organizationId) {
        sql += QStringLiteral(" AND p.organization_id = ?");
        binds->append(c.filter.organizationId);
    }
    if (c.filter.keyAreaId) {
        sql += QStringLiteral(" AND p.id IN (SELECT l.project_id FROM project_measure l "
                              "JOIN measure lm ON lm.id = l.measure_id WHERE lm.key_area_id = ?)");
        binds->append(c.filter.keyAreaId);
    }
    return sql;
}

QString measureFilterSql(const Context &c, QVariantList *binds)
{
    QString sql;
    if (c.filter.organizationId) {
        sql += QStringLiteral(" AND m.owner_id = ?");
        binds->append(c.filter.organizationId);
    }
    return sql;
}

QString number(const Context &c, double value, int decimals)
{
    return c.locale.toString(value, 'f', decimals);
}

double niceMax(double max, double headroom)
{
    if (max <= 0)
        return 1.0;
    const double target = max * headroom;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    for (double step : { 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0 }) {
        if (step * magnitude >= target)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace ChartBuild

bool ChartData::isEmpty() const
{
    return !emptyText.isEmpty() || categories.isEmpty() || series.isEmpty();
}

double ChartData::categoryTotal(int category) const
{
    double sum = 0.0;
    for (const ChartSeries &s : series)
        sum += s.values.value(category);
    return sum;
}

QStringList ChartDataBuilder::chartIds()
{
    QStringList ids;
    for (const ChartEntry &e : kCharts)
        ids << QLatin1String(e.id);
    return ids;
}

double ChartDataBuilder::externalRiskThreshold(const PortfolioFile &file)
{
    return WorkforceAnalysis::riskThreshold(file);
}

bool ChartDataBuilder::isChartId(const QString &id)
{
    return entry(id) != nullptr;
}

QString ChartDataBuilder::description(const QString &id)
{
    const ChartEntry *e = entry(id);
    return e ? tr(e->description) : QString();
}

QString ChartDataBuilder::title(const QString &id)
{
    const ChartEntry *e = entry(id);
    return e ? tr(e->title) : QString();
}

bool ChartDataBuilder::usesHealthColours(const QString &id)
{
    const ChartEntry *e = entry(id);
    return e && e->healthColours;
}

bool ChartDataBuilder::build(const PortfolioFile &file, const QString &id, const ChartFilter &filter,
                             const QLocale &locale, ChartData *out, QString *error, const HealthChartFigures *health)
{
    *out = ChartData();
    const ChartEntry *e = entry(id);
    if (!e)
        return setError(error, tr("Unknown chart \"%1\".").arg(id));
    Context c { file, filter, locale,
                Language::code(locale), std::nullopt };
    if (filter.periodId) {
        c.period = Periods::find(file, filter.periodId);
        if (!c.period)
            return setError(error, tr("Unknown reporting period."));
    }
    const PortfolioInfo info = file.info();
    c.currency = info.currency;
    out->id = id;
    out->title = tr(e->title);
    out->portfolioName = info.displayName(c.language);
    out->classification = OfficialNames::classification(info.classification, c.language);
    out->periodText = c.period ? tr("Period: %1 (as of %2)")
                                     .arg(Periods::displayLabel(*c.period, c.language), BriefingText::longDate(c.period->asOf, c.language))
                               : tr("Current values");
    if (e->healthColours)
        out->ruleStatement = file.healthRule().statement();

    if (filter.organizationId || filter.keyAreaId)
        health = nullptr; // sums of every active project: not the filtered ones
    bool ok = false;
    if (id == QLatin1String("measures-by-area"))
        ok = buildMeasuresByArea(c, out, error);
    else if (id == QLatin1String("measures-progress"))
        ok = buildMeasuresProgress(c, out, error);
    else if (id == QLatin1String("project-health-cost"))
        ok = buildHealth(c, Indicator::Cost, health, out, error);
    else if (id == QLatin1String("project-health-schedule"))
        ok = buildHealth(c, Indicator::Schedule, health, out, error);
    else if (id == QLatin1String("health-trend"))
        ok = buildTrend(c, out, error);
    else if (id == QLatin1String("workforce-by-specialty"))
        ok = buildWorkforce(c, out, error);
    else if (id == QLatin1String("envelopes-by-organization"))
        ok = buildEnvelopesByOrganization(c, out, error);
    else if (id == QLatin1String("envelopes-by-year"))
        ok = buildEnvelopesByYear(c, out, error);
    if (ok && out->emptyText.isEmpty() && (out->categories.isEmpty() || out->series.isEmpty()))
        out->emptyText = tr("Nothing to show for these filters.");
    // A name shown in the other language is marked (BilingualText::shown); the footer says what the
    // mark means, since a chart on paper has no tooltip.
    const QString marker = BilingualText::fallbackMarker();
    bool marked = std::any_of(out->categories.cbegin(), out->categories.cend(),
                              [&marker](const QString &category) { return category.contains(marker); });
    for (const ChartSeries &s : std::as_const(out->series))
        marked = marked || s.name.contains(marker);
    if (ok && marked && !out->isEmpty())
        out->notes.append(tr("‡ Not translated: shown in the other language."));
    return ok;
}

QList<FilterChoice> ChartDataBuilder::organizations(const PortfolioFile &file, const QString &language)
{
    QList<FilterChoice> out;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    if (q.exec(QStringLiteral("SELECT id, code, name_en, name_fr FROM organization ORDER BY ")
               + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("code")))) {
        while (q.next()) {
            const QString name = BilingualText { q.value(2).toString(), q.value(3).toString() }.shown(language);
            out.append({ q.value(0).toLongLong(),
                         name.isEmpty() ? q.value(1).toString()
                                        : QStringLiteral("%1 – %2").arg(q.value(1).toString(), name) });
        }
        readComplete(file, q);
    }
    return out;
}

QList<FilterChoice> ChartDataBuilder::keyAreas(const PortfolioFile &file, const QString &language)
{
    QList<FilterChoice> out;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    QStringList labels, plans;
    if (q.exec(QStringLiteral("SELECT k.id, k.number, k.title_en, k.title_fr, p.code FROM key_area k "
                              "JOIN plan p ON p.id = k.plan_id ORDER BY p.id, k.number, k.id"))) {
        while (q.next()) {
            const BilingualText title { q.value(2).toString(), q.value(3).toString() };
            out.append(FilterChoice { q.value(0).toLongLong(), QString() });
            labels.append(tr("Area %1: %2").arg(q.value(1).toInt()).arg(title.shown(language)));
            plans.append(q.value(4).toString());
        }
        readComplete(file, q);
    }
    withPlanCodes(&labels, plans);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].label = labels.at(i);
    return out;
}

QString formatPercent(double value, const QLocale &locale, int decimals)
{
    const QString n = locale.toString(value, 'f', decimals);
    if (locale.language() == QLocale::French)
        return n + QChar(0x00A0) + QLatin1Char('%');
    return n + QLatin1Char('%');
}

} // namespace Vigie
