// Envelopes and workforce records made in the window (a portfolio built from nothing needs no CSV file):
// New Envelope… and New Workforce Record… from the Edit menu of their page, Delete after asking, each one
// undoable command checked redo → undo → redo against the file, and a refused value said without
// anything written.
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "dialogs/itemdialog.h"
#include "document/document.h"
#include "models/envelopemodel.h"
#include "models/modelroles.h"
#include "models/workforcemodel.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "views/mainwindow.h"
#include "views/recordactions.h"
#include "views/strategyactions.h"
#include "views/filterbar.h"
#include "views/tablepage.h"
#include "views/workforcepage.h"

#include "i18n/language.h"
#include "roundtrip.h"
#include "uifixture.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestRecordActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editMenuOffersThemOnTheirPage();
    void organizationAddedFromTheStrategyPage();
    void newEnvelope();
    void newEnvelopeTakesTheFilteredOrganization();
    void duplicateEnvelopeIsSaidNotWritten();
    void deleteEnvelopesAsksFirst();
    void newWorkforceRecordShowsItsSurvey();

private:
    void roundTrip(const std::function<bool()> &edit) { VigieTest::roundTrip(m_window->document()->editor(), m_path, edit); }
    static void fillWith(const FieldValues &values)
    {
        StrategyActions::setDialogFiller([values](ItemDialog &d) {
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                d.setValue(it.key(), it.value());
            return true;
        });
    }
    QString organization(const QString &code) const
    {
        for (const Organization &o : Repository::organizations(*m_window->document()->file()))
            if (o.code == code)
                return o.uuid;
        return {};
    }
    QAction *editMenuAction(const QString &name) const
    {
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
            if (menu->menuAction()->text().remove(QLatin1Char('&')) == QLatin1String("Edit"))
                for (QAction *a : menu->actions())
                    if (a->objectName() == name)
                        return a;
        return nullptr;
    }
    QStringList editMenuNames() const
    {
        QStringList names;
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
            if (menu->menuAction()->text().remove(QLatin1Char('&')) == QLatin1String("Edit"))
                for (QAction *a : menu->actions())
                    if (!a->objectName().isEmpty())
                        names << a->objectName();
        return names;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    VigieTest::Fixture m_fx;
};

void TestRecordActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recordactions"));
}

void TestRecordActions::init()
{
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    Dialogs::setTestMode(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("r.vigie"));
    QVERIFY(VigieTest::makePortfolio(m_path, &m_fx));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
}

void TestRecordActions::cleanup()
{
    StrategyActions::setDialogFiller({});
    m_window.reset();
    Dialogs::takeMessages();
}

void TestRecordActions::editMenuOffersThemOnTheirPage()
{
    m_window->showPage(QStringLiteral("envelopes"));
    QStringList names = editMenuNames();
    QVERIFY2(names.contains(QStringLiteral("actionNewEnvelope")), qPrintable(names.join(u' ')));
    QVERIFY(names.contains(QStringLiteral("actionDeleteEnvelopes")));
    // An envelope, a workforce record and a measure's owner are organizations': each page offers them.
    const QStringList organizations { QStringLiteral("actionNewOrganization"), QStringLiteral("actionEditOrganization"),
                                      QStringLiteral("actionDeleteOrganization") };
    for (const QString &o : organizations)
        QVERIFY2(names.contains(o), qPrintable(o));
    QVERIFY(!names.contains(QStringLiteral("actionNewWorkforceRecord")));
    QVERIFY(m_window->envelopeActions()->newAction()->isEnabled());
    QVERIFY(!m_window->envelopeActions()->deleteAction()->isEnabled()); // nothing selected yet

    m_window->showPage(QStringLiteral("workforce"));
    names = editMenuNames();
    QVERIFY(names.contains(QStringLiteral("actionNewWorkforceRecord")));
    QVERIFY(names.contains(QStringLiteral("actionNewSpecialty"))); // a record needs a specialty
    for (const QString &o : organizations)
        QVERIFY2(names.contains(o), qPrintable(o));
    QVERIFY(!names.contains(QStringLiteral("actionNewEnvelope")));
    m_window->showPage(QStringLiteral("strategy"));
    names = editMenuNames();
    for (const QString &o : organizations)
        QVERIFY2(names.contains(o), qPrintable(o));
    QVERIFY(!names.contains(QStringLiteral("actionNewSpecialty")));
    m_window->showPage(QStringLiteral("projects"));
    QVERIFY(!editMenuNames().contains(QStringLiteral("actionNewWorkforceRecord")));
    m_window->showPage(QStringLiteral("overview"));
    QVERIFY(!editMenuNames().contains(QStringLiteral("actionNewOrganization")));
}

void TestRecordActions::newEnvelope()
{
    m_window->showPage(QStringLiteral("envelopes"));
    EnvelopeModel *model = m_window->document()->envelopeModel();
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 3);
    fillWith({ { Field::Organization, organization(QStringLiteral("MCE")) }, { Field::FiscalYear, QStringLiteral("2017") },
               { Field::PlannedNeeds, 7.5e6 }, { Field::Granted, 6e6 }, { Field::Committed, 2.25e6 } });
    roundTrip([&] { m_window->envelopeActions()->newAction()->trigger(); return true; });
    QCOMPARE(m_window->document()->editor()->undoStack()->undoText(), QStringLiteral("Add Envelope MCE 2017-2018"));
    bool found = false;
    for (const Envelope &e : Repository::envelopes(*m_window->document()->file())) {
        if (e.fiscalYear == 2017) {
            found = true;
            QCOMPARE(e.plannedNeeds, 7.5e6);
            QCOMPARE(e.granted, 6e6);
            QCOMPARE(e.committed, 2.25e6);
        }
    }
    QVERIFY(found);
    // The table follows the edit (and its undo and redo, above): one more row.
    QTRY_COMPARE(model->rowCount(), 4);
    // Made again to see it chosen: the new envelope is the current row.
    m_window->document()->editor()->undoStack()->undo();
    QTRY_COMPARE(model->rowCount(), 3);
    m_window->envelopeActions()->newAction()->trigger();
    TablePage *page = m_window->tablePage(QStringLiteral("envelopes"));
    const QModelIndex current = page->proxy()->mapToSource(page->view()->currentIndex());
    QVERIFY(current.isValid());
    QCOMPARE(model->envelope(current.row())->fiscalYear, 2017);
}

// A plan written from nothing: the owner of its first measure is added from the Strategy page's own menu,
// one undoable step.
void TestRecordActions::organizationAddedFromTheStrategyPage()
{
    m_window->showPage(QStringLiteral("strategy"));
    QAction *add = editMenuAction(QStringLiteral("actionNewOrganization"));
    QVERIFY(add && add->isEnabled());
    QUndoStack *stack = m_window->document()->editor()->undoStack();
    const int commands = stack->count();
    fillWith({ { Field::Code, QStringLiteral("MTO") }, { Field::NameEn, QStringLiteral("Ministry of Transportation") },
               { Field::NameFr, QStringLiteral("Ministère des Transports") } });
    add->trigger();
    StrategyActions::setDialogFiller({});
    const QString mto = organization(QStringLiteral("MTO"));
    QVERIFY(!mto.isEmpty());
    QCOMPARE(stack->count(), commands + 1);
    QCOMPARE(m_window->document()->file()->value(Entity::Organization, mto, Field::NameFr).toString(),
             QStringLiteral("Ministère des Transports"));
    stack->undo();
    QVERIFY(organization(QStringLiteral("MTO")).isEmpty());
}

// The table filtered on one ministry: New Envelope (and New Project) is for that ministry, chosen already.
void TestRecordActions::newEnvelopeTakesTheFilteredOrganization()
{
    const QList<Organization> organizations = Repository::organizations(*m_window->document()->file());
    RowId ramq = 0;
    for (const Organization &o : organizations)
        ramq = o.code == QLatin1String("RAMQ") ? o.id : ramq;
    QVERIFY(ramq);
    QStringList chosen;
    StrategyActions::setDialogFiller([&](ItemDialog &d) {
        chosen << d.values().value(Field::Organization).toString();
        return false; // cancelled: nothing written
    });
    for (const QString &page : { QStringLiteral("envelopes"), QStringLiteral("projects") }) {
        m_window->showPage(page);
        TablePage *table = m_window->tablePage(page);
        QVERIFY(table);
        RowFilter filter;
        filter.organizationId = ramq;
        table->filterBar()->setFilter(filter);
        QCOMPARE(table->filterBar()->filter().organizationId, ramq);
        (page == QLatin1String("envelopes") ? m_window->envelopeActions()->newAction() : m_window->findChild<QAction *>(QStringLiteral("actionNewProject")))->trigger();
        table->filterBar()->setFilter(RowFilter());
        (page == QLatin1String("envelopes") ? m_window->envelopeActions()->newAction() : m_window->findChild<QAction *>(QStringLiteral("actionNewProject")))->trigger();
    }
    StrategyActions::setDialogFiller({});
    QCOMPARE(chosen, QStringList({ organization(QStringLiteral("RAMQ")), QString(), organization(QStringLiteral("RAMQ")), QString() }));
    QVERIFY(!m_window->document()->editor()->undoStack()->canUndo());
}

void TestRecordActions::duplicateEnvelopeIsSaidNotWritten()
{
    m_window->showPage(QStringLiteral("envelopes"));
    QUndoStack *stack = m_window->document()->editor()->undoStack();
    const int commands = stack->count();
    QSignalSpy errors(m_window->document()->editor(), &Editor::errorOccurred);
    fillWith({ { Field::Organization, organization(QStringLiteral("MCE")) }, { Field::FiscalYear, QStringLiteral("2016") },
               { Field::Granted, 1.0 } });
    m_window->envelopeActions()->newAction()->trigger();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), QStringLiteral("Organization MCE already has an envelope for fiscal year 2016-2017."));
    QCOMPARE(stack->count(), commands);
    QCOMPARE(Repository::envelope(*m_window->document()->file(), m_fx.envelope)->granted, 8e6); // unchanged
}

void TestRecordActions::deleteEnvelopesAsksFirst()
{
    m_window->showPage(QStringLiteral("envelopes"));
    TablePage *page = m_window->tablePage(QStringLiteral("envelopes"));
    QTRY_VERIFY(!m_window->document()->envelopeModel()->isLoading());
    page->view()->selectAll();
    QVERIFY(m_window->envelopeActions()->deleteAction()->isEnabled());
    Dialogs::setNextAnswer(QMessageBox::No);
    const int commands = m_window->document()->editor()->undoStack()->count();
    m_window->envelopeActions()->deleteAction()->trigger();
    QVERIFY(Dialogs::takeMessages().join(QString()).contains(QStringLiteral("Delete the 3 selected envelopes?")));
    QCOMPARE(m_window->document()->editor()->undoStack()->count(), commands);
    QCOMPARE(Repository::envelopes(*m_window->document()->file()).size(), 3);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    roundTrip([&] { m_window->envelopeActions()->deleteAction()->trigger(); return true; });
    QCOMPARE(m_window->document()->editor()->undoStack()->undoText(), QStringLiteral("Delete 3 Envelopes"));
    QVERIFY(Repository::envelopes(*m_window->document()->file()).isEmpty());
}

void TestRecordActions::newWorkforceRecordShowsItsSurvey()
{
    m_window->showPage(QStringLiteral("workforce"));
    WorkforcePage *page = m_window->findChild<WorkforcePage *>();
    QVERIFY(page);
    QTRY_COMPARE(page->surveyBox()->count(), 1);
    QString specialty;
    for (const Specialty &s : Repository::specialties(*m_window->document()->file()))
        if (s.code == QLatin1String("S1"))
            specialty = s.uuid;
    // The survey shown is the new record's date unless another is typed.
    StrategyActions::setDialogFiller([&](ItemDialog &d) {
        if (d.values().value(Field::SurveyDate).toString() != QLatin1String("2016-06-01"))
            return false;
        d.setValue(Field::Organization, organization(QStringLiteral("RAMQ")));
        d.setValue(Field::Specialty, specialty);
        d.setValue(Field::SurveyDate, QStringLiteral("2017-06-01"));
        d.setValue(Field::InternalFte, 8.5);
        d.setValue(Field::ExternalFte, 3.0);
        return true;
    });
    QUndoStack *stack = m_window->document()->editor()->undoStack();
    const int commands = stack->count();
    m_window->workforceActions()->newAction()->trigger();
    QCOMPARE(stack->count(), commands + 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Add Workforce Record RAMQ, S1, 2017-06-01"));
    // The page shows the new survey, by organization and specialty, with the record in it.
    QTRY_COMPARE(page->surveyBox()->count(), 2);
    QTRY_COMPARE(page->surveyBox()->currentData().toDate(), QDate(2017, 6, 1));
    QCOMPARE(page->currentTable(), page->recordsPage());
    WorkforceModel *model = m_window->document()->workforceModel();
    QTRY_COMPARE(model->survey(), QDate(2017, 6, 1));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, WorkforceModel::Internal).data(Qt::EditRole).toDouble(), 8.5);
    // Undo takes the record (and so its survey) away; redo puts it back.
    const auto recordsOf2017 = [&] { return int(Repository::workforce(*m_window->document()->file(), QDate(2017, 6, 1)).size()); };
    QCOMPARE(recordsOf2017(), 1);
    stack->undo();
    QCOMPARE(recordsOf2017(), 0);
    QTRY_COMPARE(page->surveyBox()->count(), 1);
    stack->redo();
    QCOMPARE(recordsOf2017(), 1);
    QTRY_COMPARE(page->surveyBox()->count(), 2);
    page->showSurvey(QDate(2017, 6, 1));
    QTRY_COMPARE(model->rowCount(), 1);

    // A refused count is said, and the dialog's values are not written.
    QSignalSpy errors(m_window->document()->editor(), &Editor::errorOccurred);
    fillWith({ { Field::Organization, organization(QStringLiteral("RAMQ")) }, { Field::Specialty, specialty },
               { Field::SurveyDate, QStringLiteral("2017-06-01") } });
    m_window->workforceActions()->newAction()->trigger();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("The survey of 2017-06-01 already has a record for organization RAMQ and specialty S1."));

    // Deleted after asking, from the records of that survey.
    page->recordsPage()->view()->selectAll();
    Dialogs::setNextAnswer(QMessageBox::Yes);
    roundTrip([&] { m_window->workforceActions()->deleteAction()->trigger(); return true; });
    QCOMPARE(m_window->document()->editor()->undoStack()->undoText(), QStringLiteral("Delete Workforce Record RAMQ, S1, 2017-06-01"));
    QVERIFY(Dialogs::takeMessages().join(QString()).contains(QStringLiteral("Delete the selected workforce record?")));
}

QTEST_MAIN(TestRecordActions)
#include "tst_recordactions.moc"
