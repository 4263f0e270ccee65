#include "importrow.h"

#include "io/valueparser.h"
#include "model/entities.h"
#include "model/measurestatus.h"
#include "model/projecttext.h"
#include "model/limits.h"
#include "model/valuelimits.h"

#include <algorithm>
#include <cmath>

namespace Vigie {

namespace {

// The model's field an import field with ValueLimits' number bounds writes (an FTE count, a reported
// variance); none for the others.
std::optional<Field> boundedField(ImportKind kind, int field)
{
    if (kind == ImportKind::Workforce && field == WorkforceField::Internal)
        return Field::InternalFte;
    if (kind == ImportKind::Workforce && field == WorkforceField::External)
        return Field::ExternalFte;
    if (kind == ImportKind::Projects && field == int(ImportField::CostVariancePercent))
        return Field::ReportedCostVariance;
    if (kind == ImportKind::Projects && field == int(ImportField::ScheduleVariancePercent))
        return Field::ReportedScheduleVariance;
    return std::nullopt;
}


// A column that names an item by its code (or an organization by its name): one line, no tabs.
bool isKey(ImportKind kind, int field)
{
    const QLatin1String name = ImportFields::key(kind, field);
    return name == QLatin1String("code") || name == QLatin1String("organization") || name == QLatin1String("specialty")
        || name == QLatin1String("owner");
}

// Texts have limits (model/limits.h): a 1 MB name took the briefing minutes to lay out. A key column
// is held to a name's length here; a code the import would write is then held to Limits::codeLength
// by the import that plans the row (newCodeProblem), while a longer one an item already has still
// finds it.
int maxLength(ImportKind kind, int field)
{
    const QLatin1String name = ImportFields::key(kind, field);
    if (name == QLatin1String("description") || name == QLatin1String("comment"))
        return Limits::textLength;
    return Limits::nameLength;
}

// A character no text of a portfolio holds: C0 controls and DEL (a NUL cut names short in SQLite and C
// code), and in a one-line key (a code, an organization) tabs and line breaks too.
bool isControl(QChar c, bool oneLine)
{
    const char16_t u = c.unicode();
    return (u < 0x20 || u == 0x7F) && (oneLine || (u != '\t' && u != '\n' && u != '\r'));
}

// The first such character of `text`, -1 when there is none.
int controlCharacter(const QString &text, bool oneLine)
{
    for (const QChar c : text) {
        if (isControl(c, oneLine))
            return c.unicode();
    }
    return -1;
}

QString withoutControls(const QString &text, bool oneLine)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c, oneLine))
            out += c;
    }
    return out;
}

// How a refused amount is named: the cell as written, or in a file whose amounts are in thousands or
// millions (the mapping's money scale) nothing, so that the message gives the dollars it stands for,
// which the limit is about.
QString moneyShown(const QString &cell, double scale)
{
    return scale == 1.0 ? cell.trimmed() : QString();
}

} // namespace

void RowConverter::report(const ImportRow &row, int field, const QString &problem, const QString &consequence,
                          ImportReport *report) const
{
    const QString message = tr("%1: %2").arg(fieldName(field), problem);
    if (m_lenient)
        report->warnings.append({ m_file, row.line, column(field), message + consequence });
    else
        report->errors.append({ m_file, row.line, column(field), message });
}

void RowConverter::note(const ImportRow &row, int field, const QString &message, ImportReport *report) const
{
    report->warnings.append({ m_file, row.line, column(field), tr("%1: %2").arg(fieldName(field), message) });
}

QString newCodeProblem(const QString &code)
{
    const int length = int(code.trimmed().size());
    if (length <= Limits::codeLength)
        return {};
    return RowConverter::tr("the code is %1 characters long, and a new code has at most %2").arg(length).arg(Limits::codeLength);
}

QString newOrganizationCode(const QString &text, const std::function<bool(const QString &)> &taken)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() <= Limits::codeLength)
        return trimmed;
    QString code = trimmed.left(Limits::codeLength).trimmed();
    for (int n = 2; taken(code); ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        code = trimmed.left(Limits::codeLength - suffix.size()).trimmed() + suffix;
    }
    return code;
}

int headerSize(const QStringList &header)
{
    int size = int(header.size());
    while (size > 0 && ImportMapping::normalizeHeader(header.at(size - 1)).isEmpty())
        --size;
    return size;
}

RowConverter::RowConverter(const ImportMapping &mapping, const ImportIndexes &indexes, char decimal, QString file,
                           bool lenient, bool formLabels)
    : m_mapping(mapping)
    , m_indexes(indexes)
    , m_decimal(decimal)
    , m_file(std::move(file))
    , m_lenient(lenient)
    , m_formLabels(formLabels)
{
}

void RowConverter::setHeader(const QStringList &header)
{
    m_headerSize = headerSize(header);
    m_header = header;
}

QString RowConverter::fieldName(int field) const
{
    if (m_formLabels)
        return ImportFields::label(m_mapping.kind, field);
    // The header as the reader sees it in a spreadsheet: a readable one, on one line. A header made of
    // anything else (it is untrusted text) leaves the field named by its key.
    const int index = m_indexes[size_t(field)];
    const QString header = index >= 0 && index < m_header.size() ? m_header.at(index).simplified() : QString();
    const bool readable = !header.isEmpty() && header.size() <= 60
        && std::none_of(header.cbegin(), header.cend(), [](QChar c) {
               return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                   || c.category() == QChar::Other_NotAssigned || c.isSurrogate();
           });
    return readable ? header : ImportFields::name(m_mapping.kind, field);
}

bool RowConverter::convert(const CsvRecord &record, ImportRow *row, QList<ImportProblem> *errors,
                           QList<ImportProblem> *warnings) const
{
    static const QStringList statuses { QStringLiteral("not_started"), QStringLiteral("under_way"),
                                        QStringLiteral("completed"), QStringLiteral("cancelled") };
    static const QStringList kinds { QStringLiteral("ministry"), QStringLiteral("agency") };
    static const QStringList states { QStringLiteral("active"), QStringLiteral("completed"), QStringLiteral("cancelled") };
    const ImportKind kind = m_mapping.kind;
    row->line = record.line;
    bool usable = true;
    // A row with more or fewer fields than the header: a delimiter too many or too few in the row, so
    // that its values may sit under other columns' names. Extra fields left empty lose nothing.
    const int fields = int(record.fields.size());
    if (m_headerSize > 0 && fields != m_headerSize) {
        bool extraText = false;
        for (int i = m_headerSize; i < fields; ++i)
            extraText = extraText || !record.fields.at(i).trimmed().isEmpty();
        if (fields < m_headerSize || extraText) {
            const QString message = tr("the row has %1 fields, the header %2").arg(fields).arg(m_headerSize);
            const int column = fields > m_headerSize ? m_headerSize + 1 : 0;
            if (m_lenient)
                warnings->append({ m_file, record.line, column,
                                   message + (fields > m_headerSize ? tr("; the fields past the last column are ignored")
                                                                    : tr("; the missing fields are taken as empty")) });
            else
                errors->append({ m_file, record.line, column, message });
        }
    }
    const int count = m_mapping.fieldCount();
    for (int f = 0; f < count; ++f) {
        QVariant &out = row->values[size_t(f)];
        out = QVariant();
        const int index = m_indexes[size_t(f)];
        if (index < 0)
            continue;
        const QString cell = index < record.fields.size() ? record.fields.at(index) : QString();
        const FieldKind fieldKind = ImportFields::fieldKind(kind, f);
        const auto &table = m_mapping.values[size_t(f)];
        QString problem;
        // What becomes of a refused value, translated only when said: every cell of every row passes here.
        const char *consequence = QT_TR_NOOP("; left empty");
        switch (fieldKind) {
        case FieldKind::Text: {
            QString text = ValueParser::cleanText(cell, m_mapping.decodeHtmlEntities);
            if (!table.isEmpty())
                text = table.value(text, text);
            const bool oneLine = isKey(kind, f);
            if (const int control = controlCharacter(text, oneLine); control >= 0) {
                problem = tr("the text holds a control character (U+%1)")
                              .arg(QString::number(control, 16).toUpper().rightJustified(4, QLatin1Char('0')));
                if (ImportFields::isRequired(kind, f)) {
                    consequence = QT_TR_NOOP("; the row is skipped"); // a key with the character removed would name another item
                    usable = false;
                } else {
                    consequence = QT_TR_NOOP("; the control characters are removed");
                    text = withoutControls(text, oneLine);
                }
            } else if (text.size() > maxLength(kind, f)) {
                problem = tr("the text is %1 characters long; at most %2 are accepted")
                              .arg(text.size())
                              .arg(maxLength(kind, f));
                if (ImportFields::isRequired(kind, f)) {
                    consequence = QT_TR_NOOP("; the row is skipped"); // a key cut short would name another item
                    usable = false;
                } else {
                    consequence = QT_TR_NOOP("; cut to that length");
                    text.truncate(maxLength(kind, f));
                }
            }
            // A phase Vigie knows is stored as its key, whichever language names it: an export written
            // in French says « Réalisation » for "execution", which was stored as that word.
            if (kind == ImportKind::Projects && f == int(ImportField::Phase))
                if (const QString key = PhaseText::keyOf(text); !key.isEmpty())
                    text = key;
            out = text;
            break;
        }
        case FieldKind::Money:
        case FieldKind::Percent:
        case FieldKind::Quantity:
        case FieldKind::Integer: {
            std::optional<double> v;
            const bool money = fieldKind == FieldKind::Money;
            problem = ValueParser::parseNumber(table.value(cell.trimmed(), cell), m_decimal,
                                               fieldKind == FieldKind::Percent, &v);
            // Checked after scaling too: 1e308 dollars in millions is no longer a number.
            const double scaled = v ? (money ? std::round(*v * m_mapping.moneyScale * 100.0) / 100.0 : *v) : 0.0;
            if (v && (!std::isfinite(*v) || !std::isfinite(scaled)))
                problem = tr("\"%1\" is not a finite number").arg(cell.trimmed().left(40));
            if (!problem.isEmpty() || !v)
                break;
            if (fieldKind == FieldKind::Integer) {
                if (*v != std::floor(*v) || *v < 1 || *v > 99999)
                    problem = tr("\"%1\" is not a whole number from 1 to 99999").arg(cell.trimmed().left(40));
                else
                    out = int(*v);
            } else if ((money || fieldKind == FieldKind::Quantity) && *v < 0) {
                problem = money ? tr("the amount %1 is negative").arg(cell.trimmed())
                                : tr("the number %1 is negative").arg(cell.trimmed());
            } else if (money && !ValueLimits::isAmount(scaled, false)) {
                // 1e300, or digits enough to lose the cents: refused like any bad value, at its cell.
                problem = ValueLimits::amountProblem(scaled, false, moneyShown(cell, m_mapping.moneyScale));
            } else if (const std::optional<Field> bounded = boundedField(kind, f);
                       bounded && !ValueLimits::numberProblem(*bounded, *v).isEmpty()) {
                // an FTE count or a variance beyond what any report holds
                problem = ValueLimits::numberProblem(*bounded, *v, cell.trimmed().left(40));
            } else if (fieldKind == FieldKind::Percent && kind != ImportKind::Projects && (*v < 0 || *v > 100)) {
                // Variances may exceed 100%; a share of work done may not.
                problem = tr("%1 is not a percentage from 0 to 100").arg(cell.trimmed());
            } else {
                out = scaled;
            }
            break;
        }
        case FieldKind::Date: {
            QDate d;
            bool ambiguous = false;
            problem = ValueParser::parseDate(table.value(cell.trimmed(), cell), m_mapping.dateFormat, &d, &ambiguous);
            if (ambiguous) // where the order of day and month is chosen: the dialog's list, or the mapping
                problem += m_formLabels ? tr("; choose the order under \"Dates\"")
                                        : tr("; set \"date_format\" in the mapping");
            if (problem.isEmpty() && d.isValid() && !ValueLimits::isPlausibleDate(d))
                problem = ValueLimits::dateProblem(d); // year 1 for 2021: refused like any bad value, at its cell
            else if (problem.isEmpty() && d.isValid())
                out = ValueParser::isoDate(d);
            break;
        }
        case FieldKind::Health: {
            QString key;
            problem = ValueParser::parseHealth(cell, table, &key);
            if (problem.isEmpty() && !key.isEmpty())
                out = key;
            consequence = QT_TR_NOOP("; left unrated");
            break;
        }
        case FieldKind::Status:
        case FieldKind::State:
        case FieldKind::OrgKind: {
            // A status, state or kind of organization in words, English or French (« En cours », as an
            // export in French writes it; « Ministère »), is its key.
            const QString word = ValueParser::translated(cell, table);
            const QString named = fieldKind == FieldKind::Status ? MeasureStatusText::keyOf(word)
                : fieldKind == FieldKind::State                  ? ProjectStateText::keyOf(word)
                                                                 : OrganizationKindText::keyOf(word);
            if (!named.isEmpty()) {
                out = named;
                break;
            }
            QString key;
            const QStringList &allowed = fieldKind == FieldKind::Status ? statuses : fieldKind == FieldKind::State ? states : kinds;
            // Named as the reader reads them, each with its key: « En cours (under_way) ».
            QStringList shown;
            for (const QString &k : allowed) {
                const QString word = fieldKind == FieldKind::Status ? MeasureStatusText::label(*MeasureStatusText::fromKey(k))
                    : fieldKind == FieldKind::State                 ? ProjectStateText::label(projectStateFromKey(k))
                                                                    : OrganizationKindText::label(k);
                //: An allowed value in an import's message: the word, then the key a CSV file may hold.
                shown << tr("%1 (%2)").arg(word, k);
            }
            problem = ValueParser::parseChoice(cell, table, allowed, &key, shown);
            if (problem.isEmpty() && !key.isEmpty())
                out = key;
            consequence = QT_TR_NOOP("; left unchanged");
            break;
        }
        case FieldKind::Flag: {
            std::optional<bool> flag;
            problem = ValueParser::parseFlag(cell, table, &flag);
            if (flag)
                out = *flag;
            consequence = QT_TR_NOOP("; left unchanged");
            break;
        }
        case FieldKind::FiscalYear: {
            int year = 0;
            problem = ValueParser::parseFiscalYear(ValueParser::translated(cell, table), &year);
            if (year)
                out = year;
            break;
        }
        case FieldKind::MeasureList: {
            // The references as written; the import finds the measures they name, knowing the portfolio's
            // plans and measures (MeasureReferences), and says there what names none.
            QStringList references;
            for (const QString &part : ValueParser::translated(cell, table).split(QLatin1Char(';'))) {
                const QString reference = part.trimmed();
                if (!reference.isEmpty() && !references.contains(reference))
                    references << reference;
            }
            out = references;
            break;
        }
        }
        if (problem.isEmpty() && ImportFields::isRequired(kind, f) && (out.isNull() || out.toString().isEmpty())) {
            problem = kind == ImportKind::Projects && f == int(ImportField::Code) ? tr("the project code is empty")
                                                                                  : tr("a value is required");
            consequence = QT_TR_NOOP("; the row is skipped");
            usable = false;
        } else if (!problem.isEmpty() && ImportFields::isRequired(kind, f)) {
            consequence = QT_TR_NOOP("; the row is skipped");
            usable = false;
        }
        if (problem.isEmpty())
            continue;
        const QString message = tr("%1: %2").arg(fieldName(f), problem);
        if (m_lenient)
            warnings->append({ m_file, record.line, index + 1, message + tr(consequence) });
        else
            errors->append({ m_file, record.line, index + 1, message });
    }
    return usable;
}

} // namespace Vigie
