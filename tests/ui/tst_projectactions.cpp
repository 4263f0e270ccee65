// The Projects page's structure commands: New Project (then its state and phase through Edit), Delete
// after saying what goes with it, New Organization and New Specialty — one undoable command each,
// checked redo → undo → redo against the file.
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "dialogs/itemdialog.h"
#include "document/document.h"
#include "models/filterproxy.h"
#include "models/modelroles.h"
#include "models/projectmodel.h"
#include "storage/repository.h"
#include "views/projectactions.h"
#include "models/rowfilter.h"
#include "views/strategyactions.h"
#include "views/tablepage.h"
#include "views/filterbar.h"
#include "storage/portfoliofile.h"
#include "model/limits.h"

#include "i18n/language.h"
#include "roundtrip.h"
#include "uifixture.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QAbstractItemView>
#include <QUndoStack>

using namespace Vigie;

class TestProjectActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void newProjectThenStateAndPhase();
    void newProjectIsAuthorized();
    void codeBoxHoldsTheCodeLimit();
    void negativeBudgetIsRefusedNotZeroed();
    void budgetBoxSaysDollars();
    void addedProjectIsShownAndCurrent();
    void deleteAsksFirst();
    void reportedProjectIsCancelledNotDeleted();
    void organizationAndSpecialty();
    void editAndDeleteListed();
    void listedWhenThereAreNoneSaysSo();
    void filteredOutProjectIsNoLongerSelected();

private:
    void roundTrip(const std::function<bool()> &edit) { VigieTest::roundTrip(m_doc->editor(), m_path, edit); }
    void fillWith(const FieldValues &values)
    {
        StrategyActions::setDialogFiller([values](ItemDialog &d) {
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                d.setValue(it.key(), it.value());
            return true;
        });
    }
    void selectProject(const QString &uuid);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<TablePage> m_page;
    ProjectActions *m_actions = nullptr;
    VigieTest::Fixture m_fx;
};

void TestProjectActions::init()
{
    Language::apply(QStringLiteral("en"));
    Dialogs::setTestMode(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("p.vigie"));
    m_doc = VigieTest::makeDocument(m_path, &m_fx);
    QVERIFY(m_doc);
    m_page = std::make_unique<TablePage>(QStringLiteral("projects"));
    m_page->setModel(m_doc->projectModel());
    m_actions = new ProjectActions(m_page.get());
    m_actions->setDocument(m_doc.get());
}

void TestProjectActions::cleanup()
{
    StrategyActions::setDialogFiller({});
    m_page.reset();
    m_doc.reset();
    Dialogs::takeMessages();
}

void TestProjectActions::selectProject(const QString &uuid)
{
    QAbstractItemModel *model = m_doc->projectModel();
    QTRY_VERIFY(model->rowCount() > 0); // the projects load on a worker
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        if (i.data(Roles::UuidRole).toString() == uuid) {
            m_page->view()->setCurrentIndex(m_page->proxy()->mapFromSource(i));
            return;
        }
    }
    QFAIL(qPrintable(uuid));
}

void TestProjectActions::newProjectThenStateAndPhase()
{
    const QString org = Repository::organizations(*m_doc->file()).constFirst().uuid;
    fillWith({ { Field::Code, QStringLiteral("NEW-01") }, { Field::NameEn, QStringLiteral("Network renewal") },
               { Field::Organization, org }, { Field::Phase, QStringLiteral("Planning") } });
    roundTrip([&] { m_actions->newProjectAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Add Project NEW-01"));
    const auto p = Repository::projectByCode(*m_doc->file(), QStringLiteral("NEW-01"));
    QVERIFY(p);
    QCOMPARE(p->state, ProjectState::Active);
    QCOMPARE(p->budget, 0.0); // not authorized yet: no budget given

    selectProject(p->uuid);
    QVERIFY(m_actions->editAction()->isEnabled());
    fillWith({ { Field::State, QStringLiteral("completed") }, { Field::Phase, QStringLiteral("Closure") } });
    roundTrip([&] { m_actions->editAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Edit Project NEW-01"));
    const auto edited = Repository::projectByCode(*m_doc->file(), QStringLiteral("NEW-01"));
    QCOMPARE(edited->state, ProjectState::Completed);
    QCOMPARE(edited->phase, QStringLiteral("Closure"));
}

// A project created with its budget and planned dates is authorized: they are its original baseline
// (sequence 0, as an import writes it) and its colours are computed from it once a forecast comes. Edit
// Project does not change them: only a decision re-authorizes a project.
void TestProjectActions::newProjectIsAuthorized()
{
    fillWith({ { Field::Code, QStringLiteral("NEW-02") }, { Field::NameEn, QStringLiteral("Digital front door") },
               { Field::Budget, 2500000.0 }, { Field::PlannedStart, QStringLiteral("2025-04-01") },
               { Field::PlannedEnd, QStringLiteral("2027-03-31") } });
    roundTrip([&] { m_actions->newProjectAction()->trigger(); return true; });
    const auto p = Repository::projectByCode(*m_doc->file(), QStringLiteral("NEW-02"));
    QVERIFY(p);
    QCOMPARE(p->budget, 2500000.0);
    QCOMPARE(p->originalBudget, 2500000.0);
    QCOMPARE(p->plannedEnd, QDate(2027, 3, 31));
    QCOMPARE(p->originalEnd, QDate(2027, 3, 31));
    const QList<Baseline> baselines = Repository::baselines(*m_doc->file(), p->id);
    QCOMPARE(baselines.size(), 1);
    QCOMPARE(baselines.constFirst().sequence, 0);
    QCOMPARE(baselines.constFirst().budget, 2500000.0);
    QCOMPARE(baselines.constFirst().plannedStart, QDate(2025, 4, 1));
    QCOMPARE(baselines.constFirst().approved, QDate::currentDate());

    // A forecast 20% over the budget computes yellow under Variance 10/30.
    QVERIFY(m_doc->editor()->editItem(Entity::Project, p->uuid, { { Field::ForecastCost, 3000000.0 } }));
    QCOMPARE(Repository::projectByCode(*m_doc->file(), QStringLiteral("NEW-02"))->computedCost, Health::Yellow);

    // Until it is reported or re-authorized, Edit Project corrects the authorization typed at creation
    // (the original baseline), and says so under the fields.
    selectProject(p->uuid);
    QString note;
    StrategyActions::setDialogFiller([&note](ItemDialog &d) {
        note = d.note();
        d.setValue(Field::Budget, 2600000.0);
        return true;
    });
    roundTrip([&] { m_actions->editAction()->trigger(); return true; });
    QVERIFY2(note.startsWith(QStringLiteral("The authorized budget and planned dates are the project's original baseline: they can "
                                            "be corrected")),
             qPrintable(note));
    auto corrected = Repository::projectByCode(*m_doc->file(), QStringLiteral("NEW-02"));
    QCOMPARE(corrected->budget, 2600000.0);
    QCOMPARE(corrected->originalBudget, 2600000.0);
    QCOMPARE(Repository::baselines(*m_doc->file(), p->id).size(), 1);

    // Once reported in a frozen period, the form leaves them out and says why; a typed change is refused.
    QVERIFY(m_doc->editor()->freezePeriod(QStringLiteral("Spring"), QDate(2025, 6, 30)));
    bool offered = true;
    StrategyActions::setDialogFiller([&](ItemDialog &d) {
        note = d.note();
        offered = d.values().contains(Field::Budget);
        return false;
    });
    m_actions->editAction()->trigger();
    QVERIFY(!offered);
    QVERIFY2(note.startsWith(QStringLiteral("Project NEW-02 was reported in a frozen reporting period")), qPrintable(note));
    QSignalSpy errors(m_doc->editor(), &Editor::errorOccurred);
    QVERIFY(!m_doc->editor()->editItem(Entity::Project, p->uuid, { { Field::Budget, 9.0 } }));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(Repository::projectByCode(*m_doc->file(), QStringLiteral("NEW-02"))->budget, 2600000.0);

    fillWith({ { Field::Code, QStringLiteral("NEW-03") }, { Field::PlannedStart, QStringLiteral("2027-04-01") },
               { Field::PlannedEnd, QStringLiteral("2026-03-31") } });
    m_actions->newProjectAction()->trigger();
    QVERIFY(!Repository::projectByCode(*m_doc->file(), QStringLiteral("NEW-03")));
    QCOMPARE(errors.size(), 2);
}

// The form's code box took any length and the edit refused past 60 characters, while an import took 200:
// the box now takes no more than the one limit (Limits::codeLength) the edit and every import hold codes to.
void TestProjectActions::codeBoxHoldsTheCodeLimit()
{
    const QString typed(Limits::codeLength + 20, QLatin1Char('C'));
    int maxLength = -1;
    StrategyActions::setDialogFiller([&](ItemDialog &d) {
        auto *code = d.findChild<QLineEdit *>(QStringLiteral("field%1").arg(int(Field::Code)));
        if (!code)
            return false;
        maxLength = code->maxLength();
        QTest::keyClicks(code, typed);
        return true;
    });
    roundTrip([&] { m_actions->newProjectAction()->trigger(); return true; });
    QCOMPARE(maxLength, 60);
    QVERIFY(Repository::projectByCode(*m_doc->file(), typed.left(60))); // what was typed past it is not taken
}

// A tester typed -5000 as a new project's budget: the box, starting at 0, showed "-000" and the project
// was added with a budget of 0 without a word. The box takes the sign; the edit refuses it, saying why.
void TestProjectActions::negativeBudgetIsRefusedNotZeroed()
{
    StrategyActions::setDialogFiller([&](ItemDialog &d) {
        auto *code = d.findChild<QLineEdit *>(QStringLiteral("field%1").arg(int(Field::Code)));
        auto *budget = d.findChild<QDoubleSpinBox *>(QStringLiteral("field%1").arg(int(Field::Budget)));
        if (!code || !budget)
            return false;
        QTest::keyClicks(code, QStringLiteral("NEG-1"));
        budget->selectAll();
        QTest::keyClicks(budget, QStringLiteral("-5000"));
        budget->interpretText(); // as leaving the box does
        return true;
    });
    QSignalSpy errors(m_doc->editor(), &Editor::errorOccurred);
    m_actions->newProjectAction()->trigger();
    QVERIFY(!Repository::projectByCode(*m_doc->file(), QStringLiteral("NEG-1")));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("is not an amount (a number of dollars, 0 or more)")),
             qPrintable(errors.at(0).at(0).toString()));
}

// A tester typed "25,5" into the authorized budget thinking in millions, as every screen around shows
// them ("41,70 M$"): the box showed a bare "25,50" and the project got $25.50. The box says its unit, as
// the language writes dollars: "$25.50", "25,50 $".
void TestProjectActions::budgetBoxSaysDollars()
{
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
        Language::apply(language);
        QString shown;
        StrategyActions::setDialogFiller([&](ItemDialog &d) {
            auto *budget = d.findChild<QDoubleSpinBox *>(QStringLiteral("field%1").arg(int(Field::Budget)));
            if (!budget)
                return false;
            budget->setValue(25.5);
            shown = budget->text();
            return false; // cancelled: nothing is added
        });
        m_actions->newProjectAction()->trigger();
        QCOMPARE(shown, language == QLatin1String("en") ? QStringLiteral("$25.50") : QStringLiteral("25,50\u00a0$"));
    }
    Language::apply(QStringLiteral("en"));
}

// A tester added a project under the filter "Declared greener than computed": the status bar said it was
// added, the table did not show it. The project just added is the current one, the filter cleared if it
// hid it.
void TestProjectActions::addedProjectIsShownAndCurrent()
{
    QTRY_VERIFY(m_doc->projectModel()->rowCount() > 0);
    RowFilter greener;
    greener.flag = int(RowFlag::DeclaredGreener);
    m_page->filterBar()->setFilter(greener);
    QTRY_COMPARE(m_page->proxy()->rowCount(), 0);
    fillWith({ { Field::Code, QStringLiteral("NEW-09") }, { Field::NameEn, QStringLiteral("Shown at once") } });
    m_actions->newProjectAction()->trigger();
    const auto added = Repository::projectByCode(*m_doc->file(), QStringLiteral("NEW-09"));
    QVERIFY(added);
    QVERIFY(m_page->filterBar()->filter().isEmpty());
    const QModelIndex current = m_page->proxy()->mapToSource(m_page->view()->currentIndex());
    QCOMPARE(current.siblingAtColumn(0).data(Roles::UuidRole).toString(), added->uuid);
}

void TestProjectActions::deleteAsksFirst()
{
    selectProject(m_fx.project1);
    Dialogs::setNextAnswer(QMessageBox::No);
    const int commands = m_doc->editor()->undoStack()->count();
    m_actions->deleteAction()->trigger();
    QVERIFY(Dialogs::takeMessages().join(QString()).contains(QStringLiteral("Delete Project SCT-01?")));
    QCOMPARE(m_doc->editor()->undoStack()->count(), commands);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    roundTrip([&] { m_actions->deleteAction()->trigger(); return true; });
    QVERIFY(!Repository::projectByCode(*m_doc->file(), QStringLiteral("SCT-01")));
}

// A project a frozen period reported is not deleted (the period's figures would change): the dialog
// says why and offers to mark it cancelled instead.
void TestProjectActions::reportedProjectIsCancelledNotDeleted()
{
    QVERIFY(m_doc->editor()->freezePeriod(QStringLiteral("September 2016"), QDate(2016, 9, 30)));
    selectProject(m_fx.project1);
    const int commands = m_doc->editor()->undoStack()->count();
    Dialogs::setNextAnswer(QMessageBox::No);
    m_actions->deleteAction()->trigger();
    QVERIFY2(Dialogs::takeMessages().join(QString()).contains(QStringLiteral("Cannot delete project SCT-01: it was reported in 1 frozen "
                                                                             "reporting period")),
             "the refusal is shown before anything is asked");
    QCOMPARE(m_doc->editor()->undoStack()->count(), commands);
    QCOMPARE(Repository::projectByCode(*m_doc->file(), QStringLiteral("SCT-01"))->state, ProjectState::Active);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    roundTrip([&] { m_actions->deleteAction()->trigger(); return true; });
    const auto p = Repository::projectByCode(*m_doc->file(), QStringLiteral("SCT-01"));
    QVERIFY(p);
    QCOMPARE(p->state, ProjectState::Cancelled);
}

void TestProjectActions::organizationAndSpecialty()
{
    fillWith({ { Field::Code, QStringLiteral("SSC") }, { Field::NameEn, QStringLiteral("Shared Services Canada") },
               { Field::NameFr, QStringLiteral("Services partagés Canada") }, { Field::Kind, QStringLiteral("agency") } });
    roundTrip([&] { m_actions->newOrganizationAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Add Organization SSC"));
    bool found = false;
    for (const Organization &o : Repository::organizations(*m_doc->file()))
        found = found || (o.code == QLatin1String("SSC") && o.kind == QLatin1String("agency"));
    QVERIFY(found);
    fillWith({ { Field::Code, QStringLiteral("CLOUD") }, { Field::NameEn, QStringLiteral("Cloud engineering") },
               { Field::CoreFunction, true } });
    roundTrip([&] { m_actions->newSpecialtyAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Add Specialty CLOUD"));
    // A duplicate code is refused with a reason, and nothing is pushed.
    QSignalSpy errors(m_doc->editor(), &Editor::errorOccurred);
    const int commands = m_doc->editor()->undoStack()->count();
    m_actions->newSpecialtyAction()->trigger();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_doc->editor()->undoStack()->count(), commands);
}

// Organizations and specialties are chosen in a list, then edited or deleted (asking first).
void TestProjectActions::editAndDeleteListed()
{
    const QList<Organization> orgs = Repository::organizations(*m_doc->file());
    const Organization ramq = orgs.at(1); // by code: MCE, RAMQ, SCT
    int step = 0;
    StrategyActions::setDialogFiller([&](ItemDialog &d) {
        if (step++ == 0) {
            d.setValue(Field::Organization, ramq.uuid); // the list
            return true;
        }
        d.setValue(Field::NameFr, QStringLiteral("Régie de l'assurance maladie du Québec"));
        d.setValue(Field::Kind, QStringLiteral("agency"));
        return true;
    });
    roundTrip([&] { m_actions->editOrganizationAction()->trigger(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Edit Organization RAMQ"));
    QCOMPARE(m_doc->file()->value(Entity::Organization, ramq.uuid, Field::NameFr).toString(),
             QStringLiteral("Régie de l'assurance maladie du Québec"));

    step = 0;
    StrategyActions::setDialogFiller([&](ItemDialog &d) {
        d.setValue(Field::Organization, ramq.uuid);
        return true;
    });
    Dialogs::setNextAnswer(QMessageBox::Yes);
    roundTrip([&] { m_actions->deleteOrganizationAction()->trigger(); return true; });
    const QString asked = Dialogs::takeMessages().join(QString());
    QVERIFY2(asked.contains(QStringLiteral("workforce record")), qPrintable(asked)); // what goes with it
    QCOMPARE(Repository::organizations(*m_doc->file()).size(), orgs.size() - 1);

    const Specialty first = Repository::specialties(*m_doc->file()).constFirst();
    step = 0;
    StrategyActions::setDialogFiller([&](ItemDialog &d) {
        if (step++ == 0)
            d.setValue(Field::Specialty, first.uuid);
        else
            d.setValue(Field::NameEn, QStringLiteral("Renamed specialty"));
        return true;
    });
    roundTrip([&] { m_actions->editSpecialtyAction()->trigger(); return true; });
    QCOMPARE(Repository::specialties(*m_doc->file()).constFirst().name.en, QStringLiteral("Renamed specialty"));
}

void TestProjectActions::listedWhenThereAreNoneSaysSo()
{
    // On a new portfolio, Edit → Edit an Organization… did nothing at all.
    const QString path = m_dir->filePath(QStringLiteral("empty.vigie"));
    FileError error;
    QVERIFY(PortfolioFile::create(path, QStringLiteral("Empty"), &error));
    auto doc = Document::open(path, &error);
    QVERIFY(doc);
    TablePage page(QStringLiteral("projects"));
    page.setModel(doc->projectModel());
    auto *actions = new ProjectActions(&page);
    actions->setDocument(doc.get());
    Dialogs::takeMessages();
    actions->editOrganizationAction()->trigger();
    actions->deleteSpecialtyAction()->trigger();
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.at(0).contains(QStringLiteral("This portfolio has no organization yet")), qPrintable(messages.at(0)));
    QVERIFY2(messages.at(1).contains(QStringLiteral("This portfolio has no specialty yet")), qPrintable(messages.at(1)));
}

void TestProjectActions::filteredOutProjectIsNoLongerSelected()
{
    // A filter that hid the selected project left Edit and Delete on for a project nobody could see.
    selectProject(m_fx.project1);
    QVERIFY(m_actions->editAction()->isEnabled());
    QTest::keyClicks(m_page->filterBar()->searchBox(), QStringLiteral("no project is called this"));
    QTRY_COMPARE(m_page->proxy()->rowCount(), 0);
    QTRY_VERIFY(!m_actions->editAction()->isEnabled());
    QVERIFY(!m_actions->deleteAction()->isEnabled());
}

QTEST_MAIN(TestProjectActions)
#include "tst_projectactions.moc"
