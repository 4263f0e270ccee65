// What a merge keeps out of a copy, named with why, while the rest of the copy comes in: what a period
// frozen here since the copy was sent reported (a deletion, a correction of the original authorization),
// and values no edit here would take. Real files built from the Quebec sample, edited through the core
// edits, checked on disk (dry run and real merge).
#include "merge/merger.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"
#include "storage/structureedits.h"

#include "mergefixture.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Vigie;
using namespace VigieTest;

class TestMergeKept : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void deletionOfWhatAFrozenPeriodHoldsIsKept();
    void authorizationCorrectedInACopyAfterAFreezeIsKept();
    void valuesNoEditTakesAreKeptOut();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString mtessProject(int n) const { return m_mtess.value(n); }
    // Opens the master, merges, closes: what `vigie merge` does.
    EditResult merge(const QStringList &copies, MergePlan *plan)
    {
        auto file = openFile(m_master, QStringLiteral("cio-office"), QDateTime(QDate(2016, 10, 20), QTime(14, 0), Qt::UTC));
        return file ? Merger::merge(*file, copies, MergeOptions(), plan) : EditResult();
    }
    // Merges `copies` into the master as the office, a dry run and then for real, each on the file opened
    // afresh, and hands each plan, the file as that merge left it and whether it was the dry run to
    // `check`, which says what it expects with QVERIFY and QCOMPARE. False when a merge failed or a check did.
    bool mergeDryThenReal(const QStringList &copies, const std::function<void(const MergePlan &, PortfolioFile &, bool)> &check)
    {
        for (const bool dryRun : { true, false }) {
            MergePlan plan;
            auto file = openFile(m_master, QStringLiteral("cio-office"));
            if (!file)
                return false;
            const EditResult r = Merger::merge(*file, copies, MergeOptions(), &plan, dryRun);
            if (!r.ok) {
                qWarning("%s", qPrintable(r.error));
                return false;
            }
            check(plan, *file, dryRun);
            if (QTest::currentTestFailed())
                return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_master;
    QStringList m_mtess;
};

void TestMergeKept::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_master = path(QStringLiteral("quebec.vigie"));
    QVERIFY(writeQuebec(m_master));
    m_mtess = projectCodes(m_master, QStringLiteral("MTESS"));
    QVERIFY(m_mtess.size() >= 5);
}

// A copy taken before a period was frozen here deletes a project that period reported: the merge used to
// fail whole on the file's refusal ("Cannot delete project…"), taking in none of the copy's other changes.
// The deletion is now kept out and named with why, in the plan and its text; the rest comes in.
void TestMergeKept::deletionOfWhatAFrozenPeriodHoldsIsKept()
{
    QVERIFY(withoutPeriods(m_master));
    const QString copy = path(QStringLiteral("whole.vigie"));
    QVERIFY(sendCopy(m_master, copy, QString()));
    const QString p2 = mtessProject(2), p3 = mtessProject(3);
    QVERIFY(editFile(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::deleteRows(f, Entity::Project, { project(f, p2) }, QStringLiteral("Delete")).ok
            && Edits::setValue(f, Entity::Project, project(f, p3), Field::Phase, QStringLiteral("Deployment"),
                               QStringLiteral("Phase")).ok;
    }));
    QVERIFY(editFile(m_master, QStringLiteral("cio-office"), [](PortfolioFile &f) {
        return Edits::freezePeriod(f, QStringLiteral("October 2016"), QDate(2016, 10, 31), QStringLiteral("Freeze"),
                                   QStringLiteral("Octobre 2016")).ok;
    }));
    QVERIFY(mergeDryThenReal({ copy }, [&](const MergePlan &plan, PortfolioFile &file, bool dryRun) {
        QCOMPARE(plan.applied(), 1); // the phase
        QCOMPARE(plan.conflicts(), 0);
        QCOMPARE(plan.sources.value(0).kept.size(), 1);
        const MergeIgnored kept = plan.sources.value(0).kept.value(0);
        QCOMPARE(kept.entity, Entity::Project);
        QCOMPARE(kept.key, p2);
        QVERIFY2(kept.reason.startsWith(QStringLiteral("Cannot delete project %1: it was reported in 1 frozen reporting period").arg(p2)),
                 qPrintable(kept.reason));
        const QString text = plan.toText(dryRun);
        QVERIFY2(text.contains(QStringLiteral(" in the copy not taken in:\n    ") + kept.reason + QLatin1Char('\n')),
                 qPrintable(text));
        QVERIFY(!project(file, p2).isEmpty());
        QSqlQuery q(sqlDatabase(file));
        QVERIFY(q.exec(QStringLiteral("SELECT phase FROM project WHERE code = '%1'").arg(p3)) && q.next());
        QCOMPARE(q.value(0).toString() == QLatin1String("Deployment"), !dryRun);
    }));
}

// A ministry corrects the original authorization of two projects it has not reported yet, in two copies.
// The first merges before this file freezes a period and comes in (the baseline corrected, the project
// following it). The second merges after the freeze reported its project: the correction would rewrite
// what that period reported, which no edit here may do, so it is kept out, named with why, and the
// copy's other change comes in.
void TestMergeKept::authorizationCorrectedInACopyAfterAFreezeIsKept()
{
    QVERIFY(withoutPeriods(m_master));
    // Two projects with their original authorization only (never re-authorized).
    QStringList single;
    {
        auto file = openFile(m_master, QStringLiteral("reader"));
        QVERIFY(file);
        for (const QString &code : std::as_const(m_mtess)) {
            if (StructureEdits::authorizationLocked(*file, project(*file, code)).isEmpty())
                single << code;
        }
    }
    QVERIFY2(single.size() >= 2, qPrintable(single.join(QLatin1Char(' '))));
    const QString p1 = single.at(0), p2 = single.at(1);
    const QString early = path(QStringLiteral("early.vigie")), late = path(QStringLiteral("late.vigie"));
    QVERIFY(sendCopy(m_master, early, QStringLiteral("MTESS")));
    QVERIFY(sendCopy(m_master, late, QStringLiteral("MTESS")));
    const auto correct = [&](const QString &copy, const QString &code, double budget) {
        return editFile(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
            const EditResult r = StructureEdits::set(f, Entity::Project, project(f, code),
                                                     { { Field::Budget, budget }, { Field::PlannedEnd, QStringLiteral("2030-03-31") } },
                                                     QStringLiteral("Edit Project"));
            return r.ok && r.changed
                && Edits::setValue(f, Entity::Project, project(f, code), Field::Phase, QStringLiteral("Deployment"),
                                   QStringLiteral("Phase")).ok;
        });
    };
    QVERIFY(correct(early, p1, 7.25e6));
    QVERIFY(correct(late, p2, 8.5e6));

    MergePlan plan;
    EditResult r = merge({ early }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(plan.sources.value(0).kept.isEmpty());
    {
        auto file = openFile(m_master, QStringLiteral("reader"));
        const auto p = Repository::project(*file, project(*file, p1));
        QVERIFY(p);
        QCOMPARE(p->budget, 7.25e6);
        QCOMPARE(p->originalBudget, 7.25e6);
        QCOMPARE(p->originalEnd, QDate(2030, 3, 31));
        const QList<Baseline> baselines = Repository::baselines(*file, p->id);
        QCOMPARE(baselines.size(), 1);
        QCOMPARE(baselines.constFirst().budget, 7.25e6);
    }

    double before = 0;
    QDate endBefore;
    QVERIFY(editFile(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        const auto p = Repository::project(f, project(f, p2));
        before = p ? p->originalBudget : -1;
        endBefore = p ? p->originalEnd : QDate();
        return Edits::freezePeriod(f, QStringLiteral("October 2016"), QDate(2016, 10, 31), QStringLiteral("Freeze"),
                                   QStringLiteral("Octobre 2016")).ok;
    }));
    QVERIFY(before > 0 && before != 8.5e6);
    QVERIFY(mergeDryThenReal({ late }, [&](const MergePlan &plan, PortfolioFile &file, bool dryRun) {
        QCOMPARE(plan.applied(), 1); // the phase
        QCOMPARE(plan.conflicts(), 0);
        const QList<MergeIgnored> kept = plan.sources.value(0).kept;
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.constFirst().entity, Entity::Baseline);
        QCOMPARE(kept.constFirst().fields.size(), 2); // budget and planned end
        QVERIFY2(kept.constFirst().reason.contains(QStringLiteral(": Project %1 was reported in a frozen reporting period: its "
                                                                  "original budget and planned dates stay as reported.").arg(p2)),
                 qPrintable(kept.constFirst().reason));
        QVERIFY2(plan.toText(dryRun).contains(kept.constFirst().reason), qPrintable(plan.toText(dryRun)));
        const auto p = Repository::project(file, project(file, p2));
        QCOMPARE(p->originalBudget, before);
        QCOMPARE(p->originalEnd, endBefore);
        QCOMPARE(Repository::baselines(file, p->id).constFirst().budget, before);
        QCOMPARE(p->phase == QLatin1String("Deployment"), !dryRun);
    }));
}

void TestMergeKept::valuesNoEditTakesAreKeptOut()
{
    // A copy is untrusted: values written into it by another program (here, straight into its rows after
    // an edit the journal recorded) that no edit here would take are named and left out; the rest comes in.
    const QString copy = path(QStringLiteral("hostile.vigie"));
    QVERIFY(sendCopy(m_master, copy, QString()));
    const QString p3 = mtessProject(3), p4 = mtessProject(4);
    QVERIFY(editFile(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        const QString added = Edits::addRow(f, Entity::Project, { { Field::Code, QStringLiteral("NEW-1") },
                                                                  { Field::NameEn, QStringLiteral("New") } },
                                            QStringLiteral("Add"))
                                  .uuid;
        if (added.isEmpty()
            || !Edits::addRow(f, Entity::Decision, { { Field::Project, f.rowId(Entity::Project, added) }, { Field::TextEn, QStringLiteral("Go") } },
                              QStringLiteral("Decide"))
                    .ok
            || !Edits::setValues(f, Entity::Project, project(f, p3),
                                 { { Field::Description, QStringLiteral("short") }, { Field::ForecastCost, 1.0e6 },
                                   { Field::Phase, QStringLiteral("Deployment") } },
                                 QStringLiteral("Edit"))
                    .ok
            || !Edits::setValue(f, Entity::Project, project(f, p4), Field::Phase, QStringLiteral("Closing"), QStringLiteral("Edit")).ok)
            return false;
        QSqlQuery q(sqlDatabase(f));
        q.prepare(QStringLiteral("UPDATE project SET description = ?, forecast_cost = 1e300 WHERE code = ?"));
        q.addBindValue(QString(60000, QLatin1Char('x')));
        q.addBindValue(p3);
        QSqlQuery n(sqlDatabase(f));
        n.prepare(QStringLiteral("UPDATE project SET name_en = ? WHERE code = 'NEW-1'"));
        n.addBindValue(QString(3000, QLatin1Char('n')));
        return q.exec() && q.numRowsAffected() == 1 && n.exec() && n.numRowsAffected() == 1;
    }));
    QVERIFY(mergeDryThenReal({ copy }, [&](const MergePlan &plan, PortfolioFile &file, bool dryRun) {
        QCOMPARE(plan.applied(), 2); // the two phases
        QCOMPARE(plan.added(), 0);   // neither the new project nor the decision under it
        const QList<MergeIgnored> kept = plan.sources.value(0).kept;
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.at(0).key, QStringLiteral("NEW-1"));
        QVERIFY(kept.at(0).added);
        QVERIFY2(kept.at(0).reason.contains(QStringLiteral("Project NEW-1: English name: the text is 3,000 characters long, and at most 2,000 are allowed.")),
                 qPrintable(kept.at(0).reason));
        QVERIFY2(kept.at(1).reason.startsWith(QStringLiteral("Project %1: ").arg(p3))
                     && kept.at(1).reason.contains(QStringLiteral("60,000 characters"))
                     && kept.at(1).reason.contains(QStringLiteral("the largest amount Vigie keeps to the cent")),
                 qPrintable(kept.at(1).reason));
        QCOMPARE(kept.at(1).fields.size(), 2);
        QCOMPARE(kept.at(2).entity, Entity::Decision);
        QVERIFY2(kept.at(2).reason.contains(QStringLiteral("it belongs to project NEW-1, not taken in.")), qPrintable(kept.at(2).reason));
        const QString text = plan.toText(dryRun);
        QVERIFY2(text.contains(QStringLiteral(" in the copy not taken in:\n    ") + kept.at(0).reason + QLatin1Char('\n')),
                 qPrintable(text));
        QSqlQuery q(sqlDatabase(file));
        QVERIFY(q.exec(QStringLiteral("SELECT phase, length(description), forecast_cost FROM project WHERE code = '%1'").arg(p3)) && q.next());
        QCOMPARE(q.value(0).toString() == QLatin1String("Deployment"), !dryRun);
        QVERIFY(q.value(1).toInt() < 100);
        QVERIFY(q.value(2).isNull() || q.value(2).toDouble() < 1e15);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project WHERE code = 'NEW-1'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }));
}

QTEST_GUILESS_MAIN(TestMergeKept)
#include "tst_mergekept.moc"
