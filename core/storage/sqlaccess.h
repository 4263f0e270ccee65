#pragma once

#include "storage/portfoliofile.h"

#include <QSqlDatabase>

namespace Vigie {

// The SQL connection behind a portfolio, for core code that reads or bulk-writes it (analysis, io,
// samples). Only core includes this header: ui/ and app/ never run SQL (tst_coreboundary checks it).
class SqlAccess
{
public:
    static QSqlDatabase database(const PortfolioFile &file) { return file.database(); }
};

inline QSqlDatabase sqlDatabase(const PortfolioFile &file)
{
    return SqlAccess::database(file);
}

} // namespace Vigie
