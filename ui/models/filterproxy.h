#pragma once

#include "models/rowfilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QVector>

#include <optional>

namespace Vigie {

// Sorting and filtering for every view. Filtering asks the source model (a FilterableModel) directly;
// sorting uses the source's SortRole so money sorts as numbers and colours by severity.
//
// Sorting 100,000 rows compares about two million pairs. For a flat source the proxy keeps one sort
// key per row of the sorted column (a number, or the locale's collation key of the text, made once),
// so a comparison is two array reads instead of two data() calls and a locale-aware string compare.
// The keys follow the source: rows appended keep the others' keys, changed rows are recomputed, any
// other structural change starts afresh.
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
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct SortKey
    {
        enum Kind : quint8 { Unknown, Missing, Number, Text };
        Kind kind = Unknown;
        double number = 0;
        std::optional<QCollatorSortKey> text;
    };
    void computeKey(const QModelIndex &index, SortKey *key) const;
    void dropKeys() const;
    void dropKeys(int first, int last) const;

    static constexpr int kRebuildRows = 2000;

    FilterableModel *m_filterable = nullptr;
    RowFilter m_filter;
    mutable QVector<SortKey> m_keys; // by source row, for m_keyColumn
    mutable int m_keyColumn = -1;
    mutable std::optional<QCollator> m_collator;
    mutable QVector<bool> m_accepted; // by source row, for m_filter; empty when not known
};

} // namespace Vigie
