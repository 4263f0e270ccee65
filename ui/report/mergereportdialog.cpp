#include "mergereportdialog.h"

#include "dialogs/dialogs.h"
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
#include <QAbstractTextDocumentLayout>
#include <QResizeEvent>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Vigie {

namespace {

// The least width at which the report's tables break no word inside: per column, the widest word of its
// cells (a whole line of a cell that does not wrap, as the values), with the cell's padding and borders.
qreal unbrokenWidth(QTextDocument *document)
{
    qreal widest = 0;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QTextTableFormat format = table->format();
        std::vector<qreal> columns(size_t(table->columns()), 0.0);
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.column() != column || cell.row() != row)
                    continue; // spanned
                qreal need = 0;
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    const bool nowrap = block.blockFormat().nonBreakableLines();
                    for (QTextBlock::iterator f = block.begin(); !f.atEnd(); ++f) {
                        const QTextFragment fragment = f.fragment();
                        const QFontMetricsF metrics(fragment.charFormat().font().resolve(document->defaultFont()));
                        QString text = fragment.text();
                        text.replace(QChar::LineSeparator, QLatin1Char('\n'));
                        for (const QString &line : text.split(QLatin1Char('\n'))) {
                            const QStringList pieces = nowrap ? QStringList { line } : line.split(QLatin1Char(' '));
                            for (const QString &piece : pieces)
                                need = std::max(need, metrics.horizontalAdvance(piece));
                        }
                    }
                }
                const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                need += cellFormat.leftPadding() + cellFormat.rightPadding() + 2 * format.border() + 2;
                columns[size_t(column)] = std::max(columns[size_t(column)], need);
            }
        }
        qreal sum = format.leftMargin() + format.rightMargin() + 2 * (format.border() + format.padding())
            + format.cellSpacing() * (table->columns() + 1);
        for (qreal w : columns)
            sum += w;
        widest = std::max(widest, sum);
    }
    return widest > 0 ? widest + 2 * document->documentMargin() : 0;
}

// Whether a line of the document, laid out at its text width, ends inside a word.
bool breaksAWord(QTextDocument *document)
{
    document->documentLayout()->documentSize(); // laid out
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QString text = block.text();
        for (int i = 0; layout && i + 1 < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int end = line.textStart() + line.textLength();
            if (end > 0 && end < text.size() && text.at(end - 1).isLetterOrNumber() && text.at(end).isLetterOrNumber())
                return true;
        }
    }
    return false;
}

// The least width at which no word of the document is broken: from the widest words' sum, widened until
// Qt's table layout (which shares the room its own way) breaks none.
int leastUnbrokenWidth(QTextDocument *document)
{
    qreal width = unbrokenWidth(document);
    if (width <= 0)
        return 0;
    const qreal before = document->textWidth();
    for (int i = 0; i < 12; ++i) {
        document->setTextWidth(width);
        if (!breaksAWord(document))
            break;
        width *= 1.08;
    }
    document->setTextWidth(before);
    return int(std::ceil(width));
}

} // namespace

// The report's view: as wide as the dialog, never narrower than its tables without a word broken inside;
// narrower, it scrolls sideways (at 640 px « Champ » read « Cha mp »).
class ReportView : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    void setLeastWidth(int width)
    {
        m_least = width;
        fit();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        fit();
    }

private:
    void fit()
    {
        const bool narrow = m_least > 0 && viewport()->width() < m_least;
        setLineWrapMode(narrow ? QTextEdit::FixedPixelWidth : QTextEdit::WidgetWidth);
        if (narrow)
            setLineWrapColumnOrWidth(m_least);
    }

    int m_least = 0;
};

MergeReportDialog::MergeReportDialog(const PortfolioFile &file, qint64 changeset, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_changeset(changeset)
{
    setObjectName(QStringLiteral("MergeReportDialog"));
    m_view = new ReportView(this);
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
    m_view->setLeastWidth(leastUnbrokenWidth(m_view->document()));
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
