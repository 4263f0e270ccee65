// The import dialog: preview, guessed and loaded mappings, import in a worker thread, refusal report.
#include "dialogs/importdialog.h"
#include "storage/portfoliofile.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {
const QString kData = QStringLiteral(VIGIE_TEST_DATA "/import/");

void shoot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name);
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsInTheBackground();
    void strictRefusalIsListed();
    void mappingSaveAndLoad();
};

void TestImportDialog::importsInTheBackground()
{
    QTemporaryDir dir;
    FileError error;
    auto file = PortfolioFile::create(dir.filePath(QStringLiteral("p.vigie")), QStringLiteral("P"), &error);
    QVERIFY(file);
    QSignalSpy resets(file.get(), &PortfolioFile::reset);
    ImportDialog dialog(*file);
    dialog.show();
    dialog.setCsvPath(kData + QStringLiteral("french-excel.csv"));
    QCOMPARE(dialog.previewRowCount(), 3);
    QCOMPARE(dialog.chosenColumn(ImportField::Code), 0);
    QCOMPARE(dialog.chosenColumn(ImportField::Organization), 3);
    QCOMPARE(dialog.chosenColumn(ImportField::Phase), -1);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!dialog.isRunning());
    QVERIFY2(dialog.lastReport().written, qPrintable(dialog.resultText()));
    QCOMPARE(dialog.lastReport().created, 3);
    QCOMPARE(resets.count(), 1);
    QSqlQuery q(file->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(dialog.resultText().contains(QStringLiteral("Projects created: 3")));
    shoot(dialog, QStringLiteral("importdialog.png"));
}

void TestImportDialog::strictRefusalIsListed()
{
    QTemporaryDir dir;
    FileError error;
    auto file = PortfolioFile::create(dir.filePath(QStringLiteral("p.vigie")), QStringLiteral("P"), &error);
    QVERIFY(file);
    ImportDialog dialog(*file);
    dialog.setCsvPath(kData + QStringLiteral("bad-amount-line7.csv"));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog.lastReport().refused());
    QVERIFY2(dialog.resultText().contains(QStringLiteral("bad-amount-line7.csv:7:4: budget")), qPrintable(dialog.resultText()));
    QSqlQuery q(file->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    dialog.show();
    shoot(dialog, QStringLiteral("importdialog-refused.png"));
}

void TestImportDialog::mappingSaveAndLoad()
{
    QTemporaryDir dir;
    FileError error;
    auto file = PortfolioFile::create(dir.filePath(QStringLiteral("p.vigie")), QStringLiteral("P"), &error);
    QVERIFY(file);
    ImportDialog dialog(*file);
    dialog.setCsvPath(kData + QStringLiteral("quoted.csv"));
    dialog.chooseColumn(ImportField::Description, -1);
    dialog.chooseColumn(ImportField::Phase, 2); // "description" column feeds the phase
    const QString path = dir.filePath(QStringLiteral("m.json"));
    QVERIFY(dialog.saveMapping(path));
    QStringList errors;
    const auto saved = ImportMapping::load(path, &errors);
    QVERIFY(saved);
    QCOMPARE(saved->column(ImportField::Phase).header, QStringLiteral("description"));
    QVERIFY(!saved->column(ImportField::Description).isSet());
    dialog.chooseColumn(ImportField::Phase, -1);
    QVERIFY(dialog.loadMapping(path));
    QCOMPARE(dialog.chosenColumn(ImportField::Phase), 2);
    QCOMPARE(dialog.chosenColumn(ImportField::Description), -1);
    QVERIFY(!dialog.loadMapping(dir.filePath(QStringLiteral("none.json"))));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
