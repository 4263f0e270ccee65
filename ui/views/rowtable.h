#pragma once

#include <QTableView>

namespace Vigie {

class FrozenColumn;

// The flat tables of the workspace (projects, workforce, envelopes): a table of rows, not a spreadsheet.
// - Home and End (with or without Ctrl) go to the first and the last row and keep the column, as they do
//   in a tree, instead of the row's first and last cell.
// - The first column (the project's code, or whichever the user dragged first) stays in view while the
//   others scroll sideways, as a frozen pane does (FrozenColumn); or the first two (an envelope's fiscal
//   year and organization).
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
    // How many of the first shown columns stay in view (1 unless told: an envelope is named by its
    // fiscal year and its organization).
    void setFrozenColumnCount(int count);
    // The column kept in view (logical): the first one shown; -1 when there is none.
    int frozenColumn() const;
    // All of them, in the table's order.
    QList<int> frozenColumns() const;
    // The width one is kept in view at (FrozenColumn::width).
    int frozenWidth(int column) const;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QTableView *m_frozen;
    FrozenColumn *m_frozenColumn = nullptr; // null while the view is made (its base lays it out)
};

} // namespace Vigie
