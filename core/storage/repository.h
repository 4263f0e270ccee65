#pragma once

#include "model/codematch.h"
#include "model/entities.h"

#include <QList>
#include <QVector>

#include <optional>

namespace Vigie {

class PortfolioFile;

// Reads rows of the portfolio as value types, for the views. Every query the UI needs lives here so
// that ui/ never runs SQL. Readers are cheap to call repeatedly: one bound query each.
class Repository
{
public:
    static QList<Organization> organizations(const PortfolioFile &file);
    static QList<Plan> plans(const PortfolioFile &file);
    static QList<KeyArea> keyAreas(const PortfolioFile &file);
    static QList<Measure> measures(const PortfolioFile &file);
    static std::optional<Measure> measure(const PortfolioFile &file, const QString &uuid);
    // Measures carrying `number` (one per plan at most), for commands that name measures by number.
    static QList<Measure> measuresNumbered(const PortfolioFile &file, int number);
    static QList<MeasureStatusChange> measureHistory(const PortfolioFile &file, RowId measureId);

    // Projects in id order, `limit` at a time after `afterId` (keyset paging), so a view can load a
    // 100,000-project file in chunks without blocking.
    static QList<Project> projects(const PortfolioFile &file, RowId afterId, int limit);
    static std::optional<Project> project(const PortfolioFile &file, const QString &uuid);
    // The projects of these row ids, in the order given (ids no longer in the file are left out): a
    // window of a table that holds only the ids of its rows (ProjectQueries).
    static QList<Project> projectsByIds(const PortfolioFile &file, const QVector<RowId> &ids);
    static std::optional<Project> projectByCode(const PortfolioFile &file, const QString &code);
    // The project code a person typed names (CodeMatch): a project's code as typed, else the only one
    // that is the same ignoring case ("gc-01" finds GC-01), else none, listing several that are.
    static CodeMatch matchProjectCode(const PortfolioFile &file, const QString &code);
    // The first `limit` projects, by code, whose code starts with `prefix` as typed or in capitals ("sct"
    // offers SCT-01): a range of the code's index, as fast at a million projects as at ten.
    static QList<Project> projectsByCodePrefix(const PortfolioFile &file, const QString &prefix, int limit);
    static int projectCount(const PortfolioFile &file);
    static QList<Decision> decisions(const PortfolioFile &file, RowId projectId);
    // A project's baselines: the original (sequence 0), then each re-authorization.
    static QList<Baseline> baselines(const PortfolioFile &file, RowId projectId);

    static QList<Specialty> specialties(const PortfolioFile &file);
    // Workforce records of one survey (invalid: the latest, the current portrait).
    static QList<WorkforceRecord> workforce(const PortfolioFile &file, const QDate &survey = QDate());
    static std::optional<WorkforceRecord> workforceRecord(const PortfolioFile &file, const QString &uuid);

    static QList<Envelope> envelopes(const PortfolioFile &file);
    static std::optional<Envelope> envelope(const PortfolioFile &file, const QString &uuid);
};

} // namespace Vigie
