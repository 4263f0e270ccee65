#include "conflicttable.h"

#include "merge/valuetext.h"
#include "model/fieldtext.h"
#include "storage/fields.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

namespace Vigie {

ConflictTable::ConflictTable(int columns, QWidget *parent)
    : QTableWidget(0, columns, parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(false);
}

void ConflictTable::setRows(const QList<QStringList> &rows)
{
    setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &cells = rows.at(row);
        for (int column = 0; column < cells.size() && column < columnCount(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            setItem(row, column, item);
        }
    }
    fit();
}

void ConflictTable::fit()
{
    resizeColumnsToContents();
    for (int c = 0; c < columnCount(); ++c)
        setColumnWidth(c, qMin(columnWidth(c), 240));
    resizeRowsToContents();
}

QString ConflictTable::itemText(Entity entity, const QString &key)
{
    QString label = EntityText::label(entity);
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label + QLatin1Char(' ') + key;
}

QString ConflictTable::fieldText(Entity entity, const QString &column)
{
    if (column.isEmpty())
        return tr("(the whole item)");
    const std::optional<Field> f = Fields::fromColumn(entity, column);
    return f ? FieldText::label(*f) : column;
}

QString ConflictTable::when(const QString &iso)
{
    return ValueText::when(iso);
}

QString ConflictTable::byText(const QString &author, const QString &whenIso)
{
    if (author.isEmpty() && whenIso.isEmpty())
        return QString();
    return author + QLatin1Char('\n') + when(whenIso);
}

} // namespace Vigie
