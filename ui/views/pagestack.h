#pragma once

#include <QStackedWidget>

namespace Vigie {

// The main window's pages, one shown at a time. A QStackedWidget asks for the room of its largest page,
// shown or not; this one asks for the room of the page on screen, so that a page that needs little room
// (the Overview, which lays its cards out in one column when narrow) does not scroll sideways on a small
// screen because the Projects page beside it needs more. The main window scrolls the stack when the
// screen has less room than the page on screen asks for.
class PageStack : public QStackedWidget
{
public:
    explicit PageStack(QWidget *parent = nullptr)
        : QStackedWidget(parent)
    {
        connect(this, &QStackedWidget::currentChanged, this, &QWidget::updateGeometry);
    }

    QSize sizeHint() const override
    {
        const QWidget *page = currentWidget();
        return page ? page->sizeHint().expandedTo(minimumSizeHint()) : QStackedWidget::sizeHint();
    }

    QSize minimumSizeHint() const override
    {
        const QWidget *page = currentWidget();
        if (!page)
            return QStackedWidget::minimumSizeHint();
        const QSize hint = page->minimumSizeHint();
        return hint.expandedTo(page->minimumSize()).boundedTo(page->maximumSize());
    }
};

} // namespace Vigie
