#pragma once

#include <QCoreApplication>
#include <QString>

namespace Vigie {

struct FileError;

// Rolls back a change that a crash, a power cut or a `kill -9` interrupted, before anything else looks
// at the file. SQLite leaves such a change behind as a "hot" rollback journal (FILE-journal) or, for a
// file someone switched to WAL mode with the sqlite3 shell, as FILE-wal; the first connection that can
// write the file plays it back. Vigie's read-only connections cannot, so without this step every command
// (and the GUI) was refused "attempt to write a readonly database" until the user ran sqlite3 by hand.
//
// Recovery only restores the file as it was before the unfinished change; it never runs anything from
// the file (the connection is hardened, and the schema is checked afterwards as on every open).
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Recovery)
public:
    // Whether `path` has an interrupted change waiting (a hot journal, or a WAL file with frames).
    static bool hasInterruptedChange(const QString &path);

    // Plays back an interrupted change when there is one and the file and its folder can be written:
    // *note then says, in words for the user, that the last unfinished change was rolled back. When
    // the file cannot be written (read-only media), returns an error saying what to do. Files that are
    // not Vigie portfolios (by their header) are left alone for the header check to refuse.
    static FileError recoverInterruptedChange(const QString &path, QString *note);

    // The note of the last recovery of `path` in this process that nobody took yet. The workspace
    // opens a file twice (checked on a worker thread, then for use with ReadWriteVerified): the second
    // open takes the note the first one left, so the user still hears about the rollback.
    static void rememberNote(const QString &path, const QString &note);
    static QString takeNote(const QString &path);
};

} // namespace Vigie
