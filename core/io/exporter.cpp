#include "exporter.h"
#include "exportwords.h"
#include "xlsxlibrary.h"

#include "i18n/language.h"

#include "model/health.h"
#include "storage/outputfile.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

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

bool exportCsv(const PortfolioFile &file, ExportTable table, const QString &path, const Exporter::Options &options,
               QString *error)
{
    const bool excelFrench = options.excelFrench;
    const bool readable = !options.language.isEmpty();
    QSaveFile out(path);
    if (!OutputFile::open(out, error))
        return false;
    const QChar delimiter = excelFrench ? QLatin1Char(';') : QLatin1Char(',');
    const QList<ExportColumn> columns = Exporter::columns(table, options);
    QStringList cells;
    for (const ExportColumn &c : columns)
        cells << quoted(readable ? c.label : c.name, delimiter);
    QByteArray buffer("\xEF\xBB\xBF");
    QString readError;
    buffer += cells.join(delimiter).toUtf8() + "\r\n";
    const bool ok = Exporter::readTable(file, table, options, [&](const QVariantList &row) {
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
            case CellKind::Phase:
            case CellKind::State:
            case CellKind::Status:
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

// libxlsxwriter's functions, or nullptr with *error saying that XLSX files cannot be written and why.
const XlsxLibrary::Functions *xlsxFunctions(QString *error)
{
    QString missing;
    const XlsxLibrary::Functions *x = XlsxLibrary::functions(&missing);
    if (!x)
        setError(error, Exporter::tr("XLSX files cannot be written on this computer: the library %1 cannot be loaded "
                                     "(%2). Export to CSV, or install the package that provides it.")
                            .arg(XlsxLibrary::fileName(), missing));
    return x;
}

// Formats of one workbook, created once.
struct XlsxFormats
{
    lxw_format *header = nullptr;
    lxw_format *money = nullptr;
    lxw_format *number = nullptr;
    lxw_format *date = nullptr;
    lxw_format *health[4] = { nullptr, nullptr, nullptr, nullptr }; // by Health

    XlsxFormats(const XlsxLibrary::Functions &x, lxw_workbook *wb)
    {
        header = x.workbookAddFormat(wb);
        x.formatSetBold(header);
        x.formatSetBottom(header, LXW_BORDER_THIN);
        money = x.workbookAddFormat(wb);
        x.formatSetNumFormat(money, "#,##0.00");
        number = x.workbookAddFormat(wb);
        x.formatSetNumFormat(number, "0.##");
        date = x.workbookAddFormat(wb);
        x.formatSetNumFormat(date, "yyyy-mm-dd");
        const lxw_color_t fills[4] = { 0, 0x63BE7B, 0xFFEB84, 0xF8696B };
        for (int h = 1; h < 4; ++h) {
            health[h] = x.workbookAddFormat(wb);
            x.formatSetBgColor(health[h], fills[h]);
            x.formatSetPattern(health[h], LXW_PATTERN_SOLID);
            x.formatSetAlign(health[h], LXW_ALIGN_CENTER);
        }
    }
};

bool writeSheet(const XlsxLibrary::Functions &x, const PortfolioFile &file, lxw_workbook *wb, const XlsxFormats &formats,
                ExportTable table, const Exporter::Options &options, const ExportWords &words, QString *error)
{
    const QByteArray name = Exporter::sheetName(table).toUtf8();
    lxw_worksheet *ws = x.workbookAddWorksheet(wb, name.constData());
    if (!ws)
        return setError(error, Exporter::tr("The sheet \"%1\" cannot be added.").arg(Exporter::sheetName(table)));
    const QList<ExportColumn> columns = Exporter::columns(table, options);
    for (int c = 0; c < columns.size(); ++c) {
        const QByteArray label = columns.at(c).label.toUtf8();
        x.worksheetWriteString(ws, 0, lxw_col_t(c), label.constData(), formats.header);
        const double width = columns.at(c).kind == CellKind::Text ? 28 : columns.at(c).kind == CellKind::Money ? 16 : 12;
        x.worksheetSetColumn(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    x.worksheetFreezePanes(ws, 1, 0);
    lxw_row_t r = 0;
    const bool ok = Exporter::readTable(file, table, options, [&](const QVariantList &row) {
        ++r;
        for (int c = 0; c < row.size(); ++c) {
            const QVariant &v = row.at(c);
            if (v.isNull())
                continue;
            const auto col = lxw_col_t(c);
            switch (columns.at(c).kind) {
            case CellKind::Number:
            case CellKind::Percent:
                x.worksheetWriteNumber(ws, r, col, v.toDouble(), formats.number);
                break;
            case CellKind::Money:
                x.worksheetWriteNumber(ws, r, col, v.toDouble(), formats.money);
                break;
            case CellKind::Date: {
                const QDate d = QDate::fromString(v.toString().left(10), Qt::ISODate);
                if (d.isValid()) {
                    lxw_datetime dt { d.year(), d.month(), d.day(), 0, 0, 0.0 };
                    x.worksheetWriteDatetime(ws, r, col, &dt, formats.date);
                } else {
                    const QByteArray text = v.toString().toUtf8();
                    x.worksheetWriteString(ws, r, col, text.constData(), nullptr);
                }
                break;
            }
            case CellKind::Health: {
                // The cell holds the word in the sheet's language; its colour fills the cell.
                const Health h = words.healthOf(v.toString()).value_or(Health::Unrated);
                const QByteArray word = v.toString().toUtf8();
                x.worksheetWriteString(ws, r, col, word.constData(), h != Health::Unrated ? formats.health[int(h)] : nullptr);
                break;
            }
            case CellKind::Text:
            case CellKind::Phase:
            case CellKind::State:
            case CellKind::Status: {
                const QByteArray text = v.toString().toUtf8();
                x.worksheetWriteString(ws, r, col, text.constData(), nullptr);
                break;
            }
            }
        }
        return true;
    }, error);
    if (ok && r > 0)
        x.worksheetAutofilter(ws, 0, 0, r, lxw_col_t(columns.size() - 1));
    return ok;
}

bool exportXlsx(const PortfolioFile &file, const QList<ExportTable> &tables, const QString &path,
                const Exporter::Options &options, QString *error)
{
    // libxlsxwriter writes by file name: into a temporary file beside the target, renamed when complete.
    // Indicator cells are coloured whichever language's word they hold.
    const XlsxLibrary::Functions *x = xlsxFunctions(error);
    if (!x)
        return false;
    ExportWords words = ExportWords::in(QStringLiteral("en"));
    const ExportWords french = ExportWords::in(QStringLiteral("fr"));
    for (auto it = french.health.constBegin(); it != french.health.constEnd(); ++it)
        words.health.insert(it.key() + QStringLiteral("/fr"), it.value());
    QString readError;
    const bool ok = OutputFile::writeByName(path, [&](const QString &temp, QString *reason) {
        const QByteArray tempName = QFile::encodeName(temp);
        const QByteArray tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
        lxw_workbook_options workbookOptions {};
        workbookOptions.constant_memory = LXW_TRUE; // rows are streamed, memory does not grow with the table
        workbookOptions.tmpdir = const_cast<char *>(tmpdir.constData());
        lxw_workbook *wb = x->workbookNewOpt(tempName.constData(), &workbookOptions);
        if (!wb)
            return false;
        const XlsxFormats formats(*x, wb);
        bool written = true;
        for (ExportTable t : tables)
            written = written && writeSheet(*x, file, wb, formats, t, options, words, &readError);
        const lxw_error closed = x->workbookClose(wb);
        if (written && closed != LXW_NO_ERROR) {
            *reason = QString::fromUtf8(x->strerror(closed));
            return false;
        }
        return written;
    }, error);
    // A read error says more than "cannot be written".
    if (!ok && !readError.isEmpty())
        return setError(error, readError);
    return ok;
}

bool gridCsv(const ExportGrid &grid, const QString &path, bool excelFrench, QString *error)
{
    const QChar delimiter = excelFrench ? QLatin1Char(';') : QLatin1Char(',');
    QByteArray buffer("\xEF\xBB\xBF");
    const auto line = [&](const QStringList &cells) {
        QStringList quotedCells;
        for (const QString &c : cells)
            quotedCells << quoted(Exporter::neutralizeFormula(c), delimiter);
        buffer += quotedCells.join(delimiter).toUtf8() + "\r\n";
    };
    line(grid.headers);
    for (const QStringList &row : grid.rows)
        line(row);
    return OutputFile::write(path, buffer, error);
}

bool gridXlsx(const ExportGrid &grid, const QString &path, QString *error)
{
    // Sheet names: at most 31 characters, none of []:*?/\ .
    QString name = grid.title;
    name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    name = name.left(31).trimmed();
    const QByteArray sheetName = (name.isEmpty() ? QStringLiteral("Vigie") : name).toUtf8();
    const XlsxLibrary::Functions *x = xlsxFunctions(error);
    if (!x)
        return false;
    return OutputFile::writeByName(path, [&](const QString &temp, QString *reason) {
        const QByteArray tempName = QFile::encodeName(temp);
        lxw_workbook *wb = x->workbookNew(tempName.constData());
        if (!wb)
            return false;
        const XlsxFormats formats(*x, wb);
        lxw_worksheet *ws = x->workbookAddWorksheet(wb, sheetName.constData());
        if (ws) {
            for (int c = 0; c < grid.headers.size(); ++c) {
                const QByteArray text = grid.headers.at(c).toUtf8();
                x->worksheetWriteString(ws, 0, lxw_col_t(c), text.constData(), formats.header);
                x->worksheetSetColumn(ws, lxw_col_t(c), lxw_col_t(c), 18, nullptr);
            }
            x->worksheetFreezePanes(ws, 1, 0);
            for (int r = 0; r < grid.rows.size(); ++r) {
                for (int c = 0; c < grid.rows.at(r).size(); ++c) {
                    const QByteArray text = grid.rows.at(r).at(c).toUtf8();
                    x->worksheetWriteString(ws, lxw_row_t(r + 1), lxw_col_t(c), text.constData(), nullptr);
                }
            }
        }
        const lxw_error closed = x->workbookClose(wb);
        if (closed != LXW_NO_ERROR)
            *reason = QString::fromUtf8(x->strerror(closed));
        return ws && closed == LXW_NO_ERROR;
    }, error);
}

} // namespace

bool Exporter::exportGrid(const ExportGrid &grid, const QString &path, const Options &options, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return gridXlsx(grid, path, error);
    if (suffix != QLatin1String("csv"))
        return setError(error, tr("%1: unknown format; name the file .csv or .xlsx.").arg(QDir::toNativeSeparators(path)));
    return gridCsv(grid, path, options.excelFrench, error);
}

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
    Options o = options;
    if (o.language.isEmpty() && (suffix == QLatin1String("xlsx") || o.bothLanguages))
        o.language = Language::current(); // a workbook, or both languages, is for readers
    o.language = o.language.isEmpty() ? QString() : Language::resolve(o.language);
    // Headers and words in the export's language, whatever the program's (the scope restores it).
    const LanguageScope scope(o.language);
    if (suffix == QLatin1String("xlsx"))
        return exportXlsx(file, tables, path, o, error);
    if (suffix != QLatin1String("csv"))
        return setError(error, tr("%1: unknown format; name the file .csv or .xlsx.").arg(QDir::toNativeSeparators(path)));
    if (tables.size() > 1)
        return setError(error, tr("%1: a CSV file holds one table; export each table to its own file.")
                                   .arg(QDir::toNativeSeparators(path)));
    return exportCsv(file, tables.constFirst(), path, o, error);
}

} // namespace Vigie
