// The window's side of row versions: another connection (someone else) changes a value the window showed;
// the window's edit of it is stopped, the editor reports the conflict (nothing written, nothing on the
// stack) and the review (EditConflictDialog) settles it: Keep Theirs refreshes the views, Use Mine runs
// the same edit again through the stack (undoable). Undo of the window's own edit over someone else's
// newer value is refused with a message naming them.
#include "commands/editor.h"
#include "dialogs/conflicttable.h"
#include "dialogs/editconflictdialog.h"
#include "document/document.h"
#include "views/mainwindow.h"

#include "dialogs/dialogs.h"
#include "i18n/language.h"
#include "uifixture.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestEditConflict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editorReportsTheConflict();
    void useMineRunsTheEditAgain();
    void useMineIsItsOwnUndoStep();
    void keepTheirsRefreshes();
    void withoutReviewItIsAnError();
    void undoOverTheirsIsRefused();
    void theWindowShowsTheReview();

private:
    bool theyChange(double forecast);
    double forecast() const;
    bool edit(double value);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    VigieTest::Fixture m_fx;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<PortfolioFile> m_other;
};

void TestEditConflict::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("shared.vigie"));
    m_doc = VigieTest::makeDocument(m_path, &m_fx);
    QVERIFY(m_doc);
    QVERIFY(m_doc->file()->seenChangeset() >= 0); // the document keeps row versions
    FileError error;
    m_other = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(m_other, qPrintable(error.message));
    m_other->setAuthor(QStringLiteral("ben"));
}

void TestEditConflict::cleanup()
{
    EditConflictDialog::setDialogHook(nullptr);
    m_other.reset();
    m_doc.reset();
}

bool TestEditConflict::theyChange(double value)
{
    return Edits::setValue(*m_other, Entity::Project, m_fx.project1, Field::ForecastCost, value, QStringLiteral("Theirs")).ok;
}

double TestEditConflict::forecast() const
{
    return m_doc->file()->value(Entity::Project, m_fx.project1, Field::ForecastCost).toDouble();
}

bool TestEditConflict::edit(double value)
{
    return m_doc->editor()->setValue(Entity::Project, m_fx.project1, Field::ForecastCost, value,
                                     QStringLiteral("Project SCT-01"));
}

void TestEditConflict::editorReportsTheConflict()
{
    QVERIFY(theyChange(1234567));
    QSignalSpy conflicts(m_doc->editor(), &Editor::conflictOccurred);
    QSignalSpy errors(m_doc->editor(), &Editor::errorOccurred);
    QVERIFY(!edit(7654321));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(errors.size(), 0);
    const auto list = conflicts.constFirst().at(0).value<EditConflicts>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().author, QStringLiteral("ben"));
    QCOMPARE(list.constFirst().now, QStringLiteral("1234567"));
    QCOMPARE(list.constFirst().wanted, QStringLiteral("7654321"));
    QCOMPARE(conflicts.constFirst().at(1).toString(), QStringLiteral("Change Forecast cost of Project SCT-01"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(forecast(), 1234567.0);
    QVERIFY(!m_doc->editor()->lastResult().ok);
}

void TestEditConflict::useMineRunsTheEditAgain()
{
    const double before = forecast();
    QVERIFY(theyChange(1234567));
    QStringList shown;
    EditConflictDialog::setDialogHook([&](EditConflictDialog &dialog) {
        ConflictTable *t = dialog.table();
        for (int c = 0; c < t->columnCount(); ++c)
            shown << t->item(0, c)->text();
        dialog.useMineButton()->click();
    });
    connect(m_doc->editor(), &Editor::conflictOccurred, this, [this](const EditConflicts &c, const QString &text) {
        EditConflictDialog::review(m_doc->editor(), c, text, nullptr);
    });
    QVERIFY(edit(7654321));
    QCOMPARE(shown.size(), int(EditConflictDialog::ColumnCount));
    QCOMPARE(shown.at(EditConflictDialog::Item), QStringLiteral("Project SCT-01"));
    QCOMPARE(shown.at(EditConflictDialog::FieldColumn), QStringLiteral("Forecast cost"));
    QCOMPARE(shown.at(EditConflictDialog::Theirs), QStringLiteral("$1,234,567.00")); // amounts as money
    QCOMPARE(shown.at(EditConflictDialog::Wanted), QStringLiteral("$7,654,321.00"));
    QVERIFY(shown.at(EditConflictDialog::By).startsWith(QLatin1String("ben\n")));
    QCOMPARE(forecast(), 7654321.0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // One undoable step, like any edit: undo puts theirs back, redo mine.
    m_doc->undoStack()->undo();
    QCOMPARE(forecast(), 1234567.0);
    m_doc->undoStack()->redo();
    QCOMPARE(forecast(), 7654321.0);
    QVERIFY(before != 7654321.0);
}

void TestEditConflict::useMineIsItsOwnUndoStep()
{
    // Two edits of one field are one undo step, but not across someone else's change in between.
    QVERIFY(edit(1000));
    QVERIFY(theyChange(2000));
    EditConflictDialog::setDialogHook([](EditConflictDialog &dialog) { dialog.useMineButton()->click(); });
    connect(m_doc->editor(), &Editor::conflictOccurred, this, [this](const EditConflicts &c, const QString &text) {
        EditConflictDialog::review(m_doc->editor(), c, text, nullptr);
    });
    QVERIFY(edit(3000));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(forecast(), 2000.0); // theirs again
    QSignalSpy errors(m_doc->editor(), &Editor::errorOccurred);
    m_doc->undoStack()->undo(); // my first edit would overwrite theirs: refused
    QCOMPARE(errors.size(), 1);
    QCOMPARE(forecast(), 2000.0);
}

void TestEditConflict::keepTheirsRefreshes()
{
    QVERIFY(theyChange(1234567));
    EditConflictDialog::setDialogHook([](EditConflictDialog &dialog) { dialog.keepTheirsButton()->click(); });
    connect(m_doc->editor(), &Editor::conflictOccurred, this, [this](const EditConflicts &c, const QString &text) {
        EditConflictDialog::review(m_doc->editor(), c, text, nullptr);
    });
    QSignalSpy changed(m_doc.get(), &Document::changed);
    QVERIFY(!edit(7654321));
    QCOMPARE(forecast(), 1234567.0);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(changed.size(), 1); // the views take theirs in
    QVERIFY(changed.constFirst().at(0).value<Change>().touches(Entity::Project, Field::ForecastCost));
    // Seen now: the next edit of it goes through.
    QVERIFY(edit(7654321));
    QCOMPARE(forecast(), 7654321.0);
}

void TestEditConflict::withoutReviewItIsAnError()
{
    QVERIFY(theyChange(1234567));
    QSignalSpy errors(m_doc->editor(), &Editor::errorOccurred);
    QVERIFY(!edit(7654321));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.constFirst().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("ben")) && message.contains(QLatin1String("nothing was written")),
             qPrintable(message));
    QCOMPARE(forecast(), 1234567.0);
}

void TestEditConflict::undoOverTheirsIsRefused()
{
    QVERIFY(edit(7654321));
    m_doc->checkOutsideChanges();
    QVERIFY(theyChange(1234567));
    QSignalSpy errors(m_doc->editor(), &Editor::errorOccurred);
    m_doc->undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    const QString message = errors.constFirst().at(0).toString();
    QVERIFY2(message.startsWith(QLatin1String("Cannot undo")) && message.contains(QLatin1String("ben")), qPrintable(message));
    QCOMPARE(forecast(), 1234567.0);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestEditConflict::theWindowShowsTheReview()
{
    m_doc.reset(); // the window opens its own
    Dialogs::setTestMode(true);
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.document());
    QVERIFY(theyChange(1234567));
    int reviews = 0;
    EditConflictDialog::setDialogHook([&](EditConflictDialog &dialog) {
        ++reviews;
        dialog.useMineButton()->click();
    });
    QVERIFY(window.document()->editor()->setValue(Entity::Project, m_fx.project1, Field::ForecastCost, 7654321.0,
                                                  QStringLiteral("Project SCT-01")));
    QCOMPARE(reviews, 1);
    QCOMPARE(window.document()->file()->value(Entity::Project, m_fx.project1, Field::ForecastCost).toDouble(), 7654321.0);
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

QTEST_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
