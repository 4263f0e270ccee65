#include "copyorigin.h"

#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QSqlQuery>

namespace Vigie {

std::optional<CopyOrigin> CopyOrigin::read(const PortfolioFile &file)
{
    QSqlQuery q(sqlDatabase(file));
    if (!q.exec(QStringLiteral("SELECT uuid, portfolio_uuid, base_changeset, base_changeset_uuid, organization_code, "
                               "source_name, taken_at, taken_by FROM copy_origin ORDER BY id DESC LIMIT 1"))
        || !q.next())
        return std::nullopt;
    CopyOrigin o;
    o.uuid = q.value(0).toString();
    o.portfolioUuid = q.value(1).toString();
    o.baseChangeset = q.value(2).toLongLong();
    o.baseChangesetUuid = q.value(3).toString();
    o.organizationCode = q.value(4).toString();
    o.sourceName = q.value(5).toString();
    o.takenAt = q.value(6).toString();
    o.takenBy = q.value(7).toString();
    return o;
}

JournalPosition JournalPosition::last(const PortfolioFile &file)
{
    QSqlQuery q(sqlDatabase(file));
    if (q.exec(QStringLiteral("SELECT id, uuid FROM changeset ORDER BY id DESC LIMIT 1")) && q.next())
        return { q.value(0).toLongLong(), q.value(1).toString() };
    return {};
}

qint64 JournalPosition::find(const PortfolioFile &file, const QString &uuid)
{
    if (uuid.isEmpty())
        return 0;
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT id FROM changeset WHERE uuid = ?"));
    q.addBindValue(uuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace Vigie
