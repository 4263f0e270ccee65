// Two clients of one portfolio on a real PostgreSQL server, each keeping what it has seen (row versions,
// storage/rowversion.cpp): the same field of the same project changed by the other since is a conflict
// (said, nothing lost, "use mine" then writes over it); different projects are both kept; undo takes
// back only a client's own edit.
#include "pgserver.h"
#include "testutil.h"

#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace VigieTest;

class TestServerRowVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sameFieldIsAConflictNothingLost();
    void differentProjectsAreBothKept();
    void undoAcrossClients();

private:
    QString address() const { return serverAddress(m_cluster, m_schema); }
    QString uuidOf(const QString &code) const;
    double forecast(PortfolioFile &file, const QString &uuid) const;
    EditResult setForecast(PortfolioFile &file, const QString &uuid, double value) const;
    int changesets() const;

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_schema = QStringLiteral("tst_rowversion");
    std::unique_ptr<PortfolioFile> m_ana, m_ben;
    QString m_p1, m_p2;
};

void TestServerRowVersion::initTestCase()
{
    VIGIE_REQUIRE_PG_CLUSTER(m_cluster);
    QCOMPARE(adminSql(m_cluster, { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema) }), QString());
    const QString file = m_dir.filePath(QStringLiteral("quebec.vigie"));
    Run r = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), file });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("publish"), file, address() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestServerRowVersion::init()
{
    FileError error;
    m_ana = PortfolioFile::open(address(), PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(m_ana, qPrintable(error.message));
    m_ben = PortfolioFile::open(address(), PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(m_ben, qPrintable(error.message));
    m_p1 = uuidOf(QStringLiteral("MTESS-2013-001"));
    QSqlQuery q(sqlDatabase(*m_ana));
    QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM project WHERE code <> 'MTESS-2013-001' ORDER BY code LIMIT 1")));
    QVERIFY(q.next());
    m_p2 = q.value(0).toString();
    QVERIFY(!m_p1.isEmpty() && !m_p2.isEmpty());
}

void TestServerRowVersion::cleanup()
{
    m_ben.reset();
    m_ana.reset();
}

QString TestServerRowVersion::uuidOf(const QString &code) const
{
    QSqlQuery q(sqlDatabase(*m_ana));
    q.prepare(QStringLiteral("SELECT uuid FROM project WHERE code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

double TestServerRowVersion::forecast(PortfolioFile &file, const QString &uuid) const
{
    return file.value(Entity::Project, uuid, Field::ForecastCost).toDouble();
}

EditResult TestServerRowVersion::setForecast(PortfolioFile &file, const QString &uuid, double value) const
{
    return Edits::setValue(file, Entity::Project, uuid, Field::ForecastCost, value, QStringLiteral("Forecast"));
}

int TestServerRowVersion::changesets() const
{
    QSqlQuery q(sqlDatabase(*m_ana));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM changeset")) && q.next() ? q.value(0).toInt() : -1;
}

void TestServerRowVersion::sameFieldIsAConflictNothingLost()
{
    QVERIFY(m_ana->markSeen() >= 0);
    m_ben->markSeen();
    const EditResult theirs = setForecast(*m_ben, m_p1, 1111111);
    QVERIFY2(theirs.ok, qPrintable(theirs.error));
    const int before = changesets();
    const EditResult r = setForecast(*m_ana, m_p1, 2222222);
    QVERIFY(!r.ok);
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.constFirst().now, QStringLiteral("1111111"));
    QCOMPARE(r.conflicts.constFirst().wanted, QStringLiteral("2222222"));
    QCOMPARE(r.conflicts.constFirst().changeset, theirs.changeset);
    QVERIFY(!r.conflicts.constFirst().author.isEmpty());
    QVERIFY2(r.error.contains(QLatin1String("nothing was written")), qPrintable(r.error));
    QCOMPARE(forecast(*m_ben, m_p1), 1111111.0);
    QCOMPARE(changesets(), before);
    // "Use mine": reviewed, run again; theirs is in the journal, mine on top.
    m_ana->acknowledge(r.conflicts);
    const EditResult mine = setForecast(*m_ana, m_p1, 2222222);
    QVERIFY2(mine.ok, qPrintable(mine.error));
    QCOMPARE(forecast(*m_ben, m_p1), 2222222.0);
    QCOMPARE(changesets(), before + 1);
    // Ben had not seen that: his next edit of it is a conflict in turn.
    QCOMPARE(setForecast(*m_ben, m_p1, 3333333).conflicts.size(), 1);
}

void TestServerRowVersion::differentProjectsAreBothKept()
{
    m_ana->markSeen();
    m_ben->markSeen();
    QVERIFY(setForecast(*m_ben, m_p2, 4444444).ok);
    const EditResult r = setForecast(*m_ana, m_p1, 5555555);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(forecast(*m_ben, m_p1), 5555555.0);
    QCOMPARE(forecast(*m_ana, m_p2), 4444444.0);
}

void TestServerRowVersion::undoAcrossClients()
{
    m_ana->markSeen();
    m_ben->markSeen();
    // Ana's edit, then Ben changes the same value: Ana's undo would overwrite his, and is refused.
    const EditResult mine = setForecast(*m_ana, m_p1, 6666666);
    QVERIFY(mine.ok);
    m_ben->markSeen(); // Ben's window took Ana's change in
    QVERIFY(setForecast(*m_ben, m_p1, 7777777).ok);
    const EditResult undo = Edits::revert(*m_ana, { mine.changeset });
    QVERIFY(!undo.ok);
    QCOMPARE(undo.conflicts.size(), 1);
    QCOMPARE(forecast(*m_ana, m_p1), 7777777.0);

    // Ana's edit of the other project; Ben changes another field of it: Ana's undo goes through.
    const double before = forecast(*m_ana, m_p2);
    const EditResult second = setForecast(*m_ana, m_p2, 8888888);
    QVERIFY(second.ok);
    m_ben->markSeen();
    QVERIFY(Edits::setValue(*m_ben, Entity::Project, m_p2, Field::NameEn, QStringLiteral("Renamed by Ben"),
                            QStringLiteral("Name"))
                .ok);
    const EditResult undone = Edits::revert(*m_ana, { second.changeset });
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(m_ana->value(Entity::Project, m_p2, Field::NameEn).toString(), QStringLiteral("Renamed by Ben"));
    QCOMPARE(forecast(*m_ana, m_p2), before);
}

QTEST_GUILESS_MAIN(TestServerRowVersion)
#include "tst_server_rowversion.moc"
