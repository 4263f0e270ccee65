#include "sqldialect.h"

#include "i18n/language.h"

#include "storage/ordereduuid.h"
#include "storage/schema.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace Vigie::SqlDialect {

bool isServer(const QSqlDatabase &db) { return db.driverName() == QLatin1String("QPSQL"); }

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (isServer(db)) {
        // to_regclass: no error (which would abort the caller's transaction) when the table is missing.
        if (!q.exec(QStringLiteral("SELECT to_regclass('vigie_schema') IS NOT NULL")) || !q.next()
            || !q.value(0).toBool())
            return 0;
        return q.exec(QStringLiteral("SELECT version FROM vigie_schema WHERE application_id = %1")
                          .arg(Schema::applicationId))
                && q.next()
            ? q.value(0).toInt()
            : 0;
    }
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

QList<Column> tableColumns(const QSqlDatabase &db, const QString &table)
{
    QList<Column> columns;
    QSqlQuery q(db);
    if (isServer(db)) {
        q.prepare(QStringLiteral(
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(table);
        if (q.exec()) {
            while (q.next())
                columns.append({ q.value(0).toString(),
                    q.value(1).toString() == QLatin1String("text")
                        && q.value(2).toString() == QLatin1String("NO") });
        }
        return columns;
    }
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            columns.append({ q.value(1).toString(),
                q.value(3).toBool()
                    && q.value(2).toString().compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0 });
    }
    return columns;
}

QStringList columnNames(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    for (const Column &c : tableColumns(db, table))
        names << c.name;
    return names;
}

QString unindexed(const QSqlDatabase &db, const QString &column)
{
    return isServer(db) ? column : QLatin1Char('+') + column;
}

QString joinText(const QSqlDatabase &db, const QString &expression, const QString &separator)
{
    return isServer(db) ? QStringLiteral("string_agg(CAST(%1 AS TEXT), %2)").arg(expression, separator)
                        : QStringLiteral("GROUP_CONCAT(%1, %2)").arg(expression, separator);
}

QString newUuidSql(const QSqlDatabase &db, const QString &counterColumn)
{
    // As OrderedUuid::fromParts(): the reserved millisecond, the column's 42 bits, 32 random bits. The
    // millisecond is our own number, not data: written into the statement.
    const qint64 ms = OrderedUuid::reserveMillisecond();
    const QString time = QStringLiteral("%1-%2-7")
                             .arg(quint64(ms) >> 16, 8, 16, QLatin1Char('0'))
                             .arg(quint64(ms) & 0xFFFF, 4, 16, QLatin1Char('0'));
    const QString n = QLatin1Char('(') + counterColumn + QLatin1Char(')');
    // Put together without QString::arg(), whose placeholders would take printf's "%03x" for its own.
    if (isServer(db)) {
        return QStringLiteral("('") + time + QStringLiteral("' || lpad(to_hex((") + n
            + QStringLiteral(" >> 30) & 4095), 3, '0') || '-' || to_hex(32768 + ((") + n
            + QStringLiteral(" >> 16) & 16383)) || '-' || lpad(to_hex(") + n
            + QStringLiteral(" & 65535), 4, '0') || substr(md5(random()::text), 1, 8))");
    }
    return QStringLiteral("('") + time + QStringLiteral("' || printf('%03x-%04x-%04x', (") + n
        + QStringLiteral(" >> 30) & 4095, 32768 + ((") + n + QStringLiteral(" >> 16) & 16383), ") + n
        + QStringLiteral(" & 65535) || lower(hex(randomblob(4))))");
}

namespace {

// The text functions take and give UTF-8, the file's encoding: a sort or a search calls them once a row, a
// million times at a million projects, and ASCII text (most names and codes) is lowered in place without a
// conversion to UTF-16 and back. Other text goes through Qt's Unicode tables; either way the result is the
// same characters, so orders and matches do not depend on which way a value took.
bool asciiLowered(const unsigned char *text, int bytes, QByteArray *out)
{
    out->resize(bytes);
    char *to = out->data();
    for (int i = 0; i < bytes; ++i) {
        const unsigned char c = text[i];
        if (c >= 0x80)
            return false;
        to[i] = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return true;
}

// The function's result: the argument lowered in place when it is ASCII, else `other(argument)`.
void lowered(sqlite3_context *context, sqlite3_value *value, QString (*other)(const QString &))
{
    const unsigned char *text = sqlite3_value_text(value);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const int bytes = sqlite3_value_bytes(value);
    thread_local QByteArray buffer;
    if (asciiLowered(text, bytes, &buffer)) {
        sqlite3_result_text(context, buffer.constData(), bytes, SQLITE_TRANSIENT);
        return;
    }
    const QByteArray utf8 = other(QString::fromUtf8(reinterpret_cast<const char *>(text), bytes)).toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void lowerFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    lowered(context, values[0], [](const QString &text) { return text.toLower(); });
}

// Lower case without accents: decomposed, lowered, the combining marks dropped.
void foldFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    lowered(context, values[0], &Language::folded);
}

// The server's spelling or SQLite's.
QString spelled(const QSqlDatabase &db, const char *server, const char *sqlite)
{
    return QString::fromLatin1(isServer(db) ? server : sqlite);
}

int progress(void *data)
{
    const auto *cancelled = static_cast<const std::function<bool()> *>(data);
    return (*cancelled)() ? 1 : 0;
}

} // namespace

bool prepareTextFunctions(const QSqlDatabase &db, QString *error)
{
    if (isServer(db))
        return true;
    sqlite3 *handle = SqlStatement::handle(db);
    if (!handle)
        return setError(error, QStringLiteral("not an open SQLite connection"));
    // Registered once per connection: redefining a function while a statement runs on it fails.
    sqlite3_stmt *probe = nullptr;
    const int known = sqlite3_prepare_v2(handle, "SELECT vigie_fold(''), vigie_lower('')", -1, &probe, nullptr);
    sqlite3_finalize(probe);
    if (known == SQLITE_OK)
        return true;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(handle, "vigie_lower", 1, flags, nullptr, lowerFunction, nullptr, nullptr,
                                   nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(handle, "vigie_fold", 1, flags, nullptr, foldFunction, nullptr, nullptr,
                                      nullptr)
            != SQLITE_OK)
        return setError(error, QString::fromUtf8(sqlite3_errmsg(handle)));
    return true;
}

QString folded(const QSqlDatabase &db, const QString &expression)
{
    if (!isServer(db))
        return QStringLiteral("vigie_fold(%1)").arg(expression);
    // After NFD every accented Latin letter is its base letter and combining marks, so what lower() has
    // left to do (after the marks go) is ASCII and the few letters without a decomposition (Œ, Æ, Ø…),
    // which a database of any UTF-8 LC_CTYPE lowers as Qt does. Marks: Combining Diacritical Marks and
    // their Extended and Supplement blocks, for symbols, and half marks.
    return QStringLiteral("lower(regexp_replace(normalize(%1, NFD), "
                          "'[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]', '', 'g'))")
        .arg(expression);
}

QString lowered(const QSqlDatabase &db, const QString &expression)
{
    return spelled(db, "lower(%1)", "vigie_lower(%1)").arg(expression);
}

QString likeIgnoringAsciiCase(const QSqlDatabase &db, const QString &expression)
{
    // lower() under the "C" collation changes ASCII letters only, which is SQLite's LIKE exactly.
    return spelled(db, "lower(%1 COLLATE \"C\") LIKE lower(CAST(? AS TEXT) COLLATE \"C\") ESCAPE '\\'", "%1 LIKE ? ESCAPE '\\'")
        .arg(expression);
}

QString containsBound(const QSqlDatabase &db, const QString &expression)
{
    return spelled(db, "strpos(%1, ?) > 0", "instr(%1, ?) > 0").arg(expression);
}

QString larger(const QSqlDatabase &db, const QString &a, const QString &b)
{
    return spelled(db, "GREATEST(%1, %2)", "max(%1, %2)").arg(a, b);
}

QString julianDay(const QSqlDatabase &db, const QString &expression)
{
    if (!isServer(db))
        return QStringLiteral("julianday(%1)").arg(expression);
    // SQLite's own computation (computeJD in its date.c, Meeus's formula on year, month and day, in C's
    // integer arithmetic, which PostgreSQL's integers share), so the doubles are SQLite's to the bit.
    // Only what SQLite's date parser takes (day 1-31 in any month, as SQLite does) and a cast cannot fail on.
    const QString year = QStringLiteral("CAST(substr(%1, 1, 4) AS INTEGER)").arg(expression);
    const QString month = QStringLiteral("CAST(substr(%1, 6, 2) AS INTEGER)").arg(expression);
    const QString day = QStringLiteral("CAST(substr(%1, 9, 2) AS INTEGER)").arg(expression);
    const QString y = QStringLiteral("(%1 - CASE WHEN %2 <= 2 THEN 1 ELSE 0 END)").arg(year, month);
    const QString m = QStringLiteral("(%1 + CASE WHEN %1 <= 2 THEN 12 ELSE 0 END)").arg(month);
    return QStringLiteral("(CASE WHEN %1 ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' THEN "
                          "CAST(36525 * (%2 + 4716) / 100 + 306001 * (%3 + 1) / 10000 + %4 + 2 - %2 / 100 + %2 / 100 / 4 "
                          "AS DOUBLE PRECISION) - CAST(1524.5 AS DOUBLE PRECISION) END)")
        .arg(expression, y, m, day);
}

QString countWhere(const QSqlDatabase &db, const QString &condition)
{
    return spelled(db, "count(*) FILTER (WHERE %1)", "sum(%1)").arg(condition);
}

QString noRows(const QSqlDatabase &db) { return isServer(db) ? QStringLiteral("FALSE") : QStringLiteral("0"); }

QString byCodePoint(const QSqlDatabase &db, const QString &expression)
{
    return isServer(db) ? expression + QStringLiteral(" COLLATE \"C\"") : expression;
}

QString orderTerm(const QSqlDatabase &db, const QString &key, bool text, bool descending)
{
    if (!isServer(db))
        return descending ? key + QStringLiteral(" DESC") : key;
    return (text ? byCodePoint(db, key) : key)
        + (descending ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" NULLS FIRST"));
}

Interruption::Interruption(const QSqlDatabase &db, const std::function<bool()> &cancelled)
{
    if (!cancelled || isServer(db))
        return;
    m_handle = SqlStatement::handle(db);
    if (m_handle)
        sqlite3_progress_handler(m_handle, 4000, progress, const_cast<std::function<bool()> *>(&cancelled));
}

Interruption::~Interruption()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

QStringList serverSteps(int from, int to)
{
    // A SQLite rowid key becomes an identity column that still takes the ids given (a published file
    // keeps its ids, so its references hold); INTEGER is 64-bit in SQLite, REAL a double.
    static const QRegularExpression rowid(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    QStringList statements;
    for (int v = from + 1; v <= to; ++v) {
        for (QString statement : Schema::migration(v)) {
            statement.replace(rowid, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
            statement.replace(integer, QStringLiteral("BIGINT"));
            statement.replace(real, QStringLiteral("DOUBLE PRECISION"));
            statements << statement;
        }
    }
    return statements;
}

QStringList serverAnnouncement()
{
    // Every edit, import and merge writes one changeset row: its commit is announced to the clients
    // listening on the schema's channel (PortfolioFile::followOtherClients), once per transaction (a
    // statement-level trigger with an empty payload: PostgreSQL sends equal notifications of one
    // transaction once, at its commit, and none when it rolls back). So is a change of the format in
    // vigie_schema, whichever Vigie makes it: a window open on the portfolio learns of an upgrade at
    // once, reads the format and stops writing (Document::checkOutsideChanges). Replaced when there, so
    // that an upgrade gives them to a portfolio published before they existed (no CREATE OR REPLACE
    // TRIGGER before PostgreSQL 14); an upgrade adds them before it writes the new format, so that its
    // own write is announced.
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION vigie_announce_commit() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$BEGIN PERFORM pg_notify('vigie_' || TG_TABLE_SCHEMA, ''); RETURN NULL; END$$"),
        QStringLiteral("DROP TRIGGER IF EXISTS changeset_announce ON changeset"),
        QStringLiteral("CREATE TRIGGER changeset_announce AFTER INSERT ON changeset "
                       "FOR EACH STATEMENT EXECUTE FUNCTION vigie_announce_commit()"),
        QStringLiteral("DROP TRIGGER IF EXISTS vigie_schema_announce ON vigie_schema"),
        QStringLiteral("CREATE TRIGGER vigie_schema_announce AFTER INSERT OR UPDATE OR DELETE ON vigie_schema "
                       "FOR EACH STATEMENT EXECUTE FUNCTION vigie_announce_commit()"),
    };
}

QStringList serverOlderClientGuard()
{
    // Programs connected through an upgrade read the format at their start and write it still. This
    // version reads it again in every write transaction (PortfolioFile::begin); the Vigie of formats 4 to
    // 6 did not, and named every connection "vigie" (this one names them "vigie:" and the schema). Every
    // write of theirs inserts a changeset row: refused here, their transaction rolls back whole. The
    // message is the server's, which those programs show within their own: in both official languages,
    // since the server does not know the user's.
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION vigie_refuse_older_clients() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$BEGIN IF current_setting('application_name') = 'vigie' THEN RAISE EXCEPTION "
                       "'the portfolio was upgraded to format %1 while this Vigie had it open; nothing was "
                       "changed. Close Vigie and open the portfolio with a version that reads format %1. / "
                       "Le portefeuille a été mis à niveau au format %1 pendant que ce Vigie l''avait ouvert; rien "
                       "n''a été modifié. Fermez Vigie et ouvrez le portefeuille avec une version qui lit "
                       "le format %1.'; "
                       "END IF; RETURN NULL; END$$")
            .arg(Schema::currentVersion),
        QStringLiteral("DROP TRIGGER IF EXISTS changeset_refuse_older_clients ON changeset"),
        QStringLiteral("CREATE TRIGGER changeset_refuse_older_clients BEFORE INSERT ON changeset "
                       "FOR EACH STATEMENT EXECUTE FUNCTION vigie_refuse_older_clients()"),
    };
}

QStringList serverSchema(int version)
{
    return serverSteps(0, version)
        << QStringLiteral("CREATE TABLE vigie_schema (application_id BIGINT NOT NULL PRIMARY KEY, "
                          "version BIGINT NOT NULL)")
        << serverAnnouncement() << serverOlderClientGuard();
}

QStringList tablesInReferenceOrder()
{
    // Schema::requiredTables lists change_journal before the changeset table its rows refer to.
    QStringList tables = Schema::requiredTables(Schema::currentVersion);
    tables.removeAll(QStringLiteral("changeset"));
    tables.insert(tables.indexOf(QStringLiteral("change_journal")), QStringLiteral("changeset"));
    return tables;
}

} // namespace Vigie::SqlDialect
