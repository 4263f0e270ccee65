// Importing organizations, measures (with plans and key areas), workforce surveys, envelopes and the
// projects' links to measures into a real portfolio file: what each creates, that re-importing the same
// file changes nothing (not a byte), that a changed row updates its item, that bad input is refused with
// file:line:column messages and leaves the file byte-identical, and that undo takes an import back.
#include "io/exporter.h"
#include "io/importer.h"
#include "sample/quebecsample.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"
#include "filedump.h"
#include "testutil.h"

#include "i18n/language.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {

const QString kExample = QStringLiteral(VIGIE_SOURCE_DIR "/resources/examples/ontario/");

} // namespace

class TestTableImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void organizations();
    void measuresWithPlanAndAreas();
    void frenchSpreadsheetWithValuesTable();
    void statusMustBeOneOfFour();
    void measureMovesToTheAreaItsRowNames();
    void workforceAndEnvelopes();
    void projectsLinkToMeasures();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void lenientKeepsWhatItCan();
    void repeatedKeysAreWarned();
    void dryRunCountsWithoutWriting();
    void undoTakesAnImportBack();
    void exportsReimportUnchanged_data();
    void exportsReimportUnchanged();
    void workforceExportIntoANewPortfolio();
    void longOrganizationNamesGetACode();
    void projectsExportIntoANewPortfolio();
    void theDialogsLabelsNameTheFields();

private:
    ImportReport import(ImportKind kind, const QString &csv, ImportOptions options = {});
    ImportReport importExample(ImportKind kind);
    QString csv(const QString &name, const QByteArray &bytes) const;
    int count(const QString &sql) const;
    QVariant scalar(const QString &sql) const;
    // The portfolio's rows but when each was last touched: importing the same file again touches the
    // rows it names (tst_staleness) and changes nothing else.
    QByteArray hash() const
    {
        return QCryptographicHash::hash(VigieTest::dumpPortfolio(m_path, false).join(QLatin1Char('\n')).toUtf8(),
                                        QCryptographicHash::Sha256);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<PortfolioFile> m_file;
};

void TestTableImport::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("t.vigie"));
    FileError error;
    m_file = PortfolioFile::create(m_path, QStringLiteral("Mine"), &error);
    QVERIFY2(m_file, qPrintable(error.message));
}

void TestTableImport::cleanup()
{
    m_file.reset();
}

ImportReport TestTableImport::import(ImportKind kind, const QString &path, ImportOptions options)
{
    return runImport(*m_file, path, ImportMapping::defaults(kind), options);
}

ImportReport TestTableImport::importExample(ImportKind kind)
{
    const ImportReport r = import(kind, kExample + ImportFields::kindName(kind) + QStringLiteral(".csv"));
    if (r.refused())
        qWarning("%s", qPrintable(r.summaryText(QLocale::c()) + QLatin1Char('\n') + (r.errors.isEmpty() ? r.fatal : r.errors.first().toString())));
    return r;
}

QString TestTableImport::csv(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QVariant TestTableImport::scalar(const QString &sql) const
{
    QSqlQuery q(sqlDatabase(*m_file));
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

int TestTableImport::count(const QString &sql) const
{
    return scalar(sql).toInt();
}

void TestTableImport::organizations()
{
    ImportReport r = importExample(ImportKind::Organizations);
    QVERIFY(r.written);
    QCOMPARE(r.created, 4);
    QCOMPARE(scalar(QStringLiteral("SELECT name_fr FROM organization WHERE code = 'MBS'")).toString(),
             QStringLiteral("Secrétariat du Conseil de gestion du gouvernement"));
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM organization WHERE code = 'MBS'")).toString(), QStringLiteral("ministry"));
    const QByteArray before = hash();
    r = importExample(ImportKind::Organizations);
    QCOMPARE(r.unchanged, 4);
    QVERIFY(!r.written);
    QCOMPARE(hash(), before);
    // A changed row updates its organization (matched by code, ignoring case).
    r = import(ImportKind::Organizations, csv(QStringLiteral("o.csv"), "code,name\nmbs,Treasury Board\nNEW,New one\n"));
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.created, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT name_en FROM organization WHERE code = 'MBS'")).toString(), QStringLiteral("Treasury Board"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM organization")), 5);
    // The kind in words, in either language, as the window shows it: « Organisme public », "Ministry".
    r = import(ImportKind::Organizations,
               csv(QStringLiteral("k.csv"), "code,name,kind\nMBS,Treasury Board,Organisme public\nNEW,New one,MINISTÈRE\nTWO,Two,Agency\n"));
    QVERIFY2(r.written, qPrintable(r.errors.isEmpty() ? QString() : r.errors.constFirst().message));
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM organization WHERE code = 'MBS'")).toString(), QStringLiteral("agency"));
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM organization WHERE code = 'NEW'")).toString(), QStringLiteral("ministry"));
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM organization WHERE code = 'TWO'")).toString(), QStringLiteral("agency"));
}

void TestTableImport::measuresWithPlanAndAreas()
{
    QVERIFY(importExample(ImportKind::Organizations).written);
    ImportReport r = importExample(ImportKind::Measures);
    QVERIFY(r.written);
    QCOMPARE(r.created, 8);
    QCOMPARE(r.plansCreated, 1);
    QCOMPARE(r.areasCreated, 4);
    QCOMPARE(r.organizationsCreated, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT title_fr FROM plan WHERE code = 'ON-EGOV'")).toString(),
             QStringLiteral("Stratégie de gouvernement électronique"));
    QCOMPARE(scalar(QStringLiteral("SELECT title_fr FROM key_area WHERE number = 2")).toString(), QStringLiteral("Participation citoyenne"));
    QCOMPARE(scalar(QStringLiteral("SELECT o.code FROM measure m JOIN organization o ON o.id = m.owner_id WHERE m.number = 5")).toString(),
             QStringLiteral("OCCIO"));
    QCOMPARE(scalar(QStringLiteral("SELECT due_date FROM measure WHERE number = 4")).toString(), QStringLiteral("2004-12-31"));
    QCOMPARE(scalar(QStringLiteral("SELECT percent_complete FROM measure WHERE number = 1")).toDouble(), 60.0);
    // A creation is not a status change: no history yet.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM measure_status_history")), 0);
    const QByteArray before = hash();
    r = importExample(ImportKind::Measures);
    QCOMPARE(r.unchanged, 8);
    QCOMPARE(r.areasCreated + r.areasUpdated + r.plansCreated, 0);
    QCOMPARE(hash(), before);
}

void TestTableImport::frenchSpreadsheetWithValuesTable()
{
    QVERIFY(importExample(ImportKind::Organizations).written);
    QVERIFY(importExample(ImportKind::Measures).written);
    QStringList problems;
    const auto mapping = ImportMapping::load(kExample + QStringLiteral("measures-fr.json"), &problems, ImportKind::Measures);
    QVERIFY2(mapping, qPrintable(problems.join(QLatin1Char('\n'))));
    const ImportReport r = runImport(*m_file, kExample + QStringLiteral("measures-fr.csv"), *mapping, {});
    QVERIFY2(!r.refused(), qPrintable(r.errors.isEmpty() ? r.fatal : r.errors.first().toString()));
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.unchanged, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT percent_complete FROM measure WHERE number = 1")).toDouble(), 65.0);
    QCOMPARE(scalar(QStringLiteral("SELECT comment FROM measure WHERE number = 1")).toString(), QStringLiteral("Permis de conduire en ligne"));
    // The state changed (percent, comment): one history row, as an edit in the application writes.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM measure_status_history")), 1);
}

void TestTableImport::statusMustBeOneOfFour()
{
    const QString path = csv(QStringLiteral("m.csv"), "area,number,title,status\n1,1,One,Terminée\n1,2,Two,Under way\n");
    const QByteArray before = hash();
    const ImportReport r = import(ImportKind::Measures, path);
    QVERIFY(r.refused());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().toString(),
             path + QStringLiteral(":2:4: status: \"Terminée\" is not one of Not started (not_started), Under way (under_way), Completed (completed), Cancelled (cancelled); "
                                   "a mapping's \"values\" table can translate it"));
    QCOMPARE(hash(), before);
    // Translated by a mapping's values table, the same file imports.
    ImportMapping mapping = ImportMapping::defaults(ImportKind::Measures);
    mapping.values[size_t(MeasureField::Status)].insert(QStringLiteral("Terminée"), QStringLiteral("completed"));
    const ImportReport ok = runImport(*m_file, path, mapping, {});
    QVERIFY(ok.written);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM measure WHERE number = 1")).toString(), QStringLiteral("completed"));
    QCOMPARE(scalar(QStringLiteral("SELECT percent_complete FROM measure WHERE number = 1")).toDouble(), 100.0);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM measure WHERE number = 2")).toString(), QStringLiteral("under_way"));
    // Without a plan column, an empty portfolio's first plan is made for the measures.
    QCOMPARE(ok.plansCreated, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT title_fr FROM key_area WHERE number = 1")).toString(), QStringLiteral("Axe 1"));
}

void TestTableImport::measureMovesToTheAreaItsRowNames()
{
    QVERIFY(importExample(ImportKind::Organizations).written);
    QVERIFY(importExample(ImportKind::Measures).written);
    const ImportReport r = import(ImportKind::Measures,
                                  csv(QStringLiteral("move.csv"), "plan,area,number,area_title\nON-EGOV,4,3,Digital economy and engagement\n"));
    QVERIFY2(r.written, qPrintable(r.errors.isEmpty() ? r.fatal : r.errors.first().toString()));
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.areasUpdated, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT k.number FROM measure m JOIN key_area k ON k.id = m.key_area_id WHERE m.number = 3")).toInt(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT title_en FROM key_area WHERE number = 4")).toString(), QStringLiteral("Digital economy and engagement"));
}

void TestTableImport::workforceAndEnvelopes()
{
    QVERIFY(importExample(ImportKind::Organizations).written);
    ImportReport r = importExample(ImportKind::Workforce);
    QVERIFY(r.written);
    QCOMPARE(r.created, 8);
    QCOMPARE(r.specialtiesCreated, 5);
    QCOMPARE(scalar(QStringLiteral("SELECT core_function FROM specialty WHERE code = 'PM'")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT name_fr FROM specialty WHERE code = 'INFRA'")).toString(), QStringLiteral("Infrastructures et exploitation"));
    r = importExample(ImportKind::Envelopes);
    QVERIFY(r.written);
    QCOMPARE(r.created, 4);
    QCOMPARE(scalar(QStringLiteral("SELECT fiscal_year FROM envelope LIMIT 1")).toInt(), 2004);
    const QByteArray before = hash();
    QCOMPARE(importExample(ImportKind::Workforce).unchanged, 8);
    QCOMPARE(importExample(ImportKind::Envelopes).unchanged, 4);
    QCOMPARE(hash(), before);
    // A changed figure updates its record; an empty one leaves it; a new survey date is a new record.
    r = import(ImportKind::Workforce, csv(QStringLiteral("w.csv"), "organization,specialty,survey_date,internal,external\n"
                                                                   "OCCIO,INFRA,2004-09-30,150,\n"
                                                                   "Office of the Corporate Chief Information Officer,INFRA,2005-09-30,151,90\n"));
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.created, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT internal_fte FROM workforce WHERE survey_date = '2004-09-30' AND internal_fte > 100")).toDouble(), 150.0);
    QCOMPARE(scalar(QStringLiteral("SELECT external_fte FROM workforce w JOIN specialty s ON s.id = w.specialty_id "
                                   "WHERE s.code = 'INFRA' AND survey_date = '2004-09-30'")).toDouble(), 95.0);
    r = import(ImportKind::Envelopes, csv(QStringLiteral("e.csv"), "fiscal_year,organization,granted\n2004-05,MGS,25000000\n"));
    QCOMPARE(r.updated, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT granted FROM envelope e JOIN organization o ON o.id = e.organization_id WHERE o.code = 'MGS'")).toDouble(),
             25e6);
}

void TestTableImport::projectsLinkToMeasures()
{
    QVERIFY(importExample(ImportKind::Organizations).written);
    QVERIFY(importExample(ImportKind::Measures).written);
    ImportReport r = importExample(ImportKind::Projects);
    QVERIFY(r.written);
    QCOMPARE(r.created, 5);
    QCOMPARE(r.linksCreated, 6);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM project_measure")), 6);
    const QByteArray before = hash();
    r = importExample(ImportKind::Projects);
    QCOMPARE(r.unchanged, 5);
    QCOMPARE(r.linksCreated + r.linksRemoved, 0);
    QCOMPARE(hash(), before);
    // The column lists all of a project's measures: a changed list adds and removes.
    r = import(ImportKind::Projects, csv(QStringLiteral("p.csv"), "code,measures\nON-01,2; 7\n"));
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.linksCreated, 1);
    QCOMPARE(r.linksRemoved, 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM project_measure l JOIN project p ON p.id = l.project_id WHERE p.code = 'ON-01'")), 2);
    // An unknown measure is an error where it is written.
    const QString bad = csv(QStringLiteral("bad.csv"), "code,measures\nON-02,3\nON-03,5;41\n");
    const QByteArray now = hash();
    r = import(ImportKind::Projects, bad);
    QVERIFY(r.refused());
    QCOMPARE(r.errors.first().toString(), bad + QStringLiteral(":3:2: measures: there is no measure 41 in the portfolio"));
    QCOMPARE(hash(), now);
}

void TestTableImport::badInputIsRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::newRow("organization kind") << int(ImportKind::Organizations) << QByteArray("code,name,kind\nA,Alpha,agency\nB,Beta,crown\n")
                                       << QStringLiteral(":3:3: ") << QStringLiteral("kind: \"crown\" is not one of Ministry (ministry), Agency (agency)");
    QTest::newRow("organization code") << int(ImportKind::Organizations) << QByteArray("code,name\n,Nameless\n")
                                       << QStringLiteral(":2:1: ") << QStringLiteral("code: a value is required");
    QTest::newRow("measure percent") << int(ImportKind::Measures) << QByteArray("area,number,title,percent\n1,1,A,150\n")
                                     << QStringLiteral(":2:4: ") << QStringLiteral("percent: 150 is not a percentage from 0 to 100");
    QTest::newRow("measure number") << int(ImportKind::Measures) << QByteArray("area,number,title\n1,1.5,A\n")
                                    << QStringLiteral(":2:2: ") << QStringLiteral("number: \"1.5\" is not a whole number from 1 to 99999");
    QTest::newRow("measure due") << int(ImportKind::Measures) << QByteArray("area,number,title,due\n1,1,A,2018-02-30\n")
                                 << QStringLiteral(":2:4: ") << QStringLiteral("due: \"2018-02-30\" is not a valid date");
    QTest::newRow("new measure without title") << int(ImportKind::Measures) << QByteArray("area,number,title\n1,1,\n")
                                               << QStringLiteral(":2:3: ") << QStringLiteral("title: measure 1 is new and needs a title");
    QTest::newRow("workforce negative") << int(ImportKind::Workforce)
                                        << QByteArray("organization,specialty,survey_date,internal\nA,PM,2016-06-01,-3\n")
                                        << QStringLiteral(":2:4: ") << QStringLiteral("internal: the number -3 is negative");
    QTest::newRow("workforce date") << int(ImportKind::Workforce)
                                    << QByteArray("organization,specialty,survey_date,internal\nA,PM,June 2016,3\n")
                                    << QStringLiteral(":2:3: ") << QStringLiteral("survey_date: \"June 2016\" is not a date");
    QTest::newRow("workforce core") << int(ImportKind::Workforce)
                                    << QByteArray("organization,specialty,core_function,survey_date,external\nA,PM,maybe,2016-06-01,2\n")
                                    << QStringLiteral(":2:3: ") << QStringLiteral("core_function: \"maybe\" is neither yes nor no");
    // Without a column for the figures every record would be imported with 0 FTEs, or 0 dollars.
    QTest::newRow("workforce figures") << int(ImportKind::Workforce)
                                       << QByteArray("organization,specialty,survey_date,internal_ftes\nA,PM,2016-06-01,3\n")
                                       << QStringLiteral(": ")
                                       << QStringLiteral("The file has no column for the figures: it needs at least one of the "
                                                         "fields \"internal\" (Internal FTEs), \"external\" (External FTEs).");
    QTest::newRow("envelope figures") << int(ImportKind::Envelopes) << QByteArray("fiscal_year,organization,amount\n2016,A,5\n")
                                      << QStringLiteral(": ") << QStringLiteral("The file has no column for the figures");
    QTest::newRow("envelope year") << int(ImportKind::Envelopes) << QByteArray("fiscal_year,organization,granted\n2016-2018,A,5\n")
                                   << QStringLiteral(":2:1: ") << QStringLiteral("fiscal_year: \"2016-2018\" is not a fiscal year");
    QTest::newRow("envelope amount") << int(ImportKind::Envelopes) << QByteArray("fiscal_year,organization,granted\n2016,A,(5)\n")
                                     << QStringLiteral(":2:3: ") << QStringLiteral("granted: the amount (5) is negative");
    // A code longer than a new item's may be: found as the row is planned, not when the import writes
    // it ("cannot be written", naming the portfolio, while the dry run had passed).
    const QByteArray seventy(70, 'X');
    QTest::newRow("new organization code") << int(ImportKind::Organizations) << "code,name\nA,Alpha\n" + seventy + ",Long\n"
                                           << QStringLiteral(":3:1: ")
                                           << QStringLiteral("code: the code is 70 characters long, and a new code has at most 60");
    QTest::newRow("workforce specialty") << int(ImportKind::Workforce)
                                         << "organization,specialty,survey_date,internal\nA," + seventy + ",2016-06-01,3\n"
                                         << QStringLiteral(":2:2: ")
                                         << QStringLiteral("specialty: the code is 70 characters long, and a new code has at most 60");
    QTest::newRow("new plan") << int(ImportKind::Measures) << "plan,area,number,title\n" + seventy + ",1,1,A\n"
                              << QStringLiteral(":2:1: ")
                              << QStringLiteral("plan: no plan has this code or title, and at 70 characters it cannot be a "
                                                "new plan's code (at most 60)");
    QTest::newRow("envelope column") << int(ImportKind::Envelopes) << QByteArray("year,organization,granted\n2016,A,5\n")
                                     << QStringLiteral(": ") << QStringLiteral("The file has no column for field \"fiscal_year\"");
}

void TestTableImport::badInputIsRefused()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const QString path = csv(QStringLiteral("bad.csv"), content);
    const QByteArray before = hash();
    // The dry run refuses what the import refuses, with the same message.
    const ImportReport dry = import(ImportKind(kind), path, { false, true });
    const QString dryText = dry.errors.isEmpty() ? dry.fatal : dry.errors.first().toString();
    QVERIFY2(dry.refused() && dryText.startsWith(path + where + message), qPrintable(dryText));
    const ImportReport r = import(ImportKind(kind), path);
    QVERIFY(r.refused());
    QVERIFY(!r.written);
    const QString text = r.errors.isEmpty() ? r.fatal : r.errors.first().toString();
    QVERIFY2(text.startsWith(path + where + message), qPrintable(text));
    QCOMPARE(hash(), before);
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("t.vigie*") }, QDir::Files), QStringList { QStringLiteral("t.vigie") });
}

void TestTableImport::lenientKeepsWhatItCan()
{
    const QString path = csv(QStringLiteral("m.csv"), "area,number,title,status,percent\n1,1,A,done,20\n1,2,B,under_way,150\n");
    const ImportReport r = import(ImportKind::Measures, path, { true, false });
    QVERIFY(r.written);
    QCOMPARE(r.created, 2);
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(r.warnings.first().toString().endsWith(QStringLiteral("; left unchanged")));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM measure WHERE number = 1")).toString(), QStringLiteral("not_started"));
    QCOMPARE(scalar(QStringLiteral("SELECT percent_complete FROM measure WHERE number = 2")).toDouble(), 0.0);
}

void TestTableImport::repeatedKeysAreWarned()
{
    const QString path = csv(QStringLiteral("o.csv"), "code,name\nA,First\na,Second\n");
    const ImportReport r = import(ImportKind::Organizations, path);
    QCOMPARE(r.created, 1);
    QCOMPARE(r.repeated, 1);
    QCOMPARE(r.warnings.first().toString(),
             path + QStringLiteral(":3:1: organization code \"a\" already appeared on line 2; this row is ignored"));
    QCOMPARE(scalar(QStringLiteral("SELECT name_en FROM organization")).toString(), QStringLiteral("First"));
}

void TestTableImport::dryRunCountsWithoutWriting()
{
    const QByteArray before = hash();
    const ImportReport r = import(ImportKind::Measures, kExample + QStringLiteral("measures.csv"), { false, true });
    QVERIFY(!r.refused());
    QCOMPARE(r.created, 8);
    QCOMPARE(r.organizationsCreated, 4); // owners the portfolio does not have yet would be created
    QVERIFY(!r.written);
    QCOMPARE(hash(), before);
}

void TestTableImport::undoTakesAnImportBack()
{
    QVERIFY(importExample(ImportKind::Organizations).written);
    const int journal = count(QStringLiteral("SELECT COUNT(*) FROM change_journal"));
    const ImportReport r = importExample(ImportKind::Measures);
    QVERIFY(r.changeset > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM change_journal")) > journal);
    const EditResult undo = Edits::revert(*m_file, { r.changeset });
    QVERIFY2(undo.ok, qPrintable(undo.error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM measure")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM key_area")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM plan")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM organization")), 4);
    QVERIFY(Edits::revert(*m_file, { undo.changeset }).ok); // redo
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM measure")), 8);
}

void TestTableImport::exportsReimportUnchanged_data()
{
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("excelFrench");
    QTest::newRow("projects") << int(ExportTable::Projects) << int(ImportKind::Projects) << false;
    QTest::newRow("projects, French Excel") << int(ExportTable::Projects) << int(ImportKind::Projects) << true;
    QTest::newRow("measures") << int(ExportTable::Measures) << int(ImportKind::Measures) << false;
    QTest::newRow("measures, French Excel") << int(ExportTable::Measures) << int(ImportKind::Measures) << true;
    QTest::newRow("workforce") << int(ExportTable::Workforce) << int(ImportKind::Workforce) << false;
    QTest::newRow("workforce, French Excel") << int(ExportTable::Workforce) << int(ImportKind::Workforce) << true;
}

void TestTableImport::exportsReimportUnchanged()
{
    // Each export, imported back into the portfolio it came from with the default mapping, changes
    // nothing: the measures export was refused (its key area column is "key_area"), the workforce
    // export set every FTE to 0 ("internal_fte" was not read, and no column was taken as empty).
    QFETCH(int, table);
    QFETCH(int, kind);
    QFETCH(bool, excelFrench);
    m_file.reset();
    QFile::remove(m_path);
    QString error;
    QVERIFY2(QuebecSample::write(m_path, &error), qPrintable(error));
    FileError fe;
    m_file = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWrite, &fe);
    QVERIFY2(m_file, qPrintable(fe.message));
    const QString exported = m_dir->filePath(QStringLiteral("export.csv"));
    Exporter::Options options;
    options.excelFrench = excelFrench;
    QVERIFY2(Exporter::exportTables(*m_file, { ExportTable(table) }, exported, options, &error), qPrintable(error));
    const QStringList before = VigieTest::dumpPortfolio(m_path, false);

    const ImportReport r = import(ImportKind(kind), exported);
    QVERIFY2(!r.refused(), qPrintable(r.fatal + (r.errors.isEmpty() ? QString() : r.errors.first().toString())));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).toString()));
    QCOMPARE(r.created, 0);
    QCOMPARE(r.updated, 0);
    QVERIFY(r.unchanged > 30);
    QCOMPARE(r.organizationsCreated + r.plansCreated + r.areasCreated + r.specialtiesCreated, 0);
    QCOMPARE(VigieTest::dumpPortfolio(m_path, false), before);
}

void TestTableImport::workforceExportIntoANewPortfolio()
{
    QVERIFY(importExample(ImportKind::Organizations).written);
    QVERIFY(importExample(ImportKind::Workforce).written);
    const QString exported = m_dir->filePath(QStringLiteral("workforce-export.csv"));
    QString error;
    QVERIFY2(Exporter::exportTables(*m_file, { ExportTable::Workforce }, exported, {}, &error), qPrintable(error));
    const double internal = scalar(QStringLiteral("SELECT TOTAL(internal_fte) FROM workforce")).toDouble();
    const double external = scalar(QStringLiteral("SELECT TOTAL(external_fte) FROM workforce")).toDouble();
    QVERIFY(internal > 0 && external > 0);

    m_file.reset();
    QFile::remove(m_path);
    FileError fe;
    m_file = PortfolioFile::create(m_path, QStringLiteral("Copy"), &fe);
    QVERIFY2(m_file, qPrintable(fe.message));
    QVERIFY(importExample(ImportKind::Organizations).written);
    const ImportReport r = import(ImportKind::Workforce, exported);
    QVERIFY2(r.written, qPrintable(r.fatal + (r.errors.isEmpty() ? QString() : r.errors.first().toString())));
    QCOMPARE(r.created, 8);
    QCOMPARE(scalar(QStringLiteral("SELECT TOTAL(internal_fte) FROM workforce")).toDouble(), internal);
    QCOMPARE(scalar(QStringLiteral("SELECT TOTAL(external_fte) FROM workforce")).toDouble(), external);
    QCOMPARE(scalar(QStringLiteral("SELECT name_fr FROM specialty WHERE code = 'INFRA'")).toString(),
             QStringLiteral("Infrastructures et exploitation"));
}

void TestTableImport::longOrganizationNamesGetACode()
{
    // An organization a row names and the portfolio lacks is created with the text as its code; a name
    // longer than a code may be (exports write organizations by their English name) gets the text cut to
    // 60 characters as its code, made unique, and keeps the whole text as its name. Writing it used to
    // fail ("The code ... is too long") after a dry run had passed.
    const QString first = QStringLiteral("Commission des normes, de l'équité, de la santé et de la sécurité du travail");
    const QString second = QStringLiteral("Commission des normes, de l'équité, de la santé et de la sécurité — Nord");
    const QString path = csv(QStringLiteral("w.csv"), QStringLiteral("organization,specialty,survey_date,internal\n"
                                                                      "\"%1\",PM,2016-06-01,3\n\"%2\",PM,2016-06-01,4\n")
                                                          .arg(first, second)
                                                          .toUtf8());
    const ImportReport dry = import(ImportKind::Workforce, path, { false, true });
    QVERIFY2(!dry.refused(), qPrintable(dry.fatal + (dry.errors.isEmpty() ? QString() : dry.errors.first().toString())));
    QCOMPARE(dry.organizationsCreated, 2);
    const ImportReport r = import(ImportKind::Workforce, path);
    QVERIFY2(r.written, qPrintable(r.fatal + (r.errors.isEmpty() ? QString() : r.errors.first().toString())));
    QCOMPARE(r.created, 2);
    QCOMPARE(scalar(QStringLiteral("SELECT code FROM organization WHERE name_en = '%1'").arg(QString(first).replace(QLatin1Char('\''), QStringLiteral("''")))).toString(),
             first.left(60).trimmed());
    QCOMPARE(scalar(QStringLiteral("SELECT code FROM organization WHERE name_fr = '%1'").arg(QString(second).replace(QLatin1Char('\''), QStringLiteral("''")))).toString(),
             first.left(58).trimmed() + QStringLiteral("-2"));
    // Named by their names again, they are found: nothing changes.
    const QByteArray before = hash();
    QCOMPARE(import(ImportKind::Workforce, path).unchanged, 2);
    QCOMPARE(hash(), before);
}

void TestTableImport::projectsExportIntoANewPortfolio()
{
    // The sample's measures and projects exports, imported into an empty portfolio, give back every
    // project as it was: its state (17 were completed or cancelled and came back active) and its
    // original planned end (39 re-planned projects got their latest one) included.
    m_file.reset();
    QFile::remove(m_path);
    QString error;
    const QString sample = m_dir->filePath(QStringLiteral("q.vigie"));
    QVERIFY2(QuebecSample::write(sample, &error), qPrintable(error));
    const QString measures = m_dir->filePath(QStringLiteral("measures.csv"));
    const QString projects = m_dir->filePath(QStringLiteral("projects.csv"));
    FileError fe;
    {
        auto source = PortfolioFile::open(sample, PortfolioFile::Access::ReadOnly, &fe);
        QVERIFY2(source, qPrintable(fe.message));
        QVERIFY2(Exporter::exportTables(*source, { ExportTable::Measures }, measures, {}, &error), qPrintable(error));
        QVERIFY2(Exporter::exportTables(*source, { ExportTable::Projects }, projects, {}, &error), qPrintable(error));
    }
    m_file = PortfolioFile::create(m_path, QStringLiteral("Copy"), &fe);
    QVERIFY2(m_file, qPrintable(fe.message));
    for (const auto &[kind, csv] : { std::pair { ImportKind::Measures, measures }, std::pair { ImportKind::Projects, projects } }) {
        const ImportReport r = import(kind, csv);
        QVERIFY2(r.written, qPrintable(r.fatal + (r.errors.isEmpty() ? QString() : r.errors.first().toString())));
    }
    const auto rows = [](const QString &path) {
        FileError e;
        auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &e);
        if (!file)
            return QStringList { e.message };
        QSqlQuery q(sqlDatabase(*file));
        q.exec(QStringLiteral("SELECT p.code, p.state, p.budget, p.original_budget, p.planned_start, p.planned_end, "
                              "p.original_start, p.original_end, p.baselines, p.computed_cost, p.computed_schedule, "
                              "o.name_en, (SELECT group_concat(m.number) FROM project_measure l JOIN measure m "
                              "ON m.id = l.measure_id WHERE l.project_id = p.id) FROM project p "
                              "LEFT JOIN organization o ON o.id = p.organization_id ORDER BY p.code"));
        QStringList out;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 13; ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    };
    const QStringList original = rows(sample);
    QCOMPARE(original.size(), 214);
    QCOMPARE(rows(m_path), original);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM project WHERE state <> 'active'")), 17);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM project WHERE original_end <> planned_end")), 39);
}

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"

// The import dialog names a field by its own label and says where it chooses the date order, for every
// kind: a workforce file's ambiguous date told the dialog's user to edit a mapping's "date_format".
void TestTableImport::theDialogsLabelsNameTheFields()
{
    QVERIFY(importExample(ImportKind::Organizations).written);
    const QString path = csv(QStringLiteral("w.csv"), "organization,specialty,survey_date,internal,external\n"
                                                     "OCCIO,INFRA,05/06/2004,lots,\n");
    ImportOptions dialog;
    dialog.formLabels = true;
    ImportReport r = import(ImportKind::Workforce, path, dialog);
    QCOMPARE(r.errors.size(), 2);
    QVERIFY2(r.errors.at(0).message.endsWith(QStringLiteral("; choose the order under \"Dates\"")), qPrintable(r.errors.at(0).message));
    QVERIFY2(r.errors.at(1).message.startsWith(QStringLiteral("Internal FTEs: ")), qPrintable(r.errors.at(1).message));
    // The command line names it by the file's header, and points at the mapping.
    r = import(ImportKind::Workforce, path);
    QCOMPARE(r.errors.size(), 2);
    QVERIFY2(r.errors.at(0).message.startsWith(QStringLiteral("survey_date: "))
                 && r.errors.at(0).message.endsWith(QStringLiteral("; set \"date_format\" in the mapping")),
             qPrintable(r.errors.at(0).message));
    QVERIFY2(r.errors.at(1).message.startsWith(QStringLiteral("internal: ")), qPrintable(r.errors.at(1).message));
}
