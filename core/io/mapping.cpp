#include "mapping.h"

#include "i18n/language.h"
#include "io/exporter.h"
#include "storage/outputfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace Vigie {

namespace {

struct NamedDateFormat
{
    const char *name;
    DateFormat format;
};
const NamedDateFormat kDateFormats[] = {
    { "auto", DateFormat::Auto },          { "iso", DateFormat::Iso },
    { "yyyy/mm/dd", DateFormat::YearMonthDay }, { "dd/mm/yyyy", DateFormat::DayMonthYear },
    { "mm/dd/yyyy", DateFormat::MonthDayYear },
};

QString delimiterName(char c)
{
    switch (c) {
    case 0: return QStringLiteral("auto");
    case '\t': return QStringLiteral("tab");
    default: return QString(QLatin1Char(c));
    }
}

} // namespace

std::optional<ImportField> ImportMapping::fieldFromName(const QString &name)
{
    const auto field = ImportFields::fromName(ImportKind::Projects, name);
    return field ? std::optional<ImportField>(ImportField(*field)) : std::nullopt;
}

QString ImportMapping::normalizeHeader(const QString &header)
{
    QString s = header;
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    return s.simplified();
}

ImportMapping ImportMapping::defaults(ImportKind kind)
{
    ImportMapping m;
    m.kind = kind;
    m.optionalColumns = true;
    m.guessHeaders = true;
    for (int i = 0; i < m.fieldCount(); ++i)
        m.columns[size_t(i)] = Column { ImportFields::name(kind, i), 0 };
    return m;
}

QString ImportMapping::jsonProblem(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject: return tr("an object is not closed (a missing \"}\" or \",\")");
    case QJsonParseError::MissingNameSeparator: return tr("a \":\" is missing after a name");
    case QJsonParseError::UnterminatedArray: return tr("a list is not closed (a missing \"]\" or \",\")");
    case QJsonParseError::MissingValueSeparator: return tr("a \",\" is missing between two values");
    case QJsonParseError::IllegalValue: return tr("a value is not valid (text goes between double quotes)");
    case QJsonParseError::TerminationByNumber: return tr("the text ends inside a number");
    case QJsonParseError::IllegalNumber: return tr("a number is not valid");
    case QJsonParseError::IllegalEscapeSequence: return tr("a backslash sequence is not valid");
    case QJsonParseError::IllegalUTF8String: return tr("the text is not valid UTF-8");
    case QJsonParseError::UnterminatedString: return tr("a text is not closed (a missing double quote)");
    // What Qt calls a missing object is a missing value: `"code": }`, or a "," before a "}" or "]".
    case QJsonParseError::MissingObject: return tr("a value is missing (after a \":\", or after a \",\" that nothing follows)");
    case QJsonParseError::DeepNesting: return tr("objects are nested too deeply");
    case QJsonParseError::DocumentTooLarge: return tr("the file is too large");
    case QJsonParseError::GarbageAtEnd: return tr("there is more after the end of the object");
    default: break;
    }
    return tr("the text is not JSON");
}

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json, QStringList *errors, ImportKind kind)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Where, as an editor shows it (line and column from 1), and what, in the user's language.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        QString problem = jsonProblem(parseError.error);
        if (parseError.error == QJsonParseError::UnterminatedObject && parseError.offset > 0) {
            // Qt stops one character into a name written without its double quotes ({code: "Code"}),
            // which it reports as an object not closed.
            const QByteArray read = before.trimmed();
            const char first = json.at(parseError.offset - 1);
            const QByteArray ahead = read.left(read.size() - 1).trimmed();
            if (first != '"' && !ahead.isEmpty() && (ahead.endsWith('{') || ahead.endsWith(',')))
                problem = tr("a name is not between double quotes");
        }
        errors->append(tr("The mapping is not valid JSON at line %1, column %2: %3.").arg(line).arg(column).arg(problem));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors->append(tr("The mapping must be a JSON object, { \"field\": \"column\", … }, not a list or a single value."));
        return std::nullopt;
    }
    const int errorsBefore = int(errors->size());
    const QJsonObject o = doc.object();
    ImportMapping m;
    m.kind = kind;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("delimiter")) {
            const QString d = v.toString();
            if (d == QLatin1String("auto"))
                m.delimiter = 0;
            else if (d == QLatin1String("tab") || d == QLatin1String("\t"))
                m.delimiter = '\t';
            else if (d == QLatin1String(",") || d == QLatin1String(";"))
                m.delimiter = d.at(0).toLatin1();
            else
                errors->append(tr("Unknown delimiter \"%1\" in the mapping: use \",\", \";\", \"tab\" or \"auto\".").arg(d));
        } else if (key == QLatin1String("encoding")) {
            const QString e = v.toString().toLower();
            if (e == QLatin1String("auto"))
                m.encoding = TextEncoding::Auto;
            else if (e == QLatin1String("utf-8") || e == QLatin1String("utf8"))
                m.encoding = TextEncoding::Utf8;
            else if (e == QLatin1String("windows-1252") || e == QLatin1String("cp1252") || e == QLatin1String("latin1")
                     || e == QLatin1String("iso-8859-1"))
                m.encoding = TextEncoding::Windows1252;
            else
                errors->append(tr("Unknown encoding \"%1\" in the mapping: use \"utf-8\", \"windows-1252\" or \"auto\".").arg(v.toString()));
        } else if (key == QLatin1String("decimal")) {
            const QString d = v.toString();
            if (d == QLatin1String("auto"))
                m.decimal = 0;
            else if (d == QLatin1String(".") || d == QLatin1String(","))
                m.decimal = d.at(0).toLatin1();
            else
                errors->append(tr("Unknown decimal separator \"%1\" in the mapping: use \".\", \",\" or \"auto\".").arg(d));
        } else if (key == QLatin1String("date_format")) {
            const QString f = v.toString().toLower();
            bool found = false;
            for (const auto &df : kDateFormats) {
                if (f == QLatin1String(df.name)) {
                    m.dateFormat = df.format;
                    found = true;
                }
            }
            if (!found)
                errors->append(tr("Unknown date format \"%1\" in the mapping: use \"iso\", \"yyyy/mm/dd\", "
                                  "\"dd/mm/yyyy\", \"mm/dd/yyyy\" or \"auto\".").arg(v.toString()));
        } else if (key == QLatin1String("money_scale")) {
            m.moneyScale = v.toDouble(-1);
            if (!(m.moneyScale > 0))
                errors->append(tr("The mapping's money_scale must be a positive number."));
        } else if (key == QLatin1String("decode_html_entities")) {
            m.decodeHtmlEntities = v.toBool();
        } else if (key == QLatin1String("columns")) {
            const QJsonObject columns = v.toObject();
            for (auto c = columns.begin(); c != columns.end(); ++c) {
                const auto field = ImportFields::fromName(kind, c.key());
                if (!field) {
                    errors->append(tr("Unknown field \"%1\" in the mapping's columns.").arg(c.key()));
                    continue;
                }
                if (c.value().isDouble() && c.value().toDouble() >= 1 && c.value().toDouble() == c.value().toInt())
                    m.setColumn(*field, c.value().toInt());
                else if (c.value().isString() && !c.value().toString().trimmed().isEmpty())
                    m.setColumn(*field, c.value().toString());
                else
                    errors->append(tr("The column of field \"%1\" must be a header text or a number from 1.").arg(c.key()));
            }
        } else if (key == QLatin1String("values")) {
            const QJsonObject values = v.toObject();
            for (auto f = values.begin(); f != values.end(); ++f) {
                const auto field = ImportFields::fromName(kind, f.key());
                if (!field) {
                    errors->append(tr("Unknown field \"%1\" in the mapping's values.").arg(f.key()));
                    continue;
                }
                const QJsonObject table = f.value().toObject();
                for (auto e = table.begin(); e != table.end(); ++e)
                    m.values[size_t(*field)].insert(e.key().trimmed(), e.value().toString());
            }
        } else {
            errors->append(tr("Unknown key \"%1\" in the mapping.").arg(key));
        }
    }
    for (int f = 0; f < m.fieldCount(); ++f) {
        if (!ImportFields::isRequired(kind, f) || m.column(f).isSet())
            continue;
        if (kind == ImportKind::Projects && f == int(ImportField::Code))
            errors->append(tr("The mapping has no column for the project code (field \"code\")."));
        else
            errors->append(tr("The mapping has no column for field \"%1\" (%2), which every row needs.")
                               .arg(ImportFields::name(kind, f), ImportFields::label(kind, f)));
    }
    if (errors->size() > errorsBefore)
        return std::nullopt;
    return m;
}

std::optional<ImportMapping> ImportMapping::load(const QString &path, QStringList *errors, ImportKind kind)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->append(tr("%1: cannot be read (%2).").arg(QDir::toNativeSeparators(path), f.errorString()));
        return std::nullopt;
    }
    QStringList own;
    auto m = fromJson(f.readAll(), &own, kind);
    for (const QString &e : std::as_const(own))
        //: A problem in a mapping file: "mapping.json: the mapping has no column for …"
        errors->append(tr("%1: %2").arg(QDir::toNativeSeparators(path), e));
    return m;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("delimiter"), delimiterName(delimiter));
    o.insert(QLatin1String("encoding"), encoding == TextEncoding::Auto ? QStringLiteral("auto")
                                        : encoding == TextEncoding::Utf8 ? QStringLiteral("utf-8")
                                                                         : QStringLiteral("windows-1252"));
    o.insert(QLatin1String("decimal"), decimal ? QString(QLatin1Char(decimal)) : QStringLiteral("auto"));
    for (const auto &df : kDateFormats) {
        if (df.format == dateFormat)
            o.insert(QLatin1String("date_format"), QString::fromLatin1(df.name));
    }
    o.insert(QLatin1String("money_scale"), moneyScale);
    if (decodeHtmlEntities)
        o.insert(QLatin1String("decode_html_entities"), true);
    QJsonObject cols;
    QJsonObject vals;
    for (int i = 0; i < fieldCount(); ++i) {
        const Column &c = columns[size_t(i)];
        const QString name = ImportFields::name(kind, i);
        if (c.number > 0)
            cols.insert(name, c.number);
        else if (!c.header.isEmpty())
            cols.insert(name, c.header);
        if (!values[size_t(i)].isEmpty()) {
            QJsonObject table;
            for (auto it = values[size_t(i)].constBegin(); it != values[size_t(i)].constEnd(); ++it)
                table.insert(it.key(), it.value());
            vals.insert(name, table);
        }
    }
    o.insert(QLatin1String("columns"), cols);
    if (!vals.isEmpty())
        o.insert(QLatin1String("values"), vals);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ImportMapping::save(const QString &path, QString *error) const
{
    return OutputFile::write(path, toJson(), error);
}

namespace {

// The columns of the table Vigie exports for readers of `language` (in both languages side by side with
// `bothLanguages`) that holds `kind`'s data; none for organizations and envelopes, which Vigie does not
// export.
QList<ExportColumn> readersColumns(ImportKind kind, const QString &language, bool bothLanguages)
{
    switch (kind) {
    case ImportKind::Projects: return Exporter::columnsIn(ExportTable::Projects, language, bothLanguages);
    case ImportKind::Measures: return Exporter::columnsIn(ExportTable::Measures, language, bothLanguages);
    case ImportKind::Workforce: return Exporter::columnsIn(ExportTable::Workforce, language, bothLanguages);
    case ImportKind::Organizations:
    case ImportKind::Envelopes: break;
    }
    return {};
}

} // namespace

ImportIndexes ImportMapping::guessColumns(ImportKind kind, const QStringList &header)
{
    ImportIndexes guessed;
    guessed.fill(-1);
    std::vector<bool> taken(size_t(header.size()), false);
    const auto claim = [&](int field, const auto &matches) {
        for (int i = 0; i < header.size() && guessed[size_t(field)] < 0; ++i) {
            if (!taken[size_t(i)] && matches(normalizeHeader(header.at(i)))) {
                guessed[size_t(field)] = i;
                taken[size_t(i)] = true;
            }
        }
    };
    const auto is = [](const QString &text, Qt::CaseSensitivity cs) {
        return [text, cs](const QString &h) { return !text.isEmpty() && h.compare(text, cs) == 0; };
    };
    // First a header that is a field's name or its data-format export header, as Vigie writes them
    // ("specialty" is the code, whatever the readable headers below call "Specialty").
    for (int f = 0; f < ImportFields::count(kind); ++f) {
        claim(f, is(ImportFields::name(kind, f), Qt::CaseSensitive));
        claim(f, is(ImportFields::exportName(kind, f), Qt::CaseSensitive));
    }
    // Then a table Vigie exported for readers ("CSV for French Excel" from the French window): each of its
    // headers says which data the column holds, such as the French names under « Nom » and the French
    // comments under « Commentaire », which the labels below would have read as the English ones. The
    // installed language first, then the other: a ministry's French table reads in the English window.
    const QString installed = Language::current();
    const QStringList languages { installed, installed == QLatin1String("fr") ? QStringLiteral("en")
                                                                               : QStringLiteral("fr") };
    // In a table in both languages, the English half of a column that has no French field ("Organization
    // (English)", "organization_en") feeds the field.
    const auto fieldOf = [kind](const QString &name) {
        for (int f = 0; f < ImportFields::count(kind); ++f) {
            if (name == ImportFields::name(kind, f) || name == ImportFields::exportName(kind, f)
                || name == ImportFields::name(kind, f) + QLatin1String("_en"))
                return f;
        }
        return -1;
    };
    for (const bool both : { false, true }) {
        for (const QString &language : languages) {
            for (const ExportColumn &column : readersColumns(kind, language, both)) {
                if (const int field = fieldOf(column.name); field >= 0)
                    claim(field, is(column.label, Qt::CaseInsensitive));
            }
        }
    }
    // Then a field's name in other capitals ("Code", "Budget"), after the readers' headers: in the
    // English table, "Specialty" is the specialty's name and "Specialty code" its code.
    for (int f = 0; f < ImportFields::count(kind); ++f) {
        claim(f, is(ImportFields::name(kind, f), Qt::CaseInsensitive));
        claim(f, is(ImportFields::exportName(kind, f), Qt::CaseInsensitive));
    }
    // Last, a header equal to a field's label, in the installed language then in the other.
    for (const QString &language : languages) {
        for (int f = 0; f < ImportFields::count(kind); ++f)
            claim(f, is(ImportFields::labelIn(kind, f, language), Qt::CaseInsensitive));
    }
    return guessed;
}

bool ImportMapping::resolve(const QStringList &header, ImportIndexes *indexes, QStringList *errors) const
{
    indexes->fill(-1);
    QHash<QString, int> byName;
    QHash<QString, int> times; // how many columns have each header
    for (int i = int(header.size()) - 1; i >= 0; --i) {
        byName.insert(normalizeHeader(header.at(i)), i);
        ++times[normalizeHeader(header.at(i))];
    }
    // A header several columns have: which one is meant cannot be told, and reading the first would
    // drop the others' values without a word.
    const auto shared = [&](int index) { return times.value(normalizeHeader(header.at(index))) > 1; };
    const auto refuseShared = [&](int index) {
        QStringList numbers;
        for (int i = 0; i < header.size(); ++i) {
            if (normalizeHeader(header.at(i)) == normalizeHeader(header.at(index)))
                numbers << QString::number(i + 1);
        }
        errors->append(tr("The file has several columns named \"%1\" (columns %2): keep one, or rename the others.")
                           .arg(normalizeHeader(header.at(index)), numbers.join(QStringLiteral(", "))));
    };
    bool ok = true;
    for (int f = 0; f < fieldCount(); ++f) {
        const Column &c = columns[size_t(f)];
        const QString name = ImportFields::name(kind, f);
        int index = -1;
        if (c.number > 0) {
            if (c.number <= header.size()) {
                index = c.number - 1;
            } else if (!optionalColumns) {
                errors->append(tr("The mapping reads field \"%1\" from column %2, but the file has only %3 columns.")
                                   .arg(name)
                                   .arg(c.number)
                                   .arg(header.size()));
                ok = false;
            }
        } else if (!c.header.isEmpty()) {
            index = byName.value(normalizeHeader(c.header), -1);
            // A column named after the field (the default mapping) is also found under the header of
            // Vigie's own export ("internal_fte" for "internal"), so that every export re-imports.
            if (index < 0 && c.header == name && !ImportFields::exportName(kind, f).isEmpty())
                index = byName.value(ImportFields::exportName(kind, f), -1);
            if (index < 0 && !optionalColumns) {
                errors->append(tr("The mapping reads field \"%1\" from column \"%2\", which the file does not have.")
                                   .arg(name, c.header));
                ok = false;
            } else if (index >= 0 && shared(index)) {
                refuseShared(index);
                index = -1;
                ok = false;
            }
        }
        (*indexes)[size_t(f)] = index;
    }
    if (ok && guessHeaders) {
        // A table for readers: its headers name no field ("Project code", « Budget autorisé »).
        std::vector<bool> used(size_t(header.size()), false);
        for (int index : *indexes) {
            if (index >= 0)
                used[size_t(index)] = true;
        }
        const ImportIndexes guessed = guessColumns(kind, header);
        for (int f = 0; f < fieldCount(); ++f) {
            const int index = guessed[size_t(f)];
            if ((*indexes)[size_t(f)] >= 0 || index < 0 || used[size_t(index)])
                continue;
            if (shared(index)) {
                refuseShared(index);
                ok = false;
                continue;
            }
            (*indexes)[size_t(f)] = index;
            used[size_t(index)] = true;
        }
    }
    const bool named = ok; // every column the mapping names is there: say which needed ones are not
    for (int f = 0; named && f < fieldCount(); ++f) {
        if (!ImportFields::isRequired(kind, f) || (*indexes)[size_t(f)] >= 0)
            continue;
        if (kind == ImportKind::Projects && f == int(ImportField::Code))
            errors->append(tr("The file has no column for the project code (field \"code\")."));
        else
            errors->append(tr("The file has no column for field \"%1\" (%2), which every row needs.")
                               .arg(ImportFields::name(kind, f), ImportFields::label(kind, f)));
        ok = false;
    }
    // Workforce records and envelopes are figures: a file giving none of them would import zeros.
    const QList<int> figures = ImportFields::figures(kind);
    if (named && !figures.isEmpty()
        && std::none_of(figures.begin(), figures.end(), [&](int f) { return (*indexes)[size_t(f)] >= 0; })) {
        QStringList fields;
        for (int f : figures)
            fields << tr("\"%1\" (%2)").arg(ImportFields::name(kind, f), ImportFields::label(kind, f));
        errors->append(tr("The file has no column for the figures: it needs at least one of the fields %1.")
                           .arg(fields.join(QStringLiteral(", "))));
        ok = false;
    }
    return ok;
}

} // namespace Vigie
