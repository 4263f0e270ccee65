#pragma once

#include "analysis/staleness.h"
#include "models/lookup.h"
#include "models/rowfilter.h"
#include "storage/change.h"
#include "storage/entity.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QVector>

#include <memory>

namespace Vigie {

class Document;
class Editor;
class PortfolioFile;

// The portfolio table: one row per project. Loads in chunks (keyset pages of the file) so a
// 100,000-project file fills in while the window stays responsive: a large file is read on a worker
// thread and its rows are appended as they come (at most 20,000 per event-loop turn); a small one is
// read from the event loop, about 20 ms of reading per turn. Edits go through
// the Editor; the file's `changed` signal refreshes the one row that changed.
class ProjectModel : public QAbstractTableModel, public FilterableModel
{
    Q_OBJECT
public:
    // Reads every row again from the file (changes notified by the document need not call it).
    void reload();
    // Indicators come right after the names: they are what the table is read for.
    // Variances against the latest baseline and the original one side by side: a project raised to green
    // by a re-authorization shows its overrun against its first authorization.
    // When each project was last updated comes right after its colours: how fresh they are.
    enum Column { Code, Name, Organization, Cost, Schedule, Overall, Updated, Budget, ForecastCost, PlannedEnd,
                  ForecastEnd, CostVariance, CostVarianceOriginal, ScheduleVariance, ScheduleVarianceOriginal, Phase,
                  State, ColumnCount };

    explicit ProjectModel(Document *document);
    ~ProjectModel() override;
    bool isLoading() const { return m_loading; }
    void setChunkSize(int rows) { m_chunk = rows; }
    // Loads everything now (tests, small files).
    void loadAll();

    const Project *project(int row) const;
    // Projects loaded in this state (the Projects status line: "3 completed only (15)").
    int countInState(ProjectState state) const { return m_stateCounts[int(state)]; }
    int rowOf(const QString &uuid) const { return m_rowOfUuid.value(uuid, -1); }
    // Not touched since the latest frozen period: shown greyed, with the date (analysis/staleness.h).
    bool isStale(int row) const { return m_stale.isStale(m_rows.at(row).project); }
    const StaleReference &staleReference() const { return m_stale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool rowMatches(int row, const QModelIndex &parent, const RowFilter &filter) const override;
    int filterCapabilities() const override
    {
        return FilterText | FilterOrganization | FilterHealth | FilterTranslation | FilterState | FilterFlags;
    }
    // Whether a project shows `flag` (declared ≠ computed, declared greener).
    bool hasFlag(const Project &project, RowFlag flag) const;
    // Projects loaded that show `flag` (the Projects status line).
    int countWithFlag(RowFlag flag) const;
    // A rated declared colour better than a rated computed one (Green < Yellow < Red).
    static bool isGreener(Health declared, Health computed);

    static QString columnLabel(int column);

public Q_SLOTS:
    void retranslate();

Q_SIGNALS:
    void loadingChanged(bool loading, int loaded, int total);

private:
    struct Row
    {
        Project project;
        QString searchKey;
    };
    // Reads a large file on a worker thread (its own connection), handing rows over as they come.
    struct Reader;

    void loadChunk();
    void startReader();
    void stopReader();
    void takeRead();
    void appendRows(QVector<Row> rows);
    void reportProgress();
    Row makeRow(const Project &p) const { return makeRow(m_lookup, p); }
    static Row makeRow(const Lookup &lookup, const Project &p);
    void onChanged(const Change &change);

    PortfolioFile *m_file = nullptr;
    Editor *m_editor = nullptr;
    Lookup m_lookup;
    QVector<Row> m_rows;
    QHash<QString, int> m_rowOfUuid;
    RowId m_lastId = 0;
    int m_total = 0;
    int m_chunk = 1000; // ~5 ms of reading; a turn of the event loop reads several
    QElapsedTimer m_sinceReport;
    std::shared_ptr<Reader> m_reader;
    bool m_loading = false;
    int m_stateCounts[3] = { 0, 0, 0 };
    int m_generation = 0;
    StaleReference m_stale;
};

} // namespace Vigie
