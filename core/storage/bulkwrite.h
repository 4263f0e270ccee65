#pragma once

#include <QSqlDatabase>

namespace Vigie {

class PortfolioFile;

// Settings for one large write inside one transaction (an import of 100,000 rows), put back when the
// scope ends.
//
// - A large page cache, so SQLite does not spill half-written pages to the file and read them back.
//   Memory is only taken as the transaction grows.
// - CHECK constraints are not evaluated row by row. SQLite 3.40 builds a temporary b-tree for every
//   `x IN ('a', 'b', 'c')` constraint each time a row is written (six per project row), which made
//   the allocator grow and trim the heap hundreds of thousands of times and cost half the import.
//   verify() tests the same constraints once, over the whole tables, before the caller commits; a
//   violation makes the caller roll back, so the file never holds a row the schema forbids.
class BulkWrite
{
public:
    BulkWrite(PortfolioFile &file, int cacheKib);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    // True when every CHECK constraint of `tables` holds (Schema::checkConstraints).
    bool verify(const QStringList &tables, QString *error) const;

private:
    QSqlDatabase m_db;
    int m_previousCache = -2000;
};

} // namespace Vigie
