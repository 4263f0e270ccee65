#pragma once

#include "commands/editor.h"
#include "storage/editconflict.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace Vigie {

class ConflictTable;
class PortfolioFile;

// The review of an edit that someone else's change stopped (core row versions; nothing was written):
// for each value, what the user saw, what the other person wrote (who, when) and what the user wanted,
// in the merge review's table (ConflictTable). Two ways out: Keep Theirs (the edit is dropped, the views
// show their values) or Use Mine (the same edit runs again over theirs, one undoable step). Closing the
// dialog keeps theirs.
class EditConflictDialog : public QDialog
{
    Q_OBJECT
public:
    // The three values side by side (what you saw, what is there now, what you wanted), then who changed it:
    // on a narrow screen the values are in view before the attribution.
    enum Column { Item, FieldColumn, Seen, Theirs, Wanted, By, ColumnCount };

    EditConflictDialog(const PortfolioFile &file, const EditConflicts &conflicts, const QString &undoText,
                       QWidget *parent = nullptr);

    ConflictChoice choice() const { return m_choice; }
    ConflictTable *table() const { return m_table; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *useMineButton() const { return m_useMine; }

    // Shows the review for a conflict the editor is reporting and settles it with the user's choice:
    // connect Editor::conflictOccurred to this.
    static void review(Editor *editor, const EditConflicts &conflicts, const QString &undoText, QWidget *parent);
    // Tests: called with the dialog instead of exec() (click a button, or not).
    static void setDialogHook(std::function<void(EditConflictDialog &)> hook);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    const PortfolioFile &m_file;
    EditConflicts m_conflicts;
    QString m_undoText;
    ConflictChoice m_choice = ConflictChoice::KeepTheirs;
    QLabel *m_summary = nullptr;
    ConflictTable *m_table = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_useMine = nullptr;
};

} // namespace Vigie
