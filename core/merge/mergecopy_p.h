#pragma once

// Internal to core/merge: one opened copy and where its merge starts (merger.cpp, mergeplanner.cpp,
// mergeapplier.cpp).
#include "merge/changereader.h"
#include "merge/copyorigin.h"
#include "merge/mergeplan.h"
#include "merge/rowreader.h"
#include "storage/portfoliofile.h"

#include <QSet>

#include <memory>

namespace Vigie {

struct MergeCopy
{
    QString path;
    std::unique_ptr<PortfolioFile> file; // opened read-only
    std::unique_ptr<RowReader> rows;
    std::unique_ptr<ChangeReader> changes;
    CopyOrigin origin;
    qint64 lastChangeset = 0;

    // Where this merge starts: the copy's changes after `copyAfter`; this file's changes from `fileFrom`
    // on, except, in changeset `fileFrom` itself, the rows `skipInFirst` (the last merge of this copy
    // brought them from the copy: they are not this file's own changes).
    qint64 copyAfter = 0;
    qint64 fileFrom = 1;
    QSet<QString> skipInFirst;
    bool mergedBefore = false;
    RowId organizationInCopy = 0; // the limited copy's organization, as a row key of the copy
};

// Plans one copy after another against the file, as if the earlier ones were already merged
// (mergeplanner.cpp).
class MergePlanner
{
public:
    MergePlanner(PortfolioFile &file, MergePlan *plan, const QHash<QString, MergeChoice> &choices, MergeChoice prefer);
    ~MergePlanner();
    bool planCopy(MergeCopy &copy, int source, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Writes a plan (mergeapplier.cpp), inside the caller's transaction.
bool applyMergePlan(PortfolioFile &file, const MergePlan &plan, const std::vector<std::unique_ptr<MergeCopy>> &copies,
                    QString *error);

} // namespace Vigie
