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

// Investment envelopes: fiscal year × organization, planned needs, granted, committed and the gap
// (needs − granted). The three amounts are editable inline.
class EnvelopeModel : public QAbstractTableModel, public FilterableModel
{
    Q_OBJECT
public:
    // Reads every row again from the file (changes notified by the document need not call it). On a
    // large file on a worker thread with its own connection, as StrategyModel does; the rows shown stay
    // until the new ones replace them in one reset.
    void reload();
    // A reload is running on the worker.
    bool isLoading() const;
    enum Column { FiscalYear, Organization, Needs, Granted, Committed, Gap, ColumnCount };

    explicit EnvelopeModel(Document *document);
    const Envelope *envelope(int row) const;

    // What-if: granted amounts shown adjusted by `percent` (+10: 10% more), and gaps with them. Not
    // stored: grantedShown() is what the table shows, the file keeps its values until the user applies
    // the adjustment through the editor. 0 shows the stored amounts.
    void setGrantedAdjustment(double percent);
    double grantedAdjustment() const { return m_adjustment; }
    double grantedShown(int row) const;
    double gapShown(int row) const;

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
        Envelope envelope;
        QString searchKey;
        bool complete = true;
    };
    Row makeRow(const Envelope &e) const { return makeRow(m_lookup, e); }
    static Row makeRow(const Lookup &lookup, const Envelope &e);
    void setRows(Lookup lookup, QVector<Row> rows);
    void onChanged(const Change &change);

    PortfolioFile *m_file = nullptr;
    Editor *m_editor = nullptr;
    Lookup m_lookup;
    QVector<Row> m_rows;
    double m_adjustment = 0.0;
    BackgroundTask *m_task;
    bool m_background = false; // a large file: reloads run on the worker
};

} // namespace Vigie
