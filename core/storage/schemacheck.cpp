#include "schemacheck.h"

#include "storage/schema.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace Vigie {

namespace {

const char *const kSchemaSql = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name, type";

QString columnText(sqlite3_stmt *stmt, int column)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
        return QString();
    const auto text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return QString::fromUtf8(text ? text : "", sqlite3_column_bytes(stmt, column));
}

QList<SchemaCheck::Entry> buildReference(int version)
{
    QList<SchemaCheck::Entry> entries;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return entries;
    }
    bool ok = true;
    for (int v = 1; ok && v <= version; ++v) {
        for (const QString &statement : Schema::migration(v)) {
            if (sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
                qWarning("SchemaCheck: migration %d fails: %s", v, sqlite3_errmsg(db));
                ok = false;
                break;
            }
        }
    }
    sqlite3_stmt *stmt = nullptr;
    if (ok && sqlite3_prepare_v2(db, kSchemaSql, -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            entries.append({ columnText(stmt, 0), columnText(stmt, 1), columnText(stmt, 2), columnText(stmt, 3) });
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return entries;
}

// A name from a hostile file, fit for a one-line message: no control characters, not too long.
QString shown(QString name)
{
    for (QChar &c : name) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return name.size() > 60 ? name.left(57) + QStringLiteral("...") : name;
}

QString extra(const SchemaCheck::Entry &e)
{
    if (e.type == QLatin1String("trigger"))
        return SchemaCheck::tr("a trigger \"%1\" on %2, which Vigie never creates").arg(shown(e.name), shown(e.table));
    if (e.type == QLatin1String("view"))
        return SchemaCheck::tr("a view \"%1\", which Vigie never creates").arg(shown(e.name));
    if (e.type == QLatin1String("table"))
        return SchemaCheck::tr("a table \"%1\" that Vigie does not create").arg(shown(e.name));
    if (e.type == QLatin1String("index"))
        return SchemaCheck::tr("an index \"%1\" on %2 that Vigie does not create").arg(shown(e.name), shown(e.table));
    return SchemaCheck::tr("an unknown schema entry \"%1\" (%2)").arg(shown(e.name), shown(e.type));
}

QString missing(const SchemaCheck::Entry &e)
{
    if (e.type == QLatin1String("table"))
        return SchemaCheck::tr("the table \"%1\" is missing").arg(e.name);
    return SchemaCheck::tr("the index \"%1\" is missing").arg(e.name);
}

QString violated(const QString &table)
{
    return SchemaCheck::tr("a row of %1 holds a value that is not allowed there").arg(table);
}

QString changed(const SchemaCheck::Entry &e)
{
    if (e.type == QLatin1String("table"))
        return SchemaCheck::tr("the table \"%1\" is not defined as Vigie defines it").arg(e.name);
    return SchemaCheck::tr("the index \"%1\" is not defined as Vigie defines it").arg(e.name);
}

} // namespace

QList<SchemaCheck::Entry> SchemaCheck::reference(int version)
{
    static QMutex mutex;
    static QHash<int, QList<Entry>> cache;
    if (version < 1 || version > Schema::currentVersion)
        return {};
    QMutexLocker locker(&mutex);
    auto it = cache.find(version);
    if (it == cache.end())
        it = cache.insert(version, buildReference(version));
    return *it;
}

bool SchemaCheck::isStatisticsTable(const Entry &e)
{
    if (e.type != QLatin1String("table") || e.name != e.table)
        return false;
    return (e.name == QLatin1String("sqlite_stat1") && e.sql == QLatin1String("CREATE TABLE sqlite_stat1(tbl,idx,stat)"))
        || (e.name == QLatin1String("sqlite_stat4")
            && e.sql == QLatin1String("CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"));
}

QStringList SchemaCheck::differences(const QSqlDatabase &db, int version, QString *readError)
{
    const QList<Entry> expected = reference(version);
    if (expected.isEmpty()) {
        setError(readError, tr("this program cannot build the schema of version %1").arg(version));
        return {};
    }
    QList<Entry> actual;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSchemaSql))) {
        setError(readError, sqlErrorText(q.lastError()));
        return {};
    }
    while (q.next()) {
        actual.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).isNull() ? QString() : q.value(3).toString() });
    }
    if (q.lastError().isValid()) {
        setError(readError, sqlErrorText(q.lastError()));
        return {};
    }

    // Extra entries first: they are what a hostile file adds.
    QStringList found;
    auto sameName = [](const Entry &a, const Entry &b) { return a.type == b.type && a.name == b.name; };
    for (const Entry &e : actual) {
        const bool known = std::any_of(expected.cbegin(), expected.cend(), [&](const Entry &x) { return sameName(x, e); });
        if (!known && !isStatisticsTable(e))
            found << extra(e);
    }
    for (const Entry &x : expected) {
        const auto it = std::find_if(actual.cbegin(), actual.cend(), [&](const Entry &e) { return sameName(x, e); });
        if (it == actual.cend())
            found << missing(x);
        else if (!(*it == x))
            found << changed(x);
    }
    return found;
}

QStringList SchemaCheck::constraintViolations(const QSqlDatabase &db, int version, QString *readError)
{
    QStringList found;
    if (version != Schema::currentVersion)
        return found;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (const Entry &e : reference(version)) {
        if (e.type != QLatin1String("table"))
            continue;
        const QStringList checks = Schema::checkConstraints(e.name);
        if (checks.isEmpty())
            continue;
        // A CHECK fails when its condition is false, not when it is NULL: NOT (NULL) keeps the row out.
        QStringList broken;
        for (const QString &c : checks)
            broken << QStringLiteral("NOT (%1)").arg(c);
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1").arg(e.name, broken.join(QLatin1String(" OR "))))) {
            setError(readError, sqlErrorText(q.lastError()));
            return {};
        }
        if (q.next())
            found << violated(e.name);
        else if (q.lastError().isValid()) {
            setError(readError, sqlErrorText(q.lastError()));
            return {};
        }
    }
    return found;
}

} // namespace Vigie
