#pragma once

#include "io/csvreader.h"
#include "io/importreport.h"
#include "io/mapping.h"

#include <QVariant>

#include <array>
#include <functional>

namespace Vigie {

// One CSV record converted to the fields of the mapping's kind (indexed as ImportFields lists them). A
// null QVariant is an empty cell. Text fields hold a QString, money, percent and quantity fields a
// double (money already scaled to dollars), integers and fiscal years an int, dates an ISO QString,
// declared indicators their key ("green", "yellow", "red"), statuses and kinds their key, flags a bool,
// measure lists a QStringList of references ("9", "QC-2015:9"), and, once the import has found the
// measures they name, a QList<qint64> of measure ids.
struct ImportRow
{
    int line = 0;
    std::array<QVariant, kMaxImportFields> values;

    const QVariant &value(int field) const { return values[size_t(field)]; }
    const QVariant &value(ImportField f) const { return values[size_t(f)]; }
    QString text(int field) const { return values[size_t(field)].toString(); }
    bool has(int field) const { return !values[size_t(field)].isNull(); }
    QString code() const { return values[size_t(ImportField::Code)].toString(); }
};

// Why `code` cannot be the code of a project, organization, specialty or plan an import creates ("" when it
// can): the edit that writes it would refuse it (Limits::codeLength). Every import checks as it plans
// a row, dry runs included, so that the problem is named at its file:line:column and never found at write.
QString newCodeProblem(const QString &code);
// The code of an organization created for a row naming none of the portfolio: the text itself, or when
// it is longer than a code may be (a long English name, as exports write them), the text cut to that
// length and made unique with "-2", "-3"… (`taken` says whether a code is, ignoring case). The text
// stays the organization's name.
QString newOrganizationCode(const QString &text, const std::function<bool(const QString &)> &taken);

// The number of fields of a header, empty ones at its end left out (a spreadsheet's trailing delimiter).
int headerSize(const QStringList &header);

// Converts records with a mapping resolved against one file's header. In strict mode bad values are
// errors; in lenient mode they become empty (declared colours: unrated) with a warning each. A row whose
// required field (ImportFields::isRequired, the row's key) is empty cannot be imported at all.
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::RowConverter)
public:
    // `formLabels`: problems name fields by the import dialog's labels rather than the mapping's keys.
    RowConverter(const ImportMapping &mapping, const ImportIndexes &indexes, char decimal, QString file, bool lenient,
                 bool formLabels = false);

    // False when the row cannot be imported at all (a required field is empty); the reason is in errors
    // or warnings.
    bool convert(const CsvRecord &record, ImportRow *row, QList<ImportProblem> *errors,
                 QList<ImportProblem> *warnings) const;

    // The file's header: a row with more or fewer fields is a problem (an error, or a warning in lenient
    // mode), and problems name a field by its column's header as the file writes it. Without one, no
    // row's size is checked and fields are named by the mapping's keys.
    void setHeader(const QStringList &header);

    // Reports a problem with `field` of `row` found after conversion (by the import that plans the row),
    // as convert() reports its own: an error, or in lenient mode a warning ending with `consequence`.
    void report(const ImportRow &row, int field, const QString &problem, const QString &consequence,
                ImportReport *report) const;
    // Tells how `field` of `row` was read where that may surprise (a code matched ignoring case): a
    // warning in either mode, naming the field as report() does.
    void note(const ImportRow &row, int field, const QString &message, ImportReport *report) const;

    // 1-based column a field is read from (0 when it is not read): where messages about it point.
    int column(int field) const { return m_indexes[size_t(field)] + 1; }
    int codeColumn() const { return column(int(ImportField::Code)); }
    // How problems name a field: the import dialog's label, or its column's header in the file
    // ("Authorized budget", « Budget autorisé », a mapped "Budget ($)"), or the mapping's key ("budget").
    QString fieldName(int field) const;
    const QString &file() const { return m_file; }
    bool isLenient() const { return m_lenient; }

private:
    const ImportMapping &m_mapping;
    ImportIndexes m_indexes;
    char m_decimal;
    QString m_file;
    bool m_lenient;
    bool m_formLabels;
    int m_headerSize = 0;
    QStringList m_header;
};

} // namespace Vigie
