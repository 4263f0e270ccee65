#include "filterproxy.h"

#include "models/modelroles.h"

#include <QDateTime>

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
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_filterable = dynamic_cast<FilterableModel *>(model);
    dropKeys();
    // Connected before QSortFilterProxyModel connects its own handlers, so the keys are current when it
    // sorts the changed or new rows.
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first) {
            m_accepted.clear();
            if (!parent.isValid() && first < m_keys.size())
                dropKeys(); // inserted in the middle: rows moved down (appended rows get keys when needed)
        });
        connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
            if (from.parent().isValid())
                return;
            if (from.row() == 0 && to.row() + 1 >= m_keys.size())
                dropKeys(); // everything (a language change: the collation changes too)
            else
                dropKeys(from.row(), to.row());
        });
        for (auto signal : { &QAbstractItemModel::rowsRemoved, &QAbstractItemModel::columnsInserted,
                             &QAbstractItemModel::columnsRemoved })
            connect(model, signal, this, [this] { dropKeys(); });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { dropKeys(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { dropKeys(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { dropKeys(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void FilterProxy::setFilter(const RowFilter &filter)
{
    RowFilter f = filter;
    f.text = f.text.trimmed().toLower();
    m_filter = f;
    // QSortFilterProxyModel removes (or inserts) the rows a filter change affects one contiguous run at
    // a time, rebuilding its whole row map after each run: typing the second letter in a 100,000-row
    // table removes tens of thousands of rows in thousands of runs (100 ms). Past a few thousand rows
    // the proxy is rebuilt at once instead (one layout change: filter every row, sort the ones kept
    // with the cached keys), which costs the same whatever changed.
    // The rows' answers are kept for the proxy's own pass (until the source changes).
    m_accepted.clear();
    QAbstractItemModel *source = sourceModel();
    const int rows = source && m_filterable ? source->rowCount() : 0;
    if (rows > kRebuildRows && !source->hasChildren(source->index(0, 0))) {
        m_accepted.resize(rows);
        int accepted = 0;
        for (int row = 0; row < rows; ++row) {
            m_accepted[row] = m_filter.isEmpty() || m_filterable->rowMatches(row, {}, m_filter);
            accepted += m_accepted[row] ? 1 : 0;
        }
        if (std::abs(accepted - rowCount()) > kRebuildRows) {
            invalidate();
            return;
        }
    }
    invalidateRowsFilter();
}

bool FilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty() || !m_filterable)
        return true;
    if (!sourceParent.isValid() && sourceRow < m_accepted.size())
        return m_accepted.at(sourceRow);
    return m_filterable->rowMatches(sourceRow, sourceParent, m_filter);
}

void FilterProxy::dropKeys() const
{
    m_accepted.clear();
    m_keys.clear();
    m_keyColumn = -1;
    m_collator.reset();
}

void FilterProxy::dropKeys(int first, int last) const
{
    m_accepted.clear();
    for (int row = first; row <= last && row < m_keys.size(); ++row)
        m_keys[row].kind = SortKey::Unknown;
}

void FilterProxy::computeKey(const QModelIndex &index, SortKey *key) const
{
    const QVariant v = index.data(sortRole());
    key->text.reset();
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        key->kind = SortKey::Missing;
        return;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        key->kind = SortKey::Number;
        key->number = v.toDouble();
        return;
    case QMetaType::QDate:
        key->kind = SortKey::Number;
        key->number = double(v.toDate().toJulianDay());
        return;
    case QMetaType::QDateTime:
        key->kind = SortKey::Number;
        key->number = double(v.toDateTime().toMSecsSinceEpoch());
        return;
    default:
        if (!m_collator) {
            m_collator.emplace(QLocale());
            m_collator->setCaseSensitivity(sortCaseSensitivity());
        }
        key->kind = SortKey::Text;
        key->text = m_collator->sortKey(v.toString());
    }
}

bool FilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // A totals row stays last in both orders.
    if (m_filterable && !left.parent().isValid()) {
        const bool leftPinned = m_filterable->isPinned(left.row());
        const bool rightPinned = m_filterable->isPinned(right.row());
        if (leftPinned != rightPinned)
            return rightPinned == (sortOrder() == Qt::AscendingOrder);
    }
    // Trees (the strategy) and non-locale sorting take the general path; they are small.
    if (left.parent().isValid() || right.parent().isValid() || !isSortLocaleAware() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    if (left.column() != m_keyColumn) {
        dropKeys();
        m_keyColumn = left.column();
    }
    const int needed = std::max(left.row(), right.row()) + 1;
    if (m_keys.size() < needed)
        m_keys.resize(std::max(needed, sourceModel()->rowCount()));
    SortKey &a = m_keys[left.row()];
    SortKey &b = m_keys[right.row()];
    if (a.kind == SortKey::Unknown)
        computeKey(left, &a);
    if (b.kind == SortKey::Unknown)
        computeKey(right, &b);
    // As QSortFilterProxyModel: no value sorts after every value.
    if (a.kind == SortKey::Missing)
        return false;
    if (b.kind == SortKey::Missing)
        return true;
    if (a.kind != b.kind)
        return a.kind < b.kind; // numbers before text
    if (a.kind == SortKey::Number)
        return a.number < b.number;
    return a.text->compare(*b.text) < 0;
}

} // namespace Vigie
