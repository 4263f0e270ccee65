#pragma once

#include <QPointer>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace Vigie {

class Document;
class TablePage;

// The envelopes' what-if, above their table: adjust every granted amount by a percentage and see the
// gaps and totals move, without touching the file. "Apply…" asks, then writes the adjusted amounts of
// the envelopes shown through the document's editor (one undoable edit); "Reset" shows the stored
// amounts again.
class EnvelopeWhatIf : public QWidget
{
    Q_OBJECT
public:
    EnvelopeWhatIf(TablePage *page, QWidget *parent = nullptr);

    void setDocument(Document *document);
    QDoubleSpinBox *adjustmentBox() const { return m_adjustment; }
    // Writes the adjustment to the envelopes shown, after asking (Dialogs); false if nothing was written.
    bool apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();

    TablePage *m_page;
    QPointer<Document> m_document;
    QLabel *m_label;
    QDoubleSpinBox *m_adjustment;
    QLabel *m_note;
    QPushButton *m_reset;
    QPushButton *m_apply;
};

} // namespace Vigie
