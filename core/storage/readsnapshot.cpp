#include "readsnapshot.h"

#include "storage/sqlaccess.h"

namespace Vigie {

ReadSnapshot::ReadSnapshot(const PortfolioFile &file)
    : m_db(sqlDatabase(file))
{
    if (!file.isServer())
        m_open = m_db.transaction(); // BEGIN (deferred): the first read takes the shared lock
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        m_db.rollback();
}

} // namespace Vigie
