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

#include <algorithm>

namespace Vigie {

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
    }
}

BulkWrite::~BulkWrite()
{
    // Journal rows still held are written by the commit (or the next row journaled), in their order.
    m_file.journal().setBatched(false);
    if (m_server)
        return;
    QSqlQuery q(m_db);
    if (m_checksDeferred)
        q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    if (m_cacheSet)
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCache));
}

bool BulkWrite::verify(const QStringList &tables, QString *error)
{
    // Rows held back are written first, so that they are checked too (a server checks each row itself).
    if (!flush(error))
        return false;
    if (m_server)
        return true;
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
            return setError(error, sqlErrorText(q.lastError()));
        // The message SQLite gives when it enforces the constraints itself (database errors are not translated).
        if (q.value(0).toInt() > 0)
            return setError(error, QStringLiteral("CHECK constraint failed: %1").arg(table));
    }
    return true;
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
    // Every column bound for this row: a value left from another row is never written by mistake.
    for (quint64 serial : m_boundIn) {
        if (serial != m_rowSerial)
            return setError(error, QStringLiteral("BatchInsert: a column of %1 was not bound").arg(m_table));
    }
    ++m_rowSerial;
    if (!m_held) {
        if (m_slot == 0 && !reserveIds(error))
            return false;
        m_lastId = m_nextId++;
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
        m_slot = 0;
        return m_statement.exec(error);
    }
    if (m_pending.isEmpty())
        return true;
    QSqlError sqlError;
    const bool ok = BulkWrite::insertMany(m_bulk->file(), m_table, m_columns, m_pending, &sqlError);
    m_pending.clear();
    return ok || m_bulk->refused(m_entity, sqlError, error);
}

} // namespace Vigie
