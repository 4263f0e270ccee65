#pragma once

#include <QString>
#include <QStringList>

// One step of the benchmark, run alone in its own process so that its peak memory is its own:
// `vigie-bench --step NAME ARGS…` does the step's setup, times the step itself with QElapsedTimer,
// and prints one line for the driver:
//   VIGIE-BENCH-STEP ms=12.3 peak_kib=45678 note=…
// Failures print `VIGIE-BENCH-ERROR message` and exit 1.
namespace VigieBench {

struct StepInfo
{
    const char *name;
    const char *arguments;
};

// The steps this program can run (the driver decides which ones it can feed).
QList<StepInfo> steps();
int runStep(const QString &name, const QStringList &arguments);

// VmHWM of this process (peak resident set), in KiB, from /proc/self/status; 0 when unknown.
qint64 peakMemoryKib();

// The step's one line for the driver (report) or its failure (fail, returns 1).
int report(double ms, const QString &note = {});
int fail(const QString &message);

} // namespace VigieBench
