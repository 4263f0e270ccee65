#include "bulkwrite.h"
#include "storage/sqlaccess.h"

#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

BulkWrite::BulkWrite(PortfolioFile &file, int cacheKib)
    : m_db(sqlDatabase(file))
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_previousCache = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-cacheKib));
    q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
}

BulkWrite::~BulkWrite()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCache));
}

bool BulkWrite::verify(const QStringList &tables, QString *error) const
{
    QSqlQuery q(m_db);
    for (const QString &table : tables) {
        const QStringList checks = Schema::checkConstraints(table);
        if (checks.isEmpty())
            continue;
        // A CHECK fails when its condition is false, not when it is NULL: NOT (NULL) keeps the row out.
        QStringList broken;
        for (const QString &c : checks)
            broken << QStringLiteral("NOT (%1)").arg(c);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, broken.join(QLatin1String(" OR "))))
            || !q.next())
            return setError(error, q.lastError().text());
        // The message SQLite gives when it enforces the constraints itself (database errors are not translated).
        if (q.value(0).toInt() > 0)
            return setError(error, QStringLiteral("CHECK constraint failed: %1").arg(table));
    }
    return true;
}

} // namespace Vigie
