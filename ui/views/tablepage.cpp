#include "tablepage.h"
#include "models/modelroles.h"

#include "models/filterproxy.h"
#include "report/tableprinter.h"
#include "views/filterbar.h"
#include "views/itemdelegate.h"
#include "views/rowtable.h"
#include "views/rowtree.h"

#include <algorithm>

#include <QEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vigie {

TablePage::TablePage(const QString &id, QWidget *parent, Shape shape)
    : QWidget(parent)
    , m_id(id)
    , m_filterBar(new FilterBar(this))
    , m_proxy(new FilterProxy(this))
    , m_passThrough(new QIdentityProxyModel(this))
    , m_shown(m_proxy)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_totals(new QLabel(this))
{
    setObjectName(id);
    if (shape == Shape::Tree) {
        m_view = m_tree = new RowTree(this);
        m_tree->setRootIsDecorated(false);
        m_tree->setUniformRowHeights(true);
        m_tree->setAllColumnsShowFocus(true);
    } else {
        // Looks like the tree: no grid, no row numbers, left-aligned headers, one line a row, Tab
        // leaves the table. Rows are one height (the vertical header's sections are not measured).
        m_view = m_table = new RowTable(this);
        m_table->setShowGrid(false);
        m_table->setWordWrap(false);
        m_table->setTabKeyNavigation(false);
        m_table->setCornerButtonEnabled(false);
        m_table->verticalHeader()->hide();
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table->horizontalHeader()->setHighlightSections(false);
        m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_table->horizontalHeader()->setSortIndicatorShown(true);
    }
    m_view->viewport()->installEventFilter(this); // the empty table's hint
    m_view->setItemDelegate(new ItemDelegate(m_view));
    if (m_tree)
        m_tree->setSortingEnabled(true);
    else
        m_table->setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once (Shift, Ctrl): "Still accurate" confirms them in one step.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
    connect(header(), &QHeaderView::customContextMenuRequested, this, &TablePage::showHeaderMenu);
    fitRowHeight();

    m_splitter->addWidget(m_view);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->installEventFilter(this); // its width known: fitSplitter
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterSet = true; });
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->hide();
    // A table and its detail never force the window wider than a small screen: columns scroll.
    m_view->setMinimumWidth(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_totals);

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const RowFilter &f) {
        if (auto *self = dynamic_cast<SelfFilteringModel *>(m_model))
            self->setFilter(f);
        else
            m_proxy->setFilter(f);
        // Trees show every match, and come back expanded as they opened when the filter is cleared; a flat
        // table has nothing to expand.
        if (m_tree && m_leafDepth > 0)
            m_tree->expandAll();
    });
    for (QAbstractProxyModel *proxy : { static_cast<QAbstractProxyModel *>(m_proxy),
                                        static_cast<QAbstractProxyModel *>(m_passThrough) }) {
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(proxy, signal, this, &TablePage::updateStatus);
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::scheduleFit);
        connect(proxy, &QAbstractItemModel::dataChanged, this, [this] {
            if (m_totalsText)
                updateStatus(); // an edited amount changes the totals
        });
        connect(proxy, &QAbstractItemModel::headerDataChanged, this, [this] {
            QTimer::singleShot(0, this, &TablePage::fitHeaders); // new words in the header (language)
            scheduleFit(); // and in the cells
        });
        connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this, proxy] {
            // A tree is read again after a structural edit (a link, a renumbering, their undo and redo): the
            // row the user was on is found again by its UUID, unless something else was chosen meanwhile.
            if (m_tree && proxy == m_shown)
                m_keptCurrent = m_view->currentIndex().siblingAtColumn(0).data(Roles::UuidRole).toString();
        });
        connect(proxy, &QAbstractItemModel::modelReset, this, [this, proxy] {
            updateStatus();
            scheduleFit();
            currentMayBeGone();
            if (m_tree && m_leafDepth > 0)
                QTimer::singleShot(0, m_tree, &QTreeView::expandAll);
            if (m_tree && proxy == m_shown && !m_keptCurrent.isEmpty())
                QTimer::singleShot(0, this, [this, uuid = std::exchange(m_keptCurrent, QString())] {
                    if (!m_view->currentIndex().isValid())
                        selectUuid(uuid);
                });
        });
        connect(proxy, &QAbstractItemModel::layoutChanged, this, [this] {
            updateStatus();
            currentMayBeGone();
        });
    }
    showThrough(m_proxy);
    retranslateUi();
}

void TablePage::setModel(QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        saveState();
    m_model = model;
    auto *self = dynamic_cast<SelfFilteringModel *>(model);
    m_proxy->setSourceModel(self ? nullptr : model);
    m_passThrough->setSourceModel(self ? model : nullptr);
    if (model)
        showThrough(self ? static_cast<QAbstractProxyModel *>(m_passThrough) : m_proxy);
    if (self)
        self->setFilter(m_filterBar->filter());
    if (auto *filterable = dynamic_cast<FilterableModel *>(model))
        m_filterBar->setCapabilities(filterable->filterCapabilities());
    if (model) {
        restoreState(); // the header's columns came with the model
        // The rows in the order the header shows: a QTableView does not sort a model it is given (nor
        // when the saved order is the one the header already had).
        sortByColumn(header()->sortIndicatorSection(), header()->sortIndicatorOrder());
    }
    updateQueryControls();
    updateStatus();
}

void TablePage::updateQueryControls()
{
    const auto *self = dynamic_cast<const SelfFilteringModel *>(m_model);
    const bool frozen = self && !self->canQueryAgain();
    if (frozen == m_frozen)
        return;
    m_frozen = frozen;
    if (frozen) {
        // The filter and the order of the rows kept, which a query that could not run may have left
        // behind what the bar and the header asked (a sort clicked as the server went down).
        const QSignalBlocker barQuiet(m_filterBar);
        m_filterBar->setFilter(self->shownFilter());
        const auto [column, order] = self->shownOrder();
        const QSignalBlocker headerQuiet(header());
        header()->setSortIndicator(column, order);
    }
    m_filterBar->setEnabled(!frozen);
    header()->setSectionsClickable(!frozen);
    retranslateUi(); // the tooltips that say why
}

void TablePage::showThrough(QAbstractProxyModel *shown)
{
    if (m_view->model() == shown)
        return;
    m_shown = shown;
    m_view->setModel(shown); // a new selection model
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_hasCurrent = current.isValid();
        Q_EMIT currentChanged(m_shown->mapToSource(current));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::selectionChanged);
}

void TablePage::currentMayBeGone()
{
    // A filter or a reset takes the current row away without a word from the selection model: the
    // detail panel kept showing a project the filter hid, and Edit and Delete stayed on for it.
    if (m_hasCurrent && !m_view->selectionModel()->currentIndex().isValid()) {
        m_hasCurrent = false;
        Q_EMIT currentChanged(QModelIndex());
    }
}

void TablePage::setLeafDepth(int depth)
{
    Q_ASSERT(m_tree || depth == 0);
    m_leafDepth = depth;
    if (m_tree)
        m_tree->setRootIsDecorated(depth > 0);
}

QHeaderView *TablePage::header() const
{
    return m_tree ? m_tree->header() : m_table->horizontalHeader();
}

void TablePage::sortByColumn(int column, Qt::SortOrder order)
{
    if (m_tree)
        m_tree->sortByColumn(column, order);
    else
        m_table->sortByColumn(column, order);
}

void TablePage::setFrozenColumnCount(int count)
{
    if (m_table)
        m_table->setFrozenColumnCount(count);
}

void TablePage::setColumnHidden(int column, bool hidden)
{
    header()->setSectionHidden(column, hidden);
}

// A table's rows are as high as the tree's: what the delegate asks for one line of text (the colour
// pills are drawn within it), in the page's font, which follows the screen's scale.
void TablePage::fitRowHeight()
{
    if (!m_table)
        return;
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.font = m_table->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.text = QStringLiteral("Xg");
    option.features = QStyleOptionViewItem::HasDisplay;
    const int height = m_table->itemDelegate()->sizeHint(option, QModelIndex()).height();
    m_table->setRowHeight(std::max(height, option.fontMetrics.height() + 2));
}

bool TablePage::hasDetail() const
{
    return m_splitter->count() == 2;
}

void TablePage::setDetailShown(bool shown)
{
    if (!hasDetail() || isDetailShown() == shown)
        return;
    m_detailHidden = !shown;
    m_splitter->widget(1)->setVisible(shown);
    if (shown)
        fitSplitter(); // unless the user had set the splitter: then Qt gives the panel its width back
}

bool TablePage::isDetailShown() const
{
    return hasDetail() && !m_detailHidden;
}

void TablePage::setToolBar(QWidget *tools)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, tools);
}

void TablePage::setDetail(QWidget *detail, std::function<int()> comfortableWidth)
{
    m_detailWidth = std::move(comfortableWidth);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

void TablePage::setCountText(std::function<QString(int, int)> countText)
{
    m_countText = std::move(countText);
    updateStatus();
}

int TablePage::countRows(const QAbstractItemModel *model, const QModelIndex &parent, int depth) const
{
    const int rows = model->rowCount(parent);
    if (depth >= m_leafDepth)
        return rows;
    int n = 0;
    for (int r = 0; r < rows; ++r)
        n += countRows(model, model->index(r, 0, parent), depth + 1);
    return n;
}

QString TablePage::statusText() const
{
    const int shown = countRows(m_shown, {}, 0);
    const auto *self = dynamic_cast<const SelfFilteringModel *>(m_model);
    const int total = self ? self->totalRows() : m_model ? countRows(m_model, {}, 0) : 0;
    const QString counts = m_countText ? m_countText(shown, total) : tr("%1 of %2 shown").arg(shown).arg(total);
    //: Status line of a table whose portfolio is disconnected or was upgraded elsewhere (see the banner)
    return m_frozen ? tr("%1 · sorting and filtering off until the portfolio is opened again").arg(counts) : counts;
}

void TablePage::updateStatus()
{
    if (m_totalsText) {
        // The screen's form alone when there is one: the rows shown are summed once per update.
        const QString totals = m_totalsHtml && m_model ? m_totalsHtml(m_shown) : totalsText();
        m_totals->setText(totals);
        m_totals->setVisible(!totals.isEmpty());
    }
    Q_EMIT statusTextChanged(statusText());
}

void TablePage::setTotalsText(std::function<QString(const QAbstractItemModel *)> totalsText)
{
    m_totalsText = std::move(totalsText);
    updateStatus();
}

QString TablePage::totalsText() const
{
    return m_totalsText && m_model ? m_totalsText(m_shown) : QString();
}

void TablePage::setTotalsHtml(std::function<QString(const QAbstractItemModel *)> totalsHtml)
{
    m_totalsHtml = std::move(totalsHtml);
    updateStatus();
}

QString TablePage::totalsShown() const
{
    return m_totals->isVisibleTo(this) ? m_totals->text() : QString();
}

TableSnapshot TablePage::snapshot() const
{
    TableSnapshot t = TableSnapshot::of(m_shown, header());
    t.title = windowTitle();
    t.subtitle = statusText();
    const QString totals = totalsText();
    if (!totals.isEmpty())
        t.subtitle += QLatin1Char('\n') + totals;
    return t;
}

void TablePage::printTo(QPagedPaintDevice *device) const
{
    TablePrinter::print(snapshot(), device);
}

void TablePage::fitHeaders()
{
    QHeaderView *header = this->header();
    for (int c = 0; c < header->count(); ++c) {
        if (!header->isSectionHidden(c) && header->sectionSize(c) < header->sectionSizeHint(c))
            header->resizeSection(c, header->sectionSizeHint(c));
    }
}

void TablePage::scheduleFit()
{
    if (m_fitScheduled)
        return;
    m_fitScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_fitScheduled = false;
        fitShortColumns();
    });
}

// Columns of short values (colours, codes, dates, amounts) never cut what they show: « Non év », « Ro »
// in a French window whose widths were set for English words. Each is widened to its widest value on
// screen (the rows in view, not the million below) when that stays short; long texts (names,
// descriptions) keep the width they were given, and a column is never made narrower.
void TablePage::fitShortColumns()
{
    // A hidden view measures from its first row on, up to a thousand of them (Qt's precision): it is
    // fitted when shown instead, from the few rows then on screen.
    if (!m_view->isVisible())
        return;
    QHeaderView *header = this->header();
    const int cap = fontMetrics().averageCharWidth() * 24;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int wanted = m_view->sizeHintForColumn(c);
        if (wanted > header->sectionSize(c) && wanted <= cap)
            header->resizeSection(c, wanted);
    }
}

void TablePage::selectUuid(const QString &uuid)
{
    if (!m_model || uuid.isEmpty())
        return;
    const QModelIndexList found = m_model->match(m_model->index(0, 0), Roles::UuidRole, uuid, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        select(found.constFirst());
}

void TablePage::select(const QModelIndex &sourceIndex)
{
    const QModelIndex index = m_shown->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TablePage::showHeaderMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QMenu menu(this);
    QHeaderView *header = this->header();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != 0); // the first column identifies the row
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            saveState();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void TablePage::saveState() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("views/") + m_id);
    settings.setValue(QStringLiteral("header"), header()->saveState());
    if (!m_detailHidden) // hidden, the panel has no width to keep: the one it had stays saved
        settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void TablePage::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("views/") + m_id);
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty()) {
        this->header()->restoreState(header);
        // The saved state carries whether sections can be clicked: saved while the table could not sort
        // (updateQueryControls), it would leave the next portfolio's table unsortable.
        this->header()->setSectionsClickable(!m_frozen);
    } else {
        for (int c = 0; c < m_defaultWidths.size(); ++c) // never narrower than the header's words
            this->header()->resizeSection(c, std::max(m_defaultWidths.at(c), this->header()->sectionSizeHint(c)));
        for (int c : std::as_const(m_defaultHidden)) // offered in the header's menu
            this->header()->setSectionHidden(c, true);
    }
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    m_splitterSet = !splitter.isEmpty() && m_splitter->restoreState(splitter);
    fitSplitter();
}

void TablePage::fitSplitter()
{
    if (m_splitterSet || m_splitter->count() != 2 || m_detailHidden || m_splitter->width() <= 0)
        return;
    const int room = m_splitter->width() - m_splitter->handleWidth();
    QWidget *detail = m_splitter->widget(1);
    // The panel never below what its fields need side by side, when the table's leading columns leave
    // room for it (the splitter would not give it less than its minimum anyway).
    const int detailMinimum = std::max({ detail->minimumSizeHint().width(), detail->minimumWidth(),
                                         m_detailWidth ? m_detailWidth() : 0 });
    int table = room * 2 / 3;
    if (m_columnsInView > 0 && header()->count() > 0) {
        // The leading columns whole, with the table's frame and vertical scroll bar: at 1280 pixels the
        // Projects table's Overall chip sat under the splitter, to be scrolled to.
        int columns = 0;
        for (int visual = 0, shown = 0; visual < header()->count() && shown < m_columnsInView; ++visual) {
            const int logical = header()->logicalIndex(visual);
            if (header()->isSectionHidden(logical))
                continue;
            columns += header()->sectionSize(logical);
            ++shown;
        }
        const int bar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
        table = std::max(table, columns + bar + 2 * m_view->frameWidth());
    }
    table = std::max(std::min(table, room - detailMinimum), m_view->minimumWidth());
    m_splitter->setSizes({ table, std::max(0, room - table) });
}

void TablePage::setEmptyText(std::function<QString()> emptyText)
{
    m_emptyText = std::move(emptyText);
    m_view->viewport()->update();
}

void TablePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleFit();
}

bool TablePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize) {
        fitSplitter(); // the splitter lays its widgets out after this, in the sizes set here
        return QWidget::eventFilter(watched, event);
    }
    // The hint is drawn before the view paints its (absent) rows, on the background the viewport has
    // already filled; only a model with no row at all shows it, never a filter that hides every row.
    const auto *self = dynamic_cast<const SelfFilteringModel *>(m_model);
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_emptyText && m_model
        && m_model->rowCount() == 0 && (!self || self->totalRows() == 0)) {
        const QString text = m_emptyText();
        if (!text.isEmpty()) {
            QPainter painter(m_view->viewport());
            painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
            const QRect area = m_view->viewport()->rect().adjusted(24, 24, -24, -24);
            painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Once every widget has its new words: the panel's fields may need another width.
        QTimer::singleShot(0, this, &TablePage::fitSplitter);
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitRowHeight();
    QWidget::changeEvent(event);
}

void TablePage::retranslateUi()
{
    m_view->setAccessibleName(windowTitle());
    m_filterBar->setToolTip(m_frozen ? tr("Sorting and filtering read the portfolio again, which cannot be done "
                                          "until it is opened again (the banner above says why). The rows "
                                          "shown are those read before.")
                                     : QString());
    updateStatus();
}

QModelIndexList TablePage::selectedSourceRows() const
{
    QModelIndexList rows;
    for (const QModelIndex &shown : m_view->selectionModel()->selectedRows())
        rows << m_shown->mapToSource(shown);
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_shown->mapToSource(m_view->currentIndex()).siblingAtColumn(0);
    return rows;
}

QString TablePage::filteredOrganization(const QList<Organization> &organizations) const
{
    const RowId chosen = m_filterBar->filter().organizationId;
    for (const Organization &o : organizations) {
        if (chosen && o.id == chosen)
            return o.uuid;
    }
    return QString();
}

} // namespace Vigie
