// Row versions (storage/rowversion.cpp) on a real file with two connections, two people: once a client
// has a seen position, an edit of a value the other changed since is refused with the conflict (who,
// when, what the client saw, what is there now, what it wanted) and writes nothing; its own edits and
// the other's edits of other fields or rows are no conflict; "use mine" (acknowledge, run again) writes
// over theirs; undo only takes back the client's own edit.
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/structureedits.h"

#include "i18n/language.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestRowVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void withoutSeenPositionLastWriterWins();
    void changedSinceSeenIsAConflict();
    void ownEditsAndOtherValuesAreNoConflict();
    void useMineWritesOverTheirs();
    void markSeenTakesTheirsIn();
    void removingWhatTheyChangedIsAConflict();
    void undoTakesBackOnlyOwnEdits();
    void undoOfOwnNewRowIsNoConflict();

private:
    EditResult setForecast(PortfolioFile &file, const QString &project, double value);
    int changesets() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PortfolioFile> m_ana; // the window
    std::unique_ptr<PortfolioFile> m_ben; // someone else, another connection
    QString m_p1, m_p2;
};

void TestRowVersion::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("shared.vigie"));
    FileError error;
    m_ana = PortfolioFile::create(path, QStringLiteral("Shared"), &error);
    QVERIFY2(m_ana, qPrintable(error.message));
    m_ana->setAuthor(QStringLiteral("ana"));
    const EditResult org = StructureEdits::add(*m_ana, Entity::Organization, { { Field::Code, QStringLiteral("TBS") } },
                                               QStringLiteral("Add"));
    QVERIFY2(org.ok, qPrintable(org.error));
    for (QString *p : { &m_p1, &m_p2 }) {
        const EditResult r = StructureEdits::add(*m_ana, Entity::Project,
                                                 { { Field::Code, p == &m_p1 ? QStringLiteral("P1") : QStringLiteral("P2") },
                                                   { Field::Organization, org.uuid } },
                                                 QStringLiteral("Add"));
        QVERIFY2(r.ok, qPrintable(r.error));
        *p = r.uuid;
    }
    QVERIFY(setForecast(*m_ana, m_p1, 1000).ok);
    m_ben = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(m_ben, qPrintable(error.message));
    m_ben->setAuthor(QStringLiteral("ben"));
}

void TestRowVersion::cleanup()
{
    m_ben.reset();
    m_ana.reset();
}

EditResult TestRowVersion::setForecast(PortfolioFile &file, const QString &project, double value)
{
    return Edits::setValue(file, Entity::Project, project, Field::ForecastCost, value, QStringLiteral("Forecast"));
}

int TestRowVersion::changesets() const
{
    QSqlQuery q(sqlDatabase(*m_ana));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM changeset")) && q.next() ? q.value(0).toInt() : -1;
}

void TestRowVersion::withoutSeenPositionLastWriterWins()
{
    // The command line and imports keep no seen position: no check, no extra query.
    QCOMPARE(m_ana->seenChangeset(), -1);
    QVERIFY(setForecast(*m_ben, m_p1, 2000).ok);
    QVERIFY(setForecast(*m_ana, m_p1, 3000).ok);
    QCOMPARE(m_ana->value(Entity::Project, m_p1, Field::ForecastCost).toDouble(), 3000.0);
}

void TestRowVersion::changedSinceSeenIsAConflict()
{
    const qint64 seen = m_ana->markSeen();
    QVERIFY(seen > 0);
    const EditResult theirs = setForecast(*m_ben, m_p1, 2000);
    QVERIFY(theirs.ok);
    const int before = changesets();

    const EditResult r = setForecast(*m_ana, m_p1, 3000);
    QVERIFY(!r.ok);
    QCOMPARE(r.conflicts.size(), 1);
    const EditConflict &c = r.conflicts.constFirst();
    QCOMPARE(c.entity, Entity::Project);
    QCOMPARE(c.uuid, m_p1);
    QCOMPARE(c.seen, QStringLiteral("1000"));
    QCOMPARE(c.now, QStringLiteral("2000"));
    QCOMPARE(c.wanted, QStringLiteral("3000"));
    QCOMPARE(c.author, QStringLiteral("ben"));
    QCOMPARE(c.changeset, theirs.changeset);
    QVERIFY(!c.removing);
    QVERIFY2(r.error.contains(QLatin1String("Forecast cost")) && r.error.contains(QLatin1String("ben"))
                 && r.error.contains(QLatin1String("nothing was written")),
             qPrintable(r.error));
    // Nothing written: their value, no changeset, and the seen position unmoved.
    QCOMPARE(m_ana->value(Entity::Project, m_p1, Field::ForecastCost).toDouble(), 2000.0);
    QCOMPARE(changesets(), before);
    QCOMPARE(m_ana->seenChangeset(), seen);
    // Asking again is the same conflict: nothing was taken in meanwhile.
    QCOMPARE(setForecast(*m_ana, m_p1, 3000).conflicts.size(), 1);
}

void TestRowVersion::ownEditsAndOtherValuesAreNoConflict()
{
    m_ana->markSeen();
    QVERIFY(setForecast(*m_ana, m_p1, 1100).ok);
    QVERIFY(setForecast(*m_ana, m_p1, 1200).ok); // my own changeset after the seen position
    // The other changes another field of the same project and another project's forecast.
    QVERIFY(Edits::setValue(*m_ben, Entity::Project, m_p1, Field::NameEn, QStringLiteral("Theirs"), QStringLiteral("Name")).ok);
    QVERIFY(setForecast(*m_ben, m_p2, 5000).ok);
    const EditResult r = setForecast(*m_ana, m_p1, 1300);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(m_ana->value(Entity::Project, m_p1, Field::NameEn).toString(), QStringLiteral("Theirs"));
    QCOMPARE(m_ana->value(Entity::Project, m_p1, Field::ForecastCost).toDouble(), 1300.0);
    // The same value as theirs is no conflict either: nothing of theirs is lost.
    QVERIFY(setForecast(*m_ben, m_p1, 7000).ok);
    QVERIFY(setForecast(*m_ana, m_p1, 7000).ok);
}

void TestRowVersion::useMineWritesOverTheirs()
{
    m_ana->markSeen();
    QVERIFY(setForecast(*m_ben, m_p1, 2000).ok);
    const EditResult r = setForecast(*m_ana, m_p1, 3000);
    QCOMPARE(r.conflicts.size(), 1);
    // "Use mine": the user saw theirs in the review; the same edit runs again.
    m_ana->acknowledge(r.conflicts);
    const EditResult again = setForecast(*m_ana, m_p1, 3000);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(m_ana->value(Entity::Project, m_p1, Field::ForecastCost).toDouble(), 3000.0);
    // Only what was reviewed: a newer change of theirs is a conflict again, and other rows still are.
    QVERIFY(setForecast(*m_ben, m_p1, 4000).ok);
    QCOMPARE(setForecast(*m_ana, m_p1, 5000).conflicts.size(), 1);
    QVERIFY(setForecast(*m_ben, m_p2, 4000).ok);
    QCOMPARE(setForecast(*m_ana, m_p2, 5000).conflicts.size(), 1);
}

void TestRowVersion::markSeenTakesTheirsIn()
{
    m_ana->markSeen();
    QVERIFY(setForecast(*m_ben, m_p1, 2000).ok);
    QCOMPARE(setForecast(*m_ana, m_p1, 3000).conflicts.size(), 1);
    // The window reloaded what it shows (the lead's Document calls markSeen() first).
    m_ana->markSeen();
    QVERIFY(setForecast(*m_ana, m_p1, 3000).ok);
    m_ana->setSeenChangeset(-1);
    QVERIFY(setForecast(*m_ben, m_p1, 4000).ok);
    QVERIFY(setForecast(*m_ana, m_p1, 5000).ok); // no position, no check
}

void TestRowVersion::removingWhatTheyChangedIsAConflict()
{
    m_ana->markSeen();
    QVERIFY(Edits::setValue(*m_ben, Entity::Project, m_p2, Field::NameEn, QStringLiteral("Kept"), QStringLiteral("Name")).ok);
    const EditResult r = Edits::deleteRows(*m_ana, Entity::Project, { m_p2 }, QStringLiteral("Remove"));
    QVERIFY(!r.ok);
    QCOMPARE(r.conflicts.size(), 1);
    QVERIFY(r.conflicts.constFirst().removing);
    QCOMPARE(r.conflicts.constFirst().now, QStringLiteral("Kept"));
    QVERIFY2(r.error.contains(QLatin1String("it was not removed")), qPrintable(r.error));
    QVERIFY(m_ana->rowId(Entity::Project, m_p2));
    // A row nobody else touched goes.
    QVERIFY(Edits::deleteRows(*m_ana, Entity::Project, { m_p1 }, QStringLiteral("Remove")).ok);
}

void TestRowVersion::undoTakesBackOnlyOwnEdits()
{
    m_ana->markSeen();
    // Someone else changes the value my edit set: undoing mine would overwrite theirs.
    const EditResult mine = setForecast(*m_ana, m_p1, 3000);
    QVERIFY(mine.ok);
    QVERIFY(setForecast(*m_ben, m_p1, 4000).ok);
    const int before = changesets();
    const EditResult undo = Edits::revert(*m_ana, { mine.changeset });
    QVERIFY(!undo.ok);
    QCOMPARE(undo.conflicts.size(), 1);
    QCOMPARE(undo.conflicts.constFirst().author, QStringLiteral("ben"));
    QCOMPARE(undo.conflicts.constFirst().now, QStringLiteral("4000"));
    QCOMPARE(undo.conflicts.constFirst().wanted, QStringLiteral("1000"));
    QVERIFY2(undo.error.contains(QLatin1String("ben")), qPrintable(undo.error));
    QCOMPARE(m_ana->value(Entity::Project, m_p1, Field::ForecastCost).toDouble(), 4000.0);
    QCOMPARE(changesets(), before);

    // They change another field of the same project and another row: my undo and redo go through.
    const EditResult second = setForecast(*m_ana, m_p2, 6000);
    QVERIFY(second.ok);
    QVERIFY(Edits::setValue(*m_ben, Entity::Project, m_p2, Field::NameEn, QStringLiteral("Theirs"), QStringLiteral("Name")).ok);
    QVERIFY(setForecast(*m_ben, m_p1, 4500).ok);
    const EditResult undone = Edits::revert(*m_ana, { second.changeset });
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QVERIFY(m_ana->value(Entity::Project, m_p2, Field::ForecastCost).isNull());
    QCOMPARE(m_ana->value(Entity::Project, m_p2, Field::NameEn).toString(), QStringLiteral("Theirs"));
    const EditResult redone = Edits::revert(*m_ana, { undone.changeset });
    QVERIFY2(redone.ok, qPrintable(redone.error));
    QCOMPARE(m_ana->value(Entity::Project, m_p2, Field::ForecastCost).toDouble(), 6000.0);
}

void TestRowVersion::undoOfOwnNewRowIsNoConflict()
{
    // A row created and then changed in one edit: its undo sets the value back, then deletes the row,
    // within one changeset of its own (not yet committed while the deletion checks the row).
    m_ana->markSeen();
    QString created;
    const EditResult add = Edits::run(*m_ana, { QStringLiteral("Add"), {}, 0 }, [&](QString *error) {
        created = m_ana->insertRow(Entity::Project, { { Field::Code, QStringLiteral("P3") } }, QString(), error);
        return !created.isEmpty()
            && m_ana->setValue(Entity::Project, created, Field::NameEn, QStringLiteral("New"), error);
    });
    QVERIFY2(add.ok, qPrintable(add.error));
    const EditResult undo = Edits::revert(*m_ana, { add.changeset });
    QVERIFY2(undo.ok, qPrintable(undo.error));
    QVERIFY(!m_ana->rowId(Entity::Project, created));
    const EditResult redo = Edits::revert(*m_ana, { undo.changeset });
    QVERIFY2(redo.ok, qPrintable(redo.error));
    QCOMPARE(m_ana->value(Entity::Project, created, Field::NameEn).toString(), QStringLiteral("New"));
}

QTEST_GUILESS_MAIN(TestRowVersion)
#include "tst_rowversion.moc"
