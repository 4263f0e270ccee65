#include "movers.h"

#include "analysis/periods.h"
#include "i18n/language.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QJsonArray>

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
            const Health cost = effective(HealthText::fromStored(m_q.utf8(2)), HealthText::fromStored(m_q.utf8(3)));
            const Health schedule = effective(HealthText::fromStored(m_q.utf8(4)), HealthText::fromStored(m_q.utf8(5)));
            colour = effective(HealthText::fromStored(m_q.utf8(1)), worse(cost, schedule));
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

void byCode(QList<Mover> *list)
{
    std::sort(list->begin(), list->end(), [](const Mover &a, const Mover &b) { return a.code < b.code; });
}

// Codes and names of the projects that moved (few, whatever the portfolio's size).
bool name(const PortfolioFile &file, QList<Mover> *list, QString *error)
{
    SqlStatement q;
    if (!q.prepare(sqlDatabase(file), QStringLiteral("SELECT uuid, code, name_en, name_fr FROM project WHERE id = ?"),
                   error))
        return false;
    for (Mover &m : *list) {
        q.bind(1, qint64(m.projectId));
        if (q.next(error)) {
            m.uuid = QString::fromUtf8(q.utf8(0));
            m.code = QString::fromUtf8(q.utf8(1));
            m.name = { QString::fromUtf8(q.utf8(2)), QString::fromUtf8(q.utf8(3)) };
            while (q.next(error)) { }
        }
        if (!statementComplete(file, q, error))
            return false;
    }
    byCode(list);
    return true;
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
        out->added.append({ project, {}, code, {}, Health::Unrated, *to });
    else if (!to)
        out->gone.append({ project, {}, code, {}, *from, Health::Unrated });
    else if (*from == *to)
        out->unchanged++;
    else
        (isWorse(*from, *to) ? out->worse : out->better).append({ project, {}, code, {}, *from, *to });
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

bool MoversAnalysis::compute(const PortfolioFile &file, RowId fromPeriod, RowId toPeriod, Movers *out, QString *error)
{
    *out = Movers();
    const std::optional<ReportingPeriod> from = Periods::find(file, fromPeriod);
    if (!from)
        return setError(error, tr("Unknown reporting period."));
    out->from = *from;
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
            out->added.append({ after.id, {}, {}, {}, Health::Unrated, after.colour });
            is = after.next(error);
        } else if (was && (!is || before.id < after.id)) {
            out->gone.append({ before.id, {}, {}, {}, before.colour, Health::Unrated });
            was = before.next(error);
        } else {
            if (before.colour == after.colour)
                out->unchanged++;
            else
                (isWorse(before.colour, after.colour) ? out->worse : out->better)
                    .append({ after.id, {}, {}, {}, before.colour, after.colour });
            was = before.next(error);
            is = after.next(error);
        }
    }
    if (!statementComplete(file, before.statement(), error) || !statementComplete(file, after.statement(), error))
        return false;
    return name(file, &out->worse, error) && name(file, &out->better, error) && name(file, &out->added, error)
        && name(file, &out->gone, error);
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
