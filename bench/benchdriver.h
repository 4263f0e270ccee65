#pragma once

#include <QString>

namespace VigieBench {

struct Options
{
    int projects = 100000;   // synthetic sample size, when no portfolio is given
    quint64 seed = 1;
    int rows = 0;            // rows of the import CSV; 0 = as many as projects
    int repeat = 3;          // runs of each step; the median time and the largest peak are reported
    QString work;            // working folder; a temporary one when empty
    QString portfolio;       // an existing synthetic portfolio (else one is generated)
    QString csv;             // an existing import CSV (else one is made from `source`)
    QString source;          // the US IT Dashboard CSV the import file is made from
    QString mapping;         // the import mapping of that CSV
    QString sqlite3;         // the sqlite3 shell; empty = look in PATH; "none" = skip the limit columns
};

// Runs every step (each in its own process, `repeat` times) and the sqlite3 shell on the same work,
// and prints one Markdown table: time, peak memory, the ratio Vigie / sqlite3, the target and whether
// it is met. Returns 0 when every row was measured (targets missed or not), 1 on a failure.
int runBenchmark(const Options &options);

} // namespace VigieBench
