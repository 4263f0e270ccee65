#include "readahead.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Vigie {

namespace {

// The machine's memory, or 0 when unknown (then nothing is read ahead).
qint64 physicalMemory()
{
#ifdef Q_OS_UNIX
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        return qint64(pages) * qint64(pageSize);
#endif
    return 0;
}

} // namespace

ReadAhead::ReadAhead(const QString &path, qint64 minimumBytes)
{
    const qint64 size = QFileInfo(path).size();
    if (size < minimumBytes || size > physicalMemory() / 2)
        return;
    try {
        m_thread = std::thread([this, name = path.toUtf8(), size] {
            sqlite3 *db = nullptr;
            if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE,
                                nullptr)
                == SQLITE_OK) {
                sqlite3_file *file = nullptr;
                if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK && file
                    && file->pMethods && file->pMethods->xRead)
                    readAll(file, size);
            }
            sqlite3_close_v2(db);
        });
    } catch (const std::system_error &) {
        // No thread: the check reads the file as it would have.
    }
}

void ReadAhead::readAll(sqlite3_file *file, qint64 size)
{
    // A few thousand large reads, one after the other: what a disk gives fastest.
    constexpr int kChunk = 1024 * 1024;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (qint64 offset = 0; offset < size && !m_stop.load(std::memory_order_relaxed); offset += kChunk) {
        const int n = int(std::min<qint64>(kChunk, size - offset));
        if (file->pMethods->xRead(file, buffer.data(), n, offset) != SQLITE_OK)
            return; // a short read (the file shrank) or an error: the check will say what is wrong
        m_read.fetch_add(n, std::memory_order_relaxed);
    }
}

ReadAhead::~ReadAhead()
{
    stop();
}

void ReadAhead::finish()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ReadAhead::stop()
{
    m_stop.store(true, std::memory_order_relaxed);
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Vigie
