#pragma once

#include "analysis/workforcepivot.h"
#include "models/rowfilter.h"
#include "storage/change.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Vigie {

class BackgroundTask;

class Document;
class PortfolioFile;

// The workforce by specialty (WorkforceAnalysis::pivot): internal, external, total, external share and
// the at-risk flag (the portfolio's threshold), for one survey, one organization or all; with a compared
// survey, the change of each figure. A totals row stays last. Read-only: figures are edited in the
// records table.
class WorkforcePivotModel : public QAbstractTableModel, public FilterableModel
{
    Q_OBJECT
public:
    enum Column { Specialty, CoreFunction, Internal, External, Total, ExternalShare, AtRisk, ChangeInternal,
                  ChangeExternal, ChangeShare, ColumnCount };

    explicit WorkforcePivotModel(Document *document);

    // Which figures to show: a survey (invalid: the latest), another to compare with (invalid: none),
    // an organization (0: all); only the specialties at risk.
    void setSurvey(const QDate &survey);
    void setCompareSurvey(const QDate &survey);
    void setOrganization(RowId organizationId);
    void setAtRiskOnly(bool on);
    const WorkforcePivot &pivot() const { return m_pivot; }
    // Specialties at risk among the rows (the totals row excluded).
    int atRiskCount() const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool rowMatches(int row, const QModelIndex &parent, const RowFilter &filter) const override;
    int filterCapabilities() const override { return FilterText | FilterOrganization | FilterTranslation; }
    bool isPinned(int row) const override { return row == m_rows.size(); }
    static QString columnLabel(int column);

public Q_SLOTS:
    void retranslate();

private:
    const WorkforcePivotRow &rowAt(int row) const;
    void onChanged(const Change &change);
    // Takes a computed pivot and shows its rows (all, or the ones at risk).
    void setPivot(WorkforcePivot pivot);
    void refilter();

    PortfolioFile *m_file = nullptr;
    BackgroundTask *m_task;
    WorkforcePivot m_pivot;
    QList<WorkforcePivotRow> m_rows; // shown (all, or the ones at risk)
    QDate m_wantedSurvey;
    QDate m_compareSurvey;
    RowId m_organization = 0;
    bool m_atRiskOnly = false;
};

} // namespace Vigie
