// What the workspace tells the user about the file itself: a writable file in a read-only folder says
// so (it was told "Another Vigie is editing this portfolio"), a change rolled back after a crash is
// announced, damage found while reading shows a banner, and a file that cannot be opened but can still be
// read offers a recovered copy.
#include "dialogs/dialogs.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "storage/filelock.h"
#include "storage/portfoliofile.h"
#include "storage/recovery.h"
#include "views/mainwindow.h"

#include "testutil.h"
#include "uifixture.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Vigie;

class TestFileTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writableFileInReadOnlyFolder();
    void rollbackIsAnnounced();
    void damageShowsBanner();
    void alteredFileOffersARecoveredCopy();
    void saveDialogRefusesTheOpenPortfolioFirst();

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

void TestFileTrust::alteredFileOffersARecoveredCopy()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO organization (uuid, code, name_en, kind) VALUES "
                                      "('11111111-1111-4111-8111-111111111111', 'KEPT', 'Kept', 'ministry')")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON project BEGIN DELETE FROM organization; END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alter"));
    const QString recovered = m_dir->filePath(QStringLiteral("p recovered.vigie"));
    Dialogs::setTestMode(true);
    auto restore = qScopeGuard([] { Dialogs::setTestMode(false); });
    Dialogs::takeMessages();
    MainWindow window;

    // Closed without taking the offer: nothing written.
    Dialogs::setNextAnswer(QMessageBox::Close);
    QVERIFY(!window.openFile(m_path));
    QStringList said = Dialogs::takeMessages();
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(QStringLiteral("trigger \"wipe\"")) && said.first().contains(QStringLiteral("every row")),
             qPrintable(said.first()));
    QVERIFY(!QFile::exists(recovered));

    // Taken: a copy of every row, without the trigger, opened in the window; the file itself unchanged.
    const QByteArray before = VigieTest::fileHash(m_path);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    Dialogs::setNextFileName(m_dir->filePath(QStringLiteral("p recovered"))); // the extension is added
    Dialogs::setNextAnswer(QMessageBox::Open);
    QVERIFY(!window.openFile(m_path));
    QTRY_VERIFY_WITH_TIMEOUT(window.document(), 20000);
    QCOMPARE(window.document()->path(), QFileInfo(recovered).canonicalFilePath());
    said = Dialogs::takeMessages();
    QCOMPARE(said.size(), 2);
    QVERIFY2(said.last().contains(QStringLiteral("Every row could be read.")) && said.last().contains(QStringLiteral("Left behind: "
                                                                                                                  "a trigger \"wipe\"")),
             qPrintable(said.last()));
    QCOMPARE(VigieTest::fileHash(m_path), before);
    QVERIFY(window.document()->file()->rowId(Entity::Organization, QStringLiteral("11111111-1111-4111-8111-111111111111")));

    // Offered again while the copy is open: a new copy is never renamed over the portfolio open in this
    // window, nor over one another Vigie is editing (its lock held here as that Vigie would); both stay.
    const QString other = m_dir->filePath(QStringLiteral("other.vigie"));
    QVERIFY(VigieTest::makePortfolio(other));
    FileLock otherLock(other);
    QVERIFY(otherLock.tryLock());
    const QByteArray recoveredBefore = VigieTest::fileHash(recovered);
    const QByteArray otherBefore = VigieTest::fileHash(other);
    const std::pair<QString, QString> refused[] = {
        { recovered, QStringLiteral("this is the open portfolio's own file") },
        { other, QStringLiteral("this portfolio is open for editing in Vigie (") },
    };
    for (const auto &[target, expected] : refused) {
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextFileName(target);
        QVERIFY(!window.openFile(m_path));
        said.clear();
        QTRY_VERIFY_WITH_TIMEOUT((said += Dialogs::takeMessages()).size() >= 2, 20000);
        QCOMPARE(said.size(), 2);
        QVERIFY2(said.last().contains(QDir::toNativeSeparators(target)) && said.last().contains(expected), qPrintable(said.last()));
        QCOMPARE(window.document()->path(), QFileInfo(recovered).canonicalFilePath());
    }
    QCOMPARE(VigieTest::fileHash(recovered), recoveredBefore);
    QCOMPARE(VigieTest::fileHash(other), otherBefore);
    QVERIFY(otherLock.isLocked());
}

void TestFileTrust::saveDialogRefusesTheOpenPortfolioFirst()
{
    // Choosing the portfolio open in the window as the name of a copy asked "p.vigie already exists. Do
    // you want to replace it?", and only after Yes said the copy could not replace it; the dialog was
    // gone. The refusal now comes first, and the dialog comes back for another name.
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QStringList shown; // what each modal window said, in order
    int fileDialogs = 0;
    QTimer driver;
    driver.setInterval(50);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            if (++fileDialogs == 1) {
                auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(m_dir->filePath(QFileInfo(m_path).completeBaseName())); // typed without its suffix
                QMetaObject::invokeMethod(files, "accept"); // a protected slot
            } else {
                files->reject();
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            shown << box->text();
            box->accept();
        }
    });
    driver.start();
    const QString chosen = Dialogs::saveFileName(&window, QStringLiteral("Save a Copy As"), m_dir->path());
    driver.stop();
    QCOMPARE(chosen, QString());
    QCOMPARE(fileDialogs, 2);
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("this is the open portfolio's own file")), qPrintable(shown.first()));
}

QTEST_MAIN(TestFileTrust)
#include "tst_filetrust.moc"
