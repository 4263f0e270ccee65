#pragma once

#include <QList>
#include <QString>

// What the sqlite3 command-line shell runs beside each Vigie step: the same work on the same file, as
// the limit Vigie is compared with. Scripts are fed to `sqlite3 FILE` on standard input.
namespace VigieBench::SqliteEquivalent {

struct Candidate
{
    QString label;
    QString script;
};

// The project figures of `vigie summary` (active projects, authorized budgets, and count and budgets by
// effective cost, schedule and overall colour, the computed overall included) as one aggregate query,
// written the ways SQLite could run it; the benchmark keeps the fastest on the machine and file.
QList<Candidate> summaryAggregates();
// The health trend's figures (active projects by overall colour in each period, measures completed in
// each period), written the ways SQLite could run them.
QList<Candidate> trendAggregates();
// Writing the rows of a portfolio file `source` into an empty portfolio (the file the script runs on),
// every table in row order with the same indexes and foreign keys, CHECKs off and verified at the end,
// in one transaction with the journal in memory: what `vigie sample synthetic` writes, by SQL alone.
QString copyRows(const QString &source);
// .import of the CSV into a new table of the file.
QString import(const QString &csv);
// The rows Vigie's import writes for a US IT Dashboard CSV (us-itdashboard.json mapping), written by
// SQL: the CSV into a temporary table, then organizations, projects with their computed indicators
// (Variance 10/30, reported variances first), baselines and one journal row per created project and
// baseline, with the same indexes, in one transaction, CHECKs verified at the end as BulkWrite does.
QString importSameRows(const QString &csv);
// The projects as Exporter writes them (core/io/exporttables.cpp), to a CSV file.
QString exportProjects(const QString &output);

} // namespace VigieBench::SqliteEquivalent
