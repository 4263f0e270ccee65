#pragma once

#include <QByteArray>
#include <QString>

namespace Vigie {

// The large portfolios whose integrity check passed, each as it was then (per user, in the cache folder).
//
// Opening a file checks its schema every time, and its integrity (SQLite's quick check and our CHECK
// constraints): linear in the file's size, 12–20 s at a million projects, and every command and every
// window open paid it again on a file nobody had touched since. A file is not checked again while its
// stamp is the one recorded after the last check: device, inode, size, modification and status-change
// times in nanoseconds, and SQLite's change counter. Any write, by Vigie or anything else, changes the
// status-change time, which no program without administrator rights can set back; copying or replacing
// the file changes the inode. Vigie records a file it wrote itself when it closes it, if no other
// connection wrote meanwhile (PRAGMA data_version). `vigie check` always runs the full check.
// Small files (PortfolioFile's full-check limit, where the full check runs) are recorded too: their check
// takes little time but was an eighth of `vigie summary` on an empty portfolio. They are recorded only
// once they have been still for kSettledMs (settledStamp): a file system whose clock ticks once a second
// or two (ext3, FAT, some network shares) would not show a second change made within the tick of the
// first in the status-change time.
class VerifiedFiles
{
public:
    // The file's stamp now; empty when none can be taken: no such file, a journal or a write-ahead log
    // beside it (a change under way or interrupted), or a platform without inodes.
    static QByteArray stamp(const QString &path);
    // The stamp, or empty while the file changed less than kSettledMs ago.
    static QByteArray settledStamp(const QString &path);
    static constexpr int kSettledMs = 2000;
    // True when `stamp`, the file's stamp now, is the one recorded for it.
    static bool isVerified(const QString &path, const QByteArray &stamp);
    // Records `stamp` (taken before the check that passed) for `path`; nothing when it is empty or no
    // longer the file's stamp. Keeps the most recent files only.
    static void remember(const QString &path, const QByteArray &stamp);
    static void forget(const QString &path);
    // Where the records are kept (for tests and the documentation).
    static QString recordPath();
};

} // namespace Vigie
