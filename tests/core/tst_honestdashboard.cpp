// Acceptance on real data: the US Federal IT Dashboard feed (tests/data/us-itdashboard) imported with its
// mapping, and the computed, declared and original-baseline figures of the summary checked against
// figures this test computes on its own from the CSV (its own CSV reading and its own 10/30 rule); then
// a rule change recolours the file and its undo restores it, checked with SQL on the file on disk.
#include "analysis/summary.h"
#include "io/mapping.h"
#include "io/projectimporter.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Vigie;

namespace {

const QString kCsv = QStringLiteral(VIGIE_US_DASHBOARD_CSV);

// RFC 4180 records (quoted fields may hold commas, quotes and newlines).
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

// 0 unrated, 1 green, 2 yellow, 3 red, by |variance| against the thresholds.
int colour(std::optional<double> v, double greenMax, double redMin)
{
    if (!v)
        return 0;
    const double a = std::fabs(*v);
    return a <= greenMax ? 1 : a < redMin ? 2 : 3;
}

QDate day(const QString &iso)
{
    return QDate::fromString(iso.left(10), Qt::ISODate);
}

struct Expected
{
    int count[3][4] = {};        // [cost, schedule, overall][unrated, green, yellow, red]
    double amount[3][4] = {};
    int projects = 0;
};

// The dashboard's projects (the first row of each Project ID), coloured by the thresholds.
Expected expected(const QList<QStringList> &records, double greenMax, double redMin)
{
    Expected e;
    const QStringList h = records.first();
    const int id = h.indexOf(QStringLiteral("Project ID")), planned = h.indexOf(QStringLiteral("Planned Cost ($ M)")),
              projected = h.indexOf(QStringLiteral("Projected/Actual Cost ($ M)")),
              cv = h.indexOf(QStringLiteral("Cost Variance (%)")), sv = h.indexOf(QStringLiteral("Schedule Variance (%)")),
              start = h.indexOf(QStringLiteral("Start Date")),
              end = h.indexOf(QStringLiteral("Planned Project Completion Date (B2)")),
              forecast = h.indexOf(QStringLiteral("Projected/Actual Project Completion Date (B2)"));
    QSet<QString> seen;
    for (const QStringList &r : records.mid(1)) {
        if (r.size() < h.size() || seen.contains(r.at(id)))
            continue;
        seen.insert(r.at(id));
        const double budget = r.at(planned).toDouble() * 1e6;
        std::optional<double> cost, schedule;
        if (!r.at(cv).trimmed().isEmpty())
            cost = r.at(cv).toDouble();
        else if (budget > 0 && !r.at(projected).trimmed().isEmpty())
            cost = (r.at(projected).toDouble() * 1e6 - budget) / budget * 100.0;
        if (!r.at(sv).trimmed().isEmpty()) {
            schedule = r.at(sv).toDouble();
        } else {
            const QDate s = day(r.at(start)), p = day(r.at(end)), f = day(r.at(forecast));
            if (s.isValid() && p.isValid() && f.isValid() && s.daysTo(p) > 0)
                schedule = double(p.daysTo(f)) / double(s.daysTo(p)) * 100.0;
        }
        const int c = colour(cost, greenMax, redMin), s = colour(schedule, greenMax, redMin);
        const int o = std::max(c, s); // the worse of the rated ones (unrated is 0)
        for (int k : { 0, 1, 2 }) {
            const int col = k == 0 ? c : k == 1 ? s : o;
            e.count[k][col]++;
            e.amount[k][col] += budget;
        }
        e.projects++;
    }
    return e;
}

int slot(Health h)
{
    switch (h) {
    case Health::Green: return 1;
    case Health::Yellow: return 2;
    case Health::Red: return 3;
    case Health::Unrated: break;
    }
    return 0;
}

void compare(const IndicatorSummary (&by)[3], const Expected &e, const char *what)
{
    for (int k = 0; k < 3; ++k) {
        for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated }) {
            const HealthBucket &b = by[k].bucket(h);
            QVERIFY2(b.count == e.count[k][slot(h)],
                     qPrintable(QStringLiteral("%1 indicator %2 %3: %4 in the file, %5 from the CSV")
                                    .arg(QLatin1String(what)).arg(k).arg(HealthText::key(h)).arg(b.count)
                                    .arg(e.count[k][slot(h)])));
            QVERIFY2(std::fabs(b.amount - e.amount[k][slot(h)]) < 1.0, what); // within a dollar
        }
    }
}

// Computed colours counted with SQL on a fresh read-only connection: what another program sees.
QString onDisk(const QString &path)
{
    FileError error;
    auto fresh = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error);
    QSqlQuery q(sqlDatabase(*fresh));
    q.exec(QStringLiteral("SELECT COALESCE(computed_cost, ''), COUNT(*) FROM project GROUP BY 1 ORDER BY 1"));
    QStringList parts;
    while (q.next())
        parts << QStringLiteral("%1=%2").arg(q.value(0).toString(), q.value(1).toString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestHonestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figuresMatchTheCsv();
};

void TestHonestDashboard::figuresMatchTheCsv()
{
    const QList<QStringList> records = readCsv(kCsv);
    QCOMPARE(records.size(), 2473); // the header and 2,472 rows
    const Expected e1030 = expected(records, 10, 30);
    QCOMPARE(e1030.projects, 2468);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("us.vigie"));
    FileError fe;
    auto file = PortfolioFile::create(path, QStringLiteral("US IT Dashboard"), &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QStringList problems;
    const auto mapping = ImportMapping::load(QStringLiteral(VIGIE_SOURCE_DIR "/resources/mappings/us-itdashboard.json"),
                                             &problems);
    QVERIFY(mapping);
    ProjectImporter importer(*file, *mapping, {});
    QCOMPARE(importer.run(kCsv).created, 2468);

    Summary s;
    QString error;
    QVERIFY2(SummaryBuilder::compute(*file, &s, &error), qPrintable(error));
    QCOMPARE(s.activeProjects, 2468);
    compare(s.honest.computed, e1030, "computed");
    QVERIFY(!QTest::currentTestFailed());
    // The feed declares nothing: every declared colour is unrated, and the shown ones are the computed ones.
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(s.honest.declared[k].unrated.count, 2468);
        QCOMPARE(s.honest.declaredGreener[k].count, 0);
        QCOMPARE(s.honest.declaredVsComputed[k][int(Health::Unrated)][int(Health::Red)], e1030.count[k][3]);
    }
    QCOMPARE(s.cost.red.count, e1030.count[0][3]);
    QCOMPARE(s.overall.green.count, e1030.count[2][1]);
    // One baseline each (the feed's B2 plan): the original is the latest.
    QCOMPARE(s.honest.rebaselined, 0);
    compare(s.honest.computedOriginal, e1030, "original");
    QVERIFY(!QTest::currentTestFailed());

    // A rule change recolours the file at once; its undo restores the 10/30 colours.
    const QString before = onDisk(path);
    QVERIFY(before.contains(QStringLiteral("red=%1").arg(e1030.count[0][3])));
    const EditResult r = Edits::setHealthRule(*file, HealthRule::custom(5, 20), QStringLiteral("Set Health Rule"));
    QVERIFY2(r.ok && r.changed, qPrintable(r.error));
    const Expected e520 = expected(records, 5, 20);
    QVERIFY(e520.count[0][3] > e1030.count[0][3]);
    QCOMPARE(onDisk(path), QStringLiteral("=%1 green=%2 red=%3 yellow=%4")
                               .arg(e520.count[0][0]).arg(e520.count[0][1]).arg(e520.count[0][3]).arg(e520.count[0][2]));
    QVERIFY(SummaryBuilder::compute(*file, &s, &error));
    compare(s.honest.computed, e520, "computed 5/20");
    QVERIFY(!QTest::currentTestFailed());
    const EditResult undo = Edits::revert(*file, { r.changeset });
    QVERIFY2(undo.ok, qPrintable(undo.error));
    QCOMPARE(onDisk(path), before);
    QCOMPARE(file->healthRule(), HealthRule::variance1030());
}

QTEST_GUILESS_MAIN(TestHonestDashboard)
#include "tst_honestdashboard.moc"
