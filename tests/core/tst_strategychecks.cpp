// The checks a user expects on measures (status and percent disagree, past due) and the gaps between
// measures, projects and envelopes, counted over a real file and flagged one measure at a time; the
// readers the Strategy view shows each measure's projects with; money in the portfolio's currency.
#include "analysis/money.h"
#include "analysis/strategychecks.h"
#include "analysis/summary.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"
#include "storage/structureedits.h"

#include "i18n/language.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestStrategyChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flagsOfOneMeasure();
    void countsOverTheFile();
    void summaryJsonKeys();
    void linkedProjectsAndEnvelopes();
    void moneyInThePortfolioCurrency();
    void summaryCountsUnlinkedInItsScan(); // last: adds projects and links to the shared file

private:
    QString add(Entity entity, const FieldValues &values);
    QString measure(int number, const QString &status, double percent, const QDate &due);

    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    QString m_area, m_org, m_project;
};

QString TestStrategyChecks::add(Entity entity, const FieldValues &values)
{
    const EditResult r = StructureEdits::add(*m_file, entity, values, QStringLiteral("Add"));
    if (!r.ok)
        qWarning("%s", qPrintable(r.error));
    return r.uuid;
}

QString TestStrategyChecks::measure(int number, const QString &status, double percent, const QDate &due)
{
    const QString uuid = add(Entity::Measure, { { Field::KeyArea, m_area }, { Field::Number, number },
                                                { Field::TitleEn, QStringLiteral("M%1").arg(number) }, { Field::DueDate, due } });
    // Stored as an older file or a merge may hold it: bypassing the "completed is 100%" rule.
    m_file->setValue(Entity::Measure, uuid, Field::Status, status);
    m_file->setValue(Entity::Measure, uuid, Field::PercentComplete, percent);
    return uuid;
}

void TestStrategyChecks::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    FileError error;
    m_file = PortfolioFile::create(m_dir.filePath(QStringLiteral("c.vigie")), QStringLiteral("Checks"), &error);
    QVERIFY(m_file);
    m_org = add(Entity::Organization, { { Field::Code, QStringLiteral("MCE") } });
    const QString plan = add(Entity::Plan, { { Field::Code, QStringLiteral("P") }, { Field::TitleEn, QStringLiteral("Plan") } });
    m_area = add(Entity::KeyArea, { { Field::Plan, plan }, { Field::TitleEn, QStringLiteral("Area") } });
    measure(1, QStringLiteral("not_started"), 20, QDate(2018, 3, 31)); // inconsistent; overdue after March 2018
    measure(2, QStringLiteral("completed"), 80, QDate(2017, 3, 31));   // inconsistent, never overdue
    const QString m3 = measure(3, QStringLiteral("under_way"), 50, QDate(2017, 3, 31)); // overdue, served
    measure(4, QStringLiteral("under_way"), 10, QDate(2020, 3, 31));   // under way, no project
    measure(5, QStringLiteral("cancelled"), 0, QDate(2016, 3, 31));    // cancelled: never overdue
    m_project = add(Entity::Project, { { Field::Code, QStringLiteral("A-1") }, { Field::Organization, m_org },
                                       { Field::DeclaredOverall, QStringLiteral("red") } });
    add(Entity::Project, { { Field::Code, QStringLiteral("A-2") }, { Field::Organization, m_org } }); // serves nothing
    add(Entity::Project, { { Field::Code, QStringLiteral("A-3") }, { Field::State, QStringLiteral("completed") } });
    QVERIFY(StructureEdits::linkProjectToMeasure(*m_file, m_project, m3, true, QStringLiteral("Link")).ok);
    QVERIFY(m_file->insertRow(Entity::Envelope, { { Field::FiscalYear, 2016 }, { Field::Organization, m_file->rowId(Entity::Organization, m_org) },
                                                  { Field::Granted, 5e6 }, { Field::Committed, 6e6 } }).size());
    QVERIFY(m_file->insertRow(Entity::Envelope, { { Field::FiscalYear, 2017 }, { Field::Organization, m_file->rowId(Entity::Organization, m_org) },
                                                  { Field::Granted, 5e6 }, { Field::Committed, 5e6 } }).size());
}

void TestStrategyChecks::flagsOfOneMeasure()
{
    const QDate asOf(2017, 6, 30);
    QList<Measure> all = Repository::measures(*m_file);
    QCOMPARE(all.size(), 5);
    QCOMPARE(MeasureChecks::flags(all.at(0), asOf, 0), unsigned(InconsistentFlag));
    QCOMPARE(MeasureChecks::flags(all.at(0), QDate(2018, 4, 1), 0), unsigned(InconsistentFlag | OverdueFlag));
    QCOMPARE(MeasureChecks::flags(all.at(1), asOf, 0), unsigned(InconsistentFlag));
    QCOMPARE(MeasureChecks::flags(all.at(2), asOf, 1), unsigned(OverdueFlag));
    QCOMPARE(MeasureChecks::flags(all.at(3), asOf, 0), unsigned(NoProjectFlag));
    QCOMPARE(MeasureChecks::flags(all.at(3), asOf, -1), unsigned(NoMeasureFlag)); // projects unknown
    QCOMPARE(MeasureChecks::flags(all.at(4), asOf, 0), unsigned(NoMeasureFlag));
    const QLocale en(QLocale::English, QLocale::Canada);
    QCOMPARE(MeasureChecks::describe(all.at(0), InconsistentFlag, en), QStringList { QStringLiteral("Not started, yet 20% complete") });
    QCOMPARE(MeasureChecks::describe(all.at(1), InconsistentFlag | NoProjectFlag, en),
             (QStringList { QStringLiteral("Completed, yet only 80% complete"), QStringLiteral("Under way, and no project serves it") }));
}

void TestStrategyChecks::countsOverTheFile()
{
    StrategyChecks c;
    QString error;
    QVERIFY2(MeasureChecks::compute(*m_file, QDate(2017, 6, 30), &c, &error), qPrintable(error));
    QCOMPARE(c.inconsistent, 2);
    QCOMPARE(c.overdue, 1);
    QCOMPARE(c.measuresWithoutProject, 1);
    QCOMPARE(c.projectsWithoutMeasure, 1); // A-2; A-3 is completed
    QCOMPARE(c.envelopesOvercommitted, 1);
    QVERIFY(MeasureChecks::compute(*m_file, QDate(2018, 4, 1), &c, &error));
    QCOMPARE(c.overdue, 2);
    QCOMPARE(MeasureChecks::toText(c, QLocale(QLocale::English, QLocale::Canada)),
             QStringLiteral("Measures flagged as of April 1, 2018: 2 with status and percent in disagreement, 2 past due\n"
                            "Links: 1 measure under way with no project, 1 active project serving no measure, "
                            "1 envelope committed beyond what was granted\n"));
}

void TestStrategyChecks::summaryJsonKeys()
{
    Summary s;
    QString error;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, &error));
    StrategyChecks c;
    QVERIFY(MeasureChecks::compute(*m_file, QDate(2017, 6, 30), &c, &error));
    JsonTree tree = SummaryBuilder::toJsonTree(s);
    MeasureChecks::addToJson(&tree, c);
    const QJsonObject json = tree.toJsonObject();
    const QJsonObject flags = json[QLatin1String("measures")][QLatin1String("flags")].toObject();
    QCOMPARE(flags.keys(), (QStringList { QStringLiteral("inconsistent"), QStringLiteral("overdue") }));
    QCOMPARE(flags[QLatin1String("inconsistent")].toInt(), 2);
    QCOMPARE(json[QLatin1String("measures")][QLatin1String("total")].toInt(), 5); // the summary's own keys stay
    const QJsonObject links = json[QLatin1String("links")].toObject();
    QCOMPARE(links.keys(), (QStringList { QStringLiteral("envelopes_overcommitted"), QStringLiteral("measures_without_project"),
                                          QStringLiteral("projects_without_measure") }));
    QCOMPARE(links[QLatin1String("measures_without_project")].toInt(), 1);
}

void TestStrategyChecks::linkedProjectsAndEnvelopes()
{
    const auto byMeasure = StrategyLinks::projectsByMeasure(*m_file);
    QCOMPARE(byMeasure.size(), 1);
    const QList<LinkedProject> linked = byMeasure.constBegin().value();
    QCOMPARE(linked.size(), 1);
    QCOMPARE(linked.first().code, QStringLiteral("A-1"));
    QCOMPARE(linked.first().overall, Health::Red);
    QCOMPARE(StrategyLinks::projectsOfMeasure(*m_file, byMeasure.constBegin().key()).size(), 1);
    const QHash<RowId, int> counts = StrategyLinks::projectCountsByMeasure(*m_file);
    QCOMPARE(counts, (QHash<RowId, int> { { byMeasure.constBegin().key(), 1 } }));
    QCOMPARE(StrategyLinks::measuresOfProject(*m_file, m_file->rowId(Entity::Project, m_project)),
             QList<RowId> { byMeasure.constBegin().key() });
    QCOMPARE(StrategyLinks::fiscalYearOf(QDate(2017, 3, 31), 4), 2016);
    QCOMPARE(StrategyLinks::fiscalYearOf(QDate(2017, 4, 1), 4), 2017);
    QCOMPARE(StrategyLinks::fiscalYearOf(QDate(2017, 4, 1), 1), 2017);
    const auto envelope = StrategyLinks::envelopeOf(*m_file, m_file->rowId(Entity::Project, m_project), 2016);
    QVERIFY(envelope);
    QVERIFY(StrategyLinks::isOvercommitted(*envelope));
    QCOMPARE(StrategyLinks::projectsOfEnvelope(*m_file, envelope->id).size(), 2); // both active
    QVERIFY(!StrategyLinks::envelopeOf(*m_file, m_file->rowId(Entity::Project, m_project), 2020));
}

void TestStrategyChecks::moneyInThePortfolioCurrency()
{
    const QLocale en(QLocale::English, QLocale::Canada);
    const QLocale fr(QLocale::French, QLocale::Canada);
    QCOMPARE(formatMoneyMillions(415.56e6, en, 2, QStringLiteral("CAD")), QStringLiteral("$415.56M"));
    QCOMPARE(formatMoneyMillions(415.56e6, fr, 2, QStringLiteral("CAD")), QStringLiteral("415,56\u00a0M$"));
    QCOMPARE(formatMoneyMillions(415.56e6, en, 2, QStringLiteral("USD")), QStringLiteral("US$415.56M"));
    QCOMPARE(formatMoneyMillions(415.56e6, fr, 2, QStringLiteral("USD")), QStringLiteral("415,56\u00a0M$\u00a0US"));
    QCOMPARE(formatMoneyMillions(12.5e6, en, 2, QStringLiteral("EUR")), QStringLiteral("€12.50M"));
    QCOMPARE(formatMoneyMillions(3e6, fr, 2, QStringLiteral("CHF")), QStringLiteral("3,00\u00a0M\u00a0CHF"));
    // The sign before the currency, and thousands where millions would read 0.00.
    QCOMPARE(formatMoneyMillions(-410e3, en, 2, QStringLiteral("USD")), QStringLiteral("-US$0.41M"));
    QCOMPARE(formatMoneyMillions(3500, en, 2, QStringLiteral("EUR")), QStringLiteral("€3.5K"));
}

QTEST_GUILESS_MAIN(TestStrategyChecks)
// The summary counts the active projects serving no measure in its own scan of the projects, the links
// merged in by project id: the same count as the checks' two scans and as SQL's NOT EXISTS, with projects
// serving several measures, completed ones linked or not, and the first and last projects linked or not.
void TestStrategyChecks::summaryCountsUnlinkedInItsScan()
{
    QList<QString> measures;
    for (const Measure &m : Repository::measures(*m_file))
        measures << m.uuid;
    for (int i = 0; i < 40; ++i) {
        const QString uuid = add(Entity::Project, { { Field::Code, QStringLiteral("S-%1").arg(i) },
                                                    { Field::State, i % 7 == 3 ? QStringLiteral("completed") : QStringLiteral("active") } });
        for (int m = 0; m < (i % 5 == 0 ? 2 : i % 3 == 0 ? 1 : 0); ++m)
            QVERIFY(StructureEdits::linkProjectToMeasure(*m_file, uuid, measures.at((i + m) % measures.size()), true,
                                                         QStringLiteral("Link")).ok);
    }
    const QString last = add(Entity::Project, { { Field::Code, QStringLiteral("S-LAST") } }); // active, unlinked
    QVERIFY(!last.isEmpty());
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project p WHERE p.state = 'active' AND NOT EXISTS "
                                  "(SELECT 1 FROM project_measure l WHERE l.project_id = p.id)")) && q.next());
    const int expected = q.value(0).toInt();
    QVERIFY(expected > 10);
    Summary s;
    QString error;
    QVERIFY2(SummaryBuilder::compute(*m_file, &s, &error), qPrintable(error));
    QCOMPARE(s.activeWithoutMeasure, expected);
    StrategyChecks apart, beside;
    QVERIFY(MeasureChecks::compute(*m_file, QDate(2017, 6, 30), &apart, &error));
    QVERIFY(MeasureChecks::compute(*m_file, QDate(2017, 6, 30), s, &beside, &error));
    QCOMPARE(apart.projectsWithoutMeasure, expected);
    QCOMPARE(MeasureChecks::toText(beside, QLocale(QLocale::English, QLocale::Canada)),
             MeasureChecks::toText(apart, QLocale(QLocale::English, QLocale::Canada)));
}

#include "tst_strategychecks.moc"
