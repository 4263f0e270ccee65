#pragma once

#include "storage/entity.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class QAction;

namespace Vigie {

class Document;
class TablePage;

// The commands that add and delete rows of figures in the window, so that a portfolio made with File →
// New gets its investment envelopes and its workforce survey without a CSV file: "New Envelope…" and
// "Delete Envelopes" on the Envelopes page, "New Workforce Record…" and "Delete Workforce Records" on
// the Workforce page (its table by organization and specialty). Each is one call to the document's
// edit facade (Editor::addEnvelope, addWorkforceRecord, removeRecords), so one undoable step; the
// figures themselves are edited in the table's cells. The forms are ItemDialogs. In the table's context
// menu, and in the Edit menu while the page is shown (MainWindow::updatePageItemActions).
class RecordActions : public QObject
{
    Q_OBJECT
public:
    // `entity`: Entity::Envelope or Entity::Workforce; `page`: the table whose selection is deleted.
    RecordActions(Entity entity, TablePage *page);

    void setDocument(Document *document);
    QList<QAction *> actions() const;
    QAction *newAction() const { return m_new; }
    QAction *deleteAction() const { return m_delete; }
    // A new workforce record's survey date when none is given: the survey shown (WorkforcePage).
    void setSurveyShown(std::function<QDate()> surveyShown) { m_surveyShown = std::move(surveyShown); }

public Q_SLOTS:
    void newRecord();
    void deleteSelected();

Q_SIGNALS:
    // A workforce record was added to this survey (the page shows that survey).
    void recordAdded(const QString &uuid, const QDate &survey);

private:
    void retranslate();
    void updateActions();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QStringList selectedRecords() const;

    Entity m_entity;
    TablePage *m_page;
    QPointer<Document> m_document;
    QAction *m_new;
    QAction *m_delete;
    std::function<QDate()> m_surveyShown;
};

} // namespace Vigie
