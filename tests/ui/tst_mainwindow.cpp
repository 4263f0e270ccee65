// The workspace, headless: open a portfolio, filter, edit a measure status and undo it, with the
// file on disk and the overview following; read-only when another Vigie holds the file; errors as
// dialogs (through the Dialogs test hook).
#include "document/backgroundtask.h"
#include "document/document.h"
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "models/filterproxy.h"
#include "models/projectmodel.h"
#include "models/strategymodel.h"
#include "storage/filelock.h"
#include "storage/repository.h"
#include "views/filterbar.h"
#include "views/measuredetail.h"
#include "views/mainwindow.h"
#include "views/overviewpage.h"
#include "views/projectdetail.h"
#include "views/portfolioview.h"
#include "views/startpage.h"
#include "views/tablepage.h"

#include "i18n/language.h"
#include "views/itemdelegate.h"
#include "testutil.h"
#include "uifixture.h"

#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QStandardItemModel>
#include <QTableView>
#include <QScrollBar>
#include <QAbstractItemView>
#include <QTreeWidget>

#include <sqlite3.h>

#include <future>
#include <thread>
#include <tuple>
#include <QUndoStack>

using namespace Vigie;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void openFilterEditUndo();
    void lockedFileOpensReadOnly();
    void commandLineRefusesAFileOpenHere();
    void badFileShowsError();
    void exportNamesFollowTheLanguage();
    void newPortfolioAndSaveCopy();
    void extraPage();
    void largeFileAttachesPagesInTurn();
    void homeAndEndGoToFirstAndLastRow();
    void cutTextShowsWholeInItsTooltip();
    void detailsPaneGivesItsWidthToTheTable();
    void recentPortfoliosSayWhereTheyAre();
    void tablesShowTheOrderTheirHeaderShows();
    void blockedCommitSaysWhyTheWindowWaits();

private:
    // `window` at `size`, shown, on the fixture, at `page`: that page's table.
    TablePage *showFixture(MainWindow &window, const QSize &size, const QString &page);
    QTemporaryDir m_dir;
    QString m_path;
    VigieTest::Fixture m_fx;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    Language::apply(QStringLiteral("en"));
    m_path = m_dir.filePath(QStringLiteral("w.vigie"));
    QVERIFY(VigieTest::makePortfolio(m_path, &m_fx));
}

void TestMainWindow::init()
{
    QSettings().clear();
    Dialogs::setTestMode(true);
}

void TestMainWindow::openFilterEditUndo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.windowTitle().startsWith(QLatin1String("w.vigie")));
    QVERIFY(!window.banner()->isVisibleTo(&window));
    QCOMPARE(window.currentPageId(), QStringLiteral("overview"));
    QCOMPARE(window.overview()->summary().measuresByStatus[int(MeasureStatus::Completed)], 2);
    QCOMPARE(window.recentFiles().value(0), QFileInfo(m_path).absoluteFilePath());

    // Projects: type in the filter box.
    window.showPage(QStringLiteral("projects"));
    TablePage *projects = window.tablePage(QStringLiteral("projects"));
    QTRY_VERIFY(!window.projectModel()->isLoading());
    QCOMPARE(projects->proxy()->rowCount(), 12);
    QTest::keyClicks(projects->filterBar()->searchBox(), QStringLiteral("ramq"));
    QCOMPARE(projects->proxy()->rowCount(), 4);
    QCOMPARE(window.statusText(), QStringLiteral("4 of 12 projects shown · active only (12)"));
    // In French the noun agrees with the total and the count stands alone (it read « 1 projets affichés
    // sur 214 »); the Overview's counts have their plural forms (« 1 mesures · 1 projets actifs »).
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QTRY_VERIFY(window.statusText().startsWith(QStringLiteral("Affichés\u00a0: 4 sur 12 projets")));
    // Wide enough for a computed | declared chip in French: "Rouge | Vert" was cut to "Rouge | Ver".
    for (int column : { ProjectModel::Cost, ProjectModel::Schedule, ProjectModel::Overall })
        QVERIFY(projects->header()->sectionSize(column) >= ItemDelegate::splitChipWidth(projects->view()->font()));
    QVERIFY(ItemDelegate::splitChipWidth(projects->view()->font())
            > QFontMetrics(projects->view()->font()).horizontalAdvance(QStringLiteral("Rouge Jaune")));
    window.showPage(QStringLiteral("overview"));
    QTRY_VERIFY2(window.statusText().startsWith(QStringLiteral("%1 mesures · 12 projets actifs")
                                                    .arg(window.overview()->summary().measuresTotal)),
                 qPrintable(window.statusText()));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTRY_VERIFY2(window.statusText().contains(QStringLiteral(" measures · 12 active projects")), qPrintable(window.statusText()));
    window.showPage(QStringLiteral("projects"));

    // Strategy: select Measure 9, record a status in the detail panel.
    window.showPage(QStringLiteral("strategy"));
    TablePage *strategy = window.tablePage(QStringLiteral("strategy"));
    strategy->select(window.strategyModel()->indexOfMeasure(m_fx.measure9));
    MeasureDetail *detail = window.measureDetail();
    QCOMPARE(detail->measureUuid(), m_fx.measure9);
    // Choosing "Completed" from the keyboard, as a user does, sets 100% complete.
    detail->percentBox()->setValue(40);
    detail->statusBox()->setFocus();
    while (detail->statusBox()->currentData().toInt() != int(MeasureStatus::Completed)) {
        const int before = detail->statusBox()->currentIndex();
        QTest::keyClick(detail->statusBox(), before < detail->statusBox()->findData(int(MeasureStatus::Completed)) ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(detail->statusBox()->currentIndex() != before);
    }
    QCOMPARE(detail->percentBox()->value(), 100.0);
    detail->commentBox()->setPlainText(QStringLiteral("Done"));
    QTest::mouseClick(detail->recordButton(), Qt::LeftButton);
    QCOMPARE(Dialogs::takeMessages().join(QLatin1Char('|')), QString());
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(detail->history()->topLevelItemCount(), 1);
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Change Status of Measure 9"));
    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo);
    QCOMPARE(undo->text(), QStringLiteral("&Undo Change Status of Measure 9"));
    window.showPage(QStringLiteral("overview"));
    QTRY_COMPARE(window.overview()->summary().measuresByStatus[int(MeasureStatus::Completed)], 3);
    window.showPage(QStringLiteral("strategy"));
    {
        FileError error;
        auto fresh = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &error);
        QVERIFY(fresh);
        QCOMPARE(fresh->value(Entity::Measure, m_fx.measure9, Field::Status).toString(), QStringLiteral("completed"));
    }

    // Edit → Undo: the file, the table and the overview go back.
    undo->trigger();
    QCOMPARE(detail->history()->topLevelItemCount(), 0);
    window.showPage(QStringLiteral("overview"));
    QTRY_COMPARE(window.overview()->summary().measuresByStatus[int(MeasureStatus::Completed)], 2);
    window.showPage(QStringLiteral("strategy"));
    const QModelIndex status = window.strategyModel()->indexOfMeasure(m_fx.measure9, StrategyModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Under way"));
    FileError error;
    auto fresh = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &error);
    QVERIFY(fresh);
    QCOMPARE(fresh->value(Entity::Measure, m_fx.measure9, Field::Status).toString(), QStringLiteral("under_way"));
    QVERIFY(Repository::measureHistory(*fresh, fresh->rowId(Entity::Measure, m_fx.measure9)).isEmpty());

    // Inline edit in the table goes through the same path.
    const QModelIndex percent = strategy->proxy()->mapFromSource(
        window.strategyModel()->indexOfMeasure(m_fx.measure9, StrategyModel::Percent));
    QVERIFY(strategy->proxy()->setData(percent, 80.0));
    QCOMPARE(window.document()->undoStack()->count(), 1); // the undone step was replaced
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Change Status of Measure 9"));
    QCOMPARE(detail->history()->topLevelItemCount(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(detail->history()->topLevelItemCount(), 0);
}

void TestMainWindow::lockedFileOpensReadOnly()
{
    FileLock other(QFileInfo(m_path).absoluteFilePath());
    QVERIFY(other.tryLock());
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(window.banner()->isVisibleTo(&window));
    QVERIFY(window.banner()->text().contains(QLatin1String("Another Vigie")));
    // Edits are refused with a message, nothing is written.
    QVERIFY(!window.document()->editor()->setValue(Entity::Envelope, m_fx.envelope, Field::Granted, 1.0,
                                                   QStringLiteral("E")));
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QVERIFY(!(window.projectModel()->flags(window.projectModel()->index(0, ProjectModel::ForecastCost))
              & Qt::ItemIsEditable));
    window.closeDocument();
    other.unlock();
    MainWindow second;
    QVERIFY(second.openFile(m_path));
    QVERIFY(!second.document()->isReadOnly());
}

// `vigie import` on the portfolio this window has open for editing is refused, naming the lock, and
// the file is left exactly as it was.
void TestMainWindow::commandLineRefusesAFileOpenHere()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QVERIFY(!window.document()->isReadOnly());
    const QByteArray before = VigieTest::fileHash(m_path);
    const VigieTest::Run r = VigieTest::runVigie({ QStringLiteral("import"), m_path, QStringLiteral("--projects"),
                                                   QStringLiteral(VIGIE_TEST_DATA "/import/plain-utf8.csv") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("open for editing")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QFileInfo(m_path).fileName() + QStringLiteral(".lock")), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(m_path), before);
    // Once the window lets go, the same command goes through.
    window.closeDocument();
    QCOMPARE(VigieTest::runVigie({ QStringLiteral("import"), m_path, QStringLiteral("--projects"),
                                   QStringLiteral(VIGIE_TEST_DATA "/import/plain-utf8.csv") })
                 .exitCode,
             0);
}

void TestMainWindow::badFileShowsError()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.vigie"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a portfolio");
    f.close();
    MainWindow window;
    QVERIFY(!window.openFile(bad));
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QLatin1String("not a Vigie portfolio")), qPrintable(messages.first()));
    QVERIFY(!window.document());
}

void TestMainWindow::newPortfolioAndSaveCopy()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("new.vigie"));
    Dialogs::setNextFileName(path);
    auto *newAction = window.findChild<QAction *>(QStringLiteral("actionNew"));
    auto *copyAction = window.findChild<QAction *>(QStringLiteral("actionSaveCopy"));
    QVERIFY(newAction && copyAction);
    newAction->trigger();
    QVERIFY(window.document());
    QCOMPARE(window.document()->path(), path);
    QCOMPARE(Repository::specialties(*window.document()->file()).size(), 9);
    const QString copy = m_dir.filePath(QStringLiteral("copy.vigie"));
    Dialogs::setNextFileName(copy);
    copyAction->trigger();
    QVERIFY(Dialogs::takeMessages().isEmpty());
    FileError error;
    auto reopened = PortfolioFile::open(copy, PortfolioFile::Access::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error.message));
    QCOMPARE(reopened->info().name, QStringLiteral("new"));
}

namespace {
class ExtraPage : public QWidget, public PortfolioView
{
public:
    void setDocument(Document *document) override { seen = document; }
    Document *seen = nullptr;
};
} // namespace

void TestMainWindow::extraPage()
{
    MainWindow window;
    auto *page = new ExtraPage;
    page->setWindowTitle(QStringLiteral("Extra"));
    window.addPage(page, QStringLiteral("extra"));
    QVERIFY(window.pageIds().contains(QStringLiteral("extra")));
    QVERIFY(window.openFile(m_path));
    QCOMPARE(page->seen, window.document());
    window.showPage(QStringLiteral("extra"));
    QCOMPARE(window.currentPageId(), QStringLiteral("extra"));
    window.closeDocument();
    QCOMPARE(page->seen, nullptr);
}

// A large file's other pages and filter choices come after the window has shown it, one step per pass
// of the event loop; they do come, and a file closed first gets none of them.
void TestMainWindow::largeFileAttachesPagesInTurn()
{
    BackgroundTask::setLargeFileBytes(0);
    MainWindow window;
    auto *page = new ExtraPage;
    window.addPage(page, QStringLiteral("extra"));
    QVERIFY(window.openFile(m_path));
    QTRY_VERIFY(window.document());
    Document *doc = window.document();
    auto *organizations = window.tablePage(QStringLiteral("projects"))->filterBar()->findChild<QComboBox *>(
        QStringLiteral("organizationFilter"));
    QVERIFY(organizations);
    QTRY_COMPARE(page->seen, doc);
    QTRY_VERIFY(organizations->count() > 1);
    // The workforce surveys to choose from are read on a worker.
    auto *surveys = window.findChild<QComboBox *>(QStringLiteral("surveyChoice"));
    QVERIFY(surveys);
    QTRY_COMPARE(surveys->count(), 1);
    QCOMPARE(surveys->itemData(0).toDate(), QDate(2016, 6, 1));
    window.closeDocument();
    QCOMPARE(surveys->count(), 0);
    QCOMPARE(page->seen, nullptr);
    // Opened and closed before the event loop ran the steps: nothing attaches to a closed file.
    QVERIFY(window.openFile(m_path));
    QTRY_VERIFY(window.document());
    window.closeDocument();
    QTest::qWait(50);
    QCOMPARE(page->seen, nullptr);
    BackgroundTask::setLargeFileBytes(4 * 1024 * 1024); // the default
}

// The Projects table is a table of rows: End and Ctrl+End go to the last row, Home and Ctrl+Home to
// the first, in the column the cursor is in.
void TestMainWindow::homeAndEndGoToFirstAndLastRow()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QTRY_VERIFY(!window.projectModel()->isLoading());
    window.showPage(QStringLiteral("projects"));
    QAbstractItemView *view = window.tablePage(QStringLiteral("projects"))->view();
    const int rows = view->model()->rowCount();
    QVERIFY(rows > 10);
    view->setCurrentIndex(view->model()->index(5, 2));
    for (const auto &[key, modifiers, row] : { std::tuple { Qt::Key_End, Qt::NoModifier, rows - 1 },
                                               std::tuple { Qt::Key_Home, Qt::NoModifier, 0 },
                                               std::tuple { Qt::Key_End, Qt::ControlModifier, rows - 1 },
                                               std::tuple { Qt::Key_Home, Qt::ControlModifier, 0 } }) {
        QTest::keyClick(view, key, modifiers);
        QCOMPARE(view->currentIndex().row(), row);
        QCOMPARE(view->currentIndex().column(), 2);
    }
}

// A measure title cut by a narrow column (at 200 % the Strategy tree gets half the window) shows whole in
// its tooltip, above what the tooltip said before; a title shown whole keeps the model's tooltip alone.
TablePage *TestMainWindow::showFixture(MainWindow &window, const QSize &size, const QString &page)
{
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(m_path))
        return nullptr;
    window.showPage(page);
    return window.tablePage(page);
}

// View > Details Pane (F8) hides the panels beside the Strategy and Projects tables: on a small screen
// the Projects table then shows its colours, which sat beyond its edge. Until the user chooses, a screen
// narrower than 1280 at 150 % starts with the pane hidden; the choice is remembered and wins.
void TestMainWindow::detailsPaneGivesItsWidthToTheTable()
{
    const auto inView = [](TablePage *page, int column) {
        auto *table = static_cast<QTableView *>(page->view());
        const int right = table->horizontalHeader()->sectionViewportPosition(column) + table->columnWidth(column);
        return right <= table->viewport()->width();
    };
    {
        QSettings().remove(QStringLiteral("window/detailsPane"));
        MainWindow window;
        TablePage *projects = showFixture(window, QSize(640, 400), QStringLiteral("projects"));
        QVERIFY(projects);
        QTRY_VERIFY(projects->proxy()->rowCount() > 0);
        QCoreApplication::processEvents();
        auto *pane = window.findChild<QAction *>(QStringLiteral("actionDetailsPane"));
        QVERIFY(pane);
        QCOMPARE(pane->shortcut(), QKeySequence(Qt::Key_F8));
        // No choice made yet, on the test platform's 800-pixel screen: the pane starts hidden, the colours
        // in view, and nothing is remembered for it.
        QVERIFY2(window.isNarrowScreen(), "the test platform's screen is 800 px wide");
        QVERIFY(!pane->isChecked());
        QVERIFY(!projects->isDetailShown());
        QVERIFY(inView(projects, ProjectModel::Cost));
        QVERIFY(!QSettings().contains(QStringLiteral("window/detailsPane")));
        const int withoutPane = projects->view()->width();

        // Shown: the user's choice, remembered; the colours go out of view beside it.
        pane->trigger();
        QCoreApplication::processEvents();
        QVERIFY(pane->isChecked());
        QVERIFY(projects->isDetailShown());
        QCOMPARE(QSettings().value(QStringLiteral("window/detailsPane")).toBool(), true);
        QVERIFY2(!inView(projects, ProjectModel::Cost), "the test needs the colours out of view beside the panel");
        const int withPane = projects->view()->width();
        QVERIFY(withoutPane > withPane * 3 / 2);

        pane->trigger();
        QCoreApplication::processEvents();
        QVERIFY(!projects->isDetailShown());
        QVERIFY(!window.tablePage(QStringLiteral("strategy"))->isDetailShown());
        QVERIFY(projects->view()->width() > withPane * 3 / 2);
        QVERIFY(inView(projects, ProjectModel::Cost));
        // The panel still follows the selection, for when it is shown again.
        projects->view()->setCurrentIndex(projects->proxy()->index(0, 0));
        QVERIFY(!window.findChild<ProjectDetail *>()->projectUuid().isEmpty());
        window.close(); // saves the settings
    }
    QCOMPARE(QSettings().value(QStringLiteral("window/detailsPane")).toBool(), false);
    MainWindow again;
    TablePage *strategy = showFixture(again, QSize(640, 400), QStringLiteral("strategy"));
    QVERIFY(strategy);
    auto *pane = again.findChild<QAction *>(QStringLiteral("actionDetailsPane"));
    QVERIFY(!pane->isChecked());
    QVERIFY(!strategy->isDetailShown());
    pane->trigger();
    QCoreApplication::processEvents();
    QVERIFY(strategy->isDetailShown());
    QVERIFY(again.measureDetail()->isVisible());
    QVERIFY(again.measureDetail()->width() > 100);
    again.close();
    // Once chosen, shown it stays, narrow screen or not.
    MainWindow third;
    TablePage *projects = showFixture(third, QSize(640, 400), QStringLiteral("projects"));
    QVERIFY(projects && third.isNarrowScreen());
    QVERIFY(projects->isDetailShown());
    QVERIFY(third.findChild<QAction *>(QStringLiteral("actionDetailsPane"))->isChecked());
}

// Two ministries' copies are both "w.vigie": the start page shows each one's folder under its name, and
// File > Open Recent adds the folder to names that would read alike (an "&" in a name stays an "&").
void TestMainWindow::recentPortfoliosSayWhereTheyAre()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("mtess/w.vigie")), b = dir.filePath(QStringLiteral("msss/w.vigie")),
                  c = dir.filePath(QStringLiteral("R&D.vigie"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("mtess"))) && QDir().mkpath(dir.filePath(QStringLiteral("msss"))));
    for (const QString &to : { a, b, c })
        QVERIFY(QFile::copy(m_path, to));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QString &file : { c, b, a }) {
        QVERIFY(window.openFile(file));
        window.closeDocument();
    }
    auto *start = window.findChild<StartPage *>();
    QVERIFY(start && start->isVisible());
    const QString mtess = QDir::toNativeSeparators(QFileInfo(a).absolutePath());
    const QString msss = QDir::toNativeSeparators(QFileInfo(b).absolutePath());
    const QStringList entries = start->recentEntries();
    QCOMPARE(entries.mid(0, 3), (QStringList { QStringLiteral("w.vigie\n") + mtess, QStringLiteral("w.vigie\n") + msss,
                                               QStringLiteral("R&D.vigie\n") + QDir::toNativeSeparators(dir.path()) }));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(menu);
    QStringList items;
    for (QAction *action : menu->actions())
        items << action->text();
    QCOMPARE(items.mid(0, 3), (QStringList { QStringLiteral("&1 w.vigie — ") + mtess, QStringLiteral("&2 w.vigie — ") + msss,
                                             QStringLiteral("&3 R&&D.vigie") }));
    QVERIFY(menu->toolTipsVisible()); // and the whole path under the pointer
    QCOMPARE(menu->actions().at(0)->toolTip(), QDir::toNativeSeparators(QFileInfo(a).absoluteFilePath()));
    // Two lines an entry, the folder in full or shortened in its middle.
    QListWidget *list = start->findChild<QListWidget *>();
    QVERIFY(list->visualItemRect(list->item(0)).height() >= 2 * list->fontMetrics().height());
}

void TestMainWindow::cutTextShowsWholeInItsTooltip()
{
    MainWindow window;
    TablePage *strategy = showFixture(window, QSize(1000, 700), QStringLiteral("strategy"));
    QVERIFY(strategy);
    QAbstractItemView *view = strategy->view();
    const QModelIndex measure = strategy->proxy()->mapFromSource(window.strategyModel()->indexOfMeasure(m_fx.measure9));
    QVERIFY(measure.isValid());
    view->scrollTo(measure);
    const QString title = measure.data().toString();
    const QString ownTip = measure.data(Qt::ToolTipRole).toString();
    QVERIFY(title.size() > 12);
    const auto tipAt = [&] {
        QToolTip::hideText();
        if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
            return QStringLiteral("(the last tooltip stayed)");
        const QRect cell = view->visualRect(measure);
        QHelpEvent event(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
        QCoreApplication::sendEvent(view->viewport(), &event);
        return QToolTip::text();
    };

    const QFontMetrics fm(view->font());
    strategy->header()->resizeSection(0, fm.horizontalAdvance(title) / 2 + view->visualRect(measure).left());
    QVERIFY(view->visualRect(measure).width() < fm.horizontalAdvance(title));
    const QString cut = tipAt();
    QCOMPARE(QString(cut).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified(),
             (title + QLatin1Char(' ') + ownTip).simplified());
    if (!ownTip.isEmpty())
        QVERIFY2(cut.endsWith(QStringLiteral("\n\n") + ownTip), qPrintable(cut));

    strategy->header()->resizeSection(0, fm.horizontalAdvance(title) * 2 + view->visualRect(measure).left());
    QCOMPARE(tipAt(), ownTip);

    // Whole in its column, but the column wider than the view and scrolled: the view's edge cuts it.
    const int indent = view->visualRect(measure).left();
    strategy->header()->resizeSection(0, std::max(fm.horizontalAdvance(title) * 2, view->viewport()->width() + 200) + indent);
    QVERIFY(view->horizontalScrollBar()->maximum() > indent + 20);
    view->horizontalScrollBar()->setValue(indent + 20);
    QVERIFY(view->visualRect(measure).left() < 0);
    QVERIFY2(tipAt().startsWith(title), qPrintable(QToolTip::text()));
    view->horizontalScrollBar()->setValue(0);
    QCOMPARE(tipAt(), ownTip);
    QToolTip::hideText();

    // A long text is wrapped at word boundaries into lines of some sixty characters, not one line
    // wider than the screen, nor Qt's 5:3 box of rich text.
    QStandardItemModel model(1, 1);
    const QString words = QStringLiteral("Review the government's major information technology projects "
                                         "at each authorization stage, from business case to closing, "
                                         "with an independent expert where the risk warrants it");
    model.setItem(0, 0, new QStandardItem(words));
    QTableView table;
    ItemDelegate delegate;
    table.setItemDelegate(&delegate);
    table.setModel(&model);
    table.resize(300, 200);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    table.horizontalHeader()->resizeSection(0, 120);
    QStyleOptionViewItem option;
    option.initFrom(&table);
    option.widget = &table;
    option.rect = table.visualRect(model.index(0, 0));
    option.font = table.font();
    const QStringList lines = delegate.toolTip(option, model.index(0, 0)).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('|'))));
    QCOMPARE(lines.join(QLatin1Char(' ')), words);
    const QFontMetrics tipMetrics(QToolTip::font());
    for (const QString &line : lines)
        QVERIFY2(tipMetrics.horizontalAdvance(line) <= tipMetrics.averageCharWidth() * 60, qPrintable(line));
    table.horizontalHeader()->resizeSection(0, QFontMetrics(table.font()).horizontalAdvance(words) + 40);
    table.resize(table.horizontalHeader()->sectionSize(0) + 80, 200);
    QTRY_VERIFY(table.viewport()->width() > table.horizontalHeader()->sectionSize(0));
    option.rect = table.visualRect(model.index(0, 0));
    QCOMPARE(delegate.toolTip(option, model.index(0, 0)), QString());
}

// A flat table given its model shows the rows in the order its header shows (a QTableView does not sort
// a model it is given): the workforce records by organization, the envelopes latest fiscal year first.
void TestMainWindow::tablesShowTheOrderTheirHeaderShows()
{
    QSettings().clear(); // no column order saved by an earlier test: each page's default
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QTRY_VERIFY(window.document());
    const QCollator collator { QLocale() };
    for (const auto &[id, column, order] : { std::tuple { QStringLiteral("workforce"), 0, Qt::AscendingOrder },
                                             std::tuple { QStringLiteral("envelopes"), 0, Qt::DescendingOrder } }) {
        TablePage *page = window.tablePage(id);
        QVERIFY2(page, qPrintable(id));
        QAbstractItemModel *shown = page->view()->model();
        QTRY_VERIFY(shown->rowCount() > 1);
        QCOMPARE(page->header()->sortIndicatorSection(), column);
        QCOMPARE(page->header()->sortIndicatorOrder(), order);
        for (int row = 1; row < shown->rowCount(); ++row) {
            const QString before = shown->index(row - 1, column).data().toString();
            const QString after = shown->index(row, column).data().toString();
            const int c = collator.compare(before, after);
            QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                     qPrintable(QStringLiteral("%1: %2 before %3").arg(id, before, after)));
        }
    }
    // The fixture's organizations are not in that order in the file: the first shown is the third made.
    QCOMPARE(window.tablePage(QStringLiteral("workforce"))->view()->model()->index(0, 0).data().toString(),
             QStringLiteral("Health Insurance Board"));
}

// The French interface offered "q-projects.csv" for the Projects view: the suggested names of exported
// views are in the interface's language, as the data exports' already were.
void TestMainWindow::exportNamesFollowTheLanguage()
{
    const QStringList ids { QStringLiteral("strategy"), QStringLiteral("projects"), QStringLiteral("envelopes"),
                            QStringLiteral("workforce"), QStringLiteral("workforce-pivot") };
    QCOMPARE(MainWindow::viewFileStem(QStringLiteral("projects")), QStringLiteral("projects"));
    Language::apply(QStringLiteral("fr"));
    QCOMPARE(MainWindow::viewFileStem(QStringLiteral("projects")), QStringLiteral("projets"));
    QSet<QString> french;
    for (const QString &id : ids) {
        QVERIFY2(MainWindow::viewFileStem(id) != id, qPrintable(id));
        french.insert(MainWindow::viewFileStem(id));
    }
    Language::apply(QStringLiteral("en"));
    QCOMPARE(french.size(), ids.size());
}

void TestMainWindow::blockedCommitSaysWhyTheWindowWaits()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    QTRY_VERIFY(!window.projectModel()->isLoading());
    const QString name = Repository::project(*window.document()->file(), m_fx.project1)->name.en;

    // Another program reads the file (a read transaction holds SQLite's shared lock), for 1.5 s.
    std::promise<QString> reading;
    std::future<QString> started = reading.get_future();
    std::thread reader([&reading, path = m_path.toUtf8()] {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
            || sqlite3_exec(db, "BEGIN; SELECT COUNT(*) FROM project;", nullptr, nullptr, nullptr) != SQLITE_OK) {
            reading.set_value(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_close(db);
            return;
        }
        reading.set_value(QString());
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
    auto join = qScopeGuard([&reader] { reader.join(); });
    QCOMPARE(started.get(), QString());

    // The edit's commit waits for it on this thread; meanwhile the status bar said why, with the busy
    // cursor, until the edit's own message; the cursor goes in the first pass of the event loop after.
    QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
    QVERIFY(!QGuiApplication::overrideCursor());
    QVERIFY(window.document()->editor()->setValue(Entity::Project, m_fx.project1, Field::NameEn,
                                                  QStringLiteral("Renamed while read"), QStringLiteral("SCT-01")));
    QVERIFY(QGuiApplication::overrideCursor());
    QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::WaitCursor);
    QVERIFY(messages.size() >= 2);
    QCOMPARE(messages.at(0).at(0).toString(),
             QStringLiteral("Waiting for another program to finish reading w.vigie (a command, a backup or another "
                            "window)…"));
    const QString done = window.statusBar()->currentMessage();
    QVERIFY2(done.startsWith(QStringLiteral("Done: Change English name of SCT-01")), qPrintable(done));
    QTRY_VERIFY(!QGuiApplication::overrideCursor());
    QCOMPARE(window.statusBar()->currentMessage(), done); // the edit's message stays
    QCOMPARE(Repository::project(*window.document()->file(), m_fx.project1)->name.en,
             QStringLiteral("Renamed while read"));
    // An edit that does not wait says nothing of waiting.
    messages.clear();
    QVERIFY(window.document()->editor()->setValue(Entity::Project, m_fx.project1, Field::NameEn, name,
                                                  QStringLiteral("SCT-01")));
    QVERIFY(!QGuiApplication::overrideCursor());
    for (const QList<QVariant> &message : std::as_const(messages))
        QVERIFY2(!message.at(0).toString().startsWith(QStringLiteral("Waiting")), qPrintable(message.at(0).toString()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
