#include "tableprinter.h"

#include "models/modelroles.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace Vigie {

namespace {

void addRows(const QAbstractItemModel *model, const QModelIndex &parent, const QList<int> &columns, int depth,
             TableSnapshot *out)
{
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        QStringList cells;
        for (int c : columns) {
            QString text = model->index(r, c, parent).data(Qt::DisplayRole).toString();
            if (c == columns.constFirst() && depth > 0)
                text.prepend(QString(depth * 4, QChar(0x00A0))); // a tree's levels, kept in print
            cells << text;
        }
        out->rows.append(cells);
        const QModelIndex child = model->index(r, 0, parent);
        if (model->hasChildren(child))
            addRows(model, child, columns, depth + 1, out);
    }
}

} // namespace

TableSnapshot TableSnapshot::of(const QAbstractItemModel *model, const QHeaderView *header)
{
    TableSnapshot t;
    if (!model)
        return t;
    QList<int> columns;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical < 0 || (header && header->isSectionHidden(logical))
            || model->headerData(logical, Qt::Horizontal, Roles::ScreenOnlyRole).toBool())
            continue;
        columns << logical;
        t.headers << model->headerData(logical, Qt::Horizontal).toString();
        const QVariant align = model->rowCount() > 0 ? model->index(0, logical).data(Qt::TextAlignmentRole) : QVariant();
        t.rightAligned << (align.isValid() && (Qt::Alignment(align.toInt()) & Qt::AlignRight));
    }
    addRows(model, {}, columns, 0, &t);
    return t;
}

std::unique_ptr<QTextDocument> TablePrinter::document(const TableSnapshot &table)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = doc->defaultFont();
    font.setPointSizeF(8.5);
    doc->setDefaultFont(font);
    QString html = QStringLiteral("<h2>%1</h2>").arg(table.title.toHtmlEscaped());
    if (!table.subtitle.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(table.subtitle.toHtmlEscaped());
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("Printed %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)).toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const QString &h : table.headers)
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\">%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(table.rightAligned.value(c) ? QStringLiteral(" align=\"right\"") : QString(),
                             row.at(c).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    doc->setHtml(html);
    // The header row repeats at the top of every printed page.
    QTextCursor cursor(doc.get());
    cursor.movePosition(QTextCursor::Start);
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = t->format();
            format.setHeaderRowCount(1);
            t->setFormat(format);
        }
    }
    return doc;
}

void TablePrinter::print(const TableSnapshot &table, QPagedPaintDevice *device)
{
    const auto doc = document(table);
    doc->print(device);
}

} // namespace Vigie
