// Portfolio → Health Rule…: the dialog shows the rule in force, previews what another rule would
// recolour with the core's RulePreviewer, refuses custom thresholds that overlap, and applies a rule as
// one undoable edit that recolours the projects (redo → undo → redo checked against the file). The
// Portfolio menu opens it on the open document.
#include "analysis/rulepreview.h"
#include "commands/editor.h"
#include "dialogs/healthruledialog.h"
#include "document/document.h"
#include "storage/repository.h"
#include "views/portfolioactions.h"

#include "i18n/language.h"
#include "roundtrip.h"
#include "uifixture.h"
#include "windowsettle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestHealthRuleDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheRuleInForce();
    void opensWhole();
    void previewCountsWhatChanges();
    void overlappingThresholdsAreRefused();
    void appliesAsOneUndoableEdit();
    void portfolioMenuOpensIt();
    void speaksFrench();
    void readOnlyInACopyLimitedToOneOrganization();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    Editor *m_editor = nullptr;
    VigieTest::Fixture m_fx;
};

void TestHealthRuleDialog::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("r.vigie"));
    m_doc = VigieTest::makeDocument(m_path, &m_fx);
    QVERIFY(m_doc);
    m_editor = m_doc->editor();
}

void TestHealthRuleDialog::cleanup()
{
    PortfolioActions::setDialogHook({});
    m_doc.reset();
    Language::apply(QStringLiteral("en"));
}

void TestHealthRuleDialog::showsTheRuleInForce()
{
    HealthRuleDialog dialog(m_editor);
    QVERIFY(dialog.variancePreset()->isChecked());
    QCOMPARE(dialog.greenMaxBox()->value(), 10.0);
    QCOMPARE(dialog.redMinBox()->value(), 30.0);
    QVERIFY(!dialog.greenMaxBox()->parentWidget()->isEnabled()); // the preset's thresholds are fixed
    QVERIFY(dialog.rule() == HealthRule::variance1030());
    QCOMPARE(dialog.previewText(), QStringLiteral("This is the rule in force: nothing changes."));
}

// At the size it asks for, the dialog shows everything without a scroll bar: it asked for QScrollArea's
// 24 lines at most, and opened scrolling on a 1280x800 screen with room for it all.
void TestHealthRuleDialog::opensWhole()
{
    for (const char *language : { "en", "fr" }) {
        QVERIFY(Language::apply(QString::fromLatin1(language)));
        HealthRuleDialog dialog(m_editor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.resize(dialog.sizeHint());
        VigieTest::settleLayouts(1);
        auto *scroll = dialog.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY2(scroll->verticalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("%1: %2 px of %3 scroll at %4x%5").arg(QString::fromLatin1(language))
                                .arg(scroll->verticalScrollBar()->maximum()).arg(scroll->widget()->height())
                                .arg(dialog.width()).arg(dialog.height())));
        QVERIFY(dialog.previewLabel()->isVisible());
        QVERIFY(!dialog.previewLabel()->visibleRegion().isEmpty());
    }
}

void TestHealthRuleDialog::previewCountsWhatChanges()
{
    HealthRuleDialog dialog(m_editor);
    dialog.customPreset()->setChecked(true);
    dialog.greenMaxBox()->setValue(1.0);
    dialog.redMinBox()->setValue(5.0);
    QVERIFY(dialog.greenMaxBox()->parentWidget()->isEnabled());
    // The fixture's overruns: 0, 2, 5, 20, 50, 0, 1, 3, 25, 0, 4, 60 %. Under 10/30, 0–5 % is green,
    // 20 and 25 yellow, 50 and 60 red; under 1/5, 2, 3 and 4 % turn yellow, 5, 20 and 25 % red: six
    // change, leaving 0, 0, 0 and 1 % green (schedules are all on time).
    RulePreview expected;
    QString error;
    QVERIFY2(RulePreviewer::compute(*m_doc->file(), HealthRule::custom(1, 5), &expected, &error), qPrintable(error));
    QCOMPARE(expected.activeComputedChanged, 6);
    const QString text = dialog.previewText();
    QVERIFY2(text.contains(RulePreviewer::describe(expected)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("4 green, 3 yellow, 5 red, 0 unrated")), qPrintable(text));
    // The label follows once the form is still.
    QTRY_COMPARE(dialog.previewLabel()->text(), text);
    QVERIFY(m_editor->undoStack()->count() == 0); // previewing writes nothing
}

void TestHealthRuleDialog::overlappingThresholdsAreRefused()
{
    HealthRuleDialog dialog(m_editor);
    dialog.customPreset()->setChecked(true);
    // "40" typed over the green threshold: 4/30 is valid for an instant, and its preview is pending when
    // 40/30 is refused; it must not fill in under the refusal (it said what 4/30 would change).
    dialog.greenMaxBox()->setValue(4.0);
    dialog.greenMaxBox()->setValue(40.0);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("rulePreview"));
    QVERIFY(preview);
    QTest::qWait(400);
    QVERIFY2(preview->text().isEmpty(), qPrintable(preview->text()));
    dialog.greenMaxBox()->setValue(30.0);
    dialog.redMinBox()->setValue(20.0);
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.redMinBox()->setValue(40.0);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestHealthRuleDialog::appliesAsOneUndoableEdit()
{
    const QString code = QStringLiteral("MCE-02"); // +2 %: green under 10/30, yellow under 1/5
    QCOMPARE(Repository::projectByCode(*m_doc->file(), code)->computedCost, Health::Green);
    VigieTest::roundTrip(m_editor, m_path, [&] {
        HealthRuleDialog dialog(m_editor);
        dialog.customPreset()->setChecked(true);
        dialog.greenMaxBox()->setValue(1.0);
        dialog.redMinBox()->setValue(5.0);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(m_doc->file()->healthRule() == HealthRule::custom(1, 5));
    QCOMPARE(Repository::projectByCode(*m_doc->file(), code)->computedCost, Health::Yellow);
    m_editor->undoStack()->undo();
    QVERIFY(m_doc->file()->healthRule() == HealthRule::variance1030());
    QCOMPARE(Repository::projectByCode(*m_doc->file(), code)->computedCost, Health::Green);
    // Choosing the rule in force changes nothing and leaves nothing to undo.
    const int index = m_editor->undoStack()->index();
    HealthRuleDialog same(m_editor);
    same.accept();
    QCOMPARE(m_editor->undoStack()->index(), index);
}

void TestHealthRuleDialog::portfolioMenuOpensIt()
{
    QWidget window;
    QMenuBar bar(&window);
    PortfolioActions actions(&window);
    actions.addMenu(&bar, nullptr);
    QVERIFY(!actions.healthRuleAction()->isEnabled()); // no document
    actions.setDocument(m_doc.get());
    QVERIFY(actions.healthRuleAction()->isEnabled());
    QCOMPARE(actions.menu()->title(), QStringLiteral("&Portfolio"));
    bool shown = false;
    PortfolioActions::setDialogHook([&](HealthRuleDialog &dialog) {
        shown = true;
        dialog.threeCodePreset()->setChecked(true);
        dialog.accept();
        return true;
    });
    actions.healthRuleAction()->trigger();
    QVERIFY(shown);
    QCOMPARE(m_doc->file()->healthRule().kind(), HealthRule::Kind::ThreeCode);
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestHealthRuleDialog::speaksFrench()
{
    HealthRuleDialog dialog(m_editor);
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // as the event loop would
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Règle d'état de santé"));
    QVERIFY(dialog.customPreset()->text().contains(QStringLiteral("personnalisés")));
}

// In a copy sent to one ministry the rule is the whole portfolio's: the dialog offered OK and the edit
// was refused. It says why and only closes; the preview still answers "what if".
void TestHealthRuleDialog::readOnlyInACopyLimitedToOneOrganization()
{
    const std::unique_ptr<Document> doc = VigieTest::openLimitedCopy(m_dir->path(), QStringLiteral("MTESS"));
    QVERIFY(doc);
    const QString before = doc->file()->info().healthRule;
    HealthRuleDialog dialog(doc->editor());
    QVERIFY2(dialog.readOnlyReason().startsWith(QStringLiteral("This copy is limited to the organization MTESS")),
             qPrintable(dialog.readOnlyReason()));
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(buttons->standardButtons(), QDialogButtonBox::StandardButtons(QDialogButtonBox::Close));
    // Said in the note the detail panels show over a read-only item.
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    QVERIFY(note && note->isVisibleTo(&dialog));
    QCOMPARE(note->text(), dialog.readOnlyReason());
    // Another rule still previews; choosing it (the custom thresholds) and the form's accept write nothing.
    dialog.customPreset()->setChecked(true);
    dialog.greenMaxBox()->setValue(5.0);
    QVERIFY2(dialog.previewText().contains(QStringLiteral("Active projects' computed overall colour")), qPrintable(dialog.previewText()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(doc->editor()->undoStack()->count(), 0);
    QCOMPARE(doc->file()->info().healthRule, before);
}

QTEST_MAIN(TestHealthRuleDialog)
#include "tst_healthruledialog.moc"
