#pragma once

#include "storage/change.h"

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace Vigie {

class Document;

// Part of a project's detail panel, the other side of MeasureProjects: the measures of the strategy the
// project serves, each with its status, and the links made or removed here (Link takes the measure chosen
// in the list beside it, Unlink the selected measure), each one undoable command through the edit facade.
// The Overview counts the active projects that serve no measure; this is where one is given its measure.
class ProjectMeasures : public QGroupBox
{
    Q_OBJECT
public:
    explicit ProjectMeasures(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void showProject(const QString &uuid);

    // For tests and keyboard users.
    QTreeWidget *list() const { return m_list; }
    QComboBox *measureBox() const { return m_measure; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *unlinkButton() const { return m_unlink; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void link();
    void unlink();
    void onChanged(const Vigie::Change &change);

    QPointer<Document> m_document;
    QString m_uuid;
    QTreeWidget *m_list;
    QComboBox *m_measure;
    QPushButton *m_link;
    QPushButton *m_unlink;
};

} // namespace Vigie
