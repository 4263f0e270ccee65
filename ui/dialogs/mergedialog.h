#pragma once

#include "dialogs/conflicttable.h"
#include "merge/merger.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Vigie {

// File → Merge Copies…, the review before writing: what the copies bring in without conflict (and what a
// copy changed outside its organization, named and left out), and each conflict side by side (this
// file's value and the copy's, who changed each and when, the change's note) for the user to decide, one
// by one or all at once. Fields decided together (a measure's status, percent and comment…) are one row
// and one decision; a row the copy adds under a key this file already has says what taking the copy's
// does. Merge is enabled once every conflict is decided;
// the merge itself is then one undoable edit (Editor::mergeCopies with options()).
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    // The conflicts' columns: both values, then the decision beside them (in reach on a narrow screen,
    // where it was last, past who changed what), then who changed each side and the copy's note.
    enum ConflictColumn { CItem, CField, CMine, CTheirs, CKeep, CMineBy, CTheirsBy, CNote, CCount };

    explicit MergeDialog(const MergePlan &plan, QWidget *parent = nullptr);

    // The decisions taken so far, to run the merge with.
    MergeOptions options() const;
    int conflictCount() const { return int(m_conflicts.size()); }
    int undecided() const;

    // Also the test hooks: what the choice in a conflict's row and the two buttons do.
    void choose(int conflict, MergeChoice choice);
    void chooseAll(MergeChoice choice);
    MergeChoice choice(int conflict) const;
    QTableWidget *conflictTable() const { return m_conflictTable; }
    QTableWidget *changeTable() const { return m_changeTable; }
    QPushButton *mergeButton() const { return m_merge; }
    QTabWidget *tabs() const { return m_tabs; }
    // What comes in and what is left to decide, above the tabs.
    QString summaryText() const;

    // A side of an item for people: numbers and dates in the current locale, states translated.
    static QString valueText(const MergeItem &item, bool mine);
    QString itemText(const MergeItem &item) const;
    static QString fieldText(const MergeItem &item);
    static QString byText(const Attribution &by);
    // Each copy, where it comes from, and what of it this file does not take (a change the file refuses,
    // a change outside the copy's organization), one line each: the dialog's header, and what File →
    // Merge Copies… says when nothing else in the copies is new.
    static QString sourcesText(const MergePlan &plan);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillTables();
    void updateState();

    MergePlan m_plan;
    QList<QList<int>> m_conflicts; // one per decision: indexes in m_plan.items (MergePlan::decisions)
    QList<int> m_changes;
    QLabel *m_sources = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConflictTable *m_conflictTable = nullptr;
    ConflictTable *m_changeTable = nullptr;
    QPushButton *m_allMine = nullptr;
    QPushButton *m_allTheirs = nullptr;
    QPushButton *m_merge = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Vigie
