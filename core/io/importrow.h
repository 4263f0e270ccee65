#pragma once

#include "io/csvreader.h"
#include "io/importreport.h"
#include "io/mapping.h"

#include <QVariant>

#include <array>

namespace Vigie {

// One CSV record converted to project fields. A null QVariant is an empty cell. Text fields hold a
// QString, money and percent fields a double (money already scaled to dollars), dates an ISO QString,
// declared indicators their key ("green", "yellow", "red").
struct ImportRow
{
    int line = 0;
    std::array<QVariant, kImportFieldCount> values;

    const QVariant &value(ImportField f) const { return values[size_t(f)]; }
    QString code() const { return values[size_t(ImportField::Code)].toString(); }
};

// Converts records with a mapping resolved against one file's header. In strict mode bad values are
// errors; in lenient mode they become empty (declared colours: unrated) with a warning each.
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::RowConverter)
public:
    // `formLabels`: problems name fields by the import dialog's labels rather than the mapping's keys.
    RowConverter(const ImportMapping &mapping, const std::array<int, kImportFieldCount> &indexes, char decimal,
                 QString file, bool lenient, bool formLabels = false);

    // False when the row cannot be imported at all (no code); the reason is in errors or warnings.
    bool convert(const CsvRecord &record, ImportRow *row, QList<ImportProblem> *errors,
                 QList<ImportProblem> *warnings) const;

    int codeColumn() const { return m_indexes[size_t(ImportField::Code)] + 1; }

private:
    const ImportMapping &m_mapping;
    std::array<int, kImportFieldCount> m_indexes;
    char m_decimal;
    QString m_file;
    bool m_lenient;
    bool m_formLabels;
};

} // namespace Vigie
