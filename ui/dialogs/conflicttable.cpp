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

QString ConflictTable::valueText(Entity entity, const QString &column, const QString &text, const QVariant &stored,
                                 bool seconds)
{
    const QString words = ValueText::shown(entity, column, text);
    if (words != text)
        return words;
    bool number = false;
    const double d = text.toDouble(&number);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (number && stored.typeId() != QMetaType::QString)
        return QLocale().toString(d, 'f', QLocale::FloatingPointShortest); // every digit: no change hidden
    if (date.isValid() && text.size() == 10)
        return QLocale().toString(date, QLocale::ShortFormat);
    // A time stamp (when a row was last updated or confirmed): in local time, as the "by" column shows it.
    const QDateTime time = text.size() > 10 ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
    if (time.isValid() && seconds) {
        // The long time format without its time zone: "17 h 46 min 03 s", "5:46:03 P.M.".
        const QLocale locale;
        QString format;
        bool quoted = false;
        for (const QChar c : locale.timeFormat(QLocale::LongFormat)) {
            quoted = c == QLatin1Char('\'') ? !quoted : quoted;
            if (quoted || c != QLatin1Char('t')) // t outside quotes: the time zone
                format += c;
        }
        const QDateTime local = time.toLocalTime();
        return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
            + locale.toString(local.time(), format.trimmed());
    }
    if (time.isValid())
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    return text;
}

std::pair<QString, QString> ConflictTable::valueTexts(Entity entity, const QString &column, const QString &a,
                                                      const QVariant &aStored, const QString &b, const QVariant &bStored)
{
    std::pair<QString, QString> shown { valueText(entity, column, a, aStored), valueText(entity, column, b, bStored) };
    if (a != b && shown.first == shown.second)
        shown = { valueText(entity, column, a, aStored, true), valueText(entity, column, b, bStored, true) };
    return shown;
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
