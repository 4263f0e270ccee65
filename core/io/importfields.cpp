#include "importfields.h"

#include "i18n/language.h"

#include <vector>

namespace Vigie {

namespace {

struct Spec
{
    const char *name;
    FieldKind kind;
    const char *label; // translated in the "Vigie::ImportMapping" context
    bool required;
    // The header Vigie's own export writes for the field, where it differs from the name: the default
    // mapping reads that column too, so every export re-imports.
    const char *exportName = nullptr;
};

using K = FieldKind;

// One table per kind, in the order of its field enum.
const std::vector<Spec> &specs(ImportKind kind)
{
    static const std::vector<Spec> projects {
        { "code", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Project code"), true },
        { "name", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Name (English)"), false },
        { "name_fr", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Name (French)"), false },
        { "organization", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Organization"), false },
        { "description", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Description"), false },
        { "phase", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Phase"), false },
        { "budget", K::Money, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Authorized budget"), false },
        { "original_budget", K::Money, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Original budget"), false },
        { "actual_cost", K::Money, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Actual cost to date"), false },
        { "forecast_cost", K::Money, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Forecast cost"), false },
        { "cost_variance_percent", K::Percent, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Cost variance (%)"), false },
        { "start", K::Date, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Planned start"), false },
        { "planned_end", K::Date, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Planned end"), false },
        { "forecast_end", K::Date, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Forecast end"), false },
        { "schedule_variance_percent", K::Percent, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Schedule variance (%)"), false },
        { "cost_declared", K::Health, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Declared cost indicator"), false },
        { "schedule_declared", K::Health, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Declared schedule indicator"), false },
        { "overall_declared", K::Health, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Declared overall indicator"), false },
        { "state", K::State, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "State (active, completed or cancelled)"), false },
        { "original_planned_end", K::Date, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Original planned end"), false },
        { "measures", K::MeasureList, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Measures served (numbers, or PLAN:number, separated by ;)"), false },
    };
    static const std::vector<Spec> organizations {
        { "code", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Organization code"), true },
        { "name", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Name (English)"), false },
        { "name_fr", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Name (French)"), false },
        { "kind", K::OrgKind, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Kind (ministry or agency)"), false },
    };
    static const std::vector<Spec> measures {
        { "plan", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Plan (code or English title)"), false },
        { "plan_fr", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Plan (French title)"), false },
        { "area", K::Integer, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Key area number"), true, "key_area" },
        { "area_title", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Key area title (English)"), false },
        { "area_title_fr", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Key area title (French)"), false },
        { "number", K::Integer, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Measure number"), true },
        { "title", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Measure title (English)"), false, "title_en" },
        { "title_fr", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Measure title (French)"), false },
        { "owner", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Owner organization"), false },
        { "due", K::Date, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Due date"), false, "due_date" },
        { "status", K::Status, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Status"), false },
        { "percent", K::Percent, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Percent complete"), false, "percent_complete" },
        { "comment", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Comment"), false },
        { "comment_fr", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Comment (French)"), false },
    };
    static const std::vector<Spec> workforce {
        { "organization", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Organization"), true },
        { "specialty", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Specialty code"), true },
        { "specialty_name", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Specialty name (English)"), false, "specialty_en" },
        { "specialty_name_fr", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Specialty name (French)"), false, "specialty_fr" },
        { "core_function", K::Flag, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Core function (yes or no)"), false },
        { "survey_date", K::Date, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Survey date"), true },
        { "internal", K::Quantity, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Internal FTEs"), false, "internal_fte" },
        { "external", K::Quantity, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "External FTEs"), false, "external_fte" },
    };
    static const std::vector<Spec> envelopes {
        { "fiscal_year", K::FiscalYear, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Fiscal year"), true },
        { "organization", K::Text, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Organization"), true },
        { "planned_needs", K::Money, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Planned needs"), false },
        { "granted", K::Money, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Granted"), false },
        { "committed", K::Money, QT_TRANSLATE_NOOP("Vigie::ImportMapping", "Committed"), false },
    };
    switch (kind) {
    case ImportKind::Projects: return projects;
    case ImportKind::Organizations: return organizations;
    case ImportKind::Measures: return measures;
    case ImportKind::Workforce: return workforce;
    case ImportKind::Envelopes: break;
    }
    return envelopes;
}

const Spec &spec(ImportKind kind, int field)
{
    return specs(kind).at(size_t(field));
}

const char *const kKindNames[kImportKindCount] = { "projects", "organizations", "measures", "workforce", "envelopes" };

} // namespace

int ImportFields::count(ImportKind kind)
{
    return int(specs(kind).size());
}

QString ImportFields::name(ImportKind kind, int field)
{
    return QString::fromLatin1(spec(kind, field).name);
}

QLatin1String ImportFields::key(ImportKind kind, int field)
{
    return QLatin1String(spec(kind, field).name);
}

std::optional<int> ImportFields::fromName(ImportKind kind, const QString &name)
{
    const auto &list = specs(kind);
    for (size_t i = 0; i < list.size(); ++i) {
        if (name == QLatin1String(list[i].name))
            return int(i);
    }
    return std::nullopt;
}

QString ImportFields::exportName(ImportKind kind, int field)
{
    const char *name = spec(kind, field).exportName;
    return name ? QString::fromLatin1(name) : QString();
}

QList<int> ImportFields::figures(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Workforce: return { WorkforceField::Internal, WorkforceField::External };
    case ImportKind::Envelopes: return { EnvelopeField::PlannedNeeds, EnvelopeField::Granted, EnvelopeField::Committed };
    default: return {};
    }
}

FieldKind ImportFields::fieldKind(ImportKind kind, int field)
{
    return spec(kind, field).kind;
}

QString ImportFields::label(ImportKind kind, int field)
{
    return tr(spec(kind, field).label);
}

QString ImportFields::labelIn(ImportKind kind, int field, const QString &language)
{
    return Language::textIn(language, "Vigie::ImportMapping", spec(kind, field).label);
}

bool ImportFields::isRequired(ImportKind kind, int field)
{
    return spec(kind, field).required;
}

QString ImportFields::kindName(ImportKind kind)
{
    return QString::fromLatin1(kKindNames[int(kind)]);
}

std::optional<ImportKind> ImportFields::kindFromName(const QString &name)
{
    for (int i = 0; i < kImportKindCount; ++i) {
        if (name == QLatin1String(kKindNames[i]))
            return ImportKind(i);
    }
    return std::nullopt;
}

QString ImportFields::kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Projects: return tr("Projects");
    case ImportKind::Organizations: return tr("Organizations");
    case ImportKind::Measures: return tr("Measures");
    case ImportKind::Workforce: return tr("Workforce");
    case ImportKind::Envelopes: break;
    }
    return tr("Envelopes");
}

} // namespace Vigie
