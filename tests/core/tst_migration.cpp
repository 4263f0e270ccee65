// A version-1 file, made here with the version-1 schema, opens in this program: it is upgraded step by
// step to the current version, keeps its data, and the original is kept as FILE.v1.
#include "analysis/summary.h"
#include "i18n/language.h"
#include "merge/mergehistory.h"
#include "storage/portfoliofile.h"
#include "storage/edits.h"
#include "storage/integrity.h"
#include "storage/sqlaccess.h"
#include "storage/repository.h"
#include "storage/schema.h"

#include "testutil.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version1IsUpgraded();
    void readOnlyOldFileIsRefusedUntouched();
    void fixtureOfEveryPastVersion_data();
    void fixtureOfEveryPastVersion();
    void originalBaselineInTheProjectRow();
    void checkFindsAnOriginalBaselineOutOfStep();
    void everyReferenceToAProjectIsIndexed();
    void namesOfChangesWrittenInOneLanguage();

private:
    QString makeVersion1(const QString &path);
};

namespace {

// A writable copy of a fixture of tests/data/schema in `dir`.
QString copyFixture(const QTemporaryDir &dir, const QString &fixture)
{
    const QString path = dir.filePath(fixture);
    if (!QFile::copy(QStringLiteral(VIGIE_TEST_DATA "/schema/") + fixture, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// The fixture copied to `dir` (its path in `path`) and upgraded by opening it for writing; null, with a
// warning, on failure (or when the open did not bring it to the current schema).
std::unique_ptr<PortfolioFile> upgradedFixture(const QTemporaryDir &dir, const QString &fixture, QString *path)
{
    *path = copyFixture(dir, fixture);
    FileError error;
    auto file = path->isEmpty() ? nullptr : PortfolioFile::open(*path, PortfolioFile::Access::ReadWrite, &error);
    if (!file)
        qWarning("%s", qPrintable(error.message));
    else if (file->schemaVersion() != Schema::currentVersion)
        return nullptr;
    return file;
}

} // namespace

QString TestMigration::makeVersion1(const QString &path)
{
    const QString connection = QStringLiteral("v1-maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId));
        for (const QString &statement : Schema::migration(1)) {
            if (!q.exec(statement))
                qWarning() << statement;
        }
        q.exec(QStringLiteral("PRAGMA user_version = 1"));
        q.exec(QStringLiteral("INSERT INTO portfolio (id, uuid, name, health_rule, created_at) VALUES "
                              "(1, 'u-portfolio', 'Old', '{\"preset\":\"variance-10-30\"}', '2015-06-01')"));
        q.exec(QStringLiteral("INSERT INTO organization (id, uuid, code, name_en, name_fr) VALUES "
                              "(1, 'u-org', 'SCT', 'Treasury Board', 'Conseil du trésor')"));
        // Computed colours left empty on purpose: the upgrade recomputes them.
        q.exec(QStringLiteral("INSERT INTO project (id, uuid, code, name_en, organization_id, budget, original_budget, "
                              "forecast_cost) VALUES (1, 'u-p1', 'P1', 'Portal', 1, 1000000, 1000000, 1350000)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return path;
}

void TestMigration::version1IsUpgraded()
{
    QTemporaryDir dir;
    const QString path = makeVersion1(dir.filePath(QStringLiteral("old.vigie")));
    QVERIFY(!path.isEmpty());
    const QByteArray original = VigieTest::fileHash(path);
    FileError error;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error.message));
    QCOMPARE(file->schemaVersion(), Schema::currentVersion);
    QCOMPARE(file->info().name, QStringLiteral("Old"));
    QCOMPARE(file->info().cioName, QString()); // new column, default value
    QCOMPARE(file->value(Entity::Project, QStringLiteral("u-p1"), Field::Code).toString(), QStringLiteral("P1"));
    QCOMPARE(file->value(Entity::Project, QStringLiteral("u-p1"), Field::ComputedCost).toString(),
             QStringLiteral("red"));
    QVERIFY(file->hasField(Entity::BriefingItem, Field::TextFr));
    QVERIFY(!file->insertRow(Entity::BriefingItem, { { Field::Section, 1 },
                                                     { Field::TextEn, QStringLiteral("Done") } })
                 .isEmpty());
    // The backup is the untouched original.
    QCOMPARE(VigieTest::fileHash(path + QStringLiteral(".v1")), original);
}

void TestMigration::readOnlyOldFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = makeVersion1(dir.filePath(QStringLiteral("old.vigie")));
    const QByteArray original = VigieTest::fileHash(path);
    FileError error;
    QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error));
    QCOMPARE(error.code, FileError::NeedsUpgrade);
    QCOMPARE(VigieTest::fileHash(path), original);
    QVERIFY(!QFile::exists(path + QStringLiteral(".v1")));
}

void TestMigration::fixtureOfEveryPastVersion_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("projects");
    QTest::addColumn<int>("measures");
    QTest::newRow("v1") << QStringLiteral("small-v1.vigie") << 1 << 1 << 1;
    QTest::newRow("v2") << QStringLiteral("quebec-2016-v2.vigie") << 2 << 214 << 36;
    QTest::newRow("v3") << QStringLiteral("ontario-v3.vigie") << 3 << 5 << 4;
    QTest::newRow("v4") << QStringLiteral("quebec-2016-v4.vigie") << 4 << 214 << 36;
    QTest::newRow("v5") << QStringLiteral("quebec-2016-v5.vigie") << 5 << 214 << 36;
    QTest::newRow("v6") << QStringLiteral("quebec-2016-v6.vigie") << 6 << 214 << 36;
    QTest::newRow("v7") << QStringLiteral("quebec-2016-v7.vigie") << 7 << 214 << 36;
}

// Files written by earlier versions (tests/data/schema): upgraded step by step, data kept, the original
// kept beside as FILE.vN, and the upgraded file takes undoable edits like a new one.
void TestMigration::fixtureOfEveryPastVersion()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QFETCH(int, projects);
    QFETCH(int, measures);
    QTemporaryDir dir;
    const QString path = copyFixture(dir, fixture);
    QVERIFY(!path.isEmpty());
    const QByteArray original = VigieTest::fileHash(path);
    FileError error;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error.message));
    QCOMPARE(file->schemaVersion(), Schema::currentVersion);
    QCOMPARE(VigieTest::fileHash(path + QStringLiteral(".v%1").arg(version)), original);
    QCOMPARE(Repository::projectCount(*file), projects);
    QCOMPARE(int(Repository::measures(*file).size()), measures);
    const Measure m = Repository::measures(*file).constFirst();
    const EditResult edit = Edits::setMeasureState(*file, m.uuid, { MeasureStatus::Cancelled, m.percentComplete,
                                                                    QStringLiteral("Upgraded") }, QStringLiteral("Edit"));
    QVERIFY2(edit.ok && edit.changed, qPrintable(edit.error));
    QVERIFY(Edits::revert(*file, { edit.changeset }).ok);
    QCOMPARE(Repository::measure(*file, m.uuid)->status, m.status);

    // Schema 5: each project and measure was last touched when the journal last changed it (read here
    // from the original file kept beside), and is unknown when the journal never did.
    if (version < 5) {
        QHash<QString, QString> latest;
        {
            const QString connection = QStringLiteral("original");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(path + QStringLiteral(".v%1").arg(version));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT entity, entity_uuid, MAX(changed_at) FROM change_journal "
                                              "GROUP BY entity, entity_uuid")));
                while (q.next())
                    latest.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString(), q.value(2).toString());
            }
            QSqlDatabase::removeDatabase(connection);
        }
        int known = 0;
        for (const Project &p : Repository::projects(*file, 0, 1000000)) {
            const QString expected = latest.value(QStringLiteral("project:") + p.uuid);
            QCOMPARE(p.touched.isValid(), !expected.isEmpty());
            if (!expected.isEmpty()) {
                QCOMPARE(p.touched, QDateTime::fromString(expected, Qt::ISODateWithMs));
                ++known;
            }
        }
        if (version == 4)
            QCOMPARE(known, 1); // the one project the fixture's journal edited
    }
    // Schema 6: the project rows hold their original baseline and their count of baseline rows.
    file.reset();
    const IntegrityCheck::Report check = IntegrityCheck::run(path);
    QVERIFY2(check.intact(), qPrintable(check.refusal + check.findings.join(QLatin1Char('\n'))));
}

// Upgraded to schema 6, the Quebec sample of schema 5 gives the very project figures Vigie of schema 5
// printed (`vigie summary --json`, kept beside the fixture), its colours against the original baselines
// of its 39 re-authorized projects included, now read from the project rows in one scan.
void TestMigration::originalBaselineInTheProjectRow()
{
    QTemporaryDir dir;
    QString path;
    auto file = upgradedFixture(dir, QStringLiteral("quebec-2016-v5.vigie"), &path);
    QVERIFY(file);
    {
        QSqlQuery q(sqlDatabase(*file));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(baselines) FROM project WHERE baselines > 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 39);
        QCOMPARE(q.value(1).toInt(), 78);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project WHERE original_start IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    Summary summary;
    QString message;
    QVERIFY2(SummaryBuilder::compute(*file, &summary, &message), qPrintable(message));
    QFile stored(QStringLiteral(VIGIE_TEST_DATA "/schema/quebec-2016-v5.summary.json"));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QJsonObject before = QJsonDocument::fromJson(stored.readAll()).object().value(QLatin1String("projects")).toObject();
    QVERIFY(before.contains(QLatin1String("computed_original")));
    QCOMPARE(before.value(QLatin1String("rebaselined")).toInt(), 39);
    const QJsonObject after = SummaryBuilder::toJson(summary).value(QLatin1String("projects")).toObject();
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.key() == QLatin1String("declared_greener")) {
            // By indicator as before; "any" (each project once) came later.
            const QJsonObject was = it.value().toObject(), now = after.value(it.key()).toObject();
            for (auto i = was.constBegin(); i != was.constEnd(); ++i)
                QVERIFY2(now.value(i.key()) == i.value(), qPrintable(i.key()));
            QVERIFY(now.contains(QLatin1String("any")));
            continue;
        }
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(after.keys(), before.keys());
}

// `vigie check` tells a project row whose original baseline is not its first baseline row (an edit
// outside Vigie): the summary would count it against the wrong baseline.
void TestMigration::checkFindsAnOriginalBaselineOutOfStep()
{
    QTemporaryDir dir;
    QString path;
    QVERIFY(upgradedFixture(dir, QStringLiteral("quebec-2016-v5.vigie"), &path)); // closed at once
    QVERIFY(IntegrityCheck::run(path).intact());
    const QString connection = QStringLiteral("outside");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE project SET baselines = 1 WHERE code = (SELECT MIN(code) FROM project "
                                      "WHERE baselines = 2)")));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(connection);
    const IntegrityCheck::Report r = IntegrityCheck::run(path);
    QVERIFY(!r.intact());
    QCOMPARE(r.findings.size(), 1);
    QVERIFY2(r.findings.constFirst().contains(QLatin1String("1 project")), qPrintable(r.findings.constFirst()));
    QVERIFY2(r.findings.constFirst().contains(QLatin1String("original baseline")), qPrintable(r.findings.constFirst()));
}

// Schema 7: each column that refers to a project row leads an index, in a file upgraded from schema 6 as
// in a new one, so that deleting a project (or undoing its addition) finds the rows naming it by lookups
// rather than by reading whole tables (3 to 4 s at a million projects when period_project had none).
void TestMigration::everyReferenceToAProjectIsIndexed()
{
    QTemporaryDir dir;
    QString upgraded;
    QVERIFY(upgradedFixture(dir, QStringLiteral("quebec-2016-v6.vigie"), &upgraded)); // closed at once
    const QString fresh = dir.filePath(QStringLiteral("new.vigie"));
    {
        FileError error;
        QVERIFY2(PortfolioFile::create(fresh, QStringLiteral("New"), &error), qPrintable(error.message));
    }
    for (const QString &path : { upgraded, fresh }) {
        const QString connection = QStringLiteral("indexes");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QStringList tables;
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
            while (q.next())
                tables << q.value(0).toString();
            QStringList references, unindexed;
            for (const QString &table : std::as_const(tables)) {
                QVERIFY(q.exec(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list('%1') WHERE \"table\" = 'project'")
                                   .arg(table)));
                QStringList columns;
                while (q.next())
                    columns << q.value(0).toString();
                for (const QString &column : std::as_const(columns)) {
                    references << table + QLatin1Char('.') + column;
                    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pragma_index_list('%1') l "
                                                  "JOIN pragma_index_info(l.name) i ON i.seqno = 0 WHERE i.name = '%2'")
                                       .arg(table, column)));
                    QVERIFY(q.next());
                    if (q.value(0).toInt() == 0)
                        unindexed << table + QLatin1Char('.') + column;
                }
            }
            references.sort();
            QCOMPARE(references, QStringList({ QStringLiteral("baseline.project_id"), QStringLiteral("briefing_item.project_id"),
                                               QStringLiteral("decision.project_id"), QStringLiteral("period_project.project_id"),
                                               QStringLiteral("project_measure.project_id") }));
            QVERIFY2(unindexed.isEmpty(), qPrintable(path + QLatin1String(": ") + unindexed.join(QLatin1String(", "))));
        }
        QSqlDatabase::removeDatabase(connection);
    }
}

// Schema 8 names each change in both languages. A file of schema 7 kept its changes' names in the one
// language they were made in (the fixture's by `vigie edit --lang fr` and a merge of a copy edited so):
// upgraded, each keeps its one text, read in both languages, in its changesets as in its merge report;
// the next change is named in both.
void TestMigration::namesOfChangesWrittenInOneLanguage()
{
    QTemporaryDir dir;
    QString path;
    const auto file = upgradedFixture(dir, QStringLiteral("quebec-2016-v7.vigie"), &path);
    QVERIFY(file);
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("SELECT label, label_fr FROM changeset ORDER BY id")));
    QStringList labels;
    while (q.next())
        labels << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
    QCOMPARE(labels, QStringList({ QStringLiteral("Modifier\u00a0: Projet MTESS-2013-001|"), QStringLiteral("Merge Copy from MTESS|") }));
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
        QVERIFY(Language::apply(language));
        const QList<MergeRecord> merges = MergeHistory::read(*file);
        QCOMPARE(merges.size(), 1);
        QCOMPARE(merges.constFirst().entries.size(), 1);
        QCOMPARE(merges.constFirst().entries.constFirst().comment, QStringLiteral("Modifier\u00a0: Projet MTESS-2014-001"));
    }
    const Measure m = Repository::measures(*file).constFirst();
    const EditResult edit = Edits::setMeasureState(
        *file, m.uuid, { MeasureStatus::Cancelled, m.percentComplete, QString() },
        Language::inBoth([] { return QCoreApplication::translate("Vigie::Cli", "Edit %1").arg(QStringLiteral("Measure 1")); }));
    QVERIFY2(edit.ok, qPrintable(edit.error));
    q.prepare(QStringLiteral("SELECT label, label_fr FROM changeset WHERE id = ?"));
    q.addBindValue(edit.changeset);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Edit Measure 1"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Modifier\u00a0: Measure 1"));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
