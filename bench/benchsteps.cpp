#include "benchsteps.h"
#include "viewsteps.h"

#include "analysis/summary.h"
#include "charts/chartrenderer.h"
#include "io/exporter.h"
#include "io/mapping.h"
#include "io/projectimporter.h"
#include "storage/portfoliofile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTextStream>

#include <functional>
#include <memory>

namespace VigieBench {

using namespace Vigie;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Opened for writing, as the desktop workspace does; `vigie summary`, `chart` and `export` open read-only.
std::unique_ptr<PortfolioFile> open(const QString &path, QString *error,
                                    PortfolioFile::Access access = PortfolioFile::Access::ReadWrite)
{
    FileError e;
    auto file = PortfolioFile::open(path, access, &e);
    if (!file)
        *error = e.message;
    return file;
}

int stepOpen(const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QString error;
    auto file = open(args.value(0), &error);
    const double ms = elapsedMs(t);
    return file ? report(ms) : fail(error);
}

// What `vigie summary` computes; with `withOpen`, the opening of the file is timed too.
int stepSummary(const QStringList &args, bool withOpen)
{
    QElapsedTimer t;
    t.start();
    QString error;
    auto file = open(args.value(0), &error, PortfolioFile::Access::ReadOnly);
    if (!file)
        return fail(error);
    if (!withOpen)
        t.restart();
    Summary s;
    if (!SummaryBuilder::compute(*file, &s, &error))
        return fail(error);
    const double ms = elapsedMs(t);
    return report(ms, QStringLiteral("%1 active projects").arg(s.activeProjects));
}

int stepChart(const QStringList &args)
{
    QString error;
    auto file = open(args.value(0), &error, PortfolioFile::Access::ReadOnly);
    if (!file)
        return fail(error);
    QElapsedTimer t;
    t.start();
    ChartRequest request;
    request.chartId = QStringLiteral("project-health-cost");
    request.language = QStringLiteral("en");
    ChartData data;
    QLocale locale;
    if (!ChartRenderer::build(*file, request, &data, &locale, &error))
        return fail(error);
    const QImage image = ChartRenderer::toImage(data, locale, ChartRenderer::defaultSize(), ChartRenderer::defaultDpi());
    const double ms = elapsedMs(t);
    if (image.isNull())
        return fail(QStringLiteral("the chart was not drawn"));
    return report(ms, QStringLiteral("%1x%2 px").arg(image.width()).arg(image.height()));
}

int stepImport(const QStringList &args)
{
    QString error;
    auto file = open(args.value(0), &error);
    if (!file)
        return fail(error);
    QStringList problems;
    const auto mapping = ImportMapping::load(args.value(2), &problems);
    if (!mapping)
        return fail(problems.join(QLatin1Char(' ')));
    QElapsedTimer t;
    t.start();
    ProjectImporter importer(*file, *mapping, {});
    const ImportReport r = importer.run(args.value(1));
    const double ms = elapsedMs(t);
    if (!r.written)
        return fail(r.fatal.isEmpty() ? QStringLiteral("nothing was written") : r.fatal);
    return report(ms, QStringLiteral("%1 projects created").arg(r.created));
}

int stepExport(const QStringList &args)
{
    QString error;
    auto file = open(args.value(0), &error, PortfolioFile::Access::ReadOnly);
    if (!file)
        return fail(error);
    QElapsedTimer t;
    t.start();
    if (!Exporter::exportTables(*file, { ExportTable::Projects }, args.value(1), {}, &error))
        return fail(error);
    const double ms = elapsedMs(t);
    return report(ms, QStringLiteral("%1 bytes").arg(QFile(args.value(1)).size()));
}

struct Step
{
    StepInfo info;
    int minArguments;
    std::function<int(const QStringList &)> run;
};

const QList<Step> &allSteps()
{
    static const QList<Step> list {
        { { "open", "PORTFOLIO" }, 1, stepOpen },
        { { "summary", "PORTFOLIO" }, 1, [](const QStringList &a) { return stepSummary(a, false); } },
        { { "open-summary", "PORTFOLIO" }, 1, [](const QStringList &a) { return stepSummary(a, true); } },
        { { "projects-first-screen", "PORTFOLIO" }, 1, [](const QStringList &a) { return stepProjectsLoad(a, true); } },
        { { "projects-load", "PORTFOLIO" }, 1, [](const QStringList &a) { return stepProjectsLoad(a, false); } },
        { { "filter", "PORTFOLIO" }, 1, stepFilterKeystroke },
        { { "sort", "PORTFOLIO" }, 1, stepSortByCost },
        { { "gui-stall", "PORTFOLIO" }, 1, stepGuiStall },
        { { "chart", "PORTFOLIO" }, 1, stepChart },
        { { "import", "EMPTY-PORTFOLIO CSV MAPPING" }, 3, stepImport },
        { { "export", "PORTFOLIO CSV-OUT" }, 2, stepExport },
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
