#include "rowtable.h"

#include "views/itemdelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>

namespace Vigie {

namespace {

// The frozen column: a line at its right edge shows where the rows scroll under it.
class FrozenView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::Mid));
        const int x = viewport()->width() - 1;
        painter.drawLine(x, 0, x, viewport()->height());
    }
};

} // namespace

RowTable::RowTable(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new FrozenView(this))
{
    // Sideways by pixels: by whole columns, the one after the frozen column jumped under it.
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the table
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setItemDelegate(new ItemDelegate(m_frozen));
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setCornerButtonEnabled(false);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setMinimumSectionSize(1);
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *ours = m_frozen->horizontalHeader();
    ours->setSectionsMovable(false);
    ours->setStretchLastSection(false);
    ours->setContextMenuPolicy(Qt::CustomContextMenu);
    m_frozen->setContextMenuPolicy(Qt::CustomContextMenu);
    m_frozen->hide();

    QHeaderView *theirs = horizontalHeader();
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &RowTable::placeFrozen);
    connect(theirs, &QHeaderView::sectionResized, this, &RowTable::placeFrozen); // hidden: resized to 0
    connect(theirs, &QHeaderView::sectionMoved, this, &RowTable::placeFrozen);
    // The rows move together, whichever is scrolled (the wheel over the frozen column scrolls it).
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(), &QScrollBar::setValue);
    // Only from a frozen column laid out over the same rows: one given or letting go of the model goes
    // through empty ranges, and its value of 0 took the table back to its first row.
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_frozen->isHidden() && m_frozen->verticalScrollBar()->maximum() == verticalScrollBar()->maximum())
            verticalScrollBar()->setValue(value);
    });
    connect(m_frozen->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this] { m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value()); });
    // One sort: the frozen header's indicator is the table's.
    connect(theirs, &QHeaderView::sortIndicatorChanged, this, [ours](int section, Qt::SortOrder order) {
        const QSignalBlocker quiet(ours);
        ours->setSortIndicator(section, order);
    });
    connect(ours, &QHeaderView::sortIndicatorChanged, theirs, &QHeaderView::setSortIndicator);
    // Its width dragged on the frozen header is the column's (not the width followColumns gives it: a
    // column too wide is shown narrower, and that must not narrow the column).
    connect(ours, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (!m_followingColumns && m_frozen->isVisible() && logical == frozenColumn() && size > 0)
            setColumnWidth(logical, size);
    });
    connect(ours, &QHeaderView::customContextMenuRequested, this, [this, ours, theirs](const QPoint &pos) {
        Q_EMIT theirs->customContextMenuRequested(theirs->mapFromGlobal(ours->mapToGlobal(pos)));
    });
    connect(m_frozen, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QPoint global = m_frozen->viewport()->mapToGlobal(pos);
        if (contextMenuPolicy() == Qt::ActionsContextMenu && !actions().isEmpty())
            QMenu::exec(actions(), global, nullptr, this);
        else if (contextMenuPolicy() == Qt::CustomContextMenu)
            Q_EMIT customContextMenuRequested(viewport()->mapFromGlobal(global));
    });
    connect(m_frozen, &QAbstractItemView::pressed, this, [this](const QModelIndex &index) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT pressed(index);
    });
    connect(m_frozen, &QAbstractItemView::clicked, this, &QAbstractItemView::clicked);
    connect(m_frozen, &QAbstractItemView::doubleClicked, this, &QAbstractItemView::doubleClicked);
    connect(m_frozen, &QAbstractItemView::activated, this, &QAbstractItemView::activated);
}

void RowTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    showFrozenFrom(nullptr);
    placeFrozen();
}

void RowTable::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    if (m_frozen->model() && m_frozen->model() == model())
        m_frozen->setSelectionModel(selectionModel);
}

void RowTable::showFrozenFrom(QAbstractItemModel *model)
{
    // Every view given a model makes a selection model of its own: the frozen column's are let go, its
    // selection is the table's.
    QItemSelectionModel *before = m_frozen->selectionModel();
    m_frozen->setModel(model);
    QItemSelectionModel *made = m_frozen->selectionModel();
    if (model)
        m_frozen->setSelectionModel(selectionModel());
    for (QItemSelectionModel *own : { before, made }) {
        if (own && own != m_frozen->selectionModel() && own->parent() == m_frozen)
            own->deleteLater();
    }
}

void RowTable::setRowHeight(int height)
{
    verticalHeader()->setMinimumSectionSize(1);
    verticalHeader()->setDefaultSectionSize(height);
    // Hidden, it holds no rows and this costs nothing; given the model later, its rows are made at this
    // height (a change then would resize each of a million rows, one signal each).
    m_frozen->verticalHeader()->setDefaultSectionSize(height);
}

int RowTable::frozenColumn() const
{
    if (!model() || isRightToLeft())
        return -1;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return -1;
}

int RowTable::frozenWidth(int column) const
{
    return std::min(columnWidth(column), viewport()->width() * 2 / 5);
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
    const int frozen = frozenColumn();
    if (index.isValid() && frozen >= 0 && index.column() == frozen && m_frozen->isVisible()) {
        // A row chosen in the frozen column (a click, a search) is in view sideways already: only
        // its height is scrolled to, or the columns read beside it would jump back to the start.
        const QSignalBlocker still(horizontalScrollBar()); // nor does the table move sideways meanwhile
        const int sideways = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(sideways);
        return;
    }
    QTableView::scrollTo(index, hint);
    // A cell the table scrolled to is not left under the frozen column (placed as the table scrolled).
    if (!index.isValid() || frozen < 0 || index.column() == frozen || m_frozen->isHidden())
        return;
    const int covered = m_frozen->width() - visualRect(index).left();
    if (covered > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - covered);
}

void RowTable::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozen();
}

void RowTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeFrozen();
}

void RowTable::followLook()
{
    if (m_frozen->alternatingRowColors() != alternatingRowColors())
        m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setEditTriggers(editTriggers());
    m_frozen->setTextElideMode(textElideMode());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->setShowGrid(showGrid());
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    // Setting it walks every row's section, even to the same size: a million at each scroll step.
    if (m_frozen->verticalHeader()->defaultSectionSize() != verticalHeader()->defaultSectionSize())
        m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    const QHeaderView *theirs = horizontalHeader();
    QHeaderView *ours = m_frozen->horizontalHeader();
    ours->setVisible(!theirs->isHidden());
    ours->setDefaultAlignment(theirs->defaultAlignment());
    ours->setHighlightSections(theirs->highlightSections());
    ours->setSortIndicatorShown(theirs->isSortIndicatorShown());
    const QSignalBlocker quiet(ours);
    ours->setSortIndicator(theirs->sortIndicatorSection(), theirs->sortIndicatorOrder());
}

void RowTable::followColumns()
{
    const int frozen = frozenColumn();
    const int columns = model() ? model()->columnCount(rootIndex()) : 0;
    for (int c = 0; c < columns; ++c) {
        if (m_frozen->isColumnHidden(c) != (c != frozen))
            m_frozen->setColumnHidden(c, c != frozen);
    }
    if (frozen >= 0 && m_frozen->columnWidth(frozen) != frozenWidth(frozen)) {
        const QScopedValueRollback<bool> following(m_followingColumns, true);
        m_frozen->setColumnWidth(frozen, frozenWidth(frozen));
    }
}

void RowTable::placeFrozen()
{
    // At rest the table draws its first column itself; scrolled sideways, it would scroll out of view. A
    // column too wide to leave the others room is shown narrower, once what it hides has scrolled under
    // it (before, the table would show the column's rest beside its beginning).
    const int frozen = frozenColumn();
    const int sideways = horizontalScrollBar()->value();
    if (frozen < 0 || sideways == 0 || sideways < columnWidth(frozen) - frozenWidth(frozen)
        || model()->rowCount(rootIndex()) == 0) {
        if (!m_frozen->isHidden()) {
            m_frozen->hide();
            // Hidden, it lets the model go: a second view over a million rows doubles what every reset
            // and sort costs the window (its rows' header). Not at once: this may run inside one of its
            // own events (a click on its header sorted the rows, and they were read again).
            QTimer::singleShot(0, this, [this] {
                if (m_frozen->isHidden())
                    showFrozenFrom(nullptr);
            });
        }
        return;
    }
    if (m_frozen->isHidden()) {
        if (m_frozen->model() != model())
            showFrozenFrom(model());
        followLook(); // once as it is shown, not at each step of a scroll
    }
    // The table's header stops sorting while its rows cannot be read again (TablePage::updateQueryControls).
    QHeaderView *ours = m_frozen->horizontalHeader();
    if (ours->sectionsClickable() != horizontalHeader()->sectionsClickable())
        ours->setSectionsClickable(horizontalHeader()->sectionsClickable());
    followColumns();
    const QHeaderView *header = horizontalHeader();
    const int top = header->isHidden() ? viewport()->y() : header->y();
    if (!header->isHidden())
        m_frozen->horizontalHeader()->setFixedHeight(header->height());
    m_frozen->setGeometry(viewport()->x(), top, frozenWidth(frozen), viewport()->geometry().bottom() + 1 - top);
    if (m_frozen->isHidden()) {
        m_frozen->show();
        m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
    }
}

} // namespace Vigie
