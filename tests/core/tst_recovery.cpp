// After a crash in the middle of a change (here a real SIGKILL of a process inside a transaction), the
// first open that may write the file rolls the change back and says so; nobody is locked out of an
// intact file. On read-only media the message says what to do.
#include "rowinsert.h"
#include "storage/fileguard.h"
#include "storage/sqlaccess.h"
#include "storage/portfoliofile.h"
#include "storage/recovery.h"
#include "storage/repository.h"

#include "testutil.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void crashedChangeIsRolledBack_data();
    void crashedChangeIsRolledBack();
    void workspaceOpenKeepsTheNote();
    void readOnlyMediaSaysWhatToDo();
    void walLeftByAnotherProgram();
    void cleanFileHasNoNote();

private:
    QString makeFile();
    // Leaves `path` as a crash leaves it: a process killed (SIGKILL) inside a transaction that had
    // already written changed pages into the file.
    bool crashInsideTransaction(const QString &path);
    QStringList names(PortfolioFile &file);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestRecovery::makeFile()
{
    const QString path = m_dir->filePath(QStringLiteral("p.vigie"));
    FileError error;
    auto file = PortfolioFile::create(path, QStringLiteral("Test"), &error);
    if (!file)
        return QString();
    PortfolioFile::Transaction transaction(*file);
    for (int i = 0; i < 300; ++i)
        VigieTest::insertRow(*file, Entity::Project, { { QStringLiteral("code"), QStringLiteral("P%1").arg(i) },
                                           { QStringLiteral("name_en"), QStringLiteral("Project %1").arg(i) } });
    return transaction.commit() ? path : QString();
}

bool TestRecovery::crashInsideTransaction(const QString &path)
{
    QProcess driver;
    driver.start(QStringLiteral(VIGIE_EDITDRIVER), { QStringLiteral("hang"), path });
    if (!driver.waitForStarted())
        return false;
    QByteArray said;
    while (!said.contains("READY") && driver.waitForReadyRead(60000))
        said += driver.readAllStandardOutput();
    driver.kill(); // SIGKILL: no destructor, no rollback
    driver.waitForFinished();
    return said.contains("READY") && Recovery::hasInterruptedChange(path);
}

QStringList TestRecovery::names(PortfolioFile &file)
{
    QStringList out;
    for (const Project &p : Repository::projects(file, 0, 1000))
        out << p.name.en;
    return out;
}

void TestRecovery::crashedChangeIsRolledBack_data()
{
    QTest::addColumn<int>("access");
    // Read-only commands (summary, chart, briefing) too: they were refused "attempt to write a
    // readonly database" until the user ran sqlite3 by hand.
    QTest::newRow("read-only command") << int(PortfolioFile::Access::ReadOnly);
    QTest::newRow("editing") << int(PortfolioFile::Access::ReadWrite);
}

void TestRecovery::crashedChangeIsRolledBack()
{
    QFETCH(int, access);
    const QString path = makeFile();
    QVERIFY(!path.isEmpty());
    QStringList before;
    {
        FileError fe;
        auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fe);
        QVERIFY(file);
        before = names(*file);
    }
    QCOMPARE(before.size(), 300);
    QVERIFY(crashInsideTransaction(path));

    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access(access), &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QVERIFY2(file->recoveryNote().contains(QStringLiteral("rolled back")) && file->recoveryNote().contains(QStringLiteral("p.vigie")),
             qPrintable(file->recoveryNote()));
    QCOMPARE(names(*file), before);
    QVERIFY(!Recovery::hasInterruptedChange(path));
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

void TestRecovery::workspaceOpenKeepsTheNote()
{
    // The workspace checks a file on a worker thread (ReadWrite), then opens it for use (verified):
    // the rollback happened in the first open, the note reaches the second.
    const QString path = makeFile();
    QVERIFY(crashInsideTransaction(path));
    FileError fe;
    {
        auto checked = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fe);
        QVERIFY2(checked, qPrintable(fe.message));
        QVERIFY(!checked->recoveryNote().isEmpty());
    }
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWriteVerified, &fe);
    QVERIFY(file);
    QVERIFY(file->recoveryNote().contains(QStringLiteral("rolled back")));
    // Said once: the next open of the same file has nothing to say.
    file.reset();
    file = PortfolioFile::open(path, PortfolioFile::Access::ReadWriteVerified, &fe);
    QVERIFY(file && file->recoveryNote().isEmpty());
}

void TestRecovery::readOnlyMediaSaysWhatToDo()
{
    const QString path = makeFile();
    QVERIFY(crashInsideTransaction(path));
    const QByteArray before = VigieTest::fileHash(path);
    const QByteArray journalBefore = VigieTest::fileHash(path + QStringLiteral("-journal"));
    // Root ignores permissions: an immutable folder is what read-only media looks like to it.
    const bool immutable = QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), m_dir->path() }) == 0;
    auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), m_dir->path() });
    });
    if (FileGuard::canWrite(path))
        QSKIP("cannot make a read-only folder here (needs chattr as root)");
    FileError fe;
    QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fe));
    QCOMPARE(fe.code, FileError::Interrupted);
    QVERIFY2(fe.message.contains(QStringLiteral("p.vigie-journal")) && fe.message.contains(QStringLiteral("writable folder")),
             qPrintable(fe.message));
    QCOMPARE(VigieTest::fileHash(path), before);
    QCOMPARE(VigieTest::fileHash(path + QStringLiteral("-journal")), journalBefore);

    // Copied with its journal to a writable folder, as the message says: it opens, rolled back.
    restore.dismiss();
    QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), m_dir->path() });
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("p.vigie"));
    QVERIFY(QFile::copy(path, copy) && QFile::copy(path + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
    auto file = PortfolioFile::open(copy, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QCOMPARE(Repository::projectCount(*file), 300);
    QVERIFY(!file->recoveryNote().isEmpty());
}

void TestRecovery::walLeftByAnotherProgram()
{
    // Someone switched the file to WAL mode with the sqlite3 shell and the shell died: its committed
    // change is in FILE-wal. Vigie brings it into the file and goes back to its rollback journal.
    const QString path = makeFile();
    const QString copy = m_dir->filePath(QStringLiteral("copy.vigie"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("UPDATE project SET name_en = 'committed in the WAL' WHERE code = 'P7'")));
        // The program "dies" here: copy the file and its WAL as they are while it still runs.
        QVERIFY(QFile::copy(path, copy) && QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
    QVERIFY(Recovery::hasInterruptedChange(copy));
    FileError fe;
    auto file = PortfolioFile::open(copy, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QVERIFY(names(*file).contains(QStringLiteral("committed in the WAL")));
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")) || QFileInfo(copy + QStringLiteral("-wal")).size() == 0);
}

void TestRecovery::cleanFileHasNoNote()
{
    const QString path = makeFile();
    const QByteArray before = VigieTest::fileHash(path);
    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY(file);
    QVERIFY(file->recoveryNote().isEmpty());
    file.reset();
    QCOMPARE(VigieTest::fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
