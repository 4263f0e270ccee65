// The one edit path: every edit the desktop application can make goes through the document's facade,
// becomes one undo command, and is checked redo → undo → redo against the file on disk, read through a
// fresh connection (what another program, or tomorrow's Vigie, would read). Also: one notification per
// command, sent after the commit, with final values only.
#include "analysis/briefingdraft.h"
#include "analysis/briefingitems.h"
#include "analysis/periods.h"
#include "analysis/workforcepivot.h"
#include "commands/editor.h"
#include "commands/importjob.h"
#include "document/document.h"
#include "models/strategymodel.h"
#include "storage/filelock.h"
#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/sqlaccess.h"

#include "i18n/language.h"
#include "roundtrip.h"
#include "uifixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Vigie;

class TestCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void setValueRoundTrip_data();
    void setValueRoundTrip();
    void measureStatusWithHistory();
    void completedMeansFullyDone();
    void bilingualComment();
    void riskThreshold();
    void valuesOfRows();
    void addDecision();
    void addAndDeleteRows();
    void deleteTakesItsDependents();
    void healthRule();
    void freezePeriod();
    void briefingEdits();
    void importIsOneEdit();
    void importOnItsWorkerIsNamedInBothLanguages();
    void oneNotificationAfterCommit();
    void fieldEditsMerge();
    void noOpIsDropped();
    void undoTextsSayWhat();
    void undoRefusedWhenChangedSince();
    void readOnlyRefuses();
    void outsideChangesAreSeen();
    void fileUpgradedElsewhereIsNotReadAgain();
    void fileMovedOrReplacedTurnsTheDocumentReadOnly();

private:
    // Every row of every table but the journal, as text: the whole portfolio as a reader sees it.
    QStringList dump() const;
    // Runs `edit`, then checks undo → redo → undo against the file on disk; the edit must change it.
    void roundTrip(const std::function<bool()> &edit);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    Editor *m_editor = nullptr;
    QUndoStack *m_stack = nullptr;
    VigieTest::Fixture m_fx;
};

void TestCommands::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("c.vigie"));
    m_doc = VigieTest::makeDocument(m_path, &m_fx);
    QVERIFY(m_doc);
    QVERIFY(!m_doc->isReadOnly());
    m_editor = m_doc->editor();
    m_stack = m_doc->undoStack();
}

void TestCommands::cleanup()
{
    m_doc.reset();
}

QStringList TestCommands::dump() const
{
    return VigieTest::dumpPortfolio(m_path);
}

void TestCommands::roundTrip(const std::function<bool()> &edit)
{
    VigieTest::roundTrip(m_editor, m_path, edit);
}

void TestCommands::setValueRoundTrip_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("forecast cost") << int(Entity::Project) << int(Field::ForecastCost) << QVariant(1.5e6);
    QTest::newRow("forecast end") << int(Entity::Project) << int(Field::ForecastEnd) << QVariant(QDate(2019, 6, 30));
    QTest::newRow("declared overall") << int(Entity::Project) << int(Field::DeclaredOverall)
                                      << QVariant::fromValue(Health::Red);
    QTest::newRow("french name") << int(Entity::Project) << int(Field::NameFr) << QVariant(QStringLiteral("Nom"));
    QTest::newRow("emptied name") << int(Entity::Project) << int(Field::NameFr) << QVariant(QString());
    QTest::newRow("measure title") << int(Entity::Measure) << int(Field::TitleEn) << QVariant(QStringLiteral("New"));
    QTest::newRow("external FTEs") << int(Entity::Workforce) << int(Field::ExternalFte) << QVariant(12.5);
    QTest::newRow("granted") << int(Entity::Envelope) << int(Field::Granted) << QVariant(9e6);
}

void TestCommands::setValueRoundTrip()
{
    QFETCH(int, entity);
    QFETCH(int, field);
    QFETCH(QVariant, value);
    const Entity e = Entity(entity);
    const QString uuid = e == Entity::Project ? m_fx.project1
        : e == Entity::Measure                ? m_fx.measure9
        : e == Entity::Workforce              ? m_fx.workforce
                                              : m_fx.envelope;
    roundTrip([&] { return m_editor->setValue(e, uuid, Field(field), value, QStringLiteral("Row")); });
}

void TestCommands::measureStatusWithHistory()
{
    const int history = int(Repository::measureHistory(*m_doc->file(), m_doc->file()->rowId(Entity::Measure, m_fx.measure9)).size());
    roundTrip([&] {
        return m_editor->setMeasureState(m_fx.measure9, { MeasureStatus::NotStarted, 0, QStringLiteral("On hold") }, 9);
    });
    const auto rows = Repository::measureHistory(*m_doc->file(), m_doc->file()->rowId(Entity::Measure, m_fx.measure9));
    QCOMPARE(int(rows.size()), history + 1);
    QCOMPARE(rows.last().to, MeasureStatus::NotStarted);
    QCOMPARE(rows.last().comment, QStringLiteral("On hold"));
    QCOMPARE(rows.last().author, QStringLiteral("tester"));
}

void TestCommands::completedMeansFullyDone()
{
    // The rule lives in core: whichever view edits the status, a completed measure is 100% complete.
    StrategyModel *model = m_doc->strategyModel();
    const QModelIndex cell = model->indexOfMeasure(m_fx.measure9).siblingAtColumn(StrategyModel::Status);
    QVERIFY(cell.isValid());
    QVERIFY(model->setData(cell, int(MeasureStatus::Completed)));
    QCOMPARE(m_doc->file()->value(Entity::Measure, m_fx.measure9, Field::PercentComplete).toDouble(), 100.0);
    QVERIFY(m_editor->setMeasureState(m_fx.measure9, { MeasureStatus::Completed, 40, QString() }, 9));
    QCOMPARE(m_doc->file()->value(Entity::Measure, m_fx.measure9, Field::PercentComplete).toDouble(), 100.0);
}

void TestCommands::bilingualComment()
{
    // Both forms of the comment are one status update, kept in the history row as well.
    roundTrip([&] {
        return m_editor->setMeasureState(m_fx.measure9,
                                         { MeasureStatus::UnderWay, 40, QStringLiteral("On track"),
                                           QStringLiteral("Sur la bonne voie") },
                                         9);
    });
    const auto measure = Repository::measure(*m_doc->file(), m_fx.measure9);
    QVERIFY(measure);
    QCOMPARE(measure->commentFr, QStringLiteral("Sur la bonne voie"));
    const auto rows = Repository::measureHistory(*m_doc->file(), measure->id);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().comment, QStringLiteral("On track"));
    QCOMPARE(rows.first().commentFr, QStringLiteral("Sur la bonne voie"));
    // Only the French form changes: still a change of state, with its own history row.
    roundTrip([&] {
        return m_editor->setMeasureState(m_fx.measure9,
                                         { MeasureStatus::UnderWay, 40, QStringLiteral("On track"),
                                           QStringLiteral("Dans les temps") },
                                         9);
    });
}

void TestCommands::riskThreshold()
{
    QCOMPARE(WorkforceAnalysis::riskThreshold(*m_doc->file()), 50.0);
    roundTrip([&] { return m_editor->setExternalRiskThreshold(60); });
    QCOMPARE(WorkforceAnalysis::riskThreshold(*m_doc->file()), 60.0);
    // Stepping the box again merges into the same undo step, named after the latest value.
    QVERIFY(m_editor->setExternalRiskThreshold(65));
    const int commands = m_stack->count();
    QVERIFY(m_stack->text(commands - 1).contains(QStringLiteral("65")));
    m_stack->undo();
    QCOMPARE(WorkforceAnalysis::riskThreshold(*m_doc->file()), 50.0);
    m_stack->redo();
    // Out of range: refused with a message, nothing stored.
    QSignalSpy errors(m_editor, &Editor::errorOccurred);
    QVERIFY(!m_editor->setExternalRiskThreshold(150));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_stack->count(), commands);
    QCOMPARE(WorkforceAnalysis::riskThreshold(*m_doc->file()), 65.0);
}

void TestCommands::valuesOfRows()
{
    PortfolioFile &file = *m_doc->file();
    QMap<QString, FieldValues> rows;
    QStringList uuids;
    for (const Envelope &e : Repository::envelopes(file)) {
        rows.insert(e.uuid, { { Field::Granted, e.granted * 1.1 } });
        uuids << e.uuid;
    }
    QCOMPARE(int(rows.size()), 3);
    roundTrip([&] { return m_editor->setValuesOfRows(Entity::Envelope, rows, QStringLiteral("Adjust Granted")); });
    for (const QString &uuid : std::as_const(uuids))
        QCOMPARE(file.value(Entity::Envelope, uuid, Field::Granted).toDouble(), rows.value(uuid).value(Field::Granted).toDouble());
    QCOMPARE(m_stack->text(m_stack->count() - 1), QStringLiteral("Adjust Granted"));
    // Measures carry rules (history rows): refused here, with a message.
    QSignalSpy errors(m_editor, &Editor::errorOccurred);
    QVERIFY(!m_editor->setValuesOfRows(Entity::Measure, { { m_fx.measure9, { { Field::Comment, QStringLiteral("x") } } } },
                                       QStringLiteral("Bulk")));
    QCOMPARE(errors.count(), 1);
}

void TestCommands::addDecision()
{
    QString uuid;
    roundTrip([&] {
        uuid = m_editor->addDecision(m_fx.project1,
                                     { { Field::DecidedOn, QDate(2016, 9, 1) },
                                       { Field::Authority, QStringLiteral("CT") },
                                       { Field::TextEn, QStringLiteral("Budget raised") },
                                       { Field::TextFr, QStringLiteral("Budget augmenté") },
                                       { Field::BudgetChange, 250000.0 } },
                                     QStringLiteral("SCT-01"));
        return !uuid.isEmpty();
    });
    QCOMPARE(m_doc->file()->value(Entity::Decision, uuid, Field::TextFr).toString(), QStringLiteral("Budget augmenté"));
}

void TestCommands::addAndDeleteRows()
{
    roundTrip([&] {
        return !m_editor->addRow(Entity::Organization,
                                 { { Field::Code, QStringLiteral("MTQ") }, { Field::NameEn, QStringLiteral("Transport") } },
                                 QStringLiteral("Add Organization MTQ"))
                    .isEmpty();
    });
    roundTrip([&] { return m_editor->deleteRows(Entity::Project, { m_fx.project1 }, QStringLiteral("Delete Project")); });
}

void TestCommands::deleteTakesItsDependents()
{
    // An organization with projects (optional reference: cleared), workforce and envelopes (they go).
    PortfolioFile &file = *m_doc->file();
    const QString mce = file.rowUuid(Entity::Organization, file.value(Entity::Envelope, m_fx.envelope, Field::Organization).toLongLong());
    const QHash<Entity, int> going = file.dependents(Entity::Organization, mce);
    QCOMPARE(going.value(Entity::Envelope), 1);
    QCOMPARE(going.value(Entity::Workforce), 3);
    QCOMPARE(going.value(Entity::Project), 0); // kept, without an organization
    roundTrip([&] { return m_editor->deleteRows(Entity::Organization, { mce }, QStringLiteral("Delete Organization")); });
    QVERIFY(!file.rowId(Entity::Envelope, m_fx.envelope));
}

void TestCommands::healthRule()
{
    roundTrip([&] { return m_editor->setHealthRule(HealthRule::custom(1, 3)); });
    QCOMPARE(m_doc->file()->healthRule(), HealthRule::custom(1, 3));
    m_stack->undo();
    QCOMPARE(m_doc->file()->healthRule(), HealthRule::variance1030());
}

void TestCommands::freezePeriod()
{
    roundTrip([&] { return m_editor->freezePeriod(QStringLiteral("October 2016"), QDate(2016, 10, 31)); });
    const auto period = Periods::find(*m_doc->file(), QStringLiteral("October 2016"));
    QVERIFY(period);
    // A duplicate label is refused with a message; nothing reaches the stack.
    QSignalSpy errors(m_editor, &Editor::errorOccurred);
    const int commands = m_stack->count();
    QVERIFY(!m_editor->freezePeriod(QStringLiteral("october 2016"), QDate(2016, 10, 31)));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_stack->count(), commands);
}

void TestCommands::briefingEdits()
{
    PortfolioFile &file = *m_doc->file();
    QList<DraftedItem> drafted;
    QVERIFY(BriefingDrafter::draft(file, 0, &drafted, nullptr));
    QVERIFY(!drafted.isEmpty());
    roundTrip([&] { return m_editor->redraftBriefing(0, drafted); });
    QString free;
    roundTrip([&] {
        free = m_editor->addBriefingItem(0, BriefingSection::CouncilTopics, { QStringLiteral("Open data"), QStringLiteral("Données ouvertes") });
        return !free.isEmpty();
    });
    roundTrip([&] { return m_editor->setBriefingText(free, QStringLiteral("fr"), QStringLiteral("Données ouvertes du gouvernement")); });
    roundTrip([&] { return m_editor->moveBriefingItem(0, free, -1); });
    roundTrip([&] { return m_editor->removeBriefingItems({ free }); });
}

void TestCommands::importIsOneEdit()
{
    const QString csv = QStringLiteral(VIGIE_TEST_DATA "/import/plain-utf8.csv");
    roundTrip([&] {
        ImportJob *job = m_editor->importProjects(csv, ImportMapping::defaults(), {});
        if (!job)
            return false;
        job->wait();
        return job->report().written;
    });
}

// An import runs on a worker thread: its change is named there in both languages all the same, whatever
// the language of the window.
void TestCommands::importOnItsWorkerIsNamedInBothLanguages()
{
    QVERIFY(Language::apply(QStringLiteral("fr")));
    ImportJob *job = m_editor->importProjects(QStringLiteral(VIGIE_TEST_DATA "/import/plain-utf8.csv"), ImportMapping::defaults(), {});
    QVERIFY(job);
    job->wait();
    QVERIFY(job->report().written);
    QTRY_COMPARE(m_stack->count(), 1);
    QSqlQuery q(sqlDatabase(*m_doc->file()));
    QVERIFY(q.exec(QStringLiteral("SELECT label, label_fr FROM changeset ORDER BY id DESC LIMIT 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Import projects from plain-utf8.csv"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Importer les projets de plain-utf8.csv"));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestCommands::oneNotificationAfterCommit()
{
    QList<Change> seen;
    QString statusSeenByOthers;
    connect(m_doc.get(), &Document::changed, this, [&](const Change &c) {
        seen << c;
        // What a reader sees when the notification comes: the committed, final values.
        FileError error;
        auto other = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &error);
        statusSeenByOthers = other ? other->value(Entity::Measure, m_fx.measure9, Field::Status).toString() : QString();
    });
    QVERIFY(m_editor->setMeasureState(m_fx.measure9, { MeasureStatus::Completed, 100, QStringLiteral("Done") }, 9));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(statusSeenByOthers, QStringLiteral("completed"));
    const Change &c = seen.first();
    QVERIFY(c.complete);
    QVERIFY(c.changeset > 0);
    QCOMPARE(c.modified(Entity::Measure), QStringList { m_fx.measure9 });
    QVERIFY(c.touches(Entity::Measure, Field::Status));
    QVERIFY(c.touches(Entity::Measure, Field::PercentComplete));
    QVERIFY(c.touches(Entity::Measure, Field::Comment));
    QVERIFY(!c.touches(Entity::Measure, Field::TitleEn));
    QVERIFY(c.addsOrRemoves(Entity::MeasureStatusChange));
    QVERIFY(!c.touches(Entity::Project));

    // Undo and redo: one notification each, also after their commit.
    m_stack->undo();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(statusSeenByOthers, QStringLiteral("under_way"));
    m_stack->redo();
    QCOMPARE(seen.size(), 3);
    QCOMPARE(statusSeenByOthers, QStringLiteral("completed"));

    // A rule change recolours every project in one notification that lists none of them one by one.
    QVERIFY(m_editor->setHealthRule(HealthRule::custom(1, 2)));
    QCOMPARE(seen.size(), 4);
    QVERIFY(seen.last().touches(Entity::Project, Field::ComputedCost));
    QVERIFY(seen.last().touches(Entity::Portfolio));

    // An edit that fails sends nothing.
    QVERIFY(!m_editor->setValue(Entity::Project, m_fx.project1, Field::Code, QStringLiteral("MCE-02"), QStringLiteral("P")));
    QCOMPARE(seen.size(), 4);
}

void TestCommands::fieldEditsMerge()
{
    const QVariant original = m_doc->file()->value(Entity::Project, m_fx.project1, Field::ForecastCost);
    const int commands = m_stack->count();
    for (double v : { 1.0e6, 1.2e6, 1.25e6 })
        QVERIFY(m_editor->setValue(Entity::Project, m_fx.project1, Field::ForecastCost, v, QStringLiteral("P")));
    QCOMPARE(m_stack->count(), commands + 1); // typing 1, 12, 125 is one step
    m_stack->undo();
    QCOMPARE(m_doc->file()->value(Entity::Project, m_fx.project1, Field::ForecastCost).toDouble(), original.toDouble());
    m_stack->redo();
    QCOMPARE(m_doc->file()->value(Entity::Project, m_fx.project1, Field::ForecastCost).toDouble(), 1.25e6);
    // Another field does not merge.
    QVERIFY(m_editor->setValue(Entity::Project, m_fx.project1, Field::ForecastEnd, QDate(2019, 1, 1), QStringLiteral("P")));
    QCOMPARE(m_stack->count(), commands + 2);
}

void TestCommands::noOpIsDropped()
{
    QSqlQuery q(sqlDatabase(*m_doc->file()));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_journal")) && q.next());
    const int journal = q.value(0).toInt();
    QSignalSpy changes(m_doc.get(), &Document::changed);
    const QVariant name = m_doc->file()->value(Entity::Project, m_fx.project1, Field::NameEn);
    QVERIFY(m_editor->setValue(Entity::Project, m_fx.project1, Field::NameEn, name, QStringLiteral("P")));
    const std::optional<MeasureState> state = Edits::measureState(*m_doc->file(), m_fx.measure9);
    QVERIFY(m_editor->setMeasureState(m_fx.measure9, *state, 9));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(changes.count(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_journal")) && q.next());
    QCOMPARE(q.value(0).toInt(), journal);
}

void TestCommands::undoTextsSayWhat()
{
    QVERIFY(m_editor->setValue(Entity::Project, m_fx.project1, Field::ForecastCost, 2e6, QStringLiteral("Project SCT-01")));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Change Forecast cost of Project SCT-01"));
    QSignalSpy errors(m_editor, &Editor::errorOccurred);
    QVERIFY2(m_editor->setMeasureState(m_fx.measure9, { MeasureStatus::Completed, 100, QString() }, 9),
             qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Change Status of Measure 9"));
    m_stack->undo();
    QCOMPARE(m_stack->redoText(), QStringLiteral("Change Status of Measure 9"));
}

void TestCommands::undoRefusedWhenChangedSince()
{
    QVERIFY(m_editor->setValue(Entity::Project, m_fx.project1, Field::ForecastCost, 2e6, QStringLiteral("P")));
    {
        // Another connection changes the same value (as another client of a shared portfolio would).
        FileError error;
        auto other = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWriteVerified, &error);
        QVERIFY2(other, qPrintable(error.message));
        QVERIFY(Edits::setValue(*other, Entity::Project, m_fx.project1, Field::ForecastCost, 3e6, QStringLiteral("Other")).ok);
    }
    QSignalSpy errors(m_editor, &Editor::errorOccurred);
    m_stack->undo();
    QCOMPARE(errors.count(), 1);
    // Said with who changed it (the journal's author of the other changeset).
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("Forecast cost of this project was changed by ")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(m_doc->file()->value(Entity::Project, m_fx.project1, Field::ForecastCost).toDouble(), 3e6); // kept
    QCOMPARE(m_stack->count(), 0); // the command that cannot be undone is gone
}

void TestCommands::readOnlyRefuses()
{
    // Another Vigie holds the file's edit lock: this one opens it read-only and refuses every edit.
    m_doc.reset();
    FileLock other(QFileInfo(m_path).absoluteFilePath());
    QVERIFY(other.tryLock());
    FileError error;
    auto doc = Document::open(m_path, &error);
    QVERIFY(doc);
    QVERIFY(doc->isReadOnly());
    QVERIFY(doc->readOnlyReason().contains(QStringLiteral("Another Vigie")));
    QSignalSpy errors(doc->editor(), &Editor::errorOccurred);
    QVERIFY(!doc->editor()->setValue(Entity::Envelope, m_fx.envelope, Field::Granted, 1.0, QStringLiteral("E")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestCommands::outsideChangesAreSeen()
{
    QSignalSpy changes(m_doc.get(), &Document::changed);
    QVERIFY(!m_doc->checkOutsideChanges());
    {
        FileError error;
        auto other = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWriteVerified, &error);
        QVERIFY(other);
        QVERIFY(Edits::setValue(*other, Entity::Envelope, m_fx.envelope, Field::Granted, 7e6, QStringLiteral("Other")).ok);
    }
    QVERIFY(m_doc->checkOutsideChanges());
    QCOMPARE(changes.count(), 1);
    const Change c = changes.first().first().value<Change>();
    QVERIFY(c.external);
    QVERIFY(c.needsReload(Entity::Envelope));
    // Our own edits are not outside changes.
    QVERIFY(m_editor->setValue(Entity::Envelope, m_fx.envelope, Field::Granted, 8e6, QStringLiteral("E")));
    QVERIFY(!m_doc->checkOutsideChanges());
}

void TestCommands::fileUpgradedElsewhereIsNotReadAgain()
{
    // Open read-only here while another Vigie holds the file; that Vigie, a later version, upgrades it.
    // This document reads the format before anything else, turns outdated and reads nothing again.
    m_doc.reset();
    FileLock other(QFileInfo(m_path).absoluteFilePath());
    QVERIFY(other.tryLock());
    FileError error;
    auto doc = Document::open(m_path, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(doc->isReadOnly());
    QVERIFY(!doc->isOutdated());
    QSignalSpy turned(doc.get(), &Document::readOnlyChanged);
    QSignalSpy changes(doc.get(), &Document::changed);
    {
        auto newer = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWriteVerified, &error);
        QVERIFY2(newer, qPrintable(error.message));
        QVERIFY(Edits::setValue(*newer, Entity::Envelope, m_fx.envelope, Field::Granted, 7e6, QStringLiteral("Other")).ok);
    }
    QVERIFY(doc->checkOutsideChanges()); // an ordinary change: taken in
    QCOMPARE(changes.count(), 1);
    {
        auto newer = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWriteVerified, &error);
        QVERIFY2(newer, qPrintable(error.message));
        QSqlQuery q(sqlDatabase(*newer));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1)));
    }
    QVERIFY(!doc->checkOutsideChanges());
    QVERIFY(doc->isOutdated());
    QCOMPARE(turned.count(), 1);
    QCOMPARE(changes.count(), 1);
    QVERIFY2(doc->readOnlyReason().startsWith(
                 QStringLiteral("Another Vigie upgraded this portfolio file to format %1 while it was open here")
                     .arg(Schema::currentVersion + 1)),
             qPrintable(doc->readOnlyReason()));
    QVERIFY(!doc->checkOutsideChanges());
    QCOMPARE(turned.count(), 1);

    // An older portfolio put in its place (a backup restored behind Vigie's back) is not read either.
    const QString restored = m_dir->filePath(QStringLiteral("restored.vigie"));
    VigieTest::Fixture fixture;
    QVERIFY(VigieTest::makeDocument(restored, &fixture));
    FileLock holder(QFileInfo(restored).absoluteFilePath());
    QVERIFY(holder.tryLock());
    doc = Document::open(restored, &error);
    QVERIFY2(doc && doc->isReadOnly(), qPrintable(error.message));
    {
        auto older = PortfolioFile::open(restored, PortfolioFile::Access::ReadWriteVerified, &error);
        QVERIFY2(older, qPrintable(error.message));
        QSqlQuery q(sqlDatabase(*older));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion - 1)));
    }
    QVERIFY(!doc->checkOutsideChanges());
    QVERIFY(doc->isOutdated());
    QVERIFY2(doc->readOnlyReason().startsWith(
                 QStringLiteral("The portfolio was replaced by one in an older format (%1) while it was open here")
                     .arg(Schema::currentVersion - 1)),
             qPrintable(doc->readOnlyReason()));
}

void TestCommands::fileMovedOrReplacedTurnsTheDocumentReadOnly()
{
    // Renamed under the window (by the user in the file manager, or a sync tool): the document's watch
    // sees it. Nothing more can be written there (SQLite refuses), so the document turns read-only and
    // says why; what was written before is in the file where it went. Not damage.
    m_doc.reset();
    const QString before = m_dir->filePath(QStringLiteral("moved.vigie"));
    VigieTest::Fixture fixture;
    QVERIFY(VigieTest::makeDocument(before, &fixture));
    FileError error;
    auto doc = Document::open(before, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(!doc->isReadOnly());
    QVERIFY(doc->editor()->setValue(Entity::Envelope, fixture.envelope, Field::Granted, 5e6, QStringLiteral("E")));
    QSignalSpy turned(doc.get(), &Document::readOnlyChanged);
    const QString after = m_dir->filePath(QStringLiteral("elsewhere.vigie"));
    QVERIFY(QFile::rename(before, after));
    QVERIFY(!doc->checkOutsideChanges());
    QVERIFY(doc->isOutdated());
    QVERIFY(doc->isReadOnly());
    QCOMPARE(turned.count(), 1);
    QVERIFY2(doc->readOnlyReason().contains(QStringLiteral("was moved, renamed, replaced or deleted while it was open")),
             qPrintable(doc->readOnlyReason()));
    QVERIFY2(doc->readOnlyReason().contains(QStringLiteral("open the file where it is now")), qPrintable(doc->readOnlyReason()));
    QVERIFY(doc->file()->damage().isEmpty());
    QSignalSpy refused(doc->editor(), &Editor::errorOccurred);
    QVERIFY(!doc->editor()->setValue(Entity::Envelope, fixture.envelope, Field::Granted, 6e6, QStringLiteral("E")));
    QCOMPARE(refused.count(), 1);
    doc.reset();
    {
        auto there = PortfolioFile::open(after, PortfolioFile::Access::ReadOnly, &error);
        QVERIFY2(there, qPrintable(error.message));
        const QList<Envelope> envelopes = Repository::envelopes(*there);
        const auto it = std::find_if(envelopes.cbegin(), envelopes.cend(),
                                     [&](const Envelope &e) { return e.uuid == fixture.envelope; });
        QVERIFY(it != envelopes.cend());
        QCOMPARE(it->granted, 5e6);
    }

    // Another file put in its place (a backup restored by copying over it): an edit finds it before the
    // watch does, is refused with the reason, and the document turns read-only before the message is sent.
    doc = Document::open(after, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(!doc->isReadOnly());
    const QString copy = m_dir->filePath(QStringLiteral("restored.vigie"));
    QVERIFY(VigieTest::makeDocument(copy));
    QVERIFY(QFile::remove(after));
    QVERIFY(QFile::rename(copy, after));
    QSignalSpy refusedAgain(doc->editor(), &Editor::errorOccurred);
    bool readOnlyFirst = false;
    connect(doc->editor(), &Editor::errorOccurred, this, [&] { readOnlyFirst = doc->isReadOnly(); });
    QVERIFY(!doc->editor()->setValue(Entity::Envelope, fixture.envelope, Field::Granted, 7e6, QStringLiteral("E")));
    QCOMPARE(refusedAgain.count(), 1);
    QVERIFY2(refusedAgain.first().first().toString().contains(QStringLiteral("moved, renamed, replaced or deleted")),
             qPrintable(refusedAgain.first().first().toString()));
    QVERIFY(readOnlyFirst);
    QVERIFY(doc->isOutdated());
    QVERIFY(doc->file()->damage().isEmpty());
    QCOMPARE(doc->undoStack()->count(), 0);
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
