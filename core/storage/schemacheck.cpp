#include "schemacheck.h"

#include "storage/schema.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace Vigie {

namespace {

const char *const kSchemaSql = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name, type";

struct ReferenceRow
{
    int version;
    const char *type;
    const char *name;
    const char *table;
    const char *sql; // nullptr when NULL
};

// Written at build time by vigie_schemagen (core/storage/schemagen.cpp), which runs Schema::migration on
// an in-memory database for every version.
const ReferenceRow kReference[] = {
#include "schemareference.inc"
};

QList<SchemaCheck::Entry> buildReference(int version)
{
    QList<SchemaCheck::Entry> entries;
    for (const ReferenceRow &row : kReference) {
        if (row.version != version)
            continue;
        entries.append({ QString::fromUtf8(row.type), QString::fromUtf8(row.name), QString::fromUtf8(row.table),
                         row.sql ? QString::fromUtf8(row.sql) : QString() });
    }
    return entries;
}

// True when `db`'s schema is, byte for byte and in the same order, the reference of `version`: the
// common case, answered from SQLite's own UTF-8 without making a QString of every definition (the
// comparison below, which explains a difference, was 7 % of a command's start).
bool matchesReference(const QSqlDatabase &db, int version)
{
    SqlStatement schema;
    QString error;
    if (!schema.prepare(db, QString::fromLatin1(kSchemaSql), &error))
        return false;
    const ReferenceRow *row = std::begin(kReference);
    const ReferenceRow *const end = std::end(kReference);
    const auto nextOfVersion = [&] {
        while (row != end && row->version != version)
            ++row;
    };
    int matched = 0;
    while (schema.next(&error)) {
        nextOfVersion();
        if (row == end || schema.utf8(0) != QByteArrayView(row->type) || schema.utf8(1) != QByteArrayView(row->name)
            || schema.utf8(2) != QByteArrayView(row->table) || schema.isNull(3) != (row->sql == nullptr)
            || (row->sql && schema.utf8(3) != QByteArrayView(row->sql)))
            return false;
        ++row;
        ++matched;
    }
    nextOfVersion();
    return !schema.failed() && row == end && matched > 0;
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
    QStringList extras;
    QStringList found = differences(db, version, readError, &extras);
    return extras + found; // extra entries first: they are what a hostile file adds
}

QStringList SchemaCheck::differences(const QSqlDatabase &db, int version, QString *readError, QStringList *extras)
{
    return differences(db, version, readError, extras, nullptr);
}

QStringList SchemaCheck::differences(const QSqlDatabase &db, int version, QString *readError, QStringList *extras,
                                     QStringList *indexes)
{
    extras->clear();
    if (indexes)
        indexes->clear();
    if (version >= 1 && version <= Schema::currentVersion && matchesReference(db, version))
        return {};
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

    QStringList found;
    auto sameName = [](const Entry &a, const Entry &b) { return a.type == b.type && a.name == b.name; };
    for (const Entry &e : actual) {
        const bool known = std::any_of(expected.cbegin(), expected.cend(), [&](const Entry &x) { return sameName(x, e); });
        if (!known && !isStatisticsTable(e))
            *extras << extra(e);
    }
    for (const Entry &x : expected) {
        const auto it = std::find_if(actual.cbegin(), actual.cend(), [&](const Entry &e) { return sameName(x, e); });
        QStringList &into = indexes && x.type == QLatin1String("index") ? *indexes : found;
        if (it == actual.cend())
            into << missing(x);
        else if (!(*it == x))
            into << changed(x);
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
