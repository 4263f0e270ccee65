// Bulk writes: SQLite's CHECK enforcement is off inside BulkWrite; BatchInsert tests the values it binds
// and BulkWrite::verify() the other rows written meanwhile, as SQLite would have; SqlStatement binds
// values the way QSqlQuery does.
#include "storage/bulkwrite.h"
#include "storage/journal.h"
#include "storage/sqlaccess.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QRegularExpression>
#include <QSqlError>
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
    void batchInsertJudgesValuesAsSqliteWould_data();
    void batchInsertJudgesValuesAsSqliteWould();
    void batchInsertRefusesABrokenValue();
    void verifyTestsTheRowsWrittenOnly();
    void verifyTestsTheWholeTableAfterManyScatteredRows();
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
    enum class Bind { Text, Utf8, Variant, Real, Integer };
    // `value` bound `how` (a SqlStatement, or a BatchInsert).
    template<typename Statement>
    static void bindAs(Statement &statement, int index, Bind how, const QVariant &value);
    bool written(const QString &table, const QString &column, Bind how, const QVariant &value, bool bulk,
                 QString *error);
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
        // Condition for condition, as the schema writes it (BatchInsert tests values against these).
        const QString sql = q.value(1).toString().simplified();
        for (const QString &c : Schema::checkConstraints(table))
            QVERIFY2(sql.contains(QStringLiteral("CHECK (%1)").arg(c)), qPrintable(table + QLatin1String(": ") + c));
        // No collation: words are compared byte for byte.
        QVERIFY(!sql.contains(QLatin1String("COLLATE"), Qt::CaseInsensitive));
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
        QVERIFY(bulk.verify(&error));
        QVERIFY2(insertProject(QStringLiteral("B"), QStringLiteral("active"), QStringLiteral("purple"), &error), qPrintable(error));
        QVERIFY(!bulk.verify(&error));
        QCOMPARE(error, QStringLiteral("CHECK constraint failed: project"));
        // The row stays to be tested until the caller rolls back.
        QVERIFY(!bulk.verify(nullptr));
    } // not committed: rolled back
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM project")).toInt(), 0);
}

void TestBulkWrite::nullsPassChecks()
{
    BulkWrite bulk(*m_file, 8 * 1024);
    PortfolioFile::Transaction t(*m_file);
    QVERIFY(insertProject(QStringLiteral("A"), QStringLiteral("completed"), QVariant()));
    QString error;
    QVERIFY2(bulk.verify(&error), qPrintable(error));
    QVERIFY(t.commit());
}

template<typename Statement>
void TestBulkWrite::bindAs(Statement &statement, int index, Bind how, const QVariant &value)
{
    switch (how) {
    case Bind::Text:
        statement.bind(index, value.isNull() ? QString() : value.toString());
        break;
    case Bind::Utf8:
        statement.bindUtf8(index, value.toString().toUtf8());
        break;
    case Bind::Variant:
        statement.bind(index, value);
        break;
    case Bind::Real:
        statement.bind(index, value.toDouble());
        break;
    case Bind::Integer:
        statement.bind(index, value.toLongLong());
        break;
    }
}

// One row of `table` with `value` in `column` (bound `how`), the other columns valid, written and rolled
// back: by a plain INSERT with SQLite enforcing the constraints, or by a BatchInsert of a BulkWrite
// (constraints off) followed by verify(). True when the row was accepted.
bool TestBulkWrite::written(const QString &table, const QString &column, Bind how, const QVariant &value, bool bulk,
                            QString *error)
{
    QStringList columns;
    QVariantList values;
    if (table == QLatin1String("project")) {
        columns = QStringList { QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("declared_cost"),
                                QStringLiteral("declared_schedule"), QStringLiteral("computed_cost"),
                                QStringLiteral("computed_schedule"), QStringLiteral("declared_overall") };
        values = { PortfolioFile::newUuid(), QStringLiteral("P-1"), QStringLiteral("active"), QStringLiteral("green"),
                   QVariant(), QStringLiteral("red"), QStringLiteral("yellow"), QVariant() };
    } else { // workforce, of an organization and a specialty written first
        columns = QStringList { QStringLiteral("uuid"), QStringLiteral("organization_id"), QStringLiteral("specialty_id"),
                                QStringLiteral("survey_date"), QStringLiteral("internal_fte"), QStringLiteral("external_fte") };
        values = { PortfolioFile::newUuid(), 1, 1, QStringLiteral("2026-04-01"), 3.5, 0 };
    }
    const int at = int(columns.indexOf(column));
    PortfolioFile::Transaction t(*m_file, { QStringLiteral("Test"), QStringLiteral("edit"), 0 });
    QSqlQuery q(sqlDatabase(*m_file));
    if (table == QLatin1String("workforce")
        && (!q.exec(QStringLiteral("INSERT INTO organization (id, uuid, code) VALUES (1, 'o', 'O')"))
            || !q.exec(QStringLiteral("INSERT INTO specialty (id, uuid, code) VALUES (1, 's', 'S')"))))
        return setError(error, q.lastError().text());
    if (!bulk) {
        SqlStatement s;
        if (!s.prepare(sqlDatabase(*m_file),
                       QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                       error))
            return false;
        for (int i = 0; i < columns.size(); ++i)
            i == at ? bindAs(s, i + 1, how, value) : s.bind(i + 1, values.at(i));
        return s.exec(error);
    }
    BulkWrite write(*m_file);
    BatchInsert insert;
    if (!insert.prepare(write, table == QLatin1String("project") ? Entity::Project : Entity::Workforce, columns, error))
        return false;
    for (int i = 0; i < columns.size(); ++i)
        i == at ? bindAs(insert, i + 1, how, value) : insert.bind(i + 1, values.at(i));
    return insert.exec(error) && write.verify(error);
}

// Every value, bound every way, is accepted or refused by a BatchInsert and verify() as SQLite refuses it
// with its constraints on: the words of a TEXT column byte for byte, the bounds of a REAL one, and what
// SQLite converts first (numbers in a TEXT column, text in a REAL one, NaN) left to verify().
void TestBulkWrite::batchInsertJudgesValuesAsSqliteWould_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("how");
    QTest::addColumn<QVariant>("value");
    const QVariantList words { QStringLiteral("green"), QStringLiteral("red"), QStringLiteral("Green"), QStringLiteral("green "),
                               QString(), QStringLiteral(""), QStringLiteral("purple"), QStringLiteral("vert"),
                               QStringLiteral("gr\u00e9en"), QVariant() };
    for (const QString &column : { QStringLiteral("declared_cost"), QStringLiteral("state") }) {
        for (const QVariant &v : words + QVariantList { QStringLiteral("active"), QStringLiteral("cancelled"), QStringLiteral("ACTIVE") }) {
            for (Bind how : { Bind::Text, Bind::Utf8, Bind::Variant }) {
                if (how == Bind::Utf8 && v.isNull())
                    continue; // bindUtf8 has no null
                QTest::addRow("%s %s %d", qPrintable(column), qPrintable(v.isNull() ? QStringLiteral("<null>") : v.toString()), int(how))
                    << QStringLiteral("project") << column << int(how) << v;
            }
        }
        for (const QVariant &v : QVariantList { 1, 0.5, qQNaN() })
            QTest::addRow("%s number %s", qPrintable(column), qPrintable(v.toString())) << QStringLiteral("project") << column << int(Bind::Variant) << v;
    }
    const QVariantList numbers { 0.0, -0.0, 3.5, -1.0, -1e-300, 1e300, qQNaN(), qInf(), -qInf() };
    for (const QVariant &v : numbers) {
        QTest::addRow("fte %s real", qPrintable(v.toString())) << QStringLiteral("workforce") << QStringLiteral("internal_fte") << int(Bind::Real) << v;
        QTest::addRow("fte %s variant", qPrintable(v.toString())) << QStringLiteral("workforce") << QStringLiteral("internal_fte") << int(Bind::Variant) << v;
    }
    for (qint64 v : { qint64(0), qint64(-1), qint64(7), std::numeric_limits<qint64>::min() })
        QTest::addRow("fte %lld integer", qlonglong(v)) << QStringLiteral("workforce") << QStringLiteral("internal_fte") << int(Bind::Integer) << QVariant(v);
    for (const QString &v : { QStringLiteral("5"), QStringLiteral("-5"), QStringLiteral(" 5"), QStringLiteral("abc"), QStringLiteral("") }) {
        QTest::addRow("fte '%s' text", qPrintable(v)) << QStringLiteral("workforce") << QStringLiteral("external_fte") << int(Bind::Text) << QVariant(v);
        QTest::addRow("fte '%s' utf8", qPrintable(v)) << QStringLiteral("workforce") << QStringLiteral("external_fte") << int(Bind::Utf8) << QVariant(v);
    }
}

void TestBulkWrite::batchInsertJudgesValuesAsSqliteWould()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(int, how);
    QFETCH(QVariant, value);
    QString sqliteError, bulkError;
    const bool sqlite = written(table, column, Bind(how), value, false, &sqliteError);
    const bool bulk = written(table, column, Bind(how), value, true, &bulkError);
    QVERIFY2(sqlite == bulk, qPrintable(QStringLiteral("SQLite: %1, bulk write: %2")
                                            .arg(sqlite ? QStringLiteral("accepted") : sqliteError,
                                                 bulk ? QStringLiteral("accepted") : bulkError)));
    if (!sqlite && sqliteError.contains(QLatin1String("CHECK")))
        QCOMPARE(bulkError, QStringLiteral("CHECK constraint failed: %1").arg(table));
}

// A BatchInsert that binds every column with a constraint refuses a row that breaks one when it is
// bound, before anything is written: not at the end of a long import.
void TestBulkWrite::batchInsertRefusesABrokenValue()
{
    QString error;
    PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
    BulkWrite bulk(*m_file);
    BatchInsert projects;
    QVERIFY2(projects.prepare(bulk, Entity::Project,
                              { QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("declared_cost"),
                                QStringLiteral("declared_schedule"), QStringLiteral("computed_cost"),
                                QStringLiteral("computed_schedule"), QStringLiteral("declared_overall") },
                              &error),
             qPrintable(error));
    const auto row = [&](const QString &code, const QString &cost) {
        projects.bind(1, PortfolioFile::newUuid());
        projects.bind(2, code);
        projects.bind(3, QStringLiteral("active"));
        projects.bind(4, cost);
        for (int c = 5; c <= 8; ++c)
            projects.bindNull(c);
        return projects.exec(&error);
    };
    QVERIFY2(row(QStringLiteral("GOOD"), QStringLiteral("green")), qPrintable(error));
    QVERIFY(!row(QStringLiteral("BAD"), QStringLiteral("purple")));
    QCOMPARE(error, QStringLiteral("CHECK constraint failed: project"));
    // The refusal is the row's: the next one is judged on its own.
    QVERIFY2(row(QStringLiteral("NEXT"), QStringLiteral("red")), qPrintable(error));
    QVERIFY2(bulk.verify(&error), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(code, ' ') FROM (SELECT code FROM project ORDER BY id)")).toString(),
             QStringLiteral("GOOD NEXT"));
}

// verify() tests the rows written while the constraints are off, however they were written (an UPDATE,
// an INSERT of its own, a BatchInsert leaving a column to its default), and no other: a portfolio of a
// million projects is not read again for an import of ten.
void TestBulkWrite::verifyTestsTheRowsWrittenOnly()
{
    QString error;
    // A row that breaks a constraint, written before (only a damaged file has one: opening finds it).
    QVERIFY(scalar(QStringLiteral("PRAGMA ignore_check_constraints = ON")).isNull());
    QVERIFY2(insertProject(QStringLiteral("OLD-BAD"), QStringLiteral("active"), QStringLiteral("purple"), &error), qPrintable(error));
    QVERIFY(scalar(QStringLiteral("PRAGMA ignore_check_constraints = OFF")).isNull());
    QVERIFY2(insertProject(QStringLiteral("OLD-GOOD"), QStringLiteral("active"), QStringLiteral("green"), &error), qPrintable(error));
    QSqlQuery q(sqlDatabase(*m_file));
    {
        PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
        BulkWrite bulk(*m_file);
        BatchInsert projects;
        // Judged by the BatchInsert: its state, and the colours left to their default (NULL), which passes.
        for (int i = 0; i < BatchInsert::kFileRows + 3; ++i)
            QVERIFY2(holdProject(projects, bulk, QStringLiteral("NEW-%1").arg(i), QStringLiteral("completed"), &error), qPrintable(error));
        QVERIFY(!holdProject(projects, bulk, QStringLiteral("NEW-BAD"), QStringLiteral("paused"), &error));
        QCOMPARE(error, QStringLiteral("CHECK constraint failed: project"));
        QVERIFY2(bulk.verify(&error), qPrintable(error)); // OLD-BAD is not read
        QVERIFY(q.exec(QStringLiteral("UPDATE project SET declared_schedule = 'orange' WHERE code = 'OLD-GOOD'")));
        QVERIFY(!bulk.verify(&error));
        QCOMPARE(error, QStringLiteral("CHECK constraint failed: project"));
    }
    {
        PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
        BulkWrite bulk(*m_file);
        BatchInsert projects;
        for (int i = 0; i < BatchInsert::kFileRows + 3; ++i)
            QVERIFY2(holdProject(projects, bulk, QStringLiteral("NEW-%1").arg(i), QStringLiteral("completed"), &error), qPrintable(error));
        QVERIFY2(bulk.flush(&error), qPrintable(error));
        // A row the BatchInsert judged, changed afterwards.
        QVERIFY(q.exec(QStringLiteral("UPDATE project SET state = 'paused' WHERE code = 'NEW-3'")));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(!bulk.verify(&error));
    }
    {
        PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
        BulkWrite bulk(*m_file);
        QVERIFY2(insertProject(QStringLiteral("OWN"), QStringLiteral("active"), QStringLiteral("gold"), &error), qPrintable(error));
        QVERIFY(!bulk.verify(&error));
    }
    // Once the constraints are on again, SQLite refuses by itself (and no hook is left behind).
    QVERIFY(!q.exec(QStringLiteral("UPDATE project SET declared_schedule = 'orange' WHERE code = 'OLD-GOOD'")));
}

// Past kMostRanges separate rows, verify() tests the whole table, and still finds the one row that breaks
// a constraint.
void TestBulkWrite::verifyTestsTheWholeTableAfterManyScatteredRows()
{
    QString error;
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                                  "INSERT INTO project (uuid, code) SELECT 'u' || i, 'C' || i FROM n")));
    PortfolioFile::Transaction t(*m_file, { QStringLiteral("Bulk"), QStringLiteral("import"), 0 });
    BulkWrite bulk(*m_file);
    QVERIFY(q.exec(QStringLiteral("UPDATE project SET declared_cost = 'green' WHERE id % 2 = 0")));
    QVERIFY(q.exec(QStringLiteral("UPDATE project SET declared_cost = 'teal' WHERE id = 9999")));
    QVERIFY(!bulk.verify(&error));
    QCOMPARE(error, QStringLiteral("CHECK constraint failed: project"));
    QVERIFY(q.exec(QStringLiteral("UPDATE project SET declared_cost = NULL WHERE id = 9999")));
    QVERIFY2(bulk.verify(&error), qPrintable(error));
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
        QVERIFY2(bulk.verify(&error), qPrintable(error));
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
    QVERIFY2(projects.prepare(bulk, Entity::Project, { QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("state") },
                              &error),
             qPrintable(error));
    projects.bind(1, PortfolioFile::newUuid());
    projects.bind(2, QStringLiteral("HELD"));
    projects.bind(3, QVariant(7)); // a number in a TEXT column: left to verify()
    QVERIFY2(projects.exec(&error), qPrintable(error));
    QVERIFY(projects.hasPending());
    QVERIFY(!bulk.verify(&error));
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
        s.bind(3, row == 0 ? french : QStringLiteral("\u00c9t\u00e9 2016"));  // ASCII first, then not
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
    QCOMPARE(q.value(3).toString(), QStringLiteral("\u00c9t\u00e9 2016"));
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
