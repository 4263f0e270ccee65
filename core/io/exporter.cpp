#include "exporter.h"

#include "model/health.h"
#include "storage/outputfile.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace Vigie {

namespace {

QString numberText(double v, bool decimalComma)
{
    QString s = QString::number(v, 'g', 15);
    if (decimalComma)
        s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

QString quoted(const QString &field, QChar delimiter)
{
    const bool needs = field.contains(delimiter) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r')) || field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needs)
        return field;
    QString s = field;
    s.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

bool exportCsv(const PortfolioFile &file, ExportTable table, const QString &path, bool excelFrench, QString *error)
{
    QSaveFile out(path);
    if (!OutputFile::open(out, error))
        return false;
    const QChar delimiter = excelFrench ? QLatin1Char(';') : QLatin1Char(',');
    const QList<ExportColumn> columns = Exporter::columns(table);
    QStringList cells;
    for (const ExportColumn &c : columns)
        cells << quoted(c.name, delimiter);
    QByteArray buffer("\xEF\xBB\xBF");
    QString readError;
    buffer += cells.join(delimiter).toUtf8() + "\r\n";
    const bool ok = Exporter::readTable(file, table, [&](const QVariantList &row) {
        cells.clear();
        for (int i = 0; i < row.size(); ++i) {
            const QVariant &v = row.at(i);
            if (v.isNull()) {
                cells << QString();
                continue;
            }
            switch (columns.at(i).kind) {
            case CellKind::Number:
            case CellKind::Money:
            case CellKind::Percent:
                cells << numberText(v.toDouble(), excelFrench);
                break;
            // Dates and indicators are text in a CSV too, and a file from elsewhere may hold anything in
            // them ("=HYPERLINK(…)" as a due date): every text cell is guarded.
            case CellKind::Text:
            case CellKind::Date:
            case CellKind::Health:
                cells << quoted(Exporter::neutralizeFormula(v.toString()), delimiter);
                break;
            }
        }
        buffer += cells.join(delimiter).toUtf8() + "\r\n";
        if (buffer.size() > (1 << 20)) {
            if (out.write(buffer) != buffer.size())
                return false; // commit() below says why
            buffer.clear();
        }
        return true;
    }, &readError);
    if (!ok && !readError.isEmpty()) {
        out.cancelWriting(); // a read error: the previous file stays
        out.commit();
        return setError(error, readError);
    }
    out.write(buffer);
    return OutputFile::commit(out, error);
}

// Formats of one workbook, created once.
struct XlsxFormats
{
    lxw_format *header = nullptr;
    lxw_format *money = nullptr;
    lxw_format *number = nullptr;
    lxw_format *date = nullptr;
    lxw_format *health[4] = { nullptr, nullptr, nullptr, nullptr }; // by Health

    explicit XlsxFormats(lxw_workbook *wb)
    {
        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        money = workbook_add_format(wb);
        format_set_num_format(money, "#,##0.00");
        number = workbook_add_format(wb);
        format_set_num_format(number, "0.##");
        date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        const lxw_color_t fills[4] = { 0, 0x63BE7B, 0xFFEB84, 0xF8696B };
        for (int h = 1; h < 4; ++h) {
            health[h] = workbook_add_format(wb);
            format_set_bg_color(health[h], fills[h]);
            format_set_pattern(health[h], LXW_PATTERN_SOLID);
            format_set_align(health[h], LXW_ALIGN_CENTER);
        }
    }
};

bool writeSheet(const PortfolioFile &file, lxw_workbook *wb, const XlsxFormats &formats, ExportTable table,
                QString *error)
{
    const QByteArray name = Exporter::sheetName(table).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
    if (!ws)
        return setError(error, Exporter::tr("The sheet \"%1\" cannot be added.").arg(Exporter::sheetName(table)));
    const QList<ExportColumn> columns = Exporter::columns(table);
    for (int c = 0; c < columns.size(); ++c) {
        const QByteArray label = columns.at(c).label.toUtf8();
        worksheet_write_string(ws, 0, lxw_col_t(c), label.constData(), formats.header);
        const double width = columns.at(c).kind == CellKind::Text ? 28 : columns.at(c).kind == CellKind::Money ? 16 : 12;
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    lxw_row_t r = 0;
    const bool ok = Exporter::readTable(file, table, [&](const QVariantList &row) {
        ++r;
        for (int c = 0; c < row.size(); ++c) {
            const QVariant &v = row.at(c);
            if (v.isNull())
                continue;
            const auto col = lxw_col_t(c);
            switch (columns.at(c).kind) {
            case CellKind::Number:
            case CellKind::Percent:
                worksheet_write_number(ws, r, col, v.toDouble(), formats.number);
                break;
            case CellKind::Money:
                worksheet_write_number(ws, r, col, v.toDouble(), formats.money);
                break;
            case CellKind::Date: {
                const QDate d = QDate::fromString(v.toString().left(10), Qt::ISODate);
                if (d.isValid()) {
                    lxw_datetime dt { d.year(), d.month(), d.day(), 0, 0, 0.0 };
                    worksheet_write_datetime(ws, r, col, &dt, formats.date);
                } else {
                    const QByteArray text = v.toString().toUtf8();
                    worksheet_write_string(ws, r, col, text.constData(), nullptr);
                }
                break;
            }
            case CellKind::Health: {
                const Health h = HealthText::fromKey(v.toString()).value_or(Health::Unrated);
                const QByteArray word = HealthText::label(h).toUtf8();
                if (h != Health::Unrated)
                    worksheet_write_string(ws, r, col, word.constData(), formats.health[int(h)]);
                break;
            }
            case CellKind::Text: {
                const QByteArray text = v.toString().toUtf8();
                worksheet_write_string(ws, r, col, text.constData(), nullptr);
                break;
            }
            }
        }
        return true;
    }, error);
    if (ok && r > 0)
        worksheet_autofilter(ws, 0, 0, r, lxw_col_t(columns.size() - 1));
    return ok;
}

bool exportXlsx(const PortfolioFile &file, const QList<ExportTable> &tables, const QString &path, QString *error)
{
    // libxlsxwriter writes by file name: into a temporary file beside the target, renamed when complete.
    QString readError;
    const bool ok = OutputFile::writeByName(path, [&](const QString &temp, QString *reason) {
        const QByteArray tempName = QFile::encodeName(temp);
        const QByteArray tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE; // rows are streamed, memory does not grow with the table
        options.tmpdir = const_cast<char *>(tmpdir.constData());
        lxw_workbook *wb = workbook_new_opt(tempName.constData(), &options);
        if (!wb)
            return false;
        const XlsxFormats formats(wb);
        bool written = true;
        for (ExportTable t : tables)
            written = written && writeSheet(file, wb, formats, t, &readError);
        const lxw_error closed = workbook_close(wb);
        if (written && closed != LXW_NO_ERROR) {
            *reason = QString::fromUtf8(lxw_strerror(closed));
            return false;
        }
        return written;
    }, error);
    // A read error says more than "cannot be written".
    if (!ok && !readError.isEmpty())
        return setError(error, readError);
    return ok;
}

} // namespace

QString Exporter::neutralizeFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar c = text.at(0);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

bool Exporter::exportTables(const PortfolioFile &file, const QList<ExportTable> &tables, const QString &path,
                            const Options &options, QString *error)
{
    if (tables.isEmpty())
        return setError(error, tr("Nothing to export."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return exportXlsx(file, tables, path, error);
    if (suffix != QLatin1String("csv"))
        return setError(error, tr("%1: unknown format; name the file .csv or .xlsx.").arg(QDir::toNativeSeparators(path)));
    if (tables.size() > 1)
        return setError(error, tr("%1: a CSV file holds one table; export each table to its own file.")
                                   .arg(QDir::toNativeSeparators(path)));
    return exportCsv(file, tables.constFirst(), path, options.excelFrench, error);
}

} // namespace Vigie
