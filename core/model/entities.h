#pragma once

#include "health.h"
#include "measurestatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <algorithm>
#include <functional>
#include <iterator>
#include <optional>

// Plain value types of the portfolio. They carry the integer key (valid inside one file) and the
// stable UUID (valid across copies of a file); storage fills both, the rest of the program only reads.
namespace Vigie {

using RowId = qint64;

// A text that exists in both official languages.
struct BilingualText
{
    QString en;
    QString fr;

    // The text in `language` ("en" or "fr"), falling back to the other one; `fellBack` tells which.
    // What exports, JSON and the journal use: the stored text, unmarked.
    QString in(const QString &language, bool *fellBack = nullptr) const;
    // The same for a reader: the other language's text is marked (" ‡"), so a missing translation
    // falls back visibly (tables, charts, briefings; the desktop's Lookup::display).
    QString shown(const QString &language, bool *fellBack = nullptr) const;
    static QString fallbackMarker() { return QStringLiteral(" \u2021"); }
    bool isComplete() const { return !en.trimmed().isEmpty() && !fr.trimmed().isEmpty(); }
};

struct PortfolioInfo
{
    QString uuid;
    QString name;
    QString jurisdiction;
    QString currency = QStringLiteral("CAD");
    int fiscalYearStartMonth = 4;
    QString defaultLanguage = QStringLiteral("en");
    QString cioName;
    QString classification;
    QString healthRule; // serialized HealthRule, see rules/healthrule.h
    QString nameFr;     // the portfolio's name in French ("" when it has none: `name` is shown)
    BilingualText cioTitle; // "Chief Information Officer" / « Dirigeant principal de l'information »
    QString cioContact;     // e-mail or telephone, printed under the CIO's name

    // The name in `language` ("en"/"fr"), the other one when it has none.
    QString displayName(const QString &language) const { return BilingualText { name, nameFr }.in(language); }
};

struct Organization
{
    RowId id = 0;
    QString uuid;
    QString code;
    BilingualText name;
    QString kind; // "ministry" or "agency"
};

struct Plan
{
    RowId id = 0;
    QString uuid;
    QString code;
    BilingualText title;
    QDate start;
    QDate end;
};

struct KeyArea
{
    RowId id = 0;
    QString uuid;
    RowId planId = 0;
    int number = 0;
    BilingualText title;
    QString planCode; // the plan's, read with the area (several plans number their areas alike)
};

// Several plans number their key areas alike ("Key area 1" in each): whether `areas` span more than one
// plan (`planCodeOf` gives an area's plan code), and an area's label with its plan's code in front when
// they do. The Overview, the summary, the charts and the filter bars name areas so.
template <typename Areas, typename PlanCodeOf>
bool spansSeveralPlans(const Areas &areas, PlanCodeOf planCodeOf)
{
    return std::any_of(std::begin(areas), std::end(areas), [&](const auto &a) {
        return std::invoke(planCodeOf, a) != std::invoke(planCodeOf, *std::begin(areas));
    });
}
inline QString withPlanCode(const QString &label, const QString &planCode, bool severalPlans)
{
    return severalPlans ? planCode + QStringLiteral(" · ") + label : label;
}

struct Measure
{
    RowId id = 0;
    QString uuid;
    RowId keyAreaId = 0;
    int number = 0;
    BilingualText title;
    RowId ownerId = 0; // organization, 0 = none
    QDate due;
    MeasureStatus status = MeasureStatus::NotStarted;
    double percentComplete = 0.0;
    QString comment;
    QString commentFr = QString(); // the French form, "" when there is none
    QDateTime touched; // last edited, imported, merged or confirmed; invalid: unknown (analysis/staleness.h)

    BilingualText commentText() const { return { comment, commentFr }; }
};

// A measure's reported state: what a status update changes and what its history row records.
struct MeasureState
{
    MeasureStatus status = MeasureStatus::NotStarted;
    double percentComplete = 0.0;
    QString comment;
    QString commentFr = QString(); // the French form, "" when there is none

    // The state as stored: a completed measure is 100% complete (the one rule, applied by every edit).
    MeasureState normalized() const;

    bool operator==(const MeasureState &o) const
    {
        return status == o.status && percentComplete == o.percentComplete && comment == o.comment
            && commentFr == o.commentFr;
    }
    bool operator!=(const MeasureState &o) const { return !(*this == o); }
};

struct MeasureStatusChange
{
    RowId id = 0;
    QString uuid;
    RowId measureId = 0;
    QDateTime when;
    MeasureStatus from = MeasureStatus::NotStarted;
    MeasureStatus to = MeasureStatus::NotStarted;
    double percentComplete = 0.0;
    QString comment;
    QString author;
    QString commentFr = QString(); // the French form, "" when there is none

    BilingualText commentText() const { return { comment, commentFr }; }
};

enum class ProjectState { Active = 0, Completed = 1, Cancelled = 2 };

// The state as stored in the file ("active", "completed", "cancelled"); anything else reads as active.
ProjectState projectStateFromKey(const QString &key);
QString projectStateKey(ProjectState state);

class ProjectStateText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectStateText)
public:
    static QString label(ProjectState state); // "Active", « Actif »
    // The key a cell names ("active"): the key, or the word in English or French, case aside; "" for none.
    static QString keyOf(const QString &word);
};

struct Baseline
{
    RowId id = 0;
    QString uuid;
    RowId projectId = 0;
    int sequence = 0; // 0 = original, then each re-authorization
    QDate approved;
    double budget = 0.0;
    QDate plannedStart;
    QDate plannedEnd;
    QString note; // why it was (re-)authorized
    QString noteFr = QString();
    QString authority = QString(); // who authorized it ("Treasury Board"), "" when not recorded

    BilingualText noteText() const { return { note, noteFr }; }
};

struct Project
{
    RowId id = 0;
    QString uuid;
    QString code;
    BilingualText name;
    QString description;
    RowId organizationId = 0;
    QString phase;
    ProjectState state = ProjectState::Active;
    // Current authorized baseline (the latest one) and the original, kept in step with `Baseline` rows.
    double budget = 0.0;
    QDate plannedStart;
    QDate plannedEnd;
    double originalBudget = 0.0;
    QDate originalEnd;
    std::optional<double> actualCost;
    std::optional<double> forecastCost;
    QDate forecastEnd;
    QDate delivered;
    // Variances reported by the source, in percent; they win over computed ones.
    std::optional<double> reportedCostVariance;
    std::optional<double> reportedScheduleVariance;
    Health declaredCost = Health::Unrated;
    Health declaredSchedule = Health::Unrated;
    Health declaredOverall = Health::Unrated;
    Health computedCost = Health::Unrated;
    Health computedSchedule = Health::Unrated;
    QDateTime touched; // last edited, imported, merged or confirmed; invalid: unknown (analysis/staleness.h)

    Health computedOverall() const { return worse(effectiveCost(), effectiveSchedule()); }
    Health effectiveCost() const { return effective(declaredCost, computedCost); }
    Health effectiveSchedule() const { return effective(declaredSchedule, computedSchedule); }
    Health effectiveOverall() const { return effective(declaredOverall, computedOverall()); }
};

struct Decision
{
    RowId id = 0;
    QString uuid;
    RowId projectId = 0;
    QDate date;
    QString authority;
    QString kind;
    BilingualText text;
    std::optional<double> budgetChange;
};

struct ReportingPeriod
{
    RowId id = 0;
    QString uuid;
    QString label;
    QString labelFr; // the French label, "" when the period has none
    QDate asOf;
    QDateTime frozenAt;
};

struct Specialty
{
    RowId id = 0;
    QString uuid;
    QString code;
    BilingualText name;
    bool coreFunction = false; // one of the functions the strategy wants internalized
};

struct WorkforceRecord
{
    RowId id = 0;
    QString uuid;
    RowId organizationId = 0;
    RowId specialtyId = 0;
    QDate survey;
    double internalFte = 0.0;
    double externalFte = 0.0;
};

struct Envelope
{
    RowId id = 0;
    QString uuid;
    int fiscalYear = 0; // the calendar year the fiscal year starts in
    RowId organizationId = 0;
    double plannedNeeds = 0.0;
    double granted = 0.0;
    double committed = 0.0;

    double gap() const { return plannedNeeds - granted; }
};

// The four sections of the PSCIOC information-sharing template.
enum class BriefingSection { Accomplishments = 1, Priorities = 2, IssuesAndNeeds = 3, CouncilTopics = 4 };

struct BriefingItem
{
    RowId id = 0;
    QString uuid;
    RowId periodId = 0;
    BriefingSection section = BriefingSection::Accomplishments;
    int position = 0;
    BilingualText text;
    RowId measureId = 0;
    RowId projectId = 0;
    QString origin; // "drafted" or "free"
};

struct JournalEntry
{
    RowId id = 0;
    QString entity;
    QString entityUuid;
    QString field;
    QString oldValue;
    QString newValue;
    QDateTime when;
    QString author;
};

QString fiscalYearLabel(int startYear); // "2016-2017"

} // namespace Vigie
