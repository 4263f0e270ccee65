#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace Vigie {

class PortfolioFile;

enum class ExportTable { Projects, Measures, Workforce };

// What a cell holds, so each format can write it typed: numbers stay numbers, dates dates, and
// indicators carry their colour.
enum class CellKind { Text, Number, Money, Percent, Date, Health };

struct ExportColumn
{
    QString name;  // stable header of CSV exports (for projects: the import field names)
    QString label; // translated header of XLSX sheets
    CellKind kind = CellKind::Text;
};

// Exports tables of a portfolio to CSV or XLSX (by the file's suffix).
//
// CSV: UTF-8 with a BOM (so Excel reads accents right), CRLF, RFC 4180 quoting; `,` and decimal point,
// or with `excelFrench` `;` and decimal comma. The project table uses the import field names as headers
// so it re-imports with the default mapping. XLSX: one sheet per table, typed number and date cells,
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
    };

    static bool exportTables(const PortfolioFile &file, const QList<ExportTable> &tables, const QString &path,
                             const Options &options, QString *error);

    static QList<ExportColumn> columns(ExportTable table);
    static QString sheetName(ExportTable table);
    // Streams a table's rows (values in the order of columns()) to `sink`; false with a message on error.
    static bool readTable(const PortfolioFile &file, ExportTable table,
                          const std::function<bool(const QVariantList &)> &sink, QString *error);

    // "=HYPERLINK(…)" → "'=HYPERLINK(…)"; other text unchanged.
    static QString neutralizeFormula(const QString &text);
};

} // namespace Vigie
