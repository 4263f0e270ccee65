// The briefing reads the period's rows once: its facts' sums by colour are the health charts' own and
// its movers are MoversAnalysis::compute()'s, on the Quebec sample (three frozen periods), a synthetic
// portfolio (ten), a file without periods, and files the one pass must not trust.
#include "analysis/briefingfacts.h"
#include "analysis/chartdata.h"
#include "analysis/movers.h"
#include "analysis/periods.h"
#include "sample/importedsample.h"
#include "sample/quebecsample.h"
#include "sample/synthetic.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestBriefingPass : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samples_data();
    void samples();
    void addedAndGone();
    void stateTheChartsReadOtherwise();

private:
    // Every period's facts (and the latest's with period 0) against the charts and the movers read alone;
    // how many periods took the one pass.
    int compareAll(const PortfolioFile &file);
    QTemporaryDir m_dir;
};

namespace {

const QLocale kEn(QLocale::English, QLocale::Canada);
const QLocale kFr(QLocale::French, QLocale::Canada);

QString describe(const ChartData &d)
{
    QStringList out { d.title, d.subtitle, d.periodText, d.emptyText, d.valueAxisTitle };
    out << d.categories << d.notes << d.footer;
    for (const ChartSeries &s : d.series) {
        out << s.name << QString::number(int(s.role)) << s.labels;
        for (double v : s.values)
            out << QString::number(v, 'g', 17);
    }
    out << QString::number(d.valueMax, 'g', 17);
    return out.join(QLatin1Char('|'));
}

QString describe(const QList<Mover> &list)
{
    QStringList out;
    for (const Mover &m : list)
        out << QStringLiteral("%1 %2 %3>%4").arg(m.projectId).arg(m.code).arg(int(m.from)).arg(int(m.to));
    return out.join(QLatin1Char(','));
}

} // namespace

int TestBriefingPass::compareAll(const PortfolioFile &file)
{
    QList<RowId> periods { 0 };
    for (const ReportingPeriod &p : Periods::list(file))
        periods << p.id;
    int onePass = 0;
    for (RowId id : periods) {
        BriefingFacts f;
        QString error;
        if (!BriefingFactsReader::read(file, id, &f, &error)) {
            qWarning("%s", qPrintable(error));
            return -1;
        }
        const QByteArray where = QByteArray("period ") + QByteArray::number(id);
        if (!f.sameRowsAsCharts) {
            qWarning("%s: not in one pass", where.constData());
            continue;
        }
        ++onePass;
        for (const char *chart : { "project-health-cost", "project-health-schedule" }) {
            const Indicator indicator = QByteArray(chart).endsWith("cost") ? Indicator::Cost : Indicator::Schedule;
            const std::optional<HealthChartFigures> figures = f.healthChart(indicator);
            if (!figures)
                return -1;
            for (const QLocale &locale : { kEn, kFr }) {
                ChartFilter filter;
                filter.periodId = f.period ? f.period->id : 0;
                ChartData read, given;
                if (!ChartDataBuilder::build(file, QLatin1String(chart), filter, locale, &read, &error)
                    || !ChartDataBuilder::build(file, QLatin1String(chart), filter, locale, &given, &error, &*figures))
                    return -1;
                if (describe(read) != describe(given)) {
                    qWarning("%s %s:\n%s\n%s", where.constData(), chart, qPrintable(describe(read)),
                             qPrintable(describe(given)));
                    return -1;
                }
                if (read.isEmpty() && f.activeProjects > 0)
                    return -1; // a chart that shows nothing compares nothing
            }
        }
        if (f.period && f.previous) {
            Movers alone;
            if (!f.movers || !MoversAnalysis::compute(file, f.previous->id, f.period->id, &alone, &error))
                return -1;
            const Movers &m = *f.movers;
            if (m.from.id != alone.from.id || !m.to || m.to->id != alone.to->id || m.unchanged != alone.unchanged
                || describe(m.worse) != describe(alone.worse) || describe(m.better) != describe(alone.better)
                || describe(m.added) != describe(alone.added) || describe(m.gone) != describe(alone.gone)) {
                qWarning("%s: movers differ: %d/%d unchanged, worse %s / %s", where.constData(), m.unchanged,
                         alone.unchanged, qPrintable(describe(m.worse)), qPrintable(describe(alone.worse)));
                return -1;
            }
        } else if (f.movers) {
            return -1;
        }
    }
    return onePass;
}

void TestBriefingPass::samples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("onePass");
    QTest::newRow("quebec-2016") << QStringLiteral("quebec-2016") << 4;     // 3 periods and the latest again
    QTest::newRow("synthetic") << QStringLiteral("synthetic") << 11;        // 10 periods
    QTest::newRow("canada-2016") << QStringLiteral("canada-2016") << 1;     // no period: the current values
}

void TestBriefingPass::samples()
{
    QFETCH(QString, sample);
    QFETCH(int, onePass);
    const QString path = m_dir.filePath(sample + QStringLiteral(".vigie"));
    QString error;
    if (sample == QLatin1String("quebec-2016"))
        QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    else if (sample == QLatin1String("synthetic"))
        QVERIFY2(SyntheticSample::write(path, { 400, 7 }, &error), qPrintable(error));
    else
        QVERIFY2(ImportedSample::write(sample, path, &error), qPrintable(error));
    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QCOMPARE(compareAll(*file), onePass);
    // The Quebec sample's movers between March and August 2016, as its golden briefing states them.
    if (sample == QLatin1String("quebec-2016")) {
        BriefingFacts f;
        QVERIFY(BriefingFactsReader::read(*file, 0, &f, &error));
        QVERIFY(f.movers);
        QCOMPARE(f.movers->worse.size(), 18);
        QCOMPARE(f.movers->worse.first().code, QStringLiteral("AMF-2016-001"));
    }
}

// New and no longer reported projects, a completed one and a declared colour (tst_movers' portfolio).
void TestBriefingPass::addedAndGone()
{
    FileError fe;
    auto file = PortfolioFile::create(m_dir.filePath(QStringLiteral("m.vigie")), QStringLiteral("Movers"), &fe);
    QVERIFY(file);
    const auto add = [&](const QString &code, double forecast) {
        return Edits::addRow(*file, Entity::Project,
                             { { Field::Code, code }, { Field::Budget, 100.0 }, { Field::ForecastCost, forecast } },
                             QStringLiteral("Add"))
            .uuid;
    };
    const QString a = add(QStringLiteral("A"), 100);
    const QString b = add(QStringLiteral("B"), 120);
    add(QStringLiteral("C"), 100);
    const QString d = add(QStringLiteral("D"), 100);
    const QString z = add(QStringLiteral("Z"), 100);
    QVERIFY(Edits::freezePeriod(*file, QStringLiteral("March 2016"), QDate(2016, 3, 31), QStringLiteral("F")).ok);
    QVERIFY(Edits::setValue(*file, Entity::Project, a, Field::ForecastCost, 150.0, QStringLiteral("E")).ok);
    QVERIFY(Edits::setValue(*file, Entity::Project, b, Field::DeclaredOverall, QStringLiteral("green"), QStringLiteral("E")).ok);
    QVERIFY(Edits::setValue(*file, Entity::Project, d, Field::State, QStringLiteral("completed"), QStringLiteral("E")).ok);
    QVERIFY(Edits::setValue(*file, Entity::Project, z, Field::State, QStringLiteral("cancelled"), QStringLiteral("E")).ok);
    add(QStringLiteral("E"), 100);
    QVERIFY(Edits::freezePeriod(*file, QStringLiteral("August 2016"), QDate(2016, 8, 31), QStringLiteral("F")).ok);
    QCOMPARE(compareAll(*file), 3);
    BriefingFacts f;
    QString error;
    QVERIFY(BriefingFactsReader::read(*file, 0, &f, &error));
    QCOMPARE(describe(f.movers->gone).count(QLatin1Char(',')), 1); // D and Z
    QCOMPARE(f.movers->added.size(), 1);
    QCOMPARE(f.movers->worse.size(), 1);
    QCOMPARE(f.movers->better.size(), 1);
}

// A frozen state the file should not hold: the charts count only "active", the facts anything but
// completed and cancelled. The facts then leave the charts and the movers to read their rows.
void TestBriefingPass::stateTheChartsReadOtherwise()
{
    const QString path = m_dir.filePath(QStringLiteral("odd.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(q.exec(QStringLiteral("UPDATE period_project SET state = 'Active' WHERE id = (SELECT MAX(id) FROM "
                                  "period_project WHERE state = 'active')")));
    QCOMPARE(q.numRowsAffected(), 1);
    BriefingFacts f;
    QVERIFY(BriefingFactsReader::read(*file, 0, &f, &error));
    QVERIFY(!f.sameRowsAsCharts);
    QVERIFY(!f.healthChart(Indicator::Cost));
    QVERIFY(f.movers); // read on their own
    Movers alone;
    QVERIFY(MoversAnalysis::compute(*file, f.previous->id, f.period->id, &alone, &error));
    QCOMPARE(describe(f.movers->gone), describe(alone.gone));
    QCOMPARE(describe(f.movers->added), describe(alone.added));
    QCOMPARE(describe(f.movers->worse), describe(alone.worse));
    QCOMPARE(describe(f.movers->better), describe(alone.better));
    QCOMPARE(f.movers->unchanged, alone.unchanged);
    QCOMPARE(f.movers->worse.first().name.en.isEmpty(), false); // compute()'s, named
}

QTEST_GUILESS_MAIN(TestBriefingPass)
#include "tst_briefingpass.moc"
