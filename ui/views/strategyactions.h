#pragma once

#include "storage/entity.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

namespace Vigie {

class Document;
class ItemDialog;
class TablePage;

// The Strategy page's structure commands, in the tree's context menu: add a plan, a key area to the
// selected plan, a measure to the selected key area; edit the selected item (titles, number, owner, due
// date, status, percent, comment, and the plan or key area it belongs to: a move); delete it after
// saying what goes with it. Each change is one call to the document's edit facade, so one undoable
// command. Owned by the main window; follows its document.
class StrategyActions : public QObject
{
    Q_OBJECT
public:
    explicit StrategyActions(TablePage *page);

    void setDocument(Document *document);
    QList<QAction *> actions() const;
    QAction *addPlanAction() const { return m_addPlan; }
    QAction *addAreaAction() const { return m_addArea; }
    QAction *addMeasureAction() const { return m_addMeasure; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *confirmAction() const { return m_confirm; }

    // Test hook: instead of showing an item dialog (here or on the Projects page), fill it with this and
    // accept (false: cancel).
    static void setDialogFiller(std::function<bool(ItemDialog &)> filler);
    // Shows the dialog, or hands it to the test hook; true when accepted.
    static bool runItemDialog(ItemDialog &dialog);
    // Runs the dialog until apply() succeeds or the user cancels: a value the edit refuses (an empty
    // code, a number already taken) is reported by the editor, then the dialog comes back with what the
    // user typed, instead of losing it. True when applied.
    static bool runItemDialog(ItemDialog &dialog, const std::function<bool()> &apply);

public Q_SLOTS:
    void addPlan();
    void addKeyArea();
    void addMeasure();
    void editCurrent();
    void deleteCurrent();
    // "Still accurate": the selected measures are confirmed as they are (no longer stale), one undo step.
    void confirmSelected();

private:
    void retranslate();
    void updateActions();
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The selected item of the tree: its entity and UUID (Entity::Portfolio and "" when none).
    Entity currentEntity(QString *uuid) const;
    // The plan or key area new items go under: the selected one, or the one holding the selection.
    QString currentParent(Entity parent) const;
    void selectAdded(const QString &uuid);

    TablePage *m_page;
    QPointer<Document> m_document;
    QAction *m_addPlan;
    QAction *m_addArea;
    QAction *m_addMeasure;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_confirm;
};

} // namespace Vigie
