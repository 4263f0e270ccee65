// MainWindow: menus, actions and the document commands (New, Open, Open Recent, Save a Copy As,
// Close, Quit, drag and drop, About). Import, Export and the Briefing menu are in mainwindow_data.cpp.
#include "mainwindow.h"

#include "views/helpbrowser.h"
#include "views/pagestack.h"

#include "document/backgroundtask.h"
#include "document/document.h"
#include "document/documentopener.h"
#include "dialogs/connectdialog.h"
#include "dialogs/dialogs.h"
#include "i18n/language.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/portfoliotemplate.h"
#include "storage/salvage.h"
#include "storage/servercredentials.h"
#include "storage/serverlocation.h"
#include "storage/serverstore.h"
#include "views/filterbar.h"
#include "views/portfolioactions.h"
#include "views/copyactions.h"
#include "views/startpage.h"
#include "views/tablepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStatusBar>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTimer>
#include <QIcon>
#include <QToolBar>
#include <QUndoGroup>
#include <QWhatsThis>
#include <QUndoStack>

namespace Vigie {

namespace {
constexpr int kMaxRecent = 8;

QString portfolioPathOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".vigie"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return QString();
}
} // namespace

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newTriggered);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openTriggered);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_fileMenu->addAction(QString(), this, [this] { connectToServer(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_recentMenu->setToolTipsVisible(true); // each entry's whole path under the pointer
    m_fileMenu->addSeparator();
    createDataActions();
    m_fileMenu->addSeparator();
    m_copyActions = new CopyActions(this);
    m_copyActions->addTo(m_fileMenu);
    connect(m_copyActions, &CopyActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_fileMenu->addSeparator();
    m_saveCopyAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveCopyTriggered);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeDocument);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createUndoActions();
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), this, &MainWindow::focusFilter);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(QStringLiteral("actionFind"));

    m_viewMenu = menuBar()->addMenu(QString());
    // The panel beside the Strategy and Projects tables, which a small screen may rather give to the
    // table's columns (at 640 pixels the colours sat out of view). Remembered.
    m_detailsAction = m_viewMenu->addAction(QString());
    m_detailsAction->setObjectName(QStringLiteral("actionDetailsPane"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_detailsAction, &QAction::toggled, this, [this](bool shown) {
        showDetailsPanes(shown);
        QSettings().setValue(QStringLiteral("window/detailsPane"), shown);
    });
    m_viewMenu->addSeparator();
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString id = m_pageIds.at(i);
        QAction *action = m_viewMenu->addAction(QString(), this, [this, id] { showPage(id); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions.append(action);
    }
    m_portfolioActions = new PortfolioActions(this);
    m_portfolioActions->addMenu(menuBar(), nullptr);
    connect(this, &MainWindow::documentChanged, m_portfolioActions, &PortfolioActions::setDocument);
    createBriefingMenu();

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_langEn = m_languageMenu->addAction(QStringLiteral("English"));
    m_langFr = m_languageMenu->addAction(QStringLiteral("Français"));
    m_languageMenu->addSeparator();
    m_langSystem = m_languageMenu->addAction(QString());
    // The remembered choice, unless this session runs in another language (vigie-desktop --lang fr): the
    // menu shows the language in effect.
    QString chosen = QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
    if ((chosen == QLatin1String("system") ? Language::resolve(QString()) : chosen) != Language::current())
        chosen = Language::current();
    for (auto [action, code] : { std::pair { m_langEn, QStringLiteral("en") }, std::pair { m_langFr, QStringLiteral("fr") },
                                 std::pair { m_langSystem, QStringLiteral("system") } }) {
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == chosen);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpAction = m_helpMenu->addAction(QString(), this, [this] {
        HelpBrowser::showTopic(HelpBrowser::topicForPage(currentPageId()), this);
    });
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    m_helpAction->setObjectName(QStringLiteral("actionHelp"));
    m_whatsThisAction = QWhatsThis::createAction(this);
    m_whatsThisAction->setObjectName(QStringLiteral("actionWhatsThis"));
    m_helpMenu->addAction(m_whatsThisAction);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::aboutTriggered);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    const std::pair<QAction *, const char *> names[] = {
        { m_newAction, "actionNew" }, { m_openAction, "actionOpen" }, { m_connectAction, "actionConnect" }, { m_saveCopyAction, "actionSaveCopy" },
        { m_closeAction, "actionClose" }, { m_quitAction, "actionQuit" }, { m_langEn, "actionLanguageEn" }, { m_langFr, "actionLanguageFr" },
        { m_langSystem, "actionLanguageSystem" }, { m_aboutAction, "actionAbout" },
    };
    for (const auto &[action, name] : names)
        action->setObjectName(QString::fromLatin1(name));
    updateRecentMenu();
}

void MainWindow::createUndoActions()
{
    // The stack's own actions (QUndoGroup follows the open document's stack): enabled when there is
    // something to undo, their text says what ("Undo Change Status of Measure 9"). The prefix is fixed
    // when an action is made, so a language change makes them anew, in the same places.
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // What the step is, after the verb as each language puts it ("Undo Add Organization MIN3", « Annuler
    // Ajouter l'organisme MIN3 »), from a translated pattern rather than QUndoGroup's fixed prefix. Set
    // after the group's own update, which it overrides.
    const auto follow = [this](QAction *action, bool isUndo) {
        const auto show = [action, isUndo](const QString &text) {
            if (text.isEmpty())
                action->setText(isUndo ? tr("&Undo") : tr("&Redo"));
            else
                action->setText(isUndo ? tr("&Undo %1").arg(text) : tr("&Redo %1").arg(text));
            // The toolbar keeps a short label, so that its buttons stay where they are whatever the step;
            // the step is in the tooltip (and the Edit menu).
            action->setIconText(isUndo ? tr("Undo") : tr("Redo"));
            action->setToolTip(QString(action->text()).remove(QLatin1Char('&')));
        };
        connect(m_undoGroup, isUndo ? &QUndoGroup::undoTextChanged : &QUndoGroup::redoTextChanged, action, show);
        const QUndoStack *stack = m_undoGroup->activeStack();
        show(stack ? (isUndo ? stack->undoText() : stack->redoText()) : QString());
    };
    follow(undo, true);
    follow(redo, false);
    undo->setObjectName(QStringLiteral("actionUndo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    undo->setShortcut(QKeySequence::Undo);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    QAction *menuBefore = m_undoAction ? m_undoAction : (m_editMenu->actions().isEmpty() ? nullptr : m_editMenu->actions().constFirst());
    m_editMenu->insertAction(menuBefore, undo);
    m_editMenu->insertAction(menuBefore, redo);
    QAction *barBefore = m_undoAction ? m_undoAction : (m_toolBar->actions().isEmpty() ? nullptr : m_toolBar->actions().constFirst());
    m_toolBar->insertAction(barBefore, undo);
    m_toolBar->insertAction(barBefore, redo);
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = undo;
    m_redoAction = redo;
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Portfolio…"));
    m_openAction->setText(tr("&Open…"));
    m_connectAction->setText(tr("Connect to &Server…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveCopyAction->setText(tr("Save a &Copy As…"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Filter"));
    m_findAction->setToolTip(tr("Go to the filter of the page (Ctrl+F)"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_viewMenu->setTitle(tr("&View"));
    m_detailsAction->setText(tr("&Details Pane"));
    m_detailsAction->setStatusTip(tr("Show or hide the panel beside the Strategy and Projects tables (F8)"));
    m_languageMenu->setTitle(tr("&Language"));
    m_langSystem->setText(tr("Follow the &System"));
    m_helpMenu->setTitle(tr("&Help"));
    m_helpAction->setText(tr("Vigie &Help"));
    m_whatsThisAction->setText(tr("What's &This?"));
    m_aboutAction->setText(tr("&About Vigie"));
    m_nav->setAccessibleName(tr("Views"));
    m_loading->setAccessibleName(tr("Loading projects"));
    retranslateDataActions();
    m_copyActions->retranslateUi();

    const QString titles[] = { tr("Overview"), tr("Strategy"), tr("Projects"), tr("Workforce"), tr("Envelopes") };
    for (int i = 0; i < 5 && i < m_pages.size(); ++i)
        m_pages.at(i)->setWindowTitle(titles[i]); // the navigation follows through eventFilter()
    for (int i = 0; i < m_pages.size() && i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setText(m_pages.at(i)->windowTitle());
    updateBanner();
    updateTitle();
    updateStatus();
}

void MainWindow::updateBanner()
{
    QStringList parts;
    if (m_document) {
        const PortfolioFile *file = m_document->file();
        // Damage first: figures on the pages may be incomplete.
        if (!file->damage().isEmpty())
            parts << tr("<b>Damaged.</b> %1").arg(file->damage().toHtmlEscaped());
        if (!file->recoveryNote().isEmpty())
            parts << tr("<b>Recovered.</b> %1").arg(file->recoveryNote().toHtmlEscaped());
        if (m_document->isOutdated()) {
            // Opening again reconnects, or upgrades an older portfolio put in place; a newer format needs
            // a newer Vigie, which opening again here would only say.
            const int format = file->formatChangedTo();
            QString part = (format > Schema::currentVersion ? tr("<b>Upgraded elsewhere.</b> %1")
                            : format != 0                  ? tr("<b>Replaced elsewhere.</b> %1")
                            : file->isServer()             ? tr("<b>Disconnected.</b> %1")
                                                           : tr("<b>Moved or replaced.</b> %1"))
                               .arg(m_document->readOnlyReason().toHtmlEscaped());
            // A file no longer at its path has nothing to open again there.
            if (format <= Schema::currentVersion && (file->isServer() || QFileInfo::exists(file->path())))
                part += QLatin1Char(' ') + tr("<a href=\"#reopen\">Open it again</a>");
            parts << part;
        }
        else if (m_document->isReadOnly())
            parts << tr("<b>Read-only.</b> %1 Changes cannot be made; use File → Save a Copy As to work on a copy.")
                         .arg(m_document->readOnlyReason().toHtmlEscaped());
    }
    m_banner->setText(parts.join(QLatin1String("<br>")));
    m_banner->setVisible(!parts.isEmpty());
}

bool MainWindow::openFile(const QString &path)
{
    if (m_document && m_document->path() == Document::canonicalPath(path))
        return true;
    auto refused = std::make_shared<bool>(false);
    const quint64 serial = ++m_openSerial;
    m_opener->open(path, [this, refused, path, serial](std::unique_ptr<Document> document, const FileError &error) {
        if (!document) {
            *refused = true;
            // A server that could not be reached or refused the login: the connection's fields again, with
            // the reason, where the user can correct the address or type a password.
            if (ServerLocation::isServerAddress(path) && error.code == FileError::Io)
                connectToServer(path, error.message);
            else if (error.code == FileError::NeedsUpgrade && error.upgradable)
                offerServerUpgrade(path, error.message);
            else if (error.code == FileError::Corrupt || error.salvageable)
                offerRecoveredCopy(path, error.message);
            else
                showError(error.message);
            return;
        }
        // A large file's document was just opened in this pass of the event loop (its file and models);
        // the window takes it in the next one, after what was already waiting (a repaint) has run.
        // The settings it is remembered in (two writes of the settings file) come in a pass of their own.
        const bool large = BackgroundTask::isLarge(document->path());
        auto show = [this, serial, large](std::unique_ptr<Document> opened) {
            if (serial != m_openSerial) // closed, or another file asked for, since
                return;
            setDocument(nullptr);
            setDocument(std::move(opened));
            const auto remember = [this, serial, path = m_document->path()] {
                if (serial != m_openSerial)
                    return;
                addRecentFile(path);
                QSettings().setValue(QStringLiteral("lastFile"), path);
            };
            if (large)
                QTimer::singleShot(1, Qt::PreciseTimer, this, remember);
            else
                remember();
        };
        if (!large) {
            show(std::move(document));
            return;
        }
        auto held = std::make_shared<std::unique_ptr<Document>>(std::move(document));
        QTimer::singleShot(1, Qt::PreciseTimer, this, [show, held] { show(std::move(*held)); });
    });
    return !*refused;
}

bool MainWindow::newPortfolio(const QString &path)
{
    PortfolioTemplate::Options options;
    options.name = QFileInfo(path).completeBaseName();
    options.language = Language::current();
    FileError error;
    std::unique_ptr<PortfolioFile> file = PortfolioTemplate::create(path, options, &error);
    if (!file) {
        showError(error.message);
        return false;
    }
    std::unique_ptr<Document> document = Document::adopt(std::move(file));
    if (!document) {
        showError(tr("%1: the new portfolio could not be opened.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    ++m_openSerial;
    setDocument(nullptr);
    setDocument(std::move(document));
    addRecentFile(m_document->path());
    return true;
}

void MainWindow::closeDocument()
{
    m_opener->cancel();
    ++m_openSerial;
    if (m_document)
        QSettings().setValue(QStringLiteral("lastFile"), m_document->path());
    setDocument(nullptr);
}

void MainWindow::reopenDocument()
{
    if (!m_document)
        return;
    const QString path = m_document->path();
    const QString page = currentPageId();
    closeDocument();
    // Back on the page the user was on once the portfolio is open again (a large one opens in the
    // background); whatever is opened next if it cannot be (the server still unreachable) is left alone.
    const QMetaObject::Connection back = connect(
        this, &MainWindow::documentChanged, this,
        [this, page, path](Document *document) {
            if (document && document->path() == path)
                showPage(page);
        },
        Qt::SingleShotConnection);
    if (!openFile(path))
        disconnect(back);
}

void MainWindow::newTriggered()
{
    const QString dir = m_document ? m_document->file()->folder() : PortfolioFile::documentsFolder();
    const QString path = Dialogs::saveFileName(this, tr("New Portfolio"), dir + QLatin1Char('/') + tr("portfolio.vigie"),
                                               Dialogs::Existing::NewFileOnly);
    if (!path.isEmpty())
        newPortfolio(path);
}

void MainWindow::openTriggered()
{
    const QString dir = m_document ? m_document->file()->folder() : PortfolioFile::documentsFolder();
    const QString path = Dialogs::openFileName(this, tr("Open Portfolio"), dir);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::connectToServer(const QString &address, const QString &problem)
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString start = address;
    if (start.isEmpty()) {
        // The last server used, as a starting point.
        const QStringList recent = recentFiles();
        const auto server = std::find_if(recent.cbegin(), recent.cend(), &ServerLocation::isServerAddress);
        if (server != recent.cend())
            start = *server;
    }
    dialog->setAddress(start);
    dialog->setProblem(problem);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString target = dialog->address();
        // In memory for this session only (ServerCredentials); an empty field keeps one typed earlier.
        if (!dialog->password().isEmpty())
            ServerCredentials::remember(target, dialog->password());
        openFile(target);
    });
    dialog->open();
}

void MainWindow::saveCopyTriggered()
{
    if (!m_document || m_document->isOutdated())
        return;
    const QFileInfo current(m_document->path());
    const QString suggested = m_document->file()->folder() + QLatin1Char('/')
        + tr("%1 copy.vigie").arg(m_document->file()->baseName());
    const QString path = Dialogs::saveFileName(this, tr("Save a Copy As"), suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path) == current) {
        showError(tr("Choose another name: the copy cannot replace the open file."));
        return;
    }
    QString error;
    if (!m_document->file()->saveCopyAs(path, &error))
        showError(error);
    else
        statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::aboutTriggered()
{
    Dialogs::about(this, tr("About Vigie"),
                       tr("<h3>Vigie %1</h3><p>IT strategy, project portfolio health, IT workforce and investment "
                          "envelopes for public-sector CIOs, in English and French.</p>"
                          "<p>Every edit is written to the portfolio file when made; Edit → Undo takes it back.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::focusFilter()
{
    QWidget *page = m_stack->currentWidget();
    if (!m_document || !page)
        return;
    // The text filter of a table page; elsewhere the page's first filter (the charts' organization,
    // the briefing's period).
    QWidget *target = nullptr;
    if (TablePage *table = currentTablePage())
        target = table->filterBar()->searchBox();
    if (!target) {
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w))) {
                target = w;
                break;
            }
        }
    }
    if (!target)
        return;
    target->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->selectAll();
}

void MainWindow::showError(const QString &message)
{
    Dialogs::error(this, tr("Vigie"), message);
}

void MainWindow::offerRecoveredCopy(const QString &path, const QString &problem)
{
    if (m_salvage->isBusy()) {
        showError(problem);
        return;
    }
    if (!Dialogs::errorWithAction(this, tr("Vigie"), problem,
                                  tr("Vigie can write a new portfolio with every row it can still read from this file, "
                                     "and tell what it could not keep. This file is left as it is."),
                                  tr("Save a Recovered Copy…")))
        return;
    const QFileInfo damaged(path);
    const QString suggested = damaged.absolutePath() + QLatin1Char('/') + tr("%1 recovered.vigie").arg(damaged.completeBaseName());
    QString target = Dialogs::saveFileName(this, tr("Save a Recovered Copy"), suggested);
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".vigie"), Qt::CaseInsensitive))
        target += QLatin1String(".vigie");
    // A damaged file of a million projects takes a while to read: on a worker, the window stays usable.
    struct Result
    {
        bool ok = false;
        Salvage::Report report;
        QString error;
    };
    auto result = std::make_shared<Result>();
    statusBar()->showMessage(tr("Saving a recovered copy of %1…").arg(QDir::toNativeSeparators(path)));
    m_salvage->start(
        [result, path, target] { result->ok = Salvage::saveRecoveredCopy(path, target, &result->report, &result->error); },
        [this, result, target] {
            statusBar()->clearMessage();
            if (!result->ok) {
                showError(result->error);
                return;
            }
            if (Dialogs::question(this, tr("Recovered Copy Saved"),
                                  result->report.text(target) + QStringLiteral("\n\n") + tr("Open the recovered copy?"),
                                  QMessageBox::Open | QMessageBox::Close, QMessageBox::Open)
                == QMessageBox::Open)
                openFile(target);
        });
}

void MainWindow::offerServerUpgrade(const QString &address, const QString &problem)
{
    if (m_serverUpgrade->isBusy()) {
        showError(problem);
        return;
    }
    if (!Dialogs::errorWithAction(
            this, tr("Vigie"), problem,
            tr("You may upgrade it here. The upgrade brings the portfolio to this version's format for everyone "
               "who opens it, in one transaction on the server: if anything fails, nothing is changed. Vigie "
               "programs of older versions can no longer open it afterwards, and those open on it now must be "
               "closed."),
            tr("Upgrade for Every User")))
        return;
    // The steps rewrite tables of every project: on a worker, with the window usable meanwhile.
    struct Result
    {
        bool ok = false;
        int from = 0;
        QString error;
        QStringList others;
    };
    auto result = std::make_shared<Result>();
    statusBar()->showMessage(tr("Upgrading the portfolio on the server %1…").arg(address));
    m_serverUpgrade->start(
        [result, address] { result->ok = ServerStore::upgrade(address, &result->from, &result->error, &result->others); },
        [this, result, address] {
            statusBar()->clearMessage();
            if (!result->ok) {
                showError(result->error);
                return;
            }
            if (!result->others.isEmpty())
                Dialogs::information(
                    this, tr("Portfolio Upgraded"),
                    tr("The portfolio on the server %1 now uses this version's format.").arg(address)
                        + QStringLiteral("\n\n") + ServerStore::othersConnectedText(result->others));
            openFile(address);
        });
}

QStringList MainWindow::recentFiles() const
{
    QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    // Files that went away drop out; server addresses stay (a server may be down for a while).
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const QString &f) { return !ServerLocation::isServerAddress(f) && !QFileInfo::exists(f); }),
                files.end());
    return files;
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    QStringList names;
    for (const QString &path : files)
        names << StartPage::recentName(path);
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QString name = names.at(i);
        if (names.count(name) > 1) // two files of one name: their folders tell them apart
            name = tr("%1 — %2").arg(name, StartPage::recentPlace(path));
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name.replace(QLatin1Char('&'), QStringLiteral("&&"))),
                                                  this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_start->setRecentFiles(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!portfolioPathOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = portfolioPathOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

} // namespace Vigie
