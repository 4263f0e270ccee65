#pragma once

#include "storage/entity.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <QVariant>

#include <vector>

namespace Vigie {

class BatchInsert;
class PortfolioFile;

// Settings for one large write inside one transaction (an import of 100,000 rows), put back when the
// scope ends; and, on a server, the rows its BulkInserts hold back until they fill a statement.
//
// In a file (SQLite):
// - A larger page cache (`cacheKib`; 0 leaves it as it is), so SQLite does not spill half-written pages to
//   the file and read them back. Memory is only taken as the transaction grows. Larger than the pages
//   rows are written into is slower: it only holds pages written once, until the commit (the import
//   takes 32 MB; PERFORMANCE.md, part 13).
// - With `deferChecks`, CHECK constraints are not evaluated row by row. SQLite 3.40 builds a temporary
//   b-tree for every `x IN ('a', 'b', 'c')` constraint each time a row is written (six per project row),
//   which made the allocator grow and trim the heap hundreds of thousands of times and cost half the
//   import. verify() tests the same constraints once, over the whole tables, before the caller commits; a
//   violation makes the caller roll back, so the file never holds a row the schema forbids.
// - The journal's rows are written JournalWriter::kFileRows to a statement (storage/journal.h).
// On a server (PostgreSQL) none of that applies (the server checks every row itself, and a round trip per
// row is what costs): rows go a few hundred to a statement (BatchInsert), and so do the journal's rows.
// flush() writes what is held back, tables in reference order; the caller flushes before reading what it
// wrote, and the outermost commit writes the journal's last rows.
class BulkWrite
{
public:
    explicit BulkWrite(PortfolioFile &file, int cacheKib = 0, bool deferChecks = true);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    PortfolioFile &file() const { return m_file; }
    bool isServer() const { return m_server; }

    // True when every CHECK constraint of `tables` holds (Schema::checkConstraints). On a server: flush().
    bool verify(const QStringList &tables, QString *error);
    // Writes the rows held back (a server's, every table's in reference order), then the journal's (a
    // file's too). A refusal of the server's row security is said as ServerRoles::refusal says it.
    bool flush(QString *error);
    // Runs `statement`, which changes one row of `entity` by its key: on a server a refusal is said in the
    // user's language, and a row that row security hides (no row changed) is refused the same way.
    bool execRow(SqlStatement &statement, Entity entity, QString *error) const;

    // Inserts `values` (whole rows of `columns`, in order) into `table`, many rows to a statement, each
    // statement prepared once per connection and kept. For a server; a failure's error is in *sqlError.
    static bool insertMany(const PortfolioFile &file, const QString &table, const QStringList &columns,
                           const QVariantList &values, QSqlError *sqlError);
    // Rows to a statement for rows `width` columns wide: a few hundred, as ServerStore's publish sends them.
    static int rowsPerStatement(int width);

private:
    friend class BatchInsert;
    bool refused(Entity entity, const QSqlError &error, QString *message) const;

    PortfolioFile &m_file;
    QSqlDatabase m_db;
    bool m_server = false;
    bool m_cacheSet = false;
    bool m_checksDeferred = false;
    int m_previousCache = -2000;
    std::vector<BatchInsert *> m_inserts; // holding rows back (server), in reference order
};

// One INSERT run for many rows of a table inside a BulkWrite, with SqlStatement's binding calls. In a file
// each exec() inserts the row at once through the prepared SqlStatement (nothing else on that path); on a
// server exec() keeps the row and its id, taken beforehand from the table's identity sequence (so rows
// that refer to it can be written before it is), until BulkWrite::flush() sends the rows a few hundred to
// a statement. lastInsertId() is the row's id either way. Values are bound by 1-based index and kept from
// row to row, as in SqlStatement.
class BatchInsert
{
public:
    BatchInsert() = default;
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    bool prepare(BulkWrite &bulk, Entity entity, const QStringList &columns, QString *error);
    bool isPrepared() const { return m_statement.isPrepared() || m_bulk; }

    void bind(int index, const QString &value)
    {
        if (m_held)
            hold(index, value.isNull() ? QVariant() : QVariant(value));
        else
            m_statement.bind(index, value);
    }
    void bind(int index, const QVariant &value)
    {
        if (m_held)
            hold(index, value);
        else
            m_statement.bind(index, value);
    }
    void bind(int index, qint64 value)
    {
        if (m_held)
            hold(index, value);
        else
            m_statement.bind(index, value);
    }
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value)
    {
        if (m_held)
            hold(index, value);
        else
            m_statement.bind(index, value);
    }

    bool exec(QString *error);
    qint64 lastInsertId() const { return m_held ? m_lastId : m_statement.lastInsertId(); }
    // Rows held back, not yet sent (server).
    bool hasPending() const { return !m_pending.isEmpty(); }

private:
    friend class BulkWrite;
    void hold(int index, const QVariant &value);
    bool reserveIds(QString *error);
    bool send(QString *error);

    SqlStatement m_statement; // a file's
    // A server's: the rows held back (id first), the ids taken and not used yet, the last row's id.
    BulkWrite *m_bulk = nullptr;
    bool m_held = false;
    Entity m_entity = Entity::Project;
    QString m_table;
    QStringList m_columns;
    int m_rank = 0; // the table's place in reference order
    int m_batch = 1;
    std::vector<QVariant> m_row;
    QVariantList m_pending;
    std::vector<qint64> m_ids;
    size_t m_nextId = 0;
    qint64 m_lastId = 0;
};

} // namespace Vigie
