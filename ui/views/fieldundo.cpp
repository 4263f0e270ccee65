#include "fieldundo.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>

namespace Vigie {

namespace {

// The line edit `watched` types into: itself, or a spin box's or date box's own.
QLineEdit *lineEditOf(QObject *watched)
{
    if (auto *edit = qobject_cast<QLineEdit *>(watched))
        return edit;
    if (auto *box = qobject_cast<QAbstractSpinBox *>(watched))
        return box->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    return nullptr;
}

const char *const kCommitting = "vigieCommitsFields";

bool isCommitting(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (widget->property(kCommitting).toBool())
            return true;
    }
    return false;
}

bool isCommit(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

} // namespace

FieldUndo::FieldUndo(QObject *parent)
    : QObject(parent)
{
}

void FieldUndo::markCommitting(QWidget *panel)
{
    panel->setProperty(kCommitting, true);
}

bool FieldUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    QLineEdit *edit = lineEditOf(watched);
    if (!edit || edit->isReadOnly() || !isCommitting(edit))
        return false;
    if (event->type() == QEvent::KeyPress) {
        // Enter commits what was typed (the forms' fields, the panel's): from then on the field holds
        // the committed value. Marked after the field and its owner handled the key.
        if (isCommit(key)) {
            QPointer<QLineEdit> committed(edit);
            QTimer::singleShot(0, edit, [committed] {
                if (committed)
                    committed->setModified(false);
            });
        }
        return false;
    }
    const bool undoOrRedo = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
    // Not accepted, and not passed on to the field: the shortcut goes to the window's actions.
    return undoOrRedo && !edit->isModified();
}

} // namespace Vigie
