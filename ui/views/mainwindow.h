#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QActionGroup;
class QLabel;
class QPagedPaintDevice;
class QListWidget;
class QProgressBar;
class QToolBar;
class QUndoGroup;

namespace Vigie {

enum class ExportTable;
struct RowFilter;
class BackgroundTask;
class BriefingView;
class ChartsPanel;
class CopyActions;
class Document;
class ProjectActions;
class RecordActions;
class PortfolioActions;
class StrategyActions;
class DocumentOpener;
class Editor;
class EnvelopeModel;
class EnvelopeWhatIf;
class MeasureDetail;
class OverviewPage;
class PageStack;
class PortfolioFile;
class ProjectDetail;
class ProjectModel;
class StartPage;
class StrategyModel;
class TablePage;
class WorkforceModel;
class WorkforcePage;

// Vigie's desktop workspace: navigation between the overview, the four domains, the charts and the
// council briefing; the document (open/new/close, recent files, read-only banner), import and export
// of tables, the Briefing menu, Edit → Undo/Redo (one stack for every page) and the Language menu.
//
// Pages: addPage(page, id) appends a page to the navigation; its windowTitle() is the navigation
// label (set it in the page's retranslateUi(); the label follows). A page that implements
// PortfolioView receives the open portfolio; any page can also connect to documentChanged().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Below this width (logical pixels: 1280 at 150 % is 853), the Projects table cannot show its
    // colours beside the details pane, which then starts hidden until the user chooses (F8).
    static constexpr int NarrowScreenWidth = 960;
    bool isNarrowScreen() const;

    // --- document (errors are shown through Dialogs)
    // False when the file was refused at once. A large file opens in the background (documentChanged()
    // says when; opener() is busy meanwhile).
    bool openFile(const QString &path);
    // File → Connect to Server… (a window-modal dialog), on `address` when given; `problem`: why the last
    // attempt failed. Accepted, it opens the server as openFile() does.
    void connectToServer(const QString &address = QString(), const QString &problem = QString());
    DocumentOpener *opener() const { return m_opener; }
    bool newPortfolio(const QString &path);
    void closeDocument();
    // Closes the portfolio and opens it again (the banner's "Open it again" once the document is outdated:
    // a lost server connection, a portfolio replaced by an older one), on the same page.
    void reopenDocument();
    Document *document() const { return m_document.get(); }
    QStringList recentFiles() const;

    // --- pages
    void addPage(QWidget *page, const QString &id);
    QWidget *page(const QString &id) const;
    void showPage(const QString &id);
    // Shows a table page with its filter bar set to `filter` (the Overview's counts lead here).
    void showFiltered(const QString &id, const Vigie::RowFilter &filter);
    QString currentPageId() const;
    QStringList pageIds() const;

    // --- parts, for tests
    OverviewPage *overview() const { return m_overview; }
    TablePage *tablePage(const QString &id) const;
    // The table on screen (a table page, or the table of the Workforce page), or null.
    TablePage *currentTablePage() const;
    // The name an exported table view is offered under, in the current language ("projects", "projets").
    static QString viewFileStem(const QString &id);
    WorkforcePage *workforcePage() const { return m_workforce; }
    EnvelopeWhatIf *envelopeWhatIf() const { return m_envelopeWhatIf; }
    RecordActions *envelopeActions() const { return m_envelopeActions; }
    RecordActions *workforceActions() const { return m_workforceActions; }
    // The open document's models (null when none is open).
    ProjectModel *projectModel() const;
    StrategyModel *strategyModel() const;
    MeasureDetail *measureDetail() const { return m_measureDetail; }
    StrategyActions *strategyActions() const { return m_strategyActions; }
    ChartsPanel *chartsPanel() const { return m_chartsPanel; }
    BriefingView *briefingView() const { return m_briefingView; }
    QLabel *banner() const { return m_banner; }
    QMenu *fileMenu() const { return m_fileMenu; }
    CopyActions *copyActions() const { return m_copyActions; }
    PortfolioActions *portfolioActions() const { return m_portfolioActions; }
    QString statusText() const;

    // Shows the Charts page on the chart `chartId`.
    void showChart(const QString &chartId);
    // File → Import from CSV → Projects… (modal) and File → Export → a table (asks for the file name;
    // the format follows its suffix, .csv or .xlsx). False if nothing was written.
    void importProjects();
    void editProperties(); // File → Properties…
    void importData(int kind); // File → Import from CSV → Organizations/Measures/Workforce/Envelopes (ImportKind)
    bool exportTable(Vigie::ExportTable table);
    // File → Export → Current View…: the table on screen as shown (rows filtered and sorted, visible
    // columns, texts as displayed) to CSV or XLSX. False if nothing was written.
    bool exportCurrentView();
    // File → Print… (Ctrl+P) and Print Preview…: what the current page shows. printCurrentPage()
    // paints it on a device directly (tests, PDF); false when the page has nothing to print.
    void printCurrent();
    void printPreviewCurrent();
    bool printCurrentPage(QPagedPaintDevice *device) const;
    // Edit → Filter (Ctrl+F): the current page's filter box, or its first filter.
    void focusFilter();

Q_SIGNALS:
    // A portfolio was opened (or closed: null).
    void documentChanged(Vigie::Document *document);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPages();
    QString projectCountText(TablePage *projects, int shown, int total) const;
    void createActions();
    void retranslateUi();
    void setLanguage(const QString &language);
    void setDocument(std::unique_ptr<Document> document);
    void updateFilterChoices();
    // Runs the steps in order, each in its own pass of the event loop, while `doc` stays the document.
    void runInTurn(Document *doc, QList<std::function<void()>> steps);
    void createUndoActions();
    void updateTitle();
    // The indicator columns of the Projects page as wide as a computed | declared chip needs.
    void fitIndicatorColumns();
    // The navigation list as wide as its page names need.
    void fitNavigation();
    void updateStatus();
    // The banner above the pages: damage found while reading, a crash's change rolled back on opening,
    // read-only and why.
    void updateBanner();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void saveSettings();
    void restoreSettings();
    // View > Details Pane: the panels beside the tables shown or hidden.
    void showDetailsPanes(bool shown);

    // Import, Export and the Briefing menu (mainwindow_data.cpp)
    void createDataActions();
    void createBriefingMenu();
    void retranslateDataActions();
    void updateDataActions();
    QString envelopeTotals(const QAbstractItemModel *shown) const;
    QString envelopeTotalsHtml(const QAbstractItemModel *shown) const;

    // The page's structure commands in the Edit menu and on the toolbar (mainwindow_pageactions.cpp)
    void createPageItemActions();
    void updatePageItemActions();

    // File menu actions (mainwindow_actions.cpp)
    void newTriggered();
    void openTriggered();
    void saveCopyTriggered();
    void aboutTriggered();
    void showError(const QString &message);
    // A file that cannot be opened but whose rows can still be read (damaged pages, a trigger someone
    // added): the error, with "Save a Recovered Copy…", which writes a new portfolio of every readable
    // row on a worker (Salvage), says what it kept and left, and opens it.
    void offerRecoveredCopy(const QString &path, const QString &problem);
    // A portfolio on a server in an older format, opened by the role that may upgrade it: the error, with
    // "Upgrade for Every User", which runs ServerStore::upgrade on a worker (one transaction on the
    // server), names the other Vigie programs that were connected, and opens the portfolio.
    void offerServerUpgrade(const QString &address, const QString &problem);

    // SqliteDriver's long-wait hook: the busy cursor and a status message until the edit returns.
    static void showLongWait(const QString &file);
    static QPointer<MainWindow> s_longWaitWindow; // the last window made

    std::unique_ptr<Document> m_document;
    DocumentOpener *m_opener;
    BackgroundTask *m_salvage;
    BackgroundTask *m_serverUpgrade;
    quint64 m_openSerial = 0; // each file asked for (or closed) has its own: a late answer for another is dropped
    QListWidget *m_nav;
    PageStack *m_stack;
    StartPage *m_start;
    QLabel *m_banner;
    QLabel *m_statusLabel;
    QProgressBar *m_loading;
    QList<QPointer<QWidget>> m_pages;
    QStringList m_pageIds;

    OverviewPage *m_overview;
    MeasureDetail *m_measureDetail;
    StrategyActions *m_strategyActions = nullptr;
    ProjectActions *m_projectActions = nullptr;
    RecordActions *m_envelopeActions = nullptr;  // new and delete envelopes
    RecordActions *m_workforceActions = nullptr; // new and delete workforce records
    ProjectDetail *m_projectDetail;
    ChartsPanel *m_chartsPanel;
    BriefingView *m_briefingView;
    WorkforcePage *m_workforce = nullptr;
    EnvelopeWhatIf *m_envelopeWhatIf = nullptr;
    QUndoGroup *m_undoGroup;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_pageItemActions; // the shown page's, in the Edit menu and (those that add) the toolbar
    QAction *m_pageMenuSeparator = nullptr;
    QAction *m_sharedItemsSeparator = nullptr; // before the organizations' and specialties' commands of a page
    QAction *m_pageBarSeparator = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_whatsThisAction = nullptr;
    QMenu *m_importMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QList<QAction *> m_importKindActions; // organizations, measures, workforce, envelopes
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_exportView = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_exportProjects = nullptr;
    QAction *m_exportMeasures = nullptr;
    QAction *m_exportWorkforce = nullptr;
    QMenu *m_briefingMenu = nullptr;
    QAction *m_briefingDraft = nullptr;
    QAction *m_briefingExport = nullptr;
    QAction *m_briefingPreview = nullptr;
    QAction *m_briefingPrint = nullptr;
    QAction *m_langEn = nullptr;
    QAction *m_langFr = nullptr;
    QAction *m_langSystem = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QList<QAction *> m_pageActions;
    CopyActions *m_copyActions = nullptr; // Send Copy, Merge Copies, Compare, Merge Report
    PortfolioActions *m_portfolioActions = nullptr; // Portfolio menu: the health rule
};

} // namespace Vigie
