// A portfolio travels by e-mail: a file whose schema is not exactly what Vigie creates (a trigger, a
// view, an extra table or index) is refused before anything runs on it, and is left byte for byte as
// it was. Connections are hardened: defensive mode, no extensions, triggers off, length limits.
#include "rowinsert.h"
#include "model/limits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/schemacheck.h"

#include "testutil.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {

// Changes a file behind Vigie's back, with a plain SQLite connection (what an attacker would use).
bool tamper(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (ok && !q.exec(s)) {
                if (error)
                    *error = q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

int count(PortfolioFile &file, const QString &table)
{
    QSqlQuery q(sqlDatabase(file));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestHostileFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void alteredSchemaIsRefusedUntouched_data();
    void alteredSchemaIsRefusedUntouched();
    void oldFileWithTriggerIsRefusedBeforeUpgrade();
    void referenceFollowsTheMigrations();
    void statisticsTablesAreAccepted();
    void defensiveConnection();
    void triggersDoNotFireButCascadesDo();
    void lengthLimit();

private:
    QString makeFile(const QString &name = QStringLiteral("p.vigie"));
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostileFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestHostileFile::makeFile(const QString &name)
{
    const QString path = m_dir->filePath(name);
    FileError error;
    auto file = PortfolioFile::create(path, QStringLiteral("Test"), &error);
    if (!file)
        return QString();
    const RowId org = file->rowId(Entity::Organization,
                                  VigieTest::insertRow(*file, Entity::Organization, { { QStringLiteral("code"), QStringLiteral("MCN") } }));
    const QString plan = VigieTest::insertRow(*file, Entity::Plan, { { QStringLiteral("code"), QStringLiteral("S") } });
    const QString area = VigieTest::insertRow(*file, Entity::KeyArea, { { QStringLiteral("plan_id"), file->rowId(Entity::Plan, plan) },
                                                            { QStringLiteral("number"), 1 } });
    for (int i = 1; i <= 3; ++i) {
        VigieTest::insertRow(*file, Entity::Measure, { { QStringLiteral("key_area_id"), file->rowId(Entity::KeyArea, area) },
                                           { QStringLiteral("number"), i } });
        VigieTest::insertRow(*file, Entity::Project, { { QStringLiteral("code"), QStringLiteral("P%1").arg(i) },
                                           { QStringLiteral("organization_id"), org } });
    }
    return path;
}

void TestHostileFile::alteredSchemaIsRefusedUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");
    auto row = [](const char *name, const QString &sql, const QString &named) {
        QTest::newRow(name) << QStringList { sql } << named;
    };
    // The cases: a trigger that empties the measures on the next import, one that deletes every
    // project on a measure edit.
    row("trigger after insert", QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON project BEGIN DELETE FROM measure; END"),
        QStringLiteral("wipe"));
    row("trigger after update", QStringLiteral("CREATE TRIGGER purge AFTER UPDATE ON measure BEGIN DELETE FROM project; END"),
        QStringLiteral("purge"));
    row("trigger before delete", QStringLiteral("CREATE TRIGGER keep BEFORE DELETE ON decision BEGIN SELECT RAISE(IGNORE); END"),
        QStringLiteral("keep"));
    row("trigger on the journal", QStringLiteral("CREATE TRIGGER j AFTER INSERT ON change_journal BEGIN "
                                                 "UPDATE portfolio SET name = 'owned'; END"),
        QStringLiteral("j"));
    row("view", QStringLiteral("CREATE VIEW v AS SELECT * FROM project"), QStringLiteral("v"));
    row("extra table", QStringLiteral("CREATE TABLE payload (x BLOB)"), QStringLiteral("payload"));
    row("extra index", QStringLiteral("CREATE INDEX evil ON project(name_en)"), QStringLiteral("evil"));
    row("expression index", QStringLiteral("CREATE INDEX ex ON project(abs(budget))"), QStringLiteral("ex"));
    row("missing index", QStringLiteral("DROP INDEX project_state"), QStringLiteral("project_state"));
    row("altered table", QStringLiteral("ALTER TABLE project ADD COLUMN extra TEXT DEFAULT 'x'"),
        QStringLiteral("project"));
    row("missing table", QStringLiteral("DROP TABLE envelope"), QStringLiteral("envelope"));
    QTest::newRow("view with instead-of trigger")
        << QStringList { QStringLiteral("CREATE VIEW w AS SELECT 1 AS x"),
                         QStringLiteral("CREATE TRIGGER io INSTEAD OF INSERT ON w BEGIN DELETE FROM plan; END") }
        << QStringLiteral("io");
}

void TestHostileFile::alteredSchemaIsRefusedUntouched()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    const QString path = makeFile();
    QVERIFY(!path.isEmpty());
    QString error;
    QVERIFY2(tamper(path, statements, &error), qPrintable(error));
    const QByteArray before = VigieTest::fileHash(path);
    for (auto access : { PortfolioFile::Access::ReadOnly, PortfolioFile::Access::ReadWrite }) {
        FileError fe;
        QVERIFY(!PortfolioFile::open(path, access, &fe));
        QCOMPARE(fe.code, FileError::NotVigie);
        QVERIFY2(fe.message.contains(QStringLiteral("p.vigie")) && fe.message.contains(named), qPrintable(fe.message));
        QVERIFY(!fe.message.contains(QLatin1Char('\n')));
    }
    QCOMPARE(VigieTest::fileHash(path), before);
    // Not even a journal or a lock was made beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { QStringLiteral("p.vigie") });
}

void TestHostileFile::oldFileWithTriggerIsRefusedBeforeUpgrade()
{
    // A version 1 file is upgraded when opened; a trigger in it would run during the upgrade.
    const QString path = m_dir->filePath(QStringLiteral("old.vigie"));
    QStringList statements { QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId) };
    statements << Schema::migration(1);
    statements << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("INSERT INTO portfolio (id, uuid, name, health_rule, created_at) "
                                 "VALUES (1, 'u', 'Old', '{}', '2016-01-01')")
               << QStringLiteral("CREATE TRIGGER up AFTER UPDATE ON project BEGIN DELETE FROM organization; END");
    QVERIFY(tamper(path, statements));
    const QByteArray before = VigieTest::fileHash(path);
    FileError fe;
    QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fe));
    QCOMPARE(fe.code, FileError::NotVigie);
    QCOMPARE(VigieTest::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral(".v1")));

    // Without the trigger the same file is upgraded: the reference follows the file's version.
    QVERIFY(tamper(path, { QStringLiteral("DROP TRIGGER up") }));
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QCOMPARE(file->schemaVersion(), Schema::currentVersion);
}

void TestHostileFile::referenceFollowsTheMigrations()
{
    // Built from Schema::migration(1..v): a new version is covered without touching SchemaCheck.
    for (int v = 1; v <= Schema::currentVersion; ++v) {
        const QList<SchemaCheck::Entry> reference = SchemaCheck::reference(v);
        QVERIFY(!reference.isEmpty());
        for (const QString &table : Schema::requiredTables(v)) {
            QVERIFY2(std::any_of(reference.cbegin(), reference.cend(),
                                 [&](const SchemaCheck::Entry &e) { return e.type == QLatin1String("table") && e.name == table; }),
                     qPrintable(table));
        }
        for (const SchemaCheck::Entry &e : reference)
            QVERIFY2(e.type == QLatin1String("table") || e.type == QLatin1String("index"), qPrintable(e.name));
    }
    QVERIFY(SchemaCheck::reference(Schema::currentVersion + 1).isEmpty());
}

void TestHostileFile::statisticsTablesAreAccepted()
{
    // Someone ran ANALYZE with the sqlite3 shell: only the query planner's statistics, accepted.
    const QString path = makeFile();
    QVERIFY(tamper(path, { QStringLiteral("ANALYZE") }));
    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QVERIFY(file->setValue(Entity::Project, Repository::projects(*file, 0, 1).constFirst().uuid,
                           Field::Phase, QStringLiteral("planning")));
}

void TestHostileFile::defensiveConnection()
{
    const QString path = makeFile();
    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QSqlQuery q(sqlDatabase(*file));
    // Defensive mode: the schema cannot be rewritten through SQL.
    q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    QVERIFY(!q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'x' WHERE name = 'project'")));
    QVERIFY(!q.exec(QStringLiteral("PRAGMA journal_mode = OFF")) || (q.next() && q.value(0).toString() != QLatin1String("off")));
    // No extensions.
    QVERIFY(!q.exec(QStringLiteral("SELECT load_extension('libm.so.6')")));
    file.reset();
    QVERIFY2(PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fe), qPrintable(fe.message));
}

void TestHostileFile::triggersDoNotFireButCascadesDo()
{
    // Should a trigger ever get past the schema check, it would not fire on Vigie's connections.
    const QString path = makeFile();
    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fe);
    QVERIFY(file);
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER t2 AFTER UPDATE ON project BEGIN DELETE FROM measure; END")));
    QVERIFY(q.exec(QStringLiteral("UPDATE project SET phase = 'x'")));
    QCOMPARE(count(*file, QStringLiteral("measure")), 3);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER t2")));
    // Foreign-key cascades are not triggers: deleting the plan still removes its areas and measures.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM plan")));
    QCOMPARE(count(*file, QStringLiteral("key_area")), 0);
    QCOMPARE(count(*file, QStringLiteral("measure")), 0);
}

void TestHostileFile::lengthLimit()
{
    const QString path = makeFile();
    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fe);
    QVERIFY(file);
    const QString uuid = Repository::projects(*file, 0, 1).constFirst().uuid;
    QString error;
    QVERIFY(!file->setValue(Entity::Project, uuid, Field::Description,
                            QString(Limits::sqliteLength, QLatin1Char('x')), &error));
    QVERIFY2(error.contains(QStringLiteral("too big")), qPrintable(error));
    QVERIFY2(file->setValue(Entity::Project, uuid, Field::Description,
                            QString(Limits::textLength, QLatin1Char('x')), &error),
             qPrintable(error));
    file.reset();

    // A row over the limit made elsewhere: refused as it is read, the file marked damaged.
    QVERIFY(tamper(path, { QStringLiteral("UPDATE project SET name_en = printf('%.1500000c', 'n') WHERE code = 'P2'") }));
    file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QVERIFY(file->damage().isEmpty());
    const QList<Project> projects = Repository::projects(*file, 0, 100);
    QVERIFY(projects.size() < 3);
    QVERIFY2(file->damage().contains(QStringLiteral("larger than Vigie accepts")), qPrintable(file->damage()));
}

QTEST_GUILESS_MAIN(TestHostileFile)
#include "tst_hostilefile.moc"
