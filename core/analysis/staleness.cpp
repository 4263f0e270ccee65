#include "staleness.h"

#include "analysis/periods.h"
#include "i18n/language.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

// Touched stamps are UTC ISO text: their first ten characters are the UTC date, compared with as_of.
const char *const kStaleProjects =
    "SELECT COUNT(*) FROM project WHERE state = 'active' AND (touched IS NULL OR substr(touched, 1, 10) < ?)";
const char *const kStaleMeasures =
    "SELECT COUNT(*) FROM measure WHERE status IN ('not_started', 'under_way') "
    "AND (touched IS NULL OR substr(touched, 1, 10) < ?)";

bool countOne(const PortfolioFile &file, const char *sql, const QString &asOf, int *n, QString *error)
{
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(asOf);
    if (!q.exec() || !q.next())
        return setError(error, sqlErrorText(q.lastError()));
    *n = q.value(0).toInt();
    return true;
}

} // namespace

bool StaleReference::isStale(const QDateTime &touched) const
{
    return active && (!touched.isValid() || touched.toUTC().date() < period.asOf);
}

bool StaleReference::isStale(const Project &project) const
{
    return project.state == ProjectState::Active && isStale(project.touched);
}

bool StaleReference::isStale(const Measure &measure) const
{
    const bool moving = measure.status == MeasureStatus::NotStarted || measure.status == MeasureStatus::UnderWay;
    return moving && isStale(measure.touched);
}

StaleReference Staleness::reference(const PortfolioFile &file)
{
    StaleReference r;
    const QList<ReportingPeriod> periods = Periods::list(file);
    if (!periods.isEmpty()) {
        r.active = true;
        r.period = periods.constLast();
    }
    return r;
}

bool Staleness::count(const PortfolioFile &file, Counts *counts, QString *error)
{
    *counts = Counts();
    const StaleReference ref = reference(file);
    if (!ref.active)
        return true;
    const QString asOf = ref.period.asOf.toString(Qt::ISODate);
    return countOne(file, kStaleProjects, asOf, &counts->projects, error)
        && countOne(file, kStaleMeasures, asOf, &counts->measures, error);
}

bool Staleness::countMeasures(const PortfolioFile &file, const StaleReference &ref, int *measures, QString *error)
{
    *measures = 0;
    return !ref.active || countOne(file, kStaleMeasures, ref.period.asOf.toString(Qt::ISODate), measures, error);
}

QString Staleness::staleText(const QDateTime &touched, const StaleReference &ref, const QLocale &locale)
{
    if (!ref.isStale(touched))
        return QString();
    const QString language = Language::code(locale);
    const QString period = Periods::displayLabel(ref.period, language);
    if (!touched.isValid())
        //: A stale row whose last update is unknown (files from before Vigie kept it); %1 a reporting period
        return tr("No update recorded, before %1").arg(period);
    //: A stale row: %1 the date it was last updated, %2 the latest frozen reporting period
    return tr("Not updated since %1, before %2").arg(touchedText(touched, locale), period);
}

QString Staleness::touchedText(const QDateTime &touched, const QLocale &locale)
{
    if (!touched.isValid())
        //: The last-updated date of an item nothing records an update of
        return tr("Unknown");
    return locale.toString(touched.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace Vigie
