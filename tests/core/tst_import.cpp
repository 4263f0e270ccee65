// Project import into a real portfolio file: strict refusal, lenient import, French Excel files, dry
// run, cancel, baselines and journal. Imports into a portfolio that has the projects: tst_reimport.
#include "io/projectimporter.h"
#include "storage/sqlaccess.h"
#include "storage/integrity.h"
#include "storage/portfoliofile.h"
#include "importfixture.h"
#include "testutil.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace ImportFixture;

namespace {

const QString kData = QStringLiteral(VIGIE_TEST_DATA "/import/");

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void frenchExcel();
    void strictRefusalLeavesFileUntouched();
    void lenientImportsWhatItCan();
    void baselinesFollowBudgets();
    void manyRowsUndoAndRedoExactly();
    void dryRunWritesNothing();
    void cancelRollsBack();
    void reusesExistingOrganizations();
    void explicitMappingMissingColumn();
    void notifiesOnceAfterCommit();
    void computedAtInsertMatchesRecompute();
    void usDashboardComputedAtInsert();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();
    void lenientWarnsAboutMalformedRows();
    void longOrganizationNameGetsACode();
    void stateAndOriginalPlannedEnd();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    QString m_path;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("p.vigie"));
    QString error;
    m_file = newPortfolio(m_path, &error);
    QVERIFY2(m_file, qPrintable(error));
}

void TestImport::cleanup()
{
    m_file.reset();
    m_dir.reset();
}

void TestImport::frenchExcel()
{
    // Default mapping: `;` is detected, hence the decimal comma; Windows-1252 is detected too.
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    const ImportReport r = importer.run(kData + QStringLiteral("french-excel.csv"));
    QVERIFY2(!r.refused(), qPrintable(r.fatal + r.errors.value(0).toString()));
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.created, 3);
    QCOMPARE(r.organizationsCreated, 2);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT name_fr FROM project WHERE code = 'SANTE-01'")).toString(),
             QStringLiteral("Dossier santé numérique"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT o.name_en FROM project p JOIN organization o ON o.id = p.organization_id "
                                            "WHERE p.code = 'SANTE-01'")).toString(),
             QStringLiteral("Ministère de la Santé"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT o.name_fr FROM project p JOIN organization o ON o.id = p.organization_id "
                                            "WHERE p.code = 'EDUC-02'")).toString(),
             QStringLiteral("Ministère de l'Éducation"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'SANTE-01'")).toDouble(), 1234.56);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT forecast_cost FROM project WHERE code = 'SANTE-01'")).toDouble(), 1300.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'EDUC-02'")).toDouble(), 12500000.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT forecast_cost FROM project WHERE code = 'EDUC-02'")).toDouble(), 13000000.5);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT reported_cost_variance FROM project WHERE code = 'EDUC-02'")).toDouble(), -12.5);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'SANTE-03'")).toDouble(), 987.5);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT name_fr FROM project WHERE code = 'SANTE-03'")).toString(),
             QStringLiteral("Pharmacie – phase 2"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT declared_cost FROM project WHERE code = 'EDUC-02'")).toString(),
             QStringLiteral("yellow"));
    // The reported variance wins: -12.5% is yellow by the 10/30 rule, 5.3% green.
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT computed_cost FROM project WHERE code = 'EDUC-02'")).toString(),
             QStringLiteral("yellow"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT computed_cost FROM project WHERE code = 'SANTE-01'")).toString(),
             QStringLiteral("green"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT planned_end FROM project WHERE code = 'EDUC-02'")).toString(),
             QStringLiteral("2017-06-30"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT state FROM project WHERE code = 'EDUC-02'")).toString(),
             QStringLiteral("active"));

    // The same file with an explicit mapping (forced encoding, column by number) gives the same result.
    QStringList errors;
    const auto mapping = ImportMapping::load(kData + QStringLiteral("mapping-french.json"), &errors);
    QVERIFY2(mapping, qPrintable(errors.join(QLatin1Char('\n'))));
    ProjectImporter again(*m_file, *mapping, {});
    const ImportReport r2 = again.run(kData + QStringLiteral("french-excel.csv"));
    QVERIFY(!r2.refused());
    QCOMPARE(r2.created, 0);
    QCOMPARE(r2.unchanged, 3);
    // A check (dry run) of the same file says what the import says: unchanged, not "updated".
    ProjectImporter check(*m_file, *mapping, { false, true });
    const ImportReport r3 = check.run(kData + QStringLiteral("french-excel.csv"));
    QVERIFY(r3.dryRun && !r3.written);
    QCOMPARE(r3.created, 0);
    QCOMPARE(r3.updated, 0);
    QCOMPARE(r3.unchanged, 3);
    QCOMPARE(r3.organizationsCreated, 0);
}

void TestImport::strictRefusalLeavesFileUntouched()
{
    m_file.reset(); // hash the file as it is on disk, then open it again
    const QByteArray before = VigieTest::fileHash(m_path);
    FileError error;
    m_file = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWrite, &error);
    QVERIFY(m_file);
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    const QString csv = kData + QStringLiteral("bad-amount-line7.csv");
    const ImportReport r = importer.run(csv);
    QVERIFY(r.refused());
    QVERIFY(!r.written);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.at(0).line, 7);
    QCOMPARE(r.errors.at(0).column, 4);
    QCOMPARE(r.errors.at(0).toString(), csv + QStringLiteral(":7:4: budget: \"12abc\" is not a number"));
    QCOMPARE(r.rowsRead, 6);
    m_file.reset();
    QCOMPARE(VigieTest::fileHash(m_path), before);
}

void TestImport::lenientImportsWhatItCan()
{
    const QString csv = kData + QStringLiteral("lenient.csv");
    {
        ProjectImporter strict(*m_file, ImportMapping::defaults(), {});
        const ImportReport r = strict.run(csv);
        QVERIFY(r.refused());
        QCOMPARE(r.errors.size(), 4); // amount, date, colour, empty code
        QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project")).toInt(), 0);
    }
    ProjectImporter importer(*m_file, ImportMapping::defaults(), { true, false });
    const ImportReport r = importer.run(csv);
    QVERIFY(!r.refused());
    QCOMPARE(r.rowsRead, 6);
    QCOMPARE(r.created, 4);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(r.repeated, 1);
    QCOMPARE(r.warnings.size(), 5);
    QCOMPARE(r.warnings.at(0).line, 3);
    QCOMPARE(r.warnings.at(0).column, 3);
    QVERIFY(r.warnings.at(2).message.contains(QStringLiteral("purple")));
    QVERIFY(r.warnings.at(4).message.contains(QStringLiteral("line 2")));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'L-2'")).toDouble(), 0.0);
    QVERIFY(scalar(*m_file, QStringLiteral("SELECT planned_end FROM project WHERE code = 'L-3'")).isNull());
    QVERIFY(scalar(*m_file, QStringLiteral("SELECT declared_cost FROM project WHERE code = 'L-4'")).isNull());
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT declared_cost FROM project WHERE code = 'L-3'")).toString(),
             QStringLiteral("yellow"));
    // The repeated L-1 row is ignored: the first one is kept.
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT name_en FROM project WHERE code = 'L-1'")).toString(), QStringLiteral("Good"));
}

void TestImport::baselinesFollowBudgets()
{
    QTemporaryDir dir;
    const QString csv = write(dir, QStringLiteral("a.csv"),
                              "code,budget,original_budget,start,planned_end\nA,120,100,2016-01-01,2016-12-31\nB,50,,2016-01-01,2016-06-30\n");
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    QVERIFY(!importer.run(csv).refused());
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM baseline b JOIN project p ON p.id = b.project_id WHERE p.code = 'A'")).toInt(), 2);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT original_budget FROM project WHERE code = 'A'")).toDouble(), 100.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'A'")).toDouble(), 120.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT original_end FROM project WHERE code = 'A'")).toString(), QStringLiteral("2016-12-31"));
    // The project row holds its original baseline and how many baselines it has (schema 6).
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT original_start || ' ' || baselines FROM project WHERE code = 'A'")).toString(),
             QStringLiteral("2016-01-01 2"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT original_start || ' ' || baselines FROM project WHERE code = 'B'")).toString(),
             QStringLiteral("2016-01-01 1"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM baseline b JOIN project p ON p.id = b.project_id WHERE p.code = 'B'")).toInt(), 1);
    // An empty original budget means the budget is the original one: a single baseline.
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'B'")).toDouble(), 50.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT original_budget FROM project WHERE code = 'B'")).toDouble(), 50.0);
    // Re-import with a new end date: the latest baseline moves, the original stays.
    const QString csv2 = write(dir, QStringLiteral("b.csv"),
                               "code,budget,original_budget,start,planned_end\nA,130,100,2016-01-01,2017-03-31\n");
    ProjectImporter again(*m_file, ImportMapping::defaults(), {});
    QCOMPARE(again.run(csv2).updated, 1);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'A'")).toDouble(), 130.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT planned_end FROM project WHERE code = 'A'")).toString(), QStringLiteral("2017-03-31"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT original_budget FROM project WHERE code = 'A'")).toDouble(), 100.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT original_end FROM project WHERE code = 'A'")).toString(), QStringLiteral("2016-12-31"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT baselines FROM project WHERE code = 'A'")).toInt(), 2);
    m_file.reset();
    const IntegrityCheck::Report check = IntegrityCheck::run(m_path);
    QVERIFY2(check.intact(), qPrintable(check.findings.join(QLatin1Char('\n'))));
}

// More rows than one statement holds (rows go 32 to a statement, with their ids taken beforehand, and the
// journal's too): every project, baseline, organization and link is written with the ids and values a row
// at a time would give, a second import updates and creates among them, and undoing then redoing each
// import (its journal read back in order) gives the portfolio back exactly.
void TestImport::manyRowsUndoAndRedoExactly()
{
    QTemporaryDir dir;
    QByteArray first = "code,name,organization,budget,original_budget,start,planned_end,forecast_cost\n";
    QByteArray second = first;
    const int rows = 150;
    for (int i = 0; i < rows; ++i) {
        // Every third project re-authorized (two baselines); five organizations, one named anew later.
        const QByteArray line = QStringLiteral("P-%1,Project %1,Ministry %2,%3,%4,2016-01-01,2017-06-30,%5\n")
                                    .arg(i, 3, 10, QLatin1Char('0'))
                                    .arg(i % 5)
                                    .arg(1000 + i)
                                    .arg(i % 3 ? QString() : QString::number(900 + i))
                                    .arg(1100 + i)
                                    .toUtf8();
        first += line;
        if (i % 2 == 0) // half of them again, their budget changed
            second += QStringLiteral("P-%1,Project %1,Ministry %2,%3,,2016-01-01,2017-06-30,\n")
                          .arg(i, 3, 10, QLatin1Char('0'))
                          .arg(i % 5)
                          .arg(2000 + i)
                          .toUtf8();
    }
    for (int i = rows; i < rows + 40; ++i) // and new ones, in a new organization
        second += QStringLiteral("P-%1,Project %1,Ministry 9,%2,,2016-01-01,2017-06-30,\n").arg(i).arg(3000 + i).toUtf8();
    const auto state = [&] {
        QStringList all;
        QSqlQuery q(sqlDatabase(*m_file));
        for (const QString &sql : { QStringLiteral("SELECT id, uuid, code, name_en, organization_id, budget, original_budget, "
                                                   "planned_start, planned_end, original_end, forecast_cost, baselines, "
                                                   "computed_cost, computed_schedule FROM project ORDER BY id"),
                                    QStringLiteral("SELECT id, uuid, project_id, sequence, budget, planned_start, planned_end "
                                                   "FROM baseline ORDER BY id"),
                                    QStringLiteral("SELECT id, uuid, code, name_en FROM organization ORDER BY id") }) {
            if (!q.exec(sql))
                return QStringList { q.lastError().text() };
            while (q.next()) {
                QStringList values;
                for (int c = 0; c < q.record().count(); ++c)
                    values << (q.value(c).isNull() ? QStringLiteral("<null>") : q.value(c).toString());
                all << values.join(QLatin1Char('|'));
            }
        }
        return all;
    };
    const QStringList empty = state();
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    const ImportReport r1 = importer.run(write(dir, QStringLiteral("first.csv"), first));
    QVERIFY2(!r1.refused(), qPrintable(r1.fatal));
    QCOMPARE(r1.created, rows);
    QCOMPARE(r1.organizationsCreated, 5);
    const qint64 firstChangeset = m_file->lastChangeset();
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM baseline")).toInt(), rows + rows / 3);
    // Ids as SQLite gives them, one after the other, baselines to their projects.
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT MIN(id) || '-' || MAX(id) FROM project")).toString(),
             QStringLiteral("1-%1").arg(rows));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project p JOIN baseline b ON b.project_id = p.id "
                                            "AND b.sequence = 0 AND b.budget = p.original_budget")).toInt(), rows);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget || ' ' || original_budget || ' ' || baselines FROM project "
                                            "WHERE code = 'P-042'")).toString(), QStringLiteral("1042.0 942.0 2"));
    // The journal: each row created once, in the order written (organization, project, its baselines).
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE changeset_id = ?"), firstChangeset).toInt(),
             5 + rows + rows + rows / 3);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT group_concat(entity, ',') FROM (SELECT entity FROM change_journal "
                                            "WHERE changeset_id = ? ORDER BY id LIMIT 5)"), firstChangeset).toString(),
             QStringLiteral("organization,project,baseline,baseline,organization"));
    const QStringList afterFirst = state();

    ProjectImporter again(*m_file, ImportMapping::defaults(), {});
    const ImportReport r2 = again.run(write(dir, QStringLiteral("second.csv"), second));
    QVERIFY2(!r2.refused(), qPrintable(r2.fatal));
    QCOMPARE(r2.created, 40);
    QCOMPARE(r2.updated, rows / 2);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'P-042'")).toDouble(), 2042.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project")).toInt(), rows + 40);
    const QStringList afterSecond = state();
    const qint64 secondChangeset = m_file->lastChangeset();

    QString error;
    QVERIFY2(m_file->revert({ secondChangeset }, nullptr, &error), qPrintable(error));
    QCOMPARE(state(), afterFirst);
    const qint64 undoSecond = m_file->lastChangeset();
    QVERIFY2(m_file->revert({ firstChangeset }, nullptr, &error), qPrintable(error));
    QCOMPARE(state(), empty);
    const qint64 undoFirst = m_file->lastChangeset();
    // Redo: reverting the reverts.
    QVERIFY2(m_file->revert({ undoFirst }, nullptr, &error), qPrintable(error));
    QCOMPARE(state(), afterFirst);
    QVERIFY2(m_file->revert({ undoSecond }, nullptr, &error), qPrintable(error));
    QCOMPARE(state(), afterSecond);
    m_file.reset();
    const IntegrityCheck::Report check = IntegrityCheck::run(m_path);
    QVERIFY2(check.intact(), qPrintable(check.findings.join(QLatin1Char('\n'))));
}

void TestImport::dryRunWritesNothing()
{
    m_file.reset();
    const QByteArray before = VigieTest::fileHash(m_path);
    FileError error;
    m_file = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &error);
    QVERIFY(m_file);
    ProjectImporter importer(*m_file, ImportMapping::defaults(), { false, true });
    const ImportReport r = importer.run(kData + QStringLiteral("french-excel.csv"));
    QVERIFY(!r.refused());
    QVERIFY(r.dryRun);
    QVERIFY(!r.written);
    QCOMPARE(r.created, 3);
    m_file.reset();
    QCOMPARE(VigieTest::fileHash(m_path), before);
}

void TestImport::cancelRollsBack()
{
    QTemporaryDir dir;
    QByteArray bytes("code,name,budget\n");
    for (int i = 0; i < 3000; ++i)
        bytes += QByteArray("C") + QByteArray::number(i) + ",Project," + QByteArray::number(i) + "\n";
    const QString csv = write(dir, QStringLiteral("big.csv"), bytes);
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    int calls = 0;
    qint64 lastDone = 0;
    importer.setProgress([&](qint64 done, qint64 total) {
        lastDone = done;
        ++calls;
        return done <= total / 2; // cancel in the write pass, past half of the work

    });
    const ImportReport r = importer.run(csv);
    QVERIFY(r.cancelled);
    QVERIFY(!r.written);
    QVERIFY(lastDone > 0);
    QVERIFY(calls > 2); // progress was reported in both passes
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project")).toInt(), 0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM change_journal")).toInt(), 0);
    // And the file is usable afterwards.
    ProjectImporter again(*m_file, ImportMapping::defaults(), {});
    QCOMPARE(again.run(csv).created, 3000);
}

void TestImport::reusesExistingOrganizations()
{
    QString error;
    QVERIFY(!m_file->insertRow(Entity::Organization, { { Field::Code, QStringLiteral("MSSS") },
                                                        { Field::NameEn, QStringLiteral("Ministère de la Santé") },
                                                        { Field::NameFr, QStringLiteral("Ministère de la Santé") } },
                               QString(), &error).isEmpty());
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    const ImportReport r = importer.run(kData + QStringLiteral("french-excel.csv"));
    QCOMPARE(r.organizationsCreated, 1); // only Éducation
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project p JOIN organization o ON o.id = p.organization_id "
                                            "WHERE o.code = 'MSSS'")).toInt(), 2);
}

void TestImport::explicitMappingMissingColumn()
{
    ImportMapping m;
    m.setColumn(ImportField::Code, QStringLiteral("code"));
    m.setColumn(ImportField::Budget, QStringLiteral("Planned Cost"));
    ProjectImporter importer(*m_file, m, {});
    const ImportReport r = importer.run(kData + QStringLiteral("quoted.csv"));
    QVERIFY(r.refused());
    QVERIFY2(r.fatal.contains(QStringLiteral("Planned Cost")), qPrintable(r.fatal));
}

void TestImport::notifiesOnceAfterCommit()
{
    // One notification for the whole import, sent after the commit: a connection of its own sees
    // every row, and the change lists the entities to reload rather than 3 rows one by one.
    QList<Change> changes;
    int projectsSeen = -1;
    connect(m_file.get(), &PortfolioFile::changed, this, [&](const Change &c) {
        changes << c;
        FileError e;
        auto other = PortfolioFile::open(m_file->path(), PortfolioFile::Access::ReadOnly, &e);
        projectsSeen = other ? scalar(*other, QStringLiteral("SELECT COUNT(*) FROM project")).toInt() : -2;
    });
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    const ImportReport r = importer.run(kData + QStringLiteral("quoted.csv"));
    QVERIFY(r.written);
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.first().touches(Entity::Project));
    QVERIFY(changes.first().needsReload(Entity::Project));
    QCOMPARE(changes.first().changeset, r.changeset);
    QCOMPARE(projectsSeen, r.created);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT description FROM project WHERE code = 'P-2'")).toString(),
             QStringLiteral("line one\r\nline two\r\nline three"));
}

// Created projects get their computed indicators when inserted (the import no longer recomputes the
// whole file afterwards): they must be what recomputeAllProjects() finds from the stored columns.
void TestImport::computedAtInsertMatchesRecompute()
{
    QTemporaryDir dir;
    const QString csv = write(dir, QStringLiteral("a.csv"),
                              "code,budget,original_budget,forecast_cost,start,planned_end,forecast_end,"
                              "cost_variance_percent,schedule_variance_percent\n"
                              "G,100,,105,2016-01-01,2016-12-31,2016-12-31,,\n"     // computed green / green
                              "Y,100,80,120,2016-01-01,2016-12-31,2017-03-01,,\n"   // yellow / yellow
                              "R,100,,200,2016-01-01,2016-12-31,2018-01-01,,\n"     // red / red
                              "V,100,,100,2016-01-01,2016-12-31,2016-12-31,-45,15\n" // reported variances win
                              "U,0,,,,,,,\n");                                      // nothing to compute
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    QCOMPARE(importer.run(csv).created, 5);
    const QStringList atInsert = computedIndicators(*m_file);
    QCOMPARE(atInsert.size(), 5);
    QCOMPARE(atInsert.at(0), QStringLiteral("G green/green text/text"));
    QCOMPARE(atInsert.at(1), QStringLiteral("R red/red text/text"));
    QCOMPARE(atInsert.at(2), QStringLiteral("U / null/null"));
    QCOMPARE(atInsert.at(3), QStringLiteral("V red/yellow text/text"));
    QCOMPARE(atInsert.at(4), QStringLiteral("Y yellow/yellow text/text"));
    QVERIFY(m_file->recomputeAllProjects());
    QCOMPARE(computedIndicators(*m_file), atInsert);
}

void TestImport::usDashboardComputedAtInsert()
{
    const QString csv = QStringLiteral(VIGIE_US_DASHBOARD_CSV);
    QStringList problems;
    const auto mapping = ImportMapping::load(QStringLiteral(VIGIE_SOURCE_DIR "/resources/mappings/us-itdashboard.json"), &problems);
    QVERIFY(mapping);
    ProjectImporter importer(*m_file, *mapping, {});
    QCOMPARE(importer.run(csv).created, 2468);
    const QStringList atInsert = computedIndicators(*m_file);
    QVERIFY(m_file->recomputeAllProjects());
    QCOMPARE(computedIndicators(*m_file), atInsert);
}

void TestImport::malformedFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("problems"); // "line:column: message", or the refusal of the whole file
    // A delimiter too many or too few in a row: its values may sit under other columns' names. Before,
    // the row was padded or cut without a word.
    QTest::newRow("fields past the header") << QByteArray("code,name,budget\nA-1,Alpha,100,extra,extra2\nA-2,Beta,5\n")
                                            << QStringList { QStringLiteral(":2:4: the row has 5 fields, the header 3") };
    QTest::newRow("fields missing") << QByteArray("code,name,budget\nA-1,Alpha,100\nA-2,Beta\n")
                                    << QStringList { QStringLiteral(":3: the row has 2 fields, the header 3") };
    QTest::newRow("both") << QByteArray("code,name,budget\nA-1,Alpha,100,extra,extra2\nA-2,Beta\n")
                          << QStringList { QStringLiteral(":2:4: the row has 5 fields, the header 3"),
                                           QStringLiteral(":3: the row has 2 fields, the header 3") };
    // Which of two "code" columns is meant cannot be told.
    QTest::newRow("header twice") << QByteArray("code,code,name\nA-1,A-2,Alpha\n")
                                  << QStringList { QStringLiteral(": The file has several columns named \"code\" (columns 1, 2): "
                                                                  "keep one, or rename the others.") };
    // A NUL in a code: another item than the one the spreadsheet shows, and cut short by C code.
    QTest::newRow("NUL in a code") << QByteArray("code,name\nA\x00" "1,Alpha\n", 20)
                                   << QStringList { QStringLiteral(":2:1: code: the text holds a control character (U+0000)") };
    QTest::newRow("line break in an organization")
        << QByteArray("code,organization\nA-1,\"MSSS\nMFA\"\n")
        << QStringList { QStringLiteral(":2:2: organization: the text holds a control character (U+000A)") };
    // Read as UTF-8 it was one header of letters and NULs: "no column for the project code".
    QByteArray utf16("\xFF\xFE");
    for (const char c : QByteArray("code,name\nA-1,Alpha\n"))
        utf16 += QByteArray(1, c) + QByteArray(1, '\0');
    QTest::newRow("UTF-16") << utf16
                            << QStringList { QStringLiteral(": unsupported encoding (UTF-16); save the file as UTF-8 (or "
                                                            "Windows-1252) and import it again.") };
}

void TestImport::malformedFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, problems);
    const QString csv = write(*m_dir, QStringLiteral("bad.csv"), content);
    m_file.reset();
    const QByteArray before = VigieTest::fileHash(m_path);
    FileError error;
    m_file = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWrite, &error);
    QVERIFY(m_file);
    // The dry run finds what the import finds.
    for (const bool dryRun : { true, false }) {
        ProjectImporter importer(*m_file, ImportMapping::defaults(), { false, dryRun });
        const ImportReport r = importer.run(csv);
        QVERIFY(r.refused());
        QVERIFY(!r.written);
        QStringList found;
        for (const ImportProblem &p : r.errors)
            found << p.toString();
        if (!r.fatal.isEmpty())
            found << r.fatal;
        QStringList expected;
        for (const QString &p : std::as_const(problems))
            expected << csv + p;
        QCOMPARE(found, expected);
    }
    m_file.reset();
    QCOMPARE(VigieTest::fileHash(m_path), before);
}

void TestImport::lenientWarnsAboutMalformedRows()
{
    const QString csv = write(*m_dir, QStringLiteral("rows.csv"),
                              QByteArray("code,name,budget,\nA-1,Alpha,100,extra,extra2\nA-2,Beta\nA-3,Gam\x01ma,7,\n", 68));
    ProjectImporter importer(*m_file, ImportMapping::defaults(), { true, false });
    const ImportReport r = importer.run(csv);
    QVERIFY2(r.written, qPrintable(r.fatal));
    QCOMPARE(r.created, 3);
    QStringList warnings;
    for (const ImportProblem &p : r.warnings)
        warnings << p.toString().mid(csv.size());
    // The header's trailing delimiter is no column, and an empty field past the last one loses nothing.
    QCOMPARE(warnings, QStringList({ QStringLiteral(":2:4: the row has 5 fields, the header 3; the fields past the last "
                                                    "column are ignored"),
                                     QStringLiteral(":3: the row has 2 fields, the header 3; the missing fields are taken "
                                                    "as empty"),
                                     QStringLiteral(":4:2: name: the text holds a control character (U+0001); the "
                                                    "control characters are removed") }));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'A-1'")).toDouble(), 100.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT name_en FROM project WHERE code = 'A-3'")).toString(), QStringLiteral("Gamma"));
}

void TestImport::longOrganizationNameGetsACode()
{
    // The projects import created an organization with the 70-character text as its code, which no
    // other edit or import would write; it now gives it the code the other imports give it.
    const QString name = QString(70, QLatin1Char('X'));
    const QString csv = write(*m_dir, QStringLiteral("p.csv"), "code,organization\nA-1," + name.toUtf8() + "\nA-2," + name.toUtf8() + "\n");
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    const ImportReport r = importer.run(csv);
    QVERIFY2(r.written, qPrintable(r.fatal));
    QCOMPARE(r.organizationsCreated, 1);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT code FROM organization WHERE name_en = ?"), name).toString(), name.left(60));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project p JOIN organization o ON o.id = p.organization_id "
                                            "WHERE o.name_fr = ?"), name).toInt(), 2);
}

void TestImport::stateAndOriginalPlannedEnd()
{
    // The export writes a project's state and its original planned end; the import read neither, so a
    // completed project came back active and a re-planned one lost its original end.
    const QString csv = write(*m_dir, QStringLiteral("a.csv"),
                              "code,budget,start,planned_end,original_planned_end,state\n"
                              "A,100,2016-01-01,2016-12-31,2016-06-30,completed\n"
                              "B,50,2016-01-01,2016-06-30,,\n");
    const auto value = [&](const char *sql) { return scalar(*m_file, QString::fromLatin1(sql)).toString(); };
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    ImportReport r = importer.run(csv);
    QVERIFY2(r.written, qPrintable(r.fatal + (r.errors.isEmpty() ? QString() : r.errors.first().toString())));
    QCOMPARE(value("SELECT state || ' ' || baselines || ' ' || original_end || ' ' || planned_end FROM project WHERE code = 'A'"),
             QStringLiteral("completed 2 2016-06-30 2016-12-31"));
    QCOMPARE(value("SELECT group_concat(b.sequence || ':' || b.budget || ':' || b.planned_end, ' ') FROM baseline b "
                   "JOIN project p ON p.id = b.project_id WHERE p.code = 'A' ORDER BY b.sequence"),
             QStringLiteral("0:100.0:2016-06-30 1:100.0:2016-12-31"));
    // Empty: active, and the planned end is the original one.
    QCOMPARE(value("SELECT state || ' ' || baselines || ' ' || original_end FROM project WHERE code = 'B'"),
             QStringLiteral("active 1 2016-06-30"));

    // The same file again changes nothing, dry run or not.
    ProjectImporter dry(*m_file, ImportMapping::defaults(), { false, true });
    QCOMPARE(dry.run(csv).unchanged, 2);
    ProjectImporter again(*m_file, ImportMapping::defaults(), {});
    QCOMPARE(again.run(csv).unchanged, 2);

    // An update: a state set, an empty one keeping the project's, an original end re-planning a project
    // with one baseline; a state that is none is refused.
    const QString update = write(*m_dir, QStringLiteral("b.csv"),
                                 "code,planned_end,original_planned_end,state\n"
                                 "A,2016-12-31,2016-06-30,\n"
                                 "B,2016-09-30,2016-06-30,cancelled\n");
    ProjectImporter updating(*m_file, ImportMapping::defaults(), {});
    r = updating.run(update);
    QVERIFY2(r.written, qPrintable(r.fatal + (r.errors.isEmpty() ? QString() : r.errors.first().toString())));
    QCOMPARE(r.unchanged, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(value("SELECT state FROM project WHERE code = 'A'"), QStringLiteral("completed"));
    QCOMPARE(value("SELECT state || ' ' || baselines || ' ' || original_end || ' ' || planned_end FROM project WHERE code = 'B'"),
             QStringLiteral("cancelled 2 2016-06-30 2016-09-30"));
    const QString bad = write(*m_dir, QStringLiteral("c.csv"), "code,state\nA,finished\n");
    ProjectImporter refusing(*m_file, ImportMapping::defaults(), {});
    r = refusing.run(bad);
    QVERIFY(r.refused());
    QCOMPARE(r.errors.value(0).toString(),
             bad + QStringLiteral(":2:2: state: \"finished\" is not one of Active (active), Completed (completed), Cancelled (cancelled); a mapping's "
                                  "\"values\" table can translate it"));
    m_file.reset();
    const IntegrityCheck::Report check = IntegrityCheck::run(m_path);
    QVERIFY2(check.intact(), qPrintable(check.findings.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
