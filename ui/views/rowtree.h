#pragma once

#include <QTreeView>

namespace Vigie {

class FrozenColumn;

// The Strategy page's tree of plans, key areas and measures: its first column (the measure's number and
// title, or whichever the user dragged first) stays in view while the others scroll sideways, as the
// flat tables' does (FrozenColumn). At 200 % the titles took the width of the window, and the owner,
// due date and status beside them were read without their measure. The frozen column shows the same
// rows expanded and collapsed as the tree, and a branch opened or closed on either is on both. As it is
// shown, it reads which rows are expanded: a walk of every row that has children, cheap for a plan's
// hundreds of measures, not meant for a tree of a million rows.
class RowTree : public QTreeView
{
    Q_OBJECT
public:
    explicit RowTree(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    // The view drawing the frozen column, shown while the tree is scrolled sideways.
    QTreeView *frozenView() const { return m_frozen; }
    // The column kept in view (logical): the first one shown; -1 when there is none.
    int frozenColumn() const;
    // The width it is kept in view at: its own, or two fifths of the tree when that is less.
    int frozenWidth(int column) const;

protected:
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The frozen column's rows expanded as the tree's.
    void followExpanded(const QModelIndex &parent = QModelIndex());

    QTreeView *m_frozen;
    FrozenColumn *m_frozenColumn = nullptr; // null while the view is made (its base lays it out)
};

} // namespace Vigie
