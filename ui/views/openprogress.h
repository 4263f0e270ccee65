#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Vigie {

class DocumentOpener;

// The status bar's word while a large portfolio opens in the background: "Checking FILE…", a busy bar
// and Cancel. Hidden otherwise.
class OpenProgress : public QWidget
{
    Q_OBJECT
public:
    OpenProgress(DocumentOpener *opener, QWidget *parent = nullptr);

    QToolButton *cancelButton() const { return m_cancel; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DocumentOpener *m_opener;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace Vigie
