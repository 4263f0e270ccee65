#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Vigie {

// The full examination behind `vigie check FILE`: everything open() checks (an interrupted change is
// rolled back first, then the header and the schema), then SQLite's full integrity check (every page,
// every index against its table) and the references between rows. It reads the file only.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::IntegrityCheck)
public:
    struct Report
    {
        // Set when the file cannot be examined at all (not found, not a Vigie portfolio, altered,
        // interrupted change on read-only media): translated, names the file. Then nothing else is set.
        QString refusal;
        QString recoveryNote;   // an interrupted change was rolled back first
        int version = 0;        // schema version of the file
        qint64 projects = -1;   // rows counted when the file is intact (-1: not counted)
        QStringList findings;   // what SQLite found wrong, at most 100 lines; empty when intact
        bool findingsTruncated = false;
        // The refusal names only what the file holds beyond Vigie's schema (a trigger, a view…) or its
        // indexes: its rows can still be copied into a new portfolio (Salvage), which leaves the extras
        // behind and makes Vigie's indexes anew.
        bool salvageable = false;

        bool intact() const { return refusal.isEmpty() && findings.isEmpty(); }
    };

    static Report run(const QString &path);
};

} // namespace Vigie
