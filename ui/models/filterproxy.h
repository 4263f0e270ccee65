#pragma once

#include "models/rowfilter.h"

#include <QSortFilterProxyModel>

namespace Vigie {

// Sorting and filtering for every view. Filtering asks the source model (a FilterableModel) directly;
// sorting uses the source's SortRole so money sorts as numbers and colours by severity.
class FilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setFilter(const RowFilter &filter);
    const RowFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    FilterableModel *m_filterable = nullptr;
    RowFilter m_filter;
};

} // namespace Vigie
