#pragma once

#include "analysis/staleness.h"
#include "models/lookup.h"
#include "models/rowfilter.h"
#include "storage/change.h"
#include "storage/entity.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QVector>

namespace Vigie {

class BackgroundTask;
class Document;
class Editor;
class PortfolioFile;

// The strategy as a tree: plans → key areas → measures. Measures' status, percent complete and
// comment are editable; each edit is a status update with a history row (Editor::changeMeasureStatus).
// Measure rows answer Roles::FlagsRole with their MeasureFlag bits as of asOf() (status and percent
// disagree, past due, under way with no project serving it); the Status cell's tooltip says why.
class StrategyModel : public QAbstractItemModel, public FilterableModel
{
    Q_OBJECT
public:
    // Reads every row again from the file (changes notified by the document need not call it). On a
    // large file the rows are read on a worker thread with its own connection (counting the projects
    // that serve each measure scans every link: a third of a second at a million projects); the rows
    // shown stay until the new ones replace them in one reset.
    void reload();
    // A reload is running on the worker (the rows shown are the previous ones, or none at first).
    bool isLoading() const;
    enum Column { Title, Owner, Due, Status, Percent, Updated, Comment, ColumnCount };
    enum Level { PlanLevel, AreaLevel, MeasureLevel };

    explicit StrategyModel(Document *document);

    Level level(const QModelIndex &index) const;
    const Measure *measure(const QModelIndex &index) const;
    QModelIndex indexOfMeasure(const QString &uuid, int column = 0) const;
    int measureCount() const { return int(m_measures.size()); }
    // The date flags are computed at (today unless set: tests, a reporting period's date).
    QDate asOf() const { return m_asOf.isValid() ? m_asOf : QDate::currentDate(); }
    void setAsOf(const QDate &date);
    // How many projects serve a measure.
    int projectCount(RowId measureId) const { return m_projectCounts.value(measureId); }
    const QVector<KeyArea> &keyAreas() const { return m_areas; }
    // Not touched since the latest frozen period: shown greyed, with the date (analysis/staleness.h).
    bool isStale(const Measure &m) const { return m_stale.isStale(m); }
    int staleCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool rowMatches(int row, const QModelIndex &parent, const RowFilter &filter) const override;
    int filterCapabilities() const override
    {
        return FilterText | FilterOrganization | FilterKeyArea | FilterStatus | FilterTranslation | FilterFlags;
    }
    static QString columnLabel(int column);

public Q_SLOTS:
    void retranslate();

private:
    struct PlanNode
    {
        Plan plan;
        QVector<int> areas; // indexes in m_areas
    };
    struct MeasureNode
    {
        Measure measure;
        QString searchKey;
        int area = 0; // index in m_areas
    };
    // Everything reload() reads, built on whichever thread reads it and moved in by apply().
    struct Contents
    {
        StaleReference stale;
        Lookup lookup;
        QVector<PlanNode> plans;
        QVector<KeyArea> areas;
        QVector<int> areaPlan;
        QVector<int> areaRow;
        QVector<QVector<int>> areaMeasures;
        QVector<MeasureNode> measures;
        QVector<int> measureRow;
        QHash<RowId, int> projectCounts;
    };
    static Contents read(const PortfolioFile &file);
    void apply(Contents contents);
    void onChanged(const Change &change);
    QString searchKey(const Measure &m) const { return searchKey(m_lookup, m); }
    static QString searchKey(const Lookup &lookup, const Measure &m);
    QVariant areaData(int area, int column, int role) const;

    PortfolioFile *m_file = nullptr;
    StaleReference m_stale;
    Editor *m_editor = nullptr;
    Lookup m_lookup;
    QVector<PlanNode> m_plans;
    QVector<KeyArea> m_areas;
    QVector<int> m_areaPlan;               // plan position of each area
    QVector<int> m_areaRow;                // row of each area under its plan
    QVector<QVector<int>> m_areaMeasures;  // indexes in m_measures
    QVector<MeasureNode> m_measures;
    QVector<int> m_measureRow;             // row of each measure under its area
    QHash<RowId, int> m_projectCounts;     // measure → projects serving it
    QDate m_asOf;
    BackgroundTask *m_task;
    bool m_background = false; // a large file: reloads run on the worker
};

} // namespace Vigie
