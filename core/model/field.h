#pragma once

#include <QtGlobal>

namespace Vigie {

// The fields of the portfolio's rows, as the rest of the program names them: views, commands and change
// notifications speak in fields, and only core/storage knows which column of which table holds one
// (storage/fields.h). One enum for every entity, since most fields (Code, names, titles) are shared; a
// field an entity does not have is refused by storage.
enum class Field : quint8 {
    // Labels and identity
    Code,
    Number,
    NameEn,
    NameFr,
    TitleEn,
    TitleFr,
    Kind,
    Description,
    // Portfolio properties
    Jurisdiction,
    Currency,
    FiscalYearStart,
    DefaultLanguage,
    CioName,
    Classification,
    HealthRule,
    // References to other rows (stored as their row keys)
    Organization,
    Plan,
    KeyArea,
    Measure,
    Project,
    Period,
    Specialty,
    Owner,
    // Plans and measures
    StartDate,
    EndDate,
    DueDate,
    Status,
    PercentComplete,
    Comment,
    // Projects
    Phase,
    State,
    Budget,
    PlannedStart,
    PlannedEnd,
    OriginalBudget,
    OriginalEnd,
    ActualCost,
    ForecastCost,
    ForecastEnd,
    DeliveredDate,
    ReportedCostVariance,
    ReportedScheduleVariance,
    DeclaredCost,
    DeclaredSchedule,
    DeclaredOverall,
    ComputedCost,
    ComputedSchedule,
    // Baselines and decisions
    Sequence,
    ApprovedDate,
    Note,
    DecidedOn,
    Authority,
    TextEn,
    TextFr,
    BudgetChange,
    // Status history
    ChangedAt,
    FromStatus,
    ToStatus,
    Author,
    // Reporting periods
    Label,
    AsOf,
    FrozenAt,
    // Workforce and envelopes
    SurveyDate,
    InternalFte,
    ExternalFte,
    CoreFunction,
    FiscalYear,
    PlannedNeeds,
    Granted,
    Committed,
    // Briefing items
    Section,
    Position,
    Origin,
    // Copies sent to organizations and merged back
    PortfolioUuid,
    BaseChangeset,
    BaseChangesetUuid,
    OrganizationCode,
    FileName,
    CopyUuid,
    CopyChangeset,
    CopyMerge,
    Item,
    ItemUuid,
    ItemKey,
    FieldName,
    Action,
    OldValue,
    NewValue,
    // Portfolio properties, periods and bilingual stored text added with schema 3
    CioTitle,
    CioTitleFr,
    CioContact,
    LabelFr,
    CommentFr,
    NoteFr,
    ExternalRiskThreshold,
    // When a project or measure was last touched: edited, imported, merged or confirmed (schema 5)
    Touched,

    Count // not a field: the number of fields
};

inline constexpr int kFieldCount = int(Field::Count);

} // namespace Vigie
