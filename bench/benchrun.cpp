#include "benchrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>

namespace VigieBench {

namespace {

constexpr int kTimeoutMs = 60 * 60 * 1000;

// The environment of every child: no display needed, messages in English.
QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("VIGIE_LANG"), QStringLiteral("en"));
    return env;
}

double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &v) { return double(v.tv_sec) * 1000.0 + double(v.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString number(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

void Series::add(const Measure &m)
{
    if (!error.isEmpty())
        return;
    if (!m.ok()) {
        error = m.error.isEmpty() ? QStringLiteral("no result") : m.error;
        return;
    }
    ms << m.ms;
    if (m.cpuMs >= 0)
        cpuMs << m.cpuMs;
    peakMb = std::max(peakMb, m.peakMb);
    if (!m.note.isEmpty())
        note = m.note;
}

double Series::best() const
{
    return ms.isEmpty() ? -1 : *std::min_element(ms.begin(), ms.end());
}

namespace {
double medianOf(const QList<double> &values)
{
    if (values.isEmpty())
        return -1;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}
} // namespace

double Series::median() const
{
    return medianOf(ms);
}

double Series::cpuMedian() const
{
    return cpuMs.size() == ms.size() ? medianOf(cpuMs) : -1;
}

Measure runProcess(const QString &program, const QStringList &arguments, const QString &standardInput,
                   const QString &standardOutput)
{
    static const QString timeTool = QFileInfo::exists(QStringLiteral("/usr/bin/time")) ? QStringLiteral("/usr/bin/time") : QString();
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.setStandardOutputFile(standardOutput.isEmpty() ? QProcess::nullDevice() : standardOutput);
    if (!standardInput.isEmpty())
        p.setStandardInputFile(standardInput);
    // CPU: what this process's waited-for children used during the run (the program, through
    // /usr/bin/time), in microseconds; /usr/bin/time's own %U %S count in hundredths of a second.
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    if (timeTool.isEmpty())
        p.start(program, arguments);
    else
        p.start(timeTool, QStringList { QStringLiteral("-f"), QStringLiteral("VIGIE-BENCH-MAXRSS %M"), program } + arguments);
    const bool finished = p.waitForFinished(kTimeoutMs);
    Measure m;
    m.ms = double(t.nsecsElapsed()) / 1e6;
    m.cpuMs = childrenCpuMs() - cpuBefore;
    const QString errors = QString::fromUtf8(p.readAllStandardError());
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!finished) {
            p.kill();
            p.waitForFinished();
        }
        QStringList lines = errors.trimmed().split(QLatin1Char('\n'));
        lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("VIGIE-BENCH-MAXRSS")) || l.startsWith(QLatin1String("Command exited")); });
        m.error = QStringLiteral("%1 %2: exit %3 %4").arg(QFileInfo(program).fileName(), arguments.value(0)).arg(p.exitCode())
                      .arg(lines.join(QLatin1Char(' ')).left(300));
        m.ms = -1;
        return m;
    }
    for (const QString &line : errors.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("VIGIE-BENCH-MAXRSS ")))
            m.peakMb = line.mid(19).toDouble() / 1024.0;
    }
    return m;
}

Measure runSqlite(const QString &sqlite3, const QString &file, const QString &script, const QString &work)
{
    const QString scriptPath = QDir(work).filePath(QStringLiteral("sqlite3-script.sql"));
    QFile f(scriptPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Measure m;
        m.error = f.errorString();
        return m;
    }
    f.write(script.toUtf8());
    f.close();
    return runProcess(sqlite3, { QStringLiteral("-bail"), file }, scriptPath);
}

Measure runVigieStep(const QString &step, const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("--step"), step } + arguments);
    Measure m;
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        m.error = QStringLiteral("%1: did not finish").arg(step);
        return m;
    }
    const QString output = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("VIGIE-BENCH-ERROR "))) {
            m.error = line.mid(18);
        } else if (line.startsWith(QLatin1String("VIGIE-BENCH-STEP "))) {
            const QString rest = line.mid(17);
            const qsizetype noteAt = rest.indexOf(QLatin1String(" note="));
            m.note = noteAt >= 0 ? rest.mid(noteAt + 6) : QString();
            for (const QString &kv : rest.left(noteAt).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (kv.startsWith(QLatin1String("ms=")))
                    m.ms = kv.mid(3).toDouble();
                else if (kv.startsWith(QLatin1String("peak_kib=")))
                    m.peakMb = kv.mid(9).toDouble() / 1024.0;
            }
        }
    }
    if (m.error.isEmpty() && (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0))
        m.error = QStringLiteral("%1: exit %2 %3").arg(step).arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
    return m;
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    double memGb = 0;
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QByteArray first = mem.readLine();
        memGb = first.mid(first.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble() / 1024.0 / 1024.0;
    }
    QString load;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly | QIODevice::Text))
        load = QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2);
    return QStringLiteral("%1 CPUs (%2), %3 GiB RAM, load average %4 at the end")
        .arg(QThread::idealThreadCount())
        .arg(cpu, number(memGb, 1), load);
}

QString sqliteVersion(const QString &sqlite3)
{
    QProcess p;
    p.start(sqlite3, { QStringLiteral("--version") });
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0).trimmed();
}

} // namespace VigieBench
