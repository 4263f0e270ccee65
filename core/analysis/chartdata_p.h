#pragma once

// Internal to chartdata*.cpp: what every chart builder needs.
#include "chartdata.h"
#include "storage/sqlstatement.h"

#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace Vigie::ChartBuild {

struct Context
{
    const PortfolioFile &file;
    ChartFilter filter;
    QLocale locale;
    QString language; // "en" or "fr", for bilingual names
    std::optional<ReportingPeriod> period;
    QString currency = QStringLiteral("CAD"); // the portfolio's, for amounts (money.h)
};

// Runs a prepared statement with its bound values; false with the SQL error.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error);
// The same for a scan read through SqlStatement (millions of rows at a million projects).
bool prepare(SqlStatement &q, const Context &c, const QString &sql, const QVariantList &binds, QString *error);

// "AND p.organization_id = ? AND p.id IN (...)" for projects aliased `p`, appending bound values.
QString projectFilterSql(const Context &c, QVariantList *binds);
// The same for measures aliased `m`.
QString measureFilterSql(const Context &c, QVariantList *binds);

QString number(const Context &c, double value, int decimals = 0);

// Whether the chart counts only some rows (an organization, a key area): an empty chart then says that
// nothing matches the filters, otherwise that there is nothing yet.
inline bool filtered(const Context &c)
{
    return c.filter.organizationId || c.filter.keyAreaId;
}

bool buildTrend(const Context &c, ChartData *out, QString *error);
bool buildWorkforce(const Context &c, ChartData *out, QString *error);
bool buildEnvelopesByOrganization(const Context &c, ChartData *out, QString *error);
bool buildEnvelopesByYear(const Context &c, ChartData *out, QString *error);

// An axis bound a bit above `max` so that labels printed past the bars fit inside the plot.
double niceMax(double max, double headroom = 1.15);

} // namespace Vigie::ChartBuild
