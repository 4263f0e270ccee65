#pragma once

// The whole portfolio as another program reads it from disk (a fresh read-only connection): what the
// undo checks of core and desktop tests compare before an edit, after it, after undo and after redo.
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace VigieTest {

// Every row of every table but the journal, as text. `withTouched` false leaves out when rows were last
// touched (what an import of unchanged rows, or a confirmation, changes).
inline QStringList dumpPortfolio(const QString &path, bool withTouched = true)
{
    using namespace Vigie;
    FileError error;
    auto fresh = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error);
    if (!fresh)
        return { QStringLiteral("<cannot open: %1>").arg(error.message) };
    QStringList rows;
    QSqlQuery tables(sqlDatabase(*fresh));
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                               "('change_journal', 'changeset') ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(sqlDatabase(*fresh));
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (q.next()) {
            QStringList values { table };
            for (int i = 0; i < q.record().count(); ++i) {
                // A redone freeze copies the values again, under new random UUIDs.
                if (table.startsWith(QLatin1String("period_")) && q.record().fieldName(i) == QLatin1String("uuid"))
                    continue;
                if (!withTouched && q.record().fieldName(i) == QLatin1String("touched"))
                    continue;
                values << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
            }
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace VigieTest
