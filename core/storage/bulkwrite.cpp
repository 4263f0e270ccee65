#include "bulkwrite.h"
#include "storage/sqlaccess.h"

#include "storage/journal.h"
#include "storage/keptquery.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/serverroles.h"
#include "storage/sqldialect.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Vigie {

namespace {

// Whether the DEFAULT of `check`'s column in `table` (as PRAGMA table_info writes it) passes the check,
// for rows that leave the column to it: NULL, a quoted text among the words, a number within the bounds.
// Anything else (an expression, the primary key, which BatchInsert numbers) is left to verify().
bool defaultPasses(const QSqlDatabase &db, const QString &table, const Schema::ColumnCheck &check)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (q.next()) {
        if (q.value(1).toString() != check.column)
            continue;
        if (q.value(5).toInt() > 0)
            return false;
        const QVariant given = q.value(4);
        if (given.isNull())
            return true; // NULL passes every CHECK
        QString text = given.toString();
        if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\''))) {
            text = text.mid(1, text.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
            return check.words.contains(text, Qt::CaseSensitive);
        }
        bool number = false;
        const double value = text.toDouble(&number);
        return number && check.words.isEmpty() && !(check.minimum && value < *check.minimum)
            && !(check.maximum && value > *check.maximum);
    }
    return false;
}

} // namespace

BulkWrite::BulkWrite(PortfolioFile &file, int cacheKib, bool deferChecks)
    : m_file(file)
    , m_db(sqlDatabase(file))
    , m_server(SqlDialect::isServer(m_db))
{
    m_file.journal().setBatched(true);
    if (m_server)
        return;
    QSqlQuery q(m_db);
    if (cacheKib > 0) {
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previousCache = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-cacheKib));
        m_cacheSet = true;
    }
    if (deferChecks) {
        q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        m_checksDeferred = true;
        // The rows to test are noted as SQLite writes them; without the connection's handle (never, with
        // Vigie's driver) verify() tests every row of every table with constraints.
        m_hooked = SqlStatement::handle(m_db);
        for (const QString &table : Schema::requiredTables(Schema::currentVersion)) {
            const QStringList conditions = Schema::checkConstraints(table);
            if (!conditions.isEmpty())
                m_written.push_back({ table.toUtf8(), conditions, {}, !m_hooked });
        }
        if (m_hooked)
            sqlite3_update_hook(m_hooked, &BulkWrite::rowWritten, this);
    }
}

BulkWrite::~BulkWrite()
{
    // Journal rows still held are written by the commit (or the next row journaled), in their order.
    m_file.journal().setBatched(false);
    if (m_server)
        return;
    if (m_hooked)
        sqlite3_update_hook(m_hooked, nullptr, nullptr);
    QSqlQuery q(m_db);
    if (m_checksDeferred)
        q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    if (m_cacheSet)
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCache));
}

bool BulkWrite::verify(QString *error)
{
    // Rows held back are written first, so that they are tested too (a server checks each row itself).
    if (!flush(error))
        return false;
    if (m_server)
        return true;
    for (Written &w : m_written) {
        if (!w.wholeTable && w.ranges.empty())
            continue;
        const QString table = QString::fromUtf8(w.table);
        // A CHECK fails when its condition is false, not when it is NULL: NOT (NULL) keeps the row out.
        QStringList broken;
        for (const QString &c : w.conditions)
            broken << QStringLiteral("NOT (%1)").arg(c);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        qint64 found = 0;
        if (w.wholeTable) {
            if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, broken.join(QLatin1String(" OR "))))
                || !q.next())
                return setError(error, sqlErrorText(q.lastError()));
            found = q.value(0).toLongLong();
        } else {
            if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE rowid BETWEEN ? AND ? AND (%2)")
                               .arg(table, broken.join(QLatin1String(" OR ")))))
                return setError(error, sqlErrorText(q.lastError()));
            for (const auto &[first, last] : w.ranges) {
                q.bindValue(0, first);
                q.bindValue(1, last);
                if (!q.exec() || !q.next())
                    return setError(error, sqlErrorText(q.lastError()));
                found += q.value(0).toLongLong();
                if (found > 0)
                    break;
            }
        }
        // The message SQLite gives when it enforces the constraints itself (database errors are not translated).
        if (found > 0)
            return setError(error, QStringLiteral("CHECK constraint failed: %1").arg(table));
        w.ranges.clear();
        w.wholeTable = false;
    }
    return true;
}

void BulkWrite::rowWritten(void *bulk, int operation, const char *database, const char *table, long long rowid)
{
    auto *self = static_cast<BulkWrite *>(bulk);
    // A deleted row breaks no constraint; attached files are not the portfolio.
    if (operation == SQLITE_DELETE || std::strcmp(database, "main") != 0)
        return;
    // A row of the BatchInsert statement that tested its values.
    if (operation == SQLITE_INSERT && self->m_sendingTable && rowid >= self->m_sendingFirst && rowid <= self->m_sendingLast
        && std::strcmp(table, self->m_sendingTable) == 0)
        return;
    for (Written &w : self->m_written) {
        if (w.table == table) {
            self->note(w, rowid);
            return;
        }
    }
}

void BulkWrite::note(Written &written, qint64 rowid)
{
    if (written.wholeTable)
        return;
    auto &ranges = written.ranges;
    if (!ranges.empty() && rowid >= ranges.back().first && rowid <= ranges.back().second + 1) {
        ranges.back().second = std::max(ranges.back().second, rowid);
        return;
    }
    if (ranges.size() >= kMostRanges) {
        written.wholeTable = true;
        ranges = {};
        return;
    }
    ranges.emplace_back(rowid, rowid);
}

BulkWrite::Written *BulkWrite::writtenOf(const QByteArray &table)
{
    for (Written &w : m_written) {
        if (w.table == table)
            return &w;
    }
    return nullptr;
}

bool BulkWrite::flush(QString *error)
{
    return flushTables(error) && m_file.journal().flush(error);
}

bool BulkWrite::flushTables(QString *error)
{
    for (BatchInsert *insert : m_inserts) {
        if (!insert->send(error))
            return false;
    }
    return true;
}

bool BulkWrite::refused(Entity entity, const QSqlError &error, QString *message) const
{
    return m_file.writeRefused(message, ServerRoles::refusal(entity, m_file.author(), error));
}

bool BulkWrite::execRow(SqlStatement &statement, Entity entity, QString *error) const
{
    if (!m_server)
        return statement.exec(error);
    if (!statement.exec(error))
        return refused(entity, statement.queryError(), error);
    return statement.rowsAffected() == 1 || refused(entity, QSqlError(), error);
}

int BulkWrite::rowsPerStatement(int width)
{
    return std::clamp(16000 / std::max(1, width), 1, 500);
}

bool BulkWrite::insertMany(const PortfolioFile &file, const QString &table, const QStringList &columns,
                           const QVariantList &values, QSqlError *sqlError)
{
    const int width = int(columns.size());
    const int batch = rowsPerStatement(width);
    const QString row = QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    const QString list = columns.join(QLatin1Char(','));
    int rows = int(values.size()) / width;
    int offset = 0;
    while (rows > 0) {
        // A full statement, or for the rest the largest power of two that fits: every statement text is
        // one of a few, each prepared once per connection (KeptQuery).
        int n = batch;
        if (rows < batch) {
            n = 1;
            while (n * 2 <= rows)
                n *= 2;
        }
        KeptQuery q(file, QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                              .arg(table, list, QStringList(n, row).join(QLatin1Char(','))));
        for (int i = 0; i < n * width; ++i)
            q->bindValue(i, values.at(offset + i));
        if (!q->exec()) {
            *sqlError = q->lastError();
            return false;
        }
        offset += n * width;
        rows -= n;
    }
    return true;
}

BatchInsert::~BatchInsert()
{
    if (m_bulk) {
        auto &inserts = m_bulk->m_inserts;
        inserts.erase(std::remove(inserts.begin(), inserts.end(), this), inserts.end());
    }
}

bool BatchInsert::prepare(BulkWrite &bulk, Entity entity, const QStringList &columns, QString *error)
{
    m_entity = entity;
    m_table = tableName(entity);
    m_width = int(columns.size());
    m_boundIn.assign(size_t(m_width), 0);
    m_columns = QStringList { QStringLiteral("id") } + columns;
    if (!bulk.isServer()) {
        // kFileRows rows of (id, columns…), the first `?LIMIT` of them inserted: a flush writes the rows
        // bound so far with the same statement.
        const QString row = QLatin1Char('(') + QStringList(m_width + 1, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        if (!m_statement.prepare(bulk.m_db,
                                 QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM (VALUES %3) LIMIT ?")
                                     .arg(m_table, m_columns.join(QLatin1Char(',')), QStringList(kFileRows, row).join(QLatin1Char(','))),
                                 error)
            || !m_largestId.prepare(bulk.m_db, QStringLiteral("SELECT MAX(id) FROM %1").arg(m_table), error))
            return false;
    } else {
        m_held = true;
        m_batch = BulkWrite::rowsPerStatement(int(m_columns.size()));
        m_row.assign(size_t(m_width), QVariant());
    }
    m_bulk = &bulk;
    m_tableName = m_table.toUtf8();
    // The values bound are tested here while the constraints are off, when every column with one is
    // bound by the caller or left to a default that passes (otherwise the rows are left to verify()).
    m_checking = false;
    m_checks.clear();
    m_checkWords.clear();
    m_checkOf.assign(size_t(m_width + 1), -1);
    if (bulk.m_hooked && bulk.writtenOf(m_tableName)) {
        m_checks = Schema::columnChecks(m_table);
        m_checking = true;
        for (int c = 0; c < m_checks.size(); ++c) {
            QByteArrayList words;
            for (const QString &w : m_checks[c].words)
                words << w.toUtf8();
            m_checkWords.push_back(words);
            const int index = int(columns.indexOf(m_checks[c].column)) + 1;
            if (index >= 1)
                m_checkOf[size_t(index)] = c;
            else if (!defaultPasses(bulk.m_db, m_table, m_checks[c]))
                m_checking = false;
        }
    }
    m_rank = int(SqlDialect::tablesInReferenceOrder().indexOf(m_table));
    // Rows referring to others are written after them: the inserts are kept in reference order.
    auto &inserts = bulk.m_inserts;
    const auto at = std::find_if(inserts.begin(), inserts.end(), [&](const BatchInsert *i) { return i->m_rank > m_rank; });
    inserts.insert(at, this);
    return true;
}

void BatchInsert::hold(int index, const QVariant &value)
{
    m_row[size_t(index - 1)] = value;
}

void BatchInsert::testText(int index, QStringView text)
{
    const Schema::ColumnCheck *check = checkOf(index);
    if (!check)
        return;
    if (check->words.isEmpty()) {
        m_rowLeftToVerify = true; // text in a number column: SQLite may turn it into a number first
        return;
    }
    // A TEXT column keeps text as it is, and compares it byte for byte (no collation in the schema).
    if (!check->words.contains(text, Qt::CaseSensitive))
        m_rowRefused = true;
}

void BatchInsert::testUtf8(int index, QByteArrayView utf8)
{
    const Schema::ColumnCheck *check = checkOf(index);
    if (!check)
        return;
    if (check->words.isEmpty()) {
        m_rowLeftToVerify = true;
        return;
    }
    const QByteArrayList &words = m_checkWords[size_t(m_checkOf[size_t(index)])];
    if (std::none_of(words.begin(), words.end(), [&](const QByteArray &w) { return QByteArrayView(w) == utf8; }))
        m_rowRefused = true;
}

void BatchInsert::testNumber(int index, double value)
{
    const Schema::ColumnCheck *check = checkOf(index);
    if (!check)
        return;
    // A number in a TEXT column is stored as its text; NaN is bound as NULL. Both are left to SQLite.
    if (!check->words.isEmpty() || std::isnan(value)) {
        m_rowLeftToVerify = true;
        return;
    }
    if ((check->minimum && value < *check->minimum) || (check->maximum && value > *check->maximum))
        m_rowRefused = true;
}

void BatchInsert::testValue(int index, const QVariant &value)
{
    switch (SqlStatement::bindingOf(value)) { // as the statement binds it
    case SqlStatement::Binding::Null:
        break; // NULL passes
    case SqlStatement::Binding::Real:
        testNumber(index, value.toDouble());
        break;
    case SqlStatement::Binding::Integer:
        testNumber(index, double(value.toLongLong()));
        break;
    case SqlStatement::Binding::String:
        // A null QString is bound as NULL, which passes.
        if (const auto *text = static_cast<const QString *>(value.constData()); !text->isNull())
            testText(index, *text);
        break;
    case SqlStatement::Binding::Converted:
        if (checkOf(index))
            m_rowLeftToVerify = true;
        break;
    }
}

bool BatchInsert::reserveIds(QString *error)
{
    if (!m_held) {
        // After the table's largest id, as SQLite would number them (no AUTOINCREMENT): read again at
        // every statement's first row, so that a row another writer of this transaction inserted meanwhile
        // keeps its id.
        if (!m_largestId.next(error)) {
            if (m_largestId.failed())
                return false;
        } else {
            m_nextId = std::max(m_nextId, m_largestId.integer(0) + 1);
            while (m_largestId.next(error)) {
            }
            if (m_largestId.failed())
                return false;
        }
        return true;
    }
    // Ids from the identity column's own sequence, as the server would give them, a statement's worth at a
    // time: another client inserting meanwhile gets others.
    const PortfolioFile &file = m_bulk->file();
    KeptQuery q(file, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)")
                          .arg(m_table));
    q->bindValue(0, m_batch);
    if (!q->exec())
        return m_bulk->refused(m_entity, q->lastError(), error);
    m_ids.clear();
    m_nextReserved = 0;
    while (q->next())
        m_ids.push_back(q->value(0).toLongLong());
    return !m_ids.empty() || setError(error, sqlErrorText(q->lastError()));
}

bool BatchInsert::exec(QString *error)
{
    if (!m_bulk)
        return setError(error, QStringLiteral("BatchInsert: not prepared"));
    // What the values of this row were found to be, cleared for the next row.
    const bool refused = std::exchange(m_rowRefused, false);
    const bool leftToVerify = std::exchange(m_rowLeftToVerify, false);
    // Every column bound for this row: a value left from another row is never written by mistake.
    for (quint64 serial : m_boundIn) {
        if (serial != m_rowSerial)
            return setError(error, QStringLiteral("BatchInsert: a column of %1 was not bound").arg(m_table));
    }
    ++m_rowSerial;
    if (refused) // the message SQLite gives (database errors are not translated)
        return setError(error, QStringLiteral("CHECK constraint failed: %1").arg(m_table));
    if (!m_held) {
        if (m_slot == 0 && !reserveIds(error))
            return false;
        m_lastId = m_nextId++;
        if (leftToVerify)
            m_bulk->note(*m_bulk->writtenOf(m_tableName), m_lastId);
        m_statement.bind(m_slot * (m_width + 1) + 1, m_lastId);
        if (++m_slot < kFileRows)
            return true;
        return m_bulk->flushTables(error); // every table's, so that what these rows refer to goes first
    }
    if (m_nextReserved == m_ids.size() && !reserveIds(error))
        return false;
    m_lastId = m_ids[m_nextReserved++];
    m_pending.append(m_lastId);
    for (const QVariant &v : m_row)
        m_pending.append(v);
    if (m_pending.size() < qsizetype(m_batch) * m_columns.size())
        return true;
    return m_bulk->flushTables(error); // every table's, so that what this row refers to goes first
}

bool BatchInsert::send(QString *error)
{
    if (!m_held) {
        if (m_slot == 0)
            return true;
        m_statement.bind(kFileRows * (m_width + 1) + 1, qint64(m_slot));
        if (m_checking) {
            m_bulk->m_sendingTable = m_tableName.constData();
            m_bulk->m_sendingFirst = m_nextId - m_slot;
            m_bulk->m_sendingLast = m_nextId - 1;
        }
        m_slot = 0;
        const bool ok = m_statement.exec(error);
        m_bulk->m_sendingTable = nullptr;
        return ok;
    }
    if (m_pending.isEmpty())
        return true;
    QSqlError sqlError;
    const bool ok = BulkWrite::insertMany(m_bulk->file(), m_table, m_columns, m_pending, &sqlError);
    m_pending.clear();
    return ok || m_bulk->refused(m_entity, sqlError, error);
}

} // namespace Vigie
