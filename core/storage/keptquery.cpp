#include "keptquery.h"

#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QSqlError>

namespace Vigie {

namespace {

// Statements are made from a few shapes (a column of a table, a set of columns): more than this many
// means text that varies, which keeping would not pay for.
constexpr size_t kMostKept = 1000;

} // namespace

KeptQuery::KeptQuery(const PortfolioFile &file, const QString &sql)
    : m_file(file)
    , m_sql(sql)
{
    auto &kept = file.m_keptQueries;
    auto it = kept.find(sql);
    if (it == kept.end() && kept.size() < kMostKept) {
        auto statement = std::make_unique<KeptStatement>(file.database());
        readForwardOnly(statement->query); // rows are read once, in order (not cached by Qt)
        if (!statement->query.prepare(sql)) {
            // Not kept: the caller gets this statement and its error, without preparing it again.
            m_local.emplace(std::move(statement->query));
            m_query = &*m_local;
            return;
        }
        it = kept.emplace(sql, std::move(statement)).first;
    }
    if (it == kept.end() || it->second->busy) {
        // Not kept (too many kept) or lent further up the stack: a statement of its own for this use.
        m_local.emplace(file.database());
        readForwardOnly(*m_local);
        m_local->prepare(sql);
        m_query = &*m_local;
        return;
    }
    m_kept = it->second.get();
    m_kept->busy = true;
    m_query = &m_kept->query;
}

KeptQuery::~KeptQuery()
{
    // A failed statement is freed after the transaction (PortfolioFile::m_failedStatements).
    const auto bury = [this](QSqlQuery &query) {
        query.finish();
        if (m_file.m_transactionDepth > 0)
            m_file.m_failedStatements.push_back(std::move(query));
    };
    if (!m_kept) {
        if (m_local && m_local->lastError().isValid())
            bury(*m_local);
        return;
    }
    const bool failed = m_kept->query.lastError().isValid();
    m_kept->busy = false;
    if (failed) {
        bury(m_kept->query);
        m_file.m_keptQueries.erase(m_sql);
    } else {
        m_kept->query.finish();
    }
}

} // namespace Vigie
