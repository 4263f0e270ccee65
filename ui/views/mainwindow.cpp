#include "mainwindow.h"

#include "document/backgroundtask.h"
#include "document/document.h"
#include "document/documentopener.h"
#include "views/fieldundo.h"
#include "views/screenfit.h"
#include "views/wheelguard.h"
#include "analysis/summary.h"
#include "charts/chartspanel.h"
#include "dialogs/editconflictdialog.h"
#include "commands/editor.h"
#include "model/entities.h"
#include "i18n/language.h"
#include "models/envelopemodel.h"
#include "models/projectmodel.h"
#include "views/itemdelegate.h"
#include "models/strategymodel.h"
#include "models/workforcemodel.h"
#include "report/briefingview.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/sqlitedriver.h"
#include "views/filterbar.h"
#include "views/measuredetail.h"
#include "views/openprogress.h"
#include "views/overviewpage.h"
#include "views/pagestack.h"
#include "views/projectactions.h"
#include "views/recordactions.h"
#include "views/strategyactions.h"
#include "views/portfolioactions.h"
#include "views/portfolioview.h"
#include "views/projectdetail.h"
#include "views/envelopewhatif.h"
#include "views/startpage.h"
#include "views/tablepage.h"
#include "views/workforcepage.h"

#include <QAbstractProxyModel>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QSignalBlocker>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QStatusBar>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>

namespace Vigie {

QPointer<MainWindow> MainWindow::s_longWaitWindow;

void MainWindow::showLongWait(const QString &file)
{
    // Workers' waits (an import, a merge) freeze nothing; they have progress of their own. (Asked first:
    // the window's pointer is the GUI thread's.)
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return;
    MainWindow *window = s_longWaitWindow;
    if (!window)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString message =
        tr("Waiting for another program to finish reading %1 (a command, a backup or another window)…")
            .arg(QFileInfo(file).fileName());
    window->statusBar()->showMessage(message);
    window->statusBar()->repaint(); // the event loop waits with the commit: painted now
    // The first pass of the event loop after the commit, written or given up; the edit's own message
    // ("Done: …") may have taken the status bar's place by then.
    QTimer::singleShot(0, window, [window, message] {
        QApplication::restoreOverrideCursor();
        if (window->statusBar()->currentMessage() == message)
            window->statusBar()->clearMessage();
    });
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_opener(new DocumentOpener(this))
    , m_salvage(new BackgroundTask(this))
    , m_serverUpgrade(new BackgroundTask(this))
    , m_nav(new QListWidget(this))
    , m_stack(new PageStack(this))
    , m_start(new StartPage(this))
    , m_banner(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_loading(new QProgressBar(this))
    , m_overview(new OverviewPage(this))
    , m_measureDetail(new MeasureDetail(this))
    , m_projectDetail(new ProjectDetail(this))
    , m_chartsPanel(new ChartsPanel(this))
    , m_briefingView(new BriefingView(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    qApp->installEventFilter(new FieldUndo(this));
    qApp->installEventFilter(new WheelGuard(this));
    qApp->installEventFilter(new ScreenFit(this));
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral("#readOnlyBanner { background: #FFF4CE; color: #3B2F00; "
                                           "border-bottom: 1px solid #D9C36A; }"));
    m_banner->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("#reopen"))
            reopenDocument();
    });
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_nav);
    // The pages fit a 1280x800 screen side by side with their panels, at 125 % too. On a smaller screen
    // (1280x800 at 200 %: 640x400) the window is not made wider than the screen, which cut the pages'
    // right side off where no one could reach it: the page scrolls sideways instead, until the screen
    // has room for its table and its details side by side.
    auto *pageScroll = new QScrollArea(this);
    pageScroll->setObjectName(QStringLiteral("pageScroll"));
    pageScroll->setFrameShape(QFrame::NoFrame);
    pageScroll->setWidgetResizable(true);
    pageScroll->setWidget(m_stack);
    pageScroll->setFocusPolicy(Qt::NoFocus); // not a stop of its own between the navigation and the page
    body->addWidget(pageScroll, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_stack->addWidget(m_start);
    m_loading->setMaximumWidth(220);
    m_loading->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_loading);
    statusBar()->addPermanentWidget(new OpenProgress(m_opener, this));

    // A commit waiting for another program's read freezes the window (the edit path runs on this
    // thread): after a moment the status bar says why, with the busy cursor, until the edit returns.
    s_longWaitWindow = this;
    SqliteDriver::setLongWaitHook(&MainWindow::showLongWait);

    createPages();
    createActions();
    createPageItemActions();
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_document && row >= 0 && row < m_pages.size() && m_pages.at(row))
            m_stack->setCurrentWidget(m_pages.at(row));
        updateStatus();
        updateDataActions(); // Export → Current View follows the page
        updatePageItemActions();
    });
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newTriggered);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openTriggered);
    connect(m_start, &StartPage::connectRequested, this, [this] { connectToServer(); });
    connect(m_start, &StartPage::openFileRequested, this, &MainWindow::openFile);
    connect(m_overview, &OverviewPage::pageRequested, this, &MainWindow::showPage);
    connect(m_overview, &OverviewPage::filterRequested, this, &MainWindow::showFiltered);
    connect(m_overview, &OverviewPage::summaryChanged, this, &MainWindow::updateStatus);
    connect(m_overview, &OverviewPage::chartRequested, this, &MainWindow::showChart);
    connect(m_briefingView, &BriefingView::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Briefing written to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_chartsPanel, &ChartsPanel::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Chart written to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_chartsPanel, &ChartsPanel::copied, this, [this] {
        statusBar()->showMessage(tr("Chart copied to the clipboard, as an image and as SVG."), 8000);
    });
    setLocale(QLocale()); // number boxes of every page follow the language's formats
    retranslateUi();
    restoreSettings();
    setDocument(nullptr);
    WheelGuard::guardFields(this); // the fields made (and polished) before the guard was installed
}

MainWindow::~MainWindow()
{
    // Views and models let go of the file before it closes.
    setDocument(nullptr);
}

void MainWindow::createPages()
{
    addPage(m_overview, QStringLiteral("overview"));

    auto *strategy = new TablePage(QStringLiteral("strategy"), this, TablePage::Shape::Tree);
    strategy->setLeafDepth(2);
    strategy->setDetail(m_measureDetail);
    strategy->setCountText([](int shown, int total) { return tr("%1 of %Ln measures shown", nullptr, total).arg(QLocale().toString(shown)); });
    connect(strategy, &TablePage::currentChanged, this, [this](const QModelIndex &index) {
        const Measure *m = m_document ? m_document->strategyModel()->measure(index) : nullptr;
        m_measureDetail->showMeasure(m ? m->uuid : QString());
    });
    // Status wide enough for "5 of 13 completed" on key areas, and visible beside the detail at 1280 pixels.
    strategy->setDefaultWidths({ 400, 70, 90, 135, 80, 95, 200 });
    addPage(strategy, QStringLiteral("strategy"));
    m_strategyActions = new StrategyActions(strategy); // add, edit and delete plans, key areas, measures

    auto *projects = new TablePage(QStringLiteral("projects"), this);
    projects->setDetail(m_projectDetail, [detail = m_projectDetail] { return detail->unwrappedWidth(); });
    projects->setCountText([this, projects](int shown, int total) {
        QString text = projectCountText(projects, shown, total);
        // Overrides are never silent: how many rows say something else than the rule, whatever the filter.
        const ProjectModel *model = m_document ? m_document->projectModel() : nullptr;
        const int differing = model ? model->countWithFlag(RowFlag::DeclaredDiffers) : 0;
        if (differing > 0)
            text += QStringLiteral(" · ") + tr("%Ln declared ≠ computed", nullptr, differing);
        const int stale = model ? model->countWithFlag(RowFlag::Stale) : 0;
        if (stale > 0)
            text += QStringLiteral(" · ") + tr("%Ln stale", nullptr, stale);
        return text;
    });
    connect(projects->filterBar(), &FilterBar::filterChanged, this, &MainWindow::updateStatus);
    connect(projects, &TablePage::currentChanged, this, [this, projects](const QModelIndex &index) {
        ProjectModel *model = m_document ? m_document->projectModel() : nullptr;
        const Project *p = model && index.isValid() ? model->project(index.row()) : nullptr;
        if (!p && model && !m_projectDetail->projectUuid().isEmpty()) {
            // The rows changed under the selection (a filter): the project stays selected when it is
            // still shown, and the panel empties when it is not.
            const int row = model->rowOf(m_projectDetail->projectUuid());
            if (row >= 0) {
                projects->select(model->index(row, 0));
                return;
            }
        }
        m_projectDetail->showProject(p ? p->uuid : QString());
    });
    // Indicators: room for a split chip, computed | declared ("Rouge | Vert").
    projects->setDefaultWidths({ 125, 180, 70, 100, 100, 100, 95, 110, 100, 90, 90, 80, 120, 90, 120, 90, 80 });
    // Code, name, organization and the three indicators in view beside the project's details.
    projects->setColumnsInView(ProjectModel::Overall + 1);
    // Variances against the latest and the original baseline: one right-click on a header away.
    projects->setDefaultHidden({ ProjectModel::CostVariance, ProjectModel::CostVarianceOriginal,
                                 ProjectModel::ScheduleVariance, ProjectModel::ScheduleVarianceOriginal });
    addPage(projects, QStringLiteral("projects"));
    m_projectActions = new ProjectActions(projects); // create, edit, delete projects; new organizations, specialties

    m_workforce = new WorkforcePage(this);
    addPage(m_workforce, QStringLiteral("workforce"));
    // Its two tables report through it, and so does switching between them.
    connect(m_workforce, &WorkforcePage::statusTextChanged, this, &MainWindow::updateStatus);
    m_workforceActions = new RecordActions(Entity::Workforce, m_workforce->recordsPage());
    m_workforceActions->setSurveyShown([this] { return m_workforce->surveyBox()->currentData().toDate(); });
    // A record just added is shown: its survey, in the table by organization and specialty.
    connect(m_workforceActions, &RecordActions::recordAdded, this, [this](const QString &, const QDate &survey) {
        m_workforce->setView(1);
        m_workforce->showSurvey(survey);
    });

    auto *envelopes = new TablePage(QStringLiteral("envelopes"), this);
    envelopes->setCountText([](int shown, int total) { return tr("%1 of %Ln envelopes shown", nullptr, total).arg(QLocale().toString(shown)); });
    envelopes->setTotalsText([this](const QAbstractItemModel *shown) { return envelopeTotals(shown); });
    envelopes->setTotalsHtml([this](const QAbstractItemModel *shown) { return envelopeTotalsHtml(shown); });
    m_envelopeWhatIf = new EnvelopeWhatIf(envelopes, envelopes);
    envelopes->setToolBar(m_envelopeWhatIf);
    m_envelopeActions = new RecordActions(Entity::Envelope, envelopes);
    envelopes->setDefaultWidths({ 100, 360, 130, 130, 130, 130 });
    envelopes->setFrozenColumnCount(2); // an envelope is its fiscal year and its organization
    envelopes->sortByColumn(EnvelopeModel::FiscalYear, Qt::DescendingOrder); // latest year first
    addPage(envelopes, QStringLiteral("envelopes"));
    // Charts and the briefing follow the open document and edit through its facade (freezing a period,
    // briefing items), so the one Edit → Undo takes them back too.
    m_chartsPanel->setDeferWhileHidden(true);
    m_briefingView->setDeferWhileHidden(true);
    addPage(m_chartsPanel, QStringLiteral("charts"));
    addPage(m_briefingView, QStringLiteral("briefing"));
    for (TablePage *page : findChildren<TablePage *>()) {
        page->restoreState();
        connect(page, &TablePage::statusTextChanged, this, &MainWindow::updateStatus);
    }
}

QString MainWindow::projectCountText(TablePage *projects, int shown, int total) const
{
    // "197 active of 214 projects": the same count as the Overview's when only the state filters.
    RowFilter f = projects->filterBar()->filter();
    const int state = f.state;
    f.state = -1;
    const bool onlyState = f.isEmpty();
    if (state == int(ProjectState::Active) && onlyState)
        return tr("%1 active of %Ln projects", nullptr, total).arg(QLocale().toString(shown));
    if (state == int(ProjectState::Completed) && onlyState)
        return tr("%1 completed of %Ln projects", nullptr, total).arg(QLocale().toString(shown));
    if (state == int(ProjectState::Cancelled) && onlyState)
        return tr("%1 cancelled of %Ln projects", nullptr, total).arg(QLocale().toString(shown));
    const ProjectModel *model = m_document ? m_document->projectModel() : nullptr;
    if (state >= 0 && model)
        return tr("%1 of %Ln projects shown", nullptr, total).arg(QLocale().toString(shown)) + QStringLiteral(" · ")
            + tr("%1 only (%2)").arg(ProjectStateText::label(ProjectState(state)).toLower(),
                                     QLocale().toString(model->countInState(ProjectState(state))));
    return tr("%1 of %Ln projects shown", nullptr, total).arg(QLocale().toString(shown));
}

void MainWindow::addPage(QWidget *page, const QString &id)
{
    page->setObjectName(id);
    page->installEventFilter(this);
    m_pages.append(page);
    m_pageIds.append(id);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->windowTitle(), m_nav);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, m_nav->fontMetrics().height() * 2));
    fitNavigation();
    if (auto *view = dynamic_cast<PortfolioView *>(page); view && m_document)
        view->setDocument(m_document.get());
    if (m_viewMenu) {
        const int n = int(m_pages.size());
        auto *action = m_viewMenu->addAction(page->windowTitle(), this, [this, id] { showPage(id); });
        if (n <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        m_pageActions.append(action);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        const int i = int(m_pages.indexOf(qobject_cast<QWidget *>(watched)));
        if (i >= 0) {
            m_nav->item(i)->setText(m_pages.at(i)->windowTitle());
            if (i < m_pageActions.size())
                m_pageActions.at(i)->setText(m_pages.at(i)->windowTitle());
            fitNavigation();
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitNavigation()
{
    // As wide as its longest name (« Vue d'ensemble ») and a margin, not a fixed 220 px: the pages get
    // the rest, which the Projects table and its detail panel need side by side at 1280 pixels.
    const QFontMetrics metrics(m_nav->font());
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_nav->item(i)->text()));
    const int margins = 2 * (m_nav->spacing() + m_nav->frameWidth()) + 3 * metrics.height();
    m_nav->setFixedWidth(std::clamp(widest + margins, 120, 220));
}

QWidget *MainWindow::page(const QString &id) const
{
    const int i = int(m_pageIds.indexOf(id));
    return i >= 0 ? m_pages.at(i).data() : nullptr;
}

ProjectModel *MainWindow::projectModel() const
{
    return m_document ? m_document->projectModel() : nullptr;
}

StrategyModel *MainWindow::strategyModel() const
{
    return m_document ? m_document->strategyModel() : nullptr;
}

TablePage *MainWindow::tablePage(const QString &id) const
{
    if (auto *table = qobject_cast<TablePage *>(page(id)))
        return table;
    return findChild<TablePage *>(id); // a table inside a page (the workforce records)
}

TablePage *MainWindow::currentTablePage() const
{
    QWidget *current = m_stack->currentWidget();
    if (auto *table = qobject_cast<TablePage *>(current))
        return table;
    if (current == m_workforce)
        return m_workforce->currentTable();
    return nullptr;
}

QStringList MainWindow::pageIds() const
{
    return m_pageIds;
}

void MainWindow::showChart(const QString &chartId)
{
    if (!m_document)
        return;
    showPage(QStringLiteral("charts"));
    m_chartsPanel->setCurrentChart(chartId);
}

void MainWindow::showFiltered(const QString &id, const RowFilter &filter)
{
    if (!m_document)
        return;
    showPage(id);
    // A table that can no longer filter (the portfolio disconnected) keeps the rows it shows.
    if (TablePage *table = tablePage(id); table && !table->isFrozen())
        table->filterBar()->setFilter(filter);
}

namespace {

// The envelopes shown, summed by fiscal year, latest first: amounts of different years are never added up.
struct YearTotals
{
    int count = 0;
    double needs = 0, granted = 0, committed = 0, gap = 0;
};
std::map<int, YearTotals, std::greater<int>> envelopeYears(const EnvelopeModel *model, const QAbstractItemModel *shown)
{
    std::map<int, YearTotals, std::greater<int>> years;
    const auto *proxy = static_cast<const QAbstractProxyModel *>(shown);
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const int row = proxy->mapToSource(proxy->index(r, 0)).row();
        const Envelope *e = model->envelope(row);
        YearTotals &t = years[e->fiscalYear];
        ++t.count;
        t.needs += e->plannedNeeds;
        t.granted += model->grantedShown(row);
        t.committed += e->committed;
        t.gap += model->gapShown(row);
    }
    return years;
}

} // namespace

QString MainWindow::envelopeTotals(const QAbstractItemModel *shown) const
{
    if (!m_document || !shown || shown->rowCount() == 0)
        return QString();
    const QLocale locale;
    QStringList lines;
    for (const auto &[year, t] : envelopeYears(m_document->envelopeModel(), shown))
        lines << tr("%1, %n envelope(s) shown: planned needs %2 · granted %3 · committed %4 · gap %5", nullptr, t.count)
                     .arg(fiscalYearLabel(year), formatMoneyMillions(t.needs, locale),
                          formatMoneyMillions(t.granted, locale), formatMoneyMillions(t.committed, locale),
                          formatMoneyMillions(t.gap, locale));
    return lines.join(QLatin1Char('\n'));
}

QString MainWindow::envelopeTotalsHtml(const QAbstractItemModel *shown) const
{
    if (!m_document || !shown || shown->rowCount() == 0)
        return QString();
    // A small table, a row per fiscal year and the amounts in columns under the table's own headings:
    // the years compare at a glance, and at 640 px it takes four lines where the sentences took six.
    const QLocale locale;
    // The year on the left, each count and amount right-aligned 12 px from the column before it.
    const auto cell = [](const QString &text, bool number, bool heading = false) {
        const QString tag = heading ? QStringLiteral("th") : QStringLiteral("td");
        return QStringLiteral("<%1 align=\"%2\" style=\"padding-left: %3px;\">%4</%1>")
            .arg(tag, number ? QStringLiteral("right") : QStringLiteral("left"), QString::number(number ? 12 : 0),
                 text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\"><tr>");
    html += cell(EnvelopeModel::columnLabel(EnvelopeModel::FiscalYear), false, true)
        //: Heading of the totals under the envelopes: how many envelopes each fiscal year's row sums up
        + cell(tr("Envelopes shown"), true, true);
    for (int column : { EnvelopeModel::Needs, EnvelopeModel::Granted, EnvelopeModel::Committed, EnvelopeModel::Gap })
        html += cell(EnvelopeModel::columnLabel(column), true, true);
    html += QStringLiteral("</tr>");
    for (const auto &[year, t] : envelopeYears(m_document->envelopeModel(), shown)) {
        html += QStringLiteral("<tr>") + cell(fiscalYearLabel(year), false) + cell(locale.toString(t.count), true);
        for (double amount : { t.needs, t.granted, t.committed, t.gap })
            html += cell(formatMoneyMillions(amount, locale), true);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

void MainWindow::showPage(const QString &id)
{
    const int i = int(m_pageIds.indexOf(id));
    if (i >= 0 && m_document)
        m_nav->setCurrentRow(i);
}

QString MainWindow::currentPageId() const
{
    const int i = int(m_pages.indexOf(m_stack->currentWidget()));
    return i >= 0 ? m_pageIds.at(i) : QString();
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    // Detach everything from the old document before it closes.
    if (m_document) {
        for (const QString &id : { QStringLiteral("strategy"), QStringLiteral("projects"), QStringLiteral("envelopes") })
            tablePage(id)->setModel(nullptr);
        m_envelopeWhatIf->setDocument(nullptr);
        m_measureDetail->setDocument(nullptr);
        m_strategyActions->setDocument(nullptr);
        m_projectActions->setDocument(nullptr);
        m_envelopeActions->setDocument(nullptr);
        m_workforceActions->setDocument(nullptr);
        m_projectDetail->setDocument(nullptr);
        m_overview->setDocument(nullptr);
        for (const QPointer<QWidget> &p : std::as_const(m_pages))
            if (auto *view = dynamic_cast<PortfolioView *>(p.data()))
                view->setDocument(nullptr);
        m_undoGroup->removeStack(m_document->undoStack());
        m_loading->hide();
        Q_EMIT documentChanged(nullptr);
    }
    m_document = std::move(document);
    if (m_document) {
        Document *doc = m_document.get();
        connect(doc->editor(), &Editor::errorOccurred, this, &MainWindow::showError);
        connect(doc->editor(), &Editor::conflictOccurred, this, [this, doc](const EditConflicts &c, const QString &text) {
            EditConflictDialog::review(doc->editor(), c, text, this);
        });
        connect(doc->editor(), &Editor::edited, this, [this](const QString &undoText) {
            //: Status bar, after an edit: "Done: Change Status of Measure 9. Edit → Undo takes it back."
            statusBar()->showMessage(tr("Done: %1. Edit → Undo takes it back.").arg(undoText), 8000);
        });
        // Undo and Redo say what they did too: "Done: …" left in the bar read as if the undo had not happened.
        connect(doc->editor(), &Editor::undone, this, [this](const QString &undoText) {
            //: Status bar, after Edit → Undo: "Undone: Change Status of Measure 9. Edit → Redo makes it again."
            statusBar()->showMessage(tr("Undone: %1. Edit → Redo makes it again.").arg(undoText), 8000);
        });
        connect(doc->editor(), &Editor::redone, this, [this](const QString &undoText) {
            //: Status bar, after Edit → Redo: "Redone: Change Status of Measure 9. Edit → Undo takes it back."
            statusBar()->showMessage(tr("Redone: %1. Edit → Undo takes it back.").arg(undoText), 8000);
        });
        connect(doc->file(), &PortfolioFile::damaged, this, &MainWindow::updateBanner);
        // Upgraded by another Vigie while open here, or its server connection lost (Document::isOutdated):
        // every action that writes, or takes the portfolio out of the window, turns off; the banner says
        // what to do.
        connect(doc, &Document::readOnlyChanged, this, [this, doc] {
            for (const QString &id : { QStringLiteral("strategy"), QStringLiteral("projects"), QStringLiteral("envelopes") })
                tablePage(id)->updateQueryControls();
            m_strategyActions->setDocument(doc);
            m_projectActions->setDocument(doc);
            m_envelopeActions->setDocument(doc);
            m_workforceActions->setDocument(doc);
            m_portfolioActions->setDocument(doc);
            updateDataActions();
            updatePageItemActions();
            updateBanner();
            updateTitle();
        });
        connect(doc, &Document::changed, this, [this](const Change &change) {
            if (change.touches(Entity::Organization) || change.touches(Entity::KeyArea))
                updateFilterChoices();
        });
        connect(doc->projectModel(), &ProjectModel::loadingChanged, this, [this](bool loading, int loaded, int total) {
            m_loading->setVisible(loading);
            m_loading->setRange(0, std::max(1, total));
            m_loading->setValue(loaded);
            updateStatus();
        });
        m_undoGroup->addStack(doc->undoStack());
        m_undoGroup->setActiveStack(doc->undoStack());
        tablePage(QStringLiteral("strategy"))->setModel(doc->strategyModel());
        tablePage(QStringLiteral("projects"))->setModel(doc->projectModel());
        fitIndicatorColumns();
        tablePage(QStringLiteral("envelopes"))->setModel(doc->envelopeModel());
        m_envelopeWhatIf->setDocument(doc);
        m_measureDetail->setDocument(doc);
        m_strategyActions->setDocument(doc);
        m_projectActions->setDocument(doc);
        m_envelopeActions->setDocument(doc);
        m_workforceActions->setDocument(doc);
        m_projectDetail->setDocument(doc);
        m_overview->setDocument(doc);
        for (const QString &id : { QStringLiteral("strategy"), QStringLiteral("projects"), QStringLiteral("envelopes") })
            tablePage(id)->filterBar()->clear();
        // The other pages (the workforce reads its surveys, the charts their periods) and the
        // organizations and key areas to filter by (a million-project portfolio has hundreds in every
        // page's filter bar). A large file's come after the window has shown it, one step per pass of
        // the event loop so that the window answers in between; a small file's at once.
        QList<std::function<void()>> attach;
        for (const QPointer<QWidget> &p : std::as_const(m_pages))
            if (auto *view = dynamic_cast<PortfolioView *>(p.data()))
                attach << [view, doc] { view->setDocument(doc); };
        // The choices are read once, then each filter bar takes them in a step of its own.
        auto choices = std::make_shared<std::pair<QList<Organization>, QList<KeyArea>>>();
        attach << [doc, choices] {
            *choices = { Repository::organizations(*doc->file()), Repository::keyAreas(*doc->file()) };
        };
        for (FilterBar *bar : findChildren<FilterBar *>())
            attach << [bar = QPointer<FilterBar>(bar), choices] {
                if (bar)
                    bar->setChoices(choices->first, choices->second);
            };
        if (BackgroundTask::isLarge(doc->path()))
            runInTurn(doc, attach);
        else
            for (const std::function<void()> &step : std::as_const(attach))
                step();
        Q_EMIT documentChanged(doc);
        updateBanner();
        m_nav->setEnabled(true);
        m_stack->setCurrentWidget(m_pages.value(std::max(0, m_nav->currentRow())));
        if (m_nav->currentRow() < 0)
            m_nav->setCurrentRow(0);
    } else {
        m_banner->hide();
        m_nav->setEnabled(false);
        m_start->setRecentFiles(recentFiles());
        m_stack->setCurrentWidget(m_start);
    }
    m_closeAction->setEnabled(bool(m_document));
    updateDataActions();
    updatePageItemActions();
    retranslateUi();
}

void MainWindow::runInTurn(Document *doc, QList<std::function<void()>> steps)
{
    if (steps.isEmpty())
        return;
    // A timer, not a posted call: the event loop delivers every posted event (a step, the repaint it
    // asked for, a worker's answer) before it runs a timer again, so steps posted one after the other
    // would run back to back with the repaints between them. A timer's step waits until they are done.
    QTimer::singleShot(1, Qt::PreciseTimer, this, [this, doc, steps = std::move(steps)]() mutable {
        if (m_document.get() != doc) // another file (or none) since: its own steps are under way
            return;
        steps.takeFirst()();
        runInTurn(doc, std::move(steps));
    });
}

void MainWindow::updateFilterChoices()
{
    if (!m_document)
        return;
    const QList<Organization> organizations = Repository::organizations(*m_document->file());
    const QList<KeyArea> areas = Repository::keyAreas(*m_document->file());
    for (FilterBar *bar : findChildren<FilterBar *>())
        bar->setChoices(organizations, areas);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowFilePath(QString());
        setWindowTitle(tr("Vigie"));
        return;
    }
    setWindowFilePath(m_document->file()->isServer() ? QString() : m_document->path());
    const QString name = m_document->file()->displayName();
    setWindowTitle(m_document->isReadOnly() ? tr("%1 (read-only) — Vigie").arg(name) : tr("%1 — Vigie").arg(name));
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    QString text;
    if (TablePage *table = currentTablePage())
        text = table->statusText();
    else if (m_stack->currentWidget() == m_overview && m_document)
        text = tr("%Ln measure(s)", nullptr, m_overview->summary().measuresTotal) + QStringLiteral(" · ")
            + tr("%Ln active project(s)", nullptr, m_overview->summary().activeProjects);
    if (m_document && m_document->projectModel()->isLoading())
        text += QStringLiteral(" · ") + tr("loading projects…");
    m_statusLabel->setText(text);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Number and date boxes everywhere take the language's formats ("4 300 000,00" in French).
        setLocale(QLocale());
        // The steps on the undo stack are named anew first, so the new Undo and Redo actions read in
        // the new language ("Annuler Modifier …").
        if (m_document)
            m_document->editor()->retranslate();
        createUndoActions();
        retranslateUi();
        if (m_document) {
            m_document->strategyModel()->retranslate();
            m_document->projectModel()->retranslate();
            m_document->workforceModel()->retranslate();
            m_document->envelopeModel()->retranslate();
        }
        fitIndicatorColumns();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::fitIndicatorColumns()
{
    // Widened, never narrowed: the user's own widths stay when they already fit the words.
    TablePage *projects = tablePage(QStringLiteral("projects"));
    if (!projects)
        return;
    QHeaderView *header = projects->header();
    const int needed = ItemDelegate::splitChipWidth(projects->view()->font());
    for (int column : { ProjectModel::Cost, ProjectModel::Schedule, ProjectModel::Overall }) {
        if (column < header->count() && header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
    projects->fitSplitter(); // the indicators stay in view beside the project's details
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    // Installing the translators posts LanguageChange to every widget; each retranslates itself.
    Language::apply(language == QLatin1String("system") ? QString() : language);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), currentPageId());
    for (TablePage *table : findChildren<TablePage *>())
        table->saveState();
    if (m_document)
        settings.setValue(QStringLiteral("lastFile"), m_document->path());
}

void MainWindow::showDetailsPanes(bool shown)
{
    for (TablePage *table : findChildren<TablePage *>())
        table->setDetailShown(shown);
}

bool MainWindow::isNarrowScreen() const
{
    const QScreen *on = screen();
    return on && on->availableGeometry().width() < NarrowScreenWidth;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First run: the 1280×800 the pages are laid out for. On a screen with less room than that and a
        // frame (a 1366×768 laptop, 1920×1080 at 150 %), the window starts maximized, so that the window
        // manager fits it, frame included, instead of leaving its bottom or its side off the screen.
        const QSize wanted(1280, 800);
        const QRect room = screen() ? screen()->availableGeometry() : QRect();
        resize(room.isValid() ? wanted.boundedTo(room.size()) : wanted);
        if (room.isValid() && (room.width() < wanted.width() + 40 || room.height() < wanted.height() + 80))
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The details pane as the user left it; until a choice is made, hidden on a screen too narrow to
    // show the Projects table's colours beside it (1280 pixels at 150 % or more), and nothing is
    // remembered for that, so that a wider screen later shows it.
    const QVariant chosen = settings.value(QStringLiteral("window/detailsPane"));
    const bool shown = chosen.isValid() ? chosen.toBool() : !isNarrowScreen();
    {
        const QSignalBlocker quiet(m_detailsAction);
        m_detailsAction->setChecked(shown);
    }
    showDetailsPanes(shown);
    const int page = int(m_pageIds.indexOf(settings.value(QStringLiteral("window/page")).toString()));
    m_nav->setCurrentRow(std::max(0, page));
}

} // namespace Vigie
