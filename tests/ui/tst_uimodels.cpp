// Every model passes QAbstractItemModelTester, through its filter proxy too; filtering and the
// bilingual fallback behave as the views promise.
#include "commands/editor.h"
#include "document/backgroundtask.h"
#include "models/envelopemodel.h"
#include "models/filterproxy.h"
#include "models/modelroles.h"
#include "models/projectmodel.h"
#include "models/strategymodel.h"
#include "models/workforcemodel.h"
#include "storage/repository.h"
#include "views/filterbar.h"

#include "i18n/language.h"
#include "uifixture.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestUiModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void projectModel();
    void projectQueriesRunOnWorker();
    void workerAnswersBringTheirFirstRows();
    void strategyTree();
    void workforceAndEnvelopes();
    void workforceSortsByNamesInTheUiLanguage_data();
    void workforceSortsByNamesInTheUiLanguage();
    void filterByTextAndColour();
    void missingTranslations();
    void fallbackIsMarked();
    void editIsReflected();
    void declaredBesideComputed();
    void listedRowsFilter();
    void keyAreasOfSeveralPlansNameTheirPlan();
    void variancesAgainstBothBaselines();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    PortfolioFile *m_file = nullptr;
    VigieTest::Fixture m_fx;
};

void TestUiModels::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    Language::apply(QStringLiteral("en"));
    m_doc = VigieTest::makeDocument(m_dir.filePath(QStringLiteral("m.vigie")), &m_fx);
    QVERIFY(m_doc);
    m_file = m_doc->file();
}

void TestUiModels::projectModel()
{
    ProjectModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.loadAll();
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.columnCount(), int(ProjectModel::ColumnCount));
    const int row = model.rowOf(m_fx.project1);
    QCOMPARE(model.index(row, ProjectModel::Code).data().toString(), QStringLiteral("SCT-01"));
    QCOMPARE(model.index(row, ProjectModel::Cost).data().toString(), QStringLiteral("Green"));
    QCOMPARE(model.index(row, ProjectModel::Cost).data(Roles::HealthRole).toInt(), int(Health::Green));
    QCOMPARE(model.index(row, ProjectModel::Budget).data().toString(), QStringLiteral("$1.00M"));
    // Forecasts and declared colours are edited in place (through the document's editor); codes are not.
    QVERIFY(model.flags(model.index(row, ProjectModel::ForecastCost)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(row, ProjectModel::Code)) & Qt::ItemIsEditable));
}

void TestUiModels::projectQueriesRunOnWorker()
{
    BackgroundTask::setLargeFileBytes(0); // every file is "large": queries run on the model's worker
    ProjectModel model(m_doc.get());
    BackgroundTask::setLargeFileBytes(4 * 1024 * 1024); // as the program has it (the model chose its worker)
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isLoading()); // the first query, asked by the constructor, runs on the worker
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy loading(&model, &ProjectModel::loadingChanged);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.totalRows(), 12);

    QCOMPARE(loading.last().at(0).toBool(), false);
    QCOMPARE(loading.last().at(1).toInt(), 12);
    // Queries asked in a row: only the last one's answer is shown.
    RowFilter f;
    f.text = QStringLiteral("sct-0");
    model.setFilter(f);
    model.sort(ProjectModel::Budget, Qt::DescendingOrder);
    f.text = QStringLiteral("sct-01");
    model.setFilter(f);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ProjectModel::Code).data().toString(), QStringLiteral("SCT-01"));
}

// The worker's answer brings its first rows, read on the worker: the view paints them without reading
// the file on the GUI thread. (No model tester here: it would read rows itself.)
void TestUiModels::workerAnswersBringTheirFirstRows()
{
    BackgroundTask::setLargeFileBytes(0);
    ProjectModel model(m_doc.get());
    BackgroundTask::setLargeFileBytes(4 * 1024 * 1024);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.rowsInMemory(), 12);
    model.sort(ProjectModel::Budget, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowsInMemory(), 12);
    for (int row = 0; row < model.rowCount(); ++row) {
        const std::optional<Project> stored = Repository::project(*m_file, model.project(row)->uuid);
        QVERIFY(stored);
        QCOMPARE(model.project(row)->code, stored->code);
        QCOMPARE(model.project(row)->budget, stored->budget);
    }
}

void TestUiModels::strategyTree()
{
    StrategyModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex plan = model.index(0, 0);
    QCOMPARE(model.rowCount(plan), 4);
    const QModelIndex area1 = model.index(0, 0, plan);
    QCOMPARE(model.rowCount(area1), 2);
    QCOMPARE(model.measureCount(), 8);
    const QModelIndex m9 = model.indexOfMeasure(m_fx.measure9);
    QVERIFY(m9.isValid());
    QCOMPARE(m9.parent(), area1);
    QCOMPARE(model.measure(m9)->number, 9);
    QVERIFY(model.data(m9).toString().startsWith(QLatin1String("9. Measure title 9")));
    // Filter by key area: only that area's measures remain, with their parents.
    RowFilter f;
    f.keyAreaId = model.keyAreas().at(1).id;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0, proxy.index(0, 0))), 2);
}

void TestUiModels::workforceAndEnvelopes()
{
    WorkforceModel workforce(m_doc.get());
    QAbstractItemModelTester t1(&workforce, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EnvelopeModel envelopes(m_doc.get());
    QAbstractItemModelTester t2(&envelopes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(workforce.rowCount(), 9);
    QCOMPARE(workforce.survey(), QDate(2016, 6, 1));
    QCOMPARE(envelopes.rowCount(), 3);
    QCOMPARE(envelopes.index(0, EnvelopeModel::FiscalYear).data().toString(), QStringLiteral("2016-2017"));
    QCOMPARE(envelopes.index(0, EnvelopeModel::Gap).data(Roles::SortRole).toDouble(), 1e6);
    FilterProxy proxy;
    proxy.setSourceModel(&workforce);
    RowFilter f;
    f.text = QStringLiteral("culture");
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 3);
}

void TestUiModels::workforceSortsByNamesInTheUiLanguage_data()
{
    QTest::addColumn<bool>("large");
    QTest::newRow("read at once") << false;
    QTest::newRow("read on a worker") << true;
}

// The name columns sort by each name's rank in the collation (Lookup::organizationRanks), ranked again
// when the language changes: the organizations come in another order in French.
void TestUiModels::workforceSortsByNamesInTheUiLanguage()
{
    QFETCH(bool, large);
    BackgroundTask::setLargeFileBytes(large ? 0 : 4 * 1024 * 1024); // large: the records come from a worker
    WorkforceModel workforce(m_doc.get());
    BackgroundTask::setLargeFileBytes(4 * 1024 * 1024);
    FilterProxy proxy;
    proxy.setSourceModel(&workforce);
    proxy.sort(WorkforceModel::Organization, Qt::AscendingOrder); // before the rows come, as a view does
    QTRY_COMPARE(workforce.rowCount(), 9);
    const auto column = [&](int c) {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, c).data().toString();
        return names;
    };
    const auto inCollationOrder = [](const QStringList &names) {
        const QCollator collator { QLocale() };
        for (int i = 1; i < names.size(); ++i) {
            if (collator.compare(names.at(i - 1), names.at(i)) > 0)
                return false;
        }
        return true;
    };
    proxy.sort(WorkforceModel::Organization, Qt::AscendingOrder);
    QCOMPARE(column(WorkforceModel::Organization).first(), QStringLiteral("Health Insurance Board"));
    QCOMPARE(column(WorkforceModel::Organization).last(), QStringLiteral("Treasury Board Secretariat"));
    QVERIFY(inCollationOrder(column(WorkforceModel::Organization)));
    proxy.sort(WorkforceModel::Specialty, Qt::DescendingOrder);
    QCOMPARE(column(WorkforceModel::Specialty).first(), QStringLiteral("Specialty 2"));
    proxy.sort(WorkforceModel::CoreFunction, Qt::DescendingOrder);
    QCOMPARE(column(WorkforceModel::CoreFunction).count(QStringLiteral("Yes")), 3);
    QCOMPARE(column(WorkforceModel::CoreFunction).mid(0, 3), QStringList(3, QStringLiteral("Yes")));

    Language::apply(QStringLiteral("fr"));
    workforce.retranslate();
    proxy.sort(WorkforceModel::Organization, Qt::AscendingOrder);
    const QStringList french = column(WorkforceModel::Organization);
    Language::apply(QStringLiteral("en"));
    QCOMPARE(french.first(), QStringLiteral("Ministère de la Culture"));
    QCOMPARE(french.last(), QStringLiteral("Secrétariat du Conseil du trésor"));
    QCOMPARE(french.count(QStringLiteral("Régie de l'assurance maladie")), 3);
    QCOMPARE(french.indexOf(QStringLiteral("Régie de l'assurance maladie")), 3);
}

void TestUiModels::filterByTextAndColour()
{
    ProjectModel model(m_doc.get());
    model.loadAll();
    FilterProxy proxy;
    proxy.setSourceModel(&model);
    RowFilter f;
    f.text = QStringLiteral("MODERNISATION du projet 1"); // French name, any case: 1, 10, 11, 12
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 4);
    f.text = QStringLiteral("trésor"); // the organization's French name: SCT-01, 04, 07, 10
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 4);
    f.text.clear();
    f.health = int(Health::Red); // 50% and 60% overruns
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilter(RowFilter());
    QCOMPARE(proxy.rowCount(), 12);
}

void TestUiModels::missingTranslations()
{
    ProjectModel projects(m_doc.get());
    projects.loadAll();
    StrategyModel strategy(m_doc.get());
    FilterProxy p1, p2;
    p1.setSourceModel(&projects);
    p2.setSourceModel(&strategy);
    RowFilter f;
    f.missingTranslation = true;
    p1.setFilter(f);
    p2.setFilter(f);
    QCOMPARE(p1.rowCount(), 1);
    QCOMPARE(p1.index(0, ProjectModel::Code).data().toString(), QStringLiteral("RAMQ-06"));
    const QModelIndex area = p2.index(0, 0, p2.index(0, 0));
    QCOMPARE(p2.rowCount(area), 1);
    QVERIFY(p2.index(0, 0, area).data().toString().startsWith(QLatin1String("12.")));
}

void TestUiModels::fallbackIsMarked()
{
    ProjectModel model(m_doc.get());
    model.loadAll();
    Language::apply(QStringLiteral("fr"));
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString() == QLatin1String("RAMQ-06"))
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex name = model.index(row, ProjectModel::Name);
    QCOMPARE(name.data().toString(), QStringLiteral("Project 6 modernization \u2021"));
    QVERIFY(name.data(Roles::FallbackRole).toBool());
    QVERIFY(!name.data(Qt::ToolTipRole).toString().isEmpty());
    const int first = model.rowOf(m_fx.project1);
    QCOMPARE(model.index(first, ProjectModel::Name).data().toString(), QStringLiteral("Modernisation du projet 1"));
    QVERIFY(!model.index(first, ProjectModel::Name).data(Roles::FallbackRole).toBool());
    Language::apply(QStringLiteral("en"));
}

void TestUiModels::editIsReflected()
{
    ProjectModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.loadAll();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int row = model.rowOf(m_fx.project1);
    // A 50% overrun turns the computed cost indicator red, and the row shows it at once.
    QVERIFY(m_doc->editor()->setValue(Entity::Project, m_fx.project1, Field::ForecastCost, 1.5e6, QStringLiteral("P")));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(row, ProjectModel::Cost).data().toString(), QStringLiteral("Red"));
    m_doc->undoStack()->undo();
    QCOMPARE(model.index(row, ProjectModel::Cost).data().toString(), QStringLiteral("Green"));
}

void TestUiModels::declaredBesideComputed()
{
    ProjectModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.loadAll();
    FilterProxy proxy;
    proxy.setSourceModel(&model);
    const std::optional<Project> red = Repository::projectByCode(*m_file, QStringLiteral("MCE-05")); // +50%
    const std::optional<Project> green = Repository::projectByCode(*m_file, QStringLiteral("SCT-01"));
    QVERIFY(red && green);
    QCOMPARE(red->computedCost, Health::Red);
    Editor *editor = m_doc->editor();
    QUndoStack *stack = m_doc->undoStack();
    const int before = stack->index();
    // The manager says green where the rule says red; another declares what the rule computes.
    QVERIFY(editor->setValue(Entity::Project, red->uuid, Field::DeclaredOverall, QVariant::fromValue(Health::Green),
                             QStringLiteral("P")));
    QVERIFY(editor->setValue(Entity::Project, green->uuid, Field::DeclaredCost, QVariant::fromValue(Health::Green),
                             QStringLiteral("P")));
    const QModelIndex overall = model.index(model.rowOf(red->uuid), ProjectModel::Overall);
    QCOMPARE(overall.data(Roles::HealthRole).toInt(), int(Health::Red));
    QCOMPARE(overall.data(Roles::DeclaredHealthRole).toInt(), int(Health::Green));
    QCOMPARE(overall.data().toString(), QStringLiteral("Red, declared Green"));
    QCOMPARE(overall.data(Qt::EditRole).toInt(), int(Health::Green)); // the editor edits the declared one
    // Declared as computed: one colour, one chip.
    const QModelIndex cost = model.index(model.rowOf(green->uuid), ProjectModel::Cost);
    QCOMPARE(cost.data().toString(), QStringLiteral("Green"));
    QVERIFY(!cost.data(Roles::DeclaredHealthRole).isValid());
    RowFilter f;
    f.flag = int(RowFlag::DeclaredDiffers);
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ProjectModel::Code).data().toString(), QStringLiteral("MCE-05"));
    f.flag = int(RowFlag::DeclaredGreener);
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(model.countWithFlag(RowFlag::DeclaredDiffers), 1);
    // Declared red on a project the rule says green: differs, but not greener.
    QVERIFY(editor->setValue(Entity::Project, green->uuid, Field::DeclaredOverall, QVariant::fromValue(Health::Red),
                             QStringLiteral("P")));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(model.countWithFlag(RowFlag::DeclaredGreener), 1);
    QCOMPARE(model.countWithFlag(RowFlag::DeclaredDiffers), 2);
    stack->setIndex(before); // the other tests see the fixture as made
    QCOMPARE(Repository::projectByCode(*m_file, QStringLiteral("MCE-05"))->declaredOverall, Health::Unrated);
    QCOMPARE(model.countWithFlag(RowFlag::DeclaredDiffers), 0);
}

void TestUiModels::listedRowsFilter()
{
    ProjectModel model(m_doc.get());
    model.loadAll();
    FilterProxy proxy;
    proxy.setSourceModel(&model);
    const std::optional<Project> a = Repository::projectByCode(*m_file, QStringLiteral("MCE-05"));
    const std::optional<Project> b = Repository::projectByCode(*m_file, QStringLiteral("SCT-01"));
    // The Overview's movers reach the Projects page as a named list of rows, kept by the filter bar.
    FilterBar bar;
    bar.setCapabilities(model.filterCapabilities());
    RowFilter f;
    f.flag = int(RowFlag::Listed);
    f.ids = { a->id, b->id };
    f.listName = QStringLiteral("Worse since June 2016");
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    bar.setFilter(f);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bar.flagBox()->currentText(), QStringLiteral("Worse since June 2016"));
    proxy.setFilter(bar.filter());
    QCOMPARE(proxy.rowCount(), 2);
    bar.flagBox()->setCurrentIndex(0); // All projects
    proxy.setFilter(bar.filter());
    QCOMPARE(proxy.rowCount(), 12);
    bar.clear();
    QCOMPARE(bar.flagBox()->findData(int(RowFlag::Listed)), -1);
}

void TestUiModels::keyAreasOfSeveralPlansNameTheirPlan()
{
    // Two plans that both number a key area 1: the filter names each area's plan; one plan, no plan.
    const QList<KeyArea> two { { 1, {}, 1, 1, { QStringLiteral("Health"), {} }, QStringLiteral("A") },
                               { 2, {}, 2, 1, { QStringLiteral("Energy"), {} }, QStringLiteral("B") } };
    FilterBar bar;
    bar.setChoices({}, two);
    QCOMPARE(bar.keyAreaBox()->count(), 3);
    QCOMPARE(bar.keyAreaBox()->itemText(1), QStringLiteral("A · Key area 1: Health"));
    QCOMPARE(bar.keyAreaBox()->itemText(2), QStringLiteral("B · Key area 1: Energy"));
    bar.setChoices({}, { two.first() });
    QCOMPARE(bar.keyAreaBox()->itemText(1), QStringLiteral("Key area 1: Health"));
    // As the file gives them: the plan's code comes with each area.
    const QList<KeyArea> stored = Repository::keyAreas(*m_file);
    QVERIFY(!stored.isEmpty());
    for (const KeyArea &a : stored)
        QVERIFY2(!a.planCode.isEmpty(), qPrintable(a.uuid));
}

void TestUiModels::variancesAgainstBothBaselines()
{
    ProjectModel model(m_doc.get());
    model.loadAll();
    const std::optional<Project> p = Repository::projectByCode(*m_file, QStringLiteral("MCE-05")); // $5M, +50 %
    const int row = model.rowOf(p->uuid);
    auto cell = [&](int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(ProjectModel::CostVariance), QStringLiteral("+50.0%"));
    QCOMPARE(cell(ProjectModel::CostVarianceOriginal), QStringLiteral("+50.0%"));
    QCOMPARE(cell(ProjectModel::ScheduleVariance), QStringLiteral("0.0%"));
    // An original budget of $2.5M: the same forecast is +200 % against it, the rule still reads the latest.
    const int index = m_doc->undoStack()->index();
    QVERIFY(m_doc->editor()->setValue(Entity::Project, p->uuid, Field::OriginalBudget, 2.5e6, QStringLiteral("P")));
    QCOMPARE(cell(ProjectModel::CostVariance), QStringLiteral("+50.0%"));
    QCOMPARE(cell(ProjectModel::CostVarianceOriginal), QStringLiteral("+200.0%"));
    QCOMPARE(model.index(row, ProjectModel::CostVarianceOriginal).data(Roles::SortRole).toDouble(), 200.0);
    QVERIFY(!model.headerData(ProjectModel::CostVarianceOriginal, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    m_doc->undoStack()->setIndex(index);
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
