#include "colourmovers.h"

#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Vigie {

namespace {
// Green < yellow < red < unrated: losing a rating is a move for the worse.
int severity(Health h)
{
    return h == Health::Unrated ? 4 : int(h);
}

struct Side
{
    QHash<RowId, Health> overall; // active projects only
};

bool readPeriod(const PortfolioFile &file, RowId period, Side *side, QString *error)
{
    QSqlQuery q(sqlDatabase(file));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT project_id, overall FROM period_project WHERE period_id = ? AND state = 'active'"));
    q.addBindValue(period);
    if (q.exec()) {
        while (q.next())
            side->overall.insert(q.value(0).toLongLong(), HealthText::fromKey(q.value(1).toString()).value_or(Health::Unrated));
    }
    return readComplete(file, q, error);
}
} // namespace

bool ColourMovers::compute(const PortfolioFile &file, RowId fromPeriod, RowId toPeriod, Result *out, QString *error)
{
    *out = Result();
    Side from, to;
    if (!readPeriod(file, fromPeriod, &from, error))
        return false;
    if (toPeriod && !readPeriod(file, toPeriod, &to, error))
        return false;
    // Now: every project's shown colour, read as Project values so the effective colour is the model's.
    QHash<RowId, Mover> known;
    RowId after = 0;
    for (;;) {
        const QList<Project> chunk = Repository::projects(file, after, 5000);
        for (const Project &p : chunk) {
            if (!toPeriod && p.state == ProjectState::Active)
                to.overall.insert(p.id, p.effectiveOverall());
            if (from.overall.contains(p.id) || to.overall.contains(p.id)) {
                Mover m;
                m.id = p.id;
                m.uuid = p.uuid;
                m.code = p.code;
                m.name = p.name;
                known.insert(p.id, m);
            }
        }
        if (chunk.size() < 5000)
            break;
        after = chunk.constLast().id;
    }
    for (auto it = from.overall.cbegin(); it != from.overall.cend(); ++it) {
        Mover m = known.value(it.key());
        m.id = it.key();
        m.from = it.value();
        const auto now = to.overall.constFind(it.key());
        if (now == to.overall.cend()) {
            out->gone.append(m);
            continue;
        }
        m.to = now.value();
        if (severity(m.to) > severity(m.from))
            out->worse.append(m);
        else if (severity(m.to) < severity(m.from))
            out->better.append(m);
        else
            ++out->unchanged;
    }
    for (auto it = to.overall.cbegin(); it != to.overall.cend(); ++it) {
        if (from.overall.contains(it.key()))
            continue;
        Mover m = known.value(it.key());
        m.id = it.key();
        m.to = it.value();
        out->added.append(m);
    }
    for (QList<Mover> *list : { &out->worse, &out->better, &out->added, &out->gone })
        std::sort(list->begin(), list->end(), [](const Mover &a, const Mover &b) { return a.code < b.code; });
    return true;
}

} // namespace Vigie
