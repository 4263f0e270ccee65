#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Vigie {

// "Save a recovered copy": copies every row that can still be read from a damaged portfolio into a new,
// healthy portfolio file (current schema), written beside the target and renamed into place once
// complete. A damaged stretch of a table is stepped over (the rows on those pages are lost and counted
// from the table's indexes, the rows after them are kept); the rows that a damaged page cut off from
// the table's tree are read from their own pages (PageScan); rows that break the schema's rules are left
// out, and rows that belonged to a lost row (a decision whose project is gone) are dropped or, where the
// link is optional, unlinked. What the file holds beyond Vigie's schema (a trigger or a view someone added,
// which keeps the file itself from being opened) is left behind and named. The same damaged file gives
// the same copy on every run.
// The damaged file is only read. Used by `vigie check FILE --recover OUT`.
class Salvage
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Salvage)
public:
    struct TableReport
    {
        QString table;
        qint64 kept = 0;
        int damagedStretches = 0; // parts of the table that could not be read
        // Rows on those parts: listed by the table's indexes, not readable from the table. -1 when no
        // index could tell (the table has none, or they are damaged too).
        qint64 lost = 0;
        qint64 refused = 0;  // rows breaking a rule (unique code, allowed values…)
        qint64 dropped = 0;  // rows left out because a row they need (their project…) was lost
        qint64 unlinked = 0; // rows kept with an optional link to a lost row cleared
        // Rows kept that the table's tree no longer reached (a damaged page above them): read from their
        // own pages. Counted in `kept` too.
        qint64 rescued = 0;
    };
    struct Report
    {
        QList<TableReport> tables;
        bool portfolioRowLost = false; // the portfolio's name and settings were unreadable: defaults used
        int unplacedPages = 0; // pages of rows cut off from their tree that more than one table could own
        // What the file held beyond Vigie's schema (a trigger, a view, a table…), in words: not copied.
        QStringList leftBehind;
        // Vigie's indexes the file lacked or held otherwise, in words: the copy has its own.
        QStringList indexesRebuilt;

        qint64 kept() const;
        qint64 lost() const; // rows on damaged parts, as far as the indexes tell
        bool complete() const; // nothing was lost, refused or orphaned
        // One translated paragraph: rows kept, and what was lost where.
        QString text(const QString &outPath) const;
    };

    // False with a translated message (naming the file and the cause) when no copy could be written;
    // `out` must not be the damaged file itself.
    static bool saveRecoveredCopy(const QString &damaged, const QString &out, Report *report, QString *error);
};

} // namespace Vigie
