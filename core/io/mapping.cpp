#include "mapping.h"

#include "storage/outputfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigie {

namespace {

const char *const kFieldNames[kImportFieldCount] = {
    "code", "name", "name_fr", "organization", "description", "phase", "budget", "original_budget",
    "actual_cost", "forecast_cost", "cost_variance_percent", "start", "planned_end", "forecast_end",
    "schedule_variance_percent", "cost_declared", "schedule_declared", "overall_declared",
};

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

QString ImportMapping::fieldName(ImportField field)
{
    return QString::fromLatin1(kFieldNames[int(field)]);
}

std::optional<ImportField> ImportMapping::fieldFromName(const QString &name)
{
    for (int i = 0; i < kImportFieldCount; ++i) {
        if (name == QLatin1String(kFieldNames[i]))
            return ImportField(i);
    }
    return std::nullopt;
}

FieldKind ImportMapping::fieldKind(ImportField field)
{
    switch (field) {
    case ImportField::Budget:
    case ImportField::OriginalBudget:
    case ImportField::ActualCost:
    case ImportField::ForecastCost:
        return FieldKind::Money;
    case ImportField::CostVariancePercent:
    case ImportField::ScheduleVariancePercent:
        return FieldKind::Percent;
    case ImportField::Start:
    case ImportField::PlannedEnd:
    case ImportField::ForecastEnd:
        return FieldKind::Date;
    case ImportField::CostDeclared:
    case ImportField::ScheduleDeclared:
    case ImportField::OverallDeclared:
        return FieldKind::Health;
    default:
        return FieldKind::Text;
    }
}

QString ImportMapping::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Code: return tr("Project code");
    case ImportField::Name: return tr("Name (English)");
    case ImportField::NameFr: return tr("Name (French)");
    case ImportField::Organization: return tr("Organization");
    case ImportField::Description: return tr("Description");
    case ImportField::Phase: return tr("Phase");
    case ImportField::Budget: return tr("Authorized budget");
    case ImportField::OriginalBudget: return tr("Original budget");
    case ImportField::ActualCost: return tr("Actual cost to date");
    case ImportField::ForecastCost: return tr("Forecast cost");
    case ImportField::CostVariancePercent: return tr("Cost variance (%)");
    case ImportField::Start: return tr("Planned start");
    case ImportField::PlannedEnd: return tr("Planned end");
    case ImportField::ForecastEnd: return tr("Forecast end");
    case ImportField::ScheduleVariancePercent: return tr("Schedule variance (%)");
    case ImportField::CostDeclared: return tr("Declared cost indicator");
    case ImportField::ScheduleDeclared: return tr("Declared schedule indicator");
    case ImportField::OverallDeclared: return tr("Declared overall indicator");
    }
    return {};
}

QString ImportMapping::normalizeHeader(const QString &header)
{
    QString s = header;
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    return s.simplified();
}

ImportMapping ImportMapping::defaults()
{
    ImportMapping m;
    m.optionalColumns = true;
    for (int i = 0; i < kImportFieldCount; ++i)
        m.columns[size_t(i)] = Column { fieldName(ImportField(i)), 0 };
    return m;
}

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json, QStringList *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        errors->append(tr("The mapping is not a JSON object (%1).").arg(parseError.errorString()));
        return std::nullopt;
    }
    const int errorsBefore = int(errors->size());
    const QJsonObject o = doc.object();
    ImportMapping m;
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
                const auto field = fieldFromName(c.key());
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
                const auto field = fieldFromName(f.key());
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
    if (!m.column(ImportField::Code).isSet())
        errors->append(tr("The mapping has no column for the project code (field \"code\")."));
    if (errors->size() > errorsBefore)
        return std::nullopt;
    return m;
}

std::optional<ImportMapping> ImportMapping::load(const QString &path, QStringList *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->append(tr("%1: cannot be read (%2).").arg(QDir::toNativeSeparators(path), f.errorString()));
        return std::nullopt;
    }
    QStringList own;
    auto m = fromJson(f.readAll(), &own);
    for (const QString &e : std::as_const(own))
        errors->append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), e));
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
    for (int i = 0; i < kImportFieldCount; ++i) {
        const Column &c = columns[size_t(i)];
        if (c.number > 0)
            cols.insert(fieldName(ImportField(i)), c.number);
        else if (!c.header.isEmpty())
            cols.insert(fieldName(ImportField(i)), c.header);
        if (!values[size_t(i)].isEmpty()) {
            QJsonObject table;
            for (auto it = values[size_t(i)].constBegin(); it != values[size_t(i)].constEnd(); ++it)
                table.insert(it.key(), it.value());
            vals.insert(fieldName(ImportField(i)), table);
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

bool ImportMapping::resolve(const QStringList &header, std::array<int, kImportFieldCount> *indexes,
                            QStringList *errors) const
{
    QHash<QString, int> byName;
    for (int i = int(header.size()) - 1; i >= 0; --i)
        byName.insert(normalizeHeader(header.at(i)), i); // the first of two equal headers wins
    bool ok = true;
    for (int f = 0; f < kImportFieldCount; ++f) {
        const Column &c = columns[size_t(f)];
        int index = -1;
        if (c.number > 0) {
            if (c.number <= header.size()) {
                index = c.number - 1;
            } else if (!optionalColumns) {
                errors->append(tr("The mapping reads field \"%1\" from column %2, but the file has only %3 columns.")
                                   .arg(fieldName(ImportField(f)))
                                   .arg(c.number)
                                   .arg(header.size()));
                ok = false;
            }
        } else if (!c.header.isEmpty()) {
            index = byName.value(normalizeHeader(c.header), -1);
            if (index < 0 && !optionalColumns) {
                errors->append(tr("The mapping reads field \"%1\" from column \"%2\", which the file does not have.")
                                   .arg(fieldName(ImportField(f)), c.header));
                ok = false;
            }
        }
        (*indexes)[size_t(f)] = index;
    }
    if (ok && (*indexes)[size_t(ImportField::Code)] < 0) {
        errors->append(tr("The file has no column for the project code (field \"code\")."));
        ok = false;
    }
    return ok;
}

} // namespace Vigie
