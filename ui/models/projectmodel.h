#pragma once

#include "analysis/projectquery.h"
#include "analysis/staleness.h"
#include "models/lookup.h"
#include "models/rowfilter.h"
#include "storage/change.h"
#include "storage/entity.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

#include <memory>
#include <optional>
#include <unordered_map>

namespace Vigie {

class Document;
class Editor;
class PortfolioFile;

// The portfolio table: one row per project, never the whole portfolio in memory. SQLite filters and
// sorts (core/analysis/projectquery.h); the model holds the row ids of the answer in order (8 bytes a
// project: 8 MB at a million) and reads the rows the view shows by id, a window of 128 at a time, keeping
// a few thousand. On a large file the queries run on a worker thread with its own connection, so the
// window never waits for a sort or a search over a million rows; a newer query stops an older one. On a
// small file they run at once. Edits go through the Editor; after the file's `changed` notification the
// changed rows are read again and the query runs again (an edit may move a row or take it out of the filter),
// keeping the current and selected rows where they are.
class ProjectModel : public QAbstractTableModel, public FilterableModel, public SelfFilteringModel
{
    Q_OBJECT
public:
    // Indicators come right after the names: they are what the table is read for.
    // Variances against the latest baseline and the original one side by side: a project raised to green
    // by a re-authorization shows its overrun against its first authorization.
    // When each project was last updated comes right after its colours: how fresh they are.
    enum Column { Code, Name, Organization, Cost, Schedule, Overall, Updated, Budget, ForecastCost, PlannedEnd,
                  ForecastEnd, CostVariance, CostVarianceOriginal, ScheduleVariance, ScheduleVarianceOriginal, Phase,
                  State, ColumnCount };

    explicit ProjectModel(Document *document);
    ~ProjectModel() override;

    // Reads everything again from the file (changes notified by the document need not call it).
    void reload();
    // A query is running on the worker thread (the rows shown are the previous answer's).
    bool isLoading() const { return m_pendingGeneration != 0; }
    // Answers the latest query now, on this thread (tests; a caller that needs the rows at once).
    void loadAll();

    // The project shown on `row`, read from the file when not in the window kept; valid until the next
    // call that reads rows (project(), data()).
    const Project *project(int row) const;
    // How many projects the model holds in memory (the window of rows read recently): at most a few
    // thousand, however large the file. An answer from the worker comes with its first rows.
    int rowsInMemory() const { return int(m_recent.size() + m_older.size()); }
    // Row of the project in the current order and filter, or -1.
    int rowOf(const QString &uuid) const;
    // Projects of the file in this state, whatever the filter (the Projects status line: "3 completed only (15)").
    int countInState(ProjectState state) const { return m_counts.inState[int(state)]; }
    // Not touched since the latest frozen period: shown greyed, with the date (analysis/staleness.h).
    bool isStale(int row) const;
    const StaleReference &staleReference() const { return m_stale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const RowFilter &filter) override;
    const RowFilter &filter() const { return m_filter; }
    int totalRows() const override { return m_counts.total; }
    bool canQueryAgain() const override;
    RowFilter shownFilter() const override { return m_shownFilter; }
    std::pair<int, Qt::SortOrder> shownOrder() const override { return m_shownOrder; }
    bool rowMatches(int row, const QModelIndex &parent, const RowFilter &filter) const override;
    int filterCapabilities() const override
    {
        return FilterText | FilterOrganization | FilterHealth | FilterTranslation | FilterState | FilterFlags;
    }
    // Whether a project shows `flag` (declared ≠ computed, declared greener, stale, serving no measure).
    bool hasFlag(const Project &project, RowFlag flag) const;
    // Projects of the file that show `flag`, whatever the filter (the Projects status line); -1 for
    // NoMeasure, which the model does not count.
    int countWithFlag(RowFlag flag) const;
    // A rated declared colour better than a rated computed one (Green < Yellow < Red).
    static bool isGreener(Health declared, Health computed);

    static QString columnLabel(int column);

public Q_SLOTS:
    void retranslate();

Q_SIGNALS:
    // A query started (loading, 0, 0) or its answer arrived (false, rows, rows).
    void loadingChanged(bool loading, int loaded, int total);

private:
    struct Worker;
    struct Answer
    {
        QVector<RowId> ids;
        std::optional<ProjectCounts> counts; // asked only when the file changed
        QString error;
        // The error is the loss of the worker's own connection to the server, which it could not make
        // again: not damage.
        bool connectionLost = false;
        bool partial = false; // the first screen of a large answer still being computed
        // The first rows of the answer, read with it on the worker: the view paints them without
        // reading the file on the GUI thread. Empty when read at once (a small file).
        QList<Project> rows;
    };

    ProjectQuery currentQuery() const;
    // Runs the query again: at once on a small file, else on the worker (the answer arrives later).
    void requery();
    // The worker thread's loop (projectmodelworker.cpp): answers the newest query on a connection of
    // its own until the model quits.
    void serveQueries(Worker *worker, const QString &path);
    static Answer answer(const PortfolioFile &file, const ProjectQuery &query, bool withCounts);
    void apply(Answer answer);
    void onChanged(const Change &change);
    void forget(const QSet<RowId> &ids) const;

    Document *m_document = nullptr;
    PortfolioFile *m_file = nullptr;
    Editor *m_editor = nullptr;
    Lookup m_lookup;
    RowFilter m_filter;
    int m_sortColumn = Code;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // What the rows shown answer (the filter and order asked, once their answer came).
    RowFilter m_shownFilter;
    std::pair<int, Qt::SortOrder> m_shownOrder { Code, Qt::AscendingOrder };
    QVector<RowId> m_ids; // the rows shown, in order
    ProjectCounts m_counts;
    // The window kept: rows read recently, by id. Two generations bound it (at most 2 × kKeep rows).
    mutable std::unordered_map<RowId, std::unique_ptr<Project>> m_recent;
    mutable std::unordered_map<RowId, std::unique_ptr<Project>> m_older;
    std::unique_ptr<Worker> m_worker;
    int m_generation = 0;
    int m_pendingGeneration = 0; // the worker's query not answered yet (0: none)
    bool m_countsStale = true; // the file changed since the counts were made
    bool m_background = false; // a large file: queries run on the worker
    StaleReference m_stale;
};

} // namespace Vigie
