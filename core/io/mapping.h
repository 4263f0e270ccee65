#pragma once

#include "io/csvreader.h"
#include "io/importfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonParseError>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Vigie {



// How dates are written in a file. Auto accepts ISO (with or without a time) and YYYY/MM/DD; day-first
// and month-first dates are ambiguous and must be asked for.
enum class DateFormat { Auto, Iso, YearMonthDay, DayMonthYear, MonthDayYear };

// How the columns of a CSV file become the fields of one kind of data (ImportKind): a JSON file such as
//   {"delimiter": ",", "encoding": "utf-8", "decimal": ".", "date_format": "iso", "money_scale": 1000000,
//    "columns": {"code": "Project ID", "schedule_variance_percent": 16},
//    "values": {"overall_declared": {"Green": "green"}}}
// A column is named by its header text (compared after trimming and folding white space) or by its
// 1-based number; `values` translates cell texts before they are read ("Terminée" → "completed"). The
// keys of `columns` and `values` are the field names of the mapping's kind (ImportFields::name). Value
// type; the importer resolves it against a file's header.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ImportMapping)
public:
    struct Column
    {
        QString header; // as written in the mapping
        int number = 0; // 1-based; 0 when named by header
        bool isSet() const { return number > 0 || !header.isEmpty(); }
    };

    char delimiter = 0;                          // 0 = detect
    TextEncoding encoding = TextEncoding::Auto;
    char decimal = 0;                            // 0 = ',' when the delimiter is ';', else '.'
    DateFormat dateFormat = DateFormat::Auto;
    double moneyScale = 1.0;                     // amounts in the file × scale = dollars
    bool decodeHtmlEntities = false;             // "&amp;" → "&" (feeds exported from web pages)
    // The default mapping skips fields whose column is absent; an explicit mapping refuses them.
    bool optionalColumns = false;
    // The default mapping also reads a field from the column guessColumns() finds for it when no column
    // is named after the field: a table Vigie exported for readers, in English or French, re-imports.
    bool guessHeaders = false;
    ImportKind kind = ImportKind::Projects;      // whose fields `columns` and `values` are indexed by
    std::array<Column, kMaxImportFields> columns;
    std::array<QHash<QString, QString>, kMaxImportFields> values;

    // Every field read from the column of the same name, else from the column guessColumns() finds:
    // re-imports Vigie's own CSV exports, the data format and the tables for readers.
    static ImportMapping defaults(ImportKind kind = ImportKind::Projects);
    // Parses a mapping of `kind`'s fields; nullopt with translated messages naming unknown keys, fields
    // and bad values.
    // What a JSON parse error means, translated, lower case: "a \":\" is missing after a name".
    static QString jsonProblem(QJsonParseError::ParseError error);
    static std::optional<ImportMapping> fromJson(const QByteArray &json, QStringList *errors,
                                                 ImportKind kind = ImportKind::Projects);
    static std::optional<ImportMapping> load(const QString &path, QStringList *errors,
                                             ImportKind kind = ImportKind::Projects);
    QByteArray toJson() const;
    bool save(const QString &path, QString *error) const;

    int fieldCount() const { return ImportFields::count(kind); }
    void setColumn(int field, const QString &header) { columns[size_t(field)] = Column { header, 0 }; }
    void setColumn(int field, int number) { columns[size_t(field)] = Column { QString(), number }; }
    const Column &column(int field) const { return columns[size_t(field)]; }
    void setColumn(ImportField field, const QString &header) { setColumn(int(field), header); }
    void setColumn(ImportField field, int number) { setColumn(int(field), number); }
    const Column &column(ImportField field) const { return column(int(field)); }

    // Resolves every mapped field to a 0-based index in `header` (-1 when not imported). False, with a
    // message naming each column that is not there, when an explicit mapping names a missing column,
    // or when the file has no column for a field every row needs (ImportFields::isRequired).
    bool resolve(const QStringList &header, ImportIndexes *indexes, QStringList *errors) const;
    // The import dialog's first guess of `kind`'s columns in a file with `header`: a header equal to a
    // field's name or to the header Vigie's data-format export gives it; then, case aside, the headers of
    // a table Vigie exported for readers, read as the data they hold; a field's name in other capitals;
    // a field's label. Readers' headers and labels in the installed language first, then in the other.
    // Each column feeds one field at most.
    static ImportIndexes guessColumns(ImportKind kind, const QStringList &header);

    // The decimal separator in force for a file read with `delimiter`.
    char decimalFor(char delimiter) const { return decimal ? decimal : (delimiter == ';' ? ',' : '.'); }

    // The project fields (ImportKind::Projects), by their enum.
    static QString fieldName(ImportField field) { return ImportFields::name(ImportKind::Projects, int(field)); }
    static std::optional<ImportField> fieldFromName(const QString &name);
    static FieldKind fieldKind(ImportField field) { return ImportFields::fieldKind(ImportKind::Projects, int(field)); }
    // Translated label for the import dialog ("Budget", "Cost variance (%)", …).
    static QString fieldLabel(ImportField field) { return ImportFields::label(ImportKind::Projects, int(field)); }
    // Header text as compared: trimmed, runs of white space (line breaks included) folded to one space.
    static QString normalizeHeader(const QString &header);
};

} // namespace Vigie
