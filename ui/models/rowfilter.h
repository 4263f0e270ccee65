#pragma once

#include "model/entities.h"

#include <QModelIndex>
#include <QSet>
#include <QString>

#include <utility>

namespace Vigie {

// What the filter bar asks for. `text` is lower-cased once per keystroke; every model keeps a
// lower-cased search key per row (code, names in both languages, organization) so matching 100,000
// rows is a plain substring scan.
struct RowFilter
{
    QString text;
    RowId organizationId = 0; // 0 = any
    RowId keyAreaId = 0;      // 0 = any
    int status = -1;          // MeasureStatus, -1 = any
    int health = -1;          // Health of `indicator`, -1 = any
    int indicator = int(Indicator::Overall); // which indicator `health` is about
    int state = -1;           // ProjectState, -1 = any
    bool missingTranslation = false;
    int flag = 0; // RowFlag: only rows showing this (0 = any)
    // RowFlag::Listed: the rows of these ids only, named `listName` in the filter bar ("Worse since
    // March 2016": the Overview's movers).
    QSet<RowId> ids;
    QString listName;

    bool isEmpty() const
    {
        return text.isEmpty() && !organizationId && !keyAreaId && status < 0 && health < 0 && state < 0
            && !missingTranslation && !flag;
    }
};

// What a row shows that a reader may want to see alone (the filter bar's "Show" list).
enum class RowFlag : int {
    None = 0,
    DeclaredDiffers = 1, // a declared colour differs from the one the rule computes, on any indicator
    DeclaredGreener = 2, // a colour shown (declared where set) is greener than the rule's, on any indicator
    Listed = 4,          // one of RowFilter::ids (a list another page made: movers between periods)
    Stale = 8,           // not touched since the latest frozen period (analysis/staleness.h): projects, measures
    NoMeasure = 16,      // a project serving no measure of the strategy
    // Measures the Strategy view flags (analysis/strategychecks.h), as the Overview counts them:
    Inconsistent = 32,   // status and percent in disagreement
    Overdue = 64,        // past due, neither completed nor cancelled
    NoProject = 128,     // under way with no project serving it
};

// Implemented by the models so the proxy can test a row without going through QVariant.
class FilterableModel
{
public:
    virtual ~FilterableModel() = default;
    virtual bool rowMatches(int row, const QModelIndex &parent, const RowFilter &filter) const = 0;
    // Which filters make sense for this model (the filter bar hides the others).
    enum Capability { FilterText = 1, FilterOrganization = 2, FilterKeyArea = 4, FilterStatus = 8, FilterHealth = 16,
                      FilterTranslation = 32, FilterState = 64, FilterFlags = 128 };
    virtual int filterCapabilities() const = 0;
    // A totals row: kept last whatever the sort, and by every filter.
    virtual bool isPinned(int row) const
    {
        Q_UNUSED(row)
        return false;
    }
};

// A model that filters and sorts its rows itself (in SQLite, a million rows without holding them): a
// table shows it without a FilterProxy, hands it the filter bar's filter, and its sort() sorts.
class SelfFilteringModel
{
public:
    virtual ~SelfFilteringModel() = default;
    virtual void setFilter(const RowFilter &filter) = 0;
    // Rows with no filter (the status line's "of 1,000,000").
    virtual int totalRows() const = 0;
    // Whether sorting and filtering can run again: false once the document is outdated (Document::
    // isOutdated: its server connection lost, its format changed elsewhere), when the rows read before
    // are all the model has, and a sort or a filter would leave an empty table.
    virtual bool canQueryAgain() const { return true; }
    // The filter and the order of the rows shown. A query that could not run (its connection lost) leaves
    // them behind what the filter bar and the header asked: a frozen table shows these instead.
    virtual RowFilter shownFilter() const = 0;
    virtual std::pair<int, Qt::SortOrder> shownOrder() const = 0;
};

} // namespace Vigie
