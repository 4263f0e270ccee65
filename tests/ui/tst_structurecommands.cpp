// Every structural edit of the desktop application, through the document's facade: plans, key areas,
// measures, organizations, specialties, projects, links, the portfolio's properties, a period with its
// French label and an import of each kind — each one command, checked redo → undo → redo against the
// file on disk. Refused edits leave nothing on the stack and say why; the Strategy model flags measures.
#include "analysis/strategychecks.h"
#include "commands/editor.h"
#include "commands/importjob.h"
#include "document/document.h"
#include "models/modelroles.h"
#include "models/strategymodel.h"
#include "storage/repository.h"

#include "i18n/language.h"
#include "roundtrip.h"
#include "uifixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

namespace {
const QString kExample = QStringLiteral(VIGIE_SOURCE_DIR "/resources/examples/ontario/");
} // namespace

class TestStructureCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addPlanAreaMeasure();
    void addOrganizationSpecialtyProject();
    void editRenumberMove();
    void projectStateAndPhase();
    void removeWithDependents();
    void linkAndUnlink();
    void portfolioProperties();
    void freezeWithFrenchLabel();
    void importEachKind_data();
    void importEachKind();
    void refusedEditsSayWhy();
    void undoTextsNameTheItem();
    void strategyModelFlagsMeasures();

private:
    void roundTrip(const std::function<bool()> &edit) { VigieTest::roundTrip(m_editor, m_path, edit); }
    QString areaUuid(int number) const;
    QString measureUuid(int number) const;
    QString planUuid() const { return Repository::plans(*m_doc->file()).first().uuid; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    Editor *m_editor = nullptr;
    VigieTest::Fixture m_fx;
};

void TestStructureCommands::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("s.vigie"));
    m_doc = VigieTest::makeDocument(m_path, &m_fx);
    QVERIFY(m_doc);
    m_editor = m_doc->editor();
}

void TestStructureCommands::cleanup()
{
    m_doc.reset();
}

QString TestStructureCommands::areaUuid(int number) const
{
    for (const KeyArea &a : Repository::keyAreas(*m_doc->file()))
        if (a.number == number)
            return a.uuid;
    return {};
}

QString TestStructureCommands::measureUuid(int number) const
{
    for (const Measure &m : Repository::measures(*m_doc->file()))
        if (m.number == number)
            return m.uuid;
    return {};
}

void TestStructureCommands::addPlanAreaMeasure()
{
    QString plan, area, measure;
    roundTrip([&] {
        plan = m_editor->addPlan({ { Field::Code, QStringLiteral("GC-2016") }, { Field::TitleEn, QStringLiteral("IT plan") },
                                   { Field::TitleFr, QStringLiteral("Plan de TI") }, { Field::EndDate, QDate(2020, 3, 31) } });
        return !plan.isEmpty();
    });
    roundTrip([&] {
        area = m_editor->addKeyArea(plan, { { Field::TitleEn, QStringLiteral("Service IT") } });
        return !area.isEmpty();
    });
    QCOMPARE(m_doc->file()->value(Entity::KeyArea, area, Field::Number).toInt(), 1);
    roundTrip([&] {
        measure = m_editor->addMeasure(area, { { Field::TitleEn, QStringLiteral("Cloud") }, { Field::Owner, QString() },
                                               { Field::DueDate, QDate(2018, 3, 31) },
                                               { Field::Status, QVariant::fromValue(MeasureStatus::UnderWay) },
                                               { Field::PercentComplete, 10 } });
        return !measure.isEmpty();
    });
    QCOMPARE(m_doc->file()->value(Entity::Measure, measure, Field::Number).toInt(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add Measure 1"));
}

void TestStructureCommands::addOrganizationSpecialtyProject()
{
    QString org;
    roundTrip([&] {
        org = m_editor->addOrganization({ { Field::Code, QStringLiteral("SSC") }, { Field::NameEn, QStringLiteral("Shared Services") },
                                          { Field::NameFr, QStringLiteral("Services partagés") }, { Field::Kind, QStringLiteral("agency") } });
        return !org.isEmpty();
    });
    roundTrip([&] {
        return !m_editor->addSpecialty({ { Field::Code, QStringLiteral("CLOUD") }, { Field::NameEn, QStringLiteral("Cloud") },
                                         { Field::CoreFunction, true } })
                    .isEmpty();
    });
    roundTrip([&] {
        return !m_editor->addProject({ { Field::Code, QStringLiteral("SSC-01") }, { Field::NameEn, QStringLiteral("Email") },
                                       { Field::Organization, org }, { Field::Phase, QStringLiteral("Planning") } })
                    .isEmpty();
    });
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add Project SSC-01"));
}

void TestStructureCommands::editRenumberMove()
{
    const QString m9 = m_fx.measure9;
    roundTrip([&] {
        return m_editor->editItem(Entity::Measure, m9, { { Field::TitleFr, QStringLiteral("Nouveau titre") }, { Field::Owner, QString() },
                                                         { Field::DueDate, QDate(2019, 3, 31) }, { Field::Comment, QStringLiteral("Late") } });
    });
    roundTrip([&] { return m_editor->renumber(Entity::Measure, m9, 40); });
    roundTrip([&] { return m_editor->renumber(Entity::KeyArea, areaUuid(4), 7); });
    roundTrip([&] { return m_editor->moveMeasure(m9, areaUuid(3)); });
    const QString plan2 = m_editor->addPlan({ { Field::Code, QStringLiteral("P2") }, { Field::TitleEn, QStringLiteral("Two") } });
    QVERIFY(!plan2.isEmpty());
    roundTrip([&] { return m_editor->moveKeyArea(areaUuid(2), plan2); });
    roundTrip([&] {
        return m_editor->editItem(Entity::Plan, planUuid(), { { Field::Code, QStringLiteral("QC-2015-2018") },
                                                              { Field::StartDate, QDate(2015, 6, 1) } });
    });
    roundTrip([&] {
        return m_editor->editItem(Entity::Organization, Repository::organizations(*m_doc->file()).first().uuid,
                                  { { Field::NameFr, QStringLiteral("Autre nom") } });
    });
    roundTrip([&] {
        return m_editor->editItem(Entity::Specialty, Repository::specialties(*m_doc->file()).first().uuid,
                                  { { Field::CoreFunction, false }, { Field::NameEn, QStringLiteral("Renamed") } });
    });
}

void TestStructureCommands::projectStateAndPhase()
{
    roundTrip([&] { return m_editor->setProjectState(m_fx.project1, ProjectState::Cancelled); });
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Set State of Project SCT-01 to Cancelled"));
    roundTrip([&] { return m_editor->setProjectPhase(m_fx.project1, QStringLiteral("Closure")); });
    roundTrip([&] {
        return m_editor->editItem(Entity::Project, m_fx.project1, { { Field::ForecastCost, 2.5e6 },
                                                                    { Field::DeclaredSchedule, QVariant::fromValue(Health::Yellow) } });
    });
}

void TestStructureCommands::removeWithDependents()
{
    QCOMPARE(m_editor->deletionImpact(Entity::Plan, planUuid()), QStringLiteral("4 key areas and 8 measures"));
    roundTrip([&] { return m_editor->removeItem(Entity::Plan, planUuid()); });
    QCOMPARE(Repository::measures(*m_doc->file()).size(), 0);
    m_editor->undoStack()->undo();
    QCOMPARE(Repository::measures(*m_doc->file()).size(), 8);
    const QString ramq = Repository::organizations(*m_doc->file()).at(1).uuid; // by code: MCE, RAMQ, SCT
    QVERIFY(m_editor->deletionImpact(Entity::Organization, ramq).contains(QStringLiteral("3 workforce records")));
    roundTrip([&] { return m_editor->removeItem(Entity::Organization, ramq); });
    roundTrip([&] { return m_editor->removeItem(Entity::Project, m_fx.project1); });
    roundTrip([&] { return m_editor->removeItem(Entity::Measure, m_fx.measure9); });
}

void TestStructureCommands::linkAndUnlink()
{
    roundTrip([&] { return m_editor->linkProjectToMeasure(m_fx.project1, m_fx.measure9); });
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Link Project SCT-01 to Measure 9"));
    const int commands = m_editor->undoStack()->count();
    QVERIFY(m_editor->linkProjectToMeasure(m_fx.project1, m_fx.measure9)); // already linked: nothing to undo
    QCOMPARE(m_editor->undoStack()->count(), commands);
    roundTrip([&] { return m_editor->unlinkProjectFromMeasure(m_fx.project1, m_fx.measure9); });
}

void TestStructureCommands::portfolioProperties()
{
    roundTrip([&] {
        return m_editor->setPortfolioProperties({ { Field::NameFr, QStringLiteral("Portefeuille d'essai") },
                                                  { Field::Jurisdiction, QStringLiteral("Québec") },
                                                  { Field::Currency, QStringLiteral("CAD") },
                                                  { Field::FiscalYearStart, 4 },
                                                  { Field::DefaultLanguage, QStringLiteral("fr") },
                                                  { Field::CioName, QStringLiteral("Benoit Boivin") },
                                                  { Field::CioTitle, QStringLiteral("Chief Information Officer") },
                                                  { Field::CioTitleFr, QStringLiteral("Dirigeant principal de l'information") },
                                                  { Field::CioContact, QStringLiteral("cio@example.org") },
                                                  { Field::Classification, QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ") } });
    });
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Change Portfolio Properties"));
    QCOMPARE(m_doc->file()->info().cioTitle.fr, QStringLiteral("Dirigeant principal de l'information"));
}

void TestStructureCommands::freezeWithFrenchLabel()
{
    roundTrip([&] { return m_editor->freezePeriod(QStringLiteral("Fall 2016"), QDate(2016, 10, 31), QStringLiteral("Automne 2016")); });
    // A label names one period in either language.
    QSignalSpy errors(m_editor, &Editor::errorOccurred);
    QVERIFY(!m_editor->freezePeriod(QStringLiteral("automne 2016"), QDate(2016, 11, 30)));
    QCOMPARE(errors.size(), 1);
}

void TestStructureCommands::importEachKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("organizations") << int(ImportKind::Organizations) << kExample + QStringLiteral("organizations.csv")
                                   << QStringLiteral("Import Organizations from organizations.csv");
    QTest::newRow("measures") << int(ImportKind::Measures) << kExample + QStringLiteral("measures.csv")
                              << QStringLiteral("Import Measures from measures.csv");
    QTest::newRow("workforce") << int(ImportKind::Workforce) << kExample + QStringLiteral("workforce.csv")
                               << QStringLiteral("Import Workforce from workforce.csv");
    QTest::newRow("envelopes") << int(ImportKind::Envelopes) << kExample + QStringLiteral("envelopes.csv")
                               << QStringLiteral("Import Envelopes from envelopes.csv");
    QTest::newRow("projects' links") << int(ImportKind::Projects) << QString() << QStringLiteral("Import Projects from links.csv");
}

void TestStructureCommands::importEachKind()
{
    QFETCH(int, kind);
    QFETCH(QString, csv);
    QFETCH(QString, undoText);
    if (csv.isEmpty()) {
        csv = m_dir->filePath(QStringLiteral("links.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,measures\nSCT-01,9;10\nMCE-02,9\n");
    }
    QSignalSpy changed(m_doc.get(), &Document::changed);
    roundTrip([&] {
        ImportJob *job = m_editor->import(csv, ImportMapping::defaults(ImportKind(kind)), {});
        if (!job)
            return false;
        job->wait();
        return job->report().written;
    });
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_editor->undoStack()->undoText(), undoText);
}

void TestStructureCommands::refusedEditsSayWhy()
{
    QSignalSpy errors(m_editor, &Editor::errorOccurred);
    const int commands = m_editor->undoStack()->count();
    QVERIFY(m_editor->addOrganization({ { Field::Code, QStringLiteral("sct") } }).isEmpty());
    QCOMPARE(errors.last().first().toString(), QStringLiteral("The code \"SCT\" is already used by another organization."));
    QVERIFY(!m_editor->renumber(Entity::Measure, m_fx.measure9, 10));
    QCOMPARE(errors.last().first().toString(), QStringLiteral("Measure 10 already exists in plan QC-2015."));
    QVERIFY(!m_editor->editItem(Entity::Measure, m_fx.measure9, { { Field::PercentComplete, 101 } }));
    QVERIFY(!m_editor->setPortfolioProperties({ { Field::Currency, QStringLiteral("$") } }));
    QCOMPARE(errors.size(), 4);
    QCOMPARE(m_editor->undoStack()->count(), commands);
}

void TestStructureCommands::undoTextsNameTheItem()
{
    QVERIFY(m_editor->renumber(Entity::KeyArea, areaUuid(2), 9));
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Renumber Key Area 2 as 9"));
    QVERIFY(m_editor->moveMeasure(m_fx.measure9, areaUuid(3)));
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Move Measure 9 to Key Area 3"));
    QVERIFY(m_editor->removeItem(Entity::Plan, planUuid()));
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Delete Plan QC-2015"));
    QVERIFY(m_editor->editItem(Entity::Project, m_fx.project1, { { Field::NameEn, QStringLiteral("Renamed") } }));
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Edit Project SCT-01"));
}

void TestStructureCommands::strategyModelFlagsMeasures()
{
    StrategyModel *model = m_doc->strategyModel();
    model->setAsOf(QDate(2018, 4, 1)); // after every measure's due date
    const auto flags = [&](const QString &uuid) { return model->indexOfMeasure(uuid).data(Roles::FlagsRole).toUInt(); };
    QCOMPARE(flags(m_fx.measure9), unsigned(OverdueFlag | NoProjectFlag));
    QCOMPARE(flags(measureUuid(12)), unsigned(InconsistentFlag | OverdueFlag)); // not started at 75%
    QVERIFY(model->indexOfMeasure(measureUuid(12), StrategyModel::Status).data(Qt::ToolTipRole).toString()
                .contains(QStringLiteral("Not started, yet 75% complete")));
    // Linking a project (an edit elsewhere) refreshes the flags.
    QVERIFY(m_editor->linkProjectToMeasure(m_fx.project1, m_fx.measure9));
    QCOMPARE(flags(m_fx.measure9), unsigned(OverdueFlag));
    QCOMPARE(model->projectCount(m_doc->file()->rowId(Entity::Measure, m_fx.measure9)), 1);
    QVERIFY(!model->indexOfMeasure(m_fx.measure9, StrategyModel::Status).data(Qt::DecorationRole).isNull()); // a sign
    model->setAsOf(QDate(2017, 1, 1));
    QCOMPARE(flags(m_fx.measure9), unsigned(NoMeasureFlag));
    QVERIFY(model->indexOfMeasure(m_fx.measure9, StrategyModel::Status).data(Qt::DecorationRole).isNull());
}

QTEST_MAIN(TestStructureCommands)
#include "tst_structurecommands.moc"
