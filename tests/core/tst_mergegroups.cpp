// Fields a merge decides together (core/merge/fieldgroups.h): a measure's status update, a project's
// forecast, its declared colours. When both sides changed such a group, the whole group is one conflict
// and the side chosen brings all of it: never a state neither side reported (completed at 80%). Real
// files from the Quebec sample, the master and a ministry's copy edited through the core edits.
#include "merge/merger.h"
#include "storage/repository.h"

#include "mergefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

class TestMergeGroups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void measureStatusUpdateIsOneDecision_data();
    void measureStatusUpdateIsOneDecision();
    void onlyTheCopyChangedItComesInAlone();
    void forecastIsOneDecision();
    void declaredColoursAreOneRating();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    EditResult merge(MergePlan *plan, MergeChoice prefer = MergeChoice::Unresolved);
    bool edit(const QString &file, const QString &author, const std::function<bool(PortfolioFile &)> &body);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_master, m_copy;
    const QString m_project = QStringLiteral("SCT-2014-002");
};

void TestMergeGroups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_master = path(QStringLiteral("quebec.vigie"));
    m_copy = path(QStringLiteral("sct.vigie"));
    QVERIFY(writeQuebec(m_master));
    QVERIFY(sendCopy(m_master, m_copy, QStringLiteral("SCT")));
    auto f = openFile(m_master, QStringLiteral("reader"));
    QVERIFY(!project(*f, m_project).isEmpty());
}

EditResult TestMergeGroups::merge(MergePlan *plan, MergeChoice prefer)
{
    auto file = openFile(m_master, QStringLiteral("cio-office"), QDateTime(QDate(2016, 10, 20), QTime(14, 0), Qt::UTC));
    if (!file)
        return {};
    MergeOptions options;
    options.prefer = prefer;
    return Merger::merge(*file, { m_copy }, options, plan);
}

bool TestMergeGroups::edit(const QString &path, const QString &author, const std::function<bool(PortfolioFile &)> &body)
{
    auto file = openFile(path, author);
    return file && body(*file);
}

void TestMergeGroups::measureStatusUpdateIsOneDecision_data()
{
    QTest::addColumn<MergeChoice>("prefer");
    QTest::newRow("mine") << MergeChoice::Mine;
    QTest::newRow("theirs") << MergeChoice::Theirs;
}

// The tester's case: this file says under way at 80% ("Master says 80"), the copy completed at 100%. The
// status came from the copy (only it changed it) while the percent and comment stayed this file's:
// completed at 80%. Now the three are one conflict, and whichever side wins brings its whole update,
// with the copy's history row only when the copy's update is taken.
void TestMergeGroups::measureStatusUpdateIsOneDecision()
{
    QFETCH(MergeChoice, prefer);
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return Edits::setMeasureState(f, measure(f, 1), { MeasureStatus::UnderWay, 80, QStringLiteral("Master says 80") },
                                      QStringLiteral("Status")).ok;
    }));
    QVERIFY(edit(m_copy, QStringLiteral("sct-it"), [&](PortfolioFile &f) {
        return Edits::setMeasureState(f, measure(f, 1), { MeasureStatus::Completed, 100, QStringLiteral("Done") },
                                      QStringLiteral("Status")).ok;
    }));
    int history = 0;
    {
        auto f = openFile(m_master, QStringLiteral("reader"));
        QCOMPARE(f->value(Entity::Measure, measure(*f, 1), Field::Status).toString(), QStringLiteral("under_way")); // as it was
        history = int(Repository::measureHistory(*f, f->rowId(Entity::Measure, measure(*f, 1))).size());
    }
    MergePlan plan;
    EditResult r = merge(&plan);
    QVERIFY(!r.ok);
    QCOMPARE(plan.conflicts(), 1);
    QCOMPARE(plan.unresolved(), 1);
    QStringList fields;
    for (const MergeItem &i : plan.items) {
        if (i.conflict) {
            fields << i.column;
            QCOMPARE(i.group, QStringLiteral("state"));
        }
    }
    QCOMPARE(fields, (QStringList { QStringLiteral("status"), QStringLiteral("percent_complete"), QStringLiteral("comment") }));
    QCOMPARE(plan.decisions().size(), 1);
    QVERIFY2(plan.toText().contains(QStringLiteral("CONFLICT measure 1, Status, Percent complete, English comment: this file: "
                                                   "Under way / 80% / Master says 80 (cio-office, ")),
             qPrintable(plan.toText()));
    // The JSON lists the fields one by one, as documented.
    QCOMPARE(plan.toJson().count(QStringLiteral("\"entity\": \"measure\"")), 3);

    r = merge(&plan, prefer);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto f = openFile(m_master, QStringLiteral("reader"));
    const QString m1 = measure(*f, 1);
    const bool theirs = prefer == MergeChoice::Theirs;
    QCOMPARE(f->value(Entity::Measure, m1, Field::Status).toString(), theirs ? QStringLiteral("completed") : QStringLiteral("under_way"));
    QCOMPARE(f->value(Entity::Measure, m1, Field::PercentComplete).toDouble(), theirs ? 100.0 : 80.0);
    QCOMPARE(f->value(Entity::Measure, m1, Field::Comment).toString(), theirs ? QStringLiteral("Done") : QStringLiteral("Master says 80"));
    const auto rows = Repository::measureHistory(*f, f->rowId(Entity::Measure, m1));
    QCOMPARE(int(rows.size()), history + (theirs ? 1 : 0));
    QCOMPARE(rows.first().comment, theirs ? QStringLiteral("Done") : QStringLiteral("Master says 80"));
}

// What only the copy changed in a group comes in, field by field, as before.
void TestMergeGroups::onlyTheCopyChangedItComesInAlone()
{
    QVERIFY(edit(m_copy, QStringLiteral("sct-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, m_project), Field::ForecastEnd, QDate(2019, 6, 30), QStringLiteral("F")).ok;
    }));
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, m_project), Field::Phase, QStringLiteral("closing"), QStringLiteral("P")).ok;
    }));
    MergePlan plan;
    const EditResult r = merge(&plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.conflicts(), 0);
    QCOMPARE(plan.applied(), 1);
    auto f = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(f->value(Entity::Project, project(*f, m_project), Field::ForecastEnd).toString(), QStringLiteral("2019-06-30"));
}

// A forecast at completion is one estimate: this file's new end beside the copy's new cost is one
// conflict; the copy's side brings its cost and its end (the one it was taken with).
void TestMergeGroups::forecastIsOneDecision()
{
    QString endBefore;
    double costBefore = 0;
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        endBefore = f.value(Entity::Project, project(f, m_project), Field::ForecastEnd).toString();
        costBefore = f.value(Entity::Project, project(f, m_project), Field::ForecastCost).toDouble();
        return Edits::setValue(f, Entity::Project, project(f, m_project), Field::ForecastEnd, QDate(2020, 3, 31), QStringLiteral("F")).ok;
    }));
    QVERIFY(edit(m_copy, QStringLiteral("sct-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, m_project), Field::ForecastCost, 9.9e6, QStringLiteral("F")).ok;
    }));
    MergePlan plan;
    EditResult r = merge(&plan);
    QVERIFY(!r.ok);
    QCOMPARE(plan.conflicts(), 1);
    QCOMPARE(plan.items.size(), 2);
    QCOMPARE(plan.items.at(0).column, QStringLiteral("forecast_cost"));
    QCOMPARE(plan.items.at(1).column, QStringLiteral("forecast_end"));
    QCOMPARE(plan.items.at(1).mineBy.author, QStringLiteral("cio-office"));
    QCOMPARE(plan.items.at(1).theirsBy.author, QStringLiteral("sct-it")); // the copy's side of the estimate
    QCOMPARE(plan.items.at(1).theirs.toString(), endBefore);
    r = merge(&plan, MergeChoice::Mine);
    QVERIFY2(r.ok, qPrintable(r.error));
    { // this file keeps its estimate whole
        auto f = openFile(m_master, QStringLiteral("reader"));
        QCOMPARE(f->value(Entity::Project, project(*f, m_project), Field::ForecastCost).toDouble(), costBefore);
        QCOMPARE(f->value(Entity::Project, project(*f, m_project), Field::ForecastEnd).toString(), QStringLiteral("2020-03-31"));
    }
    // Undone, then decided the other way.
    {
        auto f = openFile(m_master, QStringLiteral("cio-office"));
        QVERIFY(Edits::revert(*f, { r.changeset }).ok);
    }
    r = merge(&plan, MergeChoice::Theirs);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto f = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(f->value(Entity::Project, project(*f, m_project), Field::ForecastCost).toDouble(), 9.9e6);
    QCOMPARE(f->value(Entity::Project, project(*f, m_project), Field::ForecastEnd).toString(), endBefore);
}

// Declared colours are one manager's rating: never this file's cost colour beside the copy's schedule
// and overall ones.
void TestMergeGroups::declaredColoursAreOneRating()
{
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, m_project), Field::DeclaredCost, QStringLiteral("red"), QStringLiteral("D")).ok;
    }));
    QVERIFY(edit(m_copy, QStringLiteral("sct-it"), [&](PortfolioFile &f) {
        return Edits::setValues(f, Entity::Project, project(f, m_project),
                                { { Field::DeclaredSchedule, QStringLiteral("yellow") }, { Field::DeclaredOverall, QStringLiteral("yellow") } },
                                QStringLiteral("D"))
            .ok;
    }));
    MergePlan plan;
    EditResult r = merge(&plan);
    QVERIFY(!r.ok);
    QCOMPARE(plan.conflicts(), 1);
    QCOMPARE(plan.items.size(), 3);
    r = merge(&plan, MergeChoice::Theirs);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto f = openFile(m_master, QStringLiteral("reader"));
    const QString p = project(*f, m_project);
    QVERIFY(f->value(Entity::Project, p, Field::DeclaredCost).toString() != QLatin1String("red"));
    QCOMPARE(f->value(Entity::Project, p, Field::DeclaredSchedule).toString(), QStringLiteral("yellow"));
    QCOMPARE(f->value(Entity::Project, p, Field::DeclaredOverall).toString(), QStringLiteral("yellow"));
}

QTEST_GUILESS_MAIN(TestMergeGroups)
#include "tst_mergegroups.moc"
