#pragma once

#include "merge/mergeplan.h"
#include "storage/edits.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace Vigie {

class PortfolioFile;
struct MergeCopy;

struct MergeOptions
{
    MergeChoice prefer = MergeChoice::Unresolved; // who wins conflicts nobody decided one by one
    QHash<QString, MergeChoice> choices;          // decisions, by MergeItem::id()
};

// Merges copies sent to organizations back into the portfolio they came from (KeePassXC's Merger is the
// model: rows matched by UUID, a readable list of what changed). A three-way merge against the state
// each copy was taken from, read from both journals: what only the copy changed comes in, what only this
// file changed stays, the same field changed on both sides to different values is a conflict someone
// decides, as is a row deleted on one side and changed on the other. Rows the copy added come in with
// their children (a measure's status change brings its history row). References are compared and
// written by the referenced row's UUID; derived values (computed colours, a project's budget following
// its baselines) are not compared: they follow.
//
// The whole merge is one transaction and one changeset (origin "merge:<copy>:<organization>;…"), so it
// is undone as one edit; every change it applied or kept is recorded with its origin in the copy (who,
// when, which ministry: merge_log), which the merge report reads. Merging a copy again takes in only
// what changed in it since. Copies are untrusted input, opened read-only and checked first: a copy of
// another portfolio, a damaged file or a file that is not a copy is refused and nothing is written.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Merger)
public:
    explicit Merger(PortfolioFile &file);
    ~Merger();

    // Opens and checks the copies. False (and why) when one cannot be merged; nothing is written.
    bool open(const QStringList &copies, QString *error);
    // What merging the opened copies would do, with the conflicts decided as `options` says.
    bool plan(const MergeOptions &options, MergePlan *plan, QString *error);
    // Writes a plan made by plan(): one transaction, one changeset. Refuses one with undecided conflicts.
    EditResult apply(const MergePlan &plan);

    // Open, plan and, unless conflicts are left undecided or `dryRun`, apply: the one core call of
    // `vigie merge` and of the desktop application's merge command. `plan` receives the plan.
    static EditResult merge(PortfolioFile &file, const QStringList &copies, const MergeOptions &options,
                            MergePlan *plan, bool dryRun = false);

    // The undo text of a merge of these sources ("Merge Copy from MCE").
    static QString undoText(const QList<MergeSource> &sources);

private:
    // False, with *error, when a read of a copy or of the portfolio stopped on an error (the file is damaged).
    bool readWhole(QString *error) const;
    PortfolioFile &m_file;
    std::vector<std::unique_ptr<MergeCopy>> m_copies;
};

} // namespace Vigie
