#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include "analysis/jsonwriter.h"

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QSet>

namespace Vigie {

class PortfolioFile;
struct Summary;

// What a user expects to be told about the strategy without asking: measures whose status and percent
// disagree, measures past due and not completed, and the gaps between the strategy, the projects and the
// money. Computed from the file's current values as of a date; the Strategy view flags each measure,
// the Overview and `vigie summary` count them.

// The flags of one measure (bits).
enum MeasureFlag {
    NoMeasureFlag = 0,
    InconsistentFlag = 1, // "not started" with a percent above 0, or "completed" below 100%
    OverdueFlag = 2,      // due before the as-of date and neither completed nor cancelled
    NoProjectFlag = 4,    // under way with no project serving it
};

// The counts `vigie summary --json` prints as measures.flags and links.
struct StrategyChecks
{
    QDate asOf;
    int inconsistent = 0;
    int overdue = 0;
    int measuresWithoutProject = 0; // under way, and no project serves them
    int projectsWithoutMeasure = 0; // active, and serving no measure
    int envelopesOvercommitted = 0; // committed beyond what was granted (any fiscal year)
};

class MeasureChecks
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MeasureChecks)
public:
    // The flags of a measure as of `asOf`; `projects` is how many projects serve it (-1: unknown, then
    // NoProjectFlag is never set).
    static unsigned flags(const Measure &measure, const QDate &asOf, int projects = -1);
    static bool isInconsistent(MeasureStatus status, double percentComplete);
    static bool isOverdue(const Measure &measure, const QDate &asOf);
    // One translated line per flag, for tooltips and details: "Not started, yet 40% complete".
    static QStringList describe(const Measure &measure, unsigned flags, const QLocale &locale);

    // The counts over the whole file, with SQL aggregates (instant at 2,000 measures and a million
    // projects).
    static bool compute(const PortfolioFile &file, const QDate &asOf, StrategyChecks *checks, QString *error);
    // The same beside a summary of the same file, which counted the active projects serving no measure in
    // its own scan of the projects (Summary::activeWithoutMeasure): two scans fewer.
    static bool compute(const PortfolioFile &file, const QDate &asOf, const Summary &summary, StrategyChecks *checks,
                        QString *error);

    // Adds measures.flags {"inconsistent", "overdue"} and links {"measures_without_project",
    // "projects_without_measure", "envelopes_overcommitted"} to a summary's JSON (SummaryBuilder::toJson).
    static void addToJson(JsonTree *summary, const StrategyChecks &checks);
    // Member names addToJson writes that hold integers (jsonwriter.h).
    static QSet<QString> jsonIntegerKeys();
    // The same as translated lines, for `vigie summary` in text.
    static QString toText(const StrategyChecks &checks, const QLocale &locale);
    // The counts as toText words them ("134 active projects serving no measure"): the Overview links each
    // to the list it counts.
    static QString inconsistentText(int count);
    static QString overdueText(int count);
    static QString measuresWithoutProjectText(int count);
    static QString projectsWithoutMeasureText(int count);
};

// A project as the strategy shows it beside a measure: its code, name and overall colour.
struct LinkedProject
{
    RowId id = 0;
    QString uuid;
    QString code;
    BilingualText name;
    ProjectState state = ProjectState::Active;
    Health overall = Health::Unrated; // effective: declared where set, else computed
};

// How the strategy, the projects and the envelopes are tied together. A project serves measures through
// explicit links (project_measure: made in the application or by the projects import's `measures`
// column). A project draws on its organization's envelope: the envelope is implied by the project's
// organization and the fiscal year, so there is no second link to keep in step when a project changes
// organization, and changing a project's organization is how it moves to another envelope.
class StrategyLinks
{
public:
    // How many projects serve each measure (measures served by none are left out): one pass over the
    // links' measure index, nothing of the projects read (a million projects).
    static QHash<RowId, int> projectCountsByMeasure(const PortfolioFile &file);
    // The projects serving each measure, by measure row key, in project code order.
    static QHash<RowId, QList<LinkedProject>> projectsByMeasure(const PortfolioFile &file);
    static QList<LinkedProject> projectsOfMeasure(const PortfolioFile &file, RowId measureId);
    // The measures a project serves, as row keys in measure number order.
    static QList<RowId> measuresOfProject(const PortfolioFile &file, RowId projectId);

    // The fiscal year (its first calendar year) `date` falls in, for a year starting in `startMonth`.
    static int fiscalYearOf(const QDate &date, int startMonth);
    // The envelope a project draws on in `fiscalYear`: its organization's, when there is one.
    static std::optional<Envelope> envelopeOf(const PortfolioFile &file, RowId projectId, int fiscalYear);
    // The active projects of the organization an envelope belongs to.
    static QList<LinkedProject> projectsOfEnvelope(const PortfolioFile &file, RowId envelopeId);
    static bool isOvercommitted(const Envelope &envelope) { return envelope.committed > envelope.granted; }
};

} // namespace Vigie
