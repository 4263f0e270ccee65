#pragma once

#include <QSqlDatabase>

namespace Vigie {

class PortfolioFile;

// Reads that belong together (a summary's dozen statements) see one state of a portfolio file: a read
// transaction is held for the scope. A program committing between two of the statements cannot mix two
// states in one report, and SQLite takes and checks its shared lock once rather than once per statement
// (its locks and stats were a third of a summary's system calls). Nothing is written: the scope ends
// with a rollback. On a server, or inside a transaction already open, it does nothing.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const PortfolioFile &file);
    ~ReadSnapshot();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    Q_DISABLE_COPY_MOVE(ReadSnapshot)
};

} // namespace Vigie
