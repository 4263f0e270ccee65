#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QAbstractItemModel;
class QHeaderView;
class QPagedPaintDevice;
class QTextDocument;

namespace Vigie {

// What a table shows on screen, as text: the visible columns in their on-screen order, the rows as
// filtered and sorted (a tree's rows indented by depth), the texts as displayed. Printing and "export
// the current view" both start from it, so what is written is what the user sees.
struct TableSnapshot
{
    QString title;    // "Projects"
    QString subtitle; // "197 active of 214 projects · filter: red"
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> rightAligned; // per column: numbers and money

    // The rows of `model` (usually the view's proxy), the columns `header` shows.
    static TableSnapshot of(const QAbstractItemModel *model, const QHeaderView *header);
};

class TablePrinter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::TablePrinter)
public:
    // A printable document of the snapshot: title, subtitle, the table with its header repeated on
    // every page, the date printed. Landscape pages suit wide tables.
    static std::unique_ptr<QTextDocument> document(const TableSnapshot &table);
    static void print(const TableSnapshot &table, QPagedPaintDevice *device);
};

} // namespace Vigie
