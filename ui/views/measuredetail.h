#pragma once

#include "storage/change.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Vigie {

class Document;
class Editor;
class MeasureProjects;
class PortfolioFile;
enum class Entity;

// The detail panel of a measure: titles in English and French side by side, the status update form
// (status, percent complete, comment in English and French → one undoable step with a history row), the
// projects serving it and the status history. What is typed and not yet recorded survives a language switch.
class MeasureDetail : public QWidget
{
    Q_OBJECT
public:
    explicit MeasureDetail(QWidget *parent = nullptr);

    // The open document (null when none): its file, its edit facade and its change notifications.
    void setDocument(Document *document);
    void showMeasure(const QString &uuid);
    QString measureUuid() const { return m_uuid; }

    // For tests and keyboard users: fill the form and record it.
    QComboBox *statusBox() const { return m_status; }
    QDoubleSpinBox *percentBox() const { return m_percent; }
    QPlainTextEdit *commentBox() const { return m_comment; }
    QPlainTextEdit *commentFrBox() const { return m_commentFr; }
    QPushButton *recordButton() const { return m_record; }
    QTreeWidget *history() const { return m_history; }
    MeasureProjects *projects() const { return m_projects; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void record();
    void commitTitle(bool french);
    void onChanged(const Vigie::Change &change);

    Document *m_document = nullptr;
    PortfolioFile *m_file = nullptr;
    Editor *m_editor = nullptr;
    QString m_uuid;
    int m_number = 0;

    QLabel *m_heading;
    QLabel *m_readOnlyNote; // why this measure is read-only here (a copy limited to another organization)
    QGroupBox *m_titles;
    QLabel *m_enLabel;
    QLabel *m_frLabel;
    QLineEdit *m_titleEn;
    QLineEdit *m_titleFr;
    QGroupBox *m_update;
    QLabel *m_statusLabel;
    QLabel *m_percentLabel;
    QLabel *m_commentLabel;
    QLabel *m_commentFrLabel;
    QComboBox *m_status;
    QDoubleSpinBox *m_percent;
    QPlainTextEdit *m_comment;
    QPlainTextEdit *m_commentFr;
    QPushButton *m_record;
    QGroupBox *m_historyBox;
    QTreeWidget *m_history;
    MeasureProjects *m_projects; // the projects serving the measure, linked and unlinked there
};

} // namespace Vigie
