#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace VigieTest {

// Runs the real `vigie` executable and captures what it prints.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runVigie(const QStringList &args, const QProcessEnvironment &environment, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(VIGIE_BIN), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline Run runVigie(const QStringList &args, int timeoutMs = 120000)
{
    return runVigie(args, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace VigieTest
