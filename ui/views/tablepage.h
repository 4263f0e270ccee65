#pragma once

#include "models/rowfilter.h"
#include "views/printable.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QAbstractProxyModel;
class QHeaderView;
class QIdentityProxyModel;
class QLabel;
class QSplitter;
class QTreeView;

namespace Vigie {

class FilterBar;
class FilterProxy;
class RowTable;
struct TableSnapshot;

// One of the workspace's data views: a filter bar, a sortable table (or tree) and an optional detail
// panel beside it (below the table when the window is narrow). Which columns show, their widths, the
// sort and the splitter are remembered per view id in QSettings. The status text ("12 of 197
// projects") follows the filter; an optional totals line sums what is shown. Prints and exports what it
// shows (the filtered, sorted rows and the visible columns).
class TablePage : public QWidget, public Printable
{
    Q_OBJECT
public:
    // A flat table lays out only the rows on screen, whatever their number (a million projects); a tree
    // lays out every row it shows, which its nesting needs (the strategy's areas and measures).
    enum class Shape { Table, Tree };

    explicit TablePage(const QString &id, QWidget *parent = nullptr, Shape shape = Shape::Table);

    // The rows to show (the open document's model), or none.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    QString id() const { return m_id; }
    FilterBar *filterBar() const { return m_filterBar; }
    // The UUID of the organization of `organizations` the filter bar shows only, "" for all: what a New
    // command on this page preselects.
    QString filteredOrganization(const QList<Organization> &organizations) const;
    QAbstractItemView *view() const { return m_view; }
    // The column header.
    QHeaderView *header() const;
    void sortByColumn(int column, Qt::SortOrder order);
    void setColumnHidden(int column, bool hidden);
    // How many of the first shown columns name a row and stay in view scrolled sideways (a flat table's;
    // 1 unless told).
    void setFrozenColumnCount(int count);
    // What the view shows: a FilterProxy over the model, or a pass-through for a model that filters and
    // sorts itself (SelfFilteringModel: the Projects table, in SQLite). Map view indexes through it.
    QAbstractProxyModel *proxy() const { return m_shown; }
    // The selected rows (column 0, in the source model), the current row when nothing is selected.
    QModelIndexList selectedSourceRows() const;
    // The panel beside the table. `comfortableWidth`: the width its fields are laid out for, side by
    // side (fitSplitter leaves the panel that much when the table's leading columns allow); below it,
    // down to its minimum, they wrap. Without one, the panel's minimum.
    void setDetail(QWidget *detail, std::function<int()> comfortableWidth = {});
    bool hasDetail() const;
    // Hides the panel beside the table, which then takes the whole width (View > Details Pane, for a
    // small screen), or shows it again. The panel still follows the selection while hidden.
    void setDetailShown(bool shown);
    bool isDetailShown() const;
    // A row of tools above the filter bar (the envelopes' what-if).
    void setToolBar(QWidget *tools);
    // Formats the status from (shown, total), translated at call time.
    void setCountText(std::function<QString(int shown, int total)> countText);
    // What an empty table says instead of a blank area ("No plan yet: …"), translated at paint time;
    // an empty text shows nothing (the table is still loading, or a filter hides every row).
    void setEmptyText(std::function<QString()> emptyText);
    // Rows at this depth are what the status counts (the strategy tree counts measures: depth 2); a
    // tree's only.
    void setLeafDepth(int depth);
    // Counts rows shown and in total.
    QString statusText() const;
    // A line under the table computed from the rows shown (the proxy): "Totals of the 12 envelopes
    // shown: …". Empty: no line.
    void setTotalsText(std::function<QString(const QAbstractItemModel *shown)> totalsText);
    QString totalsText() const;
    // The same totals as rich text for the screen (a small table); the text above still prints.
    void setTotalsHtml(std::function<QString(const QAbstractItemModel *shown)> totalsHtml);
    QString totalsShown() const;
    // What the table shows, as text (printing, exporting the current view).
    TableSnapshot snapshot() const;
    bool canPrint() const override { return m_model != nullptr; }
    void printTo(QPagedPaintDevice *device) const override;
    // Widens columns whose header no longer fits (a language change), keeping wider ones.
    void fitHeaders();
    void fitShortColumns();
    void scheduleFit();
    // Follows SelfFilteringModel::canQueryAgain: a model that can no longer sort or filter keeps its rows,
    // and the filter bar and the header's sorting turn off, saying why (MainWindow calls it when the
    // document turns outdated; a new model turns them on again).
    void updateQueryControls();
    // The filter bar and the header's sorting are off (updateQueryControls).
    bool isFrozen() const { return m_frozen; }
    // Selects the row of the source index.
    void select(const QModelIndex &sourceIndex);
    // The row of this UUID (at any depth of a tree), when the view shows it.
    void selectUuid(const QString &uuid);

    // Column widths used until the user resizes them (then the saved header state wins).
    void setDefaultWidths(const QList<int> &widths) { m_defaultWidths = widths; }
    // The first `count` visible columns stay in view beside the detail panel: until the user moves the
    // splitter (or one was saved), the table gets their width and the panel the rest, never less than
    // its fields need (fitSplitter). 0: the table takes about two thirds.
    void setColumnsInView(int count) { m_columnsInView = count; }
    // Shares the width again as setColumnsInView says (the columns or the panel's words changed).
    void fitSplitter();
    // Columns hidden until the user shows them (right-click a header), when no state was saved.
    void setDefaultHidden(const QList<int> &columns) { m_defaultHidden = columns; }
    void saveState() const;
    void restoreState();

Q_SIGNALS:
    void statusTextChanged(const QString &text);
    void currentChanged(const QModelIndex &sourceIndex);
    // Rows were selected or unselected (Select All selects without moving the current row).
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void currentMayBeGone();
    void retranslateUi();
    void showHeaderMenu(const QPoint &pos);
    void updateStatus();
    int countRows(const QAbstractItemModel *model, const QModelIndex &parent, int depth) const;
    void showThrough(QAbstractProxyModel *shown);
    void fitRowHeight();

    QString m_id;
    QAbstractItemModel *m_model = nullptr;
    bool m_frozen = false;
    FilterBar *m_filterBar;
    FilterProxy *m_proxy;
    QIdentityProxyModel *m_passThrough;
    QAbstractProxyModel *m_shown;
    bool m_hasCurrent = false; // a current row was reported and not yet taken back
    QTreeView *m_tree = nullptr;   // Shape::Tree
    QString m_keptCurrent;         // a tree's current row across a reset of its model (its UUID)
    RowTable *m_table = nullptr; // Shape::Table
    QAbstractItemView *m_view;
    QSplitter *m_splitter;
    std::function<QString(int, int)> m_countText;
    std::function<QString()> m_emptyText;
    std::function<int()> m_detailWidth;
    std::function<QString(const QAbstractItemModel *)> m_totalsText;
    std::function<QString(const QAbstractItemModel *)> m_totalsHtml;
    QLabel *m_totals;
    int m_leafDepth = 0;
    QList<int> m_defaultWidths;
    QList<int> m_defaultHidden;
    int m_columnsInView = 0;
    bool m_detailHidden = false; // View > Details Pane unchecked
    bool m_splitterSet = false; // restored from the settings, or moved by the user: fitSplitter leaves it
    bool m_fitScheduled = false;
};

} // namespace Vigie
