#include "fieldtext.h"

namespace Vigie {

QString FieldText::label(Field field)
{
    switch (field) {
    case Field::Code: return tr("Code");
    case Field::Number: return tr("Number");
    case Field::NameEn: return tr("English name");
    case Field::NameFr: return tr("French name");
    case Field::TitleEn: return tr("English title");
    case Field::TitleFr: return tr("French title");
    case Field::Kind: return tr("Kind");
    case Field::Description: return tr("Description");
    case Field::Jurisdiction: return tr("Jurisdiction");
    case Field::Currency: return tr("Currency");
    case Field::FiscalYearStart: return tr("Fiscal year start");
    case Field::DefaultLanguage: return tr("Default language");
    case Field::CioName: return tr("CIO");
    case Field::Classification: return tr("Classification");
    case Field::HealthRule: return tr("Health rule");
    case Field::Organization: return tr("Organization");
    case Field::Plan: return tr("Plan");
    case Field::KeyArea: return tr("Key area");
    case Field::Measure: return tr("Measure");
    case Field::Project: return tr("Project");
    case Field::Period: return tr("Reporting period");
    case Field::Specialty: return tr("Specialty");
    case Field::Owner: return tr("Owner");
    case Field::StartDate: return tr("Start date");
    case Field::EndDate: return tr("End date");
    case Field::DueDate: return tr("Due date");
    case Field::Status: return tr("Status");
    case Field::PercentComplete: return tr("Percent complete");
    case Field::Comment: return tr("English comment"); // beside "French comment", as names are
    case Field::Phase: return tr("Phase");
    case Field::State: return tr("State");
    case Field::Budget: return tr("Authorized budget");
    case Field::PlannedStart: return tr("Planned start");
    case Field::PlannedEnd: return tr("Planned end");
    case Field::OriginalBudget: return tr("Original budget");
    case Field::OriginalEnd: return tr("Original end");
    case Field::ActualCost: return tr("Actual cost");
    case Field::ForecastCost: return tr("Forecast cost");
    case Field::ForecastEnd: return tr("Forecast end");
    case Field::DeliveredDate: return tr("Delivered");
    case Field::ReportedCostVariance: return tr("Reported cost variance");
    case Field::ReportedScheduleVariance: return tr("Reported schedule variance");
    case Field::DeclaredCost: return tr("Declared cost indicator");
    case Field::DeclaredSchedule: return tr("Declared schedule indicator");
    case Field::DeclaredOverall: return tr("Declared overall indicator");
    case Field::ComputedCost: return tr("Computed cost indicator");
    case Field::ComputedSchedule: return tr("Computed schedule indicator");
    case Field::Sequence: return tr("Sequence");
    case Field::ApprovedDate: return tr("Approved");
    case Field::Note: return tr("English note");
    case Field::DecidedOn: return tr("Decision date");
    case Field::Authority: return tr("Authority");
    case Field::TextEn: return tr("English text");
    case Field::TextFr: return tr("French text");
    case Field::BudgetChange: return tr("Budget change");
    case Field::ChangedAt: return tr("Changed");
    case Field::FromStatus: return tr("Previous status");
    case Field::ToStatus: return tr("New status");
    case Field::Author: return tr("Author");
    case Field::Label: return tr("English label");
    case Field::AsOf: return tr("As of");
    case Field::FrozenAt: return tr("Frozen");
    case Field::SurveyDate: return tr("Survey date");
    case Field::InternalFte: return tr("Internal FTEs");
    case Field::ExternalFte: return tr("External FTEs");
    case Field::CoreFunction: return tr("Core function");
    case Field::FiscalYear: return tr("Fiscal year");
    case Field::PlannedNeeds: return tr("Planned needs");
    case Field::Granted: return tr("Granted");
    case Field::Committed: return tr("Committed");
    case Field::Section: return tr("Section");
    case Field::Position: return tr("Position");
    case Field::Origin: return tr("Origin");
    case Field::PortfolioUuid: return tr("Portfolio identifier");
    case Field::BaseChangeset: return tr("Taken at change");
    case Field::BaseChangesetUuid: return tr("Taken at change (identifier)");
    case Field::OrganizationCode: return tr("Organization code");
    case Field::FileName: return tr("File name");
    case Field::CopyUuid: return tr("Copy identifier");
    case Field::CopyChangeset: return tr("Last change merged");
    case Field::CopyMerge: return tr("Merge");
    case Field::Item: return tr("Item");
    case Field::ItemUuid: return tr("Item identifier");
    case Field::ItemKey: return tr("Item key");
    case Field::FieldName: return tr("Field");
    case Field::Action: return tr("Action");
    case Field::OldValue: return tr("Value in this file");
    case Field::NewValue: return tr("Value in the copy");
    case Field::CioTitle: return tr("CIO's title");
    case Field::CioTitleFr: return tr("CIO's title in French");
    case Field::CioContact: return tr("CIO's contact");
    case Field::LabelFr: return tr("French label");
    case Field::CommentFr: return tr("French comment");
    case Field::NoteFr: return tr("French note");
    case Field::ExternalRiskThreshold: return tr("At-risk threshold (external share)");
    case Field::Touched: return tr("Last updated");
    case Field::Count: break;
    }
    return QString();
}

} // namespace Vigie
