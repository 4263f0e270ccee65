// FilterProxy at table sizes where its shortcuts apply: sorting through cached sort keys (numbers,
// locale-collated text, missing values last) stays right when rows change, are appended or removed;
// a filter change affecting thousands of rows rebuilds the proxy at once and shows exactly the rows
// that match, still sorted, with persistent indexes following their rows.
#include "models/filterproxy.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTest>

using namespace Vigie;

namespace {

// A flat table whose rows match a filter when their text contains it (as the entity models do).
class TextTable : public QStandardItemModel, public FilterableModel
{
public:
    bool rowMatches(int row, const QModelIndex &parent, const RowFilter &filter) const override
    {
        return filter.text.isEmpty() || index(row, 0, parent).data().toString().toLower().contains(filter.text);
    }
    int filterCapabilities() const override { return FilterText; }

    void addRow(const QString &text, const QVariant &number)
    {
        auto *name = new QStandardItem(text);
        name->setData(text, Roles::SortRole);
        auto *amount = new QStandardItem;
        amount->setData(number, Roles::SortRole);
        appendRow({ name, amount });
    }
};

const QStringList kWords = { QStringLiteral("École"), QStringLiteral("eau"), QStringLiteral("Zèbre"),
                             QStringLiteral("zèbre"), QStringLiteral("Éléphant"), QStringLiteral("abeille"),
                             QStringLiteral("Ottawa"), QStringLiteral("Québec"), QStringLiteral("quai") };

} // namespace

class TestFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sortsNumbersAndText();
    void bigFilterChangeRebuilds();

private:
    static void verifySorted(const FilterProxy &proxy, int column, Qt::SortOrder order = Qt::AscendingOrder);
};

void TestFilterProxy::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada)); // collation with accents
}

void TestFilterProxy::verifySorted(const FilterProxy &proxy, int column, Qt::SortOrder order)
{
    QCollator collator{ QLocale() };
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVariant a = proxy.index(row - 1, column).data(Roles::SortRole);
        QVariant b = proxy.index(row, column).data(Roles::SortRole);
        if (order == Qt::DescendingOrder)
            std::swap(a, b);
        if (!b.isValid())
            continue; // missing values come last (first in descending order)
        QVERIFY2(a.isValid(), qPrintable(QStringLiteral("a missing value out of place at row %1").arg(row)));
        if (column == 0)
            QVERIFY2(collator.compare(a.toString(), b.toString()) <= 0,
                     qPrintable(QStringLiteral("%1 before %2").arg(a.toString(), b.toString())));
        else
            QVERIFY2(a.toDouble() <= b.toDouble(), qPrintable(QStringLiteral("%1 before %2 at row %3").arg(a.toDouble()).arg(b.toDouble()).arg(row)));
    }
}

void TestFilterProxy::sortsNumbersAndText()
{
    TextTable table;
    QRandomGenerator random(7);
    for (int i = 0; i < 3000; ++i)
        table.addRow(kWords.at(random.bounded(int(kWords.size()))) + QString::number(random.bounded(100)),
                     i % 17 == 0 ? QVariant() : QVariant(random.bounded(1000000) / 100.0));
    FilterProxy proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(1, Qt::AscendingOrder);
    verifySorted(proxy, 1);
    QVERIFY(!proxy.index(proxy.rowCount() - 1, 1).data(Roles::SortRole).isValid());
    QCOMPARE(proxy.index(0, 1).data(Roles::SortRole).toDouble(), [&] {
        double least = 1e9;
        for (int r = 0; r < table.rowCount(); ++r)
            if (table.index(r, 1).data(Roles::SortRole).isValid())
                least = std::min(least, table.index(r, 1).data(Roles::SortRole).toDouble());
        return least;
    }());

    // A changed value moves to its place (its cached key is recomputed).
    table.item(5, 1)->setData(-1.0, Roles::SortRole);
    QCOMPARE(proxy.mapToSource(proxy.index(0, 1)).row(), 5);
    verifySorted(proxy, 1);
    // Appended rows sort in; removed rows leave the rest sorted.
    table.addRow(QStringLiteral("eau"), -2.0);
    QCOMPARE(proxy.mapToSource(proxy.index(0, 1)).row(), table.rowCount() - 1);
    table.removeRows(0, 100);
    verifySorted(proxy, 1);
    QCOMPARE(proxy.index(0, 1).data(Roles::SortRole).toDouble(), -2.0);

    // Text: the locale's collation (accents beside their letter, not after z).
    proxy.sort(0, Qt::AscendingOrder);
    verifySorted(proxy, 0);
    QVERIFY(proxy.index(0, 0).data().toString().startsWith(QLatin1String("abeille")));
    QVERIFY(proxy.index(proxy.rowCount() - 1, 0).data().toString().startsWith(QStringLiteral("Zèbre")));
    proxy.sort(0, Qt::DescendingOrder);
    QVERIFY(proxy.index(0, 0).data().toString().startsWith(QStringLiteral("Zèbre")));
}

void TestFilterProxy::bigFilterChangeRebuilds()
{
    TextTable table;
    for (int i = 0; i < 12000; ++i)
        table.addRow(kWords.at(i % kWords.size()) + QString::number(i), double(i % 997));
    FilterProxy proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(1, Qt::DescendingOrder);

    const auto matching = [&](const QString &text) {
        int n = 0;
        for (int r = 0; r < table.rowCount(); ++r)
            n += table.index(r, 0).data().toString().toLower().contains(text) ? 1 : 0;
        return n;
    };
    // Keep a row that stays through every filter below.
    int kept = -1;
    for (int r = 0; r < table.rowCount() && kept < 0; ++r)
        if (table.index(r, 0).data().toString() == QStringLiteral("Québec7"))
            kept = r;
    QVERIFY(kept >= 0);
    const QPersistentModelIndex persistent = proxy.mapFromSource(table.index(kept, 0));
    QVERIFY(persistent.isValid());

    for (const QString &text : { QStringLiteral("q"), QStringLiteral("qu"), QStringLiteral("québec"),
                                 QStringLiteral("québec7"), QStringLiteral("q"), QString() }) {
        RowFilter f;
        f.text = text;
        proxy.setFilter(f);
        const int expected = matching(f.text.toLower());
        QCOMPARE(proxy.rowCount(), expected);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(table.rowMatches(proxy.mapToSource(proxy.index(r, 0)).row(), {}, proxy.filter()));
        verifySorted(proxy, 1, Qt::DescendingOrder);
        QVERIFY(persistent.isValid());
        QCOMPARE(proxy.mapToSource(persistent).row(), kept);
    }
    QCOMPARE(proxy.rowCount(), table.rowCount());
    // The answers kept for the proxy's pass follow the source: an edited row is filtered again.
    RowFilter f;
    f.text = QStringLiteral("ottawa");
    proxy.setFilter(f);
    const int before = proxy.rowCount();
    table.item(kept, 0)->setText(QStringLiteral("Ottawa-Québec"));
    QCOMPARE(proxy.rowCount(), before + 1);
}

QTEST_MAIN(TestFilterProxy)
#include "tst_filterproxy.moc"
