#pragma once

#include "storage/change.h"

#include <QGroupBox>
#include <QPointer>

class QCompleter;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeWidget;

namespace Vigie {

class Document;

// Part of a measure's detail panel: the projects serving the measure, each with its overall colour
// (word and chip, so colour is never the only cue), and the links made or removed here — Link takes a
// project code, Unlink the selected project — each one undoable command through the edit facade.
class MeasureProjects : public QGroupBox
{
    Q_OBJECT
public:
    explicit MeasureProjects(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void showMeasure(const QString &uuid);

    // For tests and keyboard users.
    QTreeWidget *list() const { return m_list; }
    QLineEdit *codeEdit() const { return m_code; }
    QCompleter *codeCompleter() const { return m_completer; }
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
    void offerCodes(const QString &typed);

    QPointer<Document> m_document;
    QString m_uuid;
    QTreeWidget *m_list;
    QLineEdit *m_code;
    QStandardItemModel *m_codes; // the projects whose code starts as typed, for the completer
    QCompleter *m_completer;
    QPushButton *m_link;
    QPushButton *m_unlink;
};

} // namespace Vigie
