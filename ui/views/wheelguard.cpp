#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>

namespace Vigie {

namespace {

bool isValueField(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

// The wheel would give the field focus (Qt::WheelFocus) before anything else sees it.
void takeNoWheelFocus(QWidget *field)
{
    if (field->focusPolicy() == Qt::WheelFocus)
        field->setFocusPolicy(Qt::StrongFocus);
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

bool WheelGuard::guarded(const QObject *widget)
{
    if (!isValueField(widget))
        return false;
    const auto *field = static_cast<const QWidget *>(widget);
    // A spin box's focus sits on its line edit: the box has focus when the focus is within it.
    const QWidget *focus = field->focusWidget();
    return !(field->hasFocus() || (focus && focus->hasFocus() && field->isAncestorOf(focus)));
}

void WheelGuard::guardFields(QWidget *root)
{
    for (QWidget *field : root->findChildren<QComboBox *>())
        takeNoWheelFocus(field);
    for (QWidget *field : root->findChildren<QAbstractSpinBox *>())
        takeNoWheelFocus(field);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        if (isValueField(watched))
            takeNoWheelFocus(static_cast<QWidget *>(watched));
        return false;
    case QEvent::Wheel:
        // Not for the field; left unaccepted, the application hands the wheel on to its parents.
        if (!guarded(watched))
            return false;
        event->ignore();
        return true;
    default:
        return false;
    }
}

} // namespace Vigie
