#pragma once

#include "merge/mergehistory.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QTextBrowser;

namespace Vigie {

class PortfolioFile;

// The merge report the CIO office keeps: what came from which ministry, when and from whom, and which
// conflicts were decided for this file (core MergeHistory, read from the file). Shown after a merge
// (that merge) and from File → Merge Report… (every merge); printed, or saved as PDF, HTML or CSV, each
// written whole or not at all.
class MergeReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `changeset`: the merge to report (0: every merge recorded in the file).
    MergeReportDialog(const PortfolioFile &file, qint64 changeset, QWidget *parent = nullptr);

    QString html() const { return m_html; }
    const QList<MergeRecord> &records() const { return m_records; }

    // Writes the report by the name's suffix: .pdf, .html/.htm or .csv.
    static bool write(const PortfolioFile &file, const QList<MergeRecord> &records, const QString &path, QString *error);
    void saveAs();
    void print();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const PortfolioFile &m_file;
    qint64 m_changeset;
    QList<MergeRecord> m_records;
    QString m_html;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Vigie
