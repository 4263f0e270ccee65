// Export to CSV (both flavours) and XLSX: re-import round trip, typed XLSX cells, formula guard.
#include "i18n/language.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/sqlaccess.h"
#include "io/projectimporter.h"
#include "model/entities.h"
#include "model/measurestatus.h"
#include "model/projecttext.h"
#include "sample/quebecsample.h"
#include "storage/portfoliofile.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {

const QString kData = QStringLiteral(VIGIE_TEST_DATA "/import/");

QStringList projectRows(PortfolioFile &file)
{
    QSqlQuery q(sqlDatabase(file));
    q.exec(QStringLiteral(
        "SELECT p.code, p.name_en, p.name_fr, o.name_en, p.description, p.budget, p.original_budget, p.forecast_cost, "
        "p.reported_cost_variance, p.reported_schedule_variance, p.planned_start, p.planned_end, p.declared_cost, "
        "p.computed_cost FROM project p LEFT JOIN organization o ON o.id = p.organization_id ORDER BY p.code"));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 14; ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// The first column of the first row `sql` gives, as text.
QString firstValue(PortfolioFile &file, const QString &sql)
{
    QSqlQuery q(sqlDatabase(file));
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

QByteArray unzip(const QString &archive, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), QStringList(args) << archive);
    if (!p.waitForFinished(30000))
        return {};
    return p.readAllStandardOutput();
}

QByteArray unzipMember(const QString &archive, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-p"), archive, member });
    if (!p.waitForFinished(30000))
        return {};
    return p.readAllStandardOutput();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void formulasAreNeutralised();
    void xlsxWorkbook();
    void frenchReadableCsv();
    void bothLanguages();
    void frenchExportReimportsUnchanged();
    void frenchMeasuresReimportUnchanged();
    void readersTablesReimportWithTheDefaultMapping_data();
    void readersTablesReimportWithTheDefaultMapping();
    void refusesBadTargets();

private:
    // The Quebec sample, written and opened in the test's folder.
    std::unique_ptr<PortfolioFile> quebecSample();
    // `table` exported as the French window's "CSV for French Excel", at `name` in the test's folder;
    // its rows, header first ({} when the export fails).
    QList<QStringList> exportInFrench(PortfolioFile &file, ExportTable table, const QString &name);
    // The mapping the import dialog guesses for `header`, with that CSV's separators.
    static ImportMapping frenchExcelMapping(ImportKind kind, const QStringList &header);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PortfolioFile> m_file;
};

void TestExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    FileError error;
    m_file = PortfolioFile::create(m_dir->filePath(QStringLiteral("source.vigie")), QStringLiteral("Source"), &error);
    QVERIFY2(m_file, qPrintable(error.message));
    for (const char *csv : { "french-excel.csv", "formula.csv", "quoted.csv" }) {
        ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
        const ImportReport r = importer.run(kData + QString::fromLatin1(csv));
        QVERIFY2(r.written, qPrintable(r.fatal + r.errors.value(0).toString()));
    }
    // A measure and a workforce record for the other tables.
    QString e;
    const QString org = m_file->insertRow(Entity::Organization, { { Field::Code, QStringLiteral("MCN") },
                                                                  { Field::NameEn, QStringLiteral("Ministère de la Cybersécurité") } }, QString(), &e);
    const QString plan = m_file->insertRow(Entity::Plan, { { Field::Code, QStringLiteral("QC-2015") } }, QString(), &e);
    const QString area = m_file->insertRow(Entity::KeyArea, { { Field::Plan, m_file->rowId(Entity::Plan, plan) },
                                                              { Field::Number, 2 } }, QString(), &e);
    QVERIFY(!m_file->insertRow(Entity::Measure, { { Field::KeyArea, m_file->rowId(Entity::KeyArea, area) },
                                                  { Field::Number, 10 },
                                                  { Field::TitleEn, QStringLiteral("Workforce portrait") },
                                                  { Field::TitleFr, QStringLiteral("Portrait de la main-d'œuvre") },
                                                  { Field::DueDate, QDate(2018, 3, 31) },
                                                  { Field::Status, QStringLiteral("under_way") },
                                                  { Field::PercentComplete, 40.5 } }, QString(), &e).isEmpty());
    const QString specialty = m_file->insertRow(Entity::Specialty, { { Field::Code, QStringLiteral("SEC") },
                                                                     { Field::NameEn, QStringLiteral("Information security") } }, QString(), &e);
    QVERIFY2(!m_file->insertRow(Entity::Workforce, { { Field::Organization, m_file->rowId(Entity::Organization, org) },
                                                     { Field::Specialty, m_file->rowId(Entity::Specialty, specialty) },
                                                     { Field::SurveyDate, QDate(2016, 6, 1) },
                                                     { Field::InternalFte, 12.5 },
                                                     { Field::ExternalFte, 30 } }, QString(), &e).isEmpty(), qPrintable(e));
}

void TestExport::cleanup()
{
    m_file.reset();
    m_dir.reset();
}

void TestExport::csvRoundTrip_data()
{
    QTest::addColumn<bool>("excelFrench");
    QTest::newRow("csv") << false;
    QTest::newRow("excel-fr") << true;
}

void TestExport::csvRoundTrip()
{
    QFETCH(bool, excelFrench);
    const QString csv = m_dir->filePath(QStringLiteral("projects.csv"));
    QString error;
    Exporter::Options options;
    options.excelFrench = excelFrench;
    QVERIFY2(Exporter::exportTables(*m_file, { ExportTable::Projects }, csv, options, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "code"));
    QVERIFY(bytes.contains(QStringLiteral("Ministère de la Santé").toUtf8()));
    if (excelFrench) {
        QVERIFY(bytes.contains("code;name;name_fr;"));
        QVERIFY(bytes.contains(";1234,56;")); // decimal comma, no thousands separator
        QVERIFY(bytes.contains(";-12,5;"));
    } else {
        QVERIFY(bytes.contains("code,name,name_fr,"));
        QVERIFY(bytes.contains(",1234.56,"));
        QVERIFY(bytes.contains(",-12.5,")); // a negative variance stays a number
    }

    FileError fe;
    auto copy = PortfolioFile::create(m_dir->filePath(QStringLiteral("copy.vigie")), QStringLiteral("Copy"), &fe);
    QVERIFY(copy);
    ProjectImporter importer(*copy, ImportMapping::defaults(), {});
    const ImportReport r = importer.run(csv);
    QVERIFY2(r.written, qPrintable(r.fatal + r.errors.value(0).toString()));
    QCOMPARE(r.warnings.size(), 0);
    const QStringList original = projectRows(*m_file);
    QCOMPARE(original.size(), 9);
    QCOMPARE(projectRows(*copy), original);
}

void TestExport::formulasAreNeutralised()
{
    const QString csv = m_dir->filePath(QStringLiteral("projects.csv"));
    QString error;
    QVERIFY(Exporter::exportTables(*m_file, { ExportTable::Projects }, csv, {}, &error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("F-1,\"'=HYPERLINK(\"\"http://example.com/x\"\",\"\"click\"\")\","));
    QVERIFY(bytes.contains("F-2,'@SUM(A1:A2),"));
    QVERIFY(bytes.contains(",'+33 is not a number,"));
    QVERIFY(bytes.contains(",'-minus,"));
    QVERIFY(!bytes.contains(",=HYPERLINK"));
    QVERIFY(!bytes.contains(",@SUM"));
    QCOMPARE(Exporter::neutralizeFormula(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(Exporter::neutralizeFormula(QStringLiteral("Plain")), QStringLiteral("Plain"));
}

void TestExport::xlsxWorkbook()
{
    const QString xlsx = m_dir->filePath(QStringLiteral("portfolio.xlsx"));
    QString error;
    QVERIFY2(Exporter::exportTables(*m_file, { ExportTable::Projects, ExportTable::Measures, ExportTable::Workforce }, xlsx,
                                    {}, &error),
             qPrintable(error));
    QFile f(xlsx);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4).startsWith("PK\x03\x04"));
    const QByteArray listing = unzip(xlsx, { QStringLiteral("-l") });
    for (const char *member : { "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                                "xl/worksheets/sheet3.xml", "xl/styles.xml" })
        QVERIFY2(listing.contains(member), listing.constData());
    const QByteArray workbook = unzipMember(xlsx, QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook.contains("name=\"Projects\""));
    QVERIFY(workbook.contains("name=\"Measures\""));
    QVERIFY(workbook.contains("name=\"Workforce\""));
    const QByteArray projects = unzipMember(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(projects.contains("<pane ySplit=\"1\"")); // frozen header row
    QVERIFY(projects.contains("Project code"));
    QVERIFY(projects.contains("Authorized budget"));
    QVERIFY(projects.contains("<v>1234.56</v>"));                 // a typed number
    QVERIFY(projects.contains("<v>-12.5</v>"));                   // a negative variance, still a number
    QVERIFY(projects.contains("<v>42461</v>"));                   // 2016-04-01 as an Excel date serial
    QVERIFY(projects.contains("=HYPERLINK"));                     // text kept as a string cell...
    QVERIFY(!projects.contains("<f>"));                           // ...never a formula
    QVERIFY(projects.contains("Yellow") && projects.contains("Green"));
    const QByteArray styles = unzipMember(xlsx, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("FF63BE7B") && styles.contains("FFFFEB84") && styles.contains("FFF8696B"));
    const QByteArray measures = unzipMember(xlsx, QStringLiteral("xl/worksheets/sheet2.xml"));
    // A workbook speaks one language (the program's): English titles only, no French column.
    QVERIFY(measures.contains("Workforce portrait"));
    QVERIFY(!measures.contains("Portrait de la main"));
    QVERIFY(measures.contains("<v>40.5</v>"));
    const QByteArray workforce = unzipMember(xlsx, QStringLiteral("xl/worksheets/sheet3.xml"));
    QVERIFY(workforce.contains("<v>12.5</v>"));
    QVERIFY(workforce.contains("Information security"));
    QVERIFY(!QFile::exists(xlsx + QStringLiteral(".part")));
}

namespace {
// The cells of a `;`-separated CSV written by the exporter (quoted fields), line by line.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QStringList cells;
        for (QString cell : line.split(QLatin1Char(';'))) {
            if (cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
                cell = cell.mid(1, cell.size() - 2);
            cells << cell;
        }
        rows << cells;
    }
    return rows;
}
} // namespace

void TestExport::frenchReadableCsv()
{
    // "CSV for French Excel" and `export --lang fr`: French headers, French names, French words, whatever
    // the program's language.
    Language::apply(QStringLiteral("en"));
    Exporter::Options options;
    options.excelFrench = true;
    options.language = QStringLiteral("fr");
    const QString projects = m_dir->filePath(QStringLiteral("projets.csv"));
    const QString measures = m_dir->filePath(QStringLiteral("mesures.csv"));
    QString error;
    QVERIFY2(Exporter::exportTables(*m_file, { ExportTable::Projects }, projects, options, &error), qPrintable(error));
    QVERIFY2(Exporter::exportTables(*m_file, { ExportTable::Measures }, measures, options, &error), qPrintable(error));
    QCOMPARE(Language::current(), QStringLiteral("en")); // the program's language is back

    // No English header: every header that has a French form is written in French.
    const QList<ExportColumn> english = Exporter::columns(ExportTable::Projects, options);
    const QList<QStringList> rows = readCsv(projects);
    QVERIFY(rows.size() > 1);
    const QStringList header = rows.first();
    QCOMPARE(header.size(), english.size());
    for (const ExportColumn &c : english) {
        if (c.label != QStringLiteral("Description") && c.label != QStringLiteral("Phase"))
            QVERIFY2(!header.contains(c.label), qPrintable(c.label));
    }
    QVERIFY2(header.contains(QStringLiteral("Indicateur de coût")), qPrintable(header.join(QLatin1Char('|'))));
    QVERIFY(header.contains(QStringLiteral("État")) || header.contains(QStringLiteral("État du projet")));
    // No stored key or English word as a value.
    const QStringList englishWords { QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green"),
                                     QStringLiteral("Red"), QStringLiteral("Yellow"), QStringLiteral("Green"),
                                     QStringLiteral("active"), QStringLiteral("Active"), QStringLiteral("execution"),
                                     QStringLiteral("Execution"), QStringLiteral("under_way"), QStringLiteral("Under way") };
    bool sawFrenchWord = false;
    for (int r = 1; r < rows.size(); ++r) {
        for (const QString &cell : rows.at(r)) {
            QVERIFY2(!englishWords.contains(cell), qPrintable(rows.at(r).join(QLatin1Char('|'))));
            sawFrenchWord = sawFrenchWord || cell == QStringLiteral("Actif") || cell == QStringLiteral("Jaune");
        }
    }
    QVERIFY(sawFrenchWord);
    const QList<QStringList> measureRows = readCsv(measures);
    QCOMPARE(measureRows.size(), 2);
    QVERIFY2(measureRows.at(1).contains(QStringLiteral("Portrait de la main-d'œuvre")),
             qPrintable(measureRows.at(1).join(QLatin1Char('|'))));
    QVERIFY(!measureRows.at(1).contains(QStringLiteral("Workforce portrait")));
    QVERIFY(measureRows.at(1).contains(QStringLiteral("En cours")));
}

std::unique_ptr<PortfolioFile> TestExport::quebecSample()
{
    const QString path = m_dir->filePath(QStringLiteral("quebec.vigie"));
    QString error;
    if (!QuebecSample::write(path, &error))
        return nullptr;
    FileError fe;
    return PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fe);
}

QList<QStringList> TestExport::exportInFrench(PortfolioFile &file, ExportTable table, const QString &name)
{
    Exporter::Options options;
    options.excelFrench = true;
    options.language = QStringLiteral("fr");
    QString error;
    if (!Exporter::exportTables(file, { table }, m_dir->filePath(name), options, &error))
        return {};
    return readCsv(m_dir->filePath(name));
}

ImportMapping TestExport::frenchExcelMapping(ImportKind kind, const QStringList &header)
{
    const ImportIndexes guessed = ImportMapping::guessColumns(kind, header);
    ImportMapping mapping;
    mapping.kind = kind;
    mapping.delimiter = ';';
    mapping.decimal = ',';
    for (int f = 0; f < ImportFields::count(kind); ++f) {
        if (guessed[size_t(f)] >= 0)
            mapping.setColumn(f, guessed[size_t(f)] + 1);
    }
    return mapping;
}

// A French-speaking analyst's round trip: the Quebec sample exported as "CSV for French Excel" in French,
// read back untouched with the import dialog's own guesses. The phases went out as « Réalisation » and
// came back as that text: every project was "updated", its phase no longer a phase Vigie knows (and
// shown in French in the English window).
void TestExport::frenchExportReimportsUnchanged()
{
    Language::apply(QStringLiteral("fr"));
    const auto english = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    auto file = quebecSample();
    QVERIFY(file);
    const auto phases = [&file] {
        return firstValue(*file, QStringLiteral("SELECT group_concat(code || '=' || phase || ';', ' ') "
                                                "FROM (SELECT * FROM project ORDER BY code)"));
    };
    const QStringList before = projectRows(*file);
    const QString phasesBefore = phases();
    QVERIFY2(phasesBefore.contains(QStringLiteral("=execution;")), qPrintable(phasesBefore.left(200)));
    const QString csv = m_dir->filePath(QStringLiteral("projets.csv"));
    const QList<QStringList> rows = exportInFrench(*file, ExportTable::Projects, QStringLiteral("projets.csv"));
    QVERIFY(rows.size() > 200);
    QVERIFY(rows.at(1).contains(QStringLiteral("Réalisation")) || rows.at(2).contains(QStringLiteral("Réalisation")));

    const ImportIndexes guessed = ImportMapping::guessColumns(ImportKind::Projects, rows.first());
    for (const ImportField f : { ImportField::Code, ImportField::Phase, ImportField::ForecastCost, ImportField::Budget })
        QVERIFY2(guessed[size_t(f)] >= 0, qPrintable(ImportMapping::fieldName(f)));
    const ImportMapping mapping = frenchExcelMapping(ImportKind::Projects, rows.first());
    ProjectImporter importer(*file, mapping, {});
    const ImportReport r = importer.run(csv);
    QVERIFY2(r.written, qPrintable(r.fatal + r.errors.value(0).toString()));
    QCOMPARE(r.warnings.size(), 0);
    QCOMPARE(r.updated, 0);
    QCOMPARE(r.unchanged, int(rows.size()) - 1);
    QCOMPARE(projectRows(*file), before);
    QCOMPARE(phases(), phasesBefore);

    // A phase in either language, in any case, is stored as its key; one Vigie does not know, as written.
    QCOMPARE(PhaseText::keyOf(QStringLiteral("Réalisation")), QStringLiteral("execution"));
    QCOMPARE(PhaseText::keyOf(QStringLiteral(" CLÔTURÉ ")), QStringLiteral("closed"));
    QCOMPARE(PhaseText::keyOf(QStringLiteral("Deployment")), QStringLiteral("deployment"));
    QCOMPARE(PhaseText::keyOf(QStringLiteral("planning")), QStringLiteral("planning"));
    QCOMPARE(PhaseText::keyOf(QStringLiteral("Operations")), QString());
    const QString added = m_dir->filePath(QStringLiteral("nouveaux.csv"));
    QFile out(added);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QStringLiteral("code,phase\nNEW-1,Déploiement\nNEW-2,Operations\n").toUtf8());
    out.close();
    ProjectImporter more(*file, ImportMapping::defaults(), {});
    const ImportReport m = more.run(added);
    QVERIFY2(m.written && m.created == 2, qPrintable(m.fatal + m.errors.value(0).toString()));
    QVERIFY2(phases().contains(QStringLiteral("NEW-1=deployment; NEW-2=Operations;")), qPrintable(phases().right(80)));
}

// The same for the measures: « Statut » said « En cours », which the import refused, and the dialog
// guessed the English comment from « Commentaire », where the export wrote the French one. Guessed
// from the headers as the import dialog does, they read back unchanged: statuses, French titles and
// comments in their own fields.
void TestExport::frenchMeasuresReimportUnchanged()
{
    Language::apply(QStringLiteral("fr"));
    const auto english = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    auto file = quebecSample();
    QVERIFY(file);
    const auto measures = [&file] {
        return firstValue(*file, QStringLiteral("SELECT group_concat(row, '\n') FROM (SELECT number || '|' || status || '|' "
                                                "|| percent_complete || '|' || title_en || '|' || title_fr || '|' || comment "
                                                "|| '|' || comment_fr AS row FROM measure ORDER BY number)"));
    };
    const QString before = measures();
    QVERIFY(before.count(QLatin1Char('\n')) >= 35);
    const QString csv = m_dir->filePath(QStringLiteral("mesures.csv"));
    const QList<QStringList> rows = exportInFrench(*file, ExportTable::Measures, QStringLiteral("mesures.csv"));
    QVERIFY(rows.size() > 30);
    QVERIFY(rows.at(1).contains(QStringLiteral("En cours")) || rows.at(1).contains(QStringLiteral("Réalisée")));

    const ImportIndexes guessed = ImportMapping::guessColumns(ImportKind::Measures, rows.first());
    const int comment = int(rows.first().indexOf(QStringLiteral("Commentaire")));
    QVERIFY(comment >= 0);
    QCOMPARE(guessed[size_t(MeasureField::CommentFr)], comment);
    QCOMPARE(guessed[size_t(MeasureField::Comment)], -1);
    QCOMPARE(guessed[size_t(MeasureField::Title)], -1);
    QVERIFY(guessed[size_t(MeasureField::TitleFr)] >= 0);
    const ImportMapping mapping = frenchExcelMapping(ImportKind::Measures, rows.first());
    const ImportReport r = runImport(*file, csv, mapping, {});
    QVERIFY2(r.written, qPrintable(r.fatal + r.errors.value(0).toString()));
    QCOMPARE(r.warnings.size(), 0);
    QCOMPARE(r.updated, 0);
    QCOMPARE(measures(), before);
    QCOMPARE(MeasureStatusText::keyOf(QStringLiteral("en cours")), QStringLiteral("under_way"));
    QCOMPARE(MeasureStatusText::keyOf(QStringLiteral("Not started")), QStringLiteral("not_started"));
    QCOMPARE(ProjectStateText::keyOf(QStringLiteral("Annulé")), QStringLiteral("cancelled"));
}

void TestExport::readersTablesReimportWithTheDefaultMapping_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("excelFrench");
    QTest::addColumn<bool>("bothLanguages");
    QTest::newRow("French table, English window") << "en" << "fr" << true << false;
    QTest::newRow("English table, French window") << "fr" << "en" << false << false;
    QTest::newRow("English table, English window") << "en" << "en" << false << false;
    QTest::newRow("both languages") << "en" << "en" << false << true;
}

// A ministry answers with the table Vigie exported for it, in its own language: `vigie import` without a
// mapping (ImportMapping::defaults) refused it for want of a "code" column, whatever the language, and the
// English window's dialog guessed few of a French table's columns. Now the default mapping reads the
// readers' headers of either language, and the words in either language: every table reads back
// unchanged, in either window.
void TestExport::readersTablesReimportWithTheDefaultMapping()
{
    QFETCH(QString, window);
    QFETCH(QString, language);
    QFETCH(bool, excelFrench);
    QFETCH(bool, bothLanguages);
    Language::apply(window);
    const auto english = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    auto file = quebecSample();
    QVERIFY(file);
    const auto table = [&file](const QString &sql) { return firstValue(*file, QStringLiteral("SELECT group_concat(row, '\n') FROM (%1)").arg(sql)); };
    const QString measuresSql = QStringLiteral(
        "SELECT number || '|' || status || '|' || percent_complete || '|' || title_en || '|' || title_fr || '|' "
        "|| comment || '|' || comment_fr || '|' || ifnull(owner_id, '') || '|' || ifnull(due_date, '') AS row "
        "FROM measure ORDER BY number");
    const QString workforceSql = QStringLiteral(
        "SELECT organization_id || '|' || specialty_id || '|' || survey_date || '|' || internal_fte || '|' "
        "|| external_fte AS row FROM workforce ORDER BY organization_id, specialty_id, survey_date");
    const QString phasesSql = QStringLiteral("SELECT code || '=' || phase || '=' || ifnull(state, '') AS row FROM project ORDER BY code");
    const QStringList projectsBefore = projectRows(*file);
    const QString phasesBefore = table(phasesSql);
    const QString measuresBefore = table(measuresSql);
    const QString workforceBefore = table(workforceSql);
    QVERIFY(measuresBefore.count(QLatin1Char('\n')) >= 35);
    QVERIFY(workforceBefore.count(QLatin1Char('\n')) >= 2000);

    Exporter::Options options;
    options.excelFrench = excelFrench;
    options.language = language;
    options.bothLanguages = bothLanguages;
    const struct
    {
        ExportTable table;
        ImportKind kind;
        const char *file;
    } tables[] = { { ExportTable::Projects, ImportKind::Projects, "projects.csv" },
                   { ExportTable::Measures, ImportKind::Measures, "measures.csv" },
                   { ExportTable::Workforce, ImportKind::Workforce, "workforce.csv" } };
    for (const auto &t : tables) {
        const QString csv = m_dir->filePath(QString::fromLatin1(t.file));
        QString error;
        QVERIFY2(Exporter::exportTables(*file, { t.table }, csv, options, &error), qPrintable(error));
        const QList<QStringList> rows = readCsv(csv);
        QVERIFY(rows.size() > 30);
        // The readers' headers, not the data format's.
        QVERIFY2(!rows.first().contains(QStringLiteral("code")) && !rows.first().contains(QStringLiteral("key_area"))
                     && !rows.first().contains(QStringLiteral("internal_fte")),
                 qPrintable(rows.first().join(QLatin1Char('|'))));
        const ImportReport r = runImport(*file, csv, ImportMapping::defaults(t.kind), {});
        QVERIFY2(!r.refused(), qPrintable(QStringLiteral("%1: %2 %3").arg(QString::fromLatin1(t.file), r.fatal,
                                                                     r.errors.value(0).toString())));
        QCOMPARE(r.warnings.size(), 0);
        QCOMPARE(r.created, 0);
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.unchanged, int(rows.size()) - 1);
    }
    QCOMPARE(projectRows(*file), projectsBefore);
    QCOMPARE(table(phasesSql), phasesBefore);
    QCOMPARE(table(measuresSql), measuresBefore);
    QCOMPARE(table(workforceSql), workforceBefore);

    // What the import dialog of the window guesses: a French table's French comment and title in their
    // own fields, whatever the window's language.
    if (language == QLatin1String("fr") && !bothLanguages) {
        const QList<QStringList> rows = readCsv(m_dir->filePath(QStringLiteral("measures.csv")));
        const ImportIndexes guessed = ImportMapping::guessColumns(ImportKind::Measures, rows.first());
        QCOMPARE(guessed[size_t(MeasureField::CommentFr)], int(rows.first().indexOf(QStringLiteral("Commentaire"))));
        QCOMPARE(guessed[size_t(MeasureField::Comment)], -1);
        QCOMPARE(guessed[size_t(MeasureField::TitleFr)], int(rows.first().indexOf(QStringLiteral("Titre"))));
        QCOMPARE(guessed[size_t(MeasureField::Title)], -1);
        QVERIFY(guessed[size_t(MeasureField::Status)] >= 0);
    }
}

void TestExport::bothLanguages()
{
    Language::apply(QStringLiteral("en"));
    Exporter::Options options;
    options.excelFrench = true;
    options.language = QStringLiteral("fr");
    options.bothLanguages = true;
    const QString measures = m_dir->filePath(QStringLiteral("mesures.csv"));
    QString error;
    QVERIFY2(Exporter::exportTables(*m_file, { ExportTable::Measures }, measures, options, &error), qPrintable(error));
    const QList<QStringList> rows = readCsv(measures);
    QCOMPARE(rows.size(), 2);
    const QStringList header = rows.first();
    QVERIFY2(header.contains(QStringLiteral("Titre (anglais)")) && header.contains(QStringLiteral("Titre (français)")),
             qPrintable(header.join(QLatin1Char('|'))));
    const int en = int(header.indexOf(QStringLiteral("Titre (anglais)")));
    const int fr = int(header.indexOf(QStringLiteral("Titre (français)")));
    QCOMPARE(rows.at(1).at(en), QStringLiteral("Workforce portrait"));
    QCOMPARE(rows.at(1).at(fr), QStringLiteral("Portrait de la main-d'œuvre"));
    // Words in both languages too.
    QVERIFY(rows.at(1).contains(QStringLiteral("Under way")) && rows.at(1).contains(QStringLiteral("En cours")));
    // A name without its French form leaves the French column empty rather than repeating the English.
    const QString workforce = m_dir->filePath(QStringLiteral("effectifs.csv"));
    QVERIFY2(Exporter::exportTables(*m_file, { ExportTable::Workforce }, workforce, options, &error), qPrintable(error));
    const QList<QStringList> wf = readCsv(workforce);
    const int specialtyFr = int(wf.first().indexOf(QStringLiteral("Spécialité (français)")));
    QVERIFY(specialtyFr >= 0);
    QCOMPARE(wf.at(1).at(specialtyFr), QString());
}

void TestExport::refusesBadTargets()
{
    QString error;
    QVERIFY(!Exporter::exportTables(*m_file, { ExportTable::Projects }, m_dir->filePath(QStringLiteral("x.ods")), {}, &error));
    QVERIFY(error.contains(QStringLiteral("x.ods")));
    QVERIFY(!Exporter::exportTables(*m_file, { ExportTable::Projects, ExportTable::Measures },
                                    m_dir->filePath(QStringLiteral("x.csv")), {}, &error));
    QVERIFY(!Exporter::exportTables(*m_file, { ExportTable::Projects }, QStringLiteral("/nonexistent/dir/x.xlsx"), {}, &error));
    QVERIFY(!Exporter::exportTables(*m_file, { ExportTable::Projects }, QStringLiteral("/nonexistent/dir/x.csv"), {}, &error));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
