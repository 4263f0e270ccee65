#include "periods.h"
#include "briefingtext.h"
#include "i18n/language.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"

#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

const char *const kSelect = "SELECT id, uuid, label, as_of, frozen_at, label_fr FROM reporting_period";

ReportingPeriod readPeriod(const QSqlQuery &q)
{
    ReportingPeriod p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.label = q.value(2).toString();
    p.asOf = dateValue(q.value(3));
    p.frozenAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    p.labelFr = q.value(5).toString();
    return p;
}

} // namespace

QList<ReportingPeriod> Periods::list(const PortfolioFile &file)
{
    QList<ReportingPeriod> periods;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    if (q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY as_of, ")
               + SqlDialect::byCodePoint(sqlDatabase(file), QStringLiteral("label")))) {
        while (q.next())
            periods.append(readPeriod(q));
    }
    readComplete(file, q); // marks the file damaged when reading failed
    return periods;
}

std::optional<ReportingPeriod> Periods::find(const PortfolioFile &file, const QString &label)
{
    QSqlQuery q(sqlDatabase(file));
    // The French label names the period too (`--period « août 2016 »`); the main label wins a tie.
    q.prepare(QString::fromLatin1(kSelect)
              + QStringLiteral(" WHERE lower(label) = lower(?) OR (label_fr <> '' AND lower(label_fr) = lower(?)) "
                               "ORDER BY lower(label) = lower(?) DESC LIMIT 1"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(label.trimmed());
    if (q.exec() && q.next())
        return readPeriod(q);
    readComplete(file, q);
    // A period with no stored French label is still named in French as documents print it ("août 2016"
    // for "August 2016").
    for (const ReportingPeriod &p : list(file)) {
        if (displayLabel(p, QStringLiteral("fr")).compare(label.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<ReportingPeriod> Periods::find(const PortfolioFile &file, RowId id)
{
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readPeriod(q);
    readComplete(file, q);
    return std::nullopt;
}

QString Periods::displayLabel(const ReportingPeriod &period, const QString &language)
{
    if (language.startsWith(QLatin1String("fr")) && !period.labelFr.trimmed().isEmpty())
        return period.labelFr;
    const QLocale english(QLocale::English, QLocale::Canada);
    if (language.startsWith(QLatin1String("fr")) && period.asOf.isValid()
        && period.label.compare(english.toString(period.asOf, QStringLiteral("MMMM yyyy")), Qt::CaseInsensitive) == 0)
        return QLocale(QLocale::French, QLocale::Canada).toString(period.asOf, QStringLiteral("MMMM yyyy"));
    return period.label;
}

QStringList Periods::freezeDateConcerns(const PortfolioFile &file, const QDate &asOf, const QDate &today)
{
    QStringList concerns;
    if (!asOf.isValid())
        return concerns;
    const QString lang = Language::current();
    if (asOf > today)
        concerns << tr("The as-of date, %1, is in the future: the values frozen are today's.")
                        .arg(BriefingText::longDate(asOf, lang));
    const QList<ReportingPeriod> periods = list(file);
    if (!periods.isEmpty() && periods.constLast().asOf.isValid() && asOf <= periods.constLast().asOf)
        concerns << tr("The as-of date, %1, is not after that of the latest period, \"%2\" (%3): trends and "
                       "comparisons will not take the new period as the latest.")
                        .arg(BriefingText::longDate(asOf, lang), displayLabel(periods.constLast(), lang),
                             BriefingText::longDate(periods.constLast().asOf, lang));
    return concerns;
}

} // namespace Vigie
