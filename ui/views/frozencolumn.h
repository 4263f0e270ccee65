#pragma once

#include <QAbstractItemView>
#include <QList>
#include <QObject>
#include <QPainter>

#include <functional>

class QHeaderView;

namespace Vigie {

// A view's first column kept in view while the others scroll sideways, as a frozen pane does (RowTable,
// RowTree): at 200 % on a laptop the Projects table shows its code, name and organization, and the
// colours and dates that follow were read without knowing which project they were. A second view of the
// same kind, over the same model and selection, draws that column over the view once it is scrolled
// sideways (at rest the view draws it itself, and the second view holds no model: over a million rows
// it would double what every reset costs). Clicks, right-clicks, sorting, resizing and the header's
// menu on it act on the view. A first column wider than two fifths of the view is kept at two fifths,
// its text cut short, or the rest would have no room (the workforce's specialty at 200 %); it is kept in
// view once the part it does not show has scrolled under it, or the view is scrolled to its end. A
// sideways wheel over it scrolls the view.
// A row named by more than its first column keeps them all (setCount: an envelope is its fiscal year and
// its organization, and "2017-2018" beside "3.07 M$" said whose it was to nobody), in the view's order,
// in half the view at most: each is narrowed to what its rows show (not its header's words), then the
// widest is cut short.
class FrozenColumn : public QObject
{
    Q_OBJECT
public:
    // `frozen`: a view of the same kind as `view` and its child; `header`, `frozenHeader`: their columns'
    // headers. `followKind` gives `frozen` what is the view's own kind's look (a table's grid and row
    // height, a tree's indentation and expanded rows) each time it is shown.
    FrozenColumn(QAbstractItemView *view, QHeaderView *header, QAbstractItemView *frozen, QHeaderView *frozenHeader,
                 std::function<void()> followKind);

    // How many of the first shown columns are kept in view (1 unless told).
    void setCount(int count);
    int count() const { return m_count; }
    // The columns kept in view (logical), in the view's order: the first `count` shown; none when there
    // are none.
    QList<int> columns() const;
    // The first of them; -1 when there is none.
    int column() const;
    // The width a column kept in view is shown at: for one, its own, or two fifths of the view when
    // that is less; for several, their share of half the view as said above. 0 for a column not kept.
    int width(int column) const;
    // The view was given a model, or a selection model.
    void modelChanged();
    void selectionModelChanged();
    // Shows, places or hides the frozen column as the view now scrolls (the view's updateGeometries()
    // and resizeEvent()).
    void place();
    // The view's scrollTo(), `scroll` being its base class's: a row chosen in the frozen column does not
    // scroll sideways, and a cell scrolled to is not left under it.
    void scrollTo(const QModelIndex &index, QAbstractItemView::ScrollHint hint,
                  const std::function<void(const QModelIndex &, QAbstractItemView::ScrollHint)> &scroll);

protected:
    // A sideways wheel (a touchpad's) over the frozen column scrolls the view sideways.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The frozen view over `model` (the view's, when it is shown), or over none.
    void showFrom(QAbstractItemModel *model);
    void followLook();
    void followColumns();
    // width() of each of `kept`.
    QList<int> widths(const QList<int> &kept) const;

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QAbstractItemView *m_frozen;
    QHeaderView *m_frozenHeader;
    std::function<void()> m_followKind;
    bool m_followingColumns = false; // giving the frozen column its width, not the user dragging it
    int m_count = 1;
};

// The frozen view: a line at its right edge shows where the rows scroll under it.
template<class View>
class FrozenPane : public View
{
public:
    using View::View;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        View::paintEvent(event);
        QPainter painter(this->viewport());
        painter.setPen(this->palette().color(QPalette::Mid));
        const int x = this->viewport()->width() - 1;
        painter.drawLine(x, 0, x, this->viewport()->height());
    }
};

} // namespace Vigie
