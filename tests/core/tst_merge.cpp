// Copies sent to ministries and merged back (core/merge): real files built from the Quebec sample, the
// master and the copies edited through the core edits, every case checked against the files on disk.
#include "i18n/language.h"
#include "merge/mergehistory.h"
#include "merge/merger.h"
#include "storage/copyscope.h"
#include "storage/repository.h"
#include "storage/structureedits.h"
#include "storage/sqlaccess.h"
#include "storage/verifiedfiles.h"

#include "mergefixture.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

class TestMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanMerge();
    void conflictWritesNothing();
    void preferMine();
    void preferTheirs();
    void addedProjectWithItsBaseline();
    void statusChangeBringsItsHistory();
    void deletionAgainstChange();
    void deletionOnOneSideOnly();
    void idempotent();
    void mergedAgainTakesOnlyWhatIsNew();
    void twoCopiesOfTheSameField();
    void journalTracesEveryChangeToItsCopy();
    void referencesByUuid();
    void confirmationsComeBack();
    void aCopyThatCannotBeReadWholeIsRefused();
    void aPortfolioThatCannotBeReadWholeRefusesTheMerge();
    void changesAreNamedInBothLanguages();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString mtessProject(int n) const;
    // Opens the master, merges, closes: what `vigie merge` does.
    EditResult merge(const QStringList &copies, MergePlan *plan, MergeChoice prefer = MergeChoice::Unresolved);
    bool edit(const QString &file, const QString &author, const std::function<bool(PortfolioFile &)> &body)
    {
        return editFile(file, author, body);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_master;
    QStringList m_mtess;
};

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_master = path(QStringLiteral("quebec.vigie"));
    QVERIFY(writeQuebec(m_master));
    m_mtess = projectCodes(m_master, QStringLiteral("MTESS"));
    QVERIFY(m_mtess.size() >= 5);
}

QString TestMerge::mtessProject(int n) const
{
    return m_mtess.value(n);
}

EditResult TestMerge::merge(const QStringList &copies, MergePlan *plan, MergeChoice prefer)
{
    auto file = openFile(m_master, QStringLiteral("cio-office"), QDateTime(QDate(2016, 10, 20), QTime(14, 0), Qt::UTC));
    if (!file)
        return {};
    MergeOptions options;
    options.prefer = prefer;
    return Merger::merge(*file, copies, options, plan);
}

void TestMerge::cleanMerge()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    const QString p0 = mtessProject(0), p1 = mtessProject(1);
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.2e6, QStringLiteral("Forecast")).ok
            && Edits::setValue(f, Entity::Project, project(f, p0), Field::Phase, QStringLiteral("closing"), QStringLiteral("Phase")).ok;
    }));
    // The master moves on meanwhile, elsewhere.
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p1), Field::Phase, QStringLiteral("planning"), QStringLiteral("Phase")).ok;
    }));
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.changed);
    QCOMPARE(plan.applied(), 2);
    QCOMPARE(plan.added(), 0);
    QCOMPARE(plan.conflicts(), 0);
    auto file = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(file->value(Entity::Project, project(*file, p0), Field::ForecastCost).toDouble(), 4.2e6);
    QCOMPARE(file->value(Entity::Project, project(*file, p0), Field::Phase).toString(), QStringLiteral("closing"));
    QCOMPARE(file->value(Entity::Project, project(*file, p1), Field::Phase).toString(), QStringLiteral("planning"));
    // The computed colour follows the merged forecast, as after any edit.
    QVERIFY(!file->value(Entity::Project, project(*file, p0), Field::ComputedCost).toString().isEmpty());
    // Merged from the copy: touched when merged (never a conflict, nor an item of the plan); the project
    // the master edited keeps the master's stamp.
    QCOMPARE(file->value(Entity::Project, project(*file, p0), Field::Touched).toString(),
             QStringLiteral("2016-10-20T14:00:00.000Z"));
    QCOMPARE(file->value(Entity::Project, project(*file, p1), Field::Touched).toString(),
             QStringLiteral("2016-10-03T09:00:00.000Z"));
}

void TestMerge::conflictWritesNothing()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    const QString p0 = mtessProject(0), p1 = mtessProject(1);
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.2e6, QStringLiteral("F")).ok
            && Edits::setValue(f, Entity::Project, project(f, p1), Field::Phase, QStringLiteral("closing"), QStringLiteral("P")).ok;
    }));
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 3.9e6, QStringLiteral("F")).ok;
    }));
    const QByteArray before = sha256(m_master);
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("conflict")), qPrintable(r.error));
    QCOMPARE(plan.conflicts(), 1);
    QCOMPARE(plan.unresolved(), 1);
    const MergeItem *conflict = nullptr;
    for (const MergeItem &i : plan.items)
        if (i.conflict)
            conflict = &i;
    QVERIFY(conflict);
    QCOMPARE(conflict->key, p0);
    QCOMPARE(conflict->column, QStringLiteral("forecast_cost"));
    QCOMPARE(conflict->mine.toDouble(), 3.9e6);
    QCOMPARE(conflict->theirs.toDouble(), 4.2e6);
    QCOMPARE(conflict->mineBy.author, QStringLiteral("cio-office"));
    QCOMPARE(conflict->theirsBy.author, QStringLiteral("mtess-it"));
    QVERIFY(!conflict->theirsBy.when.isEmpty());
    // Nothing at all was written, not even the change that did not conflict.
    QCOMPARE(sha256(m_master), before);
    const QString json = plan.toJson();
    QVERIFY2(json.startsWith(QStringLiteral("{\"applied\": 0, \"conflicts\": [")), qPrintable(json));
    QVERIFY2(json.contains(QStringLiteral("{\"entity\": \"project\", \"uuid\": \"%1\", \"key\": \"%2\", \"field\": "
                                          "\"forecast_cost\", \"mine\": 3900000, \"theirs\": 4200000}")
                               .arg(conflict->uuid, p0)),
             qPrintable(json));
}

void TestMerge::preferMine()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    const QString p0 = mtessProject(0), p1 = mtessProject(1);
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.2e6, QStringLiteral("F")).ok
            && Edits::setValue(f, Entity::Project, project(f, p1), Field::Phase, QStringLiteral("closing"), QStringLiteral("P")).ok;
    }));
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 3.9e6, QStringLiteral("F")).ok;
    }));
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan, MergeChoice::Mine);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.conflicts(), 1);
    QCOMPARE(plan.unresolved(), 0);
    QCOMPARE(plan.applied(), 1); // the phase; the forecast stays this file's
    auto file = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(file->value(Entity::Project, project(*file, p0), Field::ForecastCost).toDouble(), 3.9e6);
    QCOMPARE(file->value(Entity::Project, project(*file, p1), Field::Phase).toString(), QStringLiteral("closing"));
    // The decision is on record: kept this file's value against the copy's.
    QCOMPARE(count(*file, QStringLiteral("SELECT COUNT(*) FROM merge_log WHERE action = 'kept' AND field = 'forecast_cost' "
                                         "AND old_value = '3900000' AND new_value = '4200000' AND author = 'mtess-it'")),
             1);
}

void TestMerge::preferTheirs()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    const QString p0 = mtessProject(0);
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.2e6, QStringLiteral("F")).ok;
    }));
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 3.9e6, QStringLiteral("F")).ok;
    }));
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan, MergeChoice::Theirs);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.applied(), 1);
    auto file = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(file->value(Entity::Project, project(*file, p0), Field::ForecastCost).toDouble(), 4.2e6);
}

void TestMerge::addedProjectWithItsBaseline()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    QString added;
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        const RowId org = f.rowId(Entity::Organization, uuidWhere(f, QStringLiteral("organization"), QStringLiteral("code"), QStringLiteral("MTESS")));
        const EditResult p = Edits::addRow(f, Entity::Project,
                                           { { Field::Code, QStringLiteral("MTESS-2016-099") }, { Field::NameEn, QStringLiteral("Claims portal") },
                                             { Field::NameFr, QStringLiteral("Portail des demandes") }, { Field::Organization, org },
                                             { Field::ForecastCost, 1.45e6 } },
                                           QStringLiteral("Add Project"));
        added = p.uuid;
        return p.ok
            && Edits::addRow(f, Entity::Baseline,
                             { { Field::Project, f.rowId(Entity::Project, p.uuid) }, { Field::Sequence, 1 }, { Field::Budget, 1.2e6 },
                               { Field::PlannedStart, QDate(2016, 9, 1) }, { Field::PlannedEnd, QDate(2018, 3, 31) } },
                             QStringLiteral("Add Baseline"))
                   .ok;
    }));
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.added(), 2);
    auto file = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(project(*file, QStringLiteral("MTESS-2016-099")), added); // same UUID as in the copy
    QCOMPARE(file->value(Entity::Project, added, Field::NameFr).toString(), QStringLiteral("Portail des demandes"));
    // The project's budget follows its baseline, and its colour is computed here.
    QCOMPARE(file->value(Entity::Project, added, Field::Budget).toDouble(), 1.2e6);
    QCOMPARE(file->value(Entity::Project, added, Field::ComputedCost).toString(), QStringLiteral("yellow"));
    QCOMPARE(count(*file, QStringLiteral("SELECT COUNT(*) FROM baseline b JOIN project p ON p.id = b.project_id WHERE p.uuid = ?"), added), 1);
    QCOMPARE(count(*file, QStringLiteral("SELECT COUNT(*) FROM project WHERE uuid = ? AND baselines = 1 "
                                         "AND original_start = '2016-09-01' AND original_budget = 1200000"), added), 1);
    const auto org = file->value(Entity::Project, added, Field::Organization).toLongLong();
    QCOMPARE(file->rowUuid(Entity::Organization, org), uuidWhere(*file, QStringLiteral("organization"), QStringLiteral("code"), QStringLiteral("MTESS")));
}

void TestMerge::statusChangeBringsItsHistory()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setMeasureState(f, measure(f, 30), { MeasureStatus::Completed, 100, QStringLiteral("Livrée") },
                                      QStringLiteral("Status")).ok;
    }));
    auto before = openFile(m_master, QStringLiteral("reader"));
    const int history = int(Repository::measureHistory(*before, before->rowId(Entity::Measure, measure(*before, 30))).size());
    before.reset();
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto file = openFile(m_master, QStringLiteral("reader"));
    const QString m30 = measure(*file, 30);
    QCOMPARE(file->value(Entity::Measure, m30, Field::Status).toString(), QStringLiteral("completed"));
    QCOMPARE(file->value(Entity::Measure, m30, Field::PercentComplete).toDouble(), 100.0);
    const auto rows = Repository::measureHistory(*file, file->rowId(Entity::Measure, m30));
    QCOMPARE(int(rows.size()), history + 1); // the copy's own history row, not a new one (newest first)
    QCOMPARE(rows.first().author, QStringLiteral("mtess-it"));
    QCOMPARE(rows.first().comment, QStringLiteral("Livrée"));
    QCOMPARE(rows.first().to, MeasureStatus::Completed);
}

void TestMerge::deletionAgainstChange()
{
    QVERIFY(withoutPeriods(m_master));
    const QString copy = path(QStringLiteral("whole.vigie"));
    QVERIFY(sendCopy(m_master, copy, QString()));
    const QString p0 = mtessProject(0), p1 = mtessProject(1);
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::deleteRows(f, Entity::Project, { project(f, p0) }, QStringLiteral("Delete")).ok
            && Edits::setValue(f, Entity::Project, project(f, p1), Field::Phase, QStringLiteral("closing"), QStringLiteral("P")).ok;
    }));
    QString uuid1;
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        uuid1 = project(f, p1);
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::Phase, QStringLiteral("planning"), QStringLiteral("P")).ok
            && Edits::deleteRows(f, Entity::Project, { uuid1 }, QStringLiteral("Delete")).ok;
    }));
    MergePlan plan;
    EditResult r = merge({ copy }, &plan);
    QVERIFY(!r.ok);
    QCOMPARE(plan.conflicts(), 2);
    bool deletedThere = false, deletedHere = false;
    for (const MergeItem &i : plan.items) {
        deletedThere |= i.conflict && i.key == p0 && i.theirsState == MergeItem::State::Deleted && i.mineState == MergeItem::State::Changed;
        deletedHere |= i.conflict && i.key == p1 && i.mineState == MergeItem::State::Deleted && i.theirsState == MergeItem::State::Changed;
    }
    QVERIFY(deletedThere);
    QVERIFY(deletedHere);
    // The copy's side: p0 goes, p1 comes back as the copy has it, with its baselines.
    r = merge({ copy }, &plan, MergeChoice::Theirs);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto file = openFile(m_master, QStringLiteral("reader"));
    QVERIFY(project(*file, p0).isEmpty());
    QCOMPARE(project(*file, p1), uuid1);
    QCOMPARE(file->value(Entity::Project, uuid1, Field::Phase).toString(), QStringLiteral("closing"));
    QVERIFY(count(*file, QStringLiteral("SELECT COUNT(*) FROM baseline b JOIN project p ON p.id = b.project_id WHERE p.uuid = ?"), uuid1) > 0);
}

void TestMerge::deletionOnOneSideOnly()
{
    QVERIFY(withoutPeriods(m_master));
    const QString copy = path(QStringLiteral("whole.vigie"));
    QVERIFY(sendCopy(m_master, copy, QString()));
    const QString p2 = mtessProject(2);
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::deleteRows(f, Entity::Project, { project(f, p2) }, QStringLiteral("Delete")).ok;
    }));
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.applied(), 1); // one deletion: its baselines and decisions go with it
    auto file = openFile(m_master, QStringLiteral("reader"));
    QVERIFY(project(*file, p2).isEmpty());
}

void TestMerge::idempotent()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, mtessProject(0)), Field::ForecastCost, 4.2e6, QStringLiteral("F")).ok
            && Edits::setMeasureState(f, measure(f, 30), { MeasureStatus::Completed, 100, QString() }, QStringLiteral("S")).ok;
    }));
    MergePlan plan;
    QVERIFY(merge({ copy }, &plan).ok);
    QVERIFY(plan.applied() > 0);
    const QStringList once = dumpData(m_master);
    const EditResult again = merge({ copy }, &plan);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(!again.changed);
    QCOMPARE(plan.applied(), 0);
    QCOMPARE(plan.added(), 0);
    QCOMPARE(plan.conflicts(), 0);
    QCOMPARE(dumpData(m_master), once);
    // Named twice in one merge: the second is already in.
    QVERIFY(merge({ copy, copy }, &plan).ok);
    QCOMPARE(dumpData(m_master), once);
}

void TestMerge::mergedAgainTakesOnlyWhatIsNew()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    const QString p0 = mtessProject(0);
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.2e6, QStringLiteral("F")).ok;
    }));
    MergePlan plan;
    QVERIFY(merge({ copy }, &plan).ok);
    // The ministry keeps working in the same copy; the office corrects the forecast meanwhile.
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::Phase, QStringLiteral("closing"), QStringLiteral("P")).ok;
    }));
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.4e6, QStringLiteral("F")).ok;
    }));
    const EditResult r = merge({ copy }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.conflicts(), 0); // the first merge's value is not this file's own change
    QCOMPARE(plan.applied(), 1);
    auto file = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(file->value(Entity::Project, project(*file, p0), Field::ForecastCost).toDouble(), 4.4e6);
    QCOMPARE(file->value(Entity::Project, project(*file, p0), Field::Phase).toString(), QStringLiteral("closing"));
}

void TestMerge::twoCopiesOfTheSameField()
{
    const QString a = path(QStringLiteral("a.vigie")), b = path(QStringLiteral("b.vigie"));
    QVERIFY(sendCopy(m_master, a, QString()));
    QVERIFY(sendCopy(m_master, b, QString()));
    const QString p0 = mtessProject(0);
    QVERIFY(edit(a, QStringLiteral("analyst-a"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.2e6, QStringLiteral("F")).ok;
    }));
    QVERIFY(edit(b, QStringLiteral("analyst-b"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.6e6, QStringLiteral("F")).ok;
    }));
    MergePlan plan;
    const EditResult r = merge({ a, b }, &plan);
    QVERIFY(!r.ok);
    QCOMPARE(plan.conflicts(), 1);
    for (const MergeItem &i : plan.items) {
        if (i.conflict) {
            QCOMPARE(i.source, 1);
            QCOMPARE(i.mineBy.author, QStringLiteral("analyst-a")); // the first copy's value is "this file's" now
            QCOMPARE(i.mine.toDouble(), 4.2e6);
        }
    }
}

void TestMerge::journalTracesEveryChangeToItsCopy()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, mtessProject(0)), Field::ForecastCost, 4.2e6, QStringLiteral("F")).ok;
    }));
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY(r.ok);
    auto file = openFile(m_master, QStringLiteral("reader"));
    QSqlQuery q(sqlDatabase(*file));
    q.prepare(QStringLiteral("SELECT origin, author FROM changeset WHERE id = ?"));
    q.addBindValue(r.changeset);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("merge:%1:MTESS").arg(plan.sources.constFirst().uuid));
    QCOMPARE(q.value(1).toString(), QStringLiteral("cio-office"));
    // The forecast's journal row belongs to the merge, and the log says who changed it in the copy.
    QCOMPARE(count(*file, QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE changeset_id = ? AND field = 'forecast_cost'"), r.changeset), 1);
    QCOMPARE(count(*file, QStringLiteral("SELECT COUNT(*) FROM merge_log l JOIN copy_merge m ON m.id = l.copy_merge_id "
                                         "WHERE l.field = 'forecast_cost' AND l.action = 'changed' AND l.author = 'mtess-it' "
                                         "AND m.organization_code = 'MTESS' AND l.new_value = '4200000'")),
             1);
}

void TestMerge::referencesByUuid()
{
    // Two new organizations get the same row key on both sides; a project moved to the copy's one must
    // point to that organization here, found by UUID, not to this file's row with the same key.
    const QString copy = path(QStringLiteral("whole.vigie"));
    QVERIFY(sendCopy(m_master, copy, QString()));
    const QString p0 = mtessProject(0);
    QString theirsOrg;
    QVERIFY(edit(copy, QStringLiteral("analyst"), [&](PortfolioFile &f) {
        const EditResult o = Edits::addRow(f, Entity::Organization, { { Field::Code, QStringLiteral("MCN") } }, QStringLiteral("Org"));
        theirsOrg = o.uuid;
        return o.ok && Edits::setValue(f, Entity::Project, project(f, p0), Field::Organization, f.rowId(Entity::Organization, o.uuid),
                                       QStringLiteral("Org")).ok;
    }));
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return Edits::addRow(f, Entity::Organization, { { Field::Code, QStringLiteral("MZZ") } }, QStringLiteral("Org")).ok;
    }));
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto file = openFile(m_master, QStringLiteral("reader"));
    const RowId org = file->value(Entity::Project, project(*file, p0), Field::Organization).toLongLong();
    QCOMPARE(file->rowUuid(Entity::Organization, org), theirsOrg);
    QCOMPARE(file->value(Entity::Organization, theirsOrg, Field::Code).toString(), QStringLiteral("MCN"));
}

// A copy in which the ministry only confirmed projects as still accurate: the confirmations come back,
// each as the later "last updated" stamp, logged and undone with the merge; a project this file
// touched after the confirmation keeps its own stamp.
void TestMerge::confirmationsComeBack()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    const QString p0 = mtessProject(0), p1 = mtessProject(1);
    {
        auto f = openFile(copy, QStringLiteral("mtess-it"), QDateTime(QDate(2016, 10, 12), QTime(9, 0), Qt::UTC));
        QVERIFY(f);
        const EditResult r = Edits::confirmAccurate(*f, Entity::Project, { project(*f, p0), project(*f, p1) },
                                                    QStringLiteral("Still accurate"));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    {
        auto f = openFile(m_master, QStringLiteral("cio-office"), QDateTime(QDate(2016, 10, 15), QTime(9, 0), Qt::UTC));
        QVERIFY(f);
        QVERIFY(Edits::setValue(*f, Entity::Project, project(*f, p1), Field::Phase, QStringLiteral("planning"),
                                QStringLiteral("Phase")).ok);
    }
    QString before;
    {
        auto f = openFile(m_master, QStringLiteral("reader"));
        before = f->value(Entity::Project, project(*f, p0), Field::Touched).toString();
    }
    QVERIFY(before < QStringLiteral("2016-10-12"));
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.changed);
    QCOMPARE(plan.applied(), 1);
    QCOMPARE(plan.conflicts(), 0);
    QCOMPARE(plan.unchanged, 1); // p1: touched here after the copy's confirmation
    QCOMPARE(plan.items.first().column, QStringLiteral("touched"));
    QCOMPARE(plan.items.first().theirsBy.author, QStringLiteral("mtess-it"));
    {
        auto f = openFile(m_master, QStringLiteral("reader"));
        QCOMPARE(f->value(Entity::Project, project(*f, p0), Field::Touched).toString(),
                 QStringLiteral("2016-10-12T09:00:00.000Z"));
        QCOMPARE(f->value(Entity::Project, project(*f, p1), Field::Touched).toString(),
                 QStringLiteral("2016-10-15T09:00:00.000Z"));
        QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM merge_log WHERE action = 'changed' AND field = 'touched' "
                                          "AND new_value = '2016-10-12T09:00:00.000Z' AND author = 'mtess-it'")),
                 1);
        // Undone with the merge: the stamp it had.
        const EditResult undo = Edits::revert(*f, { r.changeset });
        QVERIFY2(undo.ok, qPrintable(undo.error));
        QCOMPARE(f->value(Entity::Project, project(*f, p0), Field::Touched).toString(), before);
    }
    // Merged again after the undo, then once more: the second finds the confirmation already in.
    QVERIFY(merge({ copy }, &plan).ok);
    QCOMPARE(plan.applied(), 1);
    QVERIFY(merge({ copy }, &plan).ok);
    QCOMPARE(plan.applied(), 0);
}

// Overwrites the root page of `table` in the file at `path` and records the file as checked, as for a
// file the disk damaged after it passed its check: the open does not find it, the reads do.
namespace {
bool damageTable(const QString &path, const QString &table)
{
    qint64 root = 0, pageSize = 0;
    {
        auto file = openFile(path, QStringLiteral("reader"));
        if (!file)
            return false;
        QSqlQuery q(sqlDatabase(*file));
        if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
            return false;
        pageSize = q.value(0).toLongLong();
        q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?"));
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            return false;
        root = q.value(0).toLongLong();
    }
    if (root <= 1 || pageSize <= 0)
        return false;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite) || !f.seek((root - 1) * pageSize) || f.write(QByteArray(pageSize, '\xA5')) != pageSize)
            return false;
    }
    QTest::qSleep(VerifiedFiles::kSettledMs + 100);
    VerifiedFiles::remember(path, VerifiedFiles::stamp(path));
    return VerifiedFiles::isVerified(path, VerifiedFiles::settledStamp(path));
}
} // namespace

// A copy damaged where the merge reads it, past the open's check (its record forged, as for a file
// damaged by the disk after it passed): the row that cannot be read is not taken as "no row"; the merge
// is refused and the master is left as it was.
void TestMerge::aCopyThatCannotBeReadWholeIsRefused()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        const RowId org = f.rowId(Entity::Organization, uuidWhere(f, QStringLiteral("organization"), QStringLiteral("code"), QStringLiteral("MTESS")));
        return Edits::addRow(f, Entity::Project,
                             { { Field::Code, QStringLiteral("MTESS-2016-099") }, { Field::NameEn, QStringLiteral("Claims portal") },
                               { Field::Organization, org }, { Field::ForecastCost, 1.45e6 } },
                             QStringLiteral("Add Project"))
            .ok;
    }));
    // The project table's root page overwritten: every read of a project row in the copy fails.
    QVERIFY(damageTable(copy, QStringLiteral("project")));
    const QByteArray before = fileHash(m_master);
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("damaged")) && r.error.contains(QStringLiteral("Nothing was merged")),
             qPrintable(r.error));
    QCOMPARE(fileHash(m_master), before);
}

// The portfolio itself damaged where the merge reads it (its project table), past the open's check: a
// project that cannot be read is not taken as missing, to be added again from the copy; the merge is
// refused, says why, and writes nothing.
void TestMerge::aPortfolioThatCannotBeReadWholeRefusesTheMerge()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    const QString p0 = mtessProject(0);
    QVERIFY(edit(copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.2e6, QStringLiteral("Forecast")).ok;
    }));
    QVERIFY(damageTable(m_master, QStringLiteral("project")));

    const QByteArray before = fileHash(m_master);
    MergePlan plan;
    const EditResult r = merge({ copy }, &plan);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("damaged")) && r.error.contains(QStringLiteral("Nothing was merged"))
                 && r.error.contains(QFileInfo(m_master).fileName()),
             qPrintable(r.error));
    QCOMPARE(fileHash(m_master), before);
}

// A French desk merges a ministry's copy and a whole copy: the merge's changeset is named in both
// languages (the plural too), each merged change keeps the copy's name of it in both, and the report
// reads them in its own language; a change named in one language only (a script's) reads the same in
// both. Naming the change in English left the desk's language as it was.
void TestMerge::changesAreNamedInBothLanguages()
{
    QVERIFY(Language::apply(QStringLiteral("fr")));
    const QString mtess = path(QStringLiteral("mtess.vigie")), whole = path(QStringLiteral("whole.vigie"));
    QVERIFY(sendCopy(m_master, mtess, QStringLiteral("MTESS")));
    QVERIFY(sendCopy(m_master, whole, QString()));
    QVERIFY(edit(mtess, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        const ChangeLabel named = BilingualText { QStringLiteral("Change Forecast cost"), QStringLiteral("Modifier le coût prévu") };
        return Edits::setValue(f, Entity::Project, project(f, mtessProject(0)), Field::ForecastCost, 4.2e6, named).ok;
    }));
    QVERIFY(edit(whole, QStringLiteral("script"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, mtessProject(1)), Field::Phase, QStringLiteral("Closing"),
                               QStringLiteral("nightly load"))
            .ok;
    }));
    MergePlan plan;
    const EditResult r = merge({ mtess, whole }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(Language::current(), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("Vigie::Merger", "Merge %n Copies (%1)", nullptr, 2), QStringLiteral("Fusionner 2 copies (%1)"));
    auto file = openFile(m_master, QStringLiteral("reader"));
    QSqlQuery q(sqlDatabase(*file));
    q.prepare(QStringLiteral("SELECT label, label_fr FROM changeset WHERE id = ?"));
    q.addBindValue(r.changeset);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Merge 2 Copies (MTESS, whole.vigie)"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Fusionner 2 copies (MTESS, whole.vigie)"));
    QVERIFY(q.exec(QStringLiteral("SELECT field, comment, comment_fr FROM merge_log WHERE action = 'changed' ORDER BY field")));
    QStringList logged;
    while (q.next())
        logged << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') + q.value(2).toString();
    QCOMPARE(logged, QStringList({ QStringLiteral("forecast_cost|Change Forecast cost|Modifier le coût prévu"),
                                   QStringLiteral("phase|nightly load|") }));
    const auto comments = [&](const QString &language) {
        QStringList out;
        if (!Language::apply(language))
            return QStringList { QStringLiteral("no catalogue for ") + language };
        for (const MergeRecord &record : MergeHistory::read(*file, r.changeset))
            for (const MergeRecord::Entry &e : record.entries)
                out << e.comment;
        return out;
    };
    QCOMPARE(comments(QStringLiteral("fr")), QStringList({ QStringLiteral("Modifier le coût prévu"), QStringLiteral("nightly load") }));
    QCOMPARE(comments(QStringLiteral("en")), QStringList({ QStringLiteral("Change Forecast cost"), QStringLiteral("nightly load") }));
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
