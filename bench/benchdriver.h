#pragma once

#include <QString>
#include <QStringList>

namespace VigieBench {

struct Options
{
    int projects = 100000;   // synthetic sample size, when no portfolio is given
    quint64 seed = 1;
    int rows = 0;            // rows of the import CSV; 0 = as many as projects
    int repeat = 3;          // runs of each step, each side; best and median are reported
    QString work;            // working folder; a temporary one when empty
    QString portfolio;       // an existing synthetic portfolio (else one is generated)
    QString csv;             // an existing import CSV (else one is made from `source`)
    QString source;          // the US IT Dashboard CSV the import file is made from
    QString mapping;         // the import mapping of that CSV
    QString sqlite3;         // the sqlite3 shell; empty = look in PATH; "none" = no reference column
    QStringList only;        // the rows to run (their keys); empty = all
    bool window = true;      // the desktop window's steps (in-process, no reference)
    QString server;          // postgresql://… for the server rows; empty = a throwaway cluster (--only server)
};

// Runs every row: Vigie's side and its reference (the sqlite3 shell doing the same work on the same
// file) alternately, `repeat` times each, whole processes on both sides (the window's steps are timed
// inside their own process and have no reference); prints one Markdown table with best and median of
// both sides, the ratio of the medians, the target and whether it is met. Returns 0 when every row was
// measured (targets missed or not), 1 on a failure.
int runBenchmark(const Options &options);

// The rows' keys, for --only.
QStringList rowKeys();

} // namespace VigieBench
