#pragma once

#include <QString>

// What the sqlite3 command-line shell runs for each step: the same work on the same file, as the
// limit Vigie is compared with. Scripts are fed to `sqlite3 FILE` on standard input.
namespace VigieBench::SqliteEquivalent {

// Vigie's open: an integrity check and the list of tables (PortfolioFile::open).
QString open();
// The summary's aggregate queries, as core/analysis/summary.cpp runs them (keep in step).
QString summary();
// .import of the CSV into a new table of the file.
QString import(const QString &csv);
// The rows Vigie's import writes for a US IT Dashboard CSV (us-itdashboard.json mapping), written by
// SQL: the CSV into a temporary table, then organizations, projects, baselines and one journal row per
// created project and baseline, with the same indexes, in one transaction, CHECKs verified at the end
// as BulkWrite does. The computed indicators are left out (Vigie computes them in C++).
QString importSameRows(const QString &csv);
// The projects as Exporter writes them (core/io/exporttables.cpp), to a CSV file.
QString exportProjects(const QString &output);

} // namespace VigieBench::SqliteEquivalent
