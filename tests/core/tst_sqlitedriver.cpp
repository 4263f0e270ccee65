// Vigie's own SQLite driver (storage/sqlitedriver.h) replaces Qt's QSQLITE plugin behind every portfolio
// file. Every reader and writer in core was written against the plugin's behaviour, so the driver is held
// to it: the same statements on two copies of one file, through both drivers, must give the same values
// of the same types, the same errors and the same files. Then what the plugin's behaviour does not show:
// statements run again, reads that seek back, locks released, connections closed under a live query.
#include "sample/quebecsample.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlitedriver.h"
#include "storage/sqlstatement.h"
#include "storage/sqlutil.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Vigie;

namespace {

struct Step
{
    QString sql;
    QVariantList binds;
    bool forwardOnly = false;
};

// What a statement did, in a form two drivers can be compared on.
QString outcome(QSqlQuery &q, bool ok)
{
    QStringList lines;
    const QSqlError e = q.lastError();
    lines << QStringLiteral("exec %1; error %2 type %3 code %4 database \"%5\"")
                 .arg(ok)
                 .arg(e.isValid())
                 .arg(int(e.type()))
                 .arg(e.nativeErrorCode(), e.databaseText());
    if (!ok)
        return lines.join(QLatin1Char('\n'));
    lines << QStringLiteral("select %1 active %2").arg(q.isSelect()).arg(q.isActive());
    if (q.isSelect()) {
        const QSqlRecord r = q.record();
        QStringList names;
        for (int i = 0; i < r.count(); ++i)
            names << r.fieldName(i);
        lines << QStringLiteral("columns ") + names.join(QLatin1Char(','));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = q.value(i);
                values << QStringLiteral("%1:%2:%3:%4")
                              .arg(QString::fromLatin1(v.metaType().name()))
                              .arg(q.isNull(i))
                              .arg(v.isNull())
                              .arg(v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                       : v.toString());
            }
            lines << values.join(QLatin1String(" | "));
        }
        lines << QStringLiteral("end error %1").arg(q.lastError().isValid());
    } else {
        lines << QStringLiteral("affected %1 last id %2").arg(q.numRowsAffected()).arg(q.lastInsertId().toString());
    }
    return lines.join(QLatin1Char('\n'));
}

QString run(QSqlDatabase db, const Step &step)
{
    QSqlQuery q(db);
    q.setForwardOnly(step.forwardOnly);
    bool ok = true;
    if (step.binds.isEmpty()) {
        ok = q.exec(step.sql);
    } else {
        ok = q.prepare(step.sql);
        if (ok) {
            for (const QVariant &v : step.binds)
                q.addBindValue(v);
            ok = q.exec();
        }
    }
    return outcome(q, ok);
}

QByteArray dump(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT quote(id), quote(i), quote(r), quote(s), quote(b), quote(n) FROM t ORDER BY id"));
    QByteArray out;
    while (q.next()) {
        for (int i = 0; i < 6; ++i)
            out += q.value(i).toString().toUtf8() + '\t';
        out += '\n';
    }
    return out;
}

bool pluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libqsqlite");
}

} // namespace

class TestSqliteDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    // First: nothing before it has loaded Qt's plugin in this process.
    void portfolioFilesLoadNoPlugin();
    void sameAsQtsDriver();
    void preparedStatementRunsAgain();
    void readsSeekBackUnlessForwardOnly();
    void firstStepFailsAtExec();
    void connectOptions();
    void finishedReadsHoldNoLock();
    void transactions();
    void closingUnderALiveQuery();
    void handleAndMetadata();
    void storedDatesReadAsQtReadsThem();

private:
    QSqlDatabase own(const QString &path, const QString &options = QString());
    QSqlDatabase numbers(const QString &file, const QString &values);
    QTemporaryDir m_dir;
};

void TestSqliteDriver::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSqliteDriver::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase TestSqliteDriver::own(const QString &path, const QString &options)
{
    static int serial = 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(new SqliteDriver, QStringLiteral("own-%1").arg(++serial));
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    return db;
}

// A new file holding one table, t (n INTEGER), with `values` ("(1), (2)"), open through the driver;
// closed when any of that failed.
QSqlDatabase TestSqliteDriver::numbers(const QString &file, const QString &values)
{
    QSqlDatabase db = own(m_dir.filePath(file));
    if (!db.open())
        return db;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE t (n INTEGER)"))
        || (!values.isEmpty() && !q.exec(QStringLiteral("INSERT INTO t VALUES ") + values))) {
        q = QSqlQuery();
        db.close();
    }
    return db;
}

void TestSqliteDriver::portfolioFilesLoadNoPlugin()
{
    QVERIFY(!pluginLoaded());
    const QString path = m_dir.filePath(QStringLiteral("quebec.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QVERIFY(qobject_cast<SqliteDriver *>(sqlDatabase(*file).driver()));
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next());
    QVERIFY(q.value(0).toInt() > 100);
    QVERIFY2(!pluginLoaded(), "opening a portfolio loaded Qt's QSQLITE plugin");
}

void TestSqliteDriver::sameAsQtsDriver()
{
    const QString qtPath = m_dir.filePath(QStringLiteral("qt.sqlite"));
    const QString ownPath = m_dir.filePath(QStringLiteral("own.sqlite"));
    QSqlDatabase qt = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("qt"));
    qt.setDatabaseName(qtPath);
    QVERIFY(qt.open());
    QSqlDatabase mine = own(ownPath);
    QVERIFY(mine.open());

    const QByteArray bytes("\x00\x01\xFFz", 4);
    const QList<Step> steps = {
        { QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT UNIQUE, b BLOB, "
                         "n NUMERIC)"), {} },
        { QStringLiteral("INSERT INTO t (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)"),
          { 42, 2.5, QStringLiteral("Québec — 2016"), bytes, qint64(9007199254740993) } },
        { QStringLiteral("INSERT INTO t (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)"),
          { true, 1e300, QString(), QByteArray(), QVariant() } },
        { QStringLiteral("INSERT INTO t (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)"),
          { uint(4000000000u), -0.0, QString(QLatin1String("")), QDate(2016, 3, 31),
            QDateTime(QDate(2016, 3, 31), QTime(12, 30, 5, 7), Qt::UTC) } },
        { QStringLiteral("INSERT INTO t (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)"),
          { QDate(), QTime(8, 5), QStringLiteral("Québec — 2016"), 1, 2 } },
        { QStringLiteral("SELECT * FROM t ORDER BY id"), {} },
        { QStringLiteral("SELECT * FROM t ORDER BY id"), {}, true },
        { QStringLiteral("SELECT i + 0.5 AS half, s || 'x', NULL, typeof(n), length(b) FROM t WHERE id >= ?"), { 2 } },
        { QStringLiteral("SELECT COUNT(*), SUM(r), MAX(s) FROM t"), {}, true },
        { QStringLiteral("SELECT * FROM t WHERE id = -1"), {} },
        { QStringLiteral("UPDATE t SET i = i + 1 WHERE id > ?"), { 1 } },
        { QStringLiteral("DELETE FROM t WHERE id = ?"), { 99 } },
        { QStringLiteral("SELECT s FROM t WHERE s = ?"), { QStringLiteral("Québec — 2016") } },
        { QStringLiteral("SELEKT 1"), {} },
        { QStringLiteral("SELECT * FROM missing"), {} },
        { QStringLiteral("SELECT 1; SELECT 2"), {} },
        { QStringLiteral("SELECT 1;  "), {} },
        { QStringLiteral("SELECT ? + ?"), { 1 } },
        { QStringLiteral("SELECT abs(-9223372036854775807 - 1)"), {} },
    };
    for (const Step &step : steps) {
        const QString expected = run(qt, step);
        QString actual = run(mine, step);
        // Qt's driver leaves the reason for a count mismatch out; this one says it.
        if (step.sql == QLatin1String("SELECT ? + ?")) {
            QVERIFY2(actual.contains(QLatin1String("parameters in the statement: 2, values bound: 1")), qPrintable(actual));
            actual.replace(QStringLiteral("parameters in the statement: 2, values bound: 1"), QString());
        }
        // Qt's driver gives SQLite's "not an error" as the database's words for a second statement.
        if (step.sql == QLatin1String("SELECT 1; SELECT 2"))
            actual.replace(QLatin1String("database \"\""), QLatin1String("database \"not an error\""));
        QCOMPARE(actual, expected);
    }
    QCOMPARE(dump(mine), dump(qt));
    QVERIFY(dump(mine).contains("'Québec — 2016'"));
}

void TestSqliteDriver::preparedStatementRunsAgain()
{
    QSqlDatabase db = own(m_dir.filePath(QStringLiteral("again.sqlite")));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (name) VALUES (?)")));
    for (const char *name : { "one", "two", "three" }) {
        q.addBindValue(QString::fromLatin1(name));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QCOMPARE(q.lastInsertId().toLongLong(), 3);
    // Numbered parameters, used more than once (Qt's driver counts five placeholders here and refuses).
    QVERIFY(q.prepare(QStringLiteral("SELECT ?2 || ?1 || ?2")));
    q.addBindValue(QStringLiteral("b"));
    q.addBindValue(QStringLiteral("a"));
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), QStringLiteral("aba"));
    QVERIFY(!q.exec(QStringLiteral("  -- nothing\n")));
    QCOMPARE(q.lastError().databaseText(), QStringLiteral("the statement is empty"));
    for (bool forwardOnly : { false, true }) {
        QSqlQuery read(db);
        read.setForwardOnly(forwardOnly);
        QVERIFY(read.prepare(QStringLiteral("SELECT name FROM t WHERE id = ?")));
        // Each run reads its first row again, whatever the previous run read.
        for (int id : { 2, 1, 3, 2 }) {
            read.addBindValue(id);
            QVERIFY(read.exec());
            QVERIFY(read.next());
            QCOMPARE(read.value(0).toString(),
                     QStringList({ QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") }).at(id - 1));
        }
        read.addBindValue(7);
        QVERIFY(read.exec());
        QVERIFY(!read.next());
        QVERIFY(!read.lastError().isValid());
    }
}

void TestSqliteDriver::readsSeekBackUnlessForwardOnly()
{
    QSqlDatabase db = numbers(QStringLiteral("seek.sqlite"), QStringLiteral("(10), (20), (30), (40)"));
    QVERIFY(db.isOpen());

    QSqlQuery cached(db);
    QVERIFY(cached.exec(QStringLiteral("SELECT n FROM t ORDER BY n")));
    QVERIFY(cached.next() && cached.next());
    QCOMPARE(cached.value(0).toInt(), 20);
    QVERIFY(cached.previous());
    QCOMPARE(cached.value(0).toInt(), 10);
    QVERIFY(cached.last());
    QCOMPARE(cached.value(0).toInt(), 40);
    QCOMPARE(cached.at(), 3);
    QVERIFY(cached.seek(2));
    QCOMPARE(cached.value(0).toInt(), 30);
    QVERIFY(cached.first());
    QCOMPARE(cached.value(0).toInt(), 10);
    QVERIFY(!cached.seek(4));

    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    QVERIFY(forward.exec(QStringLiteral("SELECT n, n * 2 FROM t ORDER BY n")));
    QVERIFY(forward.next());
    QCOMPARE(forward.value(1).toInt(), 20);
    QVERIFY(forward.last());
    QCOMPARE(forward.value(0).toInt(), 40);
    QCOMPARE(forward.value(1).toInt(), 80);
    QCOMPARE(forward.at(), 3);
    QVERIFY(!forward.next());

    QSqlQuery empty(db);
    empty.setForwardOnly(true);
    QVERIFY(empty.exec(QStringLiteral("SELECT n FROM t WHERE n > 100")));
    QVERIFY(!empty.last());
}

void TestSqliteDriver::firstStepFailsAtExec()
{
    QSqlDatabase db = own(m_dir.filePath(QStringLiteral("step.sqlite")));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (code TEXT UNIQUE, n INTEGER CHECK (n > 0))")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('A', 1)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES ('A', 2)")));
    QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_CONSTRAINT_UNIQUE));
    QCOMPARE(q.lastError().databaseText(), QStringLiteral("UNIQUE constraint failed: t.code"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES ('B', 0)")));
    QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_CONSTRAINT_CHECK));
    // A read whose value is too long fails where it is read, with the code core/storage/sqlutil reads.
    sqlite3_limit(SqlStatement::handle(db), SQLITE_LIMIT_LENGTH, 100);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('C', 3)")));
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QVERIFY(read.exec(QStringLiteral("SELECT code, CASE WHEN n = 3 THEN zeroblob(200) END FROM t")));
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toString(), QStringLiteral("A"));
    QVERIFY(!read.next());
    QVERIFY(read.lastError().isValid());
    QCOMPARE(read.lastError().nativeErrorCode(), QString::number(SQLITE_TOOBIG));
}

void TestSqliteDriver::connectOptions()
{
    const QString path = m_dir.filePath(QStringLiteral("options.sqlite"));
    QSqlDatabase writer = own(path);
    QVERIFY(writer.open());
    QSqlQuery w(writer);
    QVERIFY(w.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));

    QSqlDatabase reader = own(path, QStringLiteral(" QSQLITE_OPEN_READONLY ; QSQLITE_BUSY_TIMEOUT = 50 "));
    QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
    QSqlQuery r(reader);
    QVERIFY(!r.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    QCOMPARE(r.lastError().nativeErrorCode(), QString::number(SQLITE_READONLY));

    // The busy timeout is the one asked for, not the 5 s default.
    QSqlDatabase second = own(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
    QVERIFY(second.open());
    QVERIFY(w.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSqlQuery s(second);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!s.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QCOMPARE(s.lastError().nativeErrorCode(), QString::number(SQLITE_BUSY));
    QVERIFY2(timer.elapsed() < 4000, "waited for the default timeout");
    QVERIFY(w.exec(QStringLiteral("ROLLBACK")));

    QSqlDatabase odd = own(path, QStringLiteral("QSQLITE_ENABLE_SHARED_CACHE"));
    QVERIFY(!odd.open());
    QVERIFY(odd.lastError().databaseText().contains(QLatin1String("QSQLITE_ENABLE_SHARED_CACHE")));
    QSqlDatabase missing = own(m_dir.filePath(QStringLiteral("no/such/folder.sqlite")));
    QVERIFY(!missing.open());
    QCOMPARE(missing.lastError().nativeErrorCode(), QString::number(SQLITE_CANTOPEN));
    QVERIFY(!missing.lastError().databaseText().isEmpty());
}

void TestSqliteDriver::finishedReadsHoldNoLock()
{
    QSqlDatabase a = numbers(QStringLiteral("locks.sqlite"), QStringLiteral("(1), (2)"));
    QVERIFY(a.isOpen());
    QSqlDatabase b = own(a.databaseName(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(b.open());
    QSqlQuery other(b);

    for (bool forwardOnly : { true, false }) {
        QSqlQuery read(a);
        read.setForwardOnly(forwardOnly);
        QVERIFY(read.exec(QStringLiteral("SELECT n FROM t")));
        QVERIFY(read.next());
        // A read under way holds its shared lock: a writer cannot commit.
        QVERIFY(!other.exec(QStringLiteral("DELETE FROM t WHERE n = 99")));
        QCOMPARE(other.lastError().nativeErrorCode(), QString::number(SQLITE_BUSY));
        // Read to the end, the lock is gone although the query lives on.
        while (read.next()) {
        }
        QVERIFY2(other.exec(QStringLiteral("DELETE FROM t WHERE n = 99")), qPrintable(other.lastError().text()));
        // And finish() ends a partial read.
        QVERIFY(read.exec());
        QVERIFY(read.next());
        read.finish();
        QVERIFY2(other.exec(QStringLiteral("DELETE FROM t WHERE n = 99")), qPrintable(other.lastError().text()));
    }
}

void TestSqliteDriver::transactions()
{
    QSqlDatabase db = numbers(QStringLiteral("transactions.sqlite"), QString());
    QVERIFY(db.isOpen());
    QSqlQuery q(db);
    QVERIFY(db.transaction());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    QVERIFY(db.rollback());
    QVERIFY(db.transaction());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QVERIFY(db.commit());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(n) FROM t")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2"));
    QVERIFY(!db.commit());
    QCOMPARE(db.lastError().type(), QSqlError::TransactionError);
    QVERIFY(db.lastError().databaseText().contains(QLatin1String("no transaction is active")));
}

void TestSqliteDriver::closingUnderALiveQuery()
{
    QSqlDatabase db = numbers(QStringLiteral("close.sqlite"), QStringLiteral("(1), (2), (3)"));
    QVERIFY(db.isOpen());
    const QString path = db.databaseName();
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QVERIFY(read.exec(QStringLiteral("SELECT n FROM t")));
    QVERIFY(read.next());
    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY(!read.isActive());
    QVERIFY(!read.next());
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: database not open");
    QVERIFY(!read.exec(QStringLiteral("SELECT 1")));
    // The connection is really gone: another one takes the exclusive lock at once.
    QSqlDatabase again = own(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(again.open());
    QSqlQuery x(again);
    QVERIFY2(x.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(x.lastError().text()));
    QVERIFY(x.exec(QStringLiteral("COMMIT")));
    // Reopened, the old query works again.
    QVERIFY(db.open());
    QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && read.next());
    QCOMPARE(read.value(0).toInt(), 3);
    // And a query that outlives its connection's removal is harmless.
    auto orphan = std::make_unique<QSqlQuery>(db);
    QVERIFY(orphan->exec(QStringLiteral("SELECT n FROM t")) && orphan->next());
    const QString name = db.connectionName();
    db = QSqlDatabase();
    read = QSqlQuery();
    QSqlDatabase::removeDatabase(name);
    QVERIFY(!orphan->next());
    orphan.reset();
}

void TestSqliteDriver::handleAndMetadata()
{
    QSqlDatabase db = own(m_dir.filePath(QStringLiteral("handle.sqlite")));
    QVERIFY(db.open());
    const QVariant handle = db.driver()->handle();
    QCOMPARE(QByteArray(handle.typeName()), QByteArray("sqlite3*"));
    sqlite3 *raw = SqlStatement::handle(db);
    QVERIFY(raw);
    QCOMPARE(*static_cast<sqlite3 *const *>(handle.constData()), raw);
    QVERIFY(db.driver()->hasFeature(QSqlDriver::Transactions));
    QVERIFY(db.driver()->hasFeature(QSqlDriver::PositionalPlaceholders));
    QVERIFY(!db.driver()->hasFeature(QSqlDriver::QuerySize));

    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE project (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT 'it''s', "
                                  "budget REAL)")));
    QVERIFY(q.exec(QStringLiteral("CREATE VIEW v AS SELECT code FROM project")));
    QCOMPARE(db.tables(QSql::Tables), QStringList(QStringLiteral("project")));
    QCOMPARE(db.tables(QSql::Views), QStringList(QStringLiteral("v")));
    const QSqlRecord r = db.record(QStringLiteral("project"));
    QCOMPARE(r.count(), 3);
    QCOMPARE(r.field(0).name(), QStringLiteral("id"));
    QVERIFY(r.field(0).isAutoValue());
    QCOMPARE(r.field(1).requiredStatus(), QSqlField::Required);
    QCOMPARE(r.field(1).defaultValue().toString(), QStringLiteral("it's"));
    QCOMPARE(r.field(2).metaType(), QMetaType::fromType<double>());
    QCOMPARE(db.driver()->escapeIdentifier(QStringLiteral("a\"b"), QSqlDriver::FieldName), QStringLiteral("\"a\"\"b\""));
}

// Dates are read from their stored text at once (storage/sqlutil.h, on every row of an import and a
// scan): whatever the text, the date is the one Qt's ISO reading gives, from bytes and from a QString.
void TestSqliteDriver::storedDatesReadAsQtReadsThem()
{
    const char *texts[] = { "2016-03-31", "2016-02-29", "2015-02-29", "2016-02-30", "2016-13-01", "2016-00-10",
                            "0001-01-01", "0000-01-01", "9999-12-31", "2016-3-31",  "2016/03/31", "2016-03-31T10:00",
                            "2016-03-3a", "+016-03-31", "2016-03-31 ", "",           "2016-03-311", "２０１６-03-31" };
    for (const char *text : texts) {
        const QString s = QString::fromUtf8(text);
        const QDate qt = QDate::fromString(s, Qt::ISODate);
        QCOMPARE(Vigie::dateValue(QVariant(s)), qt);
        if (!qt.isValid())
            QVERIFY2(!Vigie::storedDay(QStringView(s)).isValid() || Vigie::storedDay(QStringView(s)) == qt, text);
        const QDate fromBytes = Vigie::storedDay(QByteArrayView(text));
        QVERIFY2(!fromBytes.isValid() || fromBytes == qt, text);
        QCOMPARE(Vigie::storedDay(QStringView(s)), Vigie::storedDay(QByteArrayView(text)));
    }
    QCOMPARE(Vigie::storedDay(QStringView(u"2016-03-31")), QDate(2016, 3, 31));
    QCOMPARE(Vigie::storedDay(QByteArrayView("2016-03-31")), QDate(2016, 3, 31));
    QVERIFY(!Vigie::dateValue(QVariant()).isValid());
    QVERIFY(!Vigie::dateValue(QVariant(QMetaType::fromType<QString>())).isValid());
}

QTEST_GUILESS_MAIN(TestSqliteDriver)
#include "tst_sqlitedriver.moc"
