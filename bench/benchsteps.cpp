#include "benchsteps.h"
#include "mergesteps.h"
#include "benchrun.h"
#include "viewsteps.h"

#include <QFile>

#include <functional>

namespace VigieBench {

namespace {

struct Step
{
    StepInfo info;
    int minArguments;
    std::function<int(const QStringList &)> run;
};

const QList<Step> &allSteps()
{
    static const QList<Step> list {
        { { "projects-first-screen", "PORTFOLIO" }, 1, [](const QStringList &a) { return stepProjectsLoad(a, true); } },
        { { "projects-load", "PORTFOLIO" }, 1, [](const QStringList &a) { return stepProjectsLoad(a, false); } },
        { { "filter", "PORTFOLIO" }, 1, stepFilterKeystroke },
        { { "sort", "PORTFOLIO" }, 1, stepSortByCost },
        { { "sort-name", "PORTFOLIO" }, 1, stepSortByName },
        { { "gui-stall", "PORTFOLIO" }, 1, stepGuiStall },
        { { "page-stall", "PORTFOLIO" }, 1, stepPageStall },
        { { "edit-stall", "PORTFOLIO" }, 1, stepEditStall },
        { { "merge-prepare", "PORTFOLIO WORK" }, 2, stepMergePrepare },
        { { "merge-copies", "PORTFOLIO WORK" }, 2, stepMergeCopies },
    };
    return list;
}

} // namespace

int fail(const QString &message)
{
    out() << "VIGIE-BENCH-ERROR " << message << Qt::endl;
    return 1;
}

int report(double ms, const QString &note)
{
    out() << "VIGIE-BENCH-STEP ms=" << QString::number(ms, 'f', 2) << " peak_kib=" << peakMemoryKib()
          << " note=" << note << Qt::endl;
    return 0;
}

qint64 peakMemoryKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QList<StepInfo> steps()
{
    QList<StepInfo> list;
    for (const Step &s : allSteps())
        list << s.info;
    return list;
}

int runStep(const QString &name, const QStringList &arguments)
{
    for (const Step &s : allSteps()) {
        if (name == QLatin1String(s.info.name)) {
            if (arguments.size() < s.minArguments)
                return fail(QStringLiteral("%1 needs %2").arg(name, QLatin1String(s.info.arguments)));
            return s.run(arguments);
        }
    }
    return fail(QStringLiteral("no step named %1").arg(name));
}

} // namespace VigieBench
