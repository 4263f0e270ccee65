#include "projectquery.h"

#include "model/projecttext.h"
#include "storage/rangescan.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QVariantList>

#include <algorithm>

namespace Vigie {

namespace {

// What SQLite and a server spell differently comes from SqlDialect (storage/sqldialect.h); on SQLite every
// text below is the one SQLite has always run (the million-project benchmark's).

// Staleness::count's rule (analysis/staleness.h): an active project not touched since the as-of date.
QString stalePredicate(const QSqlDatabase &db, const QDate &before, QVariantList *binds)
{
    if (!before.isValid())
        return SqlDialect::noRows(db);
    *binds << before.toString(Qt::ISODate);
    return QStringLiteral("(p.state = 'active' AND (p.touched IS NULL OR substr(p.touched, 1, 10) < ?))");
}

bool isAsciiText(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.unicode() < 0x80; });
}

// Stored colours ('green', 'yellow', 'red', NULL) as Health values (Unrated 0 … Red 3).
QString rank(const char *column)
{
    return QStringLiteral("(CASE %1 WHEN 'green' THEN 1 WHEN 'yellow' THEN 2 WHEN 'red' THEN 3 ELSE 0 END)")
        .arg(QLatin1String(column));
}

// The colours as Project computes them (model/entities.h): effective = declared where set, else computed;
// the effective overall falls back on the worse of the effective cost and schedule colours.
struct Colours
{
    explicit Colours(const QSqlDatabase &db)
        : computedOverall(SqlDialect::larger(db, cc, cs))
        , effOverall(QStringLiteral("(CASE WHEN %1 > 0 THEN %1 ELSE %2 END)")
                         .arg(dov, SqlDialect::larger(db, effCost, effSchedule)))
    {
    }
    QString cc = rank("p.computed_cost");
    QString cs = rank("p.computed_schedule");
    QString dc = rank("p.declared_cost");
    QString ds = rank("p.declared_schedule");
    QString dov = rank("p.declared_overall");
    QString effCost = QStringLiteral("(CASE WHEN %1 > 0 THEN %1 ELSE %2 END)").arg(dc, cc);
    QString effSchedule = QStringLiteral("(CASE WHEN %1 > 0 THEN %1 ELSE %2 END)").arg(ds, cs);
    QString computedOverall;
    QString effOverall;

    QString differs() const
    {
        return QStringLiteral("(%1 <> %2 OR %3 <> %4 OR %5 <> %6)")
            .arg(effCost, cc, effSchedule, cs, effOverall, computedOverall);
    }
    // Any colour shown (declared where set) greener than the rule's, as SummaryBuilder counts it.
    QString greener() const
    {
        return QStringLiteral("((%1 > 0 AND %2 > 0 AND %1 < %2) OR (%3 > 0 AND %4 > 0 AND %3 < %4) OR (%5 > 0 AND %6 > 0 AND %5 < %6))")
            .arg(effCost, cc, effSchedule, cs, effOverall, computedOverall);
    }
};

// A search in the code, both names, or the organization's code and names: one test per column (no key
// built per row), the organizations matched once.
QString textMatch(const QSqlDatabase &db, const QString &text, QVariantList *binds)
{
    QString test;
    QVariant needle;
    if (isAsciiText(text)) {
        // SQLite's LIKE ignores the case of ASCII letters, which is all an ASCII needle can match.
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        test = SqlDialect::likeIgnoringAsciiCase(db, QStringLiteral("%1"));
        needle = QStringLiteral("%") + escaped + QStringLiteral("%");
    } else {
        // Other needles go through QString::toLower like the rest of Vigie's searches.
        test = SqlDialect::containsBound(db, SqlDialect::lowered(db, QStringLiteral("%1")));
        needle = text;
    }
    QStringList project, organization;
    for (const char *column : { "p.code", "p.name_en", "p.name_fr" }) {
        project << test.arg(QLatin1String(column));
        *binds << needle;
    }
    for (const char *column : { "o.code", "o.name_en", "o.name_fr" }) {
        organization << test.arg(QLatin1String(column));
        *binds << needle;
    }
    return QStringLiteral("(%1 OR p.organization_id IN (SELECT o.id FROM organization o WHERE %2))")
        .arg(project.join(QStringLiteral(" OR ")), organization.join(QStringLiteral(" OR ")));
}

// Cost variance in percent against `base` (HealthRule::costVariance), NULL when it cannot be computed.
QString costVariance(const QString &base)
{
    return QStringLiteral("(CASE WHEN p.forecast_cost IS NOT NULL AND %1 > 0 THEN (p.forecast_cost - %1) / %1 * 100.0 END)")
        .arg(base);
}

// Schedule variance in percent (HealthRule::scheduleVariance): the slip over the planned duration.
QString scheduleVariance(const QSqlDatabase &db, const QString &end)
{
    const QString e = SqlDialect::julianDay(db, end);
    const QString start = SqlDialect::julianDay(db, QStringLiteral("p.planned_start"));
    return QStringLiteral("(CASE WHEN %1 - %2 > 0 THEN (%3 - %1) / (%1 - %2) * 100.0 END)")
        .arg(e, start, SqlDialect::julianDay(db, QStringLiteral("p.forecast_end")));
}

// The name the table shows in `language`: the other language's when this one is blank (Lookup::display).
QString shownName(const QString &language)
{
    const bool french = language.startsWith(QLatin1String("fr"));
    const char *wanted = french ? "p.name_fr" : "p.name_en";
    const char *other = french ? "p.name_en" : "p.name_fr";
    return QStringLiteral("(CASE WHEN trim(%1) = '' AND trim(%2) <> '' THEN %2 ELSE %1 END)")
        .arg(QLatin1String(wanted), QLatin1String(other));
}

// Whether a sort key is text (ordered by code point on both back ends) rather than a number.
bool textKey(ProjectQuery::Sort sort)
{
    using S = ProjectQuery::Sort;
    return sort == S::Code || sort == S::Name || sort == S::Organization || sort == S::Updated
        || sort == S::PlannedEnd || sort == S::ForecastEnd || sort == S::Phase;
}

QString sortKey(const QSqlDatabase &db, const ProjectQuery &q, const Colours &c, QVariantList *binds)
{
    using S = ProjectQuery::Sort;
    switch (q.sort) {
    case S::Code: return QStringLiteral("p.code");
    case S::Name: return SqlDialect::folded(db, shownName(q.language));
    case S::Organization: return SqlDialect::folded(db, QStringLiteral("COALESCE(o.code, '')"));
    case S::Cost: return QStringLiteral("(%1 * 4 + %2)").arg(c.cc, c.effCost);
    case S::Schedule: return QStringLiteral("(%1 * 4 + %2)").arg(c.cs, c.effSchedule);
    case S::Overall: return QStringLiteral("(%1 * 4 + %2)").arg(c.computedOverall, c.effOverall);
    case S::Updated: return QStringLiteral("p.touched");
    case S::Budget: return QStringLiteral("p.budget");
    case S::ForecastCost: return QStringLiteral("COALESCE(p.forecast_cost, -1)");
    case S::PlannedEnd: return QStringLiteral("p.planned_end");
    case S::ForecastEnd: return QStringLiteral("p.forecast_end");
    case S::CostVariance:
        return QStringLiteral("COALESCE(p.reported_cost_variance, %1, -1e12)").arg(costVariance(QStringLiteral("p.budget")));
    case S::CostVarianceOriginal:
        return QStringLiteral("COALESCE(%1, -1e12)")
            .arg(costVariance(QStringLiteral("(CASE WHEN p.original_budget > 0 THEN p.original_budget ELSE p.budget END)")));
    case S::ScheduleVariance:
        return QStringLiteral("COALESCE(p.reported_schedule_variance, %1, -1e12)")
            .arg(scheduleVariance(db, QStringLiteral("p.planned_end")));
    case S::ScheduleVarianceOriginal:
        return QStringLiteral("COALESCE(%1, -1e12)")
            .arg(scheduleVariance(db, QStringLiteral("COALESCE(NULLIF(p.original_end, ''), p.planned_end)")));
    case S::Phase: {
        // The translated word, as shown; a phase Vigie does not know sorts as written.
        QString cases;
        for (const QString &key : PhaseText::keys()) {
            cases += QStringLiteral(" WHEN ? THEN ?");
            *binds << key << PhaseText::label(key);
        }
        return SqlDialect::folded(db, QStringLiteral("CASE p.phase%1 ELSE p.phase END").arg(cases));
    }
    case S::State: return QStringLiteral("(CASE p.state WHEN 'completed' THEN 1 WHEN 'cancelled' THEN 2 ELSE 0 END)");
    }
    return QStringLiteral("p.id");
}

// The statement of `q`. `firstTerm`, when given, is the WHERE clause's first test, with its parameters
// bound before the others: a range of rows (RangeScan), or the rows the two halves of a scan chose.
QString build(const QSqlDatabase &db, const ProjectQuery &q, QVariantList *binds, int limit,
              const QString &firstTerm = {}, const QVariantList &firstBinds = {})
{
    const Colours c(db);
    QStringList where;
    QVariantList whereBinds;
    if (!firstTerm.isEmpty()) {
        where << firstTerm;
        whereBinds << firstBinds;
    }
    const bool joinOrganization = q.sort == ProjectQuery::Sort::Organization;
    if (!q.text.isEmpty())
        where << textMatch(db, q.text, &whereBinds);
    if (q.organizationId) {
        where << QStringLiteral("p.organization_id = ?");
        whereBinds << q.organizationId;
    }
    if (q.state >= 0) {
        // Not through the state index: most projects are active, and the order's index (codes) with
        // a test per row gives the first rows at once where the state index would sort them all.
        where << SqlDialect::unindexed(db, QStringLiteral("p.state")) + QStringLiteral(" = ?");
        whereBinds << projectStateKey(ProjectState(q.state));
    }
    if (q.health >= 0) {
        const QString &effective = q.indicator == Indicator::Cost ? c.effCost
            : q.indicator == Indicator::Schedule                  ? c.effSchedule
                                                                  : c.effOverall;
        where << QStringLiteral("%1 = ?").arg(effective);
        whereBinds << q.health;
    }
    if (q.missingTranslation)
        where << QStringLiteral("(trim(p.name_en) = '' OR trim(p.name_fr) = '')");
    if (q.only == ProjectQuery::Only::DeclaredDiffers)
        where << c.differs();
    else if (q.only == ProjectQuery::Only::DeclaredGreener)
        where << c.greener();
    else if (q.only == ProjectQuery::Only::Stale)
        where << stalePredicate(db, q.staleBefore, &whereBinds);
    else if (q.only == ProjectQuery::Only::NoMeasure) // serving no measure of the strategy (the link's index)
        where << QStringLiteral("NOT EXISTS (SELECT 1 FROM project_measure l WHERE l.project_id = p.id)");

    QVariantList sortBinds;
    QString key = sortKey(db, q, c, &sortBinds);
    // The budget index gives the first screen of the unfiltered table in order at once (a million rows:
    // no scan, no sort). A whole answer, or one a filter thins out, is read in row order and sorted:
    // through the index that would be a row lookup per entry, most of them for rows the filter drops.
    const bool onlyState = where.size() == (q.state >= 0 ? 1 : 0) + (firstTerm.isEmpty() ? 0 : 1);
    if (q.sort == ProjectQuery::Sort::Budget && (limit <= 0 || !onlyState))
        key = QStringLiteral("+p.budget");
    QString sql = QStringLiteral("SELECT p.id FROM project p");
    if (joinOrganization)
        sql += QStringLiteral(" LEFT JOIN organization o ON o.id = p.organization_id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // Codes are unique: the code index gives the order without sorting. Other keys tie; row order breaks
    // ties (ascending either way, as a stable sort of the rows in file order does).
    sql += QStringLiteral(" ORDER BY ") + SqlDialect::orderTerm(db, key, textKey(q.sort), q.descending);
    if (q.sort != ProjectQuery::Sort::Code)
        sql += QStringLiteral(", p.id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    // Placeholders in text order: the sort key's come after the filter's.
    *binds << whereBinds << sortBinds;
    return sql;
}

} // namespace

namespace {

// Whether SQLite reads the first rows of `q` in order from an index (the codes; the budgets when nothing
// but the state filters), or must read every row for them.
bool indexedOrder(const ProjectQuery &q)
{
    if (q.sort == ProjectQuery::Sort::Code)
        return true;
    const bool filtered = !q.text.isEmpty() || q.organizationId || q.health >= 0 || q.missingTranslation
        || q.only != ProjectQuery::Only::Any;
    return q.sort == ProjectQuery::Sort::Budget && !filtered;
}

// Runs one statement of ids into *out; false when it failed (*readError says why) or was superseded.
bool runIds(const PortfolioFile &file, const QString &sql, const QVariantList &binds, QVector<RowId> *out,
            const std::function<bool()> &cancelled, QString *readError, QString *error)
{
    const QSqlDatabase db = sqlDatabase(file);
    SqlStatement statement;
    if (!statement.prepare(db, sql, error))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        statement.bind(i + 1, binds.at(i));
    {
        const SqlDialect::Interruption interruption(db, cancelled);
        while (statement.next(readError))
            out->append(statement.integer(0));
    }
    return !statement.failed();
}

} // namespace

bool ProjectQueries::ids(const PortfolioFile &file, const ProjectQuery &query, QVector<RowId> *out, QString *error,
                         const std::function<bool()> &cancelled, int limit)
{
    out->clear();
    const QSqlDatabase db = sqlDatabase(file);
    if (!SqlDialect::prepareTextFunctions(db, error))
        return false;
    QString readError;
    bool ok = false;
    if (limit > 0 && !SqlDialect::isServer(db) && !query.organizationId && query.only != ProjectQuery::Only::Listed
        && !indexedOrder(query)) {
        // A first screen in an order no index gives: SQLite reads every row and keeps the best few. Each
        // half of the table is read at once on its own connection (RangeScan) for its own best rows, and
        // the best of those (at most twice the screen) are chosen again in the same order.
        QVariantList binds;
        const QString sql = build(db, query, &binds, limit, QStringLiteral("%1"));
        QVector<RowId> parts[2];
        RangeScan::Options options;
        options.rowid = QStringLiteral("p.rowid");
        options.rangeFirst = true;
        options.cancelled = cancelled;
        options.prepare = [](const QSqlDatabase &other, QString *why) {
            return SqlDialect::prepareTextFunctions(other, why);
        };
        if (!RangeScan::run(file, QStringLiteral("project"), sql, binds,
                            [&parts](int part, const SqlStatement &row) { parts[part].append(row.integer(0)); },
                            &readError, options)) {
            if (readError.isEmpty())
                return false; // superseded: no error to report
            return setError(error, readError); // RangeScan has said the file is damaged
        }
        if (parts[0].isEmpty() || parts[1].isEmpty()) {
            *out = parts[0].isEmpty() ? parts[1] : parts[0];
            ok = true;
        } else {
            QVariantList chosen;
            QStringList marks;
            for (const QVector<RowId> &part : parts) {
                for (RowId id : part) {
                    chosen << id;
                    marks << QStringLiteral("?");
                }
            }
            binds.clear();
            const QString best = build(db, query, &binds, limit,
                                       QStringLiteral("p.id IN (%1)").arg(marks.join(QLatin1Char(','))), chosen);
            ok = runIds(file, best, binds, out, cancelled, &readError, error);
        }
    } else {
        QVariantList binds;
        const QString sql = build(db, query, &binds, limit);
        ok = runIds(file, sql, binds, out, cancelled, &readError, error);
    }
    if (!ok && readError.isEmpty() && !(cancelled && cancelled()))
        return false; // could not be prepared: *error says why
    if (ok && query.only == ProjectQuery::Only::Listed)
        out->erase(std::remove_if(out->begin(), out->end(), [&](RowId id) { return !query.listed.contains(id); }),
                   out->end());
    if (!ok) {
        out->clear();
        if (cancelled && cancelled())
            return false; // superseded: no error to report
        file.noteReadError(readError);
        return setError(error, readError);
    }
    if (cancelled && cancelled()) {
        out->clear(); // superseded while a server answered (it is not interrupted)
        return false;
    }
    return true;
}

bool ProjectQueries::counts(const PortfolioFile &file, const QDate &staleBefore, ProjectCounts *out, QString *error)
{
    *out = {};
    const QSqlDatabase db = sqlDatabase(file);
    const Colours c(db);
    QVariantList binds;
    const QString stale = stalePredicate(db, staleBefore, &binds);
    SqlStatement statement;
    if (!statement.prepare(db,
                           QStringLiteral("SELECT p.state, count(*), %1, %2, %3 FROM project p GROUP BY p.state")
                               .arg(SqlDialect::countWhere(db, c.differs()), SqlDialect::countWhere(db, c.greener()),
                                    SqlDialect::countWhere(db, stale)),
                           error))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        statement.bind(i + 1, binds.at(i));
    QString readError;
    while (statement.next(&readError)) {
        const int n = int(statement.integer(1));
        out->total += n;
        out->inState[int(projectStateFromKey(QString::fromUtf8(statement.utf8(0))))] += n;
        out->declaredDiffers += int(statement.integer(2));
        out->declaredGreener += int(statement.integer(3));
        out->stale += int(statement.integer(4));
    }
    if (statement.failed()) {
        file.noteReadError(readError);
        return setError(error, readError);
    }
    return true;
}

} // namespace Vigie
