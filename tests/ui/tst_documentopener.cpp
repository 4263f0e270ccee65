// Opening large portfolios off the GUI thread: the integrity check runs on a worker thread while the
// edit lock is held, the file then opens for writing without a second check; a damaged file is still
// refused; Cancel drops the result and lets the lock go once the worker ends; the overview of a large
// file is computed in the background and equals the one computed in place; the main window shows
// the progress in its status bar; the project and workforce tables of a large file are read on
// worker threads. "Large" is lowered to 0 bytes so the small fixture takes that path.
#include "document/backgroundtask.h"
#include "storage/sqlaccess.h"
#include "document/document.h"
#include "document/documentopener.h"
#include "dialogs/dialogs.h"
#include "i18n/language.h"
#include "models/projectmodel.h"
#include "models/workforcemodel.h"
#include "storage/filelock.h"
#include "storage/portfoliofile.h"
#include "views/mainwindow.h"
#include "views/openprogress.h"
#include "views/overviewpage.h"

#include "uifixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Vigie;

class TestDocumentOpener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensLargeFileInBackground();
    void smallFileOpensAtOnce();
    void lockedFileOpensAtOnceReadOnly();
    void damagedFileIsRefused();
    void cancelDropsTheResult();
    void overviewComputedInBackground();
    void modelsLoadInBackground();
    void mainWindowShowsProgress();

private:
    QString copyOfFixture(const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestDocumentOpener::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_documentopener"));
    Language::apply(QStringLiteral("en"));
    m_path = m_dir.filePath(QStringLiteral("fixture.vigie"));
    QVERIFY(VigieTest::makePortfolio(m_path));
}

void TestDocumentOpener::init()
{
    QSettings().clear();
    Dialogs::setTestMode(true);
    BackgroundTask::setLargeFileBytes(0);
}

void TestDocumentOpener::cleanup()
{
    BackgroundTask::setLargeFileBytes(4 * 1024 * 1024);
}

QString TestDocumentOpener::copyOfFixture(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_path, path) ? path : QString();
}

void TestDocumentOpener::opensLargeFileInBackground()
{
    const QString path = copyOfFixture(QStringLiteral("large.vigie"));
    DocumentOpener opener;
    QSignalSpy busy(&opener, &DocumentOpener::busyChanged);
    std::unique_ptr<Document> document;
    bool called = false;
    opener.open(path, [&](std::unique_ptr<Document> d, const FileError &error) {
        QVERIFY2(d, qPrintable(error.message));
        document = std::move(d);
        called = true;
    });
    QVERIFY(!called); // not before the event loop ran the worker's result
    QVERIFY(opener.isBusy());
    QCOMPARE(opener.path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(busy.count(), 1);
    bool again = false;
    opener.open(path, [&](std::unique_ptr<Document>, const FileError &) { again = true; }); // already opening
    QVERIFY(opener.isBusy());
    {
        FileLock other(path);
        QVERIFY(!other.tryLock()); // held while the worker checks
    }
    QTRY_VERIFY(called);
    QVERIFY(!again);
    QVERIFY(!opener.isBusy());
    QCOMPARE(busy.count(), 2);
    QVERIFY(document);
    QVERIFY(!document->isReadOnly());
    QString error;
    QVERIFY2(document->file()->setValue(Entity::Portfolio, document->file()->info().uuid, Field::NameEn,
                                        QStringLiteral("Renamed"), &error),
             qPrintable(error));
    FileLock other(path);
    QVERIFY(!other.tryLock()); // the document holds the lock now
}

void TestDocumentOpener::smallFileOpensAtOnce()
{
    BackgroundTask::setLargeFileBytes(1024 * 1024 * 1024);
    DocumentOpener opener;
    bool called = false;
    opener.open(copyOfFixture(QStringLiteral("small.vigie")), [&](std::unique_ptr<Document> d, const FileError &) {
        QVERIFY(d && !d->isReadOnly());
        called = true;
    });
    QVERIFY(called);
    QVERIFY(!opener.isBusy());
}

void TestDocumentOpener::lockedFileOpensAtOnceReadOnly()
{
    const QString path = copyOfFixture(QStringLiteral("locked.vigie"));
    FileLock other(path);
    QVERIFY(other.tryLock());
    DocumentOpener opener;
    bool called = false;
    opener.open(path, [&](std::unique_ptr<Document> d, const FileError &) {
        QVERIFY(d && d->isReadOnly());
        QVERIFY(d->readOnlyReason().startsWith(QLatin1String("Another Vigie is editing this portfolio")));
        called = true;
    });
    QVERIFY(called); // read-only: no integrity check to wait for
}

void TestDocumentOpener::damagedFileIsRefused()
{
    const QString path = copyOfFixture(QStringLiteral("damaged.vigie"));
    qint64 pageOffset = 0;
    {
        FileError e;
        auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &e);
        QVERIFY(file);
        QSqlQuery q(sqlDatabase(*file));
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'project'")) && q.next());
        pageOffset = (q.value(0).toLongLong() - 1) * 4096;
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(pageOffset + 12));
    f.write(QByteArray(2000, '\x5a'));
    f.close();

    DocumentOpener opener;
    bool called = false;
    FileError error;
    opener.open(path, [&](std::unique_ptr<Document> d, const FileError &e) {
        QVERIFY(!d);
        error = e;
        called = true;
    });
    QVERIFY(opener.isBusy());
    QTRY_VERIFY(called);
    QCOMPARE(error.code, FileError::Corrupt);
    QVERIFY(error.message.contains(QLatin1String("damaged")));
    FileLock other(path);
    QVERIFY(other.tryLock()); // let go with the refused file
}

void TestDocumentOpener::cancelDropsTheResult()
{
    const QString path = copyOfFixture(QStringLiteral("cancelled.vigie"));
    DocumentOpener opener;
    bool called = false;
    opener.open(path, [&](std::unique_ptr<Document>, const FileError &) { called = true; });
    QVERIFY(opener.isBusy());
    opener.cancel();
    QVERIFY(!opener.isBusy());
    QVERIFY(opener.path().isEmpty());
    // The lock goes once the worker is done with the file; the result is never delivered.
    QTRY_VERIFY(FileLock(path).tryLock());
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestDocumentOpener::overviewComputedInBackground()
{
    FileError e;
    auto doc = Document::open(copyOfFixture(QStringLiteral("overview.vigie")), &e);
    QVERIFY(doc);
    PortfolioFile *file = doc->file();
    Summary expected;
    QString error;
    QVERIFY(SummaryBuilder::compute(*file, &expected, &error));

    OverviewPage page;
    QSignalSpy changed(&page, &OverviewPage::summaryChanged);
    page.setDocument(doc.get());
    QVERIFY(page.isComputing());
    QVERIFY(page.cardText(QStringLiteral("projects")).isEmpty()); // no figures from another file meanwhile
    QTRY_VERIFY(!page.isComputing());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.summary().portfolioName, expected.portfolioName);
    QCOMPARE(page.summary().measuresTotal, expected.measuresTotal);
    QCOMPARE(page.summary().activeProjects, expected.activeProjects);
    QCOMPARE(page.summary().totalAmount, expected.totalAmount);
    QVERIFY(page.summary().activeProjects > 0);
    QVERIFY(page.cardText(QStringLiteral("projects")).contains(QStringLiteral("%1 active projects").arg(expected.activeProjects)));
    page.setDocument(nullptr); // a result still under way would be dropped
    QVERIFY(!page.isComputing());
}

// The projects (handed over as a worker reads them) and the workforce survey (read on a worker) end
// up exactly as when read in place.
void TestDocumentOpener::modelsLoadInBackground()
{
    FileError e;
    auto doc = Document::open(copyOfFixture(QStringLiteral("models.vigie")), &e);
    QVERIFY(doc);
    QStringList expectedProjects;
    QStringList expectedWorkforce;
    {
        BackgroundTask::setLargeFileBytes(1024 * 1024 * 1024);
        ProjectModel projects(doc.get());
        projects.loadAll();
        for (int r = 0; r < projects.rowCount(); ++r)
            expectedProjects << projects.index(r, ProjectModel::Code).data().toString();
        WorkforceModel workforce(doc.get());
        for (int r = 0; r < workforce.rowCount(); ++r)
            expectedWorkforce << workforce.index(r, 0).data().toString() + workforce.index(r, 1).data().toString();
        BackgroundTask::setLargeFileBytes(0);
    }
    QCOMPARE(expectedProjects.size(), 12);
    QVERIFY(!expectedWorkforce.isEmpty());

    ProjectModel projects(doc.get());
    QAbstractItemModelTester projectTester(&projects, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&projects, &ProjectModel::loadingChanged);
    projects.reload();
    QVERIFY(projects.isLoading());
    QTRY_VERIFY(!projects.isLoading());
    QStringList codes;
    for (int r = 0; r < projects.rowCount(); ++r)
        codes << projects.index(r, ProjectModel::Code).data().toString();
    QCOMPARE(codes, expectedProjects);
    QCOMPARE(loading.last().at(1).toInt(), 12);
    QCOMPARE(projects.rowOf(projects.project(3)->uuid), 3);

    WorkforceModel workforce(doc.get());
    QAbstractItemModelTester workforceTester(&workforce, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(workforce.rowCount(), 0); // until the worker is done
    QTRY_COMPARE(workforce.rowCount(), int(expectedWorkforce.size()));
    QStringList rows;
    for (int r = 0; r < workforce.rowCount(); ++r)
        rows << workforce.index(r, 0).data().toString() + workforce.index(r, 1).data().toString();
    QCOMPARE(rows, expectedWorkforce);
    QVERIFY(workforce.survey().isValid());

    // Reloading while a reader runs starts afresh; destroying the model stops its reader.
    projects.reload();
    projects.reload();
    QTRY_VERIFY(!projects.isLoading());
    QCOMPARE(projects.rowCount(), 12);
    auto early = std::make_unique<ProjectModel>(doc.get());
    early.reset();
}

void TestDocumentOpener::mainWindowShowsProgress()
{
    const QString path = copyOfFixture(QStringLiteral("window.vigie"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *progress = window.findChild<OpenProgress *>();
    QVERIFY(progress);
    QVERIFY(!progress->isVisibleTo(&window));
    QVERIFY(window.openFile(path));
    QVERIFY(!window.document()); // still checking
    QVERIFY(progress->isVisibleTo(&window));
    QCOMPARE(progress->text(), QStringLiteral("Opening window.vigie: checking the file…"));
    QTRY_VERIFY(window.document());
    QVERIFY(!progress->isVisibleTo(&window));
    QVERIFY(!window.document()->isReadOnly());
    QTRY_VERIFY(!window.overview()->isComputing());
    QVERIFY(window.statusText().contains(QLatin1String("active projects")));

    // Cancel: the open is abandoned, the start page stays.
    window.closeDocument();
    QVERIFY(window.openFile(copyOfFixture(QStringLiteral("window2.vigie"))));
    QVERIFY(progress->isVisibleTo(&window));
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    QVERIFY(!progress->isVisibleTo(&window));
    QTRY_VERIFY(FileLock(m_dir.filePath(QStringLiteral("window2.vigie"))).tryLock());
    QCoreApplication::processEvents();
    QVERIFY(!window.document());
    QCOMPARE(Dialogs::takeMessages(), QStringList());
}

QTEST_MAIN(TestDocumentOpener)
#include "tst_documentopener.moc"
