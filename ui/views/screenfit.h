#pragma once

#include <QObject>

class QWidget;

namespace Vigie {

// A dialog never opens larger than the screen. Qt's own file dialog asked for 1248x824 on a 1280x800
// screen at 200 % (640x400): its Cancel button was cut at the bottom, and below the screen's edge once a
// title bar was drawn. Installed on the application by the main window: a dialog about to be shown that
// is larger than the room its screen leaves (with its frame, as the main window's) is made smaller, never
// below its minimum; one centred on a parent larger than the screen is moved onto it.
class ScreenFit : public QObject
{
    Q_OBJECT
public:
    explicit ScreenFit(QObject *parent = nullptr);

    // Makes `window` fit its screen as described; whether it had to (resized or moved).
    static bool fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Vigie
