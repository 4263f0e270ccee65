#pragma once

#include "storage/entity.h"

#include <QTableWidget>

#include <utility>

namespace Vigie {

// The table of a conflict review, shared by the merge review (MergeDialog) and the review of an edit
// someone else's change stopped (EditConflictDialog): one row per value, read-only cells that wrap and
// carry their whole text as tooltip, columns no wider than 240 px; and how both show an item, a field, a
// value and who changed it and when.
class ConflictTable : public QTableWidget
{
    Q_OBJECT
public:
    ConflictTable(int columns, QWidget *parent = nullptr);

    // Replaces the rows (cells in column order), then fits columns and rows to them.
    void setRows(const QList<QStringList> &rows);
    // Fits columns (at most 240 px) and rows to their contents, after cells or cell widgets changed.
    void fit();

    // "Project SCT-12"
    static QString itemText(Entity entity, const QString &key);
    // The field stored in `column`, translated; "(the whole item)" for none.
    static QString fieldText(Entity entity, const QString &column);
    // "author\nwhen" (the journal's UTC ISO time shown in local time and the current locale).
    static QString byText(const QString &author, const QString &whenIso);
    static QString when(const QString &iso);
};

} // namespace Vigie
