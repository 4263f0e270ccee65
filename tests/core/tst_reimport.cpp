// Imports into a portfolio that has the projects: updates by code, repeated codes, codes written in
// another case, and the indicators of the projects an import changed.
#include "io/projectimporter.h"
#include "storage/sqlaccess.h"
#include "storage/portfoliofile.h"
#include "importfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace ImportFixture;

class TestReimport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void reimportUpdatesByCode();
    void repeatedCodesIgnoringCase();
    void repeatedCodeAfterASkippedRow();
    void reimportRecomputesWhatItChanged_data();
    void reimportRecomputesWhatItChanged();
    void codesFoundInAnotherCase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PortfolioFile> m_file;
};

void TestReimport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_file = newPortfolio(m_dir->filePath(QStringLiteral("p.vigie")), &error);
    QVERIFY2(m_file, qPrintable(error));
}

void TestReimport::cleanup()
{
    m_file.reset();
    m_dir.reset();
}

void TestReimport::reimportUpdatesByCode()
{
    QTemporaryDir dir;
    const QString csv = write(dir, QStringLiteral("a.csv"), "code,name,budget,phase\nA,Alpha,100,build\nB,Beta,200,plan\n");
    {
        ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
        QCOMPARE(importer.run(csv).created, 2);
    }
    const QString uuidA = scalar(*m_file, QStringLiteral("SELECT uuid FROM project WHERE code = 'A'")).toString();
    const int journalBefore = scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM change_journal")).toInt();
    // Same codes, one changed budget, one new project, and no phase column: phases stay as they were.
    const QString csv2 = write(dir, QStringLiteral("b.csv"), "code,name,budget\nA,Alpha,150\nB,Beta,200\nC,Gamma,300\n");
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    const ImportReport r = importer.run(csv2);
    QCOMPARE(r.created, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.unchanged, 1);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project")).toInt(), 3);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT uuid FROM project WHERE code = 'A'")).toString(), uuidA);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT budget FROM project WHERE code = 'A'")).toDouble(), 150.0);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT phase FROM project WHERE code = 'A'")).toString(), QStringLiteral("build"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT b.budget FROM baseline b JOIN project p ON p.id = b.project_id "
                                            "WHERE p.code = 'A'")).toDouble(), 150.0);
    // Journal: the budget change of A with old and new values, and the creation of C (+ its baseline).
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT entity, entity_uuid, field, old_value, new_value, changed_at FROM change_journal "
                                  "WHERE id > %1 ORDER BY id").arg(journalBefore)));
    QStringList entries;
    while (q.next())
        entries << QStringLiteral("%1 %2 %3->%4").arg(q.value(0).toString(), q.value(2).toString(), q.value(3).toString(),
                                                      q.value(4).toString());
    QVERIFY2(entries.contains(QStringLiteral("project budget 100->150")), qPrintable(entries.join(QLatin1Char('\n'))));
    QVERIFY(entries.contains(QStringLiteral("project  ->created")));
    QCOMPARE(q.exec(QStringLiteral("SELECT changed_at FROM change_journal ORDER BY id DESC LIMIT 1")) && q.next(), true);
    QCOMPARE(q.value(0).toString(), QStringLiteral("2016-08-31T12:00:00.000Z"));
}

void TestReimport::repeatedCodesIgnoringCase()
{
    // Thousands of codes that share a prefix, then three that repeat earlier ones, two in another case:
    // each repeat is found, named with the line that had the code first, and the first row is kept.
    QTemporaryDir dir;
    QByteArray bytes = "code,name,budget\n";
    for (int i = 1; i <= 3000; ++i)
        bytes += QStringLiteral("PRJ-%1,First %2,%2\n").arg(i, 5, 10, QLatin1Char('0')).arg(i).toUtf8();
    bytes += "prj-00002,Second,1\nPRJ-03000,Second,1\nPrj-01500,Second,1\n";
    {
        ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
        const ImportReport r = importer.run(write(dir, QStringLiteral("many.csv"), bytes));
        QVERIFY(!r.refused());
        QCOMPARE(tally(r), QStringLiteral("created 3000, updated 0, skipped 0, repeated 3, warnings 3"));
        const QList<std::pair<int, QString>> expected { { 3002, QStringLiteral("\"prj-00002\" already appeared on line 3;") },
                                                        { 3003, QStringLiteral("\"PRJ-03000\" already appeared on line 3001;") },
                                                        { 3004, QStringLiteral("\"Prj-01500\" already appeared on line 1501;") } };
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(warned(r, i, expected.at(i).first, expected.at(i).second), qPrintable(warningText(r, i)));
        }
    }
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT name_en FROM project WHERE code = 'PRJ-00002'")).toString(),
             QStringLiteral("First 2"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project")).toInt(), 3000);

    // Into a portfolio that has the codes: an update, a new code, and the new code repeated in another case.
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    const ImportReport r = importer.run(
        write(dir, QStringLiteral("more.csv"), "code,name,budget\nPRJ-00001,Updated,5\nNEW-1,New,1\nnew-1,Again,2\n"));
    QVERIFY(!r.refused());
    QCOMPARE(tally(r), QStringLiteral("created 1, updated 1, skipped 0, repeated 1, warnings 1"));
    QVERIFY2(warned(r, 0, 4, QStringLiteral("already appeared on line 3;")), qPrintable(warningText(r, 0)));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT name_en FROM project WHERE code = 'NEW-1'")).toString(), QStringLiteral("New"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT name_en FROM project WHERE code = 'PRJ-00001'")).toString(),
             QStringLiteral("Updated"));
}

void TestReimport::repeatedCodeAfterASkippedRow()
{
    // A file from a version that took codes differing in case only: "aB" names both "AB" and "ab" and is
    // skipped; "ab", the same code ignoring case, is then the first row kept with it, and "AB" after it
    // is the repeat (the reading thread found "aB" first: the row kept is the first one not skipped).
    // "Ab" is skipped as "aB" was, not called a repeat.
    QVERIFY(QSqlQuery(sqlDatabase(*m_file))
                .exec(QStringLiteral("INSERT INTO project (uuid, code, name_en) VALUES "
                                     "('00000000-0000-7000-8000-000000000001', 'AB', 'Upper'), "
                                     "('00000000-0000-7000-8000-000000000002', 'ab', 'Lower')")));
    QTemporaryDir dir;
    ProjectImporter importer(*m_file, ImportMapping::defaults(), { true, false });
    const ImportReport r = importer.run(
        write(dir, QStringLiteral("case.csv"), "code,name,budget\naB,Skipped,1\nab,Kept,2\nAB,Second,3\nAb,Third,4\n"));
    QVERIFY(!r.refused());
    QCOMPARE(tally(r), QStringLiteral("created 0, updated 1, skipped 2, repeated 1, warnings 3"));
    QVERIFY2(warned(r, 0, 2, QStringLiteral("differ only in case")), qPrintable(warningText(r, 0)));
    QVERIFY2(warned(r, 1, 4, QStringLiteral("\"AB\" already appeared on line 3;")), qPrintable(warningText(r, 1)));
    QVERIFY2(warned(r, 2, 5, QStringLiteral("differ only in case")), qPrintable(warningText(r, 2)));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT name_en FROM project WHERE code = 'ab'")).toString(), QStringLiteral("Kept"));
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT name_en FROM project WHERE code = 'AB'")).toString(), QStringLiteral("Upper"));
}

// A re-import recomputes the indicators of the projects it changed (and only theirs need it): found by
// id when they are few, in one pass over the portfolio when they are many. Either way, what a dry run
// counts, what the import writes and what recomputeAllProjects() finds afterwards agree.
void TestReimport::reimportRecomputesWhatItChanged_data()
{
    QTest::addColumn<int>("changed");
    QTest::newRow("one of forty: by id") << 1;
    QTest::newRow("twenty of forty: one pass") << 20;
}

void TestReimport::reimportRecomputesWhatItChanged()
{
    QFETCH(int, changed);
    QTemporaryDir dir;
    QByteArray first = "code,budget,forecast_cost,start,planned_end,forecast_end\n";
    for (int i = 0; i < 40; ++i)
        first += QStringLiteral("P-%1,100,105,2016-01-01,2016-12-31,2016-12-31\n").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
    {
        ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
        QCOMPARE(importer.run(write(dir, QStringLiteral("a.csv"), first)).created, 40);
    }
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project WHERE computed_cost = 'green'")).toInt(), 40);
    // The first `changed` projects go over budget (red), in another order than the portfolio's; one row
    // names a project in another case.
    QByteArray second = "code,budget,forecast_cost,start,planned_end,forecast_end\n";
    for (int i = 39; i >= 0; --i) {
        const QString code = i == 0 ? QStringLiteral("p-00") : QStringLiteral("P-%1").arg(i, 2, 10, QLatin1Char('0'));
        second += QStringLiteral("%1,100,%2,2016-01-01,2016-12-31,2016-12-31\n").arg(code).arg(i < changed ? 200 : 105).toUtf8();
    }
    const QString csv = write(dir, QStringLiteral("b.csv"), second);
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport counted = ProjectImporter(*m_file, ImportMapping::defaults(), dry).run(csv);
    QVERIFY2(counted.fatal.isEmpty(), qPrintable(counted.fatal));
    QCOMPARE(counted.updated, changed);
    QCOMPARE(counted.unchanged, 40 - changed);
    const ImportReport r = ProjectImporter(*m_file, ImportMapping::defaults(), {}).run(csv);
    QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
    QCOMPARE(r.created, 0);
    QCOMPARE(r.updated, changed);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM project WHERE computed_cost = 'red'")).toInt(), changed);
    QCOMPARE(scalar(*m_file, QStringLiteral("SELECT computed_cost FROM project WHERE code = 'P-00'")).toString(), QStringLiteral("red"));
    const QStringList written = computedIndicators(*m_file);
    QVERIFY(m_file->recomputeAllProjects());
    QCOMPARE(computedIndicators(*m_file), written);
}

// A code not found as written is looked for ignoring case, as QString::toCaseFolded() folds it: ASCII
// letters (folded on the bytes), accented capitals, and a letter that folds to ASCII (the Kelvin sign).
void TestReimport::codesFoundInAnotherCase()
{
    QTemporaryDir dir;
    const QString first = write(dir, QStringLiteral("a.csv"), "code,name\n\xc3\x89" "COLE-01,School\nK-9,Kennel\nab-1,Alpha\nZZ-1,Other\n");
    {
        ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
        QCOMPARE(importer.run(first).created, 4);
    }
    // école-01, KELVIN SIGN-9, AB-1, and a new code.
    const QString second = write(dir, QStringLiteral("b.csv"), "code,name\n\xc3\xa9" "cole-01,\xc3\x89" "cole\n\xe2\x84\xaa-9,Chenil\nAB-1,Alpha 2\nNEW-1,New\n");
    ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
    const ImportReport r = importer.run(second);
    QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
    QCOMPARE(r.created, 1);
    QCOMPARE(r.updated, 3);
    QCOMPARE(r.warnings.size(), 3);
    QVERIFY2(warned(r, 0, 2, QStringLiteral("was taken as project \u00c9COLE-01")), qPrintable(warningText(r, 0)));
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(code || '=' || name_en, ' ') FROM (SELECT code, name_en FROM project ORDER BY id)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("\u00c9COLE-01=\u00c9cole K-9=Chenil ab-1=Alpha 2 ZZ-1=Other NEW-1=New"));
}

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
