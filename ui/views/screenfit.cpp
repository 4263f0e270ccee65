#include "screenfit.h"

#include <QDialog>
#include <QEvent>
#include <QScreen>
#include <QWindow>

#include <algorithm>

namespace Vigie {

ScreenFit::ScreenFit(QObject *parent)
    : QObject(parent)
{
}

bool ScreenFit::fit(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen)
        return false;
    const QRect room = screen->availableGeometry();
    // Its frame, once the window manager has drawn one; until then, its parent window's (same manager).
    QMargins frame = window->windowHandle() ? window->windowHandle()->frameMargins() : QMargins();
    if (frame.isNull() && window->parentWidget() && window->parentWidget()->window()->windowHandle())
        frame = window->parentWidget()->window()->windowHandle()->frameMargins();
    const QSize most(room.width() - frame.left() - frame.right(), room.height() - frame.top() - frame.bottom());
    const bool smaller = window->width() > most.width() || window->height() > most.height();
    if (smaller)
        window->resize(window->size().boundedTo(most).expandedTo(window->minimumSize()));
    // Where Qt placed it (centred on its parent, which may be larger than the screen): its frame inside
    // the room. A window's pos() and move() are its frame's.
    const QSize outside = window->size().grownBy(frame);
    const int x = std::clamp(window->x(), room.left(), std::max(room.left(), room.right() + 1 - outside.width()));
    const int y = std::clamp(window->y(), room.top(), std::max(room.top(), room.bottom() + 1 - outside.height()));
    const bool moved = QPoint(x, y) != window->pos();
    if (moved)
        window->move(x, y);
    return smaller || moved;
}

bool ScreenFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow() && qobject_cast<QDialog *>(widget))
            fit(widget);
    }
    return false;
}

} // namespace Vigie
