// What the workspace tells the user about the file itself: a writable file in a read-only folder says
// so (it was told "Another Vigie is editing this portfolio"), a change rolled back after a crash is
// announced, and damage found while reading shows a banner.
#include "document/document.h"
#include "storage/portfoliofile.h"
#include "storage/recovery.h"
#include "views/mainwindow.h"

#include "uifixture.h"

#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestFileTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writableFileInReadOnlyFolder();
    void rollbackIsAnnounced();
    void damageShowsBanner();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestFileTrust::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("p.vigie"));
    QVERIFY(VigieTest::makePortfolio(m_path));
}

void TestFileTrust::writableFileInReadOnlyFolder()
{
    // Root ignores permissions: an immutable folder is what a read-only share looks like to it.
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool immutable = QFileInfo(m_dir->path()).isWritable()
        && QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), m_dir->path() }) == 0;
    auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), m_dir->path() });
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    if (QFileInfo(m_dir->path()).isWritable())
        QSKIP("cannot make a read-only folder here");
    QVERIFY(QFileInfo(m_path).isWritable());
    FileError error;
    auto document = Document::open(m_path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QVERIFY(document->isReadOnly());
    QVERIFY2(document->readOnlyReason().contains(QStringLiteral("folder")), qPrintable(document->readOnlyReason()));
    QVERIFY(!document->readOnlyReason().contains(QStringLiteral("Another Vigie")));
}

void TestFileTrust::rollbackIsAnnounced()
{
    QProcess driver;
    driver.start(QStringLiteral(VIGIE_EDITDRIVER), { QStringLiteral("hang"), m_path });
    QByteArray said;
    while (!said.contains("READY") && driver.waitForReadyRead(60000))
        said += driver.readAllStandardOutput();
    driver.kill();
    driver.waitForFinished();
    QVERIFY(Recovery::hasInterruptedChange(m_path));
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.document());
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(window.banner()->isVisibleTo(&window));
    QVERIFY2(window.banner()->text().contains(QStringLiteral("rolled back")), qPrintable(window.banner()->text()));
}

void TestFileTrust::damageShowsBanner()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QVERIFY(!window.banner()->isVisibleTo(&window));
    // A read that stops on damage after opening (the quick check cannot see everything).
    window.document()->file()->noteReadError(QStringLiteral("database disk image is malformed"));
    QVERIFY(window.banner()->isVisibleTo(&window));
    QVERIFY2(window.banner()->text().contains(QStringLiteral("Damaged")), qPrintable(window.banner()->text()));
}

QTEST_MAIN(TestFileTrust)
#include "tst_filetrust.moc"
