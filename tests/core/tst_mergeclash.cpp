// Rows both sides added under one key (core/merge/uniquekeys.h): the same project code, organization or
// specialty code, key area or measure number in a plan, baseline sequence, period label, envelope or
// workforce record. Found when planning (the dry run too), a conflict a person decides, never a write the
// file refuses; keeping this file's leaves the copy's row (and what hangs under it) out, taking the
// copy's renames it or replaces this file's row. Real files from the Quebec sample.
#include "merge/merger.h"
#include "storage/repository.h"

#include "mergefixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

class TestMergeClash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void bothAddAProjectWithOneCode();
    void keepingThisFilesLeavesTheCopysRowOut();
    void takingTheCopysRenamesIt();
    void aWholeCopyAddsTheSameKeys();
    void envelopesAndWorkforceAreReplaced();
    void theSameLinkIsNoConflict();
    void aCodeChangedIntoOneTakenHere();
    void twoCopiesAddTheSameCode();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    EditResult merge(const QStringList &copies, MergePlan *plan, MergeChoice prefer = MergeChoice::Unresolved,
                     bool dryRun = false);
    bool edit(const QString &file, const QString &author, const std::function<bool(PortfolioFile &)> &body);
    // Adds project `code` of MTESS with one baseline (as an import or the window does) to `file`.
    static QString addProject(PortfolioFile &f, const QString &code, const QString &name, double budget);
    static RowId organization(const PortfolioFile &f, const QString &code);
    // The copy sent to MTESS with the project both sides add, and one change elsewhere that does not conflict.
    void prepareProjectClash();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_master, m_copy, m_mine, m_theirs;
    const QString m_phaseProject = QStringLiteral("MTESS-2014-001");
};

void TestMergeClash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_master = path(QStringLiteral("quebec.vigie"));
    m_copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(writeQuebec(m_master));
}

EditResult TestMergeClash::merge(const QStringList &copies, MergePlan *plan, MergeChoice prefer, bool dryRun)
{
    auto file = openFile(m_master, QStringLiteral("cio-office"), QDateTime(QDate(2016, 10, 20), QTime(14, 0), Qt::UTC));
    if (!file)
        return {};
    MergeOptions options;
    options.prefer = prefer;
    return Merger::merge(*file, copies, options, plan, dryRun);
}

bool TestMergeClash::edit(const QString &path, const QString &author, const std::function<bool(PortfolioFile &)> &body)
{
    auto file = openFile(path, author);
    return file && body(*file);
}

RowId TestMergeClash::organization(const PortfolioFile &f, const QString &code)
{
    return f.rowId(Entity::Organization, uuidWhere(f, QStringLiteral("organization"), QStringLiteral("code"), code));
}

QString TestMergeClash::addProject(PortfolioFile &f, const QString &code, const QString &name, double budget)
{
    const EditResult p = Edits::addRow(f, Entity::Project,
                                       { { Field::Code, code }, { Field::NameEn, name }, { Field::Organization, organization(f, QStringLiteral("MTESS")) } },
                                       QStringLiteral("Add Project"));
    if (!p.ok)
        return QString();
    const EditResult b = Edits::addRow(f, Entity::Baseline,
                                       { { Field::Project, f.rowId(Entity::Project, p.uuid) }, { Field::Sequence, 1 }, { Field::Budget, budget },
                                         { Field::PlannedStart, QDate(2016, 9, 1) }, { Field::PlannedEnd, QDate(2018, 3, 31) } },
                                       QStringLiteral("Add Baseline"));
    return b.ok ? p.uuid : QString();
}

void TestMergeClash::prepareProjectClash()
{
    QVERIFY(sendCopy(m_master, m_copy, QStringLiteral("MTESS")));
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        m_mine = addProject(f, QStringLiteral("A9"), QStringLiteral("Master A9"), 1.0e5);
        return !m_mine.isEmpty();
    }));
    QVERIFY(edit(m_copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        m_theirs = addProject(f, QStringLiteral("A9"), QStringLiteral("Copy A9"), 2.0e5);
        return !m_theirs.isEmpty()
            && Edits::setValue(f, Entity::Project, project(f, m_phaseProject), Field::Phase, QStringLiteral("closing"),
                               QStringLiteral("Phase")).ok;
    }));
    QVERIFY(m_mine != m_theirs);
}

// The tester's case: nothing could be merged ("UNIQUE constraint failed: project.code"), and the dry run
// said "conflicts: 0". Now the dry run finds it, and the undecided merge writes nothing and says why.
void TestMergeClash::bothAddAProjectWithOneCode()
{
    prepareProjectClash();
    const QByteArray before = sha256(m_master);
    MergePlan plan;
    EditResult r = merge({ m_copy }, &plan, MergeChoice::Unresolved, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.conflicts(), 1);
    QCOMPARE(plan.unresolved(), 1);
    const MergeItem *clash = nullptr;
    for (const MergeItem &i : plan.items) {
        if (i.conflict)
            clash = &i;
    }
    QVERIFY(clash);
    QCOMPARE(clash->kind, MergeItem::Kind::Add);
    QCOMPARE(clash->entity, Entity::Project);
    QCOMPARE(clash->uuid, m_theirs);
    QCOMPARE(clash->key, QStringLiteral("A9"));
    QCOMPARE(clash->column, QStringLiteral("code"));
    QCOMPARE(clash->clashUuid, m_mine);
    QCOMPARE(clash->theirsAs, QStringLiteral("A9-2"));
    QCOMPARE(clash->mineText, QStringLiteral("A9 — Master A9"));
    QCOMPARE(clash->theirsText, QStringLiteral("A9 — Copy A9"));
    QCOMPARE(clash->mineBy.author, QStringLiteral("cio-office"));
    QCOMPARE(clash->theirsBy.author, QStringLiteral("mtess-it"));
    // The dry run says what would come in meanwhile: the phase; the copy's baseline waits for its project.
    QCOMPARE(plan.applied(), 1);
    QVERIFY2(plan.toText(true).contains(QStringLiteral("Would apply: 1, would add: 0, unchanged: 0, conflicts: 1 (undecided: 1)")),
             qPrintable(plan.toText(true)));
    QVERIFY2(plan.toText().contains(QStringLiteral("CONFLICT project A9, Code: this file: A9 — Master A9 (cio-office, ")),
             qPrintable(plan.toText()));
    QVERIFY2(plan.toText().contains(QStringLiteral("only one item can have it here: the copy's would come in as A9-2")),
             qPrintable(plan.toText()));
    QVERIFY2(plan.toJson().contains(QStringLiteral("{\"entity\": \"project\", \"uuid\": \"%1\", \"key\": \"A9\", \"field\": "
                                                   "\"code\", \"mine\": \"A9\", \"theirs\": \"A9\"}")
                                        .arg(m_theirs)),
             qPrintable(plan.toJson()));
    r = merge({ m_copy }, &plan);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("1 conflict(s) need a decision")), qPrintable(r.error));
    QCOMPARE(sha256(m_master), before);
}

void TestMergeClash::keepingThisFilesLeavesTheCopysRowOut()
{
    prepareProjectClash();
    MergePlan plan;
    const EditResult r = merge({ m_copy }, &plan, MergeChoice::Mine);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.applied(), 1);
    QCOMPARE(plan.added(), 0); // neither the copy's project nor the baseline under it
    auto f = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(project(*f, QStringLiteral("A9")), m_mine);
    QCOMPARE(f->value(Entity::Project, m_mine, Field::NameEn).toString(), QStringLiteral("Master A9"));
    QVERIFY(!f->rowId(Entity::Project, m_theirs));
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM project WHERE code LIKE 'A9%'")), 1);
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM baseline b JOIN project p ON p.id = b.project_id WHERE p.code = 'A9'")), 1);
    QCOMPARE(f->value(Entity::Project, project(*f, m_phaseProject), Field::Phase).toString(), QStringLiteral("closing"));
    // On record: this file's project kept against the copy's.
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM merge_log WHERE action = 'kept' AND entity = 'project' AND field = 'code' "
                                      "AND old_value = 'A9 — Master A9' AND new_value = 'A9 — Copy A9' AND author = 'mtess-it'")),
             1);
}

// The copy's project comes in as A9-2 with its own UUID and baseline; this file's A9 stays whole. The
// merge is one edit: undone, the file is as it was.
void TestMergeClash::takingTheCopysRenamesIt()
{
    prepareProjectClash();
    const QStringList before = dumpData(m_master);
    MergePlan plan;
    const EditResult r = merge({ m_copy }, &plan, MergeChoice::Theirs);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.added(), 2);
    auto f = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(project(*f, QStringLiteral("A9")), m_mine);
    QCOMPARE(project(*f, QStringLiteral("A9-2")), m_theirs);
    QCOMPARE(f->value(Entity::Project, m_theirs, Field::NameEn).toString(), QStringLiteral("Copy A9"));
    QCOMPARE(f->value(Entity::Project, m_theirs, Field::Budget).toDouble(), 2.0e5); // its baseline came with it
    QCOMPARE(f->value(Entity::Project, m_mine, Field::Budget).toDouble(), 1.0e5);
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM merge_log WHERE action = 'added' AND entity = 'project' AND field = 'code' "
                                      "AND item_key = 'A9-2' AND new_value = 'A9'")),
             1);
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM merge_log WHERE entity = 'baseline' AND item_key = 'A9-2 #1'")), 1);
    const EditResult undo = Edits::revert(*f, { r.changeset });
    QVERIFY2(undo.ok, qPrintable(undo.error));
    f.reset();
    QCOMPARE(dumpData(m_master), before);
}

// A copy of the whole portfolio can add rows under every kind of key; each clash is one conflict, and
// taking the copy's gives each a free key of its kind (case does not make two codes or labels different).
void TestMergeClash::aWholeCopyAddsTheSameKeys()
{
    QVERIFY(sendCopy(m_master, m_copy, QString()));
    const auto addKeys = [&](PortfolioFile &f, const QString &org, const QString &specialty, const QString &period,
                             const QString &periodFr) {
        const QString plan = uuidWhere(f, QStringLiteral("plan"), QStringLiteral("code"), QStringLiteral("STI-2015"));
        const QString area4 = uuidWhere(f, QStringLiteral("key_area"), QStringLiteral("number"), 4);
        return Edits::addRow(f, Entity::Organization, { { Field::Code, org }, { Field::NameEn, org } }, QStringLiteral("Org")).ok
            && Edits::addRow(f, Entity::Specialty, { { Field::Code, specialty } }, QStringLiteral("Specialty")).ok
            && Edits::addRow(f, Entity::KeyArea, { { Field::Plan, f.rowId(Entity::Plan, plan) }, { Field::Number, 5 } },
                             QStringLiteral("Area")).ok
            && Edits::addRow(f, Entity::Measure, { { Field::KeyArea, f.rowId(Entity::KeyArea, area4) }, { Field::Number, 37 } },
                             QStringLiteral("Measure")).ok
            && Edits::freezePeriod(f, period, QDate(2016, 10, 31), QStringLiteral("Freeze"), periodFr).ok;
    };
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return addKeys(f, QStringLiteral("MCN"), QStringLiteral("SEC-X"), QStringLiteral("October 2016"), QStringLiteral("Octobre 2016"));
    }));
    QVERIFY(edit(m_copy, QStringLiteral("analyst"), [&](PortfolioFile &f) {
        return addKeys(f, QStringLiteral("mcn"), QStringLiteral("SEC-X"), QStringLiteral("OCTOBRE 2016"), QString());
    }));
    const QByteArray before = sha256(m_master);
    MergePlan plan;
    EditResult r = merge({ m_copy }, &plan, MergeChoice::Unresolved, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    QStringList clashes;
    for (const MergeItem &i : plan.items) {
        if (i.isClash())
            clashes << QStringLiteral("%1 %2 as %3").arg(tableName(i.entity), i.key, i.theirsAs);
    }
    QCOMPARE(clashes, (QStringList { QStringLiteral("organization mcn as mcn-2"), QStringLiteral("key_area 5 as 6"),
                                     QStringLiteral("measure 37 as 38"), QStringLiteral("specialty SEC-X as SEC-X-2"),
                                     QStringLiteral("reporting_period OCTOBRE 2016 as OCTOBRE 2016 (2)") }));
    QCOMPARE(plan.conflicts(), 5);
    r = merge({ m_copy }, &plan);
    QVERIFY(!r.ok);
    QCOMPARE(sha256(m_master), before);

    r = merge({ m_copy }, &plan, MergeChoice::Theirs);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto f = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM organization WHERE code IN ('MCN', 'mcn-2')")), 2);
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM specialty WHERE code IN ('SEC-X', 'SEC-X-2')")), 2);
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM key_area WHERE number IN (5, 6)")), 2);
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM measure WHERE number IN (37, 38)")), 2);
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM reporting_period WHERE label IN ('October 2016', 'OCTOBRE 2016 (2)')")), 2);
}

// An envelope is an organization's fiscal year, a workforce record its specialty at a survey date: two
// cannot both be true, so taking the copy's replaces this file's row, its deletion on record.
void TestMergeClash::envelopesAndWorkforceAreReplaced()
{
    QVERIFY(sendCopy(m_master, m_copy, QStringLiteral("MTESS")));
    const auto add = [&](PortfolioFile &f, double granted, double internal) {
        const RowId mtess = organization(f, QStringLiteral("MTESS"));
        const RowId specialty = f.rowId(Entity::Specialty, uuidWhere(f, QStringLiteral("specialty"), QStringLiteral("code"), QStringLiteral("ARCH-AFF")));
        const EditResult e = Edits::addRow(f, Entity::Envelope, { { Field::FiscalYear, 2018 }, { Field::Organization, mtess }, { Field::Granted, granted } },
                                           QStringLiteral("Envelope"));
        const EditResult w = Edits::addRow(f, Entity::Workforce,
                                           { { Field::Organization, mtess }, { Field::Specialty, specialty },
                                             { Field::SurveyDate, QStringLiteral("2017-03-31") }, { Field::InternalFte, internal } },
                                           QStringLiteral("Workforce"));
        return e.ok && w.ok ? QStringList { e.uuid, w.uuid } : QStringList();
    };
    QStringList mine, theirs;
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) { return !(mine = add(f, 5.0e6, 12)).isEmpty(); }));
    QVERIFY(edit(m_copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) { return !(theirs = add(f, 7.0e6, 14)).isEmpty(); }));
    MergePlan plan;
    EditResult r = merge({ m_copy }, &plan, MergeChoice::Unresolved, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.conflicts(), 2);
    for (const MergeItem &i : plan.items) {
        QVERIFY(i.isClash());
        QVERIFY(i.rename.isEmpty());
        QVERIFY2(plan.toText().contains(QStringLiteral("the copy's would replace this file's")), qPrintable(plan.toText()));
    }
    QVERIFY2(plan.toText().contains(QStringLiteral("this file: MTESS 2018-2019 — Planned needs: $0.00, Granted: $5,000,000.00")),
             qPrintable(plan.toText()));
    r = merge({ m_copy }, &plan, MergeChoice::Theirs);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto f = openFile(m_master, QStringLiteral("reader"));
    QVERIFY(!f->rowId(Entity::Envelope, mine.at(0)));
    QVERIFY(!f->rowId(Entity::Workforce, mine.at(1)));
    QCOMPARE(f->value(Entity::Envelope, theirs.at(0), Field::Granted).toDouble(), 7.0e6);
    QCOMPARE(f->value(Entity::Workforce, theirs.at(1), Field::InternalFte).toDouble(), 14.0);
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM merge_log WHERE action = 'deleted' AND entity_uuid = ?"), mine.at(0)), 1);
}

// A link of a project to a measure is nothing but the pair: both sides adding it is no conflict.
void TestMergeClash::theSameLinkIsNoConflict()
{
    QVERIFY(sendCopy(m_master, m_copy, QStringLiteral("MTESS")));
    const auto link = [&](PortfolioFile &f) {
        return Edits::addRow(f, Entity::ProjectMeasure,
                             { { Field::Project, f.rowId(Entity::Project, project(f, m_phaseProject)) },
                               { Field::Measure, f.rowId(Entity::Measure, measure(f, 30)) } },
                             QStringLiteral("Link"))
            .ok;
    };
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), link));
    QVERIFY(edit(m_copy, QStringLiteral("mtess-it"), link));
    MergePlan plan;
    const EditResult r = merge({ m_copy }, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.conflicts(), 0);
    QCOMPARE(plan.unchanged, 1);
    auto f = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM project_measure l JOIN project p ON p.id = l.project_id "
                                      "WHERE p.code = ?"), m_phaseProject), 1);
}

// The copy recodes one of its projects to a code this file gave another project meanwhile: a conflict
// too; the copy's side takes the next free code.
void TestMergeClash::aCodeChangedIntoOneTakenHere()
{
    QVERIFY(sendCopy(m_master, m_copy, QStringLiteral("MTESS")));
    QVERIFY(edit(m_master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
        return !addProject(f, QStringLiteral("A9"), QStringLiteral("Master A9"), 1.0e5).isEmpty();
    }));
    QVERIFY(edit(m_copy, QStringLiteral("mtess-it"), [&](PortfolioFile &f) {
        return Edits::setValue(f, Entity::Project, project(f, m_phaseProject), Field::Code, QStringLiteral("a9"), QStringLiteral("Code")).ok;
    }));
    QString uuid;
    {
        auto f = openFile(m_master, QStringLiteral("reader"));
        uuid = project(*f, m_phaseProject);
    }
    MergePlan plan;
    EditResult r = merge({ m_copy }, &plan);
    QVERIFY(!r.ok);
    QCOMPARE(plan.conflicts(), 1);
    QCOMPARE(plan.items.constFirst().theirsAs, QStringLiteral("a9-2"));
    QCOMPARE(plan.items.constFirst().mineBy.author, QStringLiteral("cio-office")); // who gave A9 to the other project
    QVERIFY2(plan.toText().contains(QStringLiteral("CONFLICT project a9, Code: this file: %1 (cio-office, ").arg(m_phaseProject)),
             qPrintable(plan.toText()));
    r = merge({ m_copy }, &plan, MergeChoice::Theirs);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto f = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(f->value(Entity::Project, uuid, Field::Code).toString(), QStringLiteral("a9-2"));
    QCOMPARE(count(*f, QStringLiteral("SELECT COUNT(*) FROM project WHERE code = 'A9'")), 1);
}

// Two copies merged at once, each adding A9: the second clashes with the first's, as planned.
void TestMergeClash::twoCopiesAddTheSameCode()
{
    const QString other = path(QStringLiteral("mtess-2.vigie"));
    QVERIFY(sendCopy(m_master, m_copy, QStringLiteral("MTESS")));
    QVERIFY(sendCopy(m_master, other, QStringLiteral("MTESS")));
    QString first, second;
    QVERIFY(edit(m_copy, QStringLiteral("a"), [&](PortfolioFile &f) {
        return !(first = addProject(f, QStringLiteral("A9"), QStringLiteral("First"), 1.0e5)).isEmpty();
    }));
    QVERIFY(edit(other, QStringLiteral("b"), [&](PortfolioFile &f) {
        return !(second = addProject(f, QStringLiteral("A9"), QStringLiteral("Second"), 1.0e5)).isEmpty();
    }));
    MergePlan plan;
    EditResult r = merge({ m_copy, other }, &plan, MergeChoice::Unresolved, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.conflicts(), 1);
    r = merge({ m_copy, other }, &plan, MergeChoice::Theirs);
    QVERIFY2(r.ok, qPrintable(r.error));
    auto f = openFile(m_master, QStringLiteral("reader"));
    QCOMPARE(project(*f, QStringLiteral("A9")), first);
    QCOMPARE(project(*f, QStringLiteral("A9-2")), second);
}

QTEST_GUILESS_MAIN(TestMergeClash)
#include "tst_mergeclash.moc"
