// File → Properties…: the dialog shows the file's properties, applies only what changed as one undoable
// command (checked redo → undo → redo against the file), keeps itself open on a refused value, and
// speaks French after a language switch.
#include "commands/editor.h"
#include "dialogs/propertiesdialog.h"
#include "document/document.h"

#include "i18n/language.h"
#include "roundtrip.h"
#include "uifixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestPropertiesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheFile();
    void appliesWhatChanged();
    void nothingChangedPushesNothing();
    void refusedValueKeepsTheDialogOpen();
    void speaksFrench();
    void everyFieldIsLabelled();
    void opensWithNamesWhole();
    void readOnlyInACopyLimitedToOneOrganization();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    Editor *m_editor = nullptr;
    VigieTest::Fixture m_fx;
};

void TestPropertiesDialog::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("p.vigie"));
    m_doc = VigieTest::makeDocument(m_path, &m_fx);
    QVERIFY(m_doc);
    m_editor = m_doc->editor();
}

void TestPropertiesDialog::cleanup()
{
    m_doc.reset();
    Language::apply(QStringLiteral("en"));
}

void TestPropertiesDialog::showsTheFile()
{
    const PortfolioInfo info = m_doc->file()->info();
    PropertiesDialog dialog(m_editor);
    QCOMPARE(dialog.lineEdit(Field::NameEn)->text(), info.name);
    QCOMPARE(dialog.lineEdit(Field::Currency)->text(), info.currency);
    QCOMPARE(dialog.monthBox()->currentData().toInt(), info.fiscalYearStartMonth);
    QCOMPARE(dialog.languageBox()->currentData().toString(), info.defaultLanguage);
    QVERIFY(dialog.changes().isEmpty());
}

void TestPropertiesDialog::appliesWhatChanged()
{
    VigieTest::roundTrip(m_editor, m_path, [&] {
        PropertiesDialog dialog(m_editor);
        dialog.lineEdit(Field::NameFr)->setText(QStringLiteral("Portefeuille d'essai"));
        dialog.lineEdit(Field::CioName)->setText(QStringLiteral("  Dana Tremblay "));
        dialog.lineEdit(Field::CioTitleFr)->setText(QStringLiteral("Directrice générale de l'information"));
        dialog.lineEdit(Field::Classification)->setText(QStringLiteral("PROTECTED A / PROTÉGÉ A"));
        dialog.monthBox()->setCurrentIndex(0); // January
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
        if (dialog.changes().size() != 6) // the six edited, none of the others
            return false;
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Change Portfolio Properties"));
    const PortfolioInfo info = m_doc->file()->info();
    QCOMPARE(info.nameFr, QStringLiteral("Portefeuille d'essai"));
    QCOMPARE(info.cioName, QStringLiteral("Dana Tremblay")); // trimmed
    QCOMPARE(info.cioTitle.fr, QStringLiteral("Directrice générale de l'information"));
    QCOMPARE(info.classification, QStringLiteral("PROTECTED A / PROTÉGÉ A"));
    QCOMPARE(info.fiscalYearStartMonth, 1);
    QCOMPARE(info.defaultLanguage, QStringLiteral("fr"));
    // Opened again, the dialog shows the new values and has nothing to change.
    PropertiesDialog again(m_editor);
    QCOMPARE(again.lineEdit(Field::NameFr)->text(), QStringLiteral("Portefeuille d'essai"));
    QVERIFY(again.changes().isEmpty());
}

void TestPropertiesDialog::nothingChangedPushesNothing()
{
    const int commands = m_editor->undoStack()->count();
    PropertiesDialog dialog(m_editor);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_editor->undoStack()->count(), commands);
}

void TestPropertiesDialog::refusedValueKeepsTheDialogOpen()
{
    const QStringList before = VigieTest::dumpPortfolio(m_path);
    const int commands = m_editor->undoStack()->count();
    QSignalSpy errors(m_editor, &Editor::errorOccurred);
    PropertiesDialog dialog(m_editor);
    dialog.lineEdit(Field::Currency)->setText(QStringLiteral("C$"));
    dialog.lineEdit(Field::CioName)->setText(QStringLiteral("Someone"));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("three-letter")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(m_editor->undoStack()->count(), commands);
    QCOMPARE(VigieTest::dumpPortfolio(m_path), before); // nothing written, not even the valid name

    dialog.lineEdit(Field::NameEn)->clear();
    dialog.lineEdit(Field::Currency)->setText(QStringLiteral("cad"));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted); // a portfolio needs a name
    QCOMPARE(errors.size(), 2);
}

void TestPropertiesDialog::speaksFrench()
{
    PropertiesDialog dialog(m_editor);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Portfolio Properties"));
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // as the event loop would
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Propriétés du portefeuille"));
    QCOMPARE(dialog.monthBox()->itemText(3), QStringLiteral("avril"));
}

// Each field has its label beside it, naming it in the language in use and giving it its shortcut: the
// labels are made empty and filled by the translation, so a form row made without one shows a bare box.
void TestPropertiesDialog::everyFieldIsLabelled()
{
    PropertiesDialog dialog(m_editor);
    auto *form = dialog.findChild<QFormLayout *>();
    QVERIFY(form);
    QCOMPARE(form->rowCount(), 11);
    QStringList english;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
        QVERIFY2(label, qPrintable(QStringLiteral("row %1 has no label").arg(row)));
        QVERIFY(!label->text().isEmpty());
        QCOMPARE(label->buddy(), form->itemAt(row, QFormLayout::FieldRole)->widget());
        english.append(label->text());
    }
    QCOMPARE(english.first(), QStringLiteral("&Name in English:"));
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        QVERIFY(label->text() != english.at(row));
    }
    // The French form names each language too.
    QCOMPARE(qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget())->text(), QStringLiteral("&Nom en anglais\u00a0:"));
}

// The French name of the Quebec sample was cut after « 2015- » in a dialog that had room on the screen
// for all of it. It opens wide enough for the names it holds (this one is wider than the fields' least
// width, and fits the test screen's 800 px), and can still be made as narrow as before.
void TestPropertiesDialog::opensWithNamesWhole()
{
    const QString name = QStringLiteral("Québec — Stratégie gouvernementale en technologies de l'information 2015-2018");
    QVERIFY(m_editor->setPortfolioProperties({ { Field::NameFr, name } }));
    int narrowest = 0;
    for (const char *language : { "en", "fr" }) {
        QVERIFY(Language::apply(QString::fromLatin1(language)));
        PropertiesDialog dialog(m_editor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *edit = dialog.lineEdit(Field::NameFr);
        QCOMPARE(edit->text(), name);
        // Shown whole: going from its first letter to its end does not scroll the text (a line edit
        // scrolls its text as it paints).
        edit->setCursorPosition(0);
        edit->repaint();
        const int start = edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
        edit->setCursorPosition(int(name.size()));
        edit->repaint();
        const int end = edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
        const bool whole = end - start == edit->fontMetrics().horizontalAdvance(name);
        const QString seen = QStringLiteral("%1: %2 px of text in a %3 px field, %4 px shown, dialog %5 px")
                                 .arg(QString::fromLatin1(language))
                                 .arg(edit->fontMetrics().horizontalAdvance(name))
                                 .arg(edit->width())
                                 .arg(end - start)
                                 .arg(dialog.width());
        // In English the test screen has room for it; the French labels are longer, and there the dialog
        // is at least as wide as the screen lets it open.
        if (qstrcmp(language, "en") == 0)
            QVERIFY2(whole, qPrintable(seen));
        else
            QVERIFY2(whole || dialog.width() == dialog.screen()->availableGeometry().width() * 9 / 10, qPrintable(seen));
        narrowest = dialog.minimumSizeHint().width();
        QVERIFY2(narrowest < dialog.width(), "the dialog can no longer be made narrower than the names");
    }
}

// In a copy sent to one ministry the portfolio's own properties are read-only: the dialog let them be
// typed into and refused them at OK. It shows them read-only, says why, and only closes.
void TestPropertiesDialog::readOnlyInACopyLimitedToOneOrganization()
{
    const std::unique_ptr<Document> doc = VigieTest::openLimitedCopy(m_dir->path(), QStringLiteral("MTESS"));
    QVERIFY(doc);
    PropertiesDialog dialog(doc->editor());
    QVERIFY2(dialog.readOnlyReason().startsWith(QStringLiteral("This copy is limited to the organization MTESS: the portfolio's own "
                                                               "properties")),
             qPrintable(dialog.readOnlyReason()));
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    QVERIFY(note && note->isVisibleTo(&dialog));
    QCOMPARE(note->text(), dialog.readOnlyReason());
    QVERIFY(dialog.lineEdit(Field::NameEn)->isReadOnly());
    QVERIFY(dialog.lineEdit(Field::CioName)->isReadOnly());
    QVERIFY(!dialog.monthBox()->isEnabled() && !dialog.languageBox()->isEnabled());
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(buttons->standardButtons(), QDialogButtonBox::StandardButtons(QDialogButtonBox::Close));
    // In French after a language switch.
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // as the event loop would
    QVERIFY2(note->text().startsWith(QStringLiteral("Cette copie est limitée à l'organisme MTESS")), qPrintable(note->text()));
    // The whole portfolio's own file keeps its properties editable.
    PropertiesDialog own(m_editor);
    QVERIFY(own.readOnlyReason().isEmpty());
    QVERIFY(!own.findChild<QLabel *>(QStringLiteral("readOnlyNote"))->isVisibleTo(&own));
    QVERIFY(!own.lineEdit(Field::NameEn)->isReadOnly());
}

QTEST_MAIN(TestPropertiesDialog)
#include "tst_propertiesdialog.moc"
