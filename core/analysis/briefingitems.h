#pragma once

#include "analysis/briefingdraft.h"
#include "model/entities.h"

#include <QList>
#include <QVariantMap>

namespace Vigie {

class PortfolioFile;

// The briefing items stored in a portfolio (table briefing_item) for one reporting period, and the
// conversions between drafted items and rows. Writing goes through PortfolioFile's generic, journaled
// edits (the UI through its undo commands), so this class only reads and converts.
class BriefingItems
{
public:
    static constexpr int kPositionStep = 10;

    // Items of `periodId` (0: items with no period), ordered by section then position.
    static QList<BriefingItem> load(const PortfolioFile &file, RowId periodId);
    // The row values insertRow() takes for a drafted item (origin 'drafted').
    static QVariantMap rowValues(const DraftedItem &item, RowId periodId, int position);
    static QVariantMap rowValues(const BriefingItem &item);
    // Drafted items turned into unsaved items with positions 10, 20, … in each section (for `vigie
    // briefing` on a file with no items: the briefing is drafted in memory, the file is not written).
    static QList<BriefingItem> fromDraft(const QList<DraftedItem> &items, RowId periodId);
    // Items of one section, in order.
    static QList<BriefingItem> inSection(const QList<BriefingItem> &items, BriefingSection section);
};

} // namespace Vigie
