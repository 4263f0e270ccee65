#pragma once

#include "storage/entity.h"
#include "storage/schema.h"
#include "storage/sqlstatement.h"

#include <QByteArrayList>
#include <QSqlDatabase>
#include <QVariant>

#include <utility>
#include <vector>

struct sqlite3;

namespace Vigie {

class BatchInsert;
class PortfolioFile;

// Settings for one large write inside one transaction (an import of 100,000 rows), put back when the
// scope ends; and the rows its BatchInserts and the journal hold back until they fill a statement.
//
// In a file (SQLite):
// - A larger page cache (`cacheKib`; 0 leaves it as it is), so SQLite does not spill half-written pages to
//   the file and read them back. Memory is only taken as the transaction grows. Larger than the pages
//   rows are written into is slower: it only holds pages written once, until the commit (the import
//   takes 32 MB; PERFORMANCE.md, part 13).
// - With `deferChecks`, CHECK constraints are not evaluated row by row. SQLite 3.40 builds a temporary
//   b-tree for every `x IN ('a', 'b', 'c')` constraint each time a row is written (six per project row),
//   which made the allocator grow and trim the heap hundreds of thousands of times and cost half the
//   import. The same constraints (Schema::columnChecks) are tested another way, before the caller
//   commits; a violation makes the caller roll back, so the file never holds a row the schema forbids:
//   - a BatchInsert tests the values it binds, and refuses a row that breaks one (exec());
//   - every other row written to a table with constraints while they are off (an UPDATE, a row inserted
//     by another statement, a value a BatchInsert cannot judge as SQLite would) is noted by rowid, as
//     SQLite writes it (its update hook), and verify() tests those rows.
//   verify() used to test whole tables: a second pass over every project, 7% of an import at a million
//   rows, and a second's scan for an import of ten rows into a portfolio of a million
//   (PERFORMANCE.md, part 25).
// - Rows go BatchInsert::kFileRows to a statement, and the journal's JournalWriter::kFileRows.
// On a server (PostgreSQL) the page cache and the checks do not apply (the server checks every row
// itself, and a round trip per row is what costs): rows go a few hundred to a statement, and so do the
// journal's. Either way flush() writes what is held back, tables in reference order; the caller flushes
// before reading what it wrote, and the outermost commit writes the journal's last rows.
class BulkWrite
{
public:
    explicit BulkWrite(PortfolioFile &file, int cacheKib = 0, bool deferChecks = true);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    PortfolioFile &file() const { return m_file; }
    bool isServer() const { return m_server; }

    // Writes what is held back (flush()), then in a file: true when every row written to a table with
    // CHECK constraints since they were turned off, and not tested by a BatchInsert, satisfies them
    // (Schema::columnChecks). Rows tested are not tested again by the next call.
    bool verify(QString *error);
    // Writes the rows held back, every table's in reference order, then the journal's. A refusal of the
    // server's row security is said as ServerRoles::refusal says it.
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
    // The tables' rows only, as a BatchInsert that has filled its statement writes them (what its rows
    // refer to first). The journal keeps the rows it holds until it has a statement's worth (32 in a
    // file, a few hundred on a server) or flush() or the commit writes them: in a file they went one at
    // a time when a table's statement filled, a quarter of an import's journal rows.
    bool flushTables(QString *error);
    bool refused(Entity entity, const QSqlError &error, QString *message) const;

    // The rows of one table with constraints written while they are off, that verify() tests: rowid
    // ranges in the order written, or the whole table once there are more than kMostRanges of them.
    struct Written
    {
        QByteArray table;
        QStringList conditions;
        std::vector<std::pair<qint64, qint64>> ranges;
        bool wholeTable = false;
    };
    static constexpr size_t kMostRanges = 4096;
    // SQLite's update hook: a row of `table` inserted, changed or deleted.
    static void rowWritten(void *bulk, int operation, const char *database, const char *table, long long rowid);
    void note(Written &written, qint64 rowid);
    Written *writtenOf(const QByteArray &table);

    PortfolioFile &m_file;
    QSqlDatabase m_db;
    bool m_server = false;
    bool m_cacheSet = false;
    bool m_checksDeferred = false;
    int m_previousCache = -2000;
    std::vector<BatchInsert *> m_inserts; // holding rows back (server), in reference order
    sqlite3 *m_hooked = nullptr;          // the connection whose update hook notes rows for verify()
    std::vector<Written> m_written;       // the tables with constraints, while they are off
    // The statement of a BatchInsert that tested its rows' values, while it runs: the rowids it inserts
    // into its table, which the hook does not note.
    const char *m_sendingTable = nullptr;
    qint64 m_sendingFirst = 0;
    qint64 m_sendingLast = -1;
};

// One INSERT run for many rows of a table inside a BulkWrite, with SqlStatement's binding calls. Rows are
// held back and written many to a statement, each with its id taken beforehand (so rows that refer to it
// can be written once it is): in a file kFileRows to a statement, each value bound straight into its
// place in the statement (each INSERT otherwise opens and closes the table and every index of it, and a
// statement transaction, for one row: PERFORMANCE.md, part 14), ids following the table's largest; on a
// server a few hundred to a statement, ids from the table's identity sequence. BulkWrite::flush() writes
// what is held, every table's in reference order. lastInsertId() is the row's id either way. Values are
// bound by 1-based index, and every column is bound for each row: a row with a column left unbound is
// refused by exec(). While a BulkWrite has CHECK constraints off, the values bound to columns with one
// are tested here (a row that breaks one is refused by exec(), as SQLite would have refused it), and a
// value that cannot be judged as SQLite would judge it (a number for a text column, text for a number
// one) leaves its row for BulkWrite::verify().
class BatchInsert
{
public:
    static constexpr int kFileRows = 32;

    BatchInsert() = default;
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    bool prepare(BulkWrite &bulk, Entity entity, const QStringList &columns, QString *error);
    bool isPrepared() const { return m_bulk != nullptr; }

    void bind(int index, const QString &value)
    {
        if (!bound(index))
            return;
        if (m_held)
            return hold(index, value.isNull() ? QVariant() : QVariant(value));
        if (m_checking && !value.isNull())
            testText(index, value);
        m_statement.bind(place(index), value);
    }
    void bind(int index, const QVariant &value)
    {
        if (!bound(index))
            return;
        if (m_held)
            return hold(index, value);
        if (m_checking && !value.isNull())
            testValue(index, value);
        m_statement.bind(place(index), value);
    }
    void bind(int index, qint64 value)
    {
        if (!bound(index))
            return;
        if (m_held)
            return hold(index, value);
        if (m_checking)
            testNumber(index, double(value));
        m_statement.bind(place(index), value);
    }
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value)
    {
        if (!bound(index))
            return;
        if (m_held)
            return hold(index, value);
        if (m_checking)
            testNumber(index, value);
        m_statement.bind(place(index), value);
    }
    // UTF-8 text, copied (the caller's buffer may change before the row is written).
    void bindUtf8(int index, QByteArrayView utf8)
    {
        if (!bound(index))
            return;
        if (m_held)
            return hold(index, QString::fromUtf8(utf8));
        if (m_checking)
            testUtf8(index, utf8);
        m_statement.bindUtf8(place(index), utf8);
    }
    void bindNull(int index)
    {
        if (bound(index))
            m_held ? hold(index, QVariant()) : m_statement.bindNull(place(index)); // NULL passes every CHECK
    }

    bool exec(QString *error);
    qint64 lastInsertId() const { return m_lastId; }
    // Rows held back, not yet written.
    bool hasPending() const { return m_held ? !m_pending.isEmpty() : m_slot > 0; }

private:
    friend class BulkWrite;
    // Notes that column `index` is bound for this row; false for an index out of range.
    bool bound(int index)
    {
        if (index < 1 || index > m_width)
            return false;
        m_boundIn[size_t(index - 1)] = m_rowSerial;
        return true;
    }
    // The statement's parameter for column `index` of the row being bound (a file's): after the row's id.
    int place(int index) const { return m_slot * (m_width + 1) + 1 + index; }
    void hold(int index, const QVariant &value);
    // The value of column `index` tested against its CHECK constraint, if it has one: a row that breaks
    // it is refused; a value SQLite would first convert (by the column's affinity) is left to verify().
    void testText(int index, QStringView text);
    void testUtf8(int index, QByteArrayView utf8);
    void testNumber(int index, double value);
    void testValue(int index, const QVariant &value);
    const Schema::ColumnCheck *checkOf(int index) const
    {
        const int c = m_checkOf[size_t(index)];
        return c < 0 ? nullptr : &m_checks[c];
    }
    bool reserveIds(QString *error);
    bool send(QString *error);

    BulkWrite *m_bulk = nullptr;
    Entity m_entity = Entity::Project;
    QString m_table;
    int m_width = 0; // the columns the caller binds (the id is not one)
    int m_rank = 0;  // the table's place in reference order
    std::vector<quint64> m_boundIn; // the row each column was last bound for
    quint64 m_rowSerial = 1;
    // While the BulkWrite has CHECK constraints off, and the caller binds every column that has one: the
    // table's constraints, the one of each column (by index, -1 for none), and for the row being bound
    // whether a value broke one, or could not be judged.
    bool m_checking = false;
    QList<Schema::ColumnCheck> m_checks;
    std::vector<QByteArrayList> m_checkWords; // each check's words in UTF-8
    std::vector<int> m_checkOf;
    bool m_rowRefused = false;
    bool m_rowLeftToVerify = false;
    QByteArray m_tableName; // m_table in UTF-8, as SQLite's update hook names it
    qint64 m_lastId = 0;
    // A file's: kFileRows rows to a statement, ending "LIMIT ?" so that fewer are written at a flush;
    // the rows bound so far, the next id.
    SqlStatement m_statement;
    SqlStatement m_largestId;
    int m_slot = 0;
    qint64 m_nextId = 1;
    // A server's: the rows held back (id first), the ids taken and not used yet.
    bool m_held = false;
    QStringList m_columns;
    int m_batch = 1;
    std::vector<QVariant> m_row;
    QVariantList m_pending;
    std::vector<qint64> m_ids;
    size_t m_nextReserved = 0;
};

} // namespace Vigie
