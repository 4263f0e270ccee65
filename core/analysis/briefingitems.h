#pragma once

#include "analysis/briefingdraft.h"
#include "model/entities.h"

#include "storage/portfoliofile.h"

#include <QCoreApplication>
#include <QList>

namespace Vigie {

// The briefing items stored in a portfolio (table briefing_item) for one reporting period: reading them,
// converting drafted items to rows, and the rules of editing them (positions in a section, moves across
// sections, redrafting). The write functions run inside the caller's transaction (Edits::run): each is
// one undoable edit when called through the document's edit facade.
class BriefingItems
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::BriefingItems)
public:
    static constexpr int kPositionStep = 10;

    // Items of `periodId` (0: items with no period), ordered by section then position.
    static QList<BriefingItem> load(const PortfolioFile &file, RowId periodId);
    // The field values PortfolioFile::insertRow() takes for an item (a drafted item: origin 'drafted').
    static FieldValues rowValues(const DraftedItem &item, RowId periodId, int position);
    static FieldValues rowValues(const BriefingItem &item);
    // Drafted items turned into unsaved items with positions 10, 20, … in each section (for `vigie
    // briefing` on a file with no items: the briefing is drafted in memory, the file is not written).
    static QList<BriefingItem> fromDraft(const QList<DraftedItem> &items, RowId periodId);
    // Items of one section, in order.
    static QList<BriefingItem> inSection(const QList<BriefingItem> &items, BriefingSection section);

    // --- edits, in the caller's transaction
    // Appends a free item (text, or a chart/table marker) at the end of `section`; returns its UUID.
    static QString add(PortfolioFile &file, RowId periodId, BriefingSection section, const BilingualText &text,
                       QString *error);
    // The item's text in one language. Editing a drafted item makes it the analyst's own (origin 'free'), so
    // that drafting again from the data never replaces it. Block markers are reserved.
    static bool setText(PortfolioFile &file, const QString &uuid, const QString &language, const QString &text,
                        QString *error);
    // Moves an item up (-1) or down (+1) within its section, or across into the neighbouring section.
    static bool move(PortfolioFile &file, RowId periodId, const QString &uuid, int delta, QString *error);
    // Replaces the period's drafted items with `drafted`; the analyst's own items stay.
    static bool redraft(PortfolioFile &file, RowId periodId, const QList<DraftedItem> &drafted, QString *error);
};

} // namespace Vigie
