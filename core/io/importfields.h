#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Vigie {

// The kinds of data a CSV file can bring into a portfolio, each with its own fields (below), mapped and
// converted by the same machinery (ImportMapping, RowConverter) and imported as one undoable edit.
enum class ImportKind { Projects, Organizations, Measures, Workforce, Envelopes };
inline constexpr int kImportKindCount = int(ImportKind::Envelopes) + 1;

// The project fields a CSV column can feed, in the order of ImportFields::of(ImportKind::Projects).
// Their names (ImportFields::name()) are the keys of a mapping file and the headers of Vigie's own
// project export, so an export re-imports with the default mapping.
enum class ImportField {
    Code,
    Name,
    NameFr,
    Organization,
    Description,
    Phase,
    Budget,
    OriginalBudget,
    ActualCost,
    ForecastCost,
    CostVariancePercent,
    Start,
    PlannedEnd,
    ForecastEnd,
    ScheduleVariancePercent,
    CostDeclared,
    ScheduleDeclared,
    OverallDeclared,
    State,              // active, completed, cancelled
    OriginalPlannedEnd, // the original baseline's planned end (a re-baselined project's first plan)
    Measures, // numbers of the measures the project serves, separated by ";"
};
constexpr int kImportFieldCount = int(ImportField::Measures) + 1;

// Fields of the other kinds, by index in their kind's list.
namespace OrganizationField { enum { Code, Name, NameFr, Kind, Count }; }
namespace MeasureField {
enum { Plan, PlanFr, Area, AreaTitle, AreaTitleFr, Number, Title, TitleFr, Owner, Due, Status, Percent, Comment, CommentFr,
       Count };
}
namespace WorkforceField {
enum { Organization, Specialty, SpecialtyName, SpecialtyNameFr, CoreFunction, SurveyDate, Internal, External, Count };
}
namespace EnvelopeField { enum { FiscalYear, Organization, PlannedNeeds, Granted, Committed, Count }; }

// Room for the fields of any kind (fixed-size rows: no allocation per record on 100,000-row imports).
constexpr int kMaxImportFields = 24;
static_assert(kImportFieldCount <= kMaxImportFields);
using ImportIndexes = std::array<int, kMaxImportFields>; // 0-based column of each field, -1 when not read

// What a cell holds, hence how it is read (ValueParser) and checked.
enum class FieldKind {
    Text,
    Money,      // amounts: ≥ 0, scaled by the mapping's money_scale
    Percent,    // "12.5", "12,5 %"
    Date,
    Health,     // green, yellow, red (or vert, jaune, rouge…), empty = unrated
    Integer,    // whole numbers from 1 (key area and measure numbers)
    Quantity,   // numbers ≥ 0 (FTEs)
    Status,     // not_started, under_way, completed, cancelled
    State,      // a project's: active, completed, cancelled
    Flag,       // yes/no, true/false, 1/0, oui/non
    FiscalYear, // 2016, 2016-2017, 2016-17
    MeasureList, // "9; 10; QC-2015:12": measures by number, or by plan code and number (MeasureReferences)
    OrgKind,    // ministry, agency
};

class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ImportMapping)
public:
    static int count(ImportKind kind);
    // The field's key in mapping files and default headers ("code", "area_title_fr", …).
    static QString name(ImportKind kind, int field);
    // The same key without a copy (static text), for the checks every row of an import makes.
    static QLatin1String key(ImportKind kind, int field);
    static std::optional<int> fromName(ImportKind kind, const QString &name);
    // The header of the field's column in Vigie's export where it is not the field's name ("internal_fte"
    // for "internal"); "" otherwise. A column named after the field is looked for under it too.
    static QString exportName(ImportKind kind, int field);
    // The fields holding a kind's figures (workforce: the FTEs; envelopes: the amounts), of which a file
    // must give at least one: without any, every row would import as zeros. Empty for other kinds.
    static QList<int> figures(ImportKind kind);
    static FieldKind fieldKind(ImportKind kind, int field);
    // Translated label for dialogs ("Authorized budget", "Key area number", …).
    static QString label(ImportKind kind, int field);
    // The same label in `language` ("en" or "fr"), whatever language is installed (Language::textIn).
    static QString labelIn(ImportKind kind, int field, const QString &language);
    // A field every row needs (the row's key): an explicit mapping must name its column, and a row
    // with the cell empty is refused.
    static bool isRequired(ImportKind kind, int field);

    // "projects", "organizations", "measures", "workforce", "envelopes": command-line options and logs.
    static QString kindName(ImportKind kind);
    static std::optional<ImportKind> kindFromName(const QString &name);
    // Translated, for messages and undo texts ("Projects", « Mesures »).
    static QString kindLabel(ImportKind kind);
};

} // namespace Vigie
