#pragma once

#include "models/lookup.h"
#include "models/rowfilter.h"
#include "storage/change.h"
#include "storage/entity.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Vigie {

class BackgroundTask;
class Document;
class Editor;
class PortfolioFile;

// The workforce portrait of the latest survey: organization × specialty, internal and external FTEs.
// FTE figures are editable inline.
class WorkforceModel : public QAbstractTableModel, public FilterableModel
{
    Q_OBJECT
public:
    // Reads every row again from the file (changes notified by the document need not call it).
    void reload();
    enum Column { Organization, Specialty, CoreFunction, Internal, External, ExternalShare, ColumnCount };

    explicit WorkforceModel(Document *document);
    QDate survey() const { return m_survey; }
    // The survey shown (invalid: the latest).
    void setSurvey(const QDate &survey);
    // The at-risk threshold (percent external) the External share column flags against.
    void setRiskThreshold(double percent);
    const WorkforceRecord *record(int row) const;
    // The records are being read on a worker (a large file): none shown yet says nothing of the file.
    bool isLoading() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool rowMatches(int row, const QModelIndex &parent, const RowFilter &filter) const override;
    int filterCapabilities() const override { return FilterText | FilterOrganization | FilterTranslation; }
    static QString columnLabel(int column);

public Q_SLOTS:
    void retranslate();

private:
    struct Row
    {
        WorkforceRecord record;
        QString searchKey;
        bool complete = true;
    };
    Row makeRow(const WorkforceRecord &w) const { return makeRow(m_lookup, w); }
    static Row makeRow(const Lookup &lookup, const WorkforceRecord &w);
    void setRows(Lookup lookup, QVector<Row> rows, QDate survey);
    void onChanged(const Change &change);
    void rankNames();

    PortfolioFile *m_file = nullptr;
    Editor *m_editor = nullptr;
    Lookup m_lookup;
    QHash<RowId, int> m_organizationRank; // the sort keys of the name columns (Lookup::organizationRanks)
    QHash<RowId, int> m_specialtyRank;
    QVector<Row> m_rows;
    QDate m_survey;
    QDate m_wantedSurvey;
    double m_threshold = 50.0;
    BackgroundTask *m_task;
};

} // namespace Vigie
