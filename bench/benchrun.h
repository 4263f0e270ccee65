#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// Running one side of a benchmark row and keeping its figures.
namespace VigieBench {

QTextStream &out();
QTextStream &err();
QString number(double v, int decimals);

struct Measure
{
    double ms = -1;
    double cpuMs = -1; // user + system time of the process, when /usr/bin/time tells it
    double peakMb = -1;
    QString note;
    QString error;
    bool ok() const { return error.isEmpty() && ms >= 0; }
};

// The runs of one side: every time, the largest peak, the last note; the first error stops it.
struct Series
{
    QList<double> ms;
    QList<double> cpuMs;
    double peakMb = -1;
    QString note;
    QString error;
    void add(const Measure &m);
    bool ok() const { return error.isEmpty() && !ms.isEmpty(); }
    double best() const;
    double median() const;
    double cpuMedian() const; // -1 when unknown
};

// A whole process, timed from its start to its exit; its peak memory through /usr/bin/time when there
// is one. Standard output is thrown away, or written to `standardOutput` when given; a non-zero exit is an
// error (with standard error).
Measure runProcess(const QString &program, const QStringList &arguments, const QString &standardInput = {},
                   const QString &standardOutput = {});
// The sqlite3 shell running `script` on `file` (`sqlite3 -bail FILE < script`).
Measure runSqlite(const QString &sqlite3, const QString &file, const QString &script, const QString &work);
// One of this program's in-process steps (`vigie-bench --step NAME ARGS…`): the time it reports.
Measure runVigieStep(const QString &step, const QStringList &arguments);

QString machine();
QString sqliteVersion(const QString &sqlite3);

} // namespace VigieBench
