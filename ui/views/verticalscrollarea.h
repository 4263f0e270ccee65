#pragma once

#include <QAbstractScrollArea>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Vigie {

// A scroll area for a side panel that scrolls up and down only. It asks for the width its content needs,
// so a splitter never narrows it below that (otherwise focusing a field scrolled the panel sideways and
// cut the start of every label off), and for no height of its own beyond the area's, so a tall panel
// scrolls on a short screen instead of making the window taller than the screen. The content is resized
// with the area and the horizontal scroll bar is off.
class VerticalScrollArea : public QScrollArea
{
public:
    explicit VerticalScrollArea(QWidget *content, QWidget *parent = nullptr)
        : QScrollArea(parent)
    {
        setWidget(content);
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    QSize minimumSizeHint() const override
    {
        const QSize base = QScrollArea::minimumSizeHint();
        if (!widget())
            return base;
        const int bar = verticalScrollBar()->sizeHint().width();
        return { widget()->minimumSizeHint().width() + bar + 2 * frameWidth(), base.height() };
    }
};

// A list inside such a panel: it asks for a few rows and takes what height the panel has left, instead
// of its default preferred 192 px, which made the panel scroll even on a screen with room for it all.
inline void shareLeftoverHeight(QAbstractScrollArea *list, int rows = 4)
{
    QSizePolicy policy = list->sizePolicy();
    policy.setVerticalPolicy(QSizePolicy::Ignored);
    list->setSizePolicy(policy);
    list->setMinimumHeight(list->fontMetrics().height() * (rows + 1) + 2 * list->frameWidth());
}

// The layout of a box that holds such a list and rows that wrap (a FlowLayout): its height for a width is
// never less than the least it needs at that width. A QVBoxLayout answers the sum of its items' preferred
// heights, in which the list counts for nothing (it gives its preferred height up), and the panel's
// layout then gave the box less than its minimum: the buttons' row covered the list.
class ListBoxLayout : public QVBoxLayout
{
public:
    using QVBoxLayout::QVBoxLayout;

    int heightForWidth(int width) const override
    {
        // QBoxLayout::minimumHeightForWidth asks heightForWidth (this one) to fill its cache first.
        if (m_asking)
            return QVBoxLayout::heightForWidth(width);
        m_asking = true;
        const int least = QVBoxLayout::minimumHeightForWidth(width);
        m_asking = false;
        return std::max(QVBoxLayout::heightForWidth(width), least);
    }

private:
    mutable bool m_asking = false;
};

} // namespace Vigie
