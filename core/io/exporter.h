#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace Vigie {

class PortfolioFile;

enum class ExportTable { Projects, Measures, Workforce };

// A table as a view shows it, every cell already text (a view's filtered, sorted rows).
struct ExportGrid
{
    QString title; // the sheet's name in a workbook
    QStringList headers;
    QList<QStringList> rows;
};

// What a cell holds, so each format can write it typed: numbers stay numbers, dates dates, and
// indicators carry their colour. Health, Phase, State and Status cells hold the stored key ("red",
// "execution", "active", "under_way") in the data format and the word in a language otherwise.
enum class CellKind { Text, Number, Money, Percent, Date, Health, Phase, State, Status };

struct ExportColumn
{
    QString name;  // stable header of the data format (for projects: the import field names)
    QString label; // translated header of readable tables and XLSX sheets
    CellKind kind = CellKind::Text;
};

// Exports tables of a portfolio to CSV or XLSX (by the file's suffix).
//
// CSV: UTF-8 with a BOM (so Excel reads accents right), CRLF, RFC 4180 quoting; `,` and decimal point,
// or with `excelFrench` `;` and decimal comma. Without a language, a CSV is the data format: headers
// are stable names (for projects, the import field names, so it re-imports with the default mapping),
// values are stored keys and organizations are named in English. With a language ("en" or "fr") it is
// a table for readers of that language: translated headers, names in that language (the other one when
// a name lacks it), words for keys ("rouge", "actif", "réalisation"); with `bothLanguages` every name and
// word gets two columns, English and French. XLSX is always readable (in the program's language unless
// one is given). XLSX: one sheet per table, typed number and date cells,
// indicator cells filled green/yellow/red with their word, frozen header row. Text cells that a
// spreadsheet would run as a formula (starting with = + - @, tab or CR) are neutralised with a leading
// apostrophe in CSV; XLSX text cells are string cells, which spreadsheets never evaluate.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Exporter)
public:
    struct Options
    {
        bool excelFrench = false;
        QString language;          // "" the data format; "en" or "fr" a readable table in that language
        bool bothLanguages = false; // readable: names and words in English and French, side by side
    };

    static bool exportTables(const PortfolioFile &file, const QList<ExportTable> &tables, const QString &path,
                             const Options &options, QString *error);

    // The columns written with `options`, headers in the installed language (exportTables() installs
    // the options' language while it writes).
    static QList<ExportColumn> columns(ExportTable table, const Options &options);
    static QList<ExportColumn> columns(ExportTable table) { return columns(table, Options()); }
    // The columns of the table Vigie exports for readers of `language` ("en" or "fr"), in both languages
    // side by side with `bothLanguages`, headed in that language whatever language is installed: nothing
    // is installed, so any thread may ask.
    static QList<ExportColumn> columnsIn(ExportTable table, const QString &language, bool bothLanguages = false);
    static QString sheetName(ExportTable table);
    // Streams a table's rows (values in the order of columns(table, options)) to `sink`; false with a
    // message on error. Word cells hold keys in the data format, words in the installed language else.
    static bool readTable(const PortfolioFile &file, ExportTable table, const Options &options,
                          const std::function<bool(const QVariantList &)> &sink, QString *error);

    // Writes a grid of texts to CSV (`excelFrench`: `;` between fields) or XLSX, by the file's suffix,
    // with the same protections as the tables (BOM, quoting, formulas neutralised, atomic write).
    static bool exportGrid(const ExportGrid &grid, const QString &path, const Options &options, QString *error);

    // "=HYPERLINK(…)" → "'=HYPERLINK(…)"; other text unchanged.
    static QString neutralizeFormula(const QString &text);
};

} // namespace Vigie
