// The statements an edit or a merge runs once per row are prepared once per connection and kept
// (KeptQuery): a kept statement must read like a fresh one, hold no lock once its use ends, survive a
// failure, and be safe to use again further down the stack while a loop over it is running.
#include "model/limits.h"
#include "sample/quebecsample.h"
#include "storage/keptquery.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestKeptQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newBindingsEachUse();
    void noLockLeftAfterAPartialRead();
    void failedStatementIsNotKept();
    void statementThatCannotBePreparedGivesItsError();
    void nestedUseOfTheSameStatement();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PortfolioFile> m_file;
};

void TestKeptQuery::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("kept-%1.vigie").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QString error;
    QVERIFY2(QuebecSample::write(m_path, &error), qPrintable(error));
    FileError fe;
    m_file = PortfolioFile::open(m_path, PortfolioFile::Access::ReadWrite, &fe);
    QVERIFY2(m_file, qPrintable(fe.message));
}

void TestKeptQuery::cleanup()
{
    m_file.reset();
}

void TestKeptQuery::newBindingsEachUse()
{
    QStringList codes;
    for (int id : { 1, 2, 1 }) {
        KeptQuery q(*m_file, QStringLiteral("SELECT code FROM project WHERE id = ?"));
        q->addBindValue(id);
        QVERIFY2(q->exec(), qPrintable(q->lastError().text()));
        QVERIFY(q->next());
        codes << q->value(0).toString();
    }
    QCOMPARE(codes.size(), 3);
    QVERIFY(!codes.at(0).isEmpty());
    QVERIFY(codes.at(0) != codes.at(1));
    QCOMPARE(codes.at(2), codes.at(0));
}

void TestKeptQuery::noLockLeftAfterAPartialRead()
{
    // A SELECT read in part leaves its statement running, and with it a read transaction that keeps
    // every other connection from committing (rollback-journal mode). The end of the KeptQuery ends it.
    {
        KeptQuery q(*m_file, QStringLiteral("SELECT code FROM project ORDER BY id"));
        QVERIFY(q->exec());
        QVERIFY(q->next());
    }
    QVERIFY(!m_file->value(Entity::Project, m_file->rowUuid(Entity::Project, 1), Field::Code).toString().isEmpty());

    const QString name = QStringLiteral("kept-other");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(m_path);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        QSqlQuery w(other);
        QVERIFY(w.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(w.exec(QStringLiteral("UPDATE project SET phase = phase WHERE id = 1")));
        QVERIFY2(w.exec(QStringLiteral("COMMIT")), qPrintable(w.lastError().text()));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestKeptQuery::failedStatementIsNotKept()
{
    const QString sql = QStringLiteral("UPDATE project SET phase = ? WHERE id = ?");
    {
        KeptQuery q(*m_file, sql);
        q->addBindValue(QString(Limits::sqliteLength, QLatin1Char('x'))); // over SQLite's limit: refused as bound
        q->addBindValue(1);
        QVERIFY(!q->exec());
        QVERIFY2(q->lastError().text().contains(QStringLiteral("too big")), qPrintable(q->lastError().text()));
    }
    // Qt still counts the failed use's values: kept, the statement would now be given four.
    KeptQuery q(*m_file, sql);
    q->addBindValue(QStringLiteral("closing"));
    q->addBindValue(1);
    QVERIFY2(q->exec(), qPrintable(q->lastError().text()));
    QCOMPARE(q->numRowsAffected(), 1);
}

// SQL that cannot be prepared reaches the caller with SQLite's own error, every time it is asked for:
// nothing is kept for it.
void TestKeptQuery::statementThatCannotBePreparedGivesItsError()
{
    const QString sql = QStringLiteral("SELECT code FROM no_such_table WHERE id = ?");
    for (int use = 0; use < 2; ++use) {
        KeptQuery q(*m_file, sql);
        QVERIFY(q->lastError().isValid());
        QVERIFY2(q->lastError().text().contains(QStringLiteral("no such table")), qPrintable(q->lastError().text()));
        q->addBindValue(1);
        QVERIFY(!q->exec());
    }
    KeptQuery good(*m_file, QStringLiteral("SELECT COUNT(*) FROM project"));
    QVERIFY2(good->exec() && good->next(), qPrintable(good->lastError().text()));
}

void TestKeptQuery::nestedUseOfTheSameStatement()
{
    QSqlQuery count(sqlDatabase(*m_file));
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && count.next());
    const int projects = count.value(0).toInt();
    count.finish();
    QVERIFY(projects > 3);

    const QString sql = QStringLiteral("SELECT id FROM project WHERE id >= ? ORDER BY id");
    KeptQuery outer(*m_file, sql);
    outer->addBindValue(0);
    QVERIFY(outer->exec());
    int seen = 0;
    qint64 last = 0;
    while (outer->next() && seen <= projects) {
        const qint64 id = outer->value(0).toLongLong();
        QVERIFY(id > last); // in order, never restarted by the nested use
        last = id;
        ++seen;
        KeptQuery inner(*m_file, sql); // prepared afresh: the kept one is lent to `outer`
        inner->addBindValue(id);
        QVERIFY(inner->exec());
        int rest = 0;
        while (inner->next())
            ++rest;
        QCOMPARE(rest, projects - seen + 1);
    }
    QCOMPARE(seen, projects);
}

QTEST_GUILESS_MAIN(TestKeptQuery)
#include "tst_keptquery.moc"
