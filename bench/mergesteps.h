#pragma once

#include <QString>
#include <QStringList>

// Merging copies back (issue 15), for the benchmark: ten whole-portfolio copies of the synthetic sample,
// each with its own projects changed (1,000 each at 100,000 projects), merged into a fresh copy of the
// portfolio in one go, as `vigie merge FILE COPY1 … COPY10` does.
namespace VigieBench {

inline constexpr int kMergeCopies = 10;
// Projects changed in each copy: 1,000, or a tenth of a smaller portfolio.
int mergeChangedProjects(int projects);
QString mergeRowLabel(int projects);

// merge-prepare PORTFOLIO WORK: writes the copies into WORK once (extracted, then edited); later runs
// find them there. Not a row of the table: its time is setup.
int stepMergePrepare(const QStringList &args);
// merge-copies PORTFOLIO WORK: copies PORTFOLIO to a fresh master (not timed), opens it for writing and
// merges the copies; the time is the merge's (plan and write), the note has the open time beside it.
int stepMergeCopies(const QStringList &args);

} // namespace VigieBench
