// New rows' UUIDs come in creation order (version 7), so that bulk writes append to each table's UUID
// index; the frozen rows a statement makes get the same shape, in row order, after every UUID made before.
#include "sample/samplewriter.h"
#include "sample/synthetic.h"
#include "storage/edits.h"
#include "storage/ordereduuid.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QUuid>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestOrderedUuid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextIsOrderedAndVersion7();
    void partsAreWhereTheyBelong();
    void frozenRowsComeInRowOrderAfterEarlierUuids();
    void syntheticRowsAreInRowOrder();

private:
    QTemporaryDir m_dir;
};

namespace {

const QRegularExpression &version7()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re;
}

QStringList column(PortfolioFile &file, const QString &sql)
{
    QStringList values;
    QSqlQuery q(sqlDatabase(file));
    if (!q.exec(sql))
        return { QStringLiteral("error: ") + sql };
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace

void TestOrderedUuid::nextIsOrderedAndVersion7()
{
    // Many in one millisecond (the counter), and across milliseconds: each after the one before.
    QString previous = OrderedUuid::next();
    QVERIFY2(version7().match(previous).hasMatch(), qPrintable(previous));
    QSet<QString> seen { previous };
    for (int i = 0; i < 20000; ++i) {
        const QString uuid = OrderedUuid::next();
        QVERIFY2(uuid > previous, qPrintable(previous + QStringLiteral(" then ") + uuid));
        QVERIFY2(version7().match(uuid).hasMatch(), qPrintable(uuid));
        seen.insert(uuid);
        previous = uuid;
    }
    QCOMPARE(seen.size(), 20001);
    // Its first 48 bits are the time.
    const qint64 ms = previous.left(8).toLongLong(nullptr, 16) * 65536 + previous.mid(9, 4).toLongLong(nullptr, 16);
    QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
    // PortfolioFile's are these.
    QVERIFY(PortfolioFile::newUuid() > previous);
}

void TestOrderedUuid::partsAreWhereTheyBelong()
{
    QCOMPARE(OrderedUuid::fromParts(0x0123456789ab, 0, 0), QStringLiteral("01234567-89ab-7000-8000-000000000000"));
    QCOMPARE(OrderedUuid::fromParts(0x0123456789ab, (qint64(1) << 42) - 1, 0xdeadbeef),
             QStringLiteral("01234567-89ab-7fff-bfff-ffffdeadbeef"));
    QCOMPARE(OrderedUuid::fromParts(1, 5000000000, 1), QStringLiteral("00000000-0001-7004-aa05-f20000000001"));
    // A reserved millisecond is after every UUID made before it, and every later one after it.
    const QString before = OrderedUuid::next();
    const qint64 ms = OrderedUuid::reserveMillisecond();
    QVERIFY(OrderedUuid::fromParts(ms, 0, 0) > before);
    QVERIFY(OrderedUuid::next() > OrderedUuid::fromParts(ms, (qint64(1) << 42) - 1, 0xffffffff));
}

void TestOrderedUuid::frozenRowsComeInRowOrderAfterEarlierUuids()
{
    const QString path = m_dir.filePath(QStringLiteral("freeze.vigie"));
    FileError error;
    auto file = PortfolioFile::create(path, QStringLiteral("Freeze"), &error);
    QVERIFY2(file, qPrintable(error.message));
    // Projects whose ids cross the counter's fields (2^16, 2^30), so that a field put in the wrong place
    // would break the order.
    QSqlQuery q(sqlDatabase(*file));
    const QList<qint64> ids { 1, 2, 65535, 65536, 70000, (qint64(1) << 30) - 1, qint64(1) << 30, (qint64(1) << 30) + 7 };
    for (qint64 id : ids) {
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO project (id, uuid, code) VALUES (?, ?, ?)")));
        q.addBindValue(id);
        q.addBindValue(PortfolioFile::newUuid());
        q.addBindValue(QStringLiteral("P%1").arg(id));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const QString lastProject = column(*file, QStringLiteral("SELECT MAX(uuid) FROM project")).value(0);
    EditResult r = Edits::freezePeriod(*file, QStringLiteral("March 2026"), QDate(2026, 3, 31), QStringLiteral("Freeze"));
    QVERIFY2(r.ok, qPrintable(r.error));

    const QStringList byRow = column(*file, QStringLiteral("SELECT uuid FROM period_project ORDER BY project_id"));
    QCOMPARE(byRow.size(), ids.size());
    QStringList sorted = byRow;
    sorted.sort();
    QCOMPARE(sorted, byRow);
    for (int i = 0; i < byRow.size(); ++i) {
        QVERIFY2(version7().match(byRow.at(i)).hasMatch(), qPrintable(byRow.at(i)));
        // The project's id is the counter: what fromParts() puts there, whatever the random part.
        QCOMPARE(byRow.at(i).mid(13, 15), OrderedUuid::fromParts(0, ids.at(i), 0).mid(13, 15));
    }
    QVERIFY2(byRow.constFirst() > lastProject, qPrintable(byRow.constFirst() + QStringLiteral(" <= ") + lastProject));
    // The journal's changeset, made after the freeze's statements, sorts after them.
    QVERIFY(PortfolioFile::newUuid() > byRow.constLast());
}

void TestOrderedUuid::syntheticRowsAreInRowOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("synthetic.vigie"));
    SyntheticOptions options;
    options.projects = 200;
    QString error;
    QVERIFY2(SyntheticSample::write(path, options, &error), qPrintable(error));
    FileError fileError;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fileError);
    QVERIFY2(file, qPrintable(fileError.message));
    for (const QString &table : { QStringLiteral("project"), QStringLiteral("baseline"), QStringLiteral("decision"),
                                  QStringLiteral("project_measure"), QStringLiteral("period_project") }) {
        const QStringList byRow = column(*file, QStringLiteral("SELECT uuid FROM %1 ORDER BY id").arg(table));
        QVERIFY2(byRow.size() >= 100, qPrintable(table));
        QStringList sorted = byRow;
        sorted.sort();
        QVERIFY2(sorted == byRow, qPrintable(table + QStringLiteral(": not in row order")));
        QVERIFY2(byRow.constFirst().mid(14, 1) == QLatin1String("8"), qPrintable(byRow.constFirst()));
    }
    // The ordinal is the first 48 bits; the rest is the version 5 UUID's (stable per seed and key).
    const QUuid ns = SampleWriter::sampleNamespace(QStringLiteral("synthetic/1"));
    SampleUuid uuidOf(ns);
    const QString v5 = QString::fromLatin1(uuidOf(QByteArrayView("project:P000007")).toByteArray());
    const QString v8 = QString::fromLatin1(uuidOf(QByteArrayView("project:P000007"), 7).toByteArray());
    QCOMPARE(v8.left(13), QStringLiteral("00000000-0007"));
    QCOMPARE(v8.mid(15), v5.mid(15));
}

QTEST_GUILESS_MAIN(TestOrderedUuid)
#include "tst_ordereduuid.moc"
