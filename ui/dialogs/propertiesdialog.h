#pragma once

#include "storage/portfoliofile.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Vigie {

class Editor;

// File → Properties…: the portfolio's names (English, French), jurisdiction, currency, fiscal-year start,
// default document language, the CIO's name, title (both languages) and contact, and the classification
// banner that briefings and charts print. OK applies what changed as one undoable edit through the
// document's edit facade (Editor::setPortfolioProperties); a refused value keeps the dialog open, the
// editor says why. In a copy limited to one organization, where the portfolio's own properties are
// read-only, it shows them read-only with the reason, and only closes. The dialog owns nothing but its
// widgets.
class PropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PropertiesDialog(Editor *editor, QWidget *parent = nullptr);

    // The text field of a property (tests, and the line edits' object names say the same).
    QLineEdit *lineEdit(Field field) const { return m_edits.value(field); }
    QComboBox *monthBox() const { return m_month; }
    QComboBox *languageBox() const { return m_language; }
    // What OK would change: the fields whose value differs from the file's.
    FieldValues changes() const;
    // Why the properties cannot be changed here ("" when they can): shown above the form.
    QString readOnlyReason() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();
    QLineEdit *addEdit(Field field);
    void addLabelledRow(QWidget *field);

    Editor *m_editor;
    QFormLayout *m_form = nullptr;
    QMap<Field, QLineEdit *> m_edits;
    QList<Field> m_order; // the text fields, in form order
    QComboBox *m_month = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_readOnlyNote = nullptr;
};

} // namespace Vigie
