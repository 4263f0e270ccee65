#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Vigie {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpace(hSpacing)
    , m_vSpace(vSpacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    m_items.append(new QWidgetItem(widget));
    m_stretch.append(stretch);
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    m_stretch.append(0);
}

int FlowLayout::horizontalSpacing() const
{
    return m_hSpace >= 0 ? m_hSpace : smartSpacing(QStyle::PM_LayoutHorizontalSpacing);
}

int FlowLayout::verticalSpacing() const
{
    return m_vSpace >= 0 ? m_vSpace : smartSpacing(QStyle::PM_LayoutVerticalSpacing);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_stretch.removeAt(index);
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0, height = 0, shown = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize s = item->sizeHint();
        width += s.width() + (shown++ ? horizontalSpacing() : 0);
        height = std::max(height, s.height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

QSize FlowLayout::minimumSize() const
{
    // The widest single item: anything narrower wraps.
    QSize size;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const int spaceX = horizontalSpacing();
    const int spaceY = verticalSpacing();
    // Lines first (which items go on each), then the widths: stretched items share what is left.
    struct Line
    {
        QList<int> items;
        int used = 0;
        int height = 0;
        int stretch = 0;
    };
    QList<Line> lines(1);
    for (int i = 0; i < m_items.size(); ++i) {
        QLayoutItem *item = m_items.at(i);
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX))
                               .expandedTo(item->minimumSize());
        Line *line = &lines.last();
        const int needed = hint.width() + (line->items.isEmpty() ? 0 : spaceX);
        if (!line->items.isEmpty() && line->used + needed > area.width()) {
            lines.append(Line());
            line = &lines.last();
        }
        line->used += hint.width() + (line->items.isEmpty() ? 0 : spaceX);
        line->height = std::max(line->height, hint.height());
        line->stretch += m_stretch.at(i);
        line->items.append(i);
    }
    if (lines.constFirst().items.isEmpty())
        return m.top() + m.bottom();
    int y = area.y();
    for (const Line &line : std::as_const(lines)) {
        if (line.items.isEmpty())
            continue;
        const int spare = std::max(0, area.width() - line.used);
        int x = area.x();
        for (int i : line.items) {
            QLayoutItem *item = m_items.at(i);
            QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX)).expandedTo(item->minimumSize());
            if (line.stretch > 0 && m_stretch.at(i) > 0)
                hint.rwidth() += spare * m_stretch.at(i) / line.stretch;
            if (!testOnly)
                item->setGeometry(QRect(QPoint(x, y + (line.height - hint.height()) / 2), hint));
            x += hint.width() + spaceX;
        }
        y += line.height + spaceY;
    }
    return y - spaceY - rect.y() + m.bottom();
}

int FlowLayout::smartSpacing(QStyle::PixelMetric pm) const
{
    QObject *parent = this->parent();
    if (!parent)
        return -1;
    if (parent->isWidgetType()) {
        auto *pw = static_cast<QWidget *>(parent);
        return pw->style()->pixelMetric(pm, nullptr, pw);
    }
    return static_cast<QLayout *>(parent)->spacing();
}

} // namespace Vigie
