#pragma once

#include <QString>

#include <atomic>
#include <thread>

struct sqlite3_file;

namespace Vigie {

// Reads a file from its start to its end on a thread of its own while SQLite checks it, so that the
// check's reads find their pages in the system's cache. SQLite's quick_check and integrity_check read a
// file's pages in b-tree order, 4 KiB at a time: a million-project portfolio (2.6 GB) that was not in
// the cache took 52 s to check, and 4.5 s with this reading beside it (PERFORMANCE.md, part 24).
//
// It reads through a read-only SQLite connection of its own (its file handle's xRead), never through a
// file descriptor of its own: closing any descriptor of a file drops every POSIX lock the process holds
// on it, the checking connection's included, and SQLite alone knows when its descriptors can be closed.
//
// Only for a file of at least `minimumBytes` that fits in half the machine's memory (a larger one would
// push its own first pages out before the check reads them); otherwise, or when no thread can be
// started, nothing is read. The reading stops when the object is destroyed (the check has ended),
// whatever it had left; it never writes, takes no lock, and its errors only end it.
class ReadAhead
{
public:
    static constexpr qint64 kMinimumBytes = 64 * 1024 * 1024;

    explicit ReadAhead(const QString &path, qint64 minimumBytes = kMinimumBytes);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // Whether a thread is reading (or has read) the file.
    bool started() const { return m_thread.joinable(); }
    // Bytes read so far.
    qint64 bytesRead() const { return m_read.load(std::memory_order_relaxed); }
    // Waits until the whole file is read (or the reading failed).
    void finish();

private:
    void readAll(sqlite3_file *file, qint64 size);
    void stop();

    std::atomic<bool> m_stop { false };
    std::atomic<qint64> m_read { 0 };
    std::thread m_thread;
};

} // namespace Vigie
