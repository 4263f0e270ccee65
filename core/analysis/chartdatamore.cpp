// The chart builders over time and resources: trend across periods, workforce and envelopes.
#include "chartdata_p.h"

#include "analysis/briefingtext.h"
#include "analysis/money.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"

#include "analysis/periods.h"
#include "analysis/summary.h"
#include "storage/portfoliofile.h"
#include "storage/rangescan.h"
#include "storage/sqlutil.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

namespace Vigie::ChartBuild {

bool buildTrend(const Context &c, ChartData *out, QString *error)
{
    // Periods up to the chosen one (all of them without a period filter), oldest first.
    QList<ReportingPeriod> periods = Periods::list(c.file);
    if (c.period) {
        const auto last = std::find_if(periods.begin(), periods.end(),
                                       [&](const ReportingPeriod &p) { return p.id == c.period->id; });
        if (last != periods.end())
            periods.erase(last + 1, periods.end());
    }
    QHash<RowId, int> index;
    for (const ReportingPeriod &p : periods) {
        index.insert(p.id, int(out->categories.size()));
        out->categories.append(Periods::displayLabel(p, c.language));
    }
    const int n = int(periods.size());
    QList<int> active(n, 0), completed(n, 0), measures(n, 0);
    QList<QList<int>> byColour(3, QList<int>(n, 0)); // green, yellow, red

    // Period ids are few and small: a table beats a hash lookup per row.
    std::vector<int> slot;
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        if (it.key() >= 0 && it.key() < 100000) {
            if (size_t(it.key()) >= slot.size())
                slot.resize(size_t(it.key()) + 1, -1);
            slot[size_t(it.key())] = it.value();
        }
    }
    // Counts of one part of the rows: [period][0] active, [period][1..3] green, yellow, red.
    std::vector<std::array<int, 4>> parts[2] = { std::vector<std::array<int, 4>>(size_t(n), { 0, 0, 0, 0 }),
                                                 std::vector<std::array<int, 4>>(size_t(n), { 0, 0, 0, 0 }) };
    const auto count = [&](int part, const SqlStatement &row) {
        const qint64 id = row.integer(0);
        const int i = id >= 0 && size_t(id) < slot.size() ? slot[size_t(id)] : index.value(id, -1);
        if (i < 0)
            return;
        std::array<int, 4> &counts = parts[part][size_t(i)];
        counts[0]++;
        // The stored key, compared as bytes (no QString per row); Health::Green is 1, Red 3.
        const Health h = HealthText::fromStored(row.utf8(1));
        if (h != Health::Unrated)
            counts[size_t(h)]++;
    };

    // The frozen rows of every period in one pass, folded here. Without a filter that is the table in
    // row order (ten million rows at a million projects: a GROUP BY would sort them all, and the join
    // with project cost a lookup per row), in two halves read at once (RangeScan). With one, the
    // projects it names come first, through their indexes, and each one's rows through the (period,
    // project) index.
    QVariantList binds;
    const QString filter = projectFilterSql(c, &binds);
    if (filter.isEmpty()) {
        if (!RangeScan::run(c.file, QStringLiteral("period_project"),
                            QStringLiteral("SELECT period_id, overall FROM period_project WHERE %1 AND ")
                                + SqlDialect::unindexed(sqlDatabase(c.file), QStringLiteral("state"))
                                + QStringLiteral(" = 'active'"),
                            {}, count, error))
            return false;
    } else {
        SqlStatement rows;
        if (!prepare(rows, c,
                     QStringLiteral("SELECT pp.period_id, pp.overall FROM project p "
                                    "CROSS JOIN reporting_period r JOIN period_project pp "
                                    "ON pp.period_id = r.id AND pp.project_id = p.id "
                                    "WHERE pp.state = 'active'")
                         + filter,
                     binds, error))
            return false;
        while (rows.next(error))
            count(0, rows);
        if (!statementComplete(c.file, rows, error))
            return false;
    }
    for (int i = 0; i < n; ++i) {
        for (const auto &part : parts) {
            active[i] += part[size_t(i)][0];
            for (int k = 0; k < 3; ++k)
                byColour[k][i] += part[size_t(i)][size_t(k) + 1];
        }
    }

    QSqlQuery q(sqlDatabase(c.file));
    binds.clear();
    QString measureSql = QStringLiteral("SELECT pm.period_id, SUM(CASE WHEN pm.status = 'completed' THEN 1 ELSE 0 END), COUNT(*) FROM period_measure pm "
                                        "JOIN measure m ON m.id = pm.measure_id WHERE 1 = 1")
        + measureFilterSql(c, &binds);
    if (c.filter.keyAreaId) {
        measureSql += QStringLiteral(" AND m.key_area_id = ?");
        binds.append(c.filter.keyAreaId);
    }
    if (!run(q, measureSql + QStringLiteral(" GROUP BY pm.period_id"), binds, error))
        return false;
    while (q.next()) {
        const int i = index.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        completed[i] += q.value(1).toInt();
        measures[i] += q.value(2).toInt();
    }
    if (!readComplete(c.file, q, error))
        return false;

    const char *const names[] = { QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Green projects"),
                                  QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Yellow projects"),
                                  QT_TRANSLATE_NOOP("Vigie::ChartDataBuilder", "Red projects") };
    const SeriesRole roles[] = { SeriesRole::Green, SeriesRole::Yellow, SeriesRole::Red };
    for (int k = 0; k < 3; ++k) {
        ChartSeries s;
        s.name = ChartDataBuilder::tr(names[k]);
        s.role = roles[k];
        for (int i = 0; i < n; ++i) {
            const double share = Summary::percent(byColour[k][i], active[i], 1);
            s.values.append(share);
            s.labels.append(formatPercent(share, c.locale));
        }
        out->series.append(s);
    }
    ChartSeries done;
    done.name = ChartDataBuilder::tr("Measures completed");
    done.role = SeriesRole::Neutral1;
    for (int i = 0; i < n; ++i) {
        const double share = Summary::percent(completed[i], measures[i], 1);
        done.values.append(share);
        done.labels.append(formatPercent(share, c.locale));
    }
    out->series.append(done);
    out->shape = ChartShape::Lines;
    out->percentAxis = true;
    out->valueMax = 110.0;
    out->valueAxisTitle = ChartDataBuilder::tr("Share (%)");
    out->notes.append(ChartDataBuilder::tr("Projects by overall colour: the declared one, else the worse of the "
                                           "cost and schedule indicators."));
    // The trend plots frozen periods, never the current values the footer says otherwise.
    if (!c.period)
        out->periodText = ChartDataBuilder::tr("Frozen reporting periods");
    if (n == 1) // "from December 2026 to December 2026" said nothing of what a trend needs
        out->subtitle = ChartDataBuilder::tr("One reporting period, %1: a trend needs at least two.")
                            .arg(Periods::displayLabel(periods.first(), c.language));
    else if (n > 1)
        out->subtitle = ChartDataBuilder::tr("Reporting periods from %1 to %2")
                            .arg(Periods::displayLabel(periods.first(), c.language), Periods::displayLabel(periods.last(), c.language));
    if (n == 0)
        out->emptyText = ChartDataBuilder::tr("No reporting period has been frozen yet.");
    return true;
}

bool buildWorkforce(const Context &c, ChartData *out, QString *error)
{
    // The latest survey, or the latest one on or before the chosen period's as-of date.
    QVariantList binds;
    QString surveySql = QStringLiteral("SELECT MAX(survey_date) FROM workforce");
    if (c.period) {
        surveySql += QStringLiteral(" WHERE survey_date <= ?");
        binds.append(c.period->asOf.toString(Qt::ISODate));
    }
    QSqlQuery q(sqlDatabase(c.file));
    if (!run(q, surveySql, binds, error))
        return false;
    if (!readRow(c.file, q, error))
        return false;
    const QString survey = q.value(0).toString();
    binds = { survey };
    QString sql = QStringLiteral("SELECT s.name_en, s.name_fr, s.code, COALESCE(SUM(w.internal_fte), 0.0), "
                                 "COALESCE(SUM(w.external_fte), 0.0) "
                                 "FROM workforce w JOIN specialty s ON s.id = w.specialty_id WHERE w.survey_date = ?");
    if (c.filter.organizationId) {
        sql += QStringLiteral(" AND w.organization_id = ?");
        binds.append(c.filter.organizationId);
    }
    sql += QStringLiteral(" GROUP BY s.id ORDER BY COALESCE(SUM(w.internal_fte), 0.0) + COALESCE(SUM(w.external_fte), 0.0) "
                          "DESC, s.code");
    if (!run(q, sql, binds, error))
        return false;
    const double threshold = ChartDataBuilder::externalRiskThreshold(c.file);
    ChartSeries internal, external, atRisk;
    internal.name = ChartDataBuilder::tr("Internal");
    internal.role = SeriesRole::Neutral1;
    external.name = ChartDataBuilder::tr("External");
    external.role = SeriesRole::Neutral3;
    atRisk.name = ChartDataBuilder::tr("External, at risk (over %1)").arg(formatPercent(threshold, c.locale, 0));
    atRisk.role = SeriesRole::AtRisk;
    double widest = 0.0, totalInternal = 0.0, totalExternal = 0.0;
    int shown = 0, hidden = 0;
    while (q.next()) {
        const double in = q.value(3).toDouble();
        const double ex = q.value(4).toDouble();
        totalInternal += in;
        totalExternal += ex;
        if (shown >= ChartDataBuilder::maxSpecialties()) {
            ++hidden;
            continue;
        }
        ++shown;
        const double share = Summary::percent(ex, in + ex, 1);
        const bool risky = share > threshold;
        QString name = BilingualText { q.value(0).toString(), q.value(1).toString() }.shown(c.language);
        if (name.isEmpty())
            name = q.value(2).toString();
        if (risky) {
            out->highlighted.append(int(out->categories.size()));
            name = ChartDataBuilder::tr("%1 (at risk)").arg(name);
        }
        out->categories.append(name);
        internal.values.append(in);
        internal.labels.append(in > 0 ? number(c, in) : QString());
        external.values.append(risky ? 0.0 : ex);
        external.labels.append(!risky && ex > 0 ? number(c, ex) : QString());
        atRisk.values.append(risky ? ex : 0.0);
        atRisk.labels.append(risky && ex > 0 ? number(c, ex) : QString());
        out->totals.append(ChartDataBuilder::tr("%1 external").arg(formatPercent(share, c.locale)));
        widest = std::max(widest, in + ex);
    }
    if (!readComplete(c.file, q, error))
        return false;
    out->series = { internal, external };
    if (!out->highlighted.isEmpty())
        out->series.append(atRisk);
    out->shape = ChartShape::HorizontalStackedBars;
    out->valueAxisTitle = ChartDataBuilder::tr("Full-time equivalents (FTEs)");
    out->valueMax = niceMax(widest, 1.3);
    // No survey yet (or none by the period's date): no headline, which ended in « relevé du » and no date.
    const QDate surveyDate = dateValue(survey);
    if (surveyDate.isValid()) {
        out->subtitle = ChartDataBuilder::tr("%1 internal and %2 external FTEs (%3 external), survey of %4")
                            .arg(number(c, totalInternal), number(c, totalExternal),
                                 formatPercent(Summary::percent(totalExternal, totalInternal + totalExternal, 1), c.locale),
                                 BriefingText::longDate(surveyDate, c.language));
    }
    out->notes.append(ChartDataBuilder::tr("At risk: more than %1 of the specialty's FTEs are external.")
                          .arg(formatPercent(threshold, c.locale, 0)));
    if (hidden > 0)
        out->notes.append(ChartDataBuilder::tr("Smaller specialties not shown: %1.").arg(number(c, hidden)));
    if (!surveyDate.isValid())
        out->emptyText = c.period ? ChartDataBuilder::tr("No workforce survey as of this reporting period.")
                                  : ChartDataBuilder::tr("No workforce survey yet.");
    else if (shown == 0)
        out->emptyText = ChartDataBuilder::tr("No workforce survey matches the filters.");
    return true;
}

namespace {

struct EnvelopeRow
{
    QString label;
    double needs = 0.0, granted = 0.0, committed = 0.0;
};

void fillEnvelopeSeries(const Context &c, const QList<EnvelopeRow> &rows, ChartData *out)
{
    ChartSeries needs, granted, committed;
    needs.name = ChartDataBuilder::tr("Planned needs");
    needs.role = SeriesRole::Neutral3;
    granted.name = ChartDataBuilder::tr("Granted");
    granted.role = SeriesRole::Neutral1;
    committed.name = ChartDataBuilder::tr("Committed");
    committed.role = SeriesRole::Neutral2;
    double widest = 0.0;
    for (const EnvelopeRow &r : rows) {
        out->categories.append(r.label);
        needs.values.append(r.needs / 1e6);
        granted.values.append(r.granted / 1e6);
        committed.values.append(r.committed / 1e6);
        needs.labels.append(formatMoneyMillions(r.needs, c.locale, 1, c.currency));
        granted.labels.append(formatMoneyMillions(r.granted, c.locale, 1, c.currency));
        committed.labels.append(formatMoneyMillions(r.committed, c.locale, 1, c.currency));
        widest = std::max({ widest, r.needs / 1e6, r.granted / 1e6, r.committed / 1e6 });
    }
    out->series = { needs, granted, committed };
    out->valueAxisTitle = ChartDataBuilder::tr("Millions of dollars");
    out->valueMax = niceMax(widest, 1.3);
    if (rows.isEmpty())
        out->emptyText = filtered(c) ? ChartDataBuilder::tr("No investment envelope matches the filters.")
                                     : ChartDataBuilder::tr("No investment envelope yet.");
}

int fiscalYearOf(const Context &c, const QDate &date)
{
    const int start = c.file.info().fiscalYearStartMonth;
    return date.month() >= start ? date.year() : date.year() - 1;
}

} // namespace

bool buildEnvelopesByOrganization(const Context &c, ChartData *out, QString *error)
{
    QVariantList binds;
    QSqlQuery q(sqlDatabase(c.file));
    int year = 0;
    if (c.period) {
        year = fiscalYearOf(c, c.period->asOf);
    } else {
        if (!run(q, QStringLiteral("SELECT MAX(fiscal_year) FROM envelope"), binds, error))
            return false;
        if (!readRow(c.file, q, error))
            return false;
        year = q.value(0).toInt();
    }
    QString sql = QStringLiteral("SELECT o.code, o.name_en, o.name_fr, e.planned_needs, e.granted, e.committed "
                                 "FROM envelope e JOIN organization o ON o.id = e.organization_id "
                                 "WHERE e.fiscal_year = ?");
    binds = { year };
    if (c.filter.organizationId) {
        sql += QStringLiteral(" AND e.organization_id = ?");
        binds.append(c.filter.organizationId);
    }
    if (!run(q, sql + QStringLiteral(" ORDER BY e.planned_needs DESC, ")
                    + SqlDialect::byCodePoint(sqlDatabase(c.file), QStringLiteral("o.code")), binds, error))
        return false;
    QList<EnvelopeRow> rows;
    EnvelopeRow other;
    int others = 0;
    EnvelopeRow total;
    while (q.next()) {
        EnvelopeRow r;
        // The name, marked when in the other language; the code when there is none or it is too long.
        const BilingualText name { q.value(1).toString(), q.value(2).toString() };
        const QString plain = name.in(c.language);
        r.label = plain.isEmpty() || plain.size() > 42 ? q.value(0).toString() : name.shown(c.language);
        r.needs = q.value(3).toDouble();
        r.granted = q.value(4).toDouble();
        r.committed = q.value(5).toDouble();
        total.needs += r.needs;
        total.granted += r.granted;
        total.committed += r.committed;
        if (rows.size() < ChartDataBuilder::maxEnvelopeOrganizations()) {
            rows.append(r);
        } else {
            ++others;
            other.needs += r.needs;
            other.granted += r.granted;
            other.committed += r.committed;
        }
    }
    if (!readComplete(c.file, q, error))
        return false;
    if (others > 0) {
        other.label = ChartDataBuilder::tr("Other organizations (%1)").arg(number(c, others));
        rows.append(other);
    }
    fillEnvelopeSeries(c, rows, out);
    out->shape = ChartShape::HorizontalBars;
    if (year) {
        out->subtitle = ChartDataBuilder::tr("Fiscal year %1: planned needs %2, granted %3, committed %4")
                            .arg(fiscalYearLabel(year), formatMoneyMillions(total.needs, c.locale, 2, c.currency),
                                 formatMoneyMillions(total.granted, c.locale, 2, c.currency),
                                 formatMoneyMillions(total.committed, c.locale, 2, c.currency));
    }
    return true;
}

bool buildEnvelopesByYear(const Context &c, ChartData *out, QString *error)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT fiscal_year, COALESCE(SUM(planned_needs), 0.0), COALESCE(SUM(granted), 0.0), "
                                 "COALESCE(SUM(committed), 0.0) "
                                 "FROM envelope WHERE 1 = 1");
    if (c.filter.organizationId) {
        sql += QStringLiteral(" AND organization_id = ?");
        binds.append(c.filter.organizationId);
    }
    if (c.period) {
        sql += QStringLiteral(" AND fiscal_year <= ?");
        binds.append(fiscalYearOf(c, c.period->asOf));
    }
    QSqlQuery q(sqlDatabase(c.file));
    if (!run(q, sql + QStringLiteral(" GROUP BY fiscal_year ORDER BY fiscal_year"), binds, error))
        return false;
    QList<EnvelopeRow> rows;
    while (q.next()) {
        EnvelopeRow r;
        r.label = fiscalYearLabel(q.value(0).toInt());
        r.needs = q.value(1).toDouble();
        r.granted = q.value(2).toDouble();
        r.committed = q.value(3).toDouble();
        rows.append(r);
    }
    if (!readComplete(c.file, q, error))
        return false;
    fillEnvelopeSeries(c, rows, out);
    out->shape = ChartShape::Bars;
    if (!rows.isEmpty()) {
        const EnvelopeRow &last = rows.last();
        out->subtitle = ChartDataBuilder::tr("Fiscal year %1: %2 granted of %3 in planned needs")
                            .arg(last.label, formatMoneyMillions(last.granted, c.locale, 2, c.currency),
                                 formatMoneyMillions(last.needs, c.locale, 2, c.currency));
    }
    return true;
}

} // namespace Vigie::ChartBuild
