#include "mergereportdialog.h"

#include "dialogs/dialogs.h"
#include "report/paper.h"
#include "storage/portfoliofile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Vigie {

MergeReportDialog::MergeReportDialog(const PortfolioFile &file, qint64 changeset, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_changeset(changeset)
{
    setObjectName(QStringLiteral("MergeReportDialog"));
    m_view = new QTextBrowser(this);
    // Lines break between words only: on a narrow screen the table keeps every word whole and scrolls
    // sideways (at 640 px « Champ » read « Cha mp », « Modifié » « Modifi é »); the prose wraps.
    m_view->setWordWrapMode(QTextOption::WordWrap);
    Paper::apply(m_view); // a report to print: its light table headings keep dark text under a dark desktop
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_print = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_save, &QPushButton::clicked, this, &MergeReportDialog::saveAs);
    connect(m_print, &QPushButton::clicked, this, &MergeReportDialog::print);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(960, 680);
}

void MergeReportDialog::retranslateUi()
{
    m_records = MergeHistory::read(m_file, m_changeset);
    m_html = MergeHistory::toHtml(m_file, m_records);
    m_view->setHtml(m_html);
    setWindowTitle(MergeHistory::title());
    m_save->setText(tr("&Save As…"));
    m_print->setText(tr("&Print…"));
}

bool MergeReportDialog::write(const PortfolioFile &file, const QList<MergeRecord> &records, const QString &path,
                              QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString shown = QDir::toNativeSeparators(path);
    if (suffix != QLatin1String("pdf")) {
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
            return MergeHistory::write(file, records, path, error);
        if (error)
            *error = tr("%1: choose a name ending in .pdf, .html or .csv.").arg(shown);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot be written (%2).").arg(shown, out.errorString());
        return false;
    }
    {
        QTextDocument document;
        document.setHtml(MergeHistory::toHtml(file, records));
        QPdfWriter writer(&out);
        writer.setTitle(MergeHistory::title());
        writer.setCreator(QStringLiteral("Vigie"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        document.print(&writer);
    }
    if (!out.commit()) {
        if (error)
            *error = tr("%1: cannot be written (%2).").arg(shown, out.errorString());
        return false;
    }
    return true;
}

void MergeReportDialog::saveAs()
{
    const QString pdf = tr("PDF document (*.pdf)");
    const QString html = tr("Web page (*.html)");
    const QString csv = tr("CSV (*.csv)");
    QString filter = pdf;
    QString path = Dialogs::saveFileName(this, tr("Save Merge Report"),
                                         QDir(m_file.folder()).filePath(tr("%1 merge report.pdf").arg(m_file.baseName())),
                                         QStringList { pdf, html, csv }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == csv ? QStringLiteral(".csv") : filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    QString error;
    if (!write(m_file, m_records, path, &error))
        Dialogs::error(this, MergeHistory::title(), error);
}

void MergeReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(m_html);
    document.print(&printer);
}

void MergeReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Vigie
