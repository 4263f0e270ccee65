#pragma once

#include "model/entities.h"
#include "model/health.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>
#include <QVector>

#include <functional>

namespace Vigie {

class PortfolioFile;

// What the Projects table asks of the file: which projects, in which order. SQLite filters and sorts;
// the table holds only the row ids of the answer (8 bytes a project) and reads the rows it shows by id,
// a window at a time, so a million-project file never sits in memory. A portfolio on a server gives the
// same ids in the same order (what the server spells otherwise: storage/sqldialect.h).
struct ProjectQuery
{
    // The table's columns, in the table's order (ProjectModel::Column).
    enum class Sort { Code, Name, Organization, Cost, Schedule, Overall, Updated, Budget, ForecastCost, PlannedEnd,
                      ForecastEnd, CostVariance, CostVarianceOriginal, ScheduleVariance,
                      ScheduleVarianceOriginal, Phase, State };
    enum class Only { Any, DeclaredDiffers, DeclaredGreener, Listed, Stale, NoMeasure };

    QString text;            // lower-cased; in the code, both names or the organization's code and names
    RowId organizationId = 0; // 0 = any
    int state = -1;          // ProjectState, -1 = any
    int health = -1;         // the effective colour (Health) of `indicator`, -1 = any
    Indicator indicator = Indicator::Overall;
    bool missingTranslation = false; // a name missing in one language
    Only only = Only::Any;
    QSet<RowId> listed; // Only::Listed: these projects (the Overview's movers)
    QDate staleBefore;  // Only::Stale: the latest frozen period's as-of date (invalid: nothing is stale)
    Sort sort = Sort::Code;
    bool descending = false;
    QString language = QStringLiteral("en"); // which name the Name column shows (and sorts by)
};

// Counts over every project of the file (the Projects status line, whatever the filter).
struct ProjectCounts
{
    int total = 0;
    int inState[3] = { 0, 0, 0 }; // by ProjectState
    int declaredDiffers = 0;
    int declaredGreener = 0;
    int stale = 0; // analysis/staleness.h, against the `staleBefore` given
};

class ProjectQueries
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectQueries)
public:
    // The ids of the projects `query` selects, in its order (ties in row order, ascending or not, as a
    // stable sort keeps them). `cancelled` is asked every few thousand steps of SQLite's work: a newer
    // query makes this one stop early (false, empty *error). A server's statement runs to its end; the answer
    // of a query cancelled meanwhile is dropped the same way.
    // `limit` > 0: the first rows only (a first screen while the whole answer is computed).
    static bool ids(const PortfolioFile &file, const ProjectQuery &query, QVector<RowId> *out, QString *error,
                    const std::function<bool()> &cancelled = {}, int limit = 0);
    // Whether asking the first rows of `query` before the whole answer shows a screen sooner: when the
    // order has an index they come without reading every project; otherwise SQLite still reads every
    // row but keeps only the best few (no sort of the whole answer, no million ids written), about a
    // third of the whole answer's time at a million projects. Not for the Overview's short lists.
    static bool firstScreenFirst(const ProjectQuery &query) { return query.only != ProjectQuery::Only::Listed; }
    static bool counts(const PortfolioFile &file, const QDate &staleBefore, ProjectCounts *out, QString *error);
};

} // namespace Vigie
