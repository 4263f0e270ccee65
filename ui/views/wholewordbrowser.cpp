#include "wholewordbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Vigie {

namespace {

// The least width at which the document's tables break no word inside: per column, the widest word of its
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

} // namespace

int WholeWordBrowser::leastUnbrokenWidth(QTextDocument *document)
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


WholeWordBrowser::WholeWordBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    // New contents (a page of the guide, a report in another language): measured once they are in.
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            if (m_pending)
                fitToContents();
        });
    });
}

void WholeWordBrowser::fitToContents()
{
    m_pending = false;
    m_least = leastUnbrokenWidth(document());
    applyWidth();
}

void WholeWordBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    applyWidth();
}

void WholeWordBrowser::applyWidth()
{
    const bool narrow = m_least > 0 && viewport()->width() < m_least;
    setLineWrapMode(narrow ? QTextEdit::FixedPixelWidth : QTextEdit::WidgetWidth);
    if (narrow)
        setLineWrapColumnOrWidth(m_least);
}

} // namespace Vigie
