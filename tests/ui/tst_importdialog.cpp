// The import dialog: preview, guessed and loaded mappings, import in a worker thread, refusal report.
#include "commands/editor.h"
#include "dialogs/importdialog.h"
#include "i18n/language.h"
#include "document/document.h"
#include "storage/sqlaccess.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QTest>

using namespace Vigie;

namespace {
const QString kData = QStringLiteral(VIGIE_TEST_DATA "/import/");

std::unique_ptr<Document> newDocument(const QString &path)
{
    FileError error;
    if (!PortfolioFile::create(path, QStringLiteral("P"), &error))
        return nullptr;
    return Document::open(path, &error);
}

// Every row of the tables an import writes, as text, to compare a file before and after.
QStringList tableDump(PortfolioFile &file)
{
    QStringList rows;
    QSqlQuery q(sqlDatabase(file));
    for (const char *table : { "project", "organization", "baseline" }) {
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        while (q.next()) {
            QStringList values { QLatin1String(table) };
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

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
    void undoRestoresThePortfolioExactly();
    void otherKinds();
    void typedPathIsRead();
    void formatChoicesLineUp();
};

void TestImportDialog::importsInTheBackground()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.filePath(QStringLiteral("p.vigie")));
    QVERIFY(doc);
    PortfolioFile *file = doc->file();
    QSignalSpy changes(doc.get(), &Document::changed);
    ImportDialog dialog(doc->editor());
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
    QCOMPARE(changes.count(), 1); // one notification, after the worker's commit
    QVERIFY(changes.first().first().value<Change>().touches(Entity::Project));
    QCOMPARE(doc->undoStack()->count(), 1); // the import is one undoable edit
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(dialog.resultText().contains(QStringLiteral("Projects created: 3")));
    shoot(dialog, QStringLiteral("importdialog.png"));
}

void TestImportDialog::strictRefusalIsListed()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.filePath(QStringLiteral("p.vigie")));
    QVERIFY(doc);
    PortfolioFile *file = doc->file();
    ImportDialog dialog(doc->editor());
    dialog.setCsvPath(kData + QStringLiteral("bad-amount-line7.csv"));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog.lastReport().refused());
    QVERIFY2(dialog.resultText().contains(QStringLiteral("bad-amount-line7.csv:7:4: Authorized budget")), qPrintable(dialog.resultText()));
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    dialog.show();
    shoot(dialog, QStringLiteral("importdialog-refused.png"));
}

void TestImportDialog::mappingSaveAndLoad()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.filePath(QStringLiteral("p.vigie")));
    QVERIFY(doc);
    ImportDialog dialog(doc->editor());
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

void TestImportDialog::undoRestoresThePortfolioExactly()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.filePath(QStringLiteral("p.vigie")));
    QVERIFY(doc);
    // A first import, then a second one that updates two of its projects and adds others.
    const auto runImport = [&](const QString &csv) {
        ImportDialog dialog(doc->editor());
        dialog.setCsvPath(csv);
        dialog.startImport();
        dialog.waitForImport();
        return dialog.lastReport();
    };
    QVERIFY(runImport(kData + QStringLiteral("french-excel.csv")).written);
    const QStringList before = tableDump(*doc->file());
    QCOMPARE(before.filter(QStringLiteral("project|")).size(), 3);
    const QString changed = dir.filePath(QStringLiteral("changed.csv"));
    {
        QFile in(kData + QStringLiteral("french-excel.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        QVERIFY(text.contains("1 234,56"));
        text.replace("1 234,56", "2 000,00"); // a new budget for the first project
        text.append("X-9;New project;Nouveau projet;Ministry X;10,5;;;;;\r\n");
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    const ImportReport second = runImport(changed);
    QVERIFY2(second.written, qPrintable(second.summaryText(QLocale::c())));
    QVERIFY(second.created >= 1);
    QVERIFY(tableDump(*doc->file()) != before);
    QCOMPARE(doc->undoStack()->count(), 2);
    QVERIFY(doc->undoStack()->undoText().contains(QStringLiteral("changed.csv")));

    // Undo: the very rows and values of before the second import, read back from the file on disk.
    doc->undoStack()->undo();
    QCOMPARE(tableDump(*doc->file()), before);
    {
        FileError e;
        auto fresh = PortfolioFile::open(doc->path(), PortfolioFile::Access::ReadOnly, &e);
        QVERIFY(fresh);
        QCOMPARE(tableDump(*fresh), before);
    }
    // Redo brings the import back, undo takes it away again.
    doc->undoStack()->redo();
    QVERIFY(tableDump(*doc->file()) != before);
    QCOMPARE(tableDump(*doc->file()).filter(QStringLiteral("X-9")).size(), 1);
    doc->undoStack()->undo();
    QCOMPARE(tableDump(*doc->file()), before);
}

// The same dialog imports organizations, measures (with a French spreadsheet's mapping and value table),
// a workforce survey and envelopes: the kind's own fields, its required columns, one undoable edit each.
void TestImportDialog::otherKinds()
{
    const QString example = QStringLiteral(VIGIE_SOURCE_DIR "/resources/examples/ontario/");
    QTemporaryDir dir;
    auto doc = newDocument(dir.filePath(QStringLiteral("p.vigie")));
    QVERIFY(doc);
    const auto importWith = [&](ImportKind kind, const QString &csv, const QString &mapping) {
        ImportDialog dialog(doc->editor(), nullptr, kind);
        dialog.setCsvPath(example + csv);
        if (!mapping.isEmpty() && !dialog.loadMapping(example + mapping))
            return QStringLiteral("mapping refused: ") + dialog.resultText();
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        if (!dialog.isRunning())
            return QStringLiteral("not started: ") + dialog.resultText();
        if (!finished.wait(60000))
            return QStringLiteral("did not finish");
        return dialog.lastReport().refused() ? QStringLiteral("refused: ") + dialog.resultText() : QString();
    };
    {
        ImportDialog dialog(doc->editor(), nullptr, ImportKind::Measures);
        QCOMPARE(dialog.fieldCount(), int(MeasureField::Count));
        dialog.setCsvPath(example + QStringLiteral("measures.csv"));
        QCOMPARE(dialog.chosenColumn(MeasureField::Number), 5); // guessed from the header
        QCOMPARE(dialog.chosenColumn(MeasureField::TitleFr), 7);
    }
    QCOMPARE(importWith(ImportKind::Organizations, QStringLiteral("organizations.csv"), QString()), QString());
    QCOMPARE(doc->editor()->undoStack()->undoText(), QStringLiteral("Import Organizations from organizations.csv"));
    QCOMPARE(Repository::organizations(*doc->file()).size(), 4);
    QCOMPARE(importWith(ImportKind::Measures, QStringLiteral("measures.csv"), QString()), QString());
    QCOMPARE(Repository::measures(*doc->file()).size(), 8);
    QCOMPARE(importWith(ImportKind::Measures, QStringLiteral("measures-fr.csv"), QStringLiteral("measures-fr.json")),
             QString());
    int completed = 0;
    for (const Measure &m : Repository::measures(*doc->file()))
        completed += m.status == MeasureStatus::Completed ? 1 : 0;
    QCOMPARE(completed, 1); // "Terminée", translated by the mapping's values table
    QCOMPARE(importWith(ImportKind::Workforce, QStringLiteral("workforce.csv"), QString()), QString());
    QCOMPARE(importWith(ImportKind::Envelopes, QStringLiteral("envelopes.csv"), QString()), QString());
    QCOMPARE(doc->editor()->undoStack()->undoText(), QStringLiteral("Import Envelopes from envelopes.csv"));

    // A file without the kind's key column: the dialog asks for it and imports nothing.
    const int commands = doc->editor()->undoStack()->count();
    ImportDialog envelopes(doc->editor(), nullptr, ImportKind::Envelopes);
    envelopes.setCsvPath(example + QStringLiteral("organizations.csv"));
    envelopes.startImport();
    QVERIFY(!envelopes.isRunning());
    const QString shown = envelopes.findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Choose the column that holds the field \"Fiscal year\"")), qPrintable(shown));
    QCOMPARE(doc->editor()->undoStack()->count(), commands);
}

// The file field was read-only: a path could only come from Browse…, not be typed or pasted. A path
// typed and confirmed is read like one chosen (preview and columns), without importing it; a wrong one
// says why, in place.
void TestImportDialog::typedPathIsRead()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.filePath(QStringLiteral("p.vigie")));
    QVERIFY(doc);
    ImportDialog dialog(doc->editor());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("csvFile"));
    QVERIFY(field && !field->isReadOnly());
    field->setFocus();
    QTest::keyClicks(field, kData + QStringLiteral("french-excel.csv"));
    QCOMPARE(dialog.previewRowCount(), 0); // not read while being typed
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(dialog.csvPath(), kData + QStringLiteral("french-excel.csv"));
    QCOMPARE(dialog.previewRowCount(), 3);
    // Enter read the file; it did not press Import, the dialog's default button.
    QVERIFY(!dialog.isRunning());
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(dialog.chosenColumn(ImportField::Code), 0);
    field->clear();
    QTest::keyClicks(field, dir.filePath(QStringLiteral("missing.csv")));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(dialog.previewRowCount(), 0);
    auto *result = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(result);
    QVERIFY2(result->toPlainText().contains(QStringLiteral("missing.csv")), qPrintable(result->toPlainText()));
}

// The five format choices stand in two columns, or in one on a narrow screen: there the second column's
// (dates, amounts) start where the first's do, in both languages (in French they started 90 px left of them).
void TestImportDialog::formatChoicesLineUp()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.filePath(QStringLiteral("p.vigie")));
    QVERIFY(doc);
    for (const char *language : { "fr", "en" }) {
        QVERIFY(Language::apply(QString::fromLatin1(language)));
        ImportDialog dialog(doc->editor());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto box = [&](const QString &name) {
            for (QComboBox *c : dialog.findChildren<QComboBox *>())
                if (c->accessibleName() == name)
                    return c;
            return static_cast<QComboBox *>(nullptr);
        };
        QComboBox *delimiter = box(ImportDialog::tr("Delimiter"));
        QComboBox *dates = box(ImportDialog::tr("Order of day, month and year in dates"));
        QComboBox *amounts = box(ImportDialog::tr("Unit of the amounts"));
        QVERIFY(delimiter && dates && amounts);
        const auto left = [&](QWidget *w) { return w->mapTo(&dialog, QPoint(0, 0)); };
        // 1280x800 at 200 %: stacked, each field beside its label (narrower, each goes under its label).
        dialog.resize(std::max(620, dialog.minimumSizeHint().width()), 600);
        QTRY_VERIFY2(left(dates).y() > left(delimiter).y() + delimiter->height(), language); // stacked
        QVERIFY2(left(delimiter).x() > 100, language);
        QCOMPARE(left(dates).x(), left(delimiter).x());
        QCOMPARE(left(amounts).x(), left(delimiter).x());
        dialog.resize(1400, 800);
        QTRY_VERIFY2(left(dates).y() == left(delimiter).y(), language); // side by side
        QVERIFY(left(dates).x() > left(delimiter).x() + delimiter->width());
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
