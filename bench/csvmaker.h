#pragma once

#include <QString>

namespace VigieBench {

// Writes the import benchmark's CSV: the records of `source` (the US IT Dashboard's 2012 projects)
// repeated until there are `rows`, each with a new, unique project code ("BENCH-000001"…) in the column
// named `codeColumn`, so every row creates a project. Same header, RFC 4180 quoting, UTF-8.
bool makeCsv(const QString &source, const QString &codeColumn, int rows, const QString &output, QString *error);

} // namespace VigieBench
