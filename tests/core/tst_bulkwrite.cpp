// Bulk writes: SQLite's CHECK enforcement is off inside BulkWrite and BulkWrite::verify() puts it back as
// one check over the tables; SqlStatement binds values the way QSqlQuery does.
#include "storage/bulkwrite.h"
#include "storage/journal.h"
#include "storage/sqlaccess.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/sqlstatement.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestBulkWrite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyCheckOfTheSchemaIsListed();
    void verifyCatchesWhatSqliteWouldHaveRefused();
    void nullsPassChecks();
    void settingsComeBack();
    void batchInsertWritesEveryRowWithItsId();
    void batchInsertRefusesARowWithAColumnUnbound();
    void verifyChecksRowsStillHeld();
    void journalRowsHeldKeepTheirOrder();
    void journalRowsHeldAreDiscardedByARollback();
    void journalKeepsItsRowsWhenATableFills();
    void statementBindsLikeQSqlQuery();
    void statementReportsErrors();
    void statementReads();

private:
    bool insertProject(const QString &code, const QString &state, const QVariant &declaredCost, QString *error = nullptr);
    static bool holdProject(BatchInsert &projects, BulkWrite &bulk, const QString &code, const QString &state, QString *error);
    QVariant scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PortfolioFile> m_file;
};

void TestBulkWrite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    FileError error;
    m_file = PortfolioFile::create(m_dir->filePath(QStringLiteral("p.vigie")), QStringLiteral("Test"), &error);
    QVERIFY2(m_file, qPrintable(error.message));
}

void TestBulkWrite::cleanup()
{
    m_file.reset();
    m_dir.reset();
}

bool TestBulkWrite::insertProject(const QString &code, const QString &state, const QVariant &declaredCost, QString *error)
{
    SqlStatement s;
    if (!s.prepare(sqlDatabase(*m_file),
                   QStringLiteral("INSERT INTO project (uuid, code, state, declared_cost) VALUES (?, ?, ?, ?)"), error))
        return false;
    s.bind(1, PortfolioFile::newUuid());
    s.bind(2, code);
    s.bind(3, state);
    s.bind(4, declaredCost);
    return s.exec(error);
}

QVariant TestBulkWrite::scalar(const QString &sql)
{
    QSqlQuery q(sqlDatabase(*m_file));
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

void TestBulkWrite::everyCheckOfTheSchemaIsListed()
{
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'")));
    int tables = 0, checks = 0;
    while (q.next()) {
        const QString table = q.value(0).toString();
        const int inSchema = int(q.value(1).toString().count(QRegularExpression(QStringLiteral("\\bCHECK\\s*\\("))));
        QCOMPARE(Schema::checkConstraints(table).size(), inSchema);
        // Each listed condition is valid SQL on its table.
        for (const QString &c : Schema::checkConstraints(table)) {
            QSqlQuery probe(sqlDatabase(*m_file));
            QVERIFY2(probe.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, c)), qPrintable(c));
        }
        ++tables;
        checks += inSchema;
    }
    QVERIFY(tables > 10);
    QVERIFY(checks >= 10);
}

void TestBulkWrite::verifyCatchesWhatSqliteWouldHaveRefused()
{
    QString error;
    QVERIFY(!insertProject(QStringLiteral("A"), QStringLiteral("paused"), QVariant()));
    QVERIFY(!insertProject(QStringLiteral("A"), QStringLiteral("active"), QStringLiteral("purple")));
    {
        BulkWrite bulk(*m_file, 8 * 1024);
        PortfolioFile::Transaction t(*m_file);
        QVERIFY(insertProject(QStringLiteral("A"), QStringLiteral("active"), QStringLiteral("green")));
        QVERIFY(bulk.verify({ QStringLiteral("project") }, &error));
        QVERIFY2(insertProject(QStringLiteral("B"), QStringLiteral("active"), QStringLiteral("purple"), &error), qPrintable(error));
        QVERIFY(!bulk.verify({ QStringLiteral("project") }, &error));
        QCOMPARE(error, QStringLiteral("CHECK constraint failed: project"));
        // Tables without constraints, or not asked for, pass.
        QVERIFY(bulk.verify({ QStringLiteral("baseline") }, nullptr));
    } // not committed: rolled back
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM project")).toInt(), 0);
}

void TestBulkWrite::nullsPassChecks()
{
    BulkWrite bulk(*m_file, 8 * 1024);
    PortfolioFile::Transaction t(*m_file);
    QVERIFY(insertProject(QStringLiteral("A"), QStringLiteral("completed"), QVariant()));
    QString error;
    QVERIFY2(bulk.verify({ QStringLiteral("project"), QStringLiteral("measure") }, &error), qPrintable(error));
    QVERIFY(t.commit());
}

void TestBulkWrite::settingsComeBack()
{
    const int cache = scalar(QStringLiteral("PRAGMA cache_size")).toInt();
    {
        BulkWrite bulk(*m_file, 64 * 1024);
        QCOMPARE(scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -64 * 1024);
        QCOMPARE(scalar(QStringLiteral("PRAGMA ignore_check_constraints")).toInt(), 1);
    }
    QCOMPARE(scalar(QStringLiteral("PRAGMA cache_size")).toInt(), cache);
    QCOMPARE(scalar(QStringLiteral("PRAGMA ignore_check_constraints")).toInt(), 0);
    QVERIFY(!insertProject(QStringLiteral("A"), QStringLiteral("paused"), QVariant()));
}

// In a file BatchInsert holds its rows and writes them kFileRows to a statement, with the ids SQLite would
// have given (after the table's largest, also past a row another statement inserted meanwhile); a row
// referring to one still held (a baseline to its project) is written after it; every value arrives.
void TestBulkWrite::batchInsertWritesEveryRowWithItsId()
{
    QVERIFY(insertProject(QStringLiteral("BEFORE"), QStringLiteral("active"), QVariant()));
    const qint64 first = scalar(QStringLiteral("SELECT MAX(id) FROM project")).toLongLong() + 1;
    const int rows = BatchInsert::kFileRows * 2 + 7;
    QString error;
    QStringList expected;
    {
        PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
        BulkWrite bulk(*m_file);
        BatchInsert projects, baselines;
        QVERIFY2(projects.prepare(bulk, Entity::Project,
                                  { QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("budget"),
                                    QStringLiteral("declared_cost") },
                                  &error),
                 qPrintable(error));
        QVERIFY2(baselines.prepare(bulk, Entity::Baseline,
                                   { QStringLiteral("uuid"), QStringLiteral("project_id"), QStringLiteral("sequence"),
                                     QStringLiteral("budget") },
                                   &error),
                 qPrintable(error));
        qint64 expectedId = first;
        for (int i = 0; i < rows; ++i) {
            if (i == BatchInsert::kFileRows + 3) {
                // Another statement of the same transaction inserts a project: written at once, it takes
                // the next id after those written, and the held rows are numbered after it.
                QVERIFY(bulk.flush(&error));
                QVERIFY(insertProject(QStringLiteral("BETWEEN"), QStringLiteral("active"), QVariant(), &error));
                expectedId = scalar(QStringLiteral("SELECT MAX(id) FROM project")).toLongLong() + 1;
            }
            const QString code = QStringLiteral("B-%1").arg(i, 3, 10, QLatin1Char('0'));
            projects.bind(1, PortfolioFile::newUuid());
            projects.bind(2, code);
            projects.bind(3, QStringLiteral("active"));
            projects.bind(4, 1000.0 + i);
            projects.bind(5, i % 2 ? QString() : QStringLiteral("green")); // nulls too
            QVERIFY2(projects.exec(&error), qPrintable(error));
            QCOMPARE(projects.lastInsertId(), expectedId++);
            baselines.bind(1, PortfolioFile::newUuid());
            baselines.bind(2, projects.lastInsertId());
            baselines.bind(3, 0);
            baselines.bind(4, QVariant(1000.0 + i));
            QVERIFY2(baselines.exec(&error), qPrintable(error));
            expected << QStringLiteral("%1|%2|%3|%4|%5").arg(projects.lastInsertId()).arg(code).arg(1000 + i)
                            .arg(i % 2 ? QStringLiteral("<null>") : QStringLiteral("green"))
                            .arg(1000 + i);
        }
        QVERIFY(projects.hasPending());
        QVERIFY2(bulk.verify({ QStringLiteral("project") }, &error), qPrintable(error));
        QVERIFY(!projects.hasPending());
        QVERIFY(!baselines.hasPending());
        QVERIFY(t.commit());
    }
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT p.id, p.code, p.budget, p.declared_cost, b.budget FROM project p "
                                  "JOIN baseline b ON b.project_id = p.id WHERE p.code LIKE 'B-%' ORDER BY p.code")));
    QStringList found;
    while (q.next())
        found << QStringLiteral("%1|%2|%3|%4|%5").arg(q.value(0).toLongLong()).arg(q.value(1).toString())
                     .arg(q.value(2).toDouble())
                     .arg(q.value(3).isNull() ? QStringLiteral("<null>") : q.value(3).toString())
                     .arg(q.value(4).toDouble());
    QCOMPARE(found, expected);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM project")).toInt(), rows + 2);
    QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

// A BatchInsert of projects' uuid, code and state in `bulk`, and one row held: the two tests below.
bool TestBulkWrite::holdProject(BatchInsert &projects, BulkWrite &bulk, const QString &code, const QString &state,
                                QString *error)
{
    if (!projects.isPrepared()
        && !projects.prepare(bulk, Entity::Project, { QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("state") },
                             error))
        return false;
    projects.bind(1, PortfolioFile::newUuid());
    projects.bind(2, code);
    projects.bind(3, state);
    return projects.exec(error);
}

void TestBulkWrite::batchInsertRefusesARowWithAColumnUnbound()
{
    QString error;
    PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
    BulkWrite bulk(*m_file);
    BatchInsert projects;
    QVERIFY2(holdProject(projects, bulk, QStringLiteral("ONE"), QStringLiteral("active"), &error), qPrintable(error));
    // The next row leaves the code as the previous row had it: refused, not written with a stale value.
    projects.bind(1, PortfolioFile::newUuid());
    projects.bind(3, QStringLiteral("active"));
    QVERIFY(!projects.exec(&error));
    QVERIFY2(error.contains(QLatin1String("not bound")), qPrintable(error));
}

void TestBulkWrite::verifyChecksRowsStillHeld()
{
    QString error;
    PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
    BulkWrite bulk(*m_file);
    BatchInsert projects;
    QVERIFY2(holdProject(projects, bulk, QStringLiteral("HELD"), QStringLiteral("paused"), &error), // no such state
             qPrintable(error));
    QVERIFY(projects.hasPending());
    QVERIFY(!bulk.verify({ QStringLiteral("project") }, &error));
    QVERIFY2(error.contains(QLatin1String("CHECK constraint failed: project")), qPrintable(error));
}

// Inside a bulk write the journal holds its rows and writes them many to a statement: every row is written,
// in the order it was journaled, with its own values and the changeset's time and author, whether the
// bulk write ends before the commit or not, and rows journaled after it ends come after them.
void TestBulkWrite::journalRowsHeldKeepTheirOrder()
{
    const int held = JournalWriter::kFileRows * 3 + 5; // three full statements and a remainder
    QStringList expected;
    QString error;
    {
        PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
        {
            BulkWrite bulk(*m_file, 0, false);
            for (int i = 0; i < held; ++i) {
                const QString uuid = QStringLiteral("held-%1").arg(i, 3, 10, QLatin1Char('0'));
                // Created rows (null old value) and field changes (an old value, a null new one) mixed.
                const bool change = i % 3 == 1;
                QVERIFY2(change ? m_file->journal().fieldChanged(Entity::Baseline, uuid, QStringLiteral("budget"),
                                                                 QVariant(double(i)), QVariant(), &error)
                                : m_file->journal().created(Entity::Project, uuid, &error),
                         qPrintable(error));
                expected << (change ? QStringLiteral("baseline|%1|budget|%2||").arg(uuid).arg(i)
                                    : QStringLiteral("project|%1||<null>|created|").arg(uuid));
            }
            // Nothing is written before a flush: the last rows are still held.
            QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal")).toInt() < held);
        }
        QVERIFY2(m_file->journal().created(Entity::Organization, QStringLiteral("after"), &error), qPrintable(error));
        expected << QStringLiteral("organization|after||<null>|created|");
        QVERIFY(t.commit());
    }
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT entity, entity_uuid, field, old_value, new_value, changed_at, author, changeset_id "
                                  "FROM change_journal ORDER BY id")));
    QStringList rows;
    QSet<QString> stamps;
    QSet<qint64> changesets;
    while (q.next()) {
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).isNull() ? QStringLiteral("<null>") : q.value(3).toString(),
                         q.value(4).isNull() ? QString() : q.value(4).toString(), QString());
        stamps.insert(q.value(5).toString() + QLatin1Char('/') + q.value(6).toString());
        changesets.insert(q.value(7).toLongLong());
    }
    QCOMPARE(rows, expected);
    QCOMPARE(stamps.size(), 1);
    QCOMPARE(changesets.size(), 1);
    QCOMPARE(*changesets.constBegin(), m_file->lastChangeset());
}

void TestBulkWrite::journalRowsHeldAreDiscardedByARollback()
{
    QString error;
    {
        PortfolioFile::Transaction t(*m_file, { QStringLiteral("Dropped"), QStringLiteral("import"), 0 });
        BulkWrite bulk(*m_file, 0, false);
        for (int i = 0; i < JournalWriter::kFileRows + 3; ++i)
            QVERIFY2(m_file->journal().created(Entity::Project, QStringLiteral("dropped-%1").arg(i), &error), qPrintable(error));
        // No commit: the transaction rolls back.
    }
    {
        PortfolioFile::Transaction t(*m_file, { QStringLiteral("Kept"), QStringLiteral("import"), 0 });
        QVERIFY2(m_file->journal().created(Entity::Project, QStringLiteral("kept"), &error), qPrintable(error));
        QVERIFY(t.commit());
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT entity_uuid FROM change_journal")).toString(), QStringLiteral("kept"));
}

// A table's statement that fills writes the tables' rows (what they refer to first), not the journal's:
// the journal writes its rows a statement's worth at a time, and the rest at flush() (or the commit).
// Before, each table's statement that filled wrote the journal's remainder one row at a time.
void TestBulkWrite::journalKeepsItsRowsWhenATableFills()
{
    const auto journalRows = [&] { return scalar(QStringLiteral("SELECT COUNT(*) FROM change_journal")).toInt(); };
    QString error;
    PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
    const int before = journalRows();
    BulkWrite bulk(*m_file, 0, false);
    for (int i = 0; i < 10; ++i)
        QVERIFY2(m_file->journal().created(Entity::Project, QStringLiteral("j-%1").arg(i), &error), qPrintable(error));
    BatchInsert projects;
    for (int i = 0; i < BatchInsert::kFileRows; ++i)
        QVERIFY2(holdProject(projects, bulk, QStringLiteral("F-%1").arg(i), QStringLiteral("active"), &error), qPrintable(error));
    QVERIFY(!projects.hasPending()); // the statement filled and was written
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM project WHERE code LIKE 'F-%'")).toInt(), BatchInsert::kFileRows);
    QCOMPARE(journalRows(), before);
    for (int i = 10; i < JournalWriter::kFileRows + 5; ++i)
        QVERIFY2(m_file->journal().created(Entity::Project, QStringLiteral("j-%1").arg(i), &error), qPrintable(error));
    QCOMPARE(journalRows(), before + JournalWriter::kFileRows);
    QVERIFY2(bulk.flush(&error), qPrintable(error));
    QCOMPARE(journalRows(), before + JournalWriter::kFileRows + 5);
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(entity_uuid, ' ') FROM (SELECT entity_uuid FROM change_journal "
                                   "WHERE entity_uuid LIKE 'j-%' ORDER BY id LIMIT 3 OFFSET 9)")).toString(),
             QStringLiteral("j-9 j-10 j-11"));
    QVERIFY(t.commit());
}

void TestBulkWrite::statementBindsLikeQSqlQuery()
{
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE t (a, b, c, d, e, f, g, h)")));
    SqlStatement s;
    QString error;
    QVERIFY2(s.prepare(sqlDatabase(*m_file), QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), &error),
             qPrintable(error));
    const QString french = QStringLiteral("Ministère de la Santé et des Services sociaux — « été » 🍁");
    for (int row = 0; row < 2; ++row) { // the second row reuses the statement and its buffers
        s.bind(1, QString());
        s.bind(2, QStringLiteral(""));
        s.bind(3, row == 0 ? french : QStringLiteral("x"));
        s.bind(4, 12.5);
        s.bind(5, qint64(1) << 40);
        s.bind(6, QVariant(QMetaType::fromType<double>())); // a typed null
        s.bind(7, QVariant(true));
        s.bind(8, QVariant(QStringLiteral("v%1").arg(row)));
        QVERIFY2(s.exec(&error), qPrintable(error));
        QCOMPARE(s.lastInsertId(), qint64(row + 1));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT typeof(a), typeof(b), b, c, d, e, typeof(f), g, h FROM t ORDER BY rowid")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("null"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
    QCOMPARE(q.value(2).toString(), QString());
    QCOMPARE(q.value(3).toString(), french);
    QCOMPARE(q.value(4).toDouble(), 12.5);
    QCOMPARE(q.value(5).toLongLong(), qint64(1) << 40);
    QCOMPARE(q.value(6).toString(), QStringLiteral("null"));
    QCOMPARE(q.value(7).toInt(), 1);
    QCOMPARE(q.value(8).toString(), QStringLiteral("v0"));
    QVERIFY(q.next());
    QCOMPARE(q.value(3).toString(), QStringLiteral("x"));
    QCOMPARE(q.value(8).toString(), QStringLiteral("v1"));
}

void TestBulkWrite::statementReportsErrors()
{
    SqlStatement s;
    QString error;
    QVERIFY(!s.prepare(sqlDatabase(*m_file), QStringLiteral("INSERT INTO nowhere VALUES (1)"), &error));
    QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
    QVERIFY(insertProject(QStringLiteral("A"), QStringLiteral("active"), QVariant()));
    QVERIFY(!insertProject(QStringLiteral("A"), QStringLiteral("active"), QVariant(), &error));
    QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
}

void TestBulkWrite::statementReads()
{
    QVERIFY(insertProject(QStringLiteral("A1"), QStringLiteral("active"), QStringLiteral("red")));
    QVERIFY(insertProject(QStringLiteral("É2"), QStringLiteral("completed"), QVariant()));
    SqlStatement s;
    QString error;
    QVERIFY(s.prepare(sqlDatabase(*m_file), QStringLiteral("SELECT code, declared_cost, id, budget + 0.5 FROM project ORDER BY id"),
                      &error));
    for (int pass = 0; pass < 2; ++pass) { // reset at the end: the statement runs again
        QVERIFY(s.next(&error));
        QCOMPARE(s.utf8(0), QByteArrayView("A1"));
        QCOMPARE(s.utf8(1), QByteArrayView("red"));
        QVERIFY(!s.isNull(1));
        QCOMPARE(s.integer(2), qint64(1));
        QCOMPARE(s.real(3), 0.5);
        QVERIFY(s.next(&error));
        QCOMPARE(QString::fromUtf8(s.utf8(0).toByteArray()), QStringLiteral("É2"));
        QVERIFY(s.isNull(1));
        QVERIFY(s.utf8(1).isEmpty());
        QVERIFY(!s.next(&error));
        QVERIFY(!s.failed());
    }
    // An error met while stepping ends the rows like the end does; failed() tells them apart.
    QVERIFY(s.prepare(sqlDatabase(*m_file), QStringLiteral("SELECT abs(-9223372036854775807 - id) FROM project"), &error));
    error.clear();
    QVERIFY(!s.next(&error));
    QVERIFY(s.failed());
    QVERIFY2(error.contains(QStringLiteral("overflow")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBulkWrite)
#include "tst_bulkwrite.moc"
