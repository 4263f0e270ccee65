#pragma once

#include <QTableView>

namespace Vigie {

// The flat tables of the workspace (projects, workforce, envelopes): a table of rows, not a spreadsheet.
// - Home and End (with or without Ctrl) go to the first and the last row and keep the column, as they do
//   in a tree, instead of the row's first and last cell.
// - The first column (the project's code, or whichever the user dragged first) stays in view while the
//   others scroll sideways, as a frozen pane does: at 200 % on a laptop the Projects table shows its code,
//   name and organization, and the colours and dates that follow were read without knowing which project
//   they were. A second view over the same model and selection draws that column over the table once it
//   is scrolled sideways (at rest the table draws it itself, and that view holds no model: over a million
//   rows it would double what every reset costs). Clicks, right-clicks, sorting, resizing and
//   the header's menu on it act on the table. A first column wider than two fifths of the table is kept
//   at two fifths, its text cut short, or the rest would have no room (the workforce's specialty at
//   200 %); it is kept in view once the part it does not show has scrolled under it.
class RowTable : public QTableView
{
    Q_OBJECT
public:
    explicit RowTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    // Every row this high, in the table and in its frozen column.
    void setRowHeight(int height);
    // The view drawing the frozen column, shown while the table is scrolled sideways.
    QTableView *frozenView() const { return m_frozen; }
    // The column kept in view (logical): the first one shown; -1 when there is none.
    int frozenColumn() const;
    // The width it is kept in view at: its own, or two fifths of the table when that is less.
    int frozenWidth(int column) const;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The frozen column's view over `model` (the table's, when it is shown), or over none.
    void showFrozenFrom(QAbstractItemModel *model);
    void followLook();
    void followColumns();
    void placeFrozen();

    QTableView *m_frozen;
    bool m_followingColumns = false; // giving the frozen column its width, not the user dragging it
};

} // namespace Vigie
