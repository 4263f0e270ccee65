#pragma once

#include <QEvent>
#include <QLayout>
#include <QStackedWidget>

#include <algorithm>

namespace Vigie {

// The main window's pages, one shown at a time, in the scroll area that lets a page scroll when the
// screen has less room than it asks for (1280x800 at 200 %: 640x400). It asks for the room of the page
// on screen, where a QStackedWidget asks for that of its largest page, shown or not: the Overview, which
// lays its cards out in one column when narrow, scrolled sideways because the Projects page needs more.
// Its height at a width is the least the page on screen needs there (its filter bar's rows wrapped), not
// the preferred height a QStackedWidget answers (of its tallest page): a scroll area gives at least that,
// and every page scrolled up and down on a short screen with room for it.
class PageStack : public QWidget
{
public:
    explicit PageStack(QWidget *parent = nullptr)
        : QWidget(parent)
        , m_stack(new QStackedWidget(this))
    {
        connect(m_stack, &QStackedWidget::currentChanged, this, &QWidget::updateGeometry);
        QSizePolicy policy = sizePolicy();
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    int addWidget(QWidget *page) { return m_stack->addWidget(page); }
    QWidget *currentWidget() const { return m_stack->currentWidget(); }
    void setCurrentWidget(QWidget *page) { m_stack->setCurrentWidget(page); }

    QSize sizeHint() const override
    {
        const QWidget *page = currentWidget();
        return page ? page->sizeHint().expandedTo(minimumSizeHint()) : QWidget::sizeHint();
    }

    QSize minimumSizeHint() const override
    {
        const QWidget *page = currentWidget();
        if (!page)
            return { 0, 0 };
        const QSize hint = page->minimumSizeHint();
        return hint.expandedTo(page->minimumSize()).boundedTo(page->maximumSize());
    }

    bool hasHeightForWidth() const override { return true; }

    int heightForWidth(int width) const override
    {
        const QWidget *page = currentWidget();
        if (!page || !page->layout() || !page->layout()->hasHeightForWidth())
            return -1;
        return std::max(page->layout()->totalMinimumHeightForWidth(width), minimumSizeHint().height());
    }

protected:
    bool event(QEvent *event) override
    {
        // The page's needs changed (its words, its figures): the scroll area asks again.
        if (event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QWidget::event(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        m_stack->setGeometry(rect());
        QWidget::resizeEvent(event);
    }

private:
    QStackedWidget *m_stack;
};

} // namespace Vigie
