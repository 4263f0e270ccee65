#pragma once

#include <QObject>

class QWidget;

namespace Vigie {

// The mouse wheel scrolls the page; it changes a drop-down or a spin box only once the user has chosen
// that field (clicked it, or tabbed to it). Without this, scrolling the project panel with the wheel
// changed the declared colour or the forecast of whatever field passed under the pointer ("Not
// declared" became "Green", then "Red"), an edit nobody meant. Installed on the application by the main
// window: such fields take focus by click or Tab only, and a wheel turned over one without focus goes
// on to what holds it (the panel's scroll area) as if the field were not there.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    explicit WheelGuard(QObject *parent = nullptr);

    // Whether the wheel over `widget` is kept from it (a drop-down or spin box without focus).
    static bool guarded(const QObject *widget);
    // The fields inside `root` take focus by click or Tab only. The guard does so for every field
    // polished after it was installed; this is for those polished before.
    static void guardFields(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Vigie
