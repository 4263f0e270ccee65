#include "viewsteps.h"

#include "benchsteps.h"

#include "document/document.h"
#include "document/documentopener.h"
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "models/envelopemodel.h"
#include "models/filterproxy.h"
#include "models/lookup.h"
#include "models/projectmodel.h"
#include "models/strategymodel.h"
#include "charts/chartspanel.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "views/filterbar.h"
#include "views/mainwindow.h"
#include "views/overviewpage.h"
#include "views/tablepage.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QPixmap>
#include <QAbstractItemView>
#include <QScrollBar>
#include <QSettings>
#include <QSocketNotifier>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <functional>
#include <chrono>
#include <memory>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace VigieBench {

using namespace Vigie;

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Lets the posted work of one user action run: layouts, delayed item layouts, the repaint.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// How long an input event would wait for the GUI thread: a thread writes the time into a pipe every
// 5 ms, as the display server's connection receives a key press, and the GUI thread reads it through a
// socket notifier, which the event loop serves as it serves that connection (at every pass, beside
// the posted events). The wait is the time between the write and the read. A timer's ticks measure
// something else: Qt runs timers only when no posted event is waiting, so a chain of short posted
// events (a repaint, a worker's answer, the next one) holds a timer back for the sum of them while
// input is served between each.
class InputProbe
{
public:
    InputProbe()
    {
        if (::pipe2(m_pipe, O_NONBLOCK | O_CLOEXEC) != 0)
            qFatal("pipe2 failed");
        m_notifier = std::make_unique<QSocketNotifier>(m_pipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] { read(); });
        m_writer = std::thread([this] {
            while (!m_stop.load()) {
                const qint64 now = nowNs();
                if (::write(m_pipe[1], &now, sizeof now) != sizeof now && !m_stop.load())
                    std::this_thread::yield(); // the pipe is full while the GUI thread is held: one reading is enough
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
    }
    ~InputProbe()
    {
        m_stop.store(true);
        m_writer.join();
        m_notifier.reset();
        ::close(m_pipe[0]);
        ::close(m_pipe[1]);
    }
    InputProbe(const InputProbe &) = delete;
    InputProbe &operator=(const InputProbe &) = delete;

    // Starts a measured stretch: the longest wait and the waits over 50 ms count from now.
    void restart()
    {
        read();
        m_worst = 0;
        m_worstAt = 0;
        m_long.clear();
        m_since = nowNs();
    }
    double worst() const { return m_worst; }
    double worstAt() const { return m_worstAt; } // ms after restart()
    QStringList longWaits() const { return m_long; } // "at+length" (ms), over 50 ms

private:
    static qint64 nowNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    }
    void read()
    {
        // The oldest time read since restart() is the one that waited longest.
        qint64 sent = 0;
        qint64 oldest = 0;
        while (::read(m_pipe[0], &sent, sizeof sent) == sizeof sent) {
            if (oldest == 0 && m_since != 0 && sent >= m_since)
                oldest = sent;
        }
        if (oldest == 0)
            return;
        const double waited = double(nowNs() - oldest) / 1e6;
        if (waited > 8 && qEnvironmentVariableIsSet("VIGIE_BENCH_TRACE"))
            qInfo("probe: %.1f ms", waited);
        const double at = double(oldest - m_since) / 1e6;
        if (waited > m_worst) {
            m_worst = waited;
            m_worstAt = at;
        }
        if (waited > 50)
            m_long << QStringLiteral("%1+%2").arg(at, 0, 'f', 0).arg(waited, 0, 'f', 0);
    }

    int m_pipe[2] = { -1, -1 };
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::thread m_writer;
    std::atomic<bool> m_stop { false };
    qint64 m_since = 0;
    double m_worst = 0;
    double m_worstAt = 0;
    QStringList m_long;
};

// Settings of this run only (window geometry, recent files), never the user's, and no dialog waiting
// for a click: before the window, which reads them.
void useBenchSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieBench"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie-bench"));
    Dialogs::setTestMode(true);
    // Every run starts from the same state: a page's sort order saved by the previous run would make
    // this run's sort a no-op.
    QSettings().clear();
}

// The main window at the size the targets are measured at, shown and painted.
void showBenchWindow(MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    settle();
}

// Calls `onPaint` before each paint of the watched widget.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(std::function<void()> onPaint)
        : m_onPaint(std::move(onPaint))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_onPaint();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onPaint;
};

// The Projects view of the main window, alone: its model, its page (filter bar, proxy, tree view).
struct ProjectsView
{
    std::unique_ptr<Document> document;
    ProjectModel *model = nullptr;
    std::unique_ptr<TablePage> page; // destroyed before the document whose model it shows

    bool open(const QString &path, QString *error)
    {
        FileError e;
        document = Document::open(path, &e);
        if (!document) {
            *error = e.message;
            return false;
        }
        model = document->projectModel();
        page = std::make_unique<TablePage>(QStringLiteral("projects"));
        page->setModel(model);
        page->setDefaultWidths({ 130, 300, 80, 90, 90, 90, 110, 100, 90, 90, 90 });
        page->restoreState();
        page->resize(1280, 800);
        page->show();
        settle();
        return true;
    }

    // The event loop until the model's query (on its worker, for a large file) has answered. When
    // `firstScreen` is given it gets the time of the first answer applied (a first screen of a large
    // answer, or the whole), from `t`.
    void answered(const QElapsedTimer *t = nullptr, double *firstScreen = nullptr)
    {
        QMetaObject::Connection first;
        if (t && firstScreen) {
            *firstScreen = -1;
            first = QObject::connect(model, &QAbstractItemModel::layoutChanged, model, [t, firstScreen]() {
                if (*firstScreen < 0)
                    *firstScreen = elapsedMs(*t);
            });
        }
        if (model->isLoading()) {
            QEventLoop loop;
            QObject::connect(model, &ProjectModel::loadingChanged, &loop, [&loop](bool loading) {
                if (!loading)
                    loop.quit();
            });
            loop.exec();
        }
        QObject::disconnect(first);
        if (t && firstScreen && *firstScreen < 0)
            *firstScreen = elapsedMs(*t);
        settle();
    }

    // reload() and the event loop until the rows are in; returns the time it took.
    double load()
    {
        QElapsedTimer t;
        t.start();
        model->reload();
        answered();
        return elapsedMs(t);
    }
};

void sendKey(QWidget *target, QChar c)
{
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

} // namespace

int stepProjectsLoad(const QStringList &args, bool firstScreen)
{
    ProjectsView v;
    QString error;
    if (!v.open(args.value(0), &error))
        return fail(error);
    QElapsedTimer t;
    double firstPaint = -1;
    PaintWatch watch([&] {
        if (firstPaint < 0 && v.page->proxy()->rowCount() > 0)
            firstPaint = elapsedMs(t);
    });
    v.page->view()->viewport()->installEventFilter(&watch);
    t.start();
    const double all = v.load();
    if (v.model->rowCount() == 0)
        return fail(QStringLiteral("no project was loaded"));
    if (firstPaint < 0)
        return fail(QStringLiteral("the view never painted a row"));
    const QString note = QStringLiteral("%1 rows; first screen painted after %2 ms, all rows after %3 ms")
                             .arg(v.model->rowCount())
                             .arg(firstPaint, 0, 'f', 1)
                             .arg(all, 0, 'f', 1);
    return report(firstScreen ? firstPaint : all, note);
}

int stepFilterKeystroke(const QStringList &args)
{
    ProjectsView v;
    QString error;
    if (!v.open(args.value(0), &error))
        return fail(error);
    v.load();
    QLineEdit *search = v.page->filterBar()->searchBox();
    QStringList keys;
    double worst = 0;
    double worstWhole = 0;
    for (const QChar c : QStringLiteral("payroll")) {
        QElapsedTimer t;
        t.start();
        sendKey(search, c);
        double firstScreen = 0;
        v.answered(&t, &firstScreen);
        const double ms = elapsedMs(t);
        worst = std::max(worst, firstScreen);
        worstWhole = std::max(worstWhole, ms);
        keys << QStringLiteral("\"%1\" %2 ms (whole answer %3 ms) → %4")
                    .arg(search->text())
                    .arg(firstScreen, 0, 'f', 1)
                    .arg(ms, 0, 'f', 1)
                    .arg(v.page->proxy()->rowCount());
    }
    if (search->text() != QLatin1String("payroll") || v.page->proxy()->rowCount() >= v.model->totalRows())
        return fail(QStringLiteral("the filter did not apply (%1)").arg(keys.join(QLatin1String(", "))));
    return report(worst, QStringLiteral("first screen of the answer; of %1 rows: %2; slowest whole answer %3 ms")
                             .arg(v.model->totalRows())
                             .arg(keys.join(QLatin1String(", ")))
                             .arg(worstWhole, 0, 'f', 1));
}

namespace {

// A header click on the loaded Projects view: the time until the first screen is sorted (the step's
// figure) and until the whole answer is in. `check` says what is wrong with the sorted rows ("" when
// nothing) and what to add to the note.
int timeSort(const QStringList &args, int column, Qt::SortOrder order,
             const std::function<QString(ProjectsView &, QString *note)> &check)
{
    ProjectsView v;
    QString error;
    if (!v.open(args.value(0), &error))
        return fail(error);
    v.load();
    QElapsedTimer t;
    t.start();
    v.page->sortByColumn(column, order);
    double firstScreen = 0;
    v.answered(&t, &firstScreen);
    const double ms = elapsedMs(t);
    QString note;
    const QString wrong = check(v, &note);
    if (!wrong.isEmpty())
        return fail(wrong);
    return report(firstScreen, QStringLiteral("first screen sorted after %1 ms, the whole answer after %2 ms; %3 rows, %4")
                                   .arg(firstScreen, 0, 'f', 1)
                                   .arg(ms, 0, 'f', 1)
                                   .arg(v.model->rowCount())
                                   .arg(note));
}

} // namespace

int stepSortByCost(const QStringList &args)
{
    return timeSort(args, ProjectModel::Budget, Qt::DescendingOrder, [](ProjectsView &v, QString *note) {
        const QModelIndex first = v.page->proxy()->index(0, ProjectModel::Budget);
        const QModelIndex last = v.page->proxy()->index(v.page->proxy()->rowCount() - 1, ProjectModel::Budget);
        const Project *top = v.model->project(v.page->proxy()->mapToSource(first).row());
        const Project *bottom = v.model->project(v.page->proxy()->mapToSource(last).row());
        if (!top || !bottom || top->budget < bottom->budget)
            return QStringLiteral("the rows are not sorted by budget");
        *note = QStringLiteral("largest budget %1 $").arg(top->budget, 0, 'f', 0);
        return QString();
    });
}

// Sorting by an order no index gives (the names, folded as a reader compares them): the first screen
// comes from every row read, in two halves at once on a large file.
int stepSortByName(const QStringList &args)
{
    return timeSort(args, ProjectModel::Name, Qt::AscendingOrder, [](ProjectsView &v, QString *note) {
        const auto folded = [](const QString &text) {
            QString shown = text;
            shown.remove(Lookup::marker()); // a name shown in the other language: the marker is not sorted by
            QString out;
            for (QChar ch : shown.normalized(QString::NormalizationForm_D).toLower())
                if (!ch.isMark())
                    out += ch;
            return out;
        };
        QString previous;
        const int rows = std::min(v.page->proxy()->rowCount(), 200);
        for (int r = 0; r < rows; ++r) {
            const QString name = folded(v.page->proxy()->index(r, ProjectModel::Name).data().toString());
            if (name < previous)
                return QStringLiteral("the rows are not sorted by name (%1 after %2)").arg(name, previous);
            previous = name;
        }
        *note = QStringLiteral("first \"%1\"").arg(v.page->proxy()->index(0, ProjectModel::Name).data().toString());
        return QString();
    });
}

int stepGuiStall(const QStringList &args)
{
    useBenchSettings();
    MainWindow window;
    showBenchWindow(window);

    QElapsedTimer clock;
    clock.start();
    double lastTick = 0;
    double worst = 0;
    double worstAt = 0;
    double openedAt = -1;
    bool done = false;
    QEventLoop loop;
    QTimer ticker;
    ticker.setInterval(10);
    ticker.setTimerType(Qt::PreciseTimer);
    const auto finished = [&] {
        return window.document() && !window.opener()->isBusy() && !window.projectModel()->isLoading()
            && !window.overview()->isComputing() && !window.document()->strategyModel()->isLoading()
            && !window.document()->envelopeModel()->isLoading();
    };
    InputProbe input;
    QStringList stalls; // every gap over 50 ms: "at+length"
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const double now = elapsedMs(clock);
        if (openedAt >= 0 && now - lastTick > worst) {
            worst = now - lastTick;
            worstAt = lastTick - openedAt;
        }
        if (openedAt >= 0 && now - lastTick > 50)
            stalls << QStringLiteral("%1+%2").arg(lastTick - openedAt, 0, 'f', 0).arg(now - lastTick, 0, 'f', 0);
        if (openedAt >= 0 && now - lastTick > 30 && qEnvironmentVariableIsSet("VIGIE_BENCH_TRACE"))
            qInfo("-- the events above: a gap of %.0f ms between ticks, from %.0f ms after openFile()", now - lastTick,
                  lastTick - openedAt);
        lastTick = now;
        if (openedAt >= 0 && !done && finished()) {
            done = true;
            QTimer::singleShot(50, &loop, &QEventLoop::quit); // a few more ticks: the last repaint
        }
    });
    QObject::connect(&window, &MainWindow::documentChanged, &loop, [&](Document *document) {
        if (qEnvironmentVariableIsSet("VIGIE_BENCH_TRACE"))
            qInfo("document %p at %.0f ms", static_cast<void *>(document), elapsedMs(clock) - openedAt);
        if (document) // the user goes to the Projects view as soon as the file is there
            QTimer::singleShot(0, &window, [&window] { window.showPage(QStringLiteral("projects")); });
    });
    bool opened = false;
    QTimer::singleShot(100, &loop, [&] {
        openedAt = elapsedMs(clock);
        lastTick = openedAt;
        input.restart();
        opened = window.openFile(args.value(0));
        if (!opened)
            loop.quit();
    });
    QTimer::singleShot(10 * 60 * 1000, &loop, &QEventLoop::quit);
    ticker.start();
    loop.exec();
    ticker.stop();
    const double total = elapsedMs(clock) - openedAt;
    const QStringList messages = Dialogs::takeMessages();
    if (!opened || !done)
        return fail(QStringLiteral("the file did not open and load (%1)").arg(messages.join(QLatin1Char(' '))));
    // The stall is how long an input event waited (InputProbe); the timer's longest gap is shown beside.
    return report(input.worst(),
                  QStringLiteral("longest wait of an input event %1 ms starting %2 ms after openFile(); waits over 50 ms "
                                 "(start+length): %3; longest gap between 10 ms timer ticks %4 ms starting %5 ms after "
                                 "openFile(), gaps over 50 ms: %6; %7 projects loaded and the overview computed %8 ms "
                                 "after openFile()")
                      .arg(input.worst(), 0, 'f', 1)
                      .arg(input.worstAt(), 0, 'f', 1)
                      .arg(input.longWaits().isEmpty() ? QStringLiteral("none") : input.longWaits().join(QLatin1Char(' ')))
                      .arg(worst, 0, 'f', 1)
                      .arg(worstAt, 0, 'f', 1)
                      .arg(stalls.isEmpty() ? QStringLiteral("none") : stalls.join(QLatin1Char(' ')))
                      .arg(window.projectModel()->rowCount())
                      .arg(total, 0, 'f', 0));
}

namespace {
// A document is open and nothing of the window is still being read or computed.
bool windowIdle(MainWindow &window)
{
    Document *d = window.document();
    return d && !window.opener()->isBusy() && !window.projectModel()->isLoading() && !window.overview()->isComputing()
        && !d->strategyModel()->isLoading() && !d->envelopeModel()->isLoading() && !window.chartsPanel()->isComputing();
}
} // namespace

int stepPageStall(const QStringList &args)
{
    useBenchSettings();
    MainWindow window;
    showBenchWindow(window);

    const auto idle = [&window] { return windowIdle(window); };
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer ticker;
    ticker.setInterval(10);
    ticker.setTimerType(Qt::PreciseTimer);
    double lastTick = 0;
    double phaseStart = 0;
    double worst = 0; // of the current phase
    InputProbe input;
    QString phase; // empty while opening: not counted here (gui-stall measures it)
    QStringList steps { QStringLiteral("strategy"), QStringLiteral("workforce"), QStringLiteral("charts"),
                        QStringLiteral("envelopes"), QStringLiteral("overview"), QStringLiteral("projects"),
                        QStringLiteral("sort") };
    QStringList notes;
    double overall = 0;
    const auto next = [&] {
        if (!phase.isEmpty()) {
            notes << QStringLiteral("%1 %2 ms (timer %3 ms)").arg(phase).arg(input.worst(), 0, 'f', 0).arg(worst, 0, 'f', 0);
            overall = std::max(overall, input.worst());
            // To look at what each page showed once its workers were done.
            const QString shots = qEnvironmentVariable("VIGIE_BENCH_SHOTS");
            if (!shots.isEmpty())
                window.grab().save(QStringLiteral("%1/%2.png").arg(shots, phase));
        }
        if (steps.isEmpty()) {
            loop.quit();
            return;
        }
        phase = steps.takeFirst();
        worst = 0;
        input.restart();
        phaseStart = elapsedMs(clock);
        lastTick = phaseStart;
        if (phase == QLatin1String("sort"))
            window.currentTablePage()->sortByColumn(ProjectModel::Budget, Qt::DescendingOrder);
        else
            window.showPage(phase);
    };
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const double now = elapsedMs(clock);
        worst = std::max(worst, now - lastTick);
        lastTick = now;
        if (idle() && now - phaseStart > 1000)
            next();
    });
    bool opened = false;
    QTimer::singleShot(100, &loop, [&] {
        opened = window.openFile(args.value(0));
        if (!opened)
            loop.quit();
        phaseStart = elapsedMs(clock);
    });
    QTimer::singleShot(15 * 60 * 1000, &loop, &QEventLoop::quit);
    ticker.start();
    loop.exec();
    ticker.stop();
    if (!opened || !steps.isEmpty())
        return fail(QStringLiteral("the pages were not all shown (%1)").arg(Dialogs::takeMessages().join(QLatin1Char(' '))));
    return report(overall, QStringLiteral("longest wait of an input event per page, and the longest gap between 10 ms timer ticks: %1").arg(notes.join(QStringLiteral(", "))));
}

int stepEditStall(const QStringList &args)
{
    useBenchSettings();
    MainWindow window;
    showBenchWindow(window);

    const auto idle = [&window] { return windowIdle(window); };
    // The event loop until the window is idle and has been for `quiet` ms (repaints, refreshes).
    const auto settleIdle = [&idle](int quiet) {
        QEventLoop loop;
        QTimer ticker;
        ticker.setInterval(10);
        QElapsedTimer since;
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            if (!idle())
                since.invalidate();
            else if (!since.isValid())
                since.start();
            else if (since.elapsed() >= quiet)
                loop.quit();
        });
        QTimer::singleShot(15 * 60 * 1000, &loop, &QEventLoop::quit);
        ticker.start();
        loop.exec();
        return idle();
    };
    if (!window.openFile(args.value(0)) || !settleIdle(1000))
        return fail(QStringLiteral("the file did not open and load (%1)").arg(Dialogs::takeMessages().join(QLatin1Char(' '))));
    window.showPage(QStringLiteral("projects"));
    settleIdle(500);

    Document *document = window.document();
    Editor *editor = document->editor();
    const QList<Measure> measures = Repository::measures(*document->file());
    if (measures.isEmpty())
        return fail(QStringLiteral("the portfolio has no measure to link a project to"));
    // What a person does to a new project, each through the edit facade (one undo step each) as the
    // dialogs and panels do, then takes it all back; each timed as the longest wait of an input event from
    // the edit until the window is idle again (the models refreshed and repainted).
    QString uuid;
    // Codes of this run alone: a run stopped halfway leaves its project, which must not refuse the next.
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch(), 36).toUpper();
    const QString code = QStringLiteral("BENCH-%1-A").arg(stamp);
    const QString renamed = QStringLiteral("bench-%1-b").arg(stamp.toLower());
    // One step back.
    const auto undo = [document] {
        QUndoStack *stack = document->undoStack();
        if (!stack->canUndo())
            return false;
        stack->undo();
        return true;
    };
    // Sideways to the last column and back, the codes kept in view (RowTable's frozen column, which
    // takes the million rows at the first step and lets them go at the second).
    QAbstractItemView *table = window.tablePage(QStringLiteral("projects"))->view();
    // (Nothing to do in a window wide enough for every column.)
    const auto sideways = [table](bool toTheEnd) {
        QScrollBar *bar = table->horizontalScrollBar();
        bar->setValue(toTheEnd ? bar->maximum() : 0);
        return true;
    };
    const QList<std::pair<QString, std::function<bool()>>> edits {
        { QStringLiteral("scroll sideways to the last column"), [&] { return sideways(true); } },
        { QStringLiteral("scroll back"), [&] { return sideways(false); } },
        { QStringLiteral("add a project"), [&] {
             uuid = editor->addProject({ { Field::Code, code },
                                         { Field::NameEn, QStringLiteral("Benchmark project") } });
             return !uuid.isEmpty();
         } },
        { QStringLiteral("change its code"), [&] {
             return editor->editItem(Entity::Project, uuid, { { Field::Code, renamed } });
         } },
        { QStringLiteral("change its forecast cost"), [&] {
             return editor->setValue(Entity::Project, uuid, Field::ForecastCost, 250000.0,
                                     [renamed] { return QStringLiteral("Project ") + renamed; });
         } },
        { QStringLiteral("find a code typed in another case"), [&] {
             return Repository::matchProjectCode(*document->file(), renamed.toUpper()).code == renamed;
         } },
        { QStringLiteral("link it to a measure"), [&] { return editor->linkProjectToMeasure(uuid, measures.constFirst().uuid); } },
        { QStringLiteral("undo the link"), undo },
        { QStringLiteral("undo the forecast"), undo },
        { QStringLiteral("undo the code"), undo },
        { QStringLiteral("undo the addition"), [&] {
             return undo() && Repository::projectByCode(*document->file(), code) == std::nullopt;
         } },
    };
    InputProbe input;
    QStringList notes;
    double overall = 0;
    for (const auto &[what, edit] : edits) {
        input.restart();
        QElapsedTimer t;
        bool ok = false;
        double call = 0;
        QTimer::singleShot(0, [&] {
            t.start();
            ok = edit();
            call = elapsedMs(t);
        });
        settleIdle(300);
        if (!ok)
            return fail(QStringLiteral("\"%1\" was refused (%2)").arg(what, Dialogs::takeMessages().join(QLatin1Char(' '))));
        notes << QStringLiteral("%1 %2 ms (the call %3 ms)").arg(what).arg(input.worst(), 0, 'f', 1).arg(call, 0, 'f', 1);
        overall = std::max(overall, input.worst());
    }
    return report(overall, QStringLiteral("longest wait of an input event per edit, until the window was idle again: %1")
                               .arg(notes.join(QStringLiteral(", "))));
}

} // namespace VigieBench
