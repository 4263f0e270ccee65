// vigie-bench: how long a user waits at 10,000 to 1,000,000 projects, beside the sqlite3 shell doing the
// same work.
// See docs/PERFORMANCE.md and bench/run.sh.
#include "benchdriver.h"
#include "benchsteps.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <memory>

namespace {

// With VIGIE_BENCH_TRACE set, a step names every event that held the GUI thread for 8 ms or more, and,
// indented, every widget's paint of 3 ms or more within them (what a stall is made of: one pass of the
// event loop can deliver several posted events in a row).
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace || (m_depth > 0 && event->type() != QEvent::Paint))
            return QApplication::notify(receiver, event);
        // What the event goes to is taken before it is delivered: delivering it may delete the receiver.
        const int type = int(event->type());
        const char *className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ns = clock.nsecsElapsed();
        if (ns >= (m_depth > 0 ? 3000000 : 8000000))
            qInfo("%sevent %d to %s \"%s\": %.1f ms, ends at %lld ms", m_depth > 0 ? "  " : "", type, className, qPrintable(name), double(ns) / 1e6,
                  m_since.elapsed());
        return result;
    }

private:
    const bool m_trace = qEnvironmentVariableIsSet("VIGIE_BENCH_TRACE");
    int m_depth = 0;
    QElapsedTimer m_since = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
};

} // namespace

int main(int argc, char **argv)
{
    // A step runs alone in its process: `vigie-bench --step NAME ARGS…` (charts and models need a GUI
    // application; offscreen is enough and keeps the step away from any display).
    if (argc > 2 && qstrcmp(argv[1], "--step") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        TracingApplication app(argc, argv);
        const QStringList args = app.arguments();
        return VigieBench::runStep(args.at(2), args.mid(3));
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Vigie's steps at scale beside the sqlite3 shell and prints one table."));
    parser.addHelpOption();
    const QCommandLineOption projects(QStringLiteral("projects"), QStringLiteral("Projects of the synthetic sample (default 100000)."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic sample (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows of the import CSV (default: as many as projects)."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs of each step, each side; best and median are shown (default 3)."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Working folder (default: a temporary one)."), QStringLiteral("dir"));
    const QCommandLineOption portfolio(QStringLiteral("portfolio"), QStringLiteral("An existing synthetic portfolio of --projects projects."), QStringLiteral("file"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("An existing import CSV of --rows rows."), QStringLiteral("file"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("The US IT Dashboard CSV the import file is made from."), QStringLiteral("file"),
                                    QStringLiteral(VIGIE_US_DASHBOARD_CSV));
    const QCommandLineOption mapping(QStringLiteral("mapping"), QStringLiteral("The import mapping."), QStringLiteral("file"),
                                     QStringLiteral(VIGIE_SOURCE_DIR "/resources/mappings/us-itdashboard.json"));
    const QCommandLineOption sqlite3(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default: from PATH; \"none\" to skip)."), QStringLiteral("path"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run these rows only, comma-separated: %1.").arg(VigieBench::rowKeys().join(QStringLiteral(", "))),
                                  QStringLiteral("rows"));
    const QCommandLineOption noWindow(QStringLiteral("no-window"), QStringLiteral("Leave out the desktop window's rows."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("The server rows (file against server) on this PostgreSQL address, whose schema must "
                                                   "not hold a portfolio yet (it is published there and edited). Without it, --only "
                                                   "server starts a throwaway cluster with scripts/pg-cluster.sh. Not in the default rows."),
                                    QStringLiteral("postgresql://…"));
    for (const auto *o : { &projects, &seed, &rows, &repeat, &work, &portfolio, &csv, &source, &mapping, &sqlite3, &only, &noWindow, &server })
        parser.addOption(*o);
    parser.process(app);

    VigieBench::Options options;
    bool ok = true;
    const auto whole = [&](const QCommandLineOption &o, int min) {
        bool valid = false;
        const int v = parser.value(o).toInt(&valid);
        if (!valid || v < min) {
            QTextStream(stderr) << "--" << o.names().constFirst() << ": a whole number of at least " << min << " is expected" << Qt::endl;
            ok = false;
        }
        return v;
    };
    options.projects = whole(projects, 1);
    options.seed = quint64(whole(seed, 0));
    options.rows = whole(rows, 0);
    options.repeat = whole(repeat, 1);
    if (!ok)
        return 2;
    options.work = parser.value(work);
    options.portfolio = parser.value(portfolio);
    options.csv = parser.value(csv);
    options.source = parser.value(source);
    options.mapping = parser.value(mapping);
    options.sqlite3 = parser.value(sqlite3);
    options.window = !parser.isSet(noWindow);
    options.server = parser.value(server);
    if (parser.isSet(only)) {
        options.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : std::as_const(options.only)) {
            if (!VigieBench::rowKeys().contains(key)) {
                QTextStream(stderr) << "--only: no row " << key << "; the rows are " << VigieBench::rowKeys().join(QStringLiteral(", ")) << Qt::endl;
                return 2;
            }
        }
    }
    return VigieBench::runBenchmark(options);
}
