// The Projects table filters and sorts in SQLite (core/analysis/projectquery.h) and holds only row ids.
// Every filter and sort is checked here against the C++ rules the table showed before (the model's
// rowMatches() and its SortRole, read row by row), on the Quebec sample written to a real file, plus a
// declared colour of our own; and an edit that moves a row keeps the current row on its project.
#include "commands/editor.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "i18n/language.h"
#include "models/lookup.h"
#include "models/modelroles.h"
#include "models/projectmodel.h"
#include "sample/quebecsample.h"
#include "sample/synthetic.h"
#include "storage/portfoliofile.h"
#include "analysis/projectquery.h"
#include "storage/rangescan.h"
#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/sqlaccess.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QItemSelectionModel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Vigie;

class TestProjectQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filtersMatchTheRowRules_data();
    void filtersMatchTheRowRules();
    void sortsMatchTheSortRole_data();
    void sortsMatchTheSortRole();
    void textColumnsSortAsRead();
    void editedRowKeepsItsSelection();
    void largeFileShowsItsFirstScreenFirst();
    void largestProjectsFirstThroughTheBudgetIndex();
    void firstScreenReadInTwoHalves();
    void outdatedTableKeepsWhatItRead();

private:
    QStringList codes(ProjectModel &model) const;
    // A 700-project synthetic portfolio written and opened in the test's folder; null on failure.
    std::unique_ptr<Document> synthetic(const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
};

namespace {
// Lower case without accents, as a reader compares words.
QString folded(const QString &text)
{
    QString out;
    for (QChar ch : text.normalized(QString::NormalizationForm_D).toLower())
        if (!ch.isMark())
            out += ch;
    return out;
}
} // namespace

void TestProjectQuery::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    BackgroundTask::setLargeFileBytes(1024 * 1024 * 1024); // queries at once, on this thread
    const QString path = m_dir.filePath(QStringLiteral("q.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    FileError e;
    m_doc = Document::open(path, &e);
    QVERIFY2(m_doc, qPrintable(e.message));
    // A declared colour greener than the computed one, so "declared greener" selects something.
    const QList<Project> all = Repository::projects(*m_doc->file(), 0, 100000);
    QVERIFY(all.size() > 100);
    for (const Project &p : all) {
        if (p.computedCost == Health::Red && p.declaredOverall == Health::Unrated) {
            QVERIFY(m_doc->editor()->setValue(Entity::Project, p.uuid, Field::DeclaredOverall,
                                              QVariant::fromValue(Health::Green), QStringLiteral("test")));
            break;
        }
    }
}

QStringList TestProjectQuery::codes(ProjectModel &model) const
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, ProjectModel::Code).data().toString();
    return out;
}

std::unique_ptr<Document> TestProjectQuery::synthetic(const QString &name)
{
    const QString path = m_dir.filePath(name);
    SyntheticOptions options;
    options.projects = 700;
    QString error;
    if (!SyntheticSample::write(path, options, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    FileError e;
    std::unique_ptr<Document> doc = Document::open(path, &e);
    if (!doc)
        qWarning("%s", qPrintable(e.message));
    return doc;
}

void TestProjectQuery::filtersMatchTheRowRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("health");
    QTest::addColumn<int>("indicator");
    QTest::addColumn<bool>("missingTranslation");
    QTest::addColumn<int>("flag");
    QTest::addColumn<bool>("organization");
    const int overall = int(Indicator::Overall);
    QTest::newRow("ascii text") << QStringLiteral("syst") << -1 << -1 << overall << false << 0 << false;
    QTest::newRow("accented text") << QStringLiteral("é") << -1 << -1 << overall << false << 0 << false;
    QTest::newRow("organization code") << QStringLiteral("sct") << -1 << -1 << overall << false << 0 << false;
    QTest::newRow("completed") << QString() << int(ProjectState::Completed) << -1 << overall << false << 0 << false;
    QTest::newRow("active") << QString() << int(ProjectState::Active) << -1 << overall << false << 0 << false;
    for (Health h : { Health::Unrated, Health::Green, Health::Yellow, Health::Red })
        for (Indicator i : { Indicator::Cost, Indicator::Schedule, Indicator::Overall })
            QTest::addRow("health %d of %d", int(h), int(i)) << QString() << -1 << int(h) << int(i) << false << 0 << false;
    QTest::newRow("missing translation") << QString() << -1 << -1 << overall << true << 0 << false;
    QTest::newRow("declared differs") << QString() << -1 << -1 << overall << false << int(RowFlag::DeclaredDiffers) << false;
    QTest::newRow("declared greener") << QString() << -1 << -1 << overall << false << int(RowFlag::DeclaredGreener) << false;
    QTest::newRow("stale") << QString() << -1 << -1 << overall << false << int(RowFlag::Stale) << false;
    QTest::newRow("listed") << QString() << -1 << -1 << overall << false << int(RowFlag::Listed) << false;
    QTest::newRow("serving no measure") << QString() << -1 << -1 << overall << false << int(RowFlag::NoMeasure) << false;
    QTest::newRow("active serving no measure") << QString() << int(ProjectState::Active) << -1 << overall << false
                                               << int(RowFlag::NoMeasure) << false;
    QTest::newRow("organization") << QString() << -1 << -1 << overall << false << 0 << true;
    QTest::newRow("several") << QStringLiteral("a") << int(ProjectState::Active) << int(Health::Red) << overall << false
                             << 0 << false;
}

void TestProjectQuery::filtersMatchTheRowRules()
{
    QFETCH(QString, text);
    QFETCH(int, state);
    QFETCH(int, health);
    QFETCH(int, indicator);
    QFETCH(bool, missingTranslation);
    QFETCH(int, flag);
    QFETCH(bool, organization);
    ProjectModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RowFilter f;
    f.text = text;
    f.state = state;
    f.health = health;
    f.indicator = indicator;
    f.missingTranslation = missingTranslation;
    f.flag = flag;
    if (flag == int(RowFlag::Listed))
        for (int r = 0; r < model.rowCount(); r += 7)
            f.ids.insert(model.project(r)->id);
    if (organization)
        f.organizationId = model.project(0)->organizationId;
    QStringList expected;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.rowMatches(r, {}, f))
            expected << model.project(r)->code;
    model.setFilter(f);
    QCOMPARE(codes(model), expected); // same rows, same (code) order
    QCOMPARE(model.totalRows(), Repository::projectCount(*m_doc->file()));
    if (QByteArray(QTest::currentDataTag()) != "accented text" && !QByteArray(QTest::currentDataTag()).startsWith("health")
        && QByteArray(QTest::currentDataTag()) != "missing translation")
        QVERIFY2(!expected.isEmpty(), "a filter that selects nothing checks nothing");
}

void TestProjectQuery::sortsMatchTheSortRole_data()
{
    QTest::addColumn<int>("column");
    for (int c : { ProjectModel::Cost, ProjectModel::Schedule, ProjectModel::Overall, ProjectModel::Updated, ProjectModel::Budget,
                   ProjectModel::ForecastCost, ProjectModel::PlannedEnd, ProjectModel::ForecastEnd,
                   ProjectModel::CostVariance, ProjectModel::CostVarianceOriginal, ProjectModel::ScheduleVariance,
                   ProjectModel::ScheduleVarianceOriginal, ProjectModel::State })
        QTest::addRow("%s", qPrintable(ProjectModel::columnLabel(c))) << c;
}

void TestProjectQuery::sortsMatchTheSortRole()
{
    QFETCH(int, column);
    ProjectModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every row's sort value, in file (row id) order as a stable sort sees ties.
    struct Item
    {
        RowId id;
        QString code;
        QVariant key;
    };
    std::vector<Item> items;
    for (int r = 0; r < model.rowCount(); ++r)
        items.push_back({ model.project(r)->id, model.project(r)->code, model.index(r, column).data(Roles::SortRole) });
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.id < b.id; });
    const auto less = [](const QVariant &a, const QVariant &b) {
        if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
            const QDate x = a.toDate(), y = b.toDate(); // missing dates first, as SQL's NULLs
            return !x.isValid() ? y.isValid() : y.isValid() && x < y;
        }
        // The model rounds variances to a millionth of a percent and SQL does not: compare to 1e-4.
        return std::llround(a.toDouble() * 1e4) < std::llround(b.toDouble() * 1e4);
    };
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        std::vector<Item> sorted = items;
        std::stable_sort(sorted.begin(), sorted.end(), [&](const Item &a, const Item &b) {
            return order == Qt::AscendingOrder ? less(a.key, b.key) : less(b.key, a.key);
        });
        QStringList expected;
        for (const Item &i : sorted)
            expected << i.code;
        model.sort(column, order);
        QCOMPARE(codes(model), expected);
    }
}

void TestProjectQuery::textColumnsSortAsRead()
{
    ProjectModel model(m_doc.get());
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
        Language::apply(language);
        for (int column : { ProjectModel::Code, ProjectModel::Name, ProjectModel::Organization, ProjectModel::Phase }) {
            model.sort(column, Qt::AscendingOrder);
            model.retranslate();
            QCOMPARE(model.rowCount(), Repository::projectCount(*m_doc->file()));
            QString previous;
            for (int r = 0; r < model.rowCount(); ++r) {
                QString shown = model.index(r, column).data().toString();
                shown.remove(Lookup::marker()); // the fallback marker is not part of the name
                const QString key = column == ProjectModel::Code ? shown : folded(shown);
                QVERIFY2(previous <= key, qPrintable(QStringLiteral("%1: %2 after %3 (%4)")
                                                         .arg(ProjectModel::columnLabel(column), key, previous, language)));
                previous = key;
            }
        }
    }
    Language::apply(QStringLiteral("en"));
}

void TestProjectQuery::editedRowKeepsItsSelection()
{
    ProjectModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(ProjectModel::ForecastCost, Qt::AscendingOrder);
    QItemSelectionModel selection(&model);
    const int row = model.rowCount() / 2;
    const QString uuid = model.project(row)->uuid;
    selection.setCurrentIndex(model.index(row, ProjectModel::Code),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The largest forecast of all: the project moves to the end of the order.
    QVERIFY(model.setData(model.index(row, ProjectModel::ForecastCost), 9.9e12));
    QCOMPARE(model.rowOf(uuid), model.rowCount() - 1);
    QCOMPARE(selection.currentIndex().row(), model.rowCount() - 1);
    QCOMPARE(model.project(selection.currentIndex().row())->uuid, uuid);
    QVERIFY(selection.isRowSelected(model.rowCount() - 1));
    // Undo puts it back where it was.
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowOf(uuid), row);
    QCOMPARE(selection.currentIndex().row(), row);
}

// On a large file the worker answers the first screen (an indexed order) before the whole answer, and
// the model holds ids only: every row comes from the file when shown.
void TestProjectQuery::largeFileShowsItsFirstScreenFirst()
{
    std::unique_ptr<Document> doc = synthetic(QStringLiteral("synthetic.vigie"));
    QVERIFY(doc);
    BackgroundTask::setLargeFileBytes(0);
    ProjectModel model(doc.get());
    BackgroundTask::setLargeFileBytes(1024 * 1024 * 1024);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<int> shown;
    connect(&model, &QAbstractItemModel::layoutChanged, this, [&] { shown << model.rowCount(); });
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(shown, QList<int>({ 256, 700 }));
    QStringList codes = this->codes(model);
    QStringList sorted = codes;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(codes, sorted);
    // A search typed while the answer comes: the last one wins, on the worker too.
    RowFilter f;
    f.text = codes.at(5).left(3).toLower();
    model.setFilter(f);
    f.text = codes.at(5).toLower();
    model.setFilter(f);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ProjectModel::Code).data().toString(), codes.at(5));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.rowMatches(r, {}, f));
}

// Sorted by budget, a large file's first screen comes through the budget index and the whole answer
// from a sort of every row: the first screen is the whole answer's beginning, ties in row order.
void TestProjectQuery::largestProjectsFirstThroughTheBudgetIndex()
{
    std::unique_ptr<Document> doc = synthetic(QStringLiteral("budgets.vigie"));
    QVERIFY(doc);
    {
        QSqlQuery q(sqlDatabase(*doc->file()));
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT p.id FROM project p WHERE +p.state = 'active' "
                                      "ORDER BY p.budget DESC, p.id LIMIT 256")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("project_budget")), qPrintable(plan));
    }
    BackgroundTask::setLargeFileBytes(0);
    ProjectModel model(doc.get());
    QTRY_VERIFY(!model.isLoading());
    QStringList firstScreen;
    connect(&model, &QAbstractItemModel::layoutChanged, this, [&] {
        if (firstScreen.isEmpty())
            firstScreen = codes(model);
    });
    model.sort(ProjectModel::Budget, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading());
    BackgroundTask::setLargeFileBytes(1024 * 1024 * 1024);
    QCOMPARE(firstScreen.size(), 256);
    const QStringList all = codes(model);
    QCOMPARE(all.size(), 700);
    QCOMPARE(all.mid(0, 256), firstScreen);
    // Descending budgets, equal budgets in row order.
    int ties = 0;
    for (int r = 1; r < model.rowCount(); ++r) {
        const Project *a = model.project(r - 1), *b = model.project(r);
        QVERIFY(a->budget >= b->budget);
        if (a->budget == b->budget) {
            QVERIFY2(a->id < b->id, qPrintable(a->code + QLatin1Char(' ') + b->code));
            ++ties;
        }
    }
    QVERIFY(ties > 0);
}

// A first screen in an order no index gives is read in two halves of the table at once, each half's best
// rows chosen again: it must be the whole answer's beginning, for every order and filter, ties included.
void TestProjectQuery::firstScreenReadInTwoHalves()
{
    std::unique_ptr<Document> doc = synthetic(QStringLiteral("halves.vigie"));
    QVERIFY(doc);
    const PortfolioFile &file = *doc->file();
    // A name in French only and an accented one, so the folded text order is exercised beside ASCII.
    const QList<Project> all = Repository::projects(file, 0, 100000);
    QVERIFY(doc->editor()->setValue(Entity::Project, all.at(10).uuid, Field::NameEn, QString(), QStringLiteral("test")));
    QVERIFY(doc->editor()->setValue(Entity::Project, all.at(11).uuid, Field::NameEn, QStringLiteral("Écran d'accueil"),
                                    QStringLiteral("test")));
    RangeScan::setMinimumRows(1);
    const auto restore = qScopeGuard([] { RangeScan::setMinimumRows(200000); });
    using S = ProjectQuery::Sort;
    int split = 0;
    for (int sort = int(S::Code); sort <= int(S::State); ++sort) {
        for (bool descending : { false, true }) {
            for (int filter = 0; filter < 4; ++filter) {
                ProjectQuery q;
                q.sort = S(sort);
                q.descending = descending;
                q.language = filter == 3 ? QStringLiteral("fr") : QStringLiteral("en");
                if (filter == 1)
                    q.text = QStringLiteral("sys");
                if (filter == 2) {
                    q.health = int(Health::Green);
                    q.state = int(ProjectState::Active);
                }
                const QString what = QStringLiteral("sort %1%2, filter %3").arg(sort).arg(descending ? QStringLiteral(" desc") : QString()).arg(filter);
                QVector<RowId> whole, first;
                QString error;
                QVERIFY2(ProjectQueries::ids(file, q, &whole, &error), qPrintable(what + error));
                QVERIFY2(ProjectQueries::ids(file, q, &first, &error, {}, 64), qPrintable(what + error));
                // The codes and the unfiltered budgets come in order from their index, not split (and
                // lastRunSplit() still tells of the run before).
                const bool indexed = q.sort == S::Code || (q.sort == S::Budget && (filter == 0 || filter == 3));
                if (!indexed) {
                    QVERIFY2(RangeScan::lastRunSplit(), qPrintable(what));
                    ++split;
                }
                QVERIFY2(whole.size() > 64, qPrintable(what));
                QCOMPARE(first, whole.mid(0, 64));
            }
        }
    }
    // Every order but the codes' (and the budgets' unfiltered) was split: 15 orders × 2 × 4, budgets 2 × 2.
    QCOMPARE(split, 15 * 2 * 4 + 2 * 2);
    // A newer query stops both halves: no answer, no error.
    ProjectQuery q;
    q.sort = S::Name;
    QVector<RowId> none;
    QString error;
    QVERIFY(!ProjectQueries::ids(file, q, &none, &error, [] { return true; }, 64));
    QVERIFY(none.isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(file.damage().isEmpty(), qPrintable(file.damage()));
}

void TestProjectQuery::outdatedTableKeepsWhatItRead()
{
    // Another Vigie, a later one, upgrades the file under the window: the document turns outdated, and
    // the table shows the rows it read, and no other (each cell painted would read the file again, in a
    // format this program does not read), nor sorts nor filters.
    std::unique_ptr<Document> doc = synthetic(QStringLiteral("outdated.vigie"));
    QVERIFY(doc);
    ProjectModel *model = doc->projectModel();
    const int rows = model->rowCount();
    QVERIFY(rows > 256);
    const QString first = model->index(0, ProjectModel::Code).data().toString();
    QVERIFY(!first.isEmpty());
    const int inMemory = model->rowsInMemory();
    QVERIFY(inMemory > 0 && inMemory < rows);
    {
        FileError e;
        auto newer = PortfolioFile::open(doc->path(), PortfolioFile::Access::ReadWriteVerified, &e);
        QVERIFY2(newer, qPrintable(e.message));
        QSqlQuery q(sqlDatabase(*newer));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1)));
    }
    QVERIFY(!doc->checkOutsideChanges());
    QVERIFY(doc->isOutdated());
    QVERIFY(!model->canQueryAgain());
    QCOMPARE(model->index(0, ProjectModel::Code).data().toString(), first);
    QCOMPARE(model->index(rows - 1, ProjectModel::Code).data().toString(), QStringLiteral("(not read)"));
    QVERIFY(!model->index(rows - 1, ProjectModel::Name).data().isValid());
    QCOMPARE(model->rowsInMemory(), inMemory);
    model->sort(ProjectModel::Budget, Qt::DescendingOrder);
    RowFilter none;
    none.text = QStringLiteral("no project is named so");
    model->setFilter(none);
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->index(0, ProjectModel::Code).data().toString(), first);
    QCOMPARE(model->rowsInMemory(), inMemory);
    // Nor a change of language (names sort by the words shown), nor a reload.
    Language::apply(QStringLiteral("fr"));
    model->retranslate();
    model->reload();
    Language::apply(QStringLiteral("en"));
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->index(0, ProjectModel::Code).data().toString(), first);
}

QTEST_MAIN(TestProjectQuery)
#include "tst_projectquery.moc"
