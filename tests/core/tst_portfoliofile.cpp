#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/schema.h"

#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace Vigie;

class TestPortfolioFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createAndReopen();
    void createRefusesExisting();
    void badFiles_data();
    void badFiles();
    void missingFileIsNotCreated();
    void newerFileIsRefused();
    void readOnlyFileOpensReadOnly();
    void truncatedFileIsRefused_data();
    void truncatedFileIsRefused();
    void damagedPageIsRefusedForWriting();
    void readOnlyAccessWritesNothing();
    void editIsJournaled();
    void authorWithoutUserVariable();
    void noOpEditIsDropped();
    void unknownColumnIsRefused();
    void failedEditRollsBack();
    void baselinesDriveCurrentBudgetAndIndicators();
    void deleteAndRestoreKeepUuid();
    void saveCopyAs();
    void ruleChangeRecomputes();
    void dialogsStartBesideTheFileOrInDocuments();

private:
    std::unique_ptr<PortfolioFile> makeFile(const QString &name = QStringLiteral("p.vigie"));
    QString addProject(PortfolioFile &file, const QString &code, double budget, double forecast);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPortfolioFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<PortfolioFile> TestPortfolioFile::makeFile(const QString &name)
{
    FileError error;
    auto file = PortfolioFile::create(m_dir->filePath(name), QStringLiteral("Test"), &error);
    if (!file)
        qWarning() << error.message;
    return file;
}

QString TestPortfolioFile::addProject(PortfolioFile &file, const QString &code, double budget, double forecast)
{
    return file.insertRow(Entity::Project, { { Field::Code, code },
                                             { Field::NameEn, code },
                                             { Field::Budget, budget },
                                             { Field::OriginalBudget, budget },
                                             { Field::ForecastCost, forecast } });
}

void TestPortfolioFile::createAndReopen()
{
    QString uuid;
    {
        auto file = makeFile();
        QVERIFY(file);
        QCOMPARE(file->schemaVersion(), Schema::currentVersion);
        QCOMPARE(file->info().name, QStringLiteral("Test"));
        uuid = file->info().uuid;
        QVERIFY(!uuid.isEmpty());
        QSqlQuery q(sqlDatabase(*file));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Schema::applicationId);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("p.vigie.part"))));
    FileError error;
    auto again = PortfolioFile::open(m_dir->filePath(QStringLiteral("p.vigie")), PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(again, qPrintable(error.message));
    QVERIFY(!again->isReadOnly());
    QCOMPARE(again->info().uuid, uuid);
    QCOMPARE(again->healthRule() == HealthRule::variance1030(), true);
}

void TestPortfolioFile::createRefusesExisting()
{
    QVERIFY(makeFile());
    const QString path = m_dir->filePath(QStringLiteral("p.vigie"));
    const QByteArray before = VigieTest::fileHash(path);
    FileError error;
    QVERIFY(!PortfolioFile::create(path, QStringLiteral("Other"), &error));
    QVERIFY(error.message.contains(QStringLiteral("p.vigie")));
    QCOMPARE(VigieTest::fileHash(path), before);
}

void TestPortfolioFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QByteArray() << int(FileError::NotSqlite);
    QTest::newRow("text") << QByteArray("code,name\nP1,Projet\n") << int(FileError::NotSqlite);
    QByteArray random(4096, '\0');
    QRandomGenerator gen(42);
    for (char &c : random)
        c = char(gen.bounded(256));
    QTest::newRow("random bytes") << random << int(FileError::NotSqlite);
    QByteArray truncated("SQLite format 3\0", 16);
    QTest::newRow("truncated header") << truncated << int(FileError::NotSqlite);
}

void TestPortfolioFile::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    const QString path = m_dir->filePath(QStringLiteral("bad.vigie"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = VigieTest::fileHash(path);
    FileError error;
    QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error));
    QCOMPARE(int(error.code), code);
    QVERIFY(error.message.contains(QStringLiteral("bad.vigie")));
    QVERIFY(!error.message.contains(QLatin1Char('\n')));
    QCOMPARE(VigieTest::fileHash(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { QStringLiteral("bad.vigie") });
}

void TestPortfolioFile::missingFileIsNotCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("missing.vigie"));
    FileError error;
    QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error));
    QCOMPARE(error.code, FileError::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestPortfolioFile::newerFileIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("p.vigie"));
    {
        auto file = makeFile();
        QSqlQuery q(sqlDatabase(*file));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1)));
    }
    const QByteArray before = VigieTest::fileHash(path);
    FileError error;
    QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error));
    QCOMPARE(error.code, FileError::TooNew);
    QCOMPARE(VigieTest::fileHash(path), before);

    // A foreign SQLite database (another application id) is refused too.
    const QString other = m_dir->filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(!PortfolioFile::open(other, PortfolioFile::Access::ReadWrite, &error));
    QCOMPARE(error.code, FileError::NotVigie);
}

void TestPortfolioFile::truncatedFileIsRefused_data()
{
    QTest::addColumn<int>("access");
    QTest::newRow("read-only") << int(PortfolioFile::Access::ReadOnly);
    QTest::newRow("read-write") << int(PortfolioFile::Access::ReadWrite);
}

// Read-only opens skip the integrity check (it reads the whole file); the header still catches a
// file cut short by an interrupted copy.
void TestPortfolioFile::truncatedFileIsRefused()
{
    QFETCH(int, access);
    QString path;
    {
        auto file = makeFile();
        path = file->path();
        for (int i = 0; i < 200; ++i)
            addProject(*file, QStringLiteral("P-%1").arg(i), 1000.0 + i, 1100.0);
    }
    QFile f(path);
    QVERIFY(f.size() > 8 * 4096);
    QVERIFY(f.resize(f.size() - 4096));
    FileError error;
    QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access(access), &error));
    QCOMPARE(error.code, FileError::Corrupt);
}

void TestPortfolioFile::damagedPageIsRefusedForWriting()
{
    QString path;
    qint64 pageOffset = 0;
    {
        auto file = makeFile();
        path = file->path();
        for (int i = 0; i < 200; ++i)
            addProject(*file, QStringLiteral("P-%1").arg(i), 1000.0 + i, 1100.0);
        QSqlQuery q(sqlDatabase(*file));
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'project'")) && q.next());
        pageOffset = (q.value(0).toLongLong() - 1) * 4096;
    }
    // Scribble over the project table's root page, past its header; the file keeps its length.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(pageOffset + 12));
    f.write(QByteArray(2000, '\x5a'));
    f.close();
    FileError error;
    QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error));
    QCOMPARE(error.code, FileError::Corrupt);
    // A caller that ran that check itself (the workspace, on a worker thread) is not made to wait for
    // it a second time: ReadWriteVerified does not read the whole file.
    auto verified = PortfolioFile::open(path, PortfolioFile::Access::ReadWriteVerified, &error);
    QVERIFY2(verified, qPrintable(error.message));
    QVERIFY(!verified->isReadOnly());
}

void TestPortfolioFile::readOnlyFileOpensReadOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("p.vigie"));
    QString uuid;
    {
        auto file = makeFile();
        uuid = addProject(*file, QStringLiteral("P1"), 100, 100);
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    // Root ignores permissions: make the file immutable instead, as read-only media would be.
    const bool immutable = QFileInfo(path).isWritable()
        && QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), path }) == 0;
    auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), path });
    });
    if (QFileInfo(path).isWritable())
        QSKIP("cannot make a read-only file here (root without chattr)");
    const QByteArray before = VigieTest::fileHash(path);
    FileError error;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error.message));
    QVERIFY(file->isReadOnly());
    QCOMPARE(file->value(Entity::Project, uuid, Field::Code).toString(), QStringLiteral("P1"));
    QString message;
    QVERIFY(!file->setValue(Entity::Project, uuid, Field::NameEn, QStringLiteral("x"), &message));
    QVERIFY(!message.isEmpty());
    file.reset();
    QCOMPARE(VigieTest::fileHash(path), before);
}

void TestPortfolioFile::readOnlyAccessWritesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("p.vigie"));
    QString uuid;
    {
        auto file = makeFile();
        uuid = addProject(*file, QStringLiteral("P1"), 100, 100);
    }
    const QByteArray before = VigieTest::fileHash(path);
    FileError error;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error);
    QVERIFY(file && file->isReadOnly());
    QVERIFY(!file->setValue(Entity::Project, uuid, Field::Budget, 5));
    QVERIFY(file->insertRow(Entity::Organization, { { Field::Code, QStringLiteral("X") } }).isEmpty());
    QVERIFY(!file->deleteRow(Entity::Project, uuid));
    file.reset();
    QCOMPARE(VigieTest::fileHash(path), before);
}

void TestPortfolioFile::editIsJournaled()
{
    auto file = makeFile();
    file->setAuthor(QStringLiteral("analyst"));
    const QDateTime when(QDate(2016, 9, 1), QTime(10, 0), Qt::UTC);
    file->setClock([when] { return when; });
    const QString uuid = addProject(*file, QStringLiteral("P1"), 100, 100);
    QSignalSpy spy(file.get(), &PortfolioFile::changed);
    QVERIFY(file->setValue(Entity::Project, uuid, Field::ForecastCost, 150.0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(file->value(Entity::Project, uuid, Field::ComputedCost).toString(), QStringLiteral("red"));
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("SELECT entity, entity_uuid, field, old_value, new_value, changed_at, author "
                                  "FROM change_journal WHERE field = 'forecast_cost'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("project"));
    QCOMPARE(q.value(1).toString(), uuid);
    QCOMPARE(q.value(3).toDouble(), 100.0);
    QCOMPARE(q.value(4).toDouble(), 150.0);
    QCOMPARE(q.value(5).toString(), QStringLiteral("2016-09-01T10:00:00.000Z"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("analyst"));
}

void TestPortfolioFile::authorWithoutUserVariable()
{
    // Launched from a service or a desktop entry, $USER may be missing: the journal still names the editor.
    const QByteArray user = qgetenv("USER"), logname = qgetenv("LOGNAME"), username = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    qunsetenv("USERNAME");
    auto file = makeFile();
    qputenv("USER", user);
    qputenv("LOGNAME", logname);
    qputenv("USERNAME", username);
    QVERIFY(file);
    QVERIFY(!file->author().isEmpty());
}

void TestPortfolioFile::noOpEditIsDropped()
{
    auto file = makeFile();
    const QString uuid = addProject(*file, QStringLiteral("P1"), 100, 100);
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_journal")) && q.next());
    const int before = q.value(0).toInt();
    QVERIFY(file->setValue(Entity::Project, uuid, Field::Budget, 100));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_journal")) && q.next());
    QCOMPARE(q.value(0).toInt(), before);
}

void TestPortfolioFile::unknownColumnIsRefused()
{
    auto file = makeFile();
    const QString uuid = addProject(*file, QStringLiteral("P1"), 100, 100);
    QString error;
    // A field the entity does not have is refused before any SQL is built.
    QVERIFY(!file->setValue(Entity::Project, uuid, Field::SurveyDate, 1, &error));
    QVERIFY(error.contains(QStringLiteral("project")));
    QVERIFY(!file->setValue(Entity::Project, uuid, Field::InternalFte, QStringLiteral("x"), &error));
    QCOMPARE(file->value(Entity::Project, uuid, Field::Budget).toDouble(), 100.0);
}

void TestPortfolioFile::failedEditRollsBack()
{
    auto file = makeFile();
    const QString uuid = addProject(*file, QStringLiteral("P1"), 100, 100);
    addProject(*file, QStringLiteral("P2"), 100, 100);
    QString error;
    // Violates UNIQUE(code): nothing, journal included, may remain.
    QVERIFY(!file->setValue(Entity::Project, uuid, Field::Code, QStringLiteral("P2"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(file->value(Entity::Project, uuid, Field::Code).toString(), QStringLiteral("P1"));
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE field = 'code'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // And the connection is usable afterwards.
    QVERIFY(file->setValue(Entity::Project, uuid, Field::Code, QStringLiteral("P3"), &error));
}

void TestPortfolioFile::baselinesDriveCurrentBudgetAndIndicators()
{
    auto file = makeFile();
    const QString uuid = addProject(*file, QStringLiteral("P1"), 0, 125);
    const RowId id = file->rowId(Entity::Project, uuid);
    QVERIFY(!file->insertRow(Entity::Baseline, { { Field::Project, id },
                                                 { Field::Sequence, 0 },
                                                 { Field::Budget, 100.0 },
                                                 { Field::PlannedStart, QDate(2015, 1, 1) },
                                                 { Field::PlannedEnd, QDate(2016, 1, 1) } })
                 .isEmpty());
    QCOMPARE(file->value(Entity::Project, uuid, Field::Budget).toDouble(), 100.0);
    QCOMPARE(file->value(Entity::Project, uuid, Field::ComputedCost).toString(), QStringLiteral("yellow"));
    // A re-authorization raises the budget: 125 against 120 is green; the original stays 100.
    const QString reauth = file->insertRow(Entity::Baseline, { { Field::Project, id },
                                                               { Field::Sequence, 1 },
                                                               { Field::Budget, 120.0 },
                                                               { Field::PlannedStart, QDate(2015, 1, 1) },
                                                               { Field::PlannedEnd, QDate(2016, 6, 1) } });
    QVERIFY(!reauth.isEmpty());
    QCOMPARE(file->value(Entity::Project, uuid, Field::Budget).toDouble(), 120.0);
    QCOMPARE(file->value(Entity::Project, uuid, Field::OriginalBudget).toDouble(), 100.0);
    QCOMPARE(file->value(Entity::Project, uuid, Field::PlannedEnd).toString(), QStringLiteral("2016-06-01"));
    QCOMPARE(file->value(Entity::Project, uuid, Field::ComputedCost).toString(), QStringLiteral("green"));
    QVERIFY(file->deleteRow(Entity::Baseline, reauth));
    QCOMPARE(file->value(Entity::Project, uuid, Field::Budget).toDouble(), 100.0);
}

void TestPortfolioFile::deleteAndRestoreKeepUuid()
{
    auto file = makeFile();
    const QString project = addProject(*file, QStringLiteral("P1"), 100, 100);
    const QString decision = file->insertRow(Entity::Decision,
                                             { { Field::Project, file->rowId(Entity::Project, project) },
                                               { Field::DecidedOn, QDate(2016, 5, 4) },
                                               { Field::TextEn, QStringLiteral("Approved") },
                                               { Field::TextFr, QStringLiteral("Approuvé") } });
    const auto row = [&] {
        QSqlQuery q(sqlDatabase(*file));
        q.prepare(QStringLiteral("SELECT * FROM decision WHERE uuid = ?"));
        q.addBindValue(decision);
        QStringList values;
        if (q.exec() && q.next())
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
        return values;
    };
    const QStringList before = row();
    QVERIFY(!before.isEmpty());
    const EditResult removed = Edits::deleteRows(*file, Entity::Decision, { decision }, QStringLiteral("Remove"));
    QVERIFY2(removed.ok && removed.changed, qPrintable(removed.error));
    QVERIFY(row().isEmpty());
    // Undoing the deletion puts the very same row back (same key, same UUID, same values).
    QVERIFY(Edits::revert(*file, { removed.changeset }).ok);
    QCOMPARE(row(), before);
    // Creation, deletion and restoration are each in the journal, as whole-row entries.
    QSqlQuery q(sqlDatabase(*file));
    q.prepare(QStringLiteral("SELECT new_value FROM change_journal WHERE entity_uuid = ? AND field = '' ORDER BY id"));
    q.addBindValue(decision);
    QVERIFY(q.exec());
    QStringList events;
    while (q.next())
        events << q.value(0).toString();
    QCOMPARE(events, (QStringList { QStringLiteral("created"), QStringLiteral("deleted"), QStringLiteral("created") }));
}

void TestPortfolioFile::saveCopyAs()
{
    auto file = makeFile();
    addProject(*file, QStringLiteral("P1"), 100, 100);
    const QString copy = m_dir->filePath(QStringLiteral("copy.vigie"));
    QString error;
    QVERIFY2(file->saveCopyAs(copy, &error), qPrintable(error));
    FileError fe;
    auto opened = PortfolioFile::open(copy, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY2(opened, qPrintable(fe.message));
    QCOMPARE(opened->info().uuid, file->info().uuid);
    QSqlQuery q(sqlDatabase(*opened));
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM project")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("P1"));
}

void TestPortfolioFile::ruleChangeRecomputes()
{
    auto file = makeFile();
    const QString uuid = addProject(*file, QStringLiteral("P1"), 100, 108);
    QCOMPARE(file->value(Entity::Project, uuid, Field::ComputedCost).toString(), QStringLiteral("green"));
    QVERIFY(Edits::setHealthRule(*file, HealthRule::custom(5, 20), QStringLiteral("Rule")).ok);
    QCOMPARE(file->value(Entity::Project, uuid, Field::ComputedCost).toString(), QStringLiteral("yellow"));
    QVERIFY(Edits::setHealthRule(*file, HealthRule::threeCode(), QStringLiteral("Rule")).ok);
    QVERIFY(file->value(Entity::Project, uuid, Field::ComputedCost).isNull());
}

void TestPortfolioFile::dialogsStartBesideTheFileOrInDocuments()
{
    // A home of the test's own: no Documents folder yet, the application's data folder under it.
    const QByteArray home = qgetenv("HOME"), config = qgetenv("XDG_CONFIG_HOME"), data = qgetenv("XDG_DATA_HOME");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", home);
        qputenv("XDG_CONFIG_HOME", config);
        qputenv("XDG_DATA_HOME", data);
    });
    const QString homeDir = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(homeDir + QStringLiteral("/.config")));
    qputenv("HOME", QFile::encodeName(homeDir));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(homeDir + QStringLiteral("/.config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(homeDir + QStringLiteral("/.local/share")));

    // No Documents folder: the home folder, not a folder that does not exist (where the file dialog
    // would fall back to the program's working folder).
    QCOMPARE(PortfolioFile::documentsFolder(), homeDir);
    QVERIFY(QDir().mkpath(homeDir + QStringLiteral("/Documents")));
    QCOMPARE(PortfolioFile::documentsFolder(), homeDir + QStringLiteral("/Documents"));

    // A file the user keeps: its own folder.
    auto kept = makeFile(QStringLiteral("kept.vigie"));
    QVERIFY(kept);
    QCOMPARE(kept->folder(), QFileInfo(m_dir->path()).absoluteFilePath());
    QCOMPARE(kept->baseName(), QStringLiteral("kept"));

    // The sample written into the application's data folder at the first start: exports, copies and
    // Open… start in Documents, not in a hidden folder the user never browses.
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(appData.startsWith(homeDir + QStringLiteral("/.local/share/")), qPrintable(appData));
    QVERIFY(QDir().mkpath(appData));
    FileError error;
    auto sample = PortfolioFile::create(appData + QStringLiteral("/quebec-2016.vigie"), QStringLiteral("Sample"), &error);
    QVERIFY2(sample, qPrintable(error.message));
    QCOMPARE(sample->folder(), homeDir + QStringLiteral("/Documents"));
    QCOMPARE(sample->baseName(), QStringLiteral("quebec-2016"));

    // A file in a folder below the data folder is the user's choice: kept beside it.
    QVERIFY(QDir().mkpath(appData + QStringLiteral("/mine")));
    auto below = PortfolioFile::create(appData + QStringLiteral("/mine/p.vigie"), QStringLiteral("Mine"), &error);
    QVERIFY2(below, qPrintable(error.message));
    QCOMPARE(below->folder(), appData + QStringLiteral("/mine"));
}

QTEST_GUILESS_MAIN(TestPortfolioFile)
#include "tst_portfoliofile.moc"
