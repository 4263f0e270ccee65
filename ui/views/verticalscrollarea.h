#pragma once

#include <QAbstractScrollArea>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

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

    // A dialog's content asks for its whole height (a window opens at two thirds of the screen at most,
    // and scrolls beyond), not QScrollArea's 24 lines at most: the health rule's dialog scrolled on a
    // 1280x800 screen with room for it all. A panel in a page keeps QScrollArea's hint.
    void setWholeContentHint(bool whole)
    {
        m_wholeContent = whole;
        updateGeometry();
    }

    QSize sizeHint() const override
    {
        if (!m_wholeContent || !widget())
            return QScrollArea::sizeHint();
        const QSize content = widget()->sizeHint().expandedTo(widget()->minimumSizeHint());
        const int bar = verticalScrollBar()->sizeHint().width();
        return { content.width() + bar + 2 * frameWidth(), content.height() + 2 * frameWidth() };
    }

    QSize minimumSizeHint() const override
    {
        const QSize base = QScrollArea::minimumSizeHint();
        if (!widget())
            return base;
        const int bar = verticalScrollBar()->sizeHint().width();
        return { widget()->minimumSizeHint().width() + bar + 2 * frameWidth(), base.height() };
    }

private:
    bool m_wholeContent = false;
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

// A vertical box whose height for a width is the least its items need at that width, not the sum of
// their preferred heights (QVBoxLayout's answer). Qt takes a height for a width as the least height: a
// scroll area does for its content, a panel's layout for a box in it. With QVBoxLayout's answer a list
// that gives its preferred height up (shareLeftoverHeight) counted for nothing, and the box holding it
// got less than its minimum (the Link buttons covered the list); a list that wants 24 rows made a
// dialog's content scroll with room to spare. Stretch factors share whatever room is beyond the least.
class LeastHeightLayout : public QVBoxLayout
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
        return least;
    }

private:
    mutable bool m_asking = false;
};

} // namespace Vigie
