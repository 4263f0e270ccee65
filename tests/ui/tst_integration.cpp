// The workspace as one application: the Charts and Briefing pages live in the main window, follow the
// open file and share its undo stack (Edit → Undo takes back freezing a period or a drafted briefing);
// the overview links to charts; File → Export writes CSV/XLSX that re-imports; File → Import is
// refused on a read-only file. Dialogs go through the Dialogs test hook.
#include "analysis/briefingitems.h"
#include "analysis/periods.h"
#include "document/document.h"
#include "charts/chartspanel.h"
#include "dialogs/dialogs.h"
#include "io/exporter.h"
#include "io/mapping.h"
#include "io/projectimporter.h"
#include "report/briefingview.h"
#include "storage/filelock.h"
#include "storage/repository.h"
#include "views/mainwindow.h"
#include "views/overviewpage.h"

#include "i18n/language.h"
#include "uifixture.h"

#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartsAndBriefingPages();
    void navigationFollowsLanguage();
    void undoFreezeAndDraft();
    void overviewLinksToCharts();
    void exportProjectsReimports();
    void exportFrenchExcelAndXlsx();
    void readOnlyRefusesImport();
    void briefingMenuExports();

private:
    QAction *action(const MainWindow &window, const char *name) const;
    QTemporaryDir m_dir;
    QString m_path;
};

void TestIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_integration"));
    Language::apply(QStringLiteral("en"));
    m_path = m_dir.filePath(QStringLiteral("i.vigie"));
    QVERIFY(VigieTest::makePortfolio(m_path));
}

void TestIntegration::init()
{
    QSettings().clear();
    Dialogs::setTestMode(true);
}

void TestIntegration::cleanup()
{
    Language::apply(QStringLiteral("en"));
    QCOMPARE(Dialogs::takeMessages(), QStringList());
}

QAction *TestIntegration::action(const MainWindow &window, const char *name) const
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void TestIntegration::chartsAndBriefingPages()
{
    MainWindow window;
    const QStringList ids = window.pageIds();
    QCOMPARE(ids.mid(ids.indexOf(QStringLiteral("envelopes"))),
             (QStringList { QStringLiteral("envelopes"), QStringLiteral("charts"), QStringLiteral("briefing") }));
    QCOMPARE(window.page(QStringLiteral("charts")), window.chartsPanel());
    QCOMPARE(window.page(QStringLiteral("briefing")), window.briefingView());
    QCOMPARE(window.chartsPanel()->file(), nullptr);
    QVERIFY(!action(window, "actionBriefingExport")->isEnabled());
    QVERIFY(!action(window, "actionImportProjects")->isEnabled());

    QVERIFY(window.openFile(m_path));
    PortfolioFile *file = window.document()->file();
    QCOMPARE(window.chartsPanel()->file(), file);
    QCOMPARE(window.briefingView()->file(), file);
    QVERIFY(action(window, "actionBriefingExport")->isEnabled());
    QVERIFY(action(window, "actionBriefingPrint")->isEnabled());
    QVERIFY(action(window, "actionBriefingDraft")->isEnabled());
    QVERIFY(action(window, "actionImportProjects")->isEnabled());
    window.showPage(QStringLiteral("charts"));
    QCOMPARE(window.currentPageId(), QStringLiteral("charts"));
    window.showPage(QStringLiteral("briefing"));
    QCOMPARE(window.currentPageId(), QStringLiteral("briefing"));

    window.closeDocument();
    QCOMPARE(window.chartsPanel()->file(), nullptr);
    QCOMPARE(window.briefingView()->file(), nullptr);
    QVERIFY(!action(window, "actionBriefingExport")->isEnabled());
}

void TestIntegration::navigationFollowsLanguage()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    const int charts = int(window.pageIds().indexOf(QStringLiteral("charts")));
    const int briefing = int(window.pageIds().indexOf(QStringLiteral("briefing")));
    QCOMPARE(nav->item(charts)->text(), QStringLiteral("Charts"));
    QCOMPARE(nav->item(briefing)->text(), QStringLiteral("Briefing"));
    Language::apply(QStringLiteral("fr"));
    QCoreApplication::processEvents(); // LanguageChange goes through the event loop
    QCOMPARE(nav->item(charts)->text(), QStringLiteral("Graphiques"));
    QCOMPARE(nav->item(briefing)->text(), QStringLiteral("Breffage"));
    QCOMPARE(action(window, "actionImportProjects")->text(), QStringLiteral("&Projets…"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("menuImport"))->text(), QStringLiteral("&Importer d'un CSV"));
    Language::apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(nav->item(charts)->text(), QStringLiteral("Charts"));
}

void TestIntegration::undoFreezeAndDraft()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    PortfolioFile *file = window.document()->file();
    QUndoStack *stack = window.document()->undoStack();
    QAction *undo = action(window, "actionUndo");
    window.showPage(QStringLiteral("charts"));

    // Freezing a period from the Charts page is one step of the window's undo stack.
    QString error;
    QVERIFY2(window.chartsPanel()->freezePeriod(QStringLiteral("2016-09"), QDate(2016, 9, 30), &error), qPrintable(error));
    QVERIFY(Periods::find(*file, QStringLiteral("2016-09")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(undo->text(), QStringLiteral("&Undo Freeze Reporting Period \"2016-09\""));
    undo->trigger();
    QVERIFY(!Periods::find(*file, QStringLiteral("2016-09")));
    {
        FileError openError;
        auto fresh = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &openError);
        QVERIFY2(fresh, qPrintable(openError.message));
        QVERIFY(Periods::list(*fresh).isEmpty());
    }

    // So is drafting the briefing, from the Briefing menu.
    action(window, "actionBriefingDraft")->trigger();
    QCOMPARE(window.currentPageId(), QStringLiteral("briefing"));
    const RowId period = window.briefingView()->periodId();
    QVERIFY(!BriefingItems::load(*file, period).isEmpty());
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(BriefingItems::load(*file, period).isEmpty());
    action(window, "actionRedo")->trigger();
    QVERIFY(!BriefingItems::load(*file, period).isEmpty());
    undo->trigger();
}

void TestIntegration::overviewLinksToCharts()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.overview()->cardText(QStringLiteral("projects")).contains(QLatin1String("chart:project-health-cost")));
    QLabel *card = nullptr;
    for (QLabel *label : window.overview()->findChildren<QLabel *>())
        if (label->text().contains(QLatin1String("href=\"chart:health-trend\"")))
            card = label;
    QVERIFY(card);
    Q_EMIT card->linkActivated(QStringLiteral("chart:health-trend"));
    QCOMPARE(window.currentPageId(), QStringLiteral("charts"));
    QCOMPARE(window.chartsPanel()->currentChartId(), QStringLiteral("health-trend"));
    Q_EMIT card->linkActivated(QStringLiteral("projects"));
    QCOMPARE(window.currentPageId(), QStringLiteral("projects"));
}

void TestIntegration::exportProjectsReimports()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    const QString csv = m_dir.filePath(QStringLiteral("projects-export")); // no suffix: .csv is added
    Dialogs::setNextFileName(csv);
    action(window, "actionExportProjects")->trigger();
    QVERIFY(QFileInfo::exists(csv + QStringLiteral(".csv")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("projects-export.csv")),
             qPrintable(window.statusBar()->currentMessage()));

    // The export re-imports with the default mapping into a new portfolio: the same 12 projects.
    FileError error;
    auto target = PortfolioFile::create(m_dir.filePath(QStringLiteral("reimport.vigie")), QStringLiteral("R"), &error);
    QVERIFY2(target, qPrintable(error.message));
    ProjectImporter importer(*target, ImportMapping::defaults(), {});
    const ImportReport report = importer.run(csv + QStringLiteral(".csv"));
    QVERIFY(report.written);
    QCOMPARE(report.created, 12);
    const QList<Project> projects = Repository::projects(*target, 0, 100);
    QCOMPARE(projects.size(), 12);
    const auto first = std::find_if(projects.cbegin(), projects.cend(),
                                    [](const Project &p) { return p.code == QLatin1String("SCT-01"); });
    QVERIFY(first != projects.cend());
    QCOMPARE(first->name.fr, QStringLiteral("Modernisation du projet 1"));
    QCOMPARE(first->budget, 1e6);
}

void TestIntegration::exportFrenchExcelAndXlsx()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    const QString csv = m_dir.filePath(QStringLiteral("measures-fr.csv"));
    Dialogs::setNextFileName(csv);
    Dialogs::setNextFilter(QStringLiteral("CSV for French Excel (*.csv)"));
    QVERIFY(window.exportTable(ExportTable::Measures));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.readLine();
    QVERIFY2(header.count(';') >= 3 && !header.contains(','), header.constData());

    const QString xlsx = m_dir.filePath(QStringLiteral("workforce.xlsx"));
    Dialogs::setNextFileName(xlsx);
    action(window, "actionExportWorkforce")->trigger();
    QFile x(xlsx);
    QVERIFY(x.open(QIODevice::ReadOnly));
    QCOMPARE(x.read(2), QByteArray("PK")); // a zip: an Office Open XML workbook

    // A name the exporter cannot write says so and writes nothing.
    const QString bad = m_dir.filePath(QStringLiteral("projects.txt"));
    Dialogs::setNextFileName(bad);
    QVERIFY(!window.exportTable(ExportTable::Projects));
    QVERIFY(!QFileInfo::exists(bad));
    QCOMPARE(Dialogs::takeMessages().size(), 1);
}

void TestIntegration::readOnlyRefusesImport()
{
    FileLock other(QFileInfo(m_path).absoluteFilePath());
    QVERIFY(other.tryLock());
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY(!action(window, "actionImportProjects")->isEnabled());
    QVERIFY(!action(window, "actionBriefingDraft")->isEnabled());
    // Reading still works: export and the briefing's export.
    QVERIFY(action(window, "actionExportProjects")->isEnabled());
    QVERIFY(action(window, "actionBriefingExport")->isEnabled());
    const QString csv = m_dir.filePath(QStringLiteral("ro.csv"));
    Dialogs::setNextFileName(csv);
    QVERIFY(window.exportTable(ExportTable::Projects));
    window.importProjects(); // refused without a dialog
    window.closeDocument();
    other.unlock();
}

void TestIntegration::briefingMenuExports()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    // From any page: the Briefing menu drives the (hidden) Briefing page.
    const QString pdf = m_dir.filePath(QStringLiteral("council.pdf"));
    Dialogs::setNextFileName(pdf);
    action(window, "actionBriefingExport")->trigger();
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("council.pdf")));
    // No suffix: the chosen filter gives it.
    const QString odt = m_dir.filePath(QStringLiteral("council"));
    Dialogs::setNextFileName(odt);
    Dialogs::setNextFilter(QStringLiteral("OpenDocument text (*.odt)"));
    action(window, "actionBriefingExport")->trigger();
    QVERIFY(QFileInfo::exists(odt + QStringLiteral(".odt")));
    // A format the briefing cannot be written in is reported.
    Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("council.txt")));
    action(window, "actionBriefingExport")->trigger();
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("council.txt"))));
}

QTEST_MAIN(TestIntegration)
#include "tst_integration.moc"
