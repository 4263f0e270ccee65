#include "summary.h"
#include "storage/sqlaccess.h"

#include "analysis/jsonwriter.h"
#include "analysis/money.h"
#include "analysis/periods.h"
#include "analysis/projectscan.h"
#include "analysis/staleness.h"
#include "i18n/language.h"
#include "storage/portfoliofile.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cmath>
#include <limits>
#include <string_view>

namespace Vigie {

namespace {

double rounded(double value, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(value * f) / f;
}

void addTo(HealthBucket &bucket, double amount)
{
    bucket.count++;
    bucket.amount += amount;
}

// The active projects in one scan of the table (ProjectScan): each row's raw colours are read as they
// are stored and folded with the model's own rule (the effective colour is the declared one where set,
// else the computed one; the effective overall is the declared overall, else the worse of the effective
// cost and schedule). The computed and declared colours are counted beside it, never hidden, and the
// colours the rule gives against the original baseline of re-authorized projects. Sums run in row order,
// as SQLite's SUM() does.
// One pass over the projects for every project figure, staleness included (a second pass over a million
// projects through the state index was most of `vigie summary`'s time at that size).
bool addProjects(const PortfolioFile &file, const HealthRule &rule, const StaleReference &stale, Summary *s,
                 QString *error)
{
    HonestColours &h = s->honest;
    const QByteArray staleBefore = stale.active ? stale.period.asOf.toString(Qt::ISODate).toLatin1() : QByteArray();
    // The active projects serving no measure: the projects that have links, in id order on the links'
    // (project, measure) key, merged into the scan as it goes (in a file the scan is in id order too; should
    // an id come out of order, as a server may give them, they are counted apart below). A project with
    // several links comes several times, passed over as the scan goes by (no DISTINCT: a third of the time).
    SqlStatement linked;
    if (!linked.prepare(sqlDatabase(file), QStringLiteral("SELECT project_id FROM project_measure ORDER BY project_id"),
                        error))
        return false;
    bool haveLink = linked.next(error);
    if (!haveLink && linked.failed())
        return false;
    qint64 lastId = std::numeric_limits<qint64>::min();
    bool inIdOrder = true;
    int unlinked = 0;
    const bool ok = ProjectScan::run(
        file, true,
        [&](const ProjectColours &row) {
            inIdOrder = inIdOrder && row.id > lastId;
            lastId = row.id;
            if (!row.active)
                return;
            if (inIdOrder) {
                while (haveLink && linked.integer(0) < row.id)
                    haveLink = linked.next(error);
                if (!haveLink || linked.integer(0) != row.id)
                    ++unlinked;
            }
            const double budget = row.figures.budget;
            s->activeProjects++;
            s->totalAmount += budget;
            if (stale.active && (row.touchedDay.isEmpty() || row.touchedDay < QByteArrayView(staleBefore)))
                s->staleProjects++; // Staleness::count's rule: an active project not touched since the as-of date
            addTo(s->cost.bucket(row.effective(Indicator::Cost)), budget);
            addTo(s->schedule.bucket(row.effective(Indicator::Schedule)), budget);
            addTo(s->overall.bucket(row.effective(Indicator::Overall)), budget);
            Health original[3] = { row.computedCost(), row.computedSchedule(), row.computedOverall() };
            if (row.original) {
                h.rebaselined++;
                const Project p = row.againstOriginal();
                original[0] = rule.computeCost(p);
                original[1] = rule.computeSchedule(p);
                original[2] = worse(original[0], original[1]);
            }
            bool hidden = false; // a colour shown greener than the rule's, on any indicator
            for (Indicator ind : { Indicator::Cost, Indicator::Schedule, Indicator::Overall }) {
                const int i = int(ind);
                const Health declared = row.declared(ind);
                const Health computed = row.computed(ind);
                hidden = hidden || declaredGreener(row.effective(ind), computed);
                addTo(h.computed[i].bucket(computed), budget);
                addTo(h.declared[i].bucket(declared), budget);
                addTo(h.computedOriginal[i].bucket(original[i]), budget);
                h.declaredVsComputed[i][int(declared)][int(computed)]++;
                if (declaredGreener(declared, computed))
                    addTo(h.declaredGreener[i], budget);
            }
            if (hidden)
                addTo(h.declaredGreenerAny, budget);
        },
        error, false);
    if (!ok || linked.failed())
        return false;
    if (inIdOrder) {
        s->activeWithoutMeasure = unlinked;
        return true;
    }
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM project p WHERE p.state = 'active' AND NOT EXISTS "
                               "(SELECT 1 FROM project_measure l WHERE l.project_id = p.id)"))
        || !q.next())
        return setError(error, sqlErrorText(q.lastError()));
    s->activeWithoutMeasure = q.value(0).toInt();
    return true;
}

JsonTree bucketJson(const HealthBucket &b, int active, double total)
{
    JsonTree o = JsonTree::object();
    o.insert(QLatin1String("count"), b.count);
    o.insert(QLatin1String("percent"), Summary::percent(b.count, active, 1));
    o.insert(QLatin1String("amount"), rounded(b.amount, 2));
    o.insert(QLatin1String("amount_percent"), Summary::percent(b.amount, total, 2));
    return o;
}

JsonTree indicatorJson(const IndicatorSummary &s, int active, double total)
{
    JsonTree o = JsonTree::object();
    for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated })
        o.insert(h == Health::Unrated ? QStringLiteral("unrated") : HealthText::key(h),
                 bucketJson(s.bucket(h), active, total));
    return o;
}

const Health kColours[] = { Health::Green, Health::Yellow, Health::Red, Health::Unrated };
const Indicator kIndicators[] = { Indicator::Cost, Indicator::Schedule, Indicator::Overall };

QString colourKey(Health h)
{
    return h == Health::Unrated ? QStringLiteral("unrated") : HealthText::key(h);
}

QString indicatorKey(Indicator i)
{
    switch (i) {
    case Indicator::Cost: return QStringLiteral("cost");
    case Indicator::Schedule: return QStringLiteral("schedule");
    case Indicator::Overall: break;
    }
    return QStringLiteral("overall");
}

JsonTree countAmount(const HealthBucket &b)
{
    JsonTree o = JsonTree::object();
    o.insert(QLatin1String("count"), b.count);
    o.insert(QLatin1String("amount"), rounded(b.amount, 2));
    return o;
}

// {"cost": {"green": {"count", "amount"}, ...}, "schedule": ..., "overall": ...}
JsonTree coloursJson(const IndicatorSummary (&by)[3])
{
    JsonTree o = JsonTree::object();
    for (Indicator i : kIndicators) {
        JsonTree colours = JsonTree::object();
        for (Health h : kColours)
            colours.insert(colourKey(h), countAmount(by[int(i)].bucket(h)));
        o.insert(indicatorKey(i), std::move(colours));
    }
    return o;
}

void addHonestJson(JsonTree *projects, const HonestColours &h)
{
    projects->insert(QLatin1String("computed"), coloursJson(h.computed));
    projects->insert(QLatin1String("declared"), coloursJson(h.declared));
    projects->insert(QLatin1String("computed_original"), coloursJson(h.computedOriginal));
    JsonTree crossed = JsonTree::object(), greener = JsonTree::object();
    for (Indicator i : kIndicators) {
        JsonTree byDeclared = JsonTree::object();
        for (Health d : kColours) {
            JsonTree byComputed = JsonTree::object();
            for (Health c : kColours)
                byComputed.insert(colourKey(c), h.declaredVsComputed[int(i)][int(d)][int(c)]);
            byDeclared.insert(colourKey(d), std::move(byComputed));
        }
        crossed.insert(indicatorKey(i), std::move(byDeclared));
        greener.insert(indicatorKey(i), countAmount(h.declaredGreener[int(i)]));
    }
    greener.insert(QLatin1String("any"), countAmount(h.declaredGreenerAny));
    projects->insert(QLatin1String("declared_vs_computed"), std::move(crossed));
    projects->insert(QLatin1String("declared_greener"), std::move(greener));
    projects->insert(QLatin1String("rebaselined"), h.rebaselined);
}

JsonTree statusJson(const int byStatus[4])
{
    JsonTree o = JsonTree::object();
    for (MeasureStatus s : allMeasureStatuses)
        o.insert(MeasureStatusText::key(s), byStatus[int(s)]);
    return o;
}

// The latest survey's totals in one scan of the workforce: with no index on the survey date, MAX() in a
// subquery and the totals were two scans. Sums run in rowid order, as SQLite's SUM() does.
bool addWorkforce(const PortfolioFile &file, Summary *s, QString *error)
{
    SqlStatement q;
    if (!q.prepare(sqlDatabase(file),
                   QStringLiteral("SELECT survey_date, organization_id, internal_fte, external_fte FROM workforce"),
                   error))
        return false;
    QByteArray latest;
    double internal = 0.0, external = 0.0;
    QSet<qint64> organizations;
    while (q.next(error)) {
        const QByteArrayView date = q.utf8(0);
        const int order = std::string_view(date.data(), size_t(date.size()))
                              .compare(std::string_view(latest.constData(), size_t(latest.size())));
        if (order < 0)
            continue;
        if (order > 0) {
            latest = date.toByteArray();
            internal = external = 0.0;
            organizations.clear();
        }
        organizations.insert(q.integer(1));
        internal += q.real(2);
        external += q.real(3);
    }
    if (!statementComplete(file, q, error))
        return false;
    s->internalFte = internal;
    s->externalFte = external;
    s->workforceOrganizations = int(organizations.size());
    s->workforceSurvey = QDate::fromString(QString::fromUtf8(latest), Qt::ISODate);
    return true;
}

} // namespace

bool areasOfSeveralPlans(const QList<AreaSummary> &areas)
{
    return spansSeveralPlans(areas, &AreaSummary::planCode);
}

const HealthBucket &IndicatorSummary::bucket(Health h) const
{
    switch (h) {
    case Health::Green: return green;
    case Health::Yellow: return yellow;
    case Health::Red: return red;
    case Health::Unrated: break;
    }
    return unrated;
}

HealthBucket &IndicatorSummary::bucket(Health h)
{
    return const_cast<HealthBucket &>(static_cast<const IndicatorSummary *>(this)->bucket(h));
}

double Summary::percent(double part, double whole, int decimals)
{
    return whole > 0 ? rounded(part / whole * 100.0, decimals) : 0.0;
}

double Summary::externalPercent() const
{
    return percent(externalFte, internalFte + externalFte, 1);
}

const IndicatorSummary &Summary::indicator(Indicator i) const
{
    switch (i) {
    case Indicator::Cost: return cost;
    case Indicator::Schedule: return schedule;
    case Indicator::Overall: break;
    }
    return overall;
}

bool SummaryBuilder::compute(const PortfolioFile &file, Summary *s, QString *error)
{
    *s = Summary();
    QSqlDatabase db = sqlDatabase(file);
    const PortfolioInfo info = file.info();
    s->portfolioName = info.displayName(Language::current()); // the reader's language, as the overview
    s->currency = info.currency;
    const HealthRule rule = PortfolioFile::healthRuleOf(info);
    s->ruleName = rule.displayName();

    QSqlQuery q(db);
    readForwardOnly(q);
    // By key area (its id: two plans may number theirs alike), plan after plan.
    if (!q.exec(QStringLiteral("SELECT k.id, k.number, k.title_en, k.title_fr, m.status, COUNT(m.id), p.code, p.title_en, "
                               "p.title_fr FROM key_area k JOIN plan p ON p.id = k.plan_id "
                               "LEFT JOIN measure m ON m.key_area_id = k.id "
                               "GROUP BY p.id, k.id, m.status ORDER BY p.id, k.number, k.id")))
        return setError(error, sqlErrorText(q.lastError()));
    qint64 areaId = 0;
    while (q.next()) {
        if (s->areas.isEmpty() || q.value(0).toLongLong() != areaId) {
            areaId = q.value(0).toLongLong();
            AreaSummary area;
            area.number = q.value(1).toInt();
            area.title = { q.value(2).toString(), q.value(3).toString() };
            area.planCode = q.value(6).toString();
            area.plan = { q.value(7).toString(), q.value(8).toString() };
            s->areas.append(area);
        }
        const int count = q.value(5).toInt();
        if (count == 0)
            continue;
        const auto status = MeasureStatusText::fromKey(q.value(4).toString());
        if (!status)
            continue;
        s->areas.last().byStatus[int(*status)] += count;
        s->measuresByStatus[int(*status)] += count;
        s->measuresTotal += count;
    }
    if (!readComplete(file, q, error))
        return false;

    const StaleReference reference = Staleness::reference(file);
    if (!addProjects(file, rule, reference, s, error))
        return false;

    if (!addWorkforce(file, s, error))
        return false;

    if (!Staleness::countMeasures(file, reference, &s->staleMeasures, error))
        return false;
    if (reference.active)
        s->stalePeriod = Periods::displayLabel(reference.period, Language::current());

    // MAX(fiscal_year): one year, and an aggregate (both back ends answer one row, NULL when empty).
    if (!q.exec(QStringLiteral("SELECT MAX(fiscal_year), COALESCE(SUM(planned_needs), 0.0), "
                               "COALESCE(SUM(granted), 0.0), COALESCE(SUM(committed), 0.0) "
                               "FROM envelope WHERE fiscal_year = (SELECT MAX(fiscal_year) FROM envelope)")))
        return setError(error, sqlErrorText(q.lastError()));
    if (!readRow(file, q, error))
        return false;
    s->envelopeYear = q.value(0).toInt();
    s->envelopeNeeds = q.value(1).toDouble();
    s->envelopeGranted = q.value(2).toDouble();
    s->envelopeCommitted = q.value(3).toDouble();
    return true;
}

JsonTree SummaryBuilder::toJsonTree(const Summary &s)
{
    JsonTree areas = JsonTree::array();
    for (const AreaSummary &a : s.areas) {
        JsonTree o = JsonTree::object();
        o.insert(QLatin1String("plan"), a.planCode);
        o.insert(QLatin1String("number"), a.number);
        o.insert(QLatin1String("title"), a.title.en);
        o.insert(QLatin1String("title_fr"), a.title.fr);
        o.insert(QLatin1String("total"), a.total());
        o.insert(QLatin1String("by_status"), statusJson(a.byStatus));
        areas.append(std::move(o));
    }
    JsonTree measures = JsonTree::object();
    measures.insert(QLatin1String("total"), s.measuresTotal);
    measures.insert(QLatin1String("by_status"), statusJson(s.measuresByStatus));
    measures.insert(QLatin1String("by_area"), std::move(areas));
    measures.insert(QLatin1String("stale"), s.staleMeasures);

    JsonTree projects = JsonTree::object();
    projects.insert(QLatin1String("active"), s.activeProjects);
    projects.insert(QLatin1String("total_amount"), rounded(s.totalAmount, 2));
    projects.insert(QLatin1String("rule"), s.ruleName);
    projects.insert(QLatin1String("cost"), indicatorJson(s.cost, s.activeProjects, s.totalAmount));
    projects.insert(QLatin1String("schedule"), indicatorJson(s.schedule, s.activeProjects, s.totalAmount));
    projects.insert(QLatin1String("overall"), indicatorJson(s.overall, s.activeProjects, s.totalAmount));
    addHonestJson(&projects, s.honest);
    projects.insert(QLatin1String("stale"), s.staleProjects);

    JsonTree workforce = JsonTree::object();
    workforce.insert(QLatin1String("internal"), rounded(s.internalFte, 1));
    workforce.insert(QLatin1String("external"), rounded(s.externalFte, 1));
    workforce.insert(QLatin1String("external_percent"), s.externalPercent());
    workforce.insert(QLatin1String("organizations"), s.workforceOrganizations);
    workforce.insert(QLatin1String("survey"), s.workforceSurvey.toString(Qt::ISODate));

    JsonTree envelopes = JsonTree::object();
    envelopes.insert(QLatin1String("fiscal_year"), s.envelopeYear ? fiscalYearLabel(s.envelopeYear) : QString());
    envelopes.insert(QLatin1String("planned_needs"), rounded(s.envelopeNeeds, 2));
    envelopes.insert(QLatin1String("granted"), rounded(s.envelopeGranted, 2));
    envelopes.insert(QLatin1String("committed"), rounded(s.envelopeCommitted, 2));

    JsonTree root = JsonTree::object();
    root.insert(QLatin1String("portfolio"), s.portfolioName);
    root.insert(QLatin1String("measures"), std::move(measures));
    root.insert(QLatin1String("projects"), std::move(projects));
    root.insert(QLatin1String("workforce"), std::move(workforce));
    root.insert(QLatin1String("envelopes"), std::move(envelopes));
    return root;
}

QJsonObject SummaryBuilder::toJson(const Summary &s)
{
    return toJsonTree(s).toJsonObject();
}

QSet<QString> SummaryBuilder::jsonIntegerKeys()
{
    return { QStringLiteral("count"), QStringLiteral("total"), QStringLiteral("active"), QStringLiteral("number"),
             QStringLiteral("organizations"), QStringLiteral("completed"), QStringLiteral("under_way"),
             QStringLiteral("not_started"), QStringLiteral("cancelled"), QStringLiteral("green"),
             QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("unrated"),
             QStringLiteral("rebaselined"), QStringLiteral("stale") };
}

bool declaredGreener(Health declared, Health computed)
{
    return declared != Health::Unrated && computed != Health::Unrated && int(declared) < int(computed);
}

QString SummaryBuilder::declaredGreenerText(const HealthBucket &b, const QLocale &locale, const QString &currency)
{
    if (b.count == 0)
        return QString();
    return tr("Declared greener than computed: %n project(s) (%1)", nullptr, b.count)
        .arg(formatMoneyMillions(b.amount, locale, 2, currency));
}

QString SummaryBuilder::toJsonText(const Summary &summary)
{
    return toJsonTree(summary).toText();
}

QString SummaryBuilder::toText(const Summary &s, const QLocale &locale)
{
    const QString lang = Language::code(locale);
    auto pct = [&](double v, int d) { return tr("%1%").arg(locale.toString(v, 'f', d)); };
    QStringList out;
    out << tr("Portfolio: %1").arg(s.portfolioName) << QString();
    out << tr("Measures: %Ln in total", nullptr, s.measuresTotal);
    for (MeasureStatus st : allMeasureStatuses)
        out << tr("  %1: %2").arg(MeasureStatusText::label(st), locale.toString(s.measuresByStatus[int(st)]));
    const bool severalPlans = areasOfSeveralPlans(s.areas);
    for (qsizetype i = 0; i < s.areas.size(); ++i) {
        const AreaSummary &a = s.areas.at(i);
        if (severalPlans && (i == 0 || s.areas.at(i - 1).planCode != a.planCode))
            out << tr("  Plan %1, %2").arg(a.planCode, a.plan.in(lang));
        out << (severalPlans ? QStringLiteral("  ") : QString()) // under its plan
                + tr("  Key area %1, %2: %n completed of %3", nullptr, a.byStatus[int(MeasureStatus::Completed)])
                   .arg(a.number)
                   .arg(a.title.in(lang))
                   .arg(a.total());
    }
    out << QString();
    out << tr("Active projects: %1, authorized budgets %2")
               .arg(locale.toString(s.activeProjects), formatMoneyMillions(s.totalAmount, locale, 2, s.currency));
    out << tr("Health rule: %1").arg(s.ruleName);
    for (Indicator ind : { Indicator::Cost, Indicator::Schedule, Indicator::Overall }) {
        out << tr("  %1 indicator:").arg(HealthText::indicatorLabel(ind));
        const IndicatorSummary &is = s.indicator(ind);
        for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated }) {
            const HealthBucket &b = is.bucket(h);
            out << tr("    %1: %Ln projects (%2), %3 (%4)", nullptr, b.count)
                       .arg(HealthText::label(h),
                            pct(Summary::percent(b.count, s.activeProjects, 1), 1),
                            formatMoneyMillions(b.amount, locale, 2, s.currency),
                            pct(Summary::percent(b.amount, s.totalAmount, 2), 2));
        }
    }
    const HonestColours &h = s.honest;
    out << tr("  Computed overall (the rule alone): %1 green, %2 yellow, %3 red, %4 unrated")
               .arg(locale.toString(h.computed[2].green.count), locale.toString(h.computed[2].yellow.count),
                    locale.toString(h.computed[2].red.count), locale.toString(h.computed[2].unrated.count));
    const QString greener = declaredGreenerText(h.declaredGreenerAny, locale, s.currency);
    if (!greener.isEmpty())
        out << QStringLiteral("  ") + greener;
    out << tr("  Re-baselined: %n project(s); against original baselines: %1 green, %2 yellow, %3 red",
              nullptr, h.rebaselined)
               .arg(locale.toString(h.computedOriginal[2].green.count),
                    locale.toString(h.computedOriginal[2].yellow.count),
                    locale.toString(h.computedOriginal[2].red.count));
    if (!s.stalePeriod.isEmpty()) {
        //: %1 a reporting period; stale: not updated since that period
        out << tr("Stale, not updated since %1: %2 active projects, %3 measures")
                   .arg(s.stalePeriod, locale.toString(s.staleProjects), locale.toString(s.staleMeasures));
    }
    out << QString();
    out << tr("Workforce: %1 internal and %2 external FTEs (%3 external), %4 organizations")
               .arg(locale.toString(s.internalFte, 'f', 1), locale.toString(s.externalFte, 'f', 1),
                    pct(s.externalPercent(), 1), locale.toString(s.workforceOrganizations));
    if (s.envelopeYear) {
        out << tr("Envelopes %1: planned needs %2, granted %3, committed %4")
                   .arg(fiscalYearLabel(s.envelopeYear), formatMoneyMillions(s.envelopeNeeds, locale, 2, s.currency),
                        formatMoneyMillions(s.envelopeGranted, locale, 2, s.currency), formatMoneyMillions(s.envelopeCommitted, locale, 2, s.currency));
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString formatMoneyMillions(double amount, const QLocale &locale, int decimals)
{
    // One rule everywhere: millions with a fixed number of decimals, so a
    // column of amounts lines up ("$5.20M", "$2.00M", "$0.00M"); an amount too small to show in
    // millions (it would read "$0.00M") is written in thousands instead ("$3.5K", « 3,5 k$ »). French
    // puts a no-break space before the unit so "M$" never wraps alone onto the next line.
    const double shownUnit = std::pow(10.0, -decimals) / 2.0; // half of the last digit, in millions
    const bool thousands = amount != 0.0 && std::abs(amount) / 1e6 < shownUnit;
    const QString number = thousands ? locale.toString(amount / 1e3, 'f', 1) : locale.toString(amount / 1e6, 'f', decimals);
    if (locale.language() == QLocale::French)
        return number + QChar(0x00A0) + (thousands ? QStringLiteral("k$") : QStringLiteral("M$"));
    // English writes the sign before the currency: "-$0.41M", never "$-0.41M".
    const QString magnitude = number.startsWith(locale.negativeSign()) ? number.mid(locale.negativeSign().size()) : number;
    const QString sign = magnitude.size() == number.size() ? QString() : locale.negativeSign();
    return sign + QLatin1Char('$') + magnitude + (thousands ? QLatin1Char('K') : QLatin1Char('M'));
}

QString formatMoney(double amount, const QLocale &locale)
{
    const QString number = locale.toString(amount, 'f', 2);
    if (locale.language() == QLocale::French)
        return number + QChar(0x00A0) + QLatin1Char('$');
    if (number.startsWith(locale.negativeSign()))
        return locale.negativeSign() + QLatin1Char('$') + number.mid(locale.negativeSign().size());
    return QStringLiteral("$%1").arg(number);
}

} // namespace Vigie
