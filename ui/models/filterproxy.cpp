#include "filterproxy.h"

#include "models/modelroles.h"

namespace Vigie {

FilterProxy::FilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::SortRole);
    setSortLocaleAware(true);
    setRecursiveFilteringEnabled(true);
}

void FilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_filterable = dynamic_cast<FilterableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void FilterProxy::setFilter(const RowFilter &filter)
{
    RowFilter f = filter;
    f.text = f.text.trimmed().toLower();
    m_filter = f;
    invalidateRowsFilter();
}

bool FilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty() || !m_filterable)
        return true;
    return m_filterable->rowMatches(sourceRow, sourceParent, m_filter);
}

} // namespace Vigie
