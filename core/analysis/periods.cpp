#include "periods.h"

#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

const char *const kSelect = "SELECT id, uuid, label, as_of, frozen_at FROM reporting_period";

ReportingPeriod readPeriod(const QSqlQuery &q)
{
    ReportingPeriod p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.label = q.value(2).toString();
    p.asOf = dateValue(q.value(3));
    p.frozenAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    return p;
}

// The effective colours, as SummaryBuilder computes them: declared where set, else computed.
const char *const kCost = "COALESCE(declared_cost, computed_cost)";
const char *const kSchedule = "COALESCE(declared_schedule, computed_schedule)";

} // namespace

QList<ReportingPeriod> Periods::list(const PortfolioFile &file)
{
    QList<ReportingPeriod> periods;
    QSqlQuery q(file.database());
    q.setForwardOnly(true);
    if (q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY as_of, label"))) {
        while (q.next())
            periods.append(readPeriod(q));
    }
    readComplete(file, q); // marks the file damaged when reading failed
    return periods;
}

std::optional<ReportingPeriod> Periods::find(const PortfolioFile &file, const QString &label)
{
    QSqlQuery q(file.database());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE lower(label) = lower(?)"));
    q.addBindValue(label.trimmed());
    if (q.exec() && q.next())
        return readPeriod(q);
    readComplete(file, q);
    return std::nullopt;
}

std::optional<ReportingPeriod> Periods::find(const PortfolioFile &file, RowId id)
{
    QSqlQuery q(file.database());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readPeriod(q);
    readComplete(file, q);
    return std::nullopt;
}

QString Periods::freeze(PortfolioFile &file, const QString &label, const QDate &asOf, QString *error,
                        const QString &uuid)
{
    const QString name = label.trimmed();
    if (file.isReadOnly()) {
        setError(error, tr("The portfolio is open read-only."));
        return {};
    }
    if (name.isEmpty()) {
        setError(error, tr("A reporting period needs a label."));
        return {};
    }
    if (!asOf.isValid()) {
        setError(error, tr("A reporting period needs a valid as-of date."));
        return {};
    }
    if (find(file, name)) {
        setError(error, tr("There is already a reporting period named \"%1\".").arg(name));
        return {};
    }
    const QString periodUuid = uuid.isEmpty() ? PortfolioFile::newUuid() : uuid;
    QSqlDatabase db = file.database();
    PortfolioFile::Transaction t(file);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO reporting_period (uuid, label, as_of, frozen_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(periodUuid);
    q.addBindValue(name);
    q.addBindValue(asOf.toString(Qt::ISODate));
    q.addBindValue(file.now().toString(Qt::ISODate));
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return {};
    }
    const RowId periodId = q.lastInsertId().toLongLong();
    // Frozen rows get UUIDs from SQLite's randomness: one statement per table keeps a freeze of
    // 100,000 projects instant. The overall colour is the one SummaryBuilder shows.
    const QString uuidSql = QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
        "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
    q.prepare(QStringLiteral(
                  "INSERT INTO period_project (uuid, period_id, project_id, state, budget, forecast_cost, "
                  "forecast_end, cost, schedule, overall) "
                  "SELECT %1, ?, id, state, budget, forecast_cost, forecast_end, %2, %3, "
                  "COALESCE(declared_overall, CASE WHEN %2 = 'red' OR %3 = 'red' THEN 'red' "
                  "WHEN %2 = 'yellow' OR %3 = 'yellow' THEN 'yellow' "
                  "WHEN %2 = 'green' OR %3 = 'green' THEN 'green' END) FROM project")
                  .arg(uuidSql, QString::fromLatin1(kCost), QString::fromLatin1(kSchedule)));
    q.addBindValue(periodId);
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return {};
    }
    const int projects = q.numRowsAffected();
    q.prepare(QStringLiteral("INSERT INTO period_measure (uuid, period_id, measure_id, status, percent_complete) "
                             "SELECT %1, ?, id, status, percent_complete FROM measure")
                  .arg(uuidSql));
    q.addBindValue(periodId);
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return {};
    }
    const int measures = q.numRowsAffected();
    // The journal's field is NOT NULL: "" (not a null QString) marks a whole-row change.
    const bool journaled =
        file.journal(Entity::ReportingPeriod, periodUuid, QLatin1String(""), QVariant(), QStringLiteral("created"))
        && file.journal(Entity::ReportingPeriod, periodUuid, QStringLiteral("frozen"), QVariant(),
                        QStringLiteral("%1: %2 projects, %3 measures").arg(name).arg(projects).arg(measures));
    if (!journaled || !t.commit()) {
        setError(error, tr("The change could not be written to the file."));
        return {};
    }
    Q_EMIT file.changed(Entity::ReportingPeriod, periodUuid, QString());
    return periodUuid;
}

bool Periods::remove(PortfolioFile &file, const QString &uuid, QString *error)
{
    // The frozen rows go with the period (ON DELETE CASCADE).
    return file.deleteRow(Entity::ReportingPeriod, uuid, error);
}

QString Periods::displayLabel(const ReportingPeriod &period, const QString &language)
{
    const QLocale english(QLocale::English, QLocale::Canada);
    if (language.startsWith(QLatin1String("fr")) && period.asOf.isValid()
        && period.label.compare(english.toString(period.asOf, QStringLiteral("MMMM yyyy")), Qt::CaseInsensitive) == 0)
        return QLocale(QLocale::French, QLocale::Canada).toString(period.asOf, QStringLiteral("MMMM yyyy"));
    return period.label;
}

} // namespace Vigie
