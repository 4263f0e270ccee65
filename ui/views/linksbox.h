#pragma once

#include "storage/change.h"

#include <QGroupBox>
#include <QPointer>

class QPushButton;
class QTreeWidget;

namespace Vigie {

class Document;
class FlowLayout;

// A group box of a detail panel that lists the items linked to the item shown, with a way to choose one
// more and Link / Unlink buttons: the projects serving a measure (MeasureProjects) and the measures a
// project serves (ProjectMeasures). What both sides share lives here: the document and the item shown,
// the list (its first column's UserRole holds the linked item's UUID), the buttons, a refresh on the
// changes that concern the list, and the texts again on a change of language.
class LinksBox : public QGroupBox
{
    Q_OBJECT
public:
    void setDocument(Document *document);

    // For tests and keyboard users.
    QTreeWidget *list() const { return m_list; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *unlinkButton() const { return m_unlink; }
    // The least width with the chooser and its buttons on one line (the box's minimum puts the buttons
    // under the chooser, on a narrow screen).
    int oneLineWidth() const;

protected:
    // A list of `columns` columns (the second one stretches) `rows` high at least, then the buttons.
    LinksBox(int columns, int rows, QWidget *parent);
    // The field that chooses the item to link, before the buttons (the derived box makes it).
    void setChooser(QWidget *chooser);

    void showItem(const QString &uuid);
    void changeEvent(QEvent *event) override;
    // Whether `change` can change the list (links, or the items listed).
    virtual bool concerns(const Change &change) const = 0;
    virtual void refresh() = 0;
    virtual void retranslateUi() = 0;
    virtual void link() = 0;
    virtual void unlink() = 0;
    // The UUID of the linked item selected in the list; empty when none is.
    QString selectedUuid() const;
    bool writable() const;

    QPointer<Document> m_document;
    QString m_uuid; // the item shown
    QTreeWidget *m_list;
    QPushButton *m_link;
    QPushButton *m_unlink;

private:
    FlowLayout *m_row;
};

} // namespace Vigie
