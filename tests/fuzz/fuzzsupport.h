#pragma once

// Shared by the libFuzzer targets (built with scripts/fuzz.sh: clang, -fsanitize=fuzzer,address).
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <unistd.h>

namespace VigieFuzz {

// Qt wants an application object for plugins (the SQLite driver) and translations.
inline void initialize(int *argc, char ***argv)
{
    static QCoreApplication *app = new QCoreApplication(*argc, *argv); // lives as long as the process
    Q_UNUSED(app);
}

// A file per process for readers that take a path; on /dev/shm when there is one (no disk wear).
inline QString scratchPath(const char *name)
{
    const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/vigie-fuzz-%2-%3").arg(dir).arg(getpid()).arg(QString::fromLatin1(name));
}

inline bool writeScratch(const QString &path, const uint8_t *data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size);
}

} // namespace VigieFuzz
