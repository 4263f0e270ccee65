#pragma once

#include "model/entities.h"
#include "storage/entity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace Vigie {

class PortfolioFile;

// One row that differs between two portfolios: added (only in B), removed (only in A) or changed, with
// the fields that differ.
struct DiffItem
{
    enum class Kind { Added, Removed, Changed };
    struct FieldDiff
    {
        QString column;
        QVariant a, b;        // comparable values (references as UUIDs)
        QString aText, bText; // for people (references as the referenced row's key)
    };

    Entity entity = Entity::Portfolio;
    QString uuid;
    QString key;
    Kind kind = Kind::Changed;
    QList<FieldDiff> fields; // Changed only
    BilingualText name;      // the row's names where its key is its English one (ValueText::names)

    // The key as people read it, in the current language: the portfolio and a period by their name in
    // that language, a time or fiscal year it ends with as ValueText::key shows it. JSON keeps `key` as
    // stored.
    QString shownKey() const;
};

struct DiffResult
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::DiffResult)

public:
    QString a, b;              // the two files
    bool samePortfolio = true; // copies of one portfolio (same identity)
    QList<DiffItem> items;

    int count(DiffItem::Kind kind) const;
    // `vigie diff --json` (README): {"a", "b", "same_portfolio", "added", "removed", "changed",
    // "items": [{"entity", "uuid", "key", "change", "fields": [{"field", "a", "b"}]}]}
    QString toJson() const;
    QString toText() const;
};

// Compares two portfolio files item by item and field by field: rows are matched by UUID, references
// compared by the referenced row's UUID, so two copies of one portfolio compare however their row keys
// drifted apart. Frozen period rows are compared as their period (each file freezes its own), and the
// records of copies and merges are not data. Reads both files in UUID order, one row at a time.
class Differ
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Differ)
public:
    static bool compare(const PortfolioFile &a, const PortfolioFile &b, DiffResult *result, QString *error);
};

} // namespace Vigie
