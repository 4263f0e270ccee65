// The strategy tree and the envelopes of a large file are read on a worker thread (their own read
// connection) and applied in one reset: on the Quebec sample written to a real file, the models built on
// the worker show exactly the rows, texts and flags the models read at once on the GUI thread show, and
// they follow every edit made through the document's editor (and its undo), small or structural.

#include "commands/editor.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "i18n/language.h"
#include "models/envelopemodel.h"
#include "models/modelroles.h"
#include "models/strategymodel.h"
#include "sample/quebecsample.h"
#include "storage/portfoliofile.h"
#include "storage/readsnapshot.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"
#include "storage/sqldialect.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestModelWorkers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void strategyFromTheWorkerIsTheSameTree();
    void envelopesFromTheWorkerAreTheSameRows();
    void workerReadGivesWayToAnEdit();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
};

namespace {
constexpr qint64 kNeverLarge = 1024 * 1024 * 1024;

// Every cell of every level, with the roles the views draw from, one line per row.
void dump(const QAbstractItemModel &model, const QModelIndex &parent, const QString &indent, QStringList *out)
{
    const int roles[] = { Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::FontRole, Roles::UuidRole,
                          Roles::SortRole, Roles::FlagsRole, Roles::FallbackRole };
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            for (int role : roles)
                cells << index.data(role).toString();
            cells << QString::number(int(model.flags(index)));
        }
        *out << indent + cells.join(QLatin1Char('|'));
        dump(model, model.index(row, 0, parent), indent + QLatin1Char(' '), out);
    }
}

QStringList dump(const QAbstractItemModel &model)
{
    QStringList out;
    dump(model, {}, QString(), &out);
    return out;
}
} // namespace

void TestModelWorkers::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    BackgroundTask::setLargeFileBytes(kNeverLarge); // the document's own models: read at once
    const QString path = m_dir.filePath(QStringLiteral("quebec.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    FileError e;
    m_doc = Document::open(path, &e);
    QVERIFY2(m_doc, qPrintable(e.message));
    QVERIFY(!m_doc->strategyModel()->isLoading());
    QCOMPARE(m_doc->strategyModel()->measureCount(), 36);
    QVERIFY(!m_doc->envelopeModel()->isLoading());
    QVERIFY(m_doc->envelopeModel()->rowCount() > 0);
}

void TestModelWorkers::cleanupTestCase()
{
    m_doc.reset();
    BackgroundTask::setLargeFileBytes(4 * 1024 * 1024);
}

void TestModelWorkers::strategyFromTheWorkerIsTheSameTree()
{
    StrategyModel &atOnce = *m_doc->strategyModel();
    BackgroundTask::setLargeFileBytes(0); // every file is "large": this model reads on its worker
    StrategyModel worker(m_doc.get());
    BackgroundTask::setLargeFileBytes(kNeverLarge); // as the program has it (the model chose its worker)
    QAbstractItemModelTester tester(&worker, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(worker.isLoading());
    QCOMPARE(worker.rowCount(), 0); // the GUI thread did not read the file
    QTRY_VERIFY(!worker.isLoading());
    QCOMPARE(worker.measureCount(), 36);
    QCOMPARE(dump(worker), dump(atOnce));
    // The counts of projects serving each measure came from the worker too.
    int served = 0;
    for (const Measure &m : Repository::measures(*m_doc->file())) {
        QCOMPARE(worker.projectCount(m.id), atOnce.projectCount(m.id));
        served += worker.projectCount(m.id);
    }
    QVERIFY(served > 0);
    const Measure first = Repository::measures(*m_doc->file()).constFirst();

    // A change of one measure is read again on the GUI thread (one row), in both models alike.
    Editor *editor = m_doc->editor();
    const QModelIndex percent = worker.indexOfMeasure(first.uuid, StrategyModel::Percent);
    QVERIFY(worker.setData(percent, 55));
    QCOMPARE(worker.measure(worker.indexOfMeasure(first.uuid))->percentComplete, 55.0);
    QVERIFY(!worker.isLoading());
    QCOMPARE(dump(worker), dump(atOnce));

    // A new measure reloads the tree: on the worker, the old tree shown until the new one replaces it.
    const QString area = Repository::keyAreas(*m_doc->file()).constFirst().uuid;
    const QString added = editor->addMeasure(area, { { Field::TitleEn, QStringLiteral("Worker-read measure") } });
    QVERIFY(!added.isEmpty());
    QVERIFY(worker.isLoading());
    QCOMPARE(worker.measureCount(), 36); // no empty tree while the worker reads
    QTRY_VERIFY(!worker.isLoading());
    QCOMPARE(worker.measureCount(), 37);
    QVERIFY(worker.indexOfMeasure(added).isValid());
    QCOMPARE(dump(worker), dump(atOnce));

    // Undo goes back through the same notification.
    m_doc->undoStack()->undo();
    QTRY_VERIFY(!worker.isLoading());
    QCOMPARE(worker.measureCount(), 36);
    QVERIFY(!worker.indexOfMeasure(added).isValid());
    QCOMPARE(dump(worker), dump(atOnce));
    m_doc->undoStack()->undo(); // the percent
    QTRY_VERIFY(!worker.isLoading());
    QCOMPARE(worker.measure(worker.indexOfMeasure(first.uuid))->percentComplete, first.percentComplete);
    QCOMPARE(dump(worker), dump(atOnce));
}

void TestModelWorkers::envelopesFromTheWorkerAreTheSameRows()
{
    EnvelopeModel &atOnce = *m_doc->envelopeModel();
    BackgroundTask::setLargeFileBytes(0);
    EnvelopeModel worker(m_doc.get());
    BackgroundTask::setLargeFileBytes(kNeverLarge);
    QAbstractItemModelTester tester(&worker, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(worker.isLoading());
    QCOMPARE(worker.rowCount(), 0);
    QTRY_VERIFY(!worker.isLoading());
    const int rows = atOnce.rowCount();
    QCOMPARE(worker.rowCount(), rows);
    QCOMPARE(dump(worker), dump(atOnce));

    // An amount typed in the table goes through the editor; both models show it.
    const QModelIndex granted = worker.index(0, EnvelopeModel::Granted);
    QVERIFY(worker.setData(granted, 1234567.0));
    QCOMPARE(worker.envelope(0)->granted, 1234567.0);
    QCOMPARE(dump(worker), dump(atOnce));

    // A deleted envelope reloads every row, on the worker.
    const QString uuid = worker.envelope(1)->uuid;
    QVERIFY(m_doc->editor()->deleteRows(Entity::Envelope, { uuid }, QStringLiteral("Delete envelope")));
    QVERIFY(worker.isLoading());
    QCOMPARE(worker.rowCount(), rows); // the rows shown stay until the answer comes
    QTRY_VERIFY(!worker.isLoading());
    QCOMPARE(worker.rowCount(), rows - 1);
    QCOMPARE(dump(worker), dump(atOnce));

    m_doc->undoStack()->undo();
    QTRY_VERIFY(!worker.isLoading());
    QCOMPARE(worker.rowCount(), rows);
    QCOMPARE(worker.envelope(1)->uuid, uuid);
    QCOMPARE(dump(worker), dump(atOnce));
    m_doc->undoStack()->undo();
    QTRY_VERIFY(!worker.isLoading());
    QVERIFY(worker.envelope(0)->granted != 1234567.0);
    QCOMPARE(dump(worker), dump(atOnce));
}

// A worker's read gives way to an edit of this program: the edit's commit interrupts the read rather than
// wait for it (a read of seconds at a million projects; here one that would last a minute, longer than
// the 5 s the commit waits before failing), and the worker reads again after the commit, seeing the edit.
void TestModelWorkers::workerReadGivesWayToAnEdit()
{
    const std::optional<Project> project = Repository::project(*m_doc->file(),
        Repository::projects(*m_doc->file(), 0, 1).constFirst().uuid);
    QVERIFY(project);
    const double wanted = project->forecastCost.value_or(0) + 123456.0;
    std::atomic<int> runs { 0 };
    std::atomic<bool> reading { false };
    auto seen = std::make_shared<std::optional<double>>();
    auto longReadFailed = std::make_shared<bool>(false);
    const QDeadlineTimer giveUp(60000);
    bool done = false;
    BackgroundTask task;
    task.startReading(
        m_doc->path(),
        [&, seen, longReadFailed, uuid = project->uuid](const PortfolioFile &file) {
            const int run = ++runs;
            const ReadSnapshot snapshot(file); // the file's shared lock, held for the whole read
            *seen = Repository::project(file, uuid)->forecastCost;
            if (run > 1)
                return;
            const std::function<bool()> expired = [&giveUp] { return giveUp.hasExpired(); };
            const SqlDialect::Interruption stop(sqlDatabase(file), expired); // keeps a reference
            QSqlQuery q(sqlDatabase(file));
            reading = true;
            *longReadFailed = !q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                                     "SELECT COUNT(*) FROM c, portfolio"));
        },
        [&done](const QString &openError) {
            QVERIFY2(openError.isEmpty(), qPrintable(openError));
            done = true;
        });
    QTRY_VERIFY(reading.load());
    QTest::qWait(50); // well inside its statement
    QVERIFY(m_doc->editor()->setValue(Entity::Project, project->uuid, Field::ForecastCost, wanted,
                                      [] { return QStringLiteral("Project"); }));
    QVERIFY(!giveUp.hasExpired());
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(*longReadFailed); // interrupted, not run to its end
    QCOMPARE(runs.load(), 2);
    QCOMPARE(seen->value_or(0), wanted);
    m_doc->undoStack()->undo();
    QCOMPARE(Repository::project(*m_doc->file(), project->uuid)->forecastCost, project->forecastCost);
}

QTEST_MAIN(TestModelWorkers)
#include "tst_modelworkers.moc"
