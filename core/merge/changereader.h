#pragma once

#include "merge/rowreader.h"
#include "storage/portfoliofile.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariantMap>

namespace Vigie {

class PortfolioFile;

// Who made a change, when, and under which undo text (the changeset's label).
struct Attribution
{
    qint64 changeset = 0;
    QString author;
    QString when; // ISO 8601, UTC, as the journal stores it
    ChangeLabel label;
};

// What one side (the master or a copy) did to one row since the two parted, read from its journal.
struct RowDelta
{
    struct FieldDelta
    {
        QVariant before; // the stored value before the first change (journal text; null stays null)
        Attribution by;  // the last change
    };

    Entity entity = Entity::Portfolio;
    QString uuid;
    qint64 order = 0;          // the first journal row: rows are planned in the order they were changed
    bool existedBefore = true; // false when the first thing that happened to the row is its creation
    bool rowTouched = false;   // created or deleted along the way
    QVariantMap deletedRow;    // the last deletion's snapshot (stored values), when it was deleted
    Attribution rowBy;         // the last creation or deletion
    QMap<QString, FieldDelta> fields; // by column
};

// Reads a portfolio's change journal after a position, row by row. The journal of a copy is untrusted
// input: unknown tables are skipped, and columns are only ever compared with the ones Fields knows.
// Merges' own records (copy_origin, copy_merge, merge_log) and frozen period rows are never read as
// changes: they are bookkeeping, or follow their period and project.
class ChangeReader
{
public:
    explicit ChangeReader(const PortfolioFile &file);

    // Every row changed by changesets after `after`, in the order of their first change.
    bool readAll(qint64 after, QList<RowDelta> *rows, QString *error) const;

    // What happened to one row from changeset `from` on (inclusive). In changeset `from` itself, rows of
    // `skipInFirst` ("entity:uuid") are not counted (a merge's own rows, when `from` is that merge).
    RowDelta readRow(Entity entity, const QString &uuid, qint64 from, const QSet<QString> &skipInFirst) const;

    static bool isBookkeeping(Entity entity);
    static QString rowId(Entity entity, const QString &uuid);

private:
    static void add(RowDelta &row, const QString &field, const QVariant &oldValue, const QVariant &newValue,
                    const Attribution &by, qint64 journalId);

    const PortfolioFile &m_file;
};

} // namespace Vigie
