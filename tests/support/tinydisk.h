#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace VigieTest {

// A real, small file system (tmpfs) to fill up, for testing what happens when the disk is full: the
// writes fail in the kernel with ENOSPC exactly as on a full drive. Mounting needs root (CI runs the
// suite as root); elsewhere isValid() is false and the test skips.
class TinyDisk
{
public:
    explicit TinyDisk(int kib = 1024)
        : m_dir(std::make_unique<QTemporaryDir>())
    {
        if (!m_dir->isValid())
            return;
        QProcess mount;
        mount.start(QStringLiteral("mount"), { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                               QStringLiteral("size=%1k,mode=0777").arg(kib), QStringLiteral("vigie-test"),
                                               m_dir->path() });
        m_mounted = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }
    ~TinyDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), m_dir->path() });
    }
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    bool isValid() const { return m_mounted; }
    QString path() const { return m_dir->path(); }
    QString filePath(const QString &name) const { return QDir(m_dir->path()).filePath(name); }

    // Takes all the space that is left (the file system then refuses any write that needs a block).
    bool fill()
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        // A last partial block, byte by byte in larger steps, until not even one byte fits.
        for (int size = 2048; size >= 1; size /= 2) {
            while (filler.write(block.constData(), size) == size) {
            }
        }
        return true;
    }

    // Files on the disk apart from the filler, to show nothing was left behind.
    QStringList files() const
    {
        QStringList names = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        names.removeAll(QStringLiteral("filler"));
        return names;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_mounted = false;
};

} // namespace VigieTest
