#include "fields.h"

#include <QHash>

#include <array>
#include <vector>

namespace Vigie::Fields {

namespace {

struct Column
{
    Field field;
    const char *name;
};

// Each entity's editable and readable columns (not id and uuid, which are not fields).
const std::vector<Column> &columnsOf(Entity entity)
{
    using F = Field;
    static const std::array<std::vector<Column>, kEntityCount> table { {
        // Portfolio
        { { F::NameEn, "name" }, { F::Jurisdiction, "jurisdiction" }, { F::Currency, "currency" },
          { F::FiscalYearStart, "fiscal_year_start" }, { F::DefaultLanguage, "default_language" },
          { F::HealthRule, "health_rule" }, { F::CioName, "cio_name" }, { F::Classification, "classification" },
          { F::NameFr, "name_fr" }, { F::CioTitle, "cio_title" }, { F::CioTitleFr, "cio_title_fr" },
          { F::CioContact, "cio_contact" }, { F::ExternalRiskThreshold, "external_risk_threshold" } },
        // Organization
        { { F::Code, "code" }, { F::NameEn, "name_en" }, { F::NameFr, "name_fr" }, { F::Kind, "kind" } },
        // Plan
        { { F::Code, "code" }, { F::TitleEn, "title_en" }, { F::TitleFr, "title_fr" }, { F::StartDate, "start_date" },
          { F::EndDate, "end_date" } },
        // KeyArea
        { { F::Plan, "plan_id" }, { F::Number, "number" }, { F::TitleEn, "title_en" }, { F::TitleFr, "title_fr" } },
        // Measure
        { { F::KeyArea, "key_area_id" }, { F::Number, "number" }, { F::TitleEn, "title_en" }, { F::TitleFr, "title_fr" },
          { F::Owner, "owner_id" }, { F::DueDate, "due_date" }, { F::Status, "status" },
          { F::PercentComplete, "percent_complete" }, { F::Comment, "comment" }, { F::CommentFr, "comment_fr" }, { F::Touched, "touched" } },
        // MeasureStatusChange
        { { F::Measure, "measure_id" }, { F::ChangedAt, "changed_at" }, { F::FromStatus, "from_status" },
          { F::ToStatus, "to_status" }, { F::PercentComplete, "percent_complete" }, { F::Comment, "comment" },
          { F::Author, "author" }, { F::CommentFr, "comment_fr" } },
        // Project
        { { F::Code, "code" }, { F::NameEn, "name_en" }, { F::NameFr, "name_fr" }, { F::Description, "description" },
          { F::Organization, "organization_id" }, { F::Phase, "phase" }, { F::State, "state" }, { F::Budget, "budget" },
          { F::PlannedStart, "planned_start" }, { F::PlannedEnd, "planned_end" }, { F::OriginalBudget, "original_budget" },
          { F::OriginalEnd, "original_end" }, { F::ActualCost, "actual_cost" }, { F::ForecastCost, "forecast_cost" },
          { F::ForecastEnd, "forecast_end" }, { F::DeliveredDate, "delivered_date" },
          { F::ReportedCostVariance, "reported_cost_variance" },
          { F::ReportedScheduleVariance, "reported_schedule_variance" }, { F::DeclaredCost, "declared_cost" },
          { F::DeclaredSchedule, "declared_schedule" }, { F::ComputedCost, "computed_cost" },
          { F::ComputedSchedule, "computed_schedule" }, { F::DeclaredOverall, "declared_overall" },
          { F::Touched, "touched" } },
        // Baseline
        { { F::Project, "project_id" }, { F::Sequence, "sequence" }, { F::ApprovedDate, "approved_date" },
          { F::Budget, "budget" }, { F::PlannedStart, "planned_start" }, { F::PlannedEnd, "planned_end" },
          { F::Note, "note" }, { F::NoteFr, "note_fr" }, { F::Authority, "authority" } },
        // Decision
        { { F::Project, "project_id" }, { F::DecidedOn, "decided_on" }, { F::Authority, "authority" },
          { F::Kind, "kind" }, { F::TextEn, "text_en" }, { F::TextFr, "text_fr" }, { F::BudgetChange, "budget_change" } },
        // ProjectMeasure
        { { F::Project, "project_id" }, { F::Measure, "measure_id" } },
        // ReportingPeriod
        { { F::Label, "label" }, { F::AsOf, "as_of" }, { F::FrozenAt, "frozen_at" }, { F::LabelFr, "label_fr" } },
        // PeriodProject (frozen values: read, never edited)
        { { F::Period, "period_id" }, { F::Project, "project_id" }, { F::State, "state" }, { F::Budget, "budget" },
          { F::ForecastCost, "forecast_cost" }, { F::ForecastEnd, "forecast_end" } },
        // PeriodMeasure
        { { F::Period, "period_id" }, { F::Measure, "measure_id" }, { F::Status, "status" },
          { F::PercentComplete, "percent_complete" } },
        // Specialty
        { { F::Code, "code" }, { F::NameEn, "name_en" }, { F::NameFr, "name_fr" }, { F::CoreFunction, "core_function" } },
        // Workforce
        { { F::Organization, "organization_id" }, { F::Specialty, "specialty_id" }, { F::SurveyDate, "survey_date" },
          { F::InternalFte, "internal_fte" }, { F::ExternalFte, "external_fte" } },
        // Envelope
        { { F::FiscalYear, "fiscal_year" }, { F::Organization, "organization_id" }, { F::PlannedNeeds, "planned_needs" },
          { F::Granted, "granted" }, { F::Committed, "committed" } },
        // BriefingItem
        { { F::Period, "period_id" }, { F::Section, "section" }, { F::Position, "position" }, { F::TextEn, "text_en" },
          { F::TextFr, "text_fr" }, { F::Measure, "measure_id" }, { F::Project, "project_id" }, { F::Origin, "origin" } },
        // CopyOrigin (written when a copy is extracted, read by merges; never edited)
        { { F::PortfolioUuid, "portfolio_uuid" }, { F::BaseChangeset, "base_changeset" },
          { F::BaseChangesetUuid, "base_changeset_uuid" }, { F::OrganizationCode, "organization_code" },
          { F::FileName, "source_name" }, { F::ChangedAt, "taken_at" }, { F::Author, "taken_by" } },
        // CopyMerge
        { { F::CopyUuid, "copy_uuid" }, { F::OrganizationCode, "organization_code" },
          { F::CopyChangeset, "copy_changeset" }, { F::FileName, "source_name" }, { F::ChangedAt, "merged_at" },
          { F::Author, "merged_by" } },
        // MergeLog
        { { F::CopyMerge, "copy_merge_id" }, { F::Item, "entity" }, { F::ItemUuid, "entity_uuid" },
          { F::ItemKey, "item_key" }, { F::FieldName, "field" }, { F::Action, "action" }, { F::OldValue, "old_value" },
          { F::NewValue, "new_value" }, { F::Author, "author" }, { F::ChangedAt, "changed_at" },
          { F::Comment, "comment" }, { F::CommentFr, "comment_fr" } },
    } };
    return table.at(size_t(entity));
}

} // namespace

QString column(Entity entity, Field field)
{
    for (const Column &c : columnsOf(entity))
        if (c.field == field)
            return QString::fromLatin1(c.name);
    return QString();
}

std::optional<Field> fromColumn(Entity entity, const QString &column)
{
    for (const Column &c : columnsOf(entity))
        if (column == QLatin1String(c.name))
            return c.field;
    return std::nullopt;
}

QList<Field> of(Entity entity)
{
    QList<Field> fields;
    for (const Column &c : columnsOf(entity))
        fields.append(c.field);
    return fields;
}

std::optional<Entity> referenced(Entity entity, Field field)
{
    switch (field) {
    case Field::Organization:
    case Field::Owner: return Entity::Organization;
    case Field::Plan: return Entity::Plan;
    case Field::KeyArea: return Entity::KeyArea;
    case Field::Measure: return Entity::Measure;
    case Field::Project: return Entity::Project;
    case Field::Period: return Entity::ReportingPeriod;
    case Field::Specialty: return Entity::Specialty;
    case Field::CopyMerge: return Entity::CopyMerge;
    default: break;
    }
    Q_UNUSED(entity)
    return std::nullopt;
}

} // namespace Vigie::Fields
