#pragma once

#include <QObject>

class QWidget;

namespace Vigie {

// Ctrl+Z in a field whose value was already committed undoes the portfolio's last edit, not the field's
// typing. A line edit (alone, or inside a spin box or a date box) takes Undo and Redo for its own text
// whenever it has focus, so after "type 5,000,000, press Enter" in the project panel, Ctrl+Z did nothing
// a user could see. Installed on the application by the main window: while the field holds what was
// committed (nothing typed since Enter, or since the value was set by the program, as after an undo),
// Undo and Redo go to the window's actions; while the user is typing, to the field's own text. Only in
// the panels that commit a value as it is entered (markCommitting()): a search box keeps Ctrl+Z for its
// text, Enter or not.
class FieldUndo : public QObject
{
    Q_OBJECT
public:
    explicit FieldUndo(QObject *parent = nullptr);
    // The fields inside `panel` commit what they hold to the portfolio (the project and measure panels).
    static void markCommitting(QWidget *panel);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Vigie
