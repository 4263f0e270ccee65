#pragma once

#include <QSqlQuery>

#include <optional>

namespace Vigie {

class PortfolioFile;

// One statement of a connection's kept ones (PortfolioFile owns them, KeptQuery lends them).
struct KeptStatement
{
    explicit KeptStatement(const QSqlDatabase &db)
        : query(db)
    {
    }
    QSqlQuery query;
    bool busy = false; // lent to a KeptQuery now
};

// A statement that edits, imports and merges run once per row, prepared once per connection and kept for
// the next use. SQLite parses the SQL again at every prepare: a third of the time of a merge of ten
// copies went to it (issue 16). Qt's PostgreSQL driver makes every prepare() a PREPARE and every
// query's end a DEALLOCATE, each a round trip of its own beside the EXECUTE.
// Bind, exec and read while it lives; its end resets the statement, so that a SELECT read in part does
// not hold a read transaction open. A statement that failed is not kept (Qt leaves its bound values
// counted). A statement already lent further up the stack (a recursive walk over rows) is prepared afresh
// for the nested use.
class KeptQuery
{
public:
    KeptQuery(const PortfolioFile &file, const QString &sql);
    ~KeptQuery();

    QSqlQuery &operator*() const { return *m_query; }
    QSqlQuery *operator->() const { return m_query; }

private:
    const PortfolioFile &m_file;
    QString m_sql;
    KeptStatement *m_kept = nullptr;
    std::optional<QSqlQuery> m_local; // not kept: nested, or it could not be prepared (its error)
    QSqlQuery *m_query = nullptr;
    Q_DISABLE_COPY_MOVE(KeptQuery)
};

} // namespace Vigie
