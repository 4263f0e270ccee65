// Sending copies (CopyExtractor), what a copy limited to one organization lets its holder change
// (CopyScope, enforced for every writer), and the copies a merge refuses, leaving the master untouched.
#include "merge/copyorigin.h"
#include "merge/merger.h"
#include "storage/copyscope.h"
#include "storage/filelock.h"

#include "mergefixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

class TestCopies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void copyRemembersItsOrigin();
    void extractRefusals();
    void limitedCopyRefusesOtherOrganizations();
    void wholeCopyEditsEverything();
    void wrongPortfolioRefused();
    void notACopyRefused();
    void copyOfALaterStateRefused();
    void damagedCopyRefused_data();
    void damagedCopyRefused();
    void hostileCopyOutsideItsOrganization();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    EditResult mergeInto(const QString &master, const QString &copy, MergePlan *plan = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_master;
};

void TestCopies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_master = path(QStringLiteral("quebec.vigie"));
    QVERIFY(writeQuebec(m_master));
}

EditResult TestCopies::mergeInto(const QString &master, const QString &copy, MergePlan *plan)
{
    auto file = openFile(master, QStringLiteral("cio-office"));
    MergePlan local;
    return file ? Merger::merge(*file, { copy }, {}, plan ? plan : &local) : EditResult {};
}

void TestCopies::copyRemembersItsOrigin()
{
    QVERIFY([&] {
        auto f = openFile(m_master, QStringLiteral("cio-office"));
        return Edits::setValue(*f, Entity::Project, project(*f, QStringLiteral("AMF-2014-001")), Field::Phase,
                               QStringLiteral("closing"), QStringLiteral("P")).ok;
    }());
    const QByteArray master = sha256(m_master);
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    QCOMPARE(sha256(m_master), master); // sending a copy does not touch the portfolio
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    auto m = openFile(m_master, QStringLiteral("reader"));
    auto c = openFile(copy, QStringLiteral("reader"));
    QVERIFY(c);
    const std::optional<CopyOrigin> origin = CopyOrigin::read(*c);
    QVERIFY(origin);
    QCOMPARE(origin->portfolioUuid, m->info().uuid);
    QCOMPARE(origin->organizationCode, QStringLiteral("MTESS"));
    QCOMPARE(origin->takenBy, QStringLiteral("cio-office"));
    QCOMPARE(origin->sourceName, QStringLiteral("quebec.vigie"));
    const JournalPosition last = JournalPosition::last(*m);
    QVERIFY(last.changeset > 0);
    QCOMPARE(origin->baseChangeset, last.changeset);
    QCOMPARE(origin->baseChangesetUuid, last.uuid);
    QVERIFY(!CopyOrigin::read(*m)); // the master is no copy
    QCOMPARE(CopyScope::organizationOf(*c), QStringLiteral("MTESS"));
    QCOMPARE(c->info().uuid, m->info().uuid);
    QCOMPARE(count(*c, QStringLiteral("SELECT COUNT(*) FROM project")), count(*m, QStringLiteral("SELECT COUNT(*) FROM project")));
}

void TestCopies::extractRefusals()
{
    auto file = openFile(m_master, QStringLiteral("cio-office"));
    QString error;
    CopyExtractor::Options options;
    options.organizationCode = QStringLiteral("NOPE");
    QVERIFY(!CopyExtractor::extract(*file, path(QStringLiteral("x.vigie")), options, &error));
    QVERIFY2(error.contains(QStringLiteral("\"NOPE\"")), qPrintable(error));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.vigie"))));
    QVERIFY(!CopyExtractor::extract(*file, m_master, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot replace the portfolio itself")), qPrintable(error));
    const QString existing = path(QStringLiteral("existing.vigie"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    QVERIFY(!CopyExtractor::extract(*file, existing, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    f.close();
    CopyExtractor::Options replace;
    replace.overwrite = true;
    QVERIFY2(CopyExtractor::extract(*file, existing, replace, &error), qPrintable(error));
    QVERIFY(openFile(existing, QStringLiteral("reader")));

    // Not even when told to replace: a copy is never renamed over a portfolio a Vigie is editing.
    const QByteArray sent = sha256(existing);
    {
        FileLock editing(existing);
        QVERIFY(editing.tryLock());
        QVERIFY(!CopyExtractor::extract(*file, existing, replace, &error));
        QVERIFY2(error.contains(QStringLiteral("open for editing in Vigie")), qPrintable(error));
        QCOMPARE(sha256(existing), sent);
        QVERIFY(editing.isLocked());
    }
    QVERIFY2(CopyExtractor::extract(*file, existing, replace, &error), qPrintable(error));
    QVERIFY(!QFile::exists(FileLock::lockPath(existing)));
}

void TestCopies::limitedCopyRefusesOtherOrganizations()
{
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    auto f = openFile(copy, QStringLiteral("mtess-it"));
    const QString msss = project(*f, QStringLiteral("MSSS-2012-001"));
    const QString own = uuidWhere(*f, QStringLiteral("project"), QStringLiteral("organization_id"),
                                  f->rowId(Entity::Organization, uuidWhere(*f, QStringLiteral("organization"), QStringLiteral("code"), QStringLiteral("MTESS"))));
    const RowId mtess = f->rowId(Entity::Organization, uuidWhere(*f, QStringLiteral("organization"), QStringLiteral("code"), QStringLiteral("MTESS")));
    const RowId msssOrg = f->rowId(Entity::Organization, uuidWhere(*f, QStringLiteral("organization"), QStringLiteral("code"), QStringLiteral("MSSS")));
    const QByteArray before = sha256(copy);

    EditResult r = Edits::setValue(*f, Entity::Project, msss, Field::ForecastCost, 1.0, QStringLiteral("F"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("limited to the organization MTESS")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("MSSS-2012-001")), qPrintable(r.error));
    QVERIFY(!Edits::setHealthRule(*f, HealthRule::custom(1, 2), QStringLiteral("Rule")).ok);
    QVERIFY(!Edits::setMeasureState(*f, measure(*f, 1), { MeasureStatus::Completed, 100, QString() }, QStringLiteral("S")).ok);
    QVERIFY(!Edits::addRow(*f, Entity::Project, { { Field::Code, QStringLiteral("X-1") }, { Field::Organization, msssOrg } },
                           QStringLiteral("Add")).ok);
    QVERIFY(!Edits::setValue(*f, Entity::Project, own, Field::Organization, msssOrg, QStringLiteral("Give away")).ok);
    QVERIFY(!Edits::deleteRows(*f, Entity::Project, { msss }, QStringLiteral("Delete")).ok);
    QVERIFY(!Edits::freezePeriod(*f, QStringLiteral("October 2016"), QDate(2016, 10, 31), QStringLiteral("Freeze")).ok);
    f.reset();
    QCOMPARE(sha256(copy), before); // every refusal rolled back: not a byte changed

    f = openFile(copy, QStringLiteral("mtess-it"));
    r = Edits::setValue(*f, Entity::Project, own, Field::ForecastCost, 2.5e6, QStringLiteral("F"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(Edits::setMeasureState(*f, measure(*f, 30), { MeasureStatus::Completed, 100, QString() }, QStringLiteral("S")).ok);
    const EditResult added = Edits::addRow(*f, Entity::Project, { { Field::Code, QStringLiteral("MTESS-NEW") }, { Field::Organization, mtess } },
                                           QStringLiteral("Add"));
    QVERIFY(added.ok);
    QVERIFY(Edits::revert(*f, { r.changeset }).ok); // undo of one's own edit
    // A project of one's own that the frozen periods reported stays (their figures must not change)…
    r = Edits::deleteRows(*f, Entity::Project, { own }, QStringLiteral("Delete"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("frozen reporting period")), qPrintable(r.error));
    // …one that no period reported goes.
    QVERIFY(Edits::deleteRows(*f, Entity::Project, { added.uuid }, QStringLiteral("Delete")).ok);
}

void TestCopies::wholeCopyEditsEverything()
{
    const QString copy = path(QStringLiteral("whole.vigie"));
    QVERIFY(sendCopy(m_master, copy, QString()));
    auto f = openFile(copy, QStringLiteral("analyst"));
    QVERIFY(CopyScope::organizationOf(*f).isEmpty());
    QVERIFY(Edits::setValue(*f, Entity::Project, project(*f, QStringLiteral("MSSS-2012-001")), Field::ForecastCost, 1.0,
                            QStringLiteral("F")).ok);
    QVERIFY(Edits::setHealthRule(*f, HealthRule::custom(1, 2), QStringLiteral("Rule")).ok);
}

void TestCopies::wrongPortfolioRefused()
{
    const QString other = path(QStringLiteral("other.vigie"));
    {
        FileError error;
        QVERIFY(PortfolioFile::create(other, QStringLiteral("Ontario"), &error));
    }
    const QString copy = path(QStringLiteral("ontario-copy.vigie"));
    QVERIFY(sendCopy(other, copy, QString()));
    const QByteArray before = sha256(m_master);
    const EditResult r = mergeInto(m_master, copy);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("a copy of another portfolio (\"Ontario\")")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("Nothing was merged")), qPrintable(r.error));
    QCOMPARE(sha256(m_master), before);
}

void TestCopies::notACopyRefused()
{
    const QString plain = path(QStringLiteral("plain.vigie"));
    QVERIFY(QFile::copy(m_master, plain));
    const EditResult r = mergeInto(m_master, plain);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("not a copy sent for merging")), qPrintable(r.error));
    QVERIFY(!mergeInto(m_master, m_master).ok);
}

void TestCopies::copyOfALaterStateRefused()
{
    const QString old = path(QStringLiteral("old.vigie"));
    QVERIFY(QFile::copy(m_master, old));
    QVERIFY([&] {
        auto f = openFile(m_master, QStringLiteral("cio-office"));
        return Edits::setValue(*f, Entity::Project, project(*f, QStringLiteral("AMF-2014-001")), Field::Phase,
                               QStringLiteral("closing"), QStringLiteral("P")).ok;
    }());
    const QString copy = path(QStringLiteral("copy.vigie"));
    QVERIFY(sendCopy(m_master, copy, QString()));
    const EditResult r = mergeInto(old, copy);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("taken from a state of the portfolio that this file does not have")), qPrintable(r.error));
}

void TestCopies::damagedCopyRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut short") << QStringLiteral("truncate");
    QTest::newRow("damaged pages") << QStringLiteral("pages");
    QTest::newRow("not a database") << QStringLiteral("text");
    QTest::newRow("empty") << QStringLiteral("empty");
}

void TestCopies::damagedCopyRefused()
{
    QFETCH(QString, damage);
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    QVERIFY([&] {
        auto f = openFile(copy, QStringLiteral("mtess-it"));
        return Edits::setMeasureState(*f, measure(*f, 30), { MeasureStatus::Completed, 100, QString() }, QStringLiteral("S")).ok;
    }());
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    if (damage == QLatin1String("truncate")) {
        QVERIFY(f.resize(size / 2));
    } else if (damage == QLatin1String("pages")) {
        for (qint64 offset = 3 * 4096 + 8; offset + 64 < size; offset += 4096 * 3) {
            f.seek(offset);
            f.write(QByteArray(64, '\xA5'));
        }
    } else {
        QVERIFY(f.resize(0));
        if (damage == QLatin1String("text"))
            f.write("code,name\nMTESS-1,Claims\n");
    }
    f.close();
    const QByteArray before = sha256(m_master);
    const EditResult r = mergeInto(m_master, copy);
    QVERIFY(!r.ok);
    QVERIFY2(!r.error.isEmpty(), "a refusal says why");
    QCOMPARE(sha256(m_master), before);
}

void TestCopies::hostileCopyOutsideItsOrganization()
{
    // A limited copy edited behind Vigie's back: another ministry's project changed, with journal rows
    // that say so, and a journal row naming no table at all. Neither reaches the master.
    const QString copy = path(QStringLiteral("mtess.vigie"));
    QVERIFY(sendCopy(m_master, copy, QStringLiteral("MTESS")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO changeset (uuid, label, author, created_at) VALUES ('x', 'x', 'intruder', '2016-10-01')")));
        const QString changeset = q.lastInsertId().toString();
        QVERIFY(q.exec(QStringLiteral("UPDATE project SET phase = 'stolen' WHERE code = 'MSSS-2012-001'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, new_value, changed_at, "
                                      "author, changeset_id) SELECT 'project', uuid, 'phase', 'execution', 'stolen', '2016-10-01', "
                                      "'intruder', %1 FROM project WHERE code = 'MSSS-2012-001'").arg(changeset)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, new_value, changed_at, "
                                      "author, changeset_id) VALUES ('nope; DROP TABLE project', 'u', 'x\"', '', '', '', '', %1)")
                           .arg(changeset)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hostile"));
    MergePlan plan;
    const EditResult r = mergeInto(m_master, copy, &plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(plan.ignored(), 1);
    QCOMPARE(plan.applied(), 0);
    auto m = openFile(m_master, QStringLiteral("reader"));
    QVERIFY(m->value(Entity::Project, project(*m, QStringLiteral("MSSS-2012-001")), Field::Phase).toString() != QLatin1String("stolen"));
}

QTEST_GUILESS_MAIN(TestCopies)
#include "tst_copies.moc"
