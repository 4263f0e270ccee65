// The Strategy page's structure commands: Add Plan, Add Key Area, Add Measure, Edit and Delete from the
// tree, each one undoable command (redo → undo → redo against the file); Delete asks first and says
// what goes with it; a cancelled dialog or a "No" changes nothing; a read-only file offers none of them.
#include "analysis/strategychecks.h"
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "dialogs/itemdialog.h"
#include "document/document.h"
#include "models/filterproxy.h"
#include "models/modelroles.h"
#include "models/strategymodel.h"
#include "storage/repository.h"
#include "views/measureprojects.h"
#include "views/overviewpage.h"
#include "views/strategyactions.h"
#include "views/tablepage.h"

#include "i18n/language.h"
#include "roundtrip.h"
#include "uifixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QAbstractItemView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Vigie;

class TestStrategyActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addPlanAreaMeasure();
    void addedItemBecomesCurrent();
    void refusedValueBringsTheDialogBack();
    void editMeasure();
    void moveMeasureToAnotherArea();
    void deleteAsksFirst();
    void cancelledDialogChangesNothing();
    void overviewCountsFlags();
    void completedShowsItsPercent();
    void measureShowsAndLinksProjects();
    void measureLinksAProjectTypedInAnyCase();
    void measureOffersTheCodesTyped();
    void linkingKeepsTheMeasureCurrent();

private:
    void roundTrip(const std::function<bool()> &edit) { VigieTest::roundTrip(m_doc->editor(), m_path, edit); }
    // Selects the row of the tree whose item has this UUID.
    void selectUuid(const QString &uuid);
    void fillWith(const FieldValues &values)
    {
        StrategyActions::setDialogFiller([values](ItemDialog &d) {
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                d.setValue(it.key(), it.value());
            return true;
        });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<TablePage> m_page;
    StrategyActions *m_actions = nullptr;
    VigieTest::Fixture m_fx;
};

void TestStrategyActions::init()
{
    Language::apply(QStringLiteral("en"));
    Dialogs::setTestMode(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("s.vigie"));
    m_doc = VigieTest::makeDocument(m_path, &m_fx);
    QVERIFY(m_doc);
    m_page = std::make_unique<TablePage>(QStringLiteral("strategy"), nullptr, TablePage::Shape::Tree);
    m_page->setModel(m_doc->strategyModel());
    m_actions = new StrategyActions(m_page.get());
    m_actions->setDocument(m_doc.get());
}

void TestStrategyActions::cleanup()
{
    StrategyActions::setDialogFiller({});
    m_page.reset();
    m_doc.reset();
    Dialogs::takeMessages();
}

void TestStrategyActions::selectUuid(const QString &uuid)
{
    StrategyModel *model = m_doc->strategyModel();
    const std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(Roles::UuidRole).toString() == uuid)
                return i;
            if (const QModelIndex found = find(i); found.isValid())
                return found;
        }
        return {};
    };
    const QModelIndex source = find({});
    QVERIFY2(source.isValid(), qPrintable(uuid));
    m_page->view()->setCurrentIndex(m_page->proxy()->mapFromSource(source));
}

void TestStrategyActions::addPlanAreaMeasure()
{
    QVERIFY(m_actions->addPlanAction()->isEnabled());
    fillWith({ { Field::Code, QStringLiteral("GC-2016") }, { Field::TitleEn, QStringLiteral("IT Strategic Plan") },
               { Field::StartDate, QStringLiteral("2016-04-01") }, { Field::EndDate, QStringLiteral("2020-03-31") } });
    roundTrip([&] { m_actions->addPlanAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Add Plan GC-2016"));
    QString plan;
    for (const Plan &p : Repository::plans(*m_doc->file()))
        if (p.code == QLatin1String("GC-2016"))
            plan = p.uuid;
    QVERIFY(!plan.isEmpty());

    selectUuid(plan);
    QVERIFY(m_actions->addAreaAction()->isEnabled());
    QVERIFY(!m_actions->addMeasureAction()->isEnabled()); // a measure goes in a key area
    fillWith({ { Field::TitleEn, QStringLiteral("Service IT") }, { Field::TitleFr, QStringLiteral("Services de TI") } });
    roundTrip([&] { m_actions->addAreaAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Add Key Area 1")); // the plan's next number
    const QString area = Repository::keyAreas(*m_doc->file()).constLast().uuid;

    selectUuid(area);
    QVERIFY(m_actions->addMeasureAction()->isEnabled());
    const QString org = Repository::organizations(*m_doc->file()).constFirst().uuid;
    fillWith({ { Field::TitleEn, QStringLiteral("Modernize the network") }, { Field::Owner, org },
               { Field::DueDate, QStringLiteral("2018-03-31") }, { Field::Status, QStringLiteral("under_way") },
               { Field::PercentComplete, 25 }, { Field::Comment, QStringLiteral("Tender out") },
               { Field::CommentFr, QStringLiteral("Appel d'offres lancé") } });
    roundTrip([&] { m_actions->addMeasureAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Add Measure 1"));
    const Measure m = Repository::measures(*m_doc->file()).constLast();
    QCOMPARE(m.title.en, QStringLiteral("Modernize the network"));
    QCOMPARE(m.due, QDate(2018, 3, 31));
    QCOMPARE(m.status, MeasureStatus::UnderWay);
    QCOMPARE(m.percentComplete, 25.0);
    QCOMPARE(m.comment, QStringLiteral("Tender out"));
    QCOMPARE(m.commentFr, QStringLiteral("Appel d'offres lancé"));
    QCOMPARE(m_doc->file()->rowUuid(Entity::Organization, m.ownerId), org);
}

// A plan is built top-down: the item just added is the current one, so Add Key Area… and Add Measure…
// are ready for it without choosing the row first.
void TestStrategyActions::addedItemBecomesCurrent()
{
    const auto current = [this] { return m_page->view()->currentIndex().data(Roles::UuidRole).toString(); };
    fillWith({ { Field::Code, QStringLiteral("ON-2025") }, { Field::TitleEn, QStringLiteral("Digital and Data") } });
    m_actions->addPlanAction()->trigger();
    const QString plan = Repository::plans(*m_doc->file()).constLast().uuid;
    QCOMPARE(Repository::plans(*m_doc->file()).constLast().code, QStringLiteral("ON-2025"));
    QCOMPARE(current(), plan);
    QVERIFY(m_actions->addAreaAction()->isEnabled());

    fillWith({ { Field::TitleEn, QStringLiteral("Digital services") } });
    m_actions->addAreaAction()->trigger();
    const KeyArea area = Repository::keyAreas(*m_doc->file()).constLast();
    QCOMPARE(m_doc->file()->rowUuid(Entity::Plan, area.planId), plan);
    QCOMPARE(current(), area.uuid);
    QVERIFY(m_actions->addMeasureAction()->isEnabled());

    fillWith({ { Field::TitleEn, QStringLiteral("One front door") } });
    m_actions->addMeasureAction()->trigger();
    const Measure measure = Repository::measures(*m_doc->file()).constLast();
    QCOMPARE(measure.title.en, QStringLiteral("One front door"));
    QCOMPARE(current(), measure.uuid);
}

// A value the edit refuses (a plan without a code) is reported, and the dialog comes back with what the
// user typed; the plan is added once the code is given. Driven through the real modal dialog.
void TestStrategyActions::refusedValueBringsTheDialogBack()
{
    QSignalSpy errors(m_doc->editor(), &Editor::errorOccurred);
    int shown = 0;
    int waits = 0;
    QString typedAgain;
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<ItemDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++waits < 200)
                QTimer::singleShot(10, answer);
            return;
        }
        ++shown;
        if (shown == 1) {
            dialog->setValue(Field::TitleEn, QStringLiteral("Digital and Data")); // no code
            QTimer::singleShot(0, answer);
        } else {
            typedAgain = dialog->values().value(Field::TitleEn).toString();
            dialog->setValue(Field::Code, QStringLiteral("ON-2025"));
        }
        dialog->accept();
    };
    QTimer::singleShot(0, answer);
    const int plansBefore = int(Repository::plans(*m_doc->file()).size());
    m_actions->addPlanAction()->trigger();
    QCOMPARE(shown, 2);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(typedAgain, QStringLiteral("Digital and Data"));
    const QList<Plan> plans = Repository::plans(*m_doc->file());
    QCOMPARE(plans.size(), plansBefore + 1);
    QCOMPARE(plans.constLast().code, QStringLiteral("ON-2025"));
    QCOMPARE(plans.constLast().title.en, QStringLiteral("Digital and Data"));
}

void TestStrategyActions::editMeasure()
{
    selectUuid(m_fx.measure9);
    QVERIFY(m_actions->editAction()->isEnabled());
    // The dialog opens on the stored values; only what changes is applied.
    StrategyActions::setDialogFiller([](ItemDialog &d) {
        if (!d.changes().isEmpty())
            return false;
        d.setValue(Field::Number, 99);
        d.setValue(Field::Comment, QStringLiteral("Renumbered"));
        return d.changes().size() == 2;
    });
    roundTrip([&] { m_actions->editAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Edit Measure 9"));
    const auto m = Repository::measure(*m_doc->file(), m_fx.measure9);
    QVERIFY(m);
    QCOMPARE(m->number, 99);
    QCOMPARE(m->comment, QStringLiteral("Renumbered"));
}

void TestStrategyActions::moveMeasureToAnotherArea()
{
    const auto before = Repository::measure(*m_doc->file(), m_fx.measure9);
    QVERIFY(before);
    QString other;
    for (const KeyArea &a : Repository::keyAreas(*m_doc->file()))
        if (a.id != before->keyAreaId && other.isEmpty())
            other = a.uuid;
    selectUuid(m_fx.measure9);
    StrategyActions::setDialogFiller([other](ItemDialog &d) {
        d.setValue(Field::KeyArea, other);
        return d.changes().size() == 1; // only the key area changes
    });
    roundTrip([&] { m_actions->editAction()->trigger(); return true; });
    const auto after = Repository::measure(*m_doc->file(), m_fx.measure9);
    QCOMPARE(m_doc->file()->rowUuid(Entity::KeyArea, after->keyAreaId), other);
    QCOMPARE(after->number, before->number); // free in the same plan: kept
}

void TestStrategyActions::deleteAsksFirst()
{
    const QString plan = Repository::plans(*m_doc->file()).constFirst().uuid;
    const QString name = m_doc->editor()->itemName(Entity::Plan, plan); // "Plan QC-2015"
    selectUuid(plan);
    const int commands = m_doc->editor()->undoStack()->count();
    Dialogs::setNextAnswer(QMessageBox::No);
    m_actions->deleteAction()->trigger();
    const QStringList asked = Dialogs::takeMessages();
    QVERIFY2(!asked.isEmpty() && asked.constLast().contains(QStringLiteral("key areas")), qPrintable(asked.join(QLatin1Char('\n'))));
    QCOMPARE(m_doc->editor()->undoStack()->count(), commands); // "No": nothing deleted
    QVERIFY(!Repository::measures(*m_doc->file()).isEmpty());

    Dialogs::setNextAnswer(QMessageBox::Yes);
    roundTrip([&] { m_actions->deleteAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Delete %1").arg(name));
    QVERIFY(Repository::measures(*m_doc->file()).isEmpty());
}

void TestStrategyActions::cancelledDialogChangesNothing()
{
    const QStringList before = VigieTest::dumpPortfolio(m_path);
    StrategyActions::setDialogFiller([](ItemDialog &d) {
        d.setValue(Field::Code, QStringLiteral("X"));
        return false; // Cancel
    });
    m_actions->addPlanAction()->trigger();
    QCOMPARE(VigieTest::dumpPortfolio(m_path), before);
}

// The Overview counts the flagged measures and the link gaps, and follows a structural edit.
void TestStrategyActions::overviewCountsFlags()
{
    OverviewPage page;
    page.show(); // a hidden overview waits until it is shown
    page.setDocument(m_doc.get());
    QTRY_VERIFY(!page.isComputing());
    QTRY_VERIFY(page.cardText(QStringLiteral("strategy")).contains(QStringLiteral("Measures flagged as of")));
    const auto inconsistent = [&] {
        StrategyChecks checks;
        QString error;
        return MeasureChecks::compute(*m_doc->file(), QDate::currentDate(), &checks, &error) ? checks.inconsistent : -1;
    };
    const int before = inconsistent();
    QVERIFY(before >= 0);
    QVERIFY(page.cardText(QStringLiteral("strategy")).contains(QStringLiteral("%1 with status and percent in disagreement").arg(before)));
    // "Not started" above 0% is flagged; the Overview follows the edit.
    QVERIFY(m_doc->editor()->editItem(Entity::Measure, m_fx.measure9,
                                      { { Field::Status, QStringLiteral("not_started") }, { Field::PercentComplete, 30 } }));
    QCOMPARE(inconsistent(), before + 1);
    QTRY_VERIFY2(page.cardText(QStringLiteral("strategy"))
                     .contains(QStringLiteral("%1 with status and percent in disagreement").arg(before + 1)),
                 qPrintable(page.cardText(QStringLiteral("strategy"))));
    // The title is the portfolio's name in the interface's language.
    QVERIFY(m_doc->editor()->setPortfolioProperties({ { Field::NameFr, QStringLiteral("Portefeuille d'essai") } }));
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const auto titled = [&](const QString &text) {
        for (const QLabel *label : page.findChildren<QLabel *>())
            if (label->text() == text)
                return true;
        return false;
    };
    QTRY_VERIFY(titled(QStringLiteral("Portefeuille d'essai")));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QTRY_VERIFY(!titled(QStringLiteral("Portefeuille d'essai")));
    page.setDocument(nullptr);
}

// A measure's detail lists the projects serving it with their colour; Link (by project code) and Unlink
// are one undoable command each.
void TestStrategyActions::measureShowsAndLinksProjects()
{
    MeasureProjects w;
    w.setDocument(m_doc.get());
    w.showMeasure(m_fx.measure9);
    const int before = w.list()->topLevelItemCount();
    w.codeEdit()->setText(QStringLiteral("NOPE"));
    w.linkButton()->click();
    QVERIFY(Dialogs::takeMessages().join(QString()).contains(QStringLiteral("no project with the code \"NOPE\"")));
    w.codeEdit()->setText(QStringLiteral("SCT-01"));
    roundTrip([&] { w.linkButton()->click(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Link Project SCT-01 to Measure 9"));
    QCOMPARE(w.list()->topLevelItemCount(), before + 1);
    const QList<QTreeWidgetItem *> found = w.list()->findItems(QStringLiteral("SCT-01"), Qt::MatchExactly, 0);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->text(2), QStringLiteral("Green")); // the fixture's SCT-01 is green
    w.list()->setCurrentItem(found.first());
    QVERIFY(w.unlinkButton()->isEnabled());
    roundTrip([&] { w.unlinkButton()->click(); return true; });
    QCOMPARE(w.list()->topLevelItemCount(), before);
}

// "sct-01" said there was no such project, though codes are unique ignoring case: the code as typed,
// else the one project whose code is the same ignoring case, is linked; several such are named.
void TestStrategyActions::measureLinksAProjectTypedInAnyCase()
{
    MeasureProjects w;
    w.setDocument(m_doc.get());
    w.showMeasure(m_fx.measure9);
    w.codeEdit()->setText(QStringLiteral("sct-01"));
    roundTrip([&] { w.linkButton()->click(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Link Project SCT-01 to Measure 9"));
    QCOMPARE(w.list()->findItems(QStringLiteral("SCT-01"), Qt::MatchExactly, 0).size(), 1);
    QVERIFY(Dialogs::takeMessages().isEmpty());
    // Two projects whose codes differ only in case (a file from before codes were unique so): neither.
    QString error;
    QVERIFY2(!VigieTest::insertRow(*m_doc->file(), Entity::Project, { { QStringLiteral("code"), QStringLiteral("Sct-01") } }, &error)
                  .isEmpty(),
             qPrintable(error));
    const int commands = m_doc->editor()->undoStack()->count();
    w.codeEdit()->setText(QStringLiteral("sct-01"));
    w.linkButton()->click();
    const QString said = Dialogs::takeMessages().join(QString());
    QVERIFY2(said.contains(QStringLiteral("The code \"sct-01\" is that of projects SCT-01, Sct-01, whose codes differ only in case")),
             qPrintable(said));
    QCOMPARE(m_doc->editor()->undoStack()->count(), commands);
}

// Typing a code offers the projects whose code starts so, named, whatever the case typed; the one
// chosen goes into the field and Enter links it.
void TestStrategyActions::measureOffersTheCodesTyped()
{
    MeasureProjects w;
    w.setDocument(m_doc.get());
    w.showMeasure(m_fx.measure9);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.codeEdit()->setFocus(); // as the user's typing gives it: the field takes the completer's choice only then
    QTRY_VERIFY(w.codeEdit()->hasFocus());
    const auto offered = [&] {
        QStringList shown;
        const QAbstractItemModel *m = w.codeCompleter()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            shown << m->index(row, 0).data().toString();
        return shown;
    };
    QTest::keyClicks(w.codeEdit(), QStringLiteral("sct"));
    QCOMPARE(offered(), QStringList({ QStringLiteral("SCT-01 — Project 1 modernization"), QStringLiteral("SCT-04 — Project 4 modernization"),
                                      QStringLiteral("SCT-07 — Project 7 modernization"), QStringLiteral("SCT-10 — Project 10 modernization") }));
    QTRY_VERIFY(w.codeCompleter()->popup()->isVisible());
    QTest::keyClicks(w.codeEdit(), QStringLiteral("-1"));
    QCOMPARE(offered(), QStringList({ QStringLiteral("SCT-10 — Project 10 modernization") }));
    QTest::keyClick(w.codeEdit(), Qt::Key_Backspace);
    QTest::keyClick(w.codeEdit(), Qt::Key_Backspace);
    QCOMPARE(offered().size(), 4);
    // Down chooses the first (the code alone fills the field) and Return links it.
    QAbstractItemView *popup = w.codeCompleter()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(w.codeEdit()->text(), QStringLiteral("SCT-01"));
    roundTrip([&] { QTest::keyClick(popup, Qt::Key_Return); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Link Project SCT-01 to Measure 9"));
    QTRY_VERIFY(!popup->isVisible());
    w.codeEdit()->clear();
    // Nothing starts so: nothing offered.
    QTest::keyClicks(w.codeEdit(), QStringLiteral("XYZ"));
    QVERIFY(offered().isEmpty());
    QVERIFY(!w.codeCompleter()->popup()->isVisible());
    // In a language with names in French, the French name.
    QVERIFY(Language::apply(QStringLiteral("fr")));
    w.codeEdit()->clear();
    QTest::keyClicks(w.codeEdit(), QStringLiteral("MCE-0"));
    QCOMPARE(offered(), QStringList({ QStringLiteral("MCE-02 — Modernisation du projet 2"), QStringLiteral("MCE-05 — Modernisation du projet 5"),
                                      QStringLiteral("MCE-08 — Modernisation du projet 8") }));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestStrategyActions::completedShowsItsPercent()
{
    // Status "Completed" with 40 % typed was stored as 100 % without a word: the box now shows 100 and
    // is locked while the status says completed, and gives the typing back when it no longer does.
    ItemDialog dialog(QStringLiteral("Add Measure"),
                      { { Field::Status, ItemField::Status }, { Field::PercentComplete, ItemField::Percent } }, {}, {});
    auto *status = dialog.findChild<QComboBox *>(QStringLiteral("field%1").arg(int(Field::Status)));
    auto *percent = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("field%1").arg(int(Field::PercentComplete)));
    QVERIFY(status && percent);
    percent->setValue(40);
    status->setCurrentIndex(status->findData(MeasureStatusText::key(MeasureStatus::Completed)));
    QCOMPARE(percent->value(), 100.0);
    QVERIFY(!percent->isEnabled());
    status->setCurrentIndex(status->findData(MeasureStatusText::key(MeasureStatus::UnderWay)));
    QVERIFY(percent->isEnabled());
}

// Linking a project to the measure shown reads the tree again (its project counts): the measure stays
// the current row, through undo and redo too, instead of the selection (and its detail) going away.
void TestStrategyActions::linkingKeepsTheMeasureCurrent()
{
    QTRY_VERIFY(!m_doc->strategyModel()->isLoading());
    selectUuid(m_fx.measure9);
    const auto current = [&] {
        return m_page->proxy()->mapToSource(m_page->view()->currentIndex()).siblingAtColumn(0).data(Roles::UuidRole).toString();
    };
    QCOMPARE(current(), m_fx.measure9);
    QSignalSpy resets(m_doc->strategyModel(), &QAbstractItemModel::modelReset);
    QVERIFY(m_doc->editor()->linkProjectToMeasure(m_fx.project1, m_fx.measure9));
    QTRY_VERIFY(resets.size() >= 1); // the tree was read again
    QTRY_COMPARE(current(), m_fx.measure9);
    m_doc->editor()->undoStack()->undo();
    QTRY_VERIFY(resets.size() >= 2);
    QTRY_COMPARE(current(), m_fx.measure9);
    m_doc->editor()->undoStack()->redo();
    QTRY_VERIFY(resets.size() >= 3);
    QTRY_COMPARE(current(), m_fx.measure9);
}

QTEST_MAIN(TestStrategyActions)
#include "tst_strategyactions.moc"
