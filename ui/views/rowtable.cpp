#include "rowtable.h"

#include "views/frozencolumn.h"

#include <QHeaderView>

#include <algorithm>

namespace Vigie {

RowTable::RowTable(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new FrozenPane<QTableView>(this))
{
    m_frozenColumn = new FrozenColumn(this, horizontalHeader(), m_frozen, m_frozen->horizontalHeader(), [this] {
        m_frozen->setWordWrap(wordWrap());
        m_frozen->setShowGrid(showGrid());
        // Setting it walks every row's section, even to the same size: a million at each scroll step.
        if (m_frozen->verticalHeader()->defaultSectionSize() != verticalHeader()->defaultSectionSize())
            m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    });
    m_frozen->setCornerButtonEnabled(false);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setMinimumSectionSize(1);
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

void RowTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozenColumn->modelChanged();
}

void RowTable::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    m_frozenColumn->selectionModelChanged();
}

void RowTable::setRowHeight(int height)
{
    verticalHeader()->setMinimumSectionSize(1);
    verticalHeader()->setDefaultSectionSize(height);
    // Hidden, it holds no rows and this costs nothing; given the model later, its rows are made at this
    // height (a change then would resize each of a million rows, one signal each).
    m_frozen->verticalHeader()->setDefaultSectionSize(height);
}

void RowTable::setFrozenColumnCount(int count)
{
    m_frozenColumn->setCount(count);
}

int RowTable::frozenColumn() const
{
    return m_frozenColumn->column();
}

QList<int> RowTable::frozenColumns() const
{
    return m_frozenColumn->columns();
}

int RowTable::frozenWidth(int column) const
{
    return m_frozenColumn->width(column);
}

QModelIndex RowTable::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if ((action == MoveHome || action == MoveEnd) && model() && model()->rowCount(rootIndex()) > 0) {
        const int column = currentIndex().isValid() ? currentIndex().column() : horizontalHeader()->logicalIndexAt(0);
        const int row = action == MoveHome ? 0 : model()->rowCount(rootIndex()) - 1;
        return model()->index(row, std::max(0, column), rootIndex());
    }
    return QTableView::moveCursor(action, modifiers);
}

void RowTable::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    m_frozenColumn->scrollTo(index, hint, [this](const QModelIndex &i, ScrollHint h) { QTableView::scrollTo(i, h); });
}

void RowTable::updateGeometries()
{
    QTableView::updateGeometries();
    if (!m_frozenColumn)
        return;
    m_frozenColumn->place();
}

void RowTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_frozenColumn)
        m_frozenColumn->place();
}

} // namespace Vigie
