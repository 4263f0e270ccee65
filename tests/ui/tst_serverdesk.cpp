// The desktop application on a portfolio shared on a real PostgreSQL server (the cluster the
// server_cluster fixture starts): two documents of one portfolio, as two analysts' windows, see each
// other's commits through the server's notifications (never by waiting a fixed time) and refresh their
// models; each undoes only its own edits; a viewer's window is read-only; a password typed in
// File → Connect to Server… is used for this session and never written; the window opens a server from
// the dialog and lists it among the recent portfolios; a portfolio an older Vigie published is upgraded
// from the window by the role that owns it, and only offered to that role; a window open on a portfolio
// another Vigie upgrades learns of it at once (or at its next write), turns read-only and says why.
#include "dialogs/connectdialog.h"
#include "dialogs/dialogs.h"
#include "dialogs/sendcopydialog.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "charts/chartspanel.h"
#include "charts/chartstyle.h"
#include "commands/editor.h"
#include "commands/importjob.h"
#include "models/envelopemodel.h"
#include "models/projectmodel.h"
#include "models/strategymodel.h"
#include "models/workforcemodel.h"
#include "storage/repository.h"
#include "storage/servercredentials.h"
#include "storage/serverlocation.h"
#include "storage/serverstore.h"
#include "report/briefingview.h"
#include "storage/schema.h"
#include "views/copyactions.h"
#include "views/filterbar.h"
#include "views/mainwindow.h"
#include "views/portfolioactions.h"
#include "views/strategyactions.h"
#include "views/tablepage.h"

#include "oldserver.h"
#include "testutil.h"
#include "darkdesktop.h"
#include "uifixture.h"

#include <QAbstractProxyModel>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;
using namespace VigieTest;

class TestServerDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anotherWindowSeesTheChange();
    void undoTakesBackOnlyOwnEdits();
    void importFromTheWindow();
    void viewerWindowIsReadOnly();
    void passwordForThisSessionOnly();
    void connectDialogMakesTheAddress();
    void connectProblemReadsOnLightAndDarkDesktops();
    void windowConnectsAndRemembersTheServer();
    void windowUpgradesAnOldPortfolio();
    void windowTurnsReadOnlyWhenUpgradedElsewhere();
    void refusedWriteTurnsTheDocumentReadOnly();
    void lostConnectionIsNotDamage();
    void tableConnectionLostAloneIsNotDamage();
    void idleLostConnectionIsShownAndOpenedAgain();
    void sendCopyIsSuggestedInDocuments();

private:
    QString address(const QString &user = QString()) const { return serverAddress(m_cluster, m_schema, user); }
    static QString projectName(const Document &document, const QString &uuid);
    // Shows the window on the portfolio (at `where`, the shared one when empty), and waits until it is
    // open and its pages offer to write.
    bool openWritable(MainWindow &window, const QString &where = QString()) const;

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    Fixture m_fixture;
    const QString m_schema = QStringLiteral("tst_serverdesk");
};

void TestServerDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    VIGIE_REQUIRE_PG_CLUSTER(m_cluster);
    QCOMPARE(adminSql(m_cluster,
                      { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema),
                        QStringLiteral("DROP ROLE IF EXISTS vigie_desk_viewer"),
                        QStringLiteral("DROP ROLE IF EXISTS vigie_password_test"),
                        QStringLiteral("CREATE ROLE vigie_password_test LOGIN PASSWORD 'council-2016'") }),
             QString());
    auto file = makePortfolio(m_dir.filePath(QStringLiteral("desk.vigie")), &m_fixture);
    QVERIFY(file);
    QString error;
    QVERIFY2(ServerStore::publish(*file, address(), &error), qPrintable(error));
    for (const auto &[user, role] : { std::pair { "vigie_desk_viewer", "viewer" }, { "vigie_password_test", "cio" } }) {
        const Run r = runVigie({ QStringLiteral("server"), QStringLiteral("grant"), address(), QStringLiteral("--role"),
                                 QLatin1String(role), QStringLiteral("--user"), QLatin1String(user) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

void TestServerDesk::cleanupTestCase()
{
    QSettings().clear();
}

QString TestServerDesk::projectName(const Document &document, const QString &uuid)
{
    const std::optional<Project> project = Repository::project(*document.file(), uuid);
    return project ? project->name.en : QString();
}

bool TestServerDesk::openWritable(MainWindow &window, const QString &where) const
{
    window.show();
    window.openFile(where.isEmpty() ? address() : where);
    return QTest::qWaitFor([&] { return window.document() != nullptr; }, 20000)
        && QTest::qWaitFor([&] { return window.strategyActions()->addPlanAction()->isEnabled(); }, 20000);
}

void TestServerDesk::anotherWindowSeesTheChange()
{
    FileError error;
    std::unique_ptr<Document> mine = Document::open(address(), &error);
    QVERIFY2(mine, qPrintable(error.message));
    std::unique_ptr<Document> theirs = Document::open(address(), &error);
    QVERIFY2(theirs, qPrintable(error.message));
    QVERIFY(!mine->isReadOnly());
    QCOMPARE(mine->path(), ServerLocation::parse(address(), nullptr)->address());

    QSignalSpy mineChanged(mine.get(), &Document::changed);
    QSignalSpy theirsChanged(theirs.get(), &Document::changed);
    QVERIFY(mine->editor()->setValue(Entity::Project, m_fixture.project1, Field::NameEn,
                                     QStringLiteral("Renamed on the server"), QStringLiteral("Project SCT-01")));
    // Mine: the edit's own notification only, not an outside change.
    QCOMPARE(mineChanged.count(), 1);
    QVERIFY(!mineChanged.at(0).at(0).value<Change>().external);
    // Theirs: told by the server, then its reads show the new name, and its Projects table refreshes.
    QTRY_VERIFY_WITH_TIMEOUT(!theirsChanged.isEmpty(), 10000);
    QVERIFY(theirsChanged.constLast().at(0).value<Change>().external);
    QCOMPARE(projectName(*theirs, m_fixture.project1), QStringLiteral("Renamed on the server"));
    ProjectModel *model = theirs->projectModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(m_fixture.project1) >= 0
                                 && model->project(model->rowOf(m_fixture.project1))->name.en
                                     == QLatin1String("Renamed on the server"),
                             10000);
    // And nothing more arrives at mine: its own commit is not announced back to it.
    QCoreApplication::processEvents();
    QVERIFY(!mine->checkOutsideChanges());
}

void TestServerDesk::undoTakesBackOnlyOwnEdits()
{
    FileError error;
    std::unique_ptr<Document> mine = Document::open(address(), &error);
    QVERIFY2(mine, qPrintable(error.message));
    std::unique_ptr<Document> theirs = Document::open(address(), &error);
    QVERIFY2(theirs, qPrintable(error.message));
    const QList<Project> projects = Repository::projects(*mine->file(), 0, 100);
    QVERIFY(projects.size() >= 2);
    const QString mineUuid = projects.at(0).uuid, theirUuid = projects.at(1).uuid;
    const QString mineBefore = projects.at(0).name.en;
    QVERIFY(mine->editor()->setValue(Entity::Project, mineUuid, Field::NameEn, QStringLiteral("Mine"), QStringLiteral("P1")));
    QSignalSpy told(mine.get(), &Document::changed);
    QVERIFY(theirs->editor()->setValue(Entity::Project, theirUuid, Field::NameEn, QStringLiteral("Theirs"),
                                       QStringLiteral("P2")));
    QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 10000);
    QCOMPARE(mine->undoStack()->count(), 1); // their edit is not on my stack
    mine->undoStack()->undo();
    QCOMPARE(projectName(*mine, mineUuid), mineBefore);
    QCOMPARE(projectName(*mine, theirUuid), QStringLiteral("Theirs"));
}

void TestServerDesk::importFromTheWindow()
{
    // The window's import (ImportJob: a worker thread, its own connection to the server) writes one
    // changeset that is one command on the stack: undo removes what it created, redo puts it back.
    FileError error;
    std::unique_ptr<Document> document = Document::open(address(), &error);
    QVERIFY2(document, qPrintable(error.message));
    const int before = int(Repository::projects(*document->file(), 0, 1000).size());
    ImportJob *job = document->editor()->importProjects(QStringLiteral(VIGIE_TEST_DATA "/import/plain-utf8.csv"),
                                                        ImportMapping::defaults(), {});
    QVERIFY(job);
    job->wait();
    QVERIFY2(job->report().written, qPrintable(job->report().fatal));
    QVERIFY(job->report().created > 0);
    const int after = int(Repository::projects(*document->file(), 0, 1000).size());
    QCOMPARE(after, before + job->report().created);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(int(Repository::projects(*document->file(), 0, 1000).size()), before);
    document->undoStack()->redo();
    QCOMPARE(int(Repository::projects(*document->file(), 0, 1000).size()), after);
}

void TestServerDesk::viewerWindowIsReadOnly()
{
    FileError error;
    std::unique_ptr<Document> document = Document::open(address(QStringLiteral("vigie_desk_viewer")), &error);
    QVERIFY2(document, qPrintable(error.message));
    QVERIFY(document->isReadOnly());
    QVERIFY2(document->readOnlyReason().contains(QLatin1String("vigie_desk_viewer")), qPrintable(document->readOnlyReason()));
    QSignalSpy refused(document->editor(), &Editor::errorOccurred);
    QVERIFY(!document->editor()->setValue(Entity::Project, m_fixture.project1, Field::NameEn, QStringLiteral("No"),
                                          QStringLiteral("P")));
    QCOMPARE(document->undoStack()->count(), 0);
    // The window offers the viewer nothing that writes, the briefing's items included (they follow the
    // document's read-only state: the connection itself may write the server's tables it reads).
    MainWindow window;
    window.show();
    window.openFile(address(QStringLiteral("vigie_desk_viewer")));
    QTRY_VERIFY_WITH_TIMEOUT(window.document() != nullptr, 20000);
    QVERIFY(window.document()->isReadOnly());
    auto *addBriefingItem = window.briefingView()->findChild<QPushButton *>(QStringLiteral("briefingAddItem"));
    QVERIFY(addBriefingItem);
    QTRY_VERIFY_WITH_TIMEOUT(!window.strategyActions()->addPlanAction()->isEnabled(), 20000);
    QVERIFY(!addBriefingItem->isEnabled());
    window.closeDocument();
}

void TestServerDesk::passwordForThisSessionOnly()
{
    const QString at = ServerLocation::parse(address(QStringLiteral("vigie_password_test")), nullptr)->address();
    FileError error;
    QVERIFY(!Document::open(at, &error));
    QCOMPARE(error.code, FileError::Io);
    QVERIFY2(error.message.contains(at), qPrintable(error.message));

    ServerCredentials::remember(at, QStringLiteral("wrong"));
    QVERIFY(!Document::open(at, &error));
    ServerCredentials::remember(at, QStringLiteral("council-2016"));
    std::unique_ptr<Document> document = Document::open(at, &error);
    QVERIFY2(document, qPrintable(error.message));
    // Worker threads connect with it too: the Projects table of a server is read on them.
    QTRY_VERIFY_WITH_TIMEOUT(document->projectModel()->rowCount() > 0, 10000);
    ServerCredentials::forget(at);
    QVERIFY(!Document::open(at, &error));
}

void TestServerDesk::connectDialogMakesTheAddress()
{
    ConnectDialog dialog;
    dialog.setAddress(address(QStringLiteral("analyst")));
    QCOMPARE(dialog.address(), ServerLocation::parse(address(QStringLiteral("analyst")), nullptr)->address());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("schema"))->setText(QStringLiteral("Not a name!"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.address(), QString());
    dialog.findChild<QLineEdit *>(QStringLiteral("schema"))->setText(m_schema);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->clear();
    QVERIFY(!ok->isEnabled());
}

void TestServerDesk::connectProblemReadsOnLightAndDarkDesktops()
{
    // Why the last connection failed is red: dark red on a light desktop, light red on a dark one, 4.5:1
    // against the dialog's background either way. It stays readable when the desktop changes scheme.
    ConnectDialog dialog;
    dialog.setProblem(QStringLiteral("password authentication failed"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(problem);
    const auto contrast = [&] {
        return ChartStyle::contrast(problem->palette().color(QPalette::WindowText), dialog.palette().color(QPalette::Window));
    };
    QVERIFY2(contrast() >= 4.5, qPrintable(QString::number(contrast())));
    const QColor light = problem->palette().color(QPalette::WindowText);
    VigieTest::DarkDesktop dark;
    QCoreApplication::processEvents();
    QCOMPARE(dialog.palette().color(QPalette::Window), VigieTest::darkPalette().color(QPalette::Window));
    QVERIFY2(contrast() >= 4.5, qPrintable(QString::number(contrast())));
    QVERIFY(problem->palette().color(QPalette::WindowText) != light);
    ConnectDialog opened; // a dialog opened on the dark desktop
    opened.setProblem(QStringLiteral("password authentication failed"));
    QVERIFY(ChartStyle::contrast(opened.findChild<QLabel *>(QStringLiteral("problem"))->palette().color(QPalette::WindowText),
                                 opened.palette().color(QPalette::Window)) >= 4.5);
}

void TestServerDesk::windowConnectsAndRemembersTheServer()
{
    const QString at = ServerLocation::parse(address(QStringLiteral("vigie_password_test")), nullptr)->address();
    MainWindow window;
    window.show();
    window.connectToServer(at);
    ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) != nullptr);
    QCOMPARE(dialog->address(), at);
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("council-2016"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(window.document() != nullptr, 20000);
    QCOMPARE(window.document()->path(), at);
    QVERIFY2(window.windowTitle().contains(m_schema), qPrintable(window.windowTitle()));
    QTRY_VERIFY(window.recentFiles().contains(at)); // remembered in the pass after (a server opens as a large file)
    // The password was used and kept in memory only: no settings file holds it.
    QSettings().sync();
    QDirIterator files(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("council-2016"), qPrintable(f.fileName()));
    }
    window.closeDocument();
    ServerCredentials::forget(at);
}

void TestServerDesk::windowUpgradesAnOldPortfolio()
{
    const QString schema = m_schema + QStringLiteral("_old");
    const QString v4 = m_dir.filePath(QStringLiteral("quebec-v4.vigie"));
    QVERIFY(QFile::copy(QStringLiteral(VIGIE_TEST_DATA "/schema/quebec-2016-v4.vigie"), v4));
    QFile::setPermissions(v4, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(publishAsSchema4(m_cluster, schema, v4), QString());
    const QString owner = serverAddress(m_cluster, schema);
    const QString analyst = serverAddress(m_cluster, schema, QStringLiteral("vigie_desk_old_cio"));
    const Run r = runVigie({ QStringLiteral("server"), QStringLiteral("grant"), owner, QStringLiteral("--role"),
                             QStringLiteral("cio"), QStringLiteral("--user"), QStringLiteral("vigie_desk_old_cio") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto version = [&] {
        return adminValue(m_cluster, QStringLiteral("SELECT version FROM %1.vigie_schema").arg(schema)).toInt();
    };
    Dialogs::setTestMode(true);
    auto restore = qScopeGuard([] { Dialogs::setTestMode(false); });
    Dialogs::takeMessages();
    MainWindow window;
    window.show();

    // The CIO office's analyst writes rows but owns no table: the refusal with the command, no offer.
    window.openFile(analyst);
    QStringList said;
    QTRY_VERIFY_WITH_TIMEOUT(!(said += Dialogs::takeMessages()).isEmpty(), 20000);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.constFirst().contains(QStringLiteral("uses an older format (4)")), qPrintable(said.constFirst()));
    QVERIFY2(said.constFirst().contains(QStringLiteral("vigie server upgrade ")), qPrintable(said.constFirst()));
    QVERIFY2(!said.constFirst().contains(QStringLiteral("You may upgrade it here")), qPrintable(said.constFirst()));
    QVERIFY(!window.document());

    // The owner is offered the upgrade; closing the message changes nothing.
    Dialogs::setNextAnswer(QMessageBox::Close);
    window.openFile(owner);
    said.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!(said += Dialogs::takeMessages()).isEmpty(), 20000);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.constFirst().contains(QStringLiteral("You may upgrade it here")), qPrintable(said.constFirst()));
    QCoreApplication::processEvents();
    QVERIFY(!window.document());
    QCOMPARE(version(), ServerStore::oldestVersion);

    // Taken, while the analyst's older program is still connected: upgraded for everyone, the analyst named,
    // the portfolio opened with every project.
    ClientLeftOpen client(m_cluster, QStringLiteral("vigie"), QStringLiteral("vigie_desk_old_cio"));
    QVERIFY2(client.error.isEmpty(), qPrintable(client.error));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.openFile(owner);
    QTRY_VERIFY_WITH_TIMEOUT(window.document() != nullptr, 60000);
    said = Dialogs::takeMessages();
    QCOMPARE(said.size(), 2);
    QVERIFY2(said.at(0).contains(QStringLiteral("You may upgrade it here")), qPrintable(said.at(0)));
    QVERIFY2(said.at(1).startsWith(QStringLiteral("Portfolio Upgraded: ")), qPrintable(said.at(1)));
    QVERIFY2(said.at(1).contains(QStringLiteral(" as vigie_desk_old_cio ")), qPrintable(said.at(1)));
    QCOMPARE(version(), Schema::currentVersion);
    QCOMPARE(window.document()->path(), ServerLocation::parse(owner, nullptr)->address());
    QVERIFY(!window.document()->isReadOnly());
    QCOMPARE(Repository::projects(*window.document()->file(), 0, 1000).size(), 214);
    window.closeDocument();
}

void TestServerDesk::windowTurnsReadOnlyWhenUpgradedElsewhere()
{
    // What any later Vigie's upgrade does last (ServerStore::upgrade): write its format in vigie_schema.
    // The server announces it (a trigger every publish and upgrade adds); the window reads the format,
    // turns read-only, takes in nothing more, and says why.
    const QString setFormat = QStringLiteral("UPDATE %1.vigie_schema SET version = %2").arg(m_schema);
    const QString changesets = QStringLiteral("SELECT COUNT(*) FROM %1.changeset").arg(m_schema);
    auto restore = qScopeGuard([&] { adminSql(m_cluster, { setFormat.arg(Schema::currentVersion) }); });
    MainWindow window;
    QVERIFY(openWritable(window));
    Document *document = window.document();
    auto *saveCopy = window.findChild<QAction *>(QStringLiteral("actionSaveCopy"));
    QVERIFY(saveCopy && saveCopy->isEnabled());
    QVERIFY(window.copyActions()->sendCopyAction()->isEnabled());
    QVERIFY(window.portfolioActions()->healthRuleAction()->isEnabled());
    auto *addBriefingItem = window.briefingView()->findChild<QPushButton *>(QStringLiteral("briefingAddItem"));
    QVERIFY(addBriefingItem);
    QTRY_VERIFY_WITH_TIMEOUT(addBriefingItem->isEnabled(), 20000);
    auto *freeze = window.chartsPanel()->findChild<QPushButton *>(QStringLiteral("chartFreeze"));
    QVERIFY(freeze && freeze->isEnabled());
    auto *print = window.findChild<QAction *>(QStringLiteral("actionPrint"));
    QVERIFY(print && print->isEnabled());
    QVERIFY(window.copyActions()->compareAction()->isEnabled());
    QVERIFY(!document->isReadOnly());
    QVERIFY(!window.banner()->isVisible());
    QSignalSpy turned(document, &Document::readOnlyChanged);
    QSignalSpy reloaded(document, &Document::changed);

    QCOMPARE(adminSql(m_cluster, { setFormat.arg(Schema::currentVersion + 1) }), QString());
    QTRY_VERIFY_WITH_TIMEOUT(document->isOutdated(), 10000);
    QCOMPARE(turned.count(), 1);
    QCOMPARE(reloaded.count(), 0); // nothing read again in a format this program does not read
    QVERIFY(document->isReadOnly());
    const QString told = QStringLiteral("Another Vigie upgraded this portfolio on the server to format %1 while it "
                                        "was open here; this Vigie reads format %2.")
                             .arg(Schema::currentVersion + 1)
                             .arg(Schema::currentVersion);
    QVERIFY2(document->readOnlyReason().startsWith(told), qPrintable(document->readOnlyReason()));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(QStringLiteral("Upgraded elsewhere.")), qPrintable(window.banner()->text()));
    QVERIFY2(!window.banner()->text().contains(QStringLiteral("Save a Copy")), qPrintable(window.banner()->text()));
    // Opening it again here would only be refused (a newer format): no link offers it.
    QVERIFY2(!window.banner()->text().contains(QStringLiteral("#reopen")), qPrintable(window.banner()->text()));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("(read-only)")), qPrintable(window.windowTitle()));
    // Nothing that writes, nor copies the portfolio out in this program's format, is offered any more.
    QVERIFY(!window.strategyActions()->addPlanAction()->isEnabled());
    QVERIFY(!window.portfolioActions()->healthRuleAction()->isEnabled());
    QVERIFY(!saveCopy->isEnabled());
    QVERIFY(!window.copyActions()->sendCopyAction()->isEnabled());
    QVERIFY(!window.copyActions()->mergeAction()->isEnabled());
    QVERIFY(!addBriefingItem->isEnabled());
    QVERIFY(!freeze->isEnabled());
    // Nor anything that leaves the window, exported or printed, read in a format this program does not
    // read.
    QVERIFY(!print->isEnabled());
    QVERIFY(!window.copyActions()->compareAction()->isEnabled());
    QVERIFY(!window.copyActions()->reportAction()->isEnabled());
    QVERIFY(!window.chartsPanel()->findChild<QPushButton *>(QStringLiteral("chartExport"))->isEnabled());
    QVERIFY(!window.chartsPanel()->findChild<QPushButton *>(QStringLiteral("chartCopy"))->isEnabled());
    QVERIFY(!window.projectModel()->flags(window.projectModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    // An edit asked anyway is refused here, without writing.
    const QString before = adminValue(m_cluster, changesets);
    Dialogs::setTestMode(true);
    auto quiet = qScopeGuard([] { Dialogs::setTestMode(false); });
    Dialogs::takeMessages();
    QVERIFY(!document->editor()->setValue(Entity::Project, m_fixture.project1, Field::NameEn,
                                          QStringLiteral("Written in the old format"), QStringLiteral("P")));
    QCOMPARE(adminValue(m_cluster, changesets), before);
    // Later commits by others are not taken in.
    QCOMPARE(adminSql(m_cluster, { setFormat.arg(Schema::currentVersion + 1) }), QString());
    QTest::qWait(300);
    QVERIFY(!document->checkOutsideChanges());
    QCOMPARE(reloaded.count(), 0);
    QCOMPARE(turned.count(), 1);
    window.closeDocument();
    QVERIFY(!window.document());
}

void TestServerDesk::refusedWriteTurnsTheDocumentReadOnly()
{
    // The announcement may not reach the window (a portfolio published before it existed, a connection
    // that missed it): the write that finds the new format turns the document read-only, before its
    // message is shown, and writes nothing.
    const QString setFormat = QStringLiteral("UPDATE %1.vigie_schema SET version = %2").arg(m_schema);
    auto restore = qScopeGuard([&] { adminSql(m_cluster, { setFormat.arg(Schema::currentVersion) }); });
    FileError error;
    std::unique_ptr<Document> document = Document::open(address(), &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("SET session_replication_role = replica"), // no trigger fires
                                   setFormat.arg(Schema::currentVersion + 1),
                                   QStringLiteral("SET session_replication_role = origin") }),
             QString());
    QTest::qWait(300);
    QVERIFY(!document->checkOutsideChanges());
    QVERIFY(!document->isOutdated());
    bool readOnlyWhenTold = false;
    QStringList told;
    connect(document->editor(), &Editor::errorOccurred, this, [&](const QString &message) {
        readOnlyWhenTold = document->isReadOnly();
        told << message;
    });
    const QString before = adminValue(m_cluster, QStringLiteral("SELECT COUNT(*) FROM %1.changeset").arg(m_schema));
    QVERIFY(!document->editor()->setValue(Entity::Project, m_fixture.project1, Field::NameEn,
                                          QStringLiteral("Written in the old format"), QStringLiteral("P")));
    QCOMPARE(told.size(), 1);
    QVERIFY2(told.constFirst().contains(QStringLiteral("another Vigie upgraded it while it was open here")),
             qPrintable(told.constFirst()));
    QVERIFY(readOnlyWhenTold);
    QVERIFY(document->isOutdated());
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(adminValue(m_cluster, QStringLiteral("SELECT COUNT(*) FROM %1.changeset").arg(m_schema)), before);
    // The next one is refused at once, as in any read-only document.
    QVERIFY(!document->editor()->setValue(Entity::Project, m_fixture.project1, Field::NameEn,
                                          QStringLiteral("Again"), QStringLiteral("P")));
    QCOMPARE(told.size(), 2);
    QVERIFY2(told.constLast().contains(QStringLiteral("read-only")), qPrintable(told.constLast()));

    // A portfolio put back in an older format (a dump restored) is refused as such, not as an upgrade.
    QCOMPARE(adminSql(m_cluster, { setFormat.arg(Schema::currentVersion) }), QString());
    std::unique_ptr<Document> second = Document::open(address(), &error);
    QVERIFY2(second, qPrintable(error.message));
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("SET session_replication_role = replica"),
                                   setFormat.arg(Schema::currentVersion - 1),
                                   QStringLiteral("SET session_replication_role = origin") }),
             QString());
    QSignalSpy refused(second->editor(), &Editor::errorOccurred);
    QVERIFY(!second->editor()->setValue(Entity::Project, m_fixture.project1, Field::NameEn,
                                        QStringLiteral("Written in the newer format"), QStringLiteral("P")));
    QCOMPARE(refused.count(), 1);
    const QString message = refused.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("now in an older format (%1)").arg(Schema::currentVersion - 1)),
             qPrintable(message));
    QVERIFY(second->isOutdated());
    QVERIFY2(second->readOnlyReason().startsWith(QStringLiteral("The portfolio was replaced by one in an older format")),
             qPrintable(second->readOnlyReason()));
    QCOMPARE(adminValue(m_cluster, QStringLiteral("SELECT COUNT(*) FROM %1.changeset").arg(m_schema)), before);
}

void TestServerDesk::lostConnectionIsNotDamage()
{
    // The server ends the window's connections (as a restart, or the network going down, would). The next
    // read finds it: the portfolio is whole on the server, so the window says it is disconnected, not
    // damaged, turns read-only, and says to open the portfolio again.
    const QString endConnections = QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                  "WHERE application_name = 'vigie:%1'")
                                       .arg(m_schema);
    MainWindow window;
    QVERIFY(openWritable(window));
    Document *document = window.document();
    QCOMPARE(adminSql(m_cluster, { endConnections }), QString());
    QTest::qWait(200);
    QVERIFY(Repository::projects(*document->file(), 0, 10).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(document->isOutdated(), 10000);
    QVERIFY(document->file()->damage().isEmpty());
    QVERIFY2(document->readOnlyReason().contains(QStringLiteral("the connection to the server was lost")),
             qPrintable(document->readOnlyReason()));
    // Said once, in Vigie's words: not "lost (the connection to the server was lost)", nor libpq's English.
    QVERIFY2(document->readOnlyReason().count(QStringLiteral("was lost")) == 1, qPrintable(document->readOnlyReason()));
    QVERIFY2(!document->readOnlyReason().contains(QStringLiteral("unexpectedly"))
                 && !document->readOnlyReason().contains(QStringLiteral("terminating")),
             qPrintable(document->readOnlyReason()));
    QVERIFY2(window.banner()->text().contains(QStringLiteral("Disconnected.")), qPrintable(window.banner()->text()));
    QVERIFY2(!window.banner()->text().contains(QStringLiteral("Damaged")), qPrintable(window.banner()->text()));
    QVERIFY(!window.strategyActions()->addPlanAction()->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionPrint"))->isEnabled());
    window.closeDocument();

    // Found by an edit instead: refused, and the document turns read-only the same way.
    FileError error;
    std::unique_ptr<Document> other = Document::open(address(), &error);
    QVERIFY2(other, qPrintable(error.message));
    QCOMPARE(adminSql(m_cluster, { endConnections }), QString());
    QTest::qWait(200);
    Dialogs::setTestMode(true);
    auto quiet = qScopeGuard([] { Dialogs::setTestMode(false); });
    QSignalSpy refused(other->editor(), &Editor::errorOccurred);
    QVERIFY(!other->editor()->setValue(Entity::Project, m_fixture.project1, Field::NameEn, QStringLiteral("Lost"),
                                       QStringLiteral("P")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(other->isOutdated());
    QVERIFY2(other->readOnlyReason().contains(QStringLiteral("the connection to the server was lost")),
             qPrintable(other->readOnlyReason()));
    QCOMPARE(other->undoStack()->count(), 0);
    // Opened again, it reads and writes as before.
    other.reset();
    other = Document::open(address(), &error);
    QVERIFY2(other, qPrintable(error.message));
    QVERIFY(!other->isReadOnly());
    QVERIFY(!Repository::projects(*other->file(), 0, 10).isEmpty());
}

void TestServerDesk::tableConnectionLostAloneIsNotDamage()
{
    // The Projects table sorts and filters on a connection of its own. The server ends that one alone (an
    // administrator, a pooler, one socket dropped) while the window's holds. The table's next query is
    // not damage: it connects again and answers. When it cannot connect again either, the window says it
    // is disconnected, not damaged, and the table keeps the rows it read.
    //
    // Refusing new connections is done to a database of this test's own: on the cluster's shared one it
    // would refuse every connection the other server tests, running at the same time, make meanwhile.
    const QString database = QStringLiteral("vigie_test_desk_alone");
    const QString schema = QStringLiteral("tst_serverdesk_alone");
    {
        QCOMPARE(adminSql(m_cluster, {}, QStringLiteral("postgres")), QString());
        QSqlQuery q(QSqlDatabase::database(adminConnectionName(QStringLiteral("postgres"))));
        QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(database)));
        if (!q.next())
            QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(database)), qPrintable(q.lastError().text()));
        // A run stopped while connections were refused left them so.
        QVERIFY2(q.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)),
                 qPrintable(q.lastError().text()));
    }
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema) }, database),
             QString());
    const QString alone = QStringLiteral("postgresql://%1:%2/%3?schema=%4")
                              .arg(m_cluster.host)
                              .arg(m_cluster.port)
                              .arg(database, schema);
    {
        FileError opened;
        auto file = PortfolioFile::open(m_dir.filePath(QStringLiteral("desk.vigie")), PortfolioFile::Access::ReadOnly,
                                        &opened);
        QVERIFY2(file, qPrintable(opened.message));
        QString error;
        QVERIFY2(ServerStore::publish(*file, alone, &error), qPrintable(error));
    }
    MainWindow window;
    QVERIFY(openWritable(window, alone));
    window.showPage(QStringLiteral("projects"));
    const QPointer<Document> document = window.document();
    ProjectModel *model = document->projectModel();
    QVERIFY(QTest::qWaitFor([&] { return !model->isLoading(); }, 20000));
    TablePage *projects = window.tablePage(QStringLiteral("projects"));
    const int rows = projects->proxy()->rowCount();
    QVERIFY(rows > 1);
    const auto code = [&](int row) {
        return projects->proxy()->index(row, ProjectModel::Code).data().toString();
    };
    // The window's own connection, and the others of this portfolio (the table's).
    const int mine = document->file()->serverProcessId();
    QVERIFY(mine > 0);
    const QString others = QStringLiteral("FROM pg_stat_activity WHERE application_name = 'vigie:%1' AND pid <> %2")
                               .arg(schema).arg(mine);
    const auto otherConnections = [&] {
        QSqlQuery count(QSqlDatabase::database(adminConnectionName()));
        return count.exec(QStringLiteral("SELECT count(*) ") + others) && count.next() ? count.value(0).toInt() : -1;
    };
    const auto endTheTablesConnection = [&] {
        if (otherConnections() < 1 || !adminSql(m_cluster, { QStringLiteral("SELECT pg_terminate_backend(pid) ") + others }).isEmpty())
            return false;
        return QTest::qWaitFor([&] { return otherConnections() == 0; }, 10000);
    };

    QVERIFY(endTheTablesConnection());
    projects->sortByColumn(ProjectModel::Code, Qt::DescendingOrder);
    QVERIFY(QTest::qWaitFor([&] { return !model->isLoading(); }, 20000));
    QVERIFY2(document->file()->damage().isEmpty(), qPrintable(document->file()->damage()));
    QVERIFY2(!document->isOutdated(), qPrintable(document->readOnlyReason()));
    QVERIFY(window.banner()->isHidden());
    QCOMPARE(projects->proxy()->rowCount(), rows);
    QVERIFY2(code(0) > code(rows - 1), qPrintable(code(0) + QStringLiteral(" before ") + code(rows - 1)));
    QVERIFY(otherConnections() >= 1); // a new one

    // Ended again, and no new connection admitted (as while the server shuts down).
    const QString admit = QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2");
    QCOMPARE(adminSql(m_cluster, { admit.arg(database, QStringLiteral("false")) }, QStringLiteral("postgres")), QString());
    auto restore = qScopeGuard([&] {
        adminSql(m_cluster, { admit.arg(database, QStringLiteral("true")) }, QStringLiteral("postgres"));
    });
    QVERIFY(endTheTablesConnection());
    projects->sortByColumn(ProjectModel::Code, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(document->isOutdated(), 20000);
    QVERIFY2(document->file()->damage().isEmpty(), qPrintable(document->file()->damage()));
    QVERIFY2(document->readOnlyReason().contains(QStringLiteral("not currently accepting connections")),
             qPrintable(document->readOnlyReason()));
    QTRY_VERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(QStringLiteral("Disconnected.")), qPrintable(window.banner()->text()));
    QVERIFY(!model->isLoading());
    QCOMPARE(projects->proxy()->rowCount(), rows);
    // In the order they were read, and the header says that order, not the one the sort asked for.
    QVERIFY2(code(0) > code(rows - 1), qPrintable(code(0) + QStringLiteral(" before ") + code(rows - 1)));
    QVERIFY(projects->isFrozen());
    QCOMPARE(projects->header()->sortIndicatorSection(), int(ProjectModel::Code));
    QCOMPARE(projects->header()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestServerDesk::idleLostConnectionIsShownAndOpenedAgain()
{
    // The server ends the window's connections while nothing is read or written: the window would go on
    // showing what it read, as if other clients' changes still reached it. It sees the connection closed
    // on its own (libpq's status, no round trip), says so, and its banner opens the portfolio again.
    MainWindow window;
    QVERIFY(openWritable(window));
    window.showPage(QStringLiteral("projects"));
    const QPointer<Document> lost = window.document();
    // Every page read what it shows (the models read in the background, on connections of their own).
    const auto idle = [&] {
        return !lost->strategyModel()->isLoading() && !lost->projectModel()->isLoading()
            && !lost->workforceModel()->isLoading() && !lost->envelopeModel()->isLoading();
    };
    QVERIFY(QTest::qWaitFor(idle, 20000));
    QTest::qWait(300);
    QVERIFY(idle());
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                  "WHERE application_name = 'vigie:%1'")
                                       .arg(m_schema) }),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(lost->isOutdated(), 10000);
    QVERIFY(lost->file()->damage().isEmpty());
    QVERIFY2(lost->readOnlyReason().contains(QStringLiteral("the connection to the server was lost")),
             qPrintable(lost->readOnlyReason()));
    QVERIFY2(window.banner()->isVisible() && window.banner()->text().contains(QStringLiteral("Disconnected.")),
             qPrintable(window.banner()->text()));
    QVERIFY2(window.banner()->text().contains(QStringLiteral("href=\"#reopen\"")), qPrintable(window.banner()->text()));
    QVERIFY(!window.strategyActions()->addPlanAction()->isEnabled());

    // The table keeps the rows it read: a sort or a filter would read them again, and leave it empty.
    TablePage *projects = window.tablePage(QStringLiteral("projects"));
    const int rows = projects->proxy()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(projects->isFrozen());
    QVERIFY(!projects->filterBar()->isEnabled());
    QVERIFY(!projects->header()->sectionsClickable());
    QVERIFY2(projects->statusText().contains(QStringLiteral("sorting and filtering off")), qPrintable(projects->statusText()));
    projects->sortByColumn(ProjectModel::Cost, Qt::DescendingOrder);
    RowFilter red;
    red.health = int(Health::Red);
    window.showFiltered(QStringLiteral("projects"), red);
    QCOMPARE(projects->proxy()->rowCount(), rows);
    QCOMPARE(projects->filterBar()->filter().health, -1);
    // A project chosen now cannot be read: its panel says so, not "Select a project".
    projects->view()->setCurrentIndex(projects->proxy()->index(0, 0));
    const auto *heading = window.findChild<QLabel *>(QStringLiteral("projectHeading"));
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(QStringLiteral("cannot be read until the portfolio is opened again")),
             qPrintable(heading->text()));

    // The banner's link: the portfolio again, writable, on the same page.
    Q_EMIT window.banner()->linkActivated(QStringLiteral("#reopen"));
    QTRY_VERIFY_WITH_TIMEOUT(lost.isNull() && window.document(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.strategyActions()->addPlanAction()->isEnabled(), 20000);
    QVERIFY(!window.document()->isOutdated());
    QCOMPARE(window.currentPageId(), QStringLiteral("projects"));
    QVERIFY(window.banner()->isHidden());
    QVERIFY(!projects->isFrozen());
    QVERIFY(projects->filterBar()->isEnabled());
    QVERIFY(projects->header()->sectionsClickable());
    QVERIFY(!Repository::projects(*window.document()->file(), 0, 10).isEmpty());
    QVERIFY(window.document()->editor()->setValue(Entity::Project, m_fixture.project1, Field::NameEn,
                                                  QStringLiteral("Written after reconnecting"), QStringLiteral("P")));
    QCOMPARE(projectName(*window.document(), m_fixture.project1), QStringLiteral("Written after reconnecting"));
}

void TestServerDesk::sendCopyIsSuggestedInDocuments()
{
    // A server address has no folder: Send Copy to Organization suggests the copy in the user's
    // documents, named after the schema (it made a path of the address's pieces under the working folder).
    MainWindow window;
    QVERIFY(openWritable(window));
    QString suggested;
    window.copyActions()->setDialogHook([&](QDialog *d) {
        if (auto *send = qobject_cast<SendCopyDialog *>(d))
            suggested = send->path();
        return false; // cancelled
    });
    window.copyActions()->sendCopyAction()->trigger();
    QCOMPARE(suggested, QDir::toNativeSeparators(QDir(PortfolioFile::documentsFolder())
                                                     .filePath(QStringLiteral("%1 copy.vigie").arg(m_schema))));
    QCOMPARE(window.document()->file()->folder(), PortfolioFile::documentsFolder());
}

QTEST_MAIN(TestServerDesk)
#include "tst_serverdesk.moc"
