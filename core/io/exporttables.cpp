// The tables Vigie exports: their columns and the queries that stream their rows.
#include "exporter.h"
#include "exportwords.h"
#include "storage/sqlaccess.h"

#include "analysis/baselineledger.h"
#include "i18n/language.h"
#include "io/mapping.h"
#include "model/entities.h"
#include "model/health.h"
#include "storage/portfoliofile.h"
#include "storage/sqldialect.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace Vigie {

namespace {

// A column as read from the file, before it is laid out for the options: bilingual columns hold a
// QStringList { English, French }; word columns (health, phase, state, status) hold the stored key.
struct Logical
{
    QString name;   // data-format header
    QString nameFr; // data-format header of the French half of a bilingual column ("" = English only)
    QString label;  // translated header
    CellKind kind = CellKind::Text;
    bool bilingual = false;
};

bool isWord(CellKind kind)
{
    return kind == CellKind::Health || kind == CellKind::Phase || kind == CellKind::State || kind == CellKind::Status;
}

// A column that is not an import field's, or whose header is not the field's label: its data-format
// headers and its header's source text in the "Vigie::Exporter" context of the catalogues.
struct Named
{
    const char *name;
    const char *nameFr; // nullptr: English only
    const char *header;
    CellKind kind;
    bool bilingual;
};

// The project fields whose header is the export's own (the others are headed by their label).
constexpr Named kProjectHeaders[] = {
    { "name", "name_fr", QT_TRANSLATE_NOOP("Vigie::Exporter", "Name"), CellKind::Text, true },
    // The form's "(numbers, separated by ;)" is for typing.
    { "measures", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Measures served"), CellKind::Text, false },
    // The import reads these columns as the source's own variance, which wins over the rule: they hold
    // that and nothing else, so that a re-imported export leaves the rule in force.
    { "cost_variance_percent", nullptr,
      QT_TRANSLATE_NOOP("Vigie::Exporter", "Cost variance reported by the source (%)"), CellKind::Percent, false },
    { "schedule_variance_percent", nullptr,
      QT_TRANSLATE_NOOP("Vigie::Exporter", "Schedule variance reported by the source (%)"), CellKind::Percent,
      false },
};

// The projects' columns after their fields.
constexpr Named kProjectComputed[] = {
    { "cost_health", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Cost indicator"), CellKind::Health, false },
    { "schedule_health", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Schedule indicator"), CellKind::Health,
      false },
    { "overall_health", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Overall health"), CellKind::Health, false },
    { "state", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "State"), CellKind::State, false },
    { "baselines", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Baselines"), CellKind::Number, false },
    { "original_planned_end", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Original planned end"),
      CellKind::Date, false },
    // The variances the colours come from, computed: named so that no import field reads them (a
    // computed variance read back as a reported one would override the rule for good).
    { "cost_variance_latest_percent", nullptr,
      QT_TRANSLATE_NOOP("Vigie::Exporter", "Cost variance against the latest baseline (%)"), CellKind::Percent,
      false },
    { "schedule_variance_latest_percent", nullptr,
      QT_TRANSLATE_NOOP("Vigie::Exporter", "Schedule variance against the latest baseline (%)"),
      CellKind::Percent, false },
    // Against the original baseline beside the latest: a project re-authorized until it looks on track
    // shows it here.
    { "cost_variance_original_percent", nullptr,
      QT_TRANSLATE_NOOP("Vigie::Exporter", "Cost variance against the original baseline (%)"), CellKind::Percent,
      false },
    { "schedule_variance_original_percent", nullptr,
      QT_TRANSLATE_NOOP("Vigie::Exporter", "Schedule variance against the original baseline (%)"),
      CellKind::Percent, false },
};

constexpr Named kMeasures[] = {
    { "plan", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Plan"), CellKind::Text, false },
    { "key_area", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Key area"), CellKind::Number, false },
    { "number", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Measure"), CellKind::Number, false },
    { "title_en", "title_fr", QT_TRANSLATE_NOOP("Vigie::Exporter", "Title"), CellKind::Text, true },
    { "owner", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Owner"), CellKind::Text, true },
    { "due_date", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Due date"), CellKind::Date, false },
    { "status", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Status"), CellKind::Status, false },
    { "percent_complete", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Percent complete"), CellKind::Percent,
      false },
    { "comment", "comment_fr", QT_TRANSLATE_NOOP("Vigie::Exporter", "Comment"), CellKind::Text, true },
};

constexpr Named kWorkforce[] = {
    { "organization", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Organization"), CellKind::Text, true },
    { "specialty", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Specialty code"), CellKind::Text, false },
    { "specialty_en", "specialty_fr", QT_TRANSLATE_NOOP("Vigie::Exporter", "Specialty"), CellKind::Text, true },
    { "survey_date", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Survey date"), CellKind::Date, false },
    { "internal_fte", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "Internal FTEs"), CellKind::Number, false },
    { "external_fte", nullptr, QT_TRANSLATE_NOOP("Vigie::Exporter", "External FTEs"), CellKind::Number, false },
};

// The columns of `table`, headed in the installed language; in `language` ("en" or "fr") when one is
// given, read from the catalogue without installing it (Language::textIn).
QList<Logical> logicalColumns(ExportTable table, const QString &language = QString())
{
    const auto logical = [&](const Named &n) {
        return Logical { QString::fromLatin1(n.name), n.nameFr ? QString::fromLatin1(n.nameFr) : QString(),
                         language.isEmpty() ? Exporter::tr(n.header)
                                            : Language::textIn(language, "Vigie::Exporter", n.header),
                         n.kind, n.bilingual };
    };
    QList<Logical> c;
    switch (table) {
    case ExportTable::Projects:
        for (int f = 0; f < kImportFieldCount; ++f) {
            const auto field = ImportField(f);
            if (field == ImportField::NameFr)
                continue; // the French half of the name
            if (field == ImportField::State || field == ImportField::OriginalPlannedEnd)
                continue; // among the computed columns, where the export has always written them
            const QString name = ImportMapping::fieldName(field);
            const auto own = std::find_if(std::begin(kProjectHeaders), std::end(kProjectHeaders),
                                          [&](const Named &n) { return name == QLatin1String(n.name); });
            if (own != std::end(kProjectHeaders)) {
                c << logical(*own);
                continue;
            }
            CellKind kind = CellKind::Text;
            switch (ImportMapping::fieldKind(field)) {
            case FieldKind::Money: kind = CellKind::Money; break;
            case FieldKind::Percent: kind = CellKind::Percent; break;
            case FieldKind::Date: kind = CellKind::Date; break;
            case FieldKind::Health: kind = CellKind::Health; break;
            default: break; // text
            }
            if (field == ImportField::Phase)
                kind = CellKind::Phase;
            const QString label = language.isEmpty() ? ImportMapping::fieldLabel(field)
                                                     : ImportFields::labelIn(ImportKind::Projects, f, language);
            c << Logical { name, QString(), label, kind, field == ImportField::Organization };
        }
        for (const Named &n : kProjectComputed)
            c << logical(n);
        break;
    case ExportTable::Measures:
        for (const Named &n : kMeasures)
            c << logical(n);
        break;
    case ExportTable::Workforce:
        for (const Named &n : kWorkforce)
            c << logical(n);
        break;
    }
    return c;
}

// Which language each output column of a logical column speaks: "" (the data format's single column),
// or "en"/"fr".
QStringList halves(const Logical &l, const Exporter::Options &o)
{
    if (o.language.isEmpty())
        return l.bilingual && !l.nameFr.isEmpty() ? QStringList { QStringLiteral("en"), QStringLiteral("fr") }
                                                   : QStringList { QString() };
    if (o.bothLanguages && (l.bilingual || isWord(l.kind)))
        return { QStringLiteral("en"), QStringLiteral("fr") };
    return { o.language };
}

QVariant healthCell(Health h)
{
    const QString key = HealthText::key(h);
    return key.isEmpty() ? QVariant() : QVariant(key);
}

Health healthOf(const QVariant &v)
{
    return HealthText::fromKey(v.toString()).value_or(Health::Unrated);
}

QStringList pair(const QVariant &en, const QVariant &fr)
{
    return { en.toString(), fr.toString() };
}

} // namespace

QString Exporter::sheetName(ExportTable table)
{
    switch (table) {
    case ExportTable::Projects: return tr("Projects");
    case ExportTable::Measures: return tr("Measures");
    case ExportTable::Workforce: return tr("Workforce");
    }
    return {};
}

namespace {

// The columns `options` lay out; their headers in `headers` ("en" or "fr") when given, else in the
// installed language.
QList<ExportColumn> laidOut(const QList<Logical> &logical, const Exporter::Options &options,
                            const QString &headers = QString())
{
    //: An export column in one language: "Name (English)", "Organization (English)"
    const char *const inEnglish = QT_TRANSLATE_NOOP("Vigie::Exporter", "%1 (English)");
    //: An export column in one language: "Name (French)", "Organization (French)"
    const char *const inFrench = QT_TRANSLATE_NOOP("Vigie::Exporter", "%1 (French)");
    const auto text = [&](const char *source) {
        return headers.isEmpty() ? Exporter::tr(source) : Language::textIn(headers, "Vigie::Exporter", source);
    };
    QList<ExportColumn> c;
    for (const Logical &l : logical) {
        const QStringList languages = halves(l, options);
        for (const QString &language : languages) {
            ExportColumn column { l.name, l.label, l.kind };
            if (language == QLatin1String("fr") && !l.nameFr.isEmpty())
                column.name = l.nameFr;
            else if (languages.size() == 2 && l.nameFr.isEmpty())
                column.name = l.name + (language == QLatin1String("fr") ? QStringLiteral("_fr") : QStringLiteral("_en"));
            if (languages.size() == 2)
                column.label = text(language == QLatin1String("fr") ? inFrench : inEnglish).arg(l.label);
            c << column;
        }
    }
    return c;
}

} // namespace

QList<ExportColumn> Exporter::columns(ExportTable table, const Options &options)
{
    return laidOut(logicalColumns(table), options);
}

QList<ExportColumn> Exporter::columnsIn(ExportTable table, const QString &language, bool bothLanguages)
{
    Options readable;
    readable.language = language;
    readable.bothLanguages = bothLanguages;
    return laidOut(logicalColumns(table, language), readable, language);
}

bool Exporter::readTable(const PortfolioFile &file, ExportTable table, const Options &options,
                         const std::function<bool(const QVariantList &)> &sink, QString *error)
{
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    QString sql;
    switch (table) {
    case ExportTable::Projects:
        sql = QStringLiteral(
            "SELECT p.code, p.name_en, p.name_fr, o.name_en, o.name_fr, o.code, p.description, p.phase, "
            "p.budget, p.original_budget, p.actual_cost, p.forecast_cost, p.reported_cost_variance, p.planned_start, "
            "p.planned_end, p.forecast_end, p.reported_schedule_variance, p.declared_cost, p.declared_schedule, "
            "p.declared_overall, (SELECT %1 FROM (SELECT m.number FROM project_measure l "
            "JOIN measure m ON m.id = l.measure_id WHERE l.project_id = p.id ORDER BY m.number) AS linked), "
            "p.computed_cost, p.computed_schedule, p.state, "
            "(SELECT COUNT(*) FROM baseline b WHERE b.project_id = p.id), "
            "(SELECT b.budget FROM baseline b WHERE b.project_id = p.id ORDER BY b.sequence LIMIT 1), "
            "(SELECT b.planned_start FROM baseline b WHERE b.project_id = p.id ORDER BY b.sequence LIMIT 1), "
            "(SELECT b.planned_end FROM baseline b WHERE b.project_id = p.id ORDER BY b.sequence LIMIT 1) "
            "FROM project p LEFT JOIN organization o ON o.id = p.organization_id ORDER BY p.code")
                  .arg(SqlDialect::joinText(sqlDatabase(file), QStringLiteral("number"), QStringLiteral("'; '")));
        break;
    case ExportTable::Measures:
        sql = QStringLiteral(
            "SELECT pl.code, k.number, m.number, m.title_en, m.title_fr, o.name_en, o.name_fr, o.code, "
            "m.due_date, m.status, m.percent_complete, m.comment, m.comment_fr FROM measure m "
            "JOIN key_area k ON k.id = m.key_area_id JOIN plan pl ON pl.id = k.plan_id "
            "LEFT JOIN organization o ON o.id = m.owner_id ORDER BY pl.code, k.number, m.number");
        break;
    case ExportTable::Workforce:
        sql = QStringLiteral(
            "SELECT o.name_en, o.name_fr, o.code, s.code, s.name_en, s.name_fr, w.survey_date, "
            "w.internal_fte, w.external_fte FROM workforce w JOIN organization o ON o.id = w.organization_id "
            "JOIN specialty s ON s.id = w.specialty_id ORDER BY o.name_en, s.code, w.survey_date");
        break;
    }
    if (!q.exec(sql))
        return setError(error, sqlErrorText(q.lastError()));

    const HealthRule rule = file.healthRule();
    const QList<Logical> logical = logicalColumns(table);
    QList<QStringList> languages;
    for (const Logical &l : logical)
        languages << halves(l, options);
    const bool readable = !options.language.isEmpty();
    ExportWords english, french;
    if (readable) {
        english = ExportWords::in(QStringLiteral("en"));
        french = ExportWords::in(QStringLiteral("fr"));
    }
    // An organization with no name in a language is named by the other one, then by its code.
    const auto named = [](const QVariant &en, const QVariant &fr, const QVariant &code) {
        QStringList p = pair(en, fr);
        if (p.at(0).trimmed().isEmpty() && p.at(1).trimmed().isEmpty())
            p = QStringList { code.toString(), code.toString() };
        return p;
    };

    QVariantList values; // one per logical column
    QVariantList row;
    while (q.next()) {
        values.clear();
        switch (table) {
        case ExportTable::Projects: {
            values << q.value(0) << pair(q.value(1), q.value(2)) << named(q.value(3), q.value(4), q.value(5));
            for (int i = 6; i <= 20; ++i) // description … declared overall, then the measures served ("9; 12")
                values << q.value(i);
            // The variances against the latest baseline: the source's where it reported one, else the
            // one the rule computes (BaselineLedger's rule), never left empty when the figures allow one.
            // The reported variance columns above keep the stored value alone.
            Project p;
            p.budget = q.value(8).toDouble();
            p.forecastCost = optionalDouble(q.value(11));
            p.plannedStart = dateValue(q.value(13));
            p.plannedEnd = dateValue(q.value(14));
            p.forecastEnd = dateValue(q.value(15));
            p.reportedCostVariance = optionalDouble(q.value(12));
            p.reportedScheduleVariance = optionalDouble(q.value(16));
            const QList<Baseline> ledger = [&] {
                QList<Baseline> b;
                for (int i = 0; i < q.value(24).toInt(); ++i) // only the first one is read: it is what matters
                    b.append(Baseline { 0, {}, 0, i, {}, q.value(25).toDouble(), dateValue(q.value(26)),
                                        dateValue(q.value(27)), {} });
                return b;
            }();
            const ProjectBaselines variances = BaselineLedger::compute(rule, p, ledger);
            const Health cost = effective(healthOf(q.value(17)), healthOf(q.value(21)));
            const Health schedule = effective(healthOf(q.value(18)), healthOf(q.value(22)));
            values << healthCell(cost) << healthCell(schedule)
                   << healthCell(effective(healthOf(q.value(19)), worse(cost, schedule))) << q.value(23)
                   << q.value(24) << (ledger.isEmpty() ? nullableDate(p.plannedEnd) : q.value(27))
                   << nullableDouble(variances.latest.cost) << nullableDouble(variances.latest.schedule)
                   << nullableDouble(variances.original.cost) << nullableDouble(variances.original.schedule);
            break;
        }
        case ExportTable::Measures:
            values << q.value(0) << q.value(1) << q.value(2) << pair(q.value(3), q.value(4))
                   << (q.value(7).isNull() ? QVariant() : QVariant(named(q.value(5), q.value(6), q.value(7))))
                   << q.value(8) << q.value(9) << q.value(10) << pair(q.value(11), q.value(12));
            break;
        case ExportTable::Workforce:
            values << named(q.value(0), q.value(1), q.value(2)) << q.value(3) << pair(q.value(4), q.value(5))
                   << q.value(6) << q.value(7) << q.value(8);
            break;
        }
        row.clear();
        for (int i = 0; i < logical.size(); ++i) {
            const Logical &l = logical.at(i);
            const QVariant &v = values.at(i);
            for (const QString &language : languages.at(i)) {
                const bool fr = language == QLatin1String("fr");
                if (l.bilingual) {
                    if (v.isNull()) {
                        row << QVariant();
                        continue;
                    }
                    const QStringList both = v.toStringList();
                    const BilingualText text { both.value(0), both.value(1) };
                    if (language.isEmpty()) // the data format's single column: English, else French
                        row << (text.en.isEmpty() ? text.fr : text.en);
                    else if (!readable || languages.at(i).size() == 2) // two columns: each form as stored
                        row << (fr ? text.fr : text.en);
                    else // one readable column: the other language when a name lacks this one
                        row << text.in(language);
                } else if (readable && isWord(l.kind)) {
                    row << (fr ? french : english).word(l.kind, v);
                } else {
                    row << v;
                }
            }
        }
        if (!sink(row))
            return false;
    }
    // A damaged page ends the loop like the last row would: without this, an export wrote part of the
    // table and said it was done.
    return readComplete(file, q, error);
}

} // namespace Vigie
