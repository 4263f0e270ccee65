#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Vigie {

class PortfolioFile;

// One copy merged into the portfolio, as the file records it (copy_merge), with every change the merge
// took in or kept, and who made it in the copy and when (merge_log).
struct MergeRecord
{
    struct Entry
    {
        QString entity; // the journal's name of the entity ("project")
        // `comment`: the name of the copy's change, in the language of the moment (the other when the
        // merge log has it in one language only).
        QString uuid, key, field, action, oldValue, newValue, author, changedAt, comment;
        // The row's names where its key is its English one: the portfolio, a period (ValueText::names).
        BilingualText names = {};
    };

    QString uuid;
    QString copyUuid;
    QString organizationCode;
    QString organizationName; // in the current language, when the organization is known
    QString fileName;
    QString mergedAt;
    QString mergedBy;
    QList<Entry> entries;
};

// The merge report the CIO office keeps: what came from which ministry, when, decided by whom. Read from
// the file itself (the records the merges wrote), so it can be printed again at any time; written as
// HTML (the desktop application prints it or turns it into PDF) or CSV. Every value from a copy is
// untrusted text: escaped in HTML, neutralized against spreadsheet formulas in CSV.
class MergeHistory
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MergeHistory)
public:
    // The merges recorded in the file, oldest first; only those made by `changeset` when it is not 0.
    static QList<MergeRecord> read(const PortfolioFile &file, qint64 changeset = 0);

    static QString title();
    // A whole document: title, the portfolio, then each copy merged with a table of its changes.
    static QString toHtml(const PortfolioFile &file, const QList<MergeRecord> &records);
    // One row per change (UTF-8 with a byte-order mark, as Vigie's other CSV exports), written atomically.
    static bool writeCsv(const QList<MergeRecord> &records, const QString &path, QString *error);
    // By the name's suffix: .csv, or .html/.htm (the desktop application adds PDF).
    static bool write(const PortfolioFile &file, const QList<MergeRecord> &records, const QString &path, QString *error);
    // Whether write() could write `path` (its name and its folder), asked before merging.
    static bool checkTarget(const QString &path, QString *error);

    // The action of a log entry for people ("Taken from the copy", "Kept this file's value", …).
    static QString actionText(const QString &action);
    // The same for an entry, which says so when a row came in under another key than the copy's (another
    // row here had it: "Added as A9-2 (A9 is another item's here)").
    static QString actionText(const MergeRecord::Entry &entry);
    // The entity and field of a log entry for people (a date or time in its key in the locale's form).
    static QString itemText(const MergeRecord::Entry &entry);
    static QString fieldText(const MergeRecord::Entry &entry);
    // A value the merge log kept, for people: "(empty)", "deleted", an amount in the locale's form…
    static QString valueText(const MergeRecord::Entry &entry, const QString &logged);
};

} // namespace Vigie
