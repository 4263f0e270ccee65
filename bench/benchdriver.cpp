#include "benchdriver.h"

#include "benchsteps.h"
#include "csvmaker.h"
#include "sqliteequivalent.h"

#include "sample/synthetic.h"
#include "storage/portfoliofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <optional>

namespace VigieBench {

namespace {

constexpr double kPeakTargetMb = 300.0;

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

struct Measure
{
    double ms = -1;
    double peakMb = -1;
    QString note;
    QString error;
    bool ok() const { return error.isEmpty() && ms >= 0; }
};

// Median time and largest peak of several runs.
Measure combine(const QList<Measure> &runs)
{
    Measure m;
    QList<double> times;
    for (const Measure &r : runs) {
        if (!r.ok()) {
            m.error = r.error.isEmpty() ? QStringLiteral("no result") : r.error;
            return m;
        }
        times << r.ms;
        m.peakMb = std::max(m.peakMb, r.peakMb);
        m.note = r.note;
    }
    if (times.isEmpty())
        return m;
    std::sort(times.begin(), times.end());
    m.ms = times.size() % 2 ? times.at(times.size() / 2) : (times.at(times.size() / 2 - 1) + times.at(times.size() / 2)) / 2;
    return m;
}

// One step in a child process of this program.
Measure runVigieStep(const QString &step, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("--step"), step } + arguments);
    Measure m;
    if (!p.waitForFinished(30 * 60 * 1000)) {
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
            const QString note = noteAt >= 0 ? rest.mid(noteAt + 6) : QString();
            for (const QString &kv : rest.left(noteAt).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (kv.startsWith(QLatin1String("ms=")))
                    m.ms = kv.mid(3).toDouble();
                else if (kv.startsWith(QLatin1String("peak_kib=")))
                    m.peakMb = kv.mid(9).toDouble() / 1024.0;
            }
            m.note = note;
        }
    }
    if (m.error.isEmpty() && (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0))
        m.error = QStringLiteral("%1: exit %2 %3").arg(step).arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
    return m;
}

// The sqlite3 shell running `script` on `file`: wall time of the whole process (it starts in about a
// millisecond) and its peak memory, through /usr/bin/time when there is one.
Measure runSqlite(const QString &sqlite3, const QString &file, const QString &script, const QString &work)
{
    Measure m;
    const QString scriptPath = QDir(work).filePath(QStringLiteral("sqlite3-script.sql"));
    {
        QFile f(scriptPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m.error = f.errorString();
            return m;
        }
        f.write(script.toUtf8());
    }
    static const QString timeTool = QFileInfo::exists(QStringLiteral("/usr/bin/time")) ? QStringLiteral("/usr/bin/time") : QString();
    QProcess p;
    p.setStandardInputFile(scriptPath);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    if (timeTool.isEmpty()) {
        t.start();
        p.start(sqlite3, { QStringLiteral("-bail"), file });
    } else {
        t.start();
        p.start(timeTool, { QStringLiteral("-f"), QStringLiteral("VIGIE-BENCH-MAXRSS %M"), sqlite3, QStringLiteral("-bail"), file });
    }
    const bool finished = p.waitForFinished(30 * 60 * 1000);
    m.ms = double(t.nsecsElapsed()) / 1e6;
    const QString errors = QString::fromUtf8(p.readAllStandardError());
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m.error = QStringLiteral("sqlite3: %1").arg(errors.trimmed());
        m.ms = -1;
        return m;
    }
    for (const QString &line : errors.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("VIGIE-BENCH-MAXRSS ")))
            m.peakMb = line.mid(19).toDouble() / 1024.0;
    }
    return m;
}

struct Row
{
    QString label;
    Measure vigie;
    std::optional<Measure> sqlite;
    QString target;
    double maxMs = 0;    // target as a time (0: none)
    double maxRatio = 0; // target as a ratio to sqlite3 (0: none)
};

QString number(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
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
    return QStringLiteral("%1 CPUs (%2), %3 GiB RAM").arg(QThread::idealThreadCount()).arg(cpu, number(memGb, 1));
}

QString sqliteVersion(const QString &sqlite3)
{
    QProcess p;
    p.start(sqlite3, { QStringLiteral("--version") });
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0).trimmed();
}

} // namespace

int runBenchmark(const Options &o)
{
    std::optional<QTemporaryDir> temporary;
    QString work = o.work;
    if (work.isEmpty()) {
        temporary.emplace();
        if (!temporary->isValid()) {
            err() << "cannot make a temporary folder" << Qt::endl;
            return 1;
        }
        work = temporary->path();
    } else if (!QDir().mkpath(work)) {
        err() << work << ": cannot be created" << Qt::endl;
        return 1;
    }
    const QDir dir(work);
    QString sqlite3 = o.sqlite3;
    if (sqlite3.isEmpty())
        sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3 == QLatin1String("none"))
        sqlite3.clear();
    if (sqlite3.isEmpty())
        err() << "sqlite3 not found: the limit columns stay empty" << Qt::endl;

    // The data: the synthetic portfolio, the import CSV, an empty portfolio to import into.
    QString portfolio = o.portfolio;
    QString error;
    if (portfolio.isEmpty()) {
        portfolio = dir.filePath(QStringLiteral("synthetic.vigie"));
        QFile::remove(portfolio);
        err() << "Generating the synthetic sample (" << o.projects << " projects)…" << Qt::endl;
        if (!Vigie::SyntheticSample::write(portfolio, { o.projects, o.seed }, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
    }
    int projects = o.projects;
    {
        Vigie::FileError e;
        auto file = Vigie::PortfolioFile::open(portfolio, Vigie::PortfolioFile::Access::ReadOnly, &e);
        if (!file) {
            err() << e.message << Qt::endl;
            return 1;
        }
    }
    const int rows = o.rows > 0 ? o.rows : projects;
    QString csv = o.csv;
    if (csv.isEmpty()) {
        csv = dir.filePath(QStringLiteral("import.csv"));
        err() << "Making the import CSV (" << rows << " rows)…" << Qt::endl;
        if (!makeCsv(o.source, QStringLiteral("Project ID"), rows, csv, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
    }
    const QString empty = dir.filePath(QStringLiteral("empty.vigie"));
    QFile::remove(empty);
    {
        Vigie::FileError e;
        if (!Vigie::PortfolioFile::create(empty, QStringLiteral("Import benchmark"), &e)) {
            err() << e.message << Qt::endl;
            return 1;
        }
    }
    const auto freshCopy = [&](const QString &name) {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        QFile::copy(empty, path);
        return path;
    };

    const int repeat = std::max(1, o.repeat);
    const auto vigie = [&](const QString &step, const std::function<QStringList(int)> &arguments) {
        QList<Measure> runs;
        for (int i = 0; i < repeat; ++i) {
            err() << "  vigie   " << step << " (" << (i + 1) << "/" << repeat << ")" << Qt::endl;
            runs << runVigieStep(step, arguments(i));
        }
        return combine(runs);
    };
    const auto limit = [&](const QString &label, const std::function<QString(int)> &file,
                           const std::function<QString(int)> &script) -> std::optional<Measure> {
        if (sqlite3.isEmpty())
            return std::nullopt;
        QList<Measure> runs;
        for (int i = 0; i < repeat; ++i) {
            err() << "  sqlite3 " << label << " (" << (i + 1) << "/" << repeat << ")" << Qt::endl;
            runs << runSqlite(sqlite3, file(i), script(i), work);
        }
        return combine(runs);
    };
    const auto same = [](const QString &value) { return [value](int) { return value; }; };
    const auto args = [](const QStringList &value) { return [value](int) { return value; }; };

    QList<Row> table;
    err() << "Running each step " << repeat << " time(s), each in its own process…" << Qt::endl;
    table << Row { QStringLiteral("open file (for writing)"), vigie(QStringLiteral("open"), args({ portfolio })),
                   limit(QStringLiteral("open"), same(portfolio), same(SqliteEquivalent::open())),
                   QString(), 0, 0 };
    table << Row { QStringLiteral("summary (aggregate queries)"), vigie(QStringLiteral("summary"), args({ portfolio })),
                   limit(QStringLiteral("summary"), same(portfolio), same(SqliteEquivalent::summary())),
                   QStringLiteral("≤ 1.5× sqlite3"), 0, 1.5 };
    table << Row { QStringLiteral("open + summary (vigie summary)"), vigie(QStringLiteral("open-summary"), args({ portfolio })),
                   limit(QStringLiteral("summary"), same(portfolio), same(SqliteEquivalent::summary())),
                   QStringLiteral("≤ 1.5× sqlite3"), 0, 1.5 };
    const QString all = QLocale(QLocale::English).toString(projects);
    table << Row { QStringLiteral("Projects view: first screen painted"),
                   vigie(QStringLiteral("projects-first-screen"), args({ portfolio })), std::nullopt,
                   QStringLiteral("≤ 1 s"), 1000.0, 0 };
    table << Row { QStringLiteral("Projects view: all %1 rows loaded").arg(all),
                   vigie(QStringLiteral("projects-load"), args({ portfolio })), std::nullopt,
                   QStringLiteral("≤ 1 s"), 1000.0, 0 };
    table << Row { QStringLiteral("filter: one keystroke (slowest of \"payroll\")"),
                   vigie(QStringLiteral("filter"), args({ portfolio })), std::nullopt, QStringLiteral("≤ 50 ms"), 50.0, 0 };
    table << Row { QStringLiteral("sort by cost (authorized budget)"), vigie(QStringLiteral("sort"), args({ portfolio })),
                   std::nullopt, QStringLiteral("≤ 100 ms"), 100.0, 0 };
    table << Row { QStringLiteral("longest GUI stall, opening in the main window"),
                   vigie(QStringLiteral("gui-stall"), args({ portfolio })), std::nullopt, QStringLiteral("≤ 100 ms"), 100.0, 0 };
    table << Row { QStringLiteral("render project-health chart"), vigie(QStringLiteral("chart"), args({ portfolio })),
                   std::nullopt, QStringLiteral("≤ 150 ms"), 150.0, 0 };

    const QString importLabel = QStringLiteral("import %1-row CSV").arg(QLocale(QLocale::English).toString(rows));
    const Measure imported = vigie(QStringLiteral("import"), [&](int i) {
        return QStringList { freshCopy(QStringLiteral("import-%1.vigie").arg(i)), csv, o.mapping };
    });
    table << Row { importLabel, imported,
                   limit(QStringLiteral("import"), [&](int i) { return freshCopy(QStringLiteral("sqlite-import-%1.vigie").arg(i)); },
                         same(SqliteEquivalent::import(csv))),
                   QStringLiteral("≤ 2× sqlite3"), 0, 2.0 };
    table << Row { QStringLiteral("import, limit writing the same rows"), imported,
                   limit(QStringLiteral("import-same-rows"),
                         [&](int i) { return freshCopy(QStringLiteral("sqlite-rows-%1.vigie").arg(i)); },
                         same(SqliteEquivalent::importSameRows(csv))),
                   QString(), 0, 0 };
    const QString importedFile = dir.filePath(QStringLiteral("import-0.vigie"));
    const QString exportLabel = QStringLiteral("export %1 projects to CSV").arg(QLocale(QLocale::English).toString(rows));
    table << Row { exportLabel,
                   imported.ok() ? vigie(QStringLiteral("export"), args({ importedFile, dir.filePath(QStringLiteral("export.csv")) }))
                                 : Measure { -1, -1, {}, QStringLiteral("no imported file") },
                   imported.ok() ? limit(QStringLiteral("export"), same(importedFile),
                                         same(SqliteEquivalent::exportProjects(dir.filePath(QStringLiteral("sqlite-export.csv")))))
                                 : std::nullopt,
                   QString(), 0, 0 };

    // The table.
    out() << "Vigie benchmark: " << QLocale(QLocale::English).toString(projects) << " projects (synthetic sample"
          << (o.portfolio.isEmpty() ? QStringLiteral(", seed %1").arg(o.seed) : QStringLiteral(" ") + QFileInfo(portfolio).fileName())
          << "), import of " << QLocale(QLocale::English).toString(rows) << " CSV rows (US IT Dashboard 2012 rows with new codes)" << Qt::endl;
    out() << "Machine: " << machine() << "; build: " << VIGIE_BUILD_TYPE << "; " << (sqlite3.isEmpty() ? QStringLiteral("no sqlite3") : QStringLiteral("sqlite3 ") + sqliteVersion(sqlite3))
          << "; median of " << repeat << " run(s), each step in its own process" << Qt::endl;
    out() << Qt::endl;
    out() << "| step | Vigie ms | Vigie peak MB | sqlite3 ms | sqlite3 peak MB | Vigie / sqlite3 | target | met |" << Qt::endl;
    out() << "|---|---:|---:|---:|---:|---:|---|---|" << Qt::endl;
    bool allMeasured = true;
    for (const Row &r : std::as_const(table)) {
        if (!r.vigie.ok()) {
            allMeasured = false;
            out() << "| " << r.label << " | failed: " << r.vigie.error << " | | | | | " << r.target << " | no |" << Qt::endl;
            continue;
        }
        const bool limitOk = r.sqlite && r.sqlite->ok() && r.sqlite->ms > 0;
        if (r.sqlite && !r.sqlite->ok())
            err() << r.label << ": " << r.sqlite->error << Qt::endl;
        const double ratio = limitOk ? r.vigie.ms / r.sqlite->ms : -1.0;
        bool met = r.vigie.peakMb <= kPeakTargetMb;
        if (r.maxMs > 0)
            met = met && r.vigie.ms <= r.maxMs;
        if (r.maxRatio > 0)
            met = met && ratio >= 0 && ratio <= r.maxRatio;
        const QString target = r.target.isEmpty() ? QStringLiteral("≤ 300 MB") : r.target + QStringLiteral(", ≤ 300 MB");
        out() << "| " << r.label << " | " << number(r.vigie.ms, 1) << " | " << number(r.vigie.peakMb, 1) << " | "
              << (limitOk ? number(r.sqlite->ms, 1) : QStringLiteral("—")) << " | "
              << (limitOk && r.sqlite->peakMb >= 0 ? number(r.sqlite->peakMb, 1) : QStringLiteral("—")) << " | "
              << (ratio >= 0 ? number(ratio, 2) + QStringLiteral("×") : QStringLiteral("—")) << " | " << target << " | "
              << (met ? "yes" : "**no**") << " |" << Qt::endl;
    }
    out() << Qt::endl;
    for (const Row &r : std::as_const(table)) {
        if (r.vigie.ok() && !r.vigie.note.isEmpty())
            out() << "- " << r.label << ": " << r.vigie.note << Qt::endl;
    }
    out() << Qt::endl;
    out() << "Vigie times are measured inside the step's process (setup such as opening the file excluded unless "
             "named); sqlite3 times are the whole `sqlite3 FILE < script` process. Peak = VmHWM of the process."
          << Qt::endl;
    return allMeasured ? 0 : 1;
}

} // namespace VigieBench
