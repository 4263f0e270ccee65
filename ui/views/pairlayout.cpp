#include "pairlayout.h"

#include <QWidget>

#include <algorithm>

namespace Vigie {

namespace {

// The height of an item at a width: its height for that width when it has one.
int heightAt(const QLayoutItem *item, int width)
{
    const int height = item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
    return std::max(height, item->minimumSize().height());
}

} // namespace

PairLayout::PairLayout(QWidget *parent)
    : QLayout(parent)
{
}

PairLayout::~PairLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void PairLayout::add(QWidget *widget, Place place)
{
    addChildWidget(widget);
    m_items.append(new QWidgetItem(widget));
    m_places.append(place);
    invalidate();
}

void PairLayout::addRow(QWidget *left, QWidget *right)
{
    if (left)
        add(left, Place::Left);
    if (right)
        add(right, Place::Right);
}

void PairLayout::addRow(QWidget *whole)
{
    add(whole, Place::Whole);
}

void PairLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    m_places.append(Place::Whole);
}

int PairLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *PairLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *PairLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_places.removeAt(index);
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations PairLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool PairLayout::hasHeightForWidth() const
{
    return true;
}

QList<PairLayout::Row> PairLayout::rows() const
{
    QList<Row> rows;
    for (int i = 0; i < m_items.size(); ++i) {
        QLayoutItem *item = m_items.at(i);
        if (item->isEmpty())
            continue;
        switch (m_places.at(i)) {
        case Place::Whole:
            rows.append(Row { item, nullptr, true });
            break;
        case Place::Left:
            rows.append(Row { item, nullptr, false });
            break;
        case Place::Right:
            // Beside the left one just before it, when that one has no partner yet.
            if (!rows.isEmpty() && !rows.last().whole && rows.last().left && !rows.last().right)
                rows.last().right = item;
            else
                rows.append(Row { nullptr, item, false });
            break;
        }
    }
    return rows;
}

std::pair<int, int> PairLayout::columnMinimums() const
{
    int left = 0, right = 0;
    for (const Row &row : rows()) {
        if (row.whole)
            continue;
        if (row.left)
            left = std::max(left, row.left->minimumSize().width());
        if (row.right)
            right = std::max(right, row.right->minimumSize().width());
    }
    return { left, right };
}

int PairLayout::horizontalSpacing() const
{
    const auto *parent = parentWidget();
    return spacing() >= 0 ? spacing()
        : parent          ? std::max(0, parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent))
                          : 0;
}

int PairLayout::verticalSpacing() const
{
    const auto *parent = parentWidget();
    return spacing() >= 0 ? spacing()
        : parent          ? std::max(0, parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent))
                          : 0;
}

int PairLayout::twoColumnWidth() const
{
    const QMargins m = contentsMargins();
    const auto [left, right] = columnMinimums();
    int whole = 0;
    for (const Row &row : rows())
        if (row.whole)
            whole = std::max(whole, row.left->minimumSize().width());
    return std::max(left + horizontalSpacing() + right, whole) + m.left() + m.right();
}

bool PairLayout::twoColumns(int width) const
{
    return width >= twoColumnWidth();
}

int PairLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize PairLayout::minimumSize() const
{
    // One column: the widest widget's width; the tallest widget's height (heightForWidth says how tall
    // at a width).
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize PairLayout::sizeHint() const
{
    // Two columns of equal width, each as wide as its widest widget wants.
    int left = 0, right = 0, whole = 0;
    for (const Row &row : rows()) {
        if (row.whole)
            whole = std::max(whole, row.left->sizeHint().width());
        else {
            if (row.left)
                left = std::max(left, row.left->sizeHint().width());
            if (row.right)
                right = std::max(right, row.right->sizeHint().width());
        }
    }
    const QMargins m = contentsMargins();
    const int width = std::max(2 * std::max(left, right) + horizontalSpacing(), whole) + m.left() + m.right();
    return { width, heightForWidth(width) };
}

void PairLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int PairLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const int spaceX = horizontalSpacing();
    const int spaceY = verticalSpacing();
    const bool two = twoColumns(rect.width());
    // Equal columns, unless one needs more than half.
    const auto [leftMinimum, rightMinimum] = columnMinimums();
    const int leftWidth = std::clamp((area.width() - spaceX) / 2, std::min(leftMinimum, area.width()),
                                     std::max(std::min(leftMinimum, area.width()), area.width() - spaceX - rightMinimum));
    const int rightX = area.x() + leftWidth + spaceX;
    const int rightWidth = area.right() + 1 - rightX;
    int y = area.y();
    bool first = true;
    const auto place = [&](QLayoutItem *item, int x, int width, int height) {
        if (!testOnly)
            item->setGeometry(QRect(x, y, width, height));
    };
    for (const Row &row : rows()) {
        if (!first)
            y += spaceY;
        first = false;
        if (row.whole || !two) {
            // One widget across, or the pair one above the other.
            for (QLayoutItem *item : { row.left, row.right }) {
                if (!item)
                    continue;
                if (item != row.left && row.left)
                    y += spaceY;
                const int height = heightAt(item, area.width());
                place(item, area.x(), area.width(), height);
                y += height;
            }
            continue;
        }
        const int height = std::max(row.left ? heightAt(row.left, leftWidth) : 0,
                                     row.right ? heightAt(row.right, rightWidth) : 0);
        if (row.left)
            place(row.left, area.x(), leftWidth, height);
        if (row.right)
            place(row.right, rightX, rightWidth, height);
        y += height;
    }
    return y - rect.y() + m.bottom();
}

} // namespace Vigie
