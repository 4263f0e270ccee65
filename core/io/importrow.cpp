#include "importrow.h"

#include "io/valueparser.h"
#include "model/limits.h"

#include <cmath>

namespace Vigie {

namespace {

int maxLength(ImportField field)
{
    switch (field) {
    case ImportField::Code: return Limits::codeLength;
    case ImportField::Description: return Limits::textLength;
    default: return Limits::nameLength;
    }
}

} // namespace

RowConverter::RowConverter(const ImportMapping &mapping, const std::array<int, kImportFieldCount> &indexes,
                           char decimal, QString file, bool lenient, bool formLabels)
    : m_mapping(mapping)
    , m_indexes(indexes)
    , m_decimal(decimal)
    , m_file(std::move(file))
    , m_lenient(lenient)
    , m_formLabels(formLabels)
{
}

bool RowConverter::convert(const CsvRecord &record, ImportRow *row, QList<ImportProblem> *errors,
                           QList<ImportProblem> *warnings) const
{
    row->line = record.line;
    bool usable = true;
    for (int f = 0; f < kImportFieldCount; ++f) {
        QVariant &out = row->values[size_t(f)];
        out = QVariant();
        const int index = m_indexes[size_t(f)];
        if (index < 0)
            continue;
        const QString cell = index < record.fields.size() ? record.fields.at(index) : QString();
        const auto field = ImportField(f);
        const auto &table = m_mapping.values[size_t(f)];
        QString problem;
        QString consequence;
        switch (ImportMapping::fieldKind(field)) {
        case FieldKind::Text: {
            QString text = ValueParser::cleanText(cell, m_mapping.decodeHtmlEntities);
            if (!table.isEmpty())
                text = table.value(text, text);
            if (field == ImportField::Code && text.isEmpty()) {
                problem = tr("the project code is empty");
                consequence = tr("; the row is skipped");
                usable = false;
            } else if (text.size() > maxLength(field)) {
                // A 1 MB name took the briefing minutes to lay out: texts have limits (model/limits.h).
                problem = tr("the text is %1 characters long; at most %2 are accepted")
                              .arg(text.size())
                              .arg(maxLength(field));
                if (field == ImportField::Code) {
                    consequence = tr("; the row is skipped");
                    usable = false;
                } else {
                    consequence = tr("; cut to that length");
                    text.truncate(maxLength(field));
                }
            }
            out = text;
            break;
        }
        case FieldKind::Money:
        case FieldKind::Percent: {
            std::optional<double> v;
            const bool money = ImportMapping::fieldKind(field) == FieldKind::Money;
            problem = ValueParser::parseNumber(table.value(cell.trimmed(), cell), m_decimal, !money, &v);
            // Checked after scaling too: 1e308 dollars in millions is no longer a number.
            const double scaled = v ? (money ? std::round(*v * m_mapping.moneyScale * 100.0) / 100.0 : *v) : 0.0;
            if (v && (!std::isfinite(*v) || !std::isfinite(scaled)))
                problem = tr("\"%1\" is not a finite number").arg(cell.trimmed().left(40));
            if (problem.isEmpty() && v) {
                out = scaled;
                if (money && *v < 0) {
                    problem = tr("the amount %1 is negative").arg(cell.trimmed());
                    out = QVariant();
                }
            }
            if (!problem.isEmpty())
                consequence = tr("; left empty");
            break;
        }
        case FieldKind::Date: {
            QDate d;
            bool ambiguous = false;
            problem = ValueParser::parseDate(table.value(cell.trimmed(), cell), m_mapping.dateFormat, &d, &ambiguous);
            if (ambiguous) // where the order of day and month is chosen: the dialog's list, or the mapping
                problem += m_formLabels ? tr("; choose the order under \"Dates\"")
                                        : tr("; set \"date_format\" in the mapping");
            if (problem.isEmpty() && d.isValid())
                out = ValueParser::isoDate(d);
            else if (!problem.isEmpty())
                consequence = tr("; left empty");
            break;
        }
        case FieldKind::Health: {
            QString key;
            problem = ValueParser::parseHealth(cell, table, &key);
            if (problem.isEmpty() && !key.isEmpty())
                out = key;
            else if (!problem.isEmpty())
                consequence = tr("; left unrated");
            break;
        }
        }
        if (problem.isEmpty())
            continue;
        // The import dialog names fields by its own labels ("Planned end"), files and the command line
        // by the mapping's keys ("planned_end").
        const QString name = m_formLabels ? ImportMapping::fieldLabel(field) : ImportMapping::fieldName(field);
        const QString message = tr("%1: %2").arg(name, problem);
        if (m_lenient)
            warnings->append({ m_file, record.line, index + 1, message + consequence });
        else
            errors->append({ m_file, record.line, index + 1, message });
    }
    return usable;
}

} // namespace Vigie
