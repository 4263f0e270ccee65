// The baseline ledger: a decision that re-authorizes a project adds a baseline, undoably; variances
// against the original and the latest baseline side by side; the summary's re-baselined count and
// colours against the original baselines.
#include "analysis/baselineledger.h"
#include "analysis/summary.h"
#include "storage/edits.h"
#include "storage/integrity.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"

#include "filedump.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestBaselineLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void reauthorizationAddsBaselineUndoably_data();
    void reauthorizationAddsBaselineUndoably();
    void plainDecisionAddsNoBaseline();
    void refusals();

private:
    QString addProject(const QString &code, double budget, double forecast);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    QString m_path;
};

void TestBaselineLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("b.vigie"));
    FileError error;
    m_file = PortfolioFile::create(m_path, QStringLiteral("Ledger"), &error);
    QVERIFY2(m_file, qPrintable(error.message));
    m_file->setClock([] { return QDateTime(QDate(2016, 8, 31), QTime(12, 0), Qt::UTC); });
}

void TestBaselineLedger::cleanup()
{
    m_file.reset();
    m_dir.reset();
}

QString TestBaselineLedger::addProject(const QString &code, double budget, double forecast)
{
    return Edits::addRow(*m_file, Entity::Project,
                         { { Field::Code, code }, { Field::NameEn, code }, { Field::Budget, budget },
                           { Field::PlannedStart, QDate(2015, 1, 1) }, { Field::PlannedEnd, QDate(2017, 1, 1) },
                           { Field::ForecastCost, forecast }, { Field::ForecastEnd, QDate(2017, 1, 1) } },
                         QStringLiteral("Add"))
        .uuid;
}

void TestBaselineLedger::reauthorizationAddsBaselineUndoably_data()
{
    QTest::addColumn<bool>("withLedger");
    QTest::newRow("project without baseline rows") << false;
    QTest::newRow("project with its original baseline") << true;
}

void TestBaselineLedger::reauthorizationAddsBaselineUndoably()
{
    QFETCH(bool, withLedger);
    // +40% over its original budget, +2.7% over the re-authorized one: green against the latest, red
    // against the original.
    const QString uuid = addProject(QStringLiteral("P1"), 100e6, 140e6);
    const RowId id = m_file->rowId(Entity::Project, uuid);
    if (withLedger) {
        QVERIFY(Edits::addRow(*m_file, Entity::Baseline,
                              { { Field::Project, id }, { Field::Sequence, 0 }, { Field::Budget, 100e6 },
                                { Field::ApprovedDate, QDate(2014, 12, 1) }, { Field::PlannedStart, QDate(2015, 1, 1) },
                                { Field::PlannedEnd, QDate(2017, 1, 1) } },
                              QStringLiteral("Baseline"))
                    .ok);
    }
    QCOMPARE(m_file->value(Entity::Project, uuid, Field::ComputedCost).toString(), QStringLiteral("red"));
    const QStringList before = VigieTest::dumpPortfolio(m_path);

    DecisionRecord d;
    d.date = QDate(2016, 6, 1);
    d.authority = QStringLiteral("Treasury Board");
    d.text = { QStringLiteral("Budget increase for the second phase"), QStringLiteral("Hausse du budget pour la phase 2") };
    d.budgetChange = 36.3e6;
    d.plannedEnd = QDate(2017, 7, 1);
    d.reauthorize = true;
    const EditResult r = Edits::recordDecision(*m_file, uuid, d, QStringLiteral("Re-authorize"));
    QVERIFY2(r.ok && r.changed, qPrintable(r.error));
    QVERIFY(!r.uuid.isEmpty());
    const QStringList after = VigieTest::dumpPortfolio(m_path);
    {
        QSqlQuery q(sqlDatabase(*m_file));
        QVERIFY(q.exec(QStringLiteral("SELECT baselines FROM project WHERE id = %1").arg(id)) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    const QList<Baseline> baselines = Repository::baselines(*m_file, id);
    QCOMPARE(baselines.size(), 2);
    QCOMPARE(baselines.at(0).budget, 100e6);
    QCOMPARE(baselines.at(1).budget, 136.3e6);
    QCOMPARE(baselines.at(1).approved, QDate(2016, 6, 1));
    QCOMPARE(baselines.at(1).plannedEnd, QDate(2017, 7, 1));
    QCOMPARE(baselines.at(1).plannedStart, QDate(2015, 1, 1));
    QCOMPARE(baselines.at(1).authority, QStringLiteral("Treasury Board"));
    QCOMPARE(baselines.at(1).noteText().fr, QStringLiteral("Hausse du budget pour la phase 2"));
    QCOMPARE(m_file->value(Entity::Project, uuid, Field::Budget).toDouble(), 136.3e6);
    QCOMPARE(m_file->value(Entity::Project, uuid, Field::OriginalBudget).toDouble(), 100e6);
    QCOMPARE(m_file->value(Entity::Project, uuid, Field::ComputedCost).toString(), QStringLiteral("green"));
    const QList<Decision> decisions = Repository::decisions(*m_file, id);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().kind, QStringLiteral("reauthorization"));
    QCOMPARE(decisions.first().budgetChange.value_or(0), 36.3e6);

    const std::optional<ProjectBaselines> ledger = BaselineLedger::read(*m_file, uuid);
    QVERIFY(ledger && ledger->rebaselined());
    QCOMPARE(qRound(*ledger->latest.cost * 10), 27);    // (140 − 136.3) / 136.3 = 2.7%
    QCOMPARE(qRound(*ledger->original.cost * 10), 400); // (140 − 100) / 100 = 40%
    QCOMPARE(ledger->latest.costColour, Health::Green);
    QCOMPARE(ledger->original.costColour, Health::Red);
    QCOMPARE(*ledger->original.schedule, 0.0);               // forecast end = the original planned end
    QCOMPARE(ledger->original.scheduleColour, Health::Green);

    Summary s;
    QString error;
    QVERIFY2(SummaryBuilder::compute(*m_file, &s, &error), qPrintable(error));
    QCOMPARE(s.honest.rebaselined, 1);
    QCOMPARE(s.honest.computed[int(Indicator::Cost)].green.count, 1);
    QCOMPARE(s.honest.computedOriginal[int(Indicator::Cost)].red.count, 1);
    QCOMPARE(s.honest.computedOriginal[int(Indicator::Overall)].red.count, 1);

    // Undo → redo, twice, against the file on disk.
    qint64 applied = r.changeset;
    for (int i = 0; i < 2; ++i) {
        const EditResult undo = Edits::revert(*m_file, { applied });
        QVERIFY2(undo.ok, qPrintable(undo.error));
        QCOMPARE(VigieTest::dumpPortfolio(m_path), before);
        QVERIFY(IntegrityCheck::run(m_path).intact());
        const EditResult redo = Edits::revert(*m_file, { undo.changeset });
        QVERIFY2(redo.ok, qPrintable(redo.error));
        QCOMPARE(VigieTest::dumpPortfolio(m_path), after);
        QVERIFY(IntegrityCheck::run(m_path).intact());
        applied = redo.changeset;
    }
}

void TestBaselineLedger::plainDecisionAddsNoBaseline()
{
    const QString uuid = addProject(QStringLiteral("P2"), 10e6, 10e6);
    DecisionRecord d;
    d.date = QDate(2016, 5, 1);
    d.kind = QStringLiteral("phase_gate");
    d.text = { QStringLiteral("Gate 2 passed"), QStringLiteral("Étape 2 franchie") };
    QVERIFY(Edits::recordDecision(*m_file, uuid, d, QStringLiteral("Decision")).ok);
    const RowId id = m_file->rowId(Entity::Project, uuid);
    QCOMPARE(Repository::baselines(*m_file, id).size(), 0);
    QCOMPARE(Repository::decisions(*m_file, id).size(), 1);
    QCOMPARE(Repository::decisions(*m_file, id).first().kind, QStringLiteral("phase_gate"));
    const std::optional<ProjectBaselines> ledger = BaselineLedger::read(*m_file, uuid);
    QVERIFY(ledger && !ledger->rebaselined());
    QCOMPARE(*ledger->original.cost, *ledger->latest.cost);
}

void TestBaselineLedger::refusals()
{
    const QString uuid = addProject(QStringLiteral("P3"), 10e6, 10e6);
    const QStringList before = VigieTest::dumpPortfolio(m_path);
    DecisionRecord d;
    d.date = QDate(2016, 5, 1);
    d.reauthorize = true; // with nothing to re-authorize
    QVERIFY(!Edits::recordDecision(*m_file, uuid, d, QStringLiteral("R")).ok);
    d.budgetChange = -20e6; // a negative budget
    QVERIFY(!Edits::recordDecision(*m_file, uuid, d, QStringLiteral("R")).ok);
    d.budgetChange = 1e6;
    d.date = QDate();
    QVERIFY(!Edits::recordDecision(*m_file, uuid, d, QStringLiteral("R")).ok);
    d.date = QDate(2016, 5, 1);
    QVERIFY(!Edits::recordDecision(*m_file, QStringLiteral("no-such-project"), d, QStringLiteral("R")).ok);
    QCOMPARE(VigieTest::dumpPortfolio(m_path), before);
}

QTEST_GUILESS_MAIN(TestBaselineLedger)
#include "tst_baselineledger.moc"
