#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace Vigie {

class Document;
class TablePage;

// The Projects page's structure commands, in the table's context menu: create a project (code, names,
// organization, phase, state), edit the selected one, delete it after saying what goes with it, and add
// the organizations and workforce specialties a new portfolio needs. Each change is one call to the
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

public Q_SLOTS:
    void newProject();
    void editCurrent();
    void deleteCurrent();
    void newOrganization();
    void newSpecialty();

private:
    void retranslate();
    void updateActions();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString currentProject() const;

    TablePage *m_page;
    QPointer<Document> m_document;
    QAction *m_newProject;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_newOrganization;
    QAction *m_newSpecialty;
};

} // namespace Vigie
