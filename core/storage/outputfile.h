#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QSaveFile;

namespace Vigie {

class FileLock;

// Every file Vigie writes (exports, charts, briefings, copies of a portfolio) is written to a temporary
// file in the same folder and renamed over the target only once complete and synced: on any failure
// (disk full, no permission) the previous file is untouched, nothing empty or partial is left, and the
// message names the file and the cause in words ("the disk is full").
//
// Writers that take a QIODevice use a QSaveFile with open() and commit() below; libraries that write by
// file name (libxlsxwriter, SQLite's VACUUM INTO) use writeByName().
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::OutputFile)
public:
    static bool open(QSaveFile &file, QString *error);
    // Flushes, syncs and renames into place, or removes the temporary file. `file` must be open.
    static bool commit(QSaveFile &file, QString *error);
    // open(), write `bytes`, commit().
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    // Calls `write` with a temporary name beside `path` (the file does not exist yet); when it returns
    // true, syncs that file and renames it over `path`. `write` sets *reason to the library's words
    // when it fails; the cause found on the disk (full, read-only) is preferred when there is one.
    static bool writeByName(const QString &path, const std::function<bool(const QString &temp, QString *reason)> &write,
                            QString *error);

    // "%1: cannot be written (the disk is full); any file already there is unchanged."
    static QString cannotWrite(const QString &path, const QString &cause);
    // The cause of a failed write in words: from errno's value, or from the system's text (Qt reports
    // strerror's), or, when neither says, from the state of the folder's disk.
    static QString cause(int errnoValue);
    static QString cause(const QString &systemText, const QString &path);

    // The portfolio files open in this process. No output replaces one of them: an export, a chart or a
    // report given the portfolio's own name (`vigie export FILE --projects FILE`) is refused with a
    // message rather than written over it. PortfolioFile keeps itself on this list while it lives.
    static void protect(const QString &path);
    static void release(const QString &path);
    // "%1: this is the open portfolio's own file; …" when `path` is one of them, else empty.
    static QString protectedFileError(const QString &path);
    // A portfolio that a Vigie (another window, another process, another machine on a shared folder)
    // holds open for editing (its FILE.lock) is never replaced either: that Vigie would go on writing to
    // a file no longer there, and every edit it saves from then on would be lost. "%1: the portfolio
    // there is open for editing in Vigie (%2); …" when it is, else empty. writeByName() and the copies
    // of a portfolio also hold that lock while they write, so no Vigie starts editing the file they replace.
    static QString editedFileError(const QString &path);

    // What keeps anything from being written at `path` because of its folder, said alike by every command
    // and dialog that writes a file: "%1: the folder %2 does not exist.", "%1: %2 is a file, not a
    // folder.", "%1: the folder %2 cannot be written to (permission denied)."; empty when the folder is there and writable.
    static QString folderProblem(const QString &path);

    // Whether `path` can be written, checked before a command does work that must not be done in vain
    // (a merge whose report could not be written): not an open portfolio, not a folder, in a folder that
    // exists and can be written to. The message says why not, as a failed write would.
    static bool checkTarget(const QString &path, QString *error);

    // Takes the edit lock of the portfolio at `path`, if it is one, into *held (when given); says why not
    // when a Vigie holds it.
    static QString lockTarget(const QString &path, std::unique_ptr<FileLock> *held);
};

} // namespace Vigie
