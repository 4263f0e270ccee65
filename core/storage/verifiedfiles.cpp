#include "verifiedfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <time.h>
#endif

namespace Vigie {

namespace {

// Enough for the portfolios one person opens; the oldest records go first.
constexpr int kMaxRecords = 64;

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}

// "stamp\tpath" lines, oldest first.
QList<QPair<QByteArray, QString>> readRecords()
{
    QList<QPair<QByteArray, QString>> records;
    QFile file(VerifiedFiles::recordPath());
    if (!file.open(QIODevice::ReadOnly))
        return records;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        records.append({ line.left(tab), QString::fromUtf8(line.mid(tab + 1)) });
    }
    return records;
}

void writeRecords(const QList<QPair<QByteArray, QString>> &records)
{
    const QString path = VerifiedFiles::recordPath();
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    QByteArray out;
    for (const auto &r : records)
        out += r.first + '\t' + r.second.toUtf8() + '\n';
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(out) == out.size())
        file.commit();
}

} // namespace

QString VerifiedFiles::recordPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/vigie/verified-portfolios");
}

namespace {

// The stamp, and when the file's status last changed (nanoseconds since the epoch).
QByteArray stampOf(const QString &path, qint64 *changedNs)
{
#ifdef Q_OS_UNIX
    if (QFileInfo::exists(path + QStringLiteral("-journal")) || QFileInfo::exists(path + QStringLiteral("-wal")))
        return {};
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(100);
    if (header.size() != 100)
        return {};
    const auto word = [&](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    if (changedNs)
        *changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + qint64(st.st_ctim.tv_nsec);
    return QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino)) + ':'
        + QByteArray::number(qint64(st.st_size)) + ':' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ':' + QByteArray::number(qint64(st.st_ctim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_ctim.tv_nsec)) + ':' + QByteArray::number(word(24)) + ':'
        + QByteArray::number(word(92));
#else
    Q_UNUSED(path)
    Q_UNUSED(changedNs)
    return {};
#endif
}

} // namespace

QByteArray VerifiedFiles::stamp(const QString &path)
{
    return stampOf(path, nullptr);
}

QByteArray VerifiedFiles::settledStamp(const QString &path)
{
#ifdef Q_OS_UNIX
    qint64 changed = 0;
    const QByteArray s = stampOf(path, &changed);
    struct timespec now;
    if (s.isEmpty() || ::clock_gettime(CLOCK_REALTIME, &now) != 0)
        return {};
    const qint64 nowNs = qint64(now.tv_sec) * 1000000000 + qint64(now.tv_nsec);
    return nowNs - changed >= qint64(kSettledMs) * 1000000 ? s : QByteArray();
#else
    Q_UNUSED(path)
    return {};
#endif
}

bool VerifiedFiles::isVerified(const QString &path, const QByteArray &now)
{
    if (now.isEmpty())
        return false;
    const QString key = canonical(path);
    const auto records = readRecords();
    for (const auto &r : records) {
        if (r.second == key)
            return r.first == now;
    }
    return false;
}

void VerifiedFiles::remember(const QString &path, const QByteArray &stamp)
{
    if (stamp.isEmpty() || VerifiedFiles::stamp(path) != stamp)
        return;
    const QString key = canonical(path);
    if (key.contains(QLatin1Char('\n')) || key.contains(QLatin1Char('\t')))
        return;
    auto records = readRecords();
    records.erase(std::remove_if(records.begin(), records.end(), [&](const auto &r) { return r.second == key; }),
                  records.end());
    records.append({ stamp, key });
    while (records.size() > kMaxRecords)
        records.removeFirst();
    writeRecords(records);
}

void VerifiedFiles::forget(const QString &path)
{
    const QString key = canonical(path);
    auto records = readRecords();
    const auto size = records.size();
    records.erase(std::remove_if(records.begin(), records.end(), [&](const auto &r) { return r.second == key; }),
                  records.end());
    if (records.size() != size)
        writeRecords(records);
}

} // namespace Vigie
