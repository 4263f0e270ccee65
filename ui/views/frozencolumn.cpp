#include "frozencolumn.h"

#include "views/itemdelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <numeric>

namespace Vigie {

FrozenColumn::FrozenColumn(QAbstractItemView *view, QHeaderView *header, QAbstractItemView *frozen,
                           QHeaderView *frozenHeader, std::function<void()> followKind)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_frozen(frozen)
    , m_frozenHeader(frozenHeader)
    , m_followKind(std::move(followKind))
{
    // Sideways by pixels: by whole columns, the one after the frozen column jumped under it.
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the view
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setItemDelegate(new ItemDelegate(m_frozen));
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *ours = m_frozenHeader;
    QHeaderView *theirs = m_header;
    ours->setSectionsMovable(false);
    ours->setStretchLastSection(false);
    ours->setContextMenuPolicy(Qt::CustomContextMenu);
    m_frozen->setContextMenuPolicy(Qt::CustomContextMenu);
    m_frozen->hide();

    m_frozen->viewport()->installEventFilter(this);
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &FrozenColumn::place);
    connect(theirs, &QHeaderView::sectionResized, this, &FrozenColumn::place); // hidden: resized to 0
    connect(theirs, &QHeaderView::sectionMoved, this, &FrozenColumn::place);
    // The rows move together, whichever is scrolled (the wheel over the frozen column scrolls it).
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(), &QScrollBar::setValue);
    // Only from a frozen column laid out over the same rows: one given or letting go of the model goes
    // through empty ranges, and its value of 0 took the view back to its first row.
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_frozen->isHidden() && m_frozen->verticalScrollBar()->maximum() == m_view->verticalScrollBar()->maximum())
            m_view->verticalScrollBar()->setValue(value);
    });
    connect(m_frozen->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this] { m_frozen->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value()); });
    // One sort: the frozen header's indicator is the view's.
    connect(theirs, &QHeaderView::sortIndicatorChanged, this, [ours](int section, Qt::SortOrder order) {
        const QSignalBlocker quiet(ours);
        ours->setSortIndicator(section, order);
    });
    connect(ours, &QHeaderView::sortIndicatorChanged, theirs, &QHeaderView::setSortIndicator);
    // Its width dragged on the frozen header is the column's (not the width followColumns gives it: a
    // column too wide is shown narrower, and that must not narrow the column).
    connect(ours, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (!m_followingColumns && m_frozen->isVisible() && size > 0 && columns().contains(logical))
            m_header->resizeSection(logical, size);
    });
    connect(ours, &QHeaderView::customContextMenuRequested, this, [ours, theirs](const QPoint &pos) {
        Q_EMIT theirs->customContextMenuRequested(theirs->mapFromGlobal(ours->mapToGlobal(pos)));
    });
    connect(m_frozen, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QPoint global = m_frozen->viewport()->mapToGlobal(pos);
        if (m_view->contextMenuPolicy() == Qt::ActionsContextMenu && !m_view->actions().isEmpty())
            QMenu::exec(m_view->actions(), global, nullptr, m_view);
        else if (m_view->contextMenuPolicy() == Qt::CustomContextMenu)
            Q_EMIT m_view->customContextMenuRequested(m_view->viewport()->mapFromGlobal(global));
    });
    connect(m_frozen, &QAbstractItemView::pressed, this, [this](const QModelIndex &index) {
        m_view->setFocus(Qt::MouseFocusReason);
        Q_EMIT m_view->pressed(index);
    });
    connect(m_frozen, &QAbstractItemView::clicked, m_view, &QAbstractItemView::clicked);
    connect(m_frozen, &QAbstractItemView::doubleClicked, m_view, &QAbstractItemView::doubleClicked);
    connect(m_frozen, &QAbstractItemView::activated, m_view, &QAbstractItemView::activated);
}

bool FrozenColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_frozen->viewport() && event->type() == QEvent::Wheel) {
        const QPoint delta = static_cast<QWheelEvent *>(event)->angleDelta();
        if (qAbs(delta.x()) > qAbs(delta.y())) {
            QCoreApplication::sendEvent(m_view->horizontalScrollBar(), event);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void FrozenColumn::modelChanged()
{
    showFrom(nullptr);
    place();
}

void FrozenColumn::selectionModelChanged()
{
    if (m_frozen->model() && m_frozen->model() == m_view->model())
        m_frozen->setSelectionModel(m_view->selectionModel());
}

void FrozenColumn::showFrom(QAbstractItemModel *model)
{
    // Every view given a model makes a selection model of its own: the frozen column's are let go, its
    // selection is the view's.
    QItemSelectionModel *before = m_frozen->selectionModel();
    m_frozen->setModel(model);
    QItemSelectionModel *made = m_frozen->selectionModel();
    if (model)
        m_frozen->setSelectionModel(m_view->selectionModel());
    for (QItemSelectionModel *own : { before, made }) {
        if (own && own != m_frozen->selectionModel() && own->parent() == m_frozen)
            own->deleteLater();
    }
}

void FrozenColumn::setCount(int count)
{
    m_count = std::max(1, count);
    place();
}

QList<int> FrozenColumn::columns() const
{
    QList<int> kept;
    if (!m_view->model() || m_view->isRightToLeft())
        return kept;
    for (int visual = 0; visual < m_header->count() && kept.size() < m_count; ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(logical))
            kept << logical;
    }
    return kept;
}

int FrozenColumn::column() const
{
    const QList<int> kept = columns();
    return kept.isEmpty() ? -1 : kept.constFirst();
}

QList<int> FrozenColumn::widths(const QList<int> &kept) const
{
    QList<int> widths;
    for (int c : kept)
        widths << m_header->sectionSize(c);
    const int viewport = m_view->viewport()->width();
    if (widths.size() == 1) {
        widths[0] = std::min(widths.constFirst(), viewport * 2 / 5);
        return widths;
    }
    const int room = viewport / 2;
    const auto sum = [&widths] { return std::accumulate(widths.cbegin(), widths.cend(), 0); };
    if (sum() <= room)
        return widths;
    // Narrowed to what the rows on screen show: "Fiscal year" is wider than "2017-2018" (its header's
    // words are cut short), and the room is the organization's.
    const int least = m_header->minimumSectionSize();
    for (int i = 0; i < widths.size(); ++i) {
        const int shown = m_view->sizeHintForColumn(kept.at(i));
        if (shown > 0)
            widths[i] = std::min(widths.at(i), std::max(shown, least));
    }
    if (sum() > room) {
        const auto widest = std::max_element(widths.begin(), widths.end());
        *widest = std::max(least, *widest - (sum() - room));
    }
    return widths;
}

int FrozenColumn::width(int column) const
{
    const QList<int> kept = columns();
    const qsizetype at = kept.indexOf(column);
    return at < 0 ? 0 : widths(kept).at(at);
}

void FrozenColumn::scrollTo(const QModelIndex &index, QAbstractItemView::ScrollHint hint,
                            const std::function<void(const QModelIndex &, QAbstractItemView::ScrollHint)> &scroll)
{
    const QList<int> kept = columns();
    QScrollBar *sideways = m_view->horizontalScrollBar();
    if (index.isValid() && kept.contains(index.column()) && m_frozen->isVisible()) {
        // A row chosen in the frozen column (a click, a search) is in view sideways already: only
        // its height is scrolled to, or the columns read beside it would jump back to the start.
        const QSignalBlocker still(sideways); // nor does the view move sideways meanwhile
        const int kept = sideways->value();
        scroll(index, hint);
        sideways->setValue(kept);
        return;
    }
    scroll(index, hint);
    // A cell the view scrolled to is not left under the frozen column (placed as the view scrolled).
    if (!index.isValid() || kept.isEmpty() || kept.contains(index.column()) || m_frozen->isHidden())
        return;
    const int covered = m_frozen->width() - m_view->visualRect(index).left();
    if (covered > 0)
        sideways->setValue(sideways->value() - covered);
}

void FrozenColumn::followLook()
{
    if (m_frozen->alternatingRowColors() != m_view->alternatingRowColors())
        m_frozen->setAlternatingRowColors(m_view->alternatingRowColors());
    m_frozen->setSelectionBehavior(m_view->selectionBehavior());
    m_frozen->setSelectionMode(m_view->selectionMode());
    m_frozen->setEditTriggers(m_view->editTriggers());
    m_frozen->setTextElideMode(m_view->textElideMode());
    m_frozen->setVerticalScrollMode(m_view->verticalScrollMode());
    QHeaderView *ours = m_frozenHeader;
    ours->setVisible(!m_header->isHidden());
    ours->setDefaultAlignment(m_header->defaultAlignment());
    ours->setHighlightSections(m_header->highlightSections());
    ours->setSortIndicatorShown(m_header->isSortIndicatorShown());
    {
        const QSignalBlocker quiet(ours);
        ours->setSortIndicator(m_header->sortIndicatorSection(), m_header->sortIndicatorOrder());
    }
    if (m_followKind)
        m_followKind();
}

void FrozenColumn::followColumns()
{
    const QList<int> kept = columns();
    const int count = m_frozenHeader->count();
    for (int c = 0; c < count; ++c) {
        if (m_frozenHeader->isSectionHidden(c) != !kept.contains(c))
            m_frozenHeader->setSectionHidden(c, !kept.contains(c));
    }
    // In the view's order, whichever the user dragged first.
    for (int i = 0; i < kept.size(); ++i) {
        if (m_frozenHeader->visualIndex(kept.at(i)) != i)
            m_frozenHeader->moveSection(m_frozenHeader->visualIndex(kept.at(i)), i);
    }
    const QList<int> shown = widths(kept);
    const QScopedValueRollback<bool> following(m_followingColumns, true);
    for (int i = 0; i < kept.size(); ++i) {
        if (m_frozenHeader->sectionSize(kept.at(i)) != shown.at(i))
            m_frozenHeader->resizeSection(kept.at(i), shown.at(i));
    }
}

void FrozenColumn::place()
{
    // At rest the view draws its first column itself; scrolled sideways, it would scroll out of view. A
    // column too wide to leave the others room is shown narrower, once what it hides has scrolled under
    // it (before, the view would show the column's rest beside its beginning), or once the view is
    // scrolled to its end if it never does (a wide first column of few others: its end, often blank,
    // said nothing of the row).
    const QList<int> kept = columns();
    const QList<int> shown = widths(kept);
    const QScrollBar *bar = m_view->horizontalScrollBar();
    const int sideways = bar->value();
    if (kept.isEmpty() || sideways == 0
        || sideways < std::min(m_header->sectionSize(kept.constFirst()) - shown.constFirst(), bar->maximum())
        || m_view->model()->rowCount(m_view->rootIndex()) == 0) {
        if (!m_frozen->isHidden()) {
            m_frozen->hide();
            // Hidden, it lets the model go: a second view over a million rows doubles what every reset
            // and sort costs the window (its rows' header). Not at once: this may run inside one of its
            // own events (a click on its header sorted the rows, and they were read again).
            QTimer::singleShot(0, this, [this] {
                if (m_frozen->isHidden())
                    showFrom(nullptr);
            });
        }
        return;
    }
    if (m_frozen->isHidden()) {
        if (m_frozen->model() != m_view->model())
            showFrom(m_view->model());
        followLook(); // once as it is shown, not at each step of a scroll
    }
    // The view's header stops sorting while its rows cannot be read again (TablePage::updateQueryControls).
    if (m_frozenHeader->sectionsClickable() != m_header->sectionsClickable())
        m_frozenHeader->setSectionsClickable(m_header->sectionsClickable());
    followColumns();
    const QWidget *viewport = m_view->viewport();
    const int top = m_header->isHidden() ? viewport->y() : m_header->y();
    if (!m_header->isHidden())
        m_frozenHeader->setFixedHeight(m_header->height());
    m_frozen->setGeometry(viewport->x(), top, std::accumulate(shown.cbegin(), shown.cend(), 0), viewport->geometry().bottom() + 1 - top);
    if (m_frozen->isHidden()) {
        m_frozen->show();
        m_frozen->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value());
    }
}

} // namespace Vigie
