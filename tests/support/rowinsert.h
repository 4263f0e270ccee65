#pragma once

#include "storage/fields.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

namespace VigieTest {

// Inserts a fixture row given by column names. Rows whose columns are all fields go through the file's
// journaled insert (derived values such as computed colours follow); frozen period rows, whose columns
// are not fields, are written as they are. Returns the new row's UUID, or an empty string.
inline QString insertRow(Vigie::PortfolioFile &file, Vigie::Entity entity, const QVariantMap &columns,
                         QString *error = nullptr)
{
    using namespace Vigie;
    FieldValues values;
    bool allFields = true;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const std::optional<Field> f = Fields::fromColumn(entity, it.key());
        if (!f) {
            allFields = false;
            break;
        }
        values.insert(*f, it.value());
    }
    if (allFields)
        return file.insertRow(entity, values, QString(), error);
    const QString uuid = PortfolioFile::newUuid();
    QStringList names { QStringLiteral("uuid") }, marks { QStringLiteral("?") };
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        names << it.key();
        marks << QStringLiteral("?");
    }
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(tableName(entity), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    q.addBindValue(uuid);
    for (const QVariant &v : columns)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return QString();
    }
    return uuid;
}

} // namespace VigieTest
