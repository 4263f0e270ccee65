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
    if (window->width() <= most.width() && window->height() <= most.height())
        return false;
    window->resize(window->size().boundedTo(most).expandedTo(window->minimumSize()));
    // Where Qt placed it for its former size (centred on its parent): its frame inside the room.
    const int x = std::clamp(window->x(), room.left() + frame.left(),
                             std::max(room.left() + frame.left(), room.right() + 1 - frame.right() - window->width()));
    const int y = std::clamp(window->y(), room.top() + frame.top(),
                             std::max(room.top() + frame.top(), room.bottom() + 1 - frame.bottom() - window->height()));
    window->move(x - frame.left(), y - frame.top()); // move() places the frame
    return true;
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
