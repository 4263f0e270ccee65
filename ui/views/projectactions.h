#pragma once

#include "storage/entity.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Vigie {

class Document;
class TablePage;

// The Projects page's structure commands, in the table's context menu: create a project (code, names,
// organization, phase, state), edit the selected one, delete it after saying what goes with it, and add,
// edit and delete the organizations and workforce specialties a portfolio needs. Each change is one call to the
// document's edit facade, so one undoable command; the forms are ItemDialogs (StrategyActions'
// setDialogFiller serves tests here too). Owned by the main window; follows its document.
class ProjectActions : public QObject
{
    Q_OBJECT
public:
    explicit ProjectActions(TablePage *page);

    void setDocument(Document *document);
    QList<QAction *> actions() const;
    QAction *newProjectAction() const { return m_newProject; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *newOrganizationAction() const { return m_newOrganization; }
    QAction *newSpecialtyAction() const { return m_newSpecialty; }
    QAction *editOrganizationAction() const { return m_editOrganization; }
    QAction *deleteOrganizationAction() const { return m_deleteOrganization; }
    QAction *editSpecialtyAction() const { return m_editSpecialty; }
    QAction *deleteSpecialtyAction() const { return m_deleteSpecialty; }
    QAction *confirmAction() const { return m_confirm; }

public Q_SLOTS:
    void newProject();
    void editCurrent();
    void deleteCurrent();
    void newOrganization();
    void newSpecialty();
    // An organization or specialty, chosen in a list, edited or deleted (after saying what goes with it).
    void editListed(Vigie::Entity entity);
    void deleteListed(Vigie::Entity entity);
    // "Still accurate": the selected projects are confirmed as they are (no longer stale), one undo step.
    void confirmSelected();

private:
    void retranslate();
    void updateActions();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString currentProject() const;
    QString chooseListed(Entity entity, const QString &title) const;
    void confirmAndRemove(Entity entity, const QString &uuid);

    TablePage *m_page;
    QPointer<Document> m_document;
    QAction *m_newProject;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_newOrganization;
    QAction *m_newSpecialty;
    QAction *m_editOrganization;
    QAction *m_deleteOrganization;
    QAction *m_editSpecialty;
    QAction *m_deleteSpecialty;
    QAction *m_confirm;
};

} // namespace Vigie
