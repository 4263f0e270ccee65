#include "rowtree.h"

#include "views/frozencolumn.h"

#include <QHeaderView>

namespace Vigie {

RowTree::RowTree(QWidget *parent)
    : QTreeView(parent)
    , m_frozen(new FrozenPane<QTreeView>(this))
{
    m_frozenColumn = new FrozenColumn(this, header(), m_frozen, m_frozen->header(), [this] {
        m_frozen->setWordWrap(wordWrap());
        m_frozen->setUniformRowHeights(uniformRowHeights());
        m_frozen->setAllColumnsShowFocus(allColumnsShowFocus());
        m_frozen->setIndentation(indentation());
        m_frozen->setRootIsDecorated(rootIsDecorated());
        m_frozen->setItemsExpandable(itemsExpandable());
        m_frozen->setExpandsOnDoubleClick(expandsOnDoubleClick());
        followExpanded();
    });
    m_frozen->setAnimated(false);
    // A branch opened or closed on either is on both (a row already so is left as it is, so the two do not
    // echo each other). Qt's trees say so of every branch, expandAll(), collapseAll() and expandToDepth()
    // included.
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (m_frozen->model() == model())
            m_frozen->expand(index);
    });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (m_frozen->model() == model())
            m_frozen->collapse(index);
    });
    connect(m_frozen, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (m_frozen->model() == model())
            expand(index);
    });
    connect(m_frozen, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (m_frozen->model() == model())
            collapse(index);
    });
}

void RowTree::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    m_frozenColumn->modelChanged();
}

void RowTree::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTreeView::setSelectionModel(selectionModel);
    m_frozenColumn->selectionModelChanged();
}

int RowTree::frozenColumn() const
{
    return m_frozenColumn->column();
}

int RowTree::frozenWidth(int column) const
{
    return m_frozenColumn->width(column);
}

void RowTree::followExpanded(const QModelIndex &parent)
{
    const QAbstractItemModel *rows = model();
    if (!rows || m_frozen->model() != rows)
        return;
    const int count = rows->rowCount(parent);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = rows->index(row, 0, parent);
        if (!rows->hasChildren(index))
            continue;
        if (m_frozen->isExpanded(index) != isExpanded(index))
            m_frozen->setExpanded(index, isExpanded(index));
        followExpanded(index);
    }
}

void RowTree::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    m_frozenColumn->scrollTo(index, hint, [this](const QModelIndex &i, ScrollHint h) { QTreeView::scrollTo(i, h); });
}

void RowTree::updateGeometries()
{
    QTreeView::updateGeometries();
    if (m_frozenColumn)
        m_frozenColumn->place();
}

void RowTree::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (m_frozenColumn)
        m_frozenColumn->place();
}

} // namespace Vigie
