#include "analysis/briefingdraft.h"
#include "analysis/briefingfacts.h"
#include "analysis/briefingitems.h"
#include "analysis/briefingtext.h"
#include "sample/quebecsample.h"
#include "sample/synthetic.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include "briefingfixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

// Golden tests of the drafted council briefing: which measures and projects land in which section, and
// the exact English and French wording. Set VIGIE_UPDATE_GOLDEN=1 to rewrite the expected files after a
// deliberate change, then read the diff.
class TestBriefingDraft : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void sectionsOfTheTestPortfolio();
    void bothLanguagesAlways();
    void firstPeriodHasNoPrevious();
    void oneIsSingular();
    void factsFollowThePeriod();
    void blockMarkers();
    void itemsRoundTrip();
    void quebecSample();
    void largePortfolioNamesAFew();

private:
    QList<DraftedItem> draftFor(const QString &label, BriefingFacts *facts = nullptr);
    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
};

void TestBriefingDraft::initTestCase()
{
    m_file = VigieTest::makeBriefingPortfolio(m_dir.filePath(QStringLiteral("b.vigie")));
    QVERIFY(m_file);
    QCOMPARE(BriefingFactsReader::periods(*m_file).size(), 2);
}

QList<DraftedItem> TestBriefingDraft::draftFor(const QString &label, BriefingFacts *facts)
{
    const auto period = BriefingFactsReader::periodByLabel(*m_file, label);
    BriefingFacts f;
    QString error;
    if (!period || !BriefingFactsReader::read(*m_file, period->id, &f, &error)) {
        qWarning("no facts for %s: %s", qPrintable(label), qPrintable(error));
        return {};
    }
    if (facts)
        *facts = f;
    return BriefingDrafter::draft(f);
}

void TestBriefingDraft::golden_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("expected");
    QTest::newRow("august-2016") << QStringLiteral("August 2016") << QStringLiteral("test-portfolio-august-2016.txt");
    QTest::newRow("march-2016") << QStringLiteral("March 2016") << QStringLiteral("test-portfolio-march-2016.txt");
}

void TestBriefingDraft::golden()
{
    QFETCH(QString, period);
    QFETCH(QString, expected);
    BriefingFacts facts;
    const QList<DraftedItem> items = draftFor(period, &facts);
    QVERIFY(!items.isEmpty());
    const QString actual = BriefingDrafter::describe(items, facts);
    const QString path = QStringLiteral(VIGIE_TEST_DATA "/briefing/") + expected;
    if (qEnvironmentVariableIsSet("VIGIE_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(actual, QString::fromUtf8(in.readAll()));
}

void TestBriefingDraft::sectionsOfTheTestPortfolio()
{
    BriefingFacts facts;
    const QList<DraftedItem> items = draftFor(QStringLiteral("August 2016"), &facts);
    QCOMPARE(facts.previous->label, QStringLiteral("August 2016") == facts.period->label ? QStringLiteral("March 2016") : QString());
    QHash<QString, QStringList> bySection; // "1" → ["measure-completed M9", …]
    const QString golden = BriefingDrafter::describe(items, facts);
    for (const QString &line : golden.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList w = line.split(QLatin1Char(' '));
        bySection[w.at(0)] << QStringLiteral("%1 %2 %3").arg(w.at(1), w.at(2), w.at(3));
    }
    const QStringList s1 = bySection.value(QStringLiteral("1"));
    QVERIFY(s1.contains(QStringLiteral("measure-completed M9 -")));       // completed since March
    QVERIFY(!s1.contains(QStringLiteral("measure-completed M10 -")));     // already completed in March
    QVERIFY(s1.contains(QStringLiteral("project-delivered - P-D")));      // delivered May 2016
    QVERIFY(!s1.contains(QStringLiteral("project-delivered - P-E")));     // delivered in 2015
    const QStringList s2 = bySection.value(QStringLiteral("2"));
    QCOMPARE(s2, (QStringList { QStringLiteral("measure-due M12 -"), QStringLiteral("measure-due M15 -"),
                                QStringLiteral("project-due - P-A"), QStringLiteral("project-due - P-B"),
                                QStringLiteral("project-due - P-F") }));
    const QStringList s3 = bySection.value(QStringLiteral("3"));
    QVERIFY(s3.contains(QStringLiteral("projects-red - -")));
    QVERIFY(s3.contains(QStringLiteral("project-red - P-B")));
    QVERIFY(s3.contains(QStringLiteral("project-red - P-C")));
    QVERIFY(!s3.contains(QStringLiteral("project-red - P-A")));
    QVERIFY(s3.contains(QStringLiteral("measure-overdue M13 -")));
    QCOMPARE(s3.count(QStringLiteral("specialty-at-risk - -")), 2);        // security 60%, development 75%
    QVERIFY(s3.contains(QStringLiteral("envelope-gap - -")));
    QCOMPARE(bySection.value(QStringLiteral("4")), QStringList { QStringLiteral("topic-expertise - -") });

    QCOMPARE(items.first().text.en,
             QStringLiteral("Of the 6 measures to be taken by March 31, 2018: 2 have been completed; 3 are under way; "
                            "1 has not started."));
    QCOMPARE(items.first().text.fr,
             QString::fromUtf8("Des 6 mesures à réaliser d'ici le 31\u00a0mars 2018\u00a0: 2 ont été réalisées; 3 sont en cours; "
                               "1 n'est pas amorcée."));
}

void TestBriefingDraft::bothLanguagesAlways()
{
    for (const QString &label : { QStringLiteral("March 2016"), QStringLiteral("August 2016") }) {
        for (const DraftedItem &d : draftFor(label)) {
            QVERIFY2(d.text.isComplete(), qPrintable(d.kind));
            if (BriefingBlock::kind(d.text.en) == BriefingBlock::Kind::Text)
                QVERIFY2(d.text.en != d.text.fr, qPrintable(d.text.en));
            else
                QCOMPARE(d.text.fr, d.text.en);
        }
    }
    // Money in each language's own format.
    bool seen = false;
    for (const DraftedItem &d : draftFor(QStringLiteral("August 2016"))) {
        if (d.kind == QLatin1String("envelope-gap")) {
            QVERIFY2(d.text.en.contains(QStringLiteral("$60.00M")) && d.text.en.contains(QStringLiteral("$8.00M")), qPrintable(d.text.en));
            QVERIFY2(d.text.fr.contains(QStringLiteral("60,00\u00a0M$")) && d.text.fr.contains(QStringLiteral("8,00\u00a0M$")), qPrintable(d.text.fr));
            seen = true;
        }
    }
    QVERIFY(seen);
}

void TestBriefingDraft::oneIsSingular()
{
    // A portfolio of one measure and one project was drafted as "Of the 1 measures…", "1 active projects
    // with authorized budgets…", « 1 projets actifs »: council documents with their grammar wrong.
    BriefingFacts facts;
    QVERIFY(!draftFor(QStringLiteral("August 2016"), &facts).isEmpty());
    for (int &n : facts.measuresByStatus)
        n = 0;
    facts.measuresByStatus[int(MeasureStatus::UnderWay)] = 1;
    facts.activeProjects = 1;
    facts.red.count = 1;
    QHash<QString, BilingualText> text;
    for (const DraftedItem &d : BriefingDrafter::draft(facts))
        text.insert(d.kind, d.text);
    const BilingualText measures = text.value(QStringLiteral("measures-standing"));
    QVERIFY2(measures.en.startsWith(QStringLiteral("Of the 1 measure to be taken by ")), qPrintable(measures.en));
    QVERIFY2(measures.fr.startsWith(QStringLiteral("Sur 1 mesure à réaliser d'ici le ")), qPrintable(measures.fr));
    const BilingualText health = text.value(QStringLiteral("project-health"));
    QVERIFY2(health.en.contains(QStringLiteral(": 1 active project with an authorized budget of ")), qPrintable(health.en));
    QVERIFY2(health.fr.contains(QStringLiteral("\u00a0: 1 projet actif dont le budget autorisé est de ")), qPrintable(health.fr));
    const BilingualText red = text.value(QStringLiteral("projects-red"));
    QVERIFY2(red.en.startsWith(QStringLiteral("The only active project is red")), qPrintable(red.en));
    QVERIFY2(red.fr.startsWith(QStringLiteral("Le seul projet actif est au rouge")), qPrintable(red.fr));
    // Two, in both languages: plural.
    facts.activeProjects = 2;
    for (const DraftedItem &d : BriefingDrafter::draft(facts)) {
        if (d.kind == QLatin1String("project-health")) {
            QVERIFY2(d.text.en.contains(QStringLiteral(": 2 active projects with authorized budgets of ")), qPrintable(d.text.en));
            QVERIFY2(d.text.fr.contains(QStringLiteral("\u00a0: 2 projets actifs dont les budgets autorisés totalisent ")),
                     qPrintable(d.text.fr));
        }
    }
}

void TestBriefingDraft::firstPeriodHasNoPrevious()
{
    BriefingFacts facts;
    const QList<DraftedItem> items = draftFor(QStringLiteral("March 2016"), &facts);
    QVERIFY(!facts.previous);
    QCOMPARE(facts.measuresByStatus[int(MeasureStatus::Completed)], 1);
    QStringList completed;
    for (const DraftedItem &d : items)
        if (d.kind == QLatin1String("measure-completed"))
            completed << d.text.en;
    QCOMPARE(completed.size(), 1);
    QVERIFY(completed.first().startsWith(QStringLiteral("Portrait of the IT workforce (Measure 10, Key Area 2")));
}

void TestBriefingDraft::factsFollowThePeriod()
{
    BriefingFacts march, august;
    draftFor(QStringLiteral("March 2016"), &march);
    draftFor(QStringLiteral("August 2016"), &august);
    // In March every project was frozen green; five were active then, four in August.
    QCOMPARE(march.activeProjects, 5);
    QCOMPARE(march.cost.green.count, 5);
    QCOMPARE(august.activeProjects, 4);
    QCOMPARE(august.activeAmount, 17.5e6);
    QCOMPARE(august.cost.red.count, 1);
    QCOMPARE(august.schedule.red.count, 2);
    QCOMPARE(august.schedule.red.amount, 7e6);
    QCOMPARE(august.envelopeYear, 2016);
    QCOMPARE(august.workforceOrganizations, 2);
}

void TestBriefingDraft::blockMarkers()
{
    const QString chart = BriefingBlock::chartMarker(QStringLiteral("project-health-cost"));
    QCOMPARE(chart, QStringLiteral("{{chart:project-health-cost}}"));
    QCOMPARE(BriefingBlock::kind(chart), BriefingBlock::Kind::Chart);
    QCOMPARE(BriefingBlock::id(chart), QStringLiteral("project-health-cost"));
    QCOMPARE(BriefingBlock::kind(BriefingBlock::tableMarker(QStringLiteral("project-health"))), BriefingBlock::Kind::Table);
    QCOMPARE(BriefingBlock::kind(QStringLiteral("Cloud {{chart:x}}")), BriefingBlock::Kind::Text);
    QVERIFY(BriefingBlock::isReserved(QStringLiteral("  {{chart:x")));
    QCOMPARE(BriefingText::sectionTitle(BriefingSection::IssuesAndNeeds, QStringLiteral("fr")), QStringLiteral("3. Enjeux et besoins"));
    QCOMPARE(BriefingText::money(415.56e6, QStringLiteral("fr")), QStringLiteral("415,56\u00a0M$"));
    QCOMPARE(BriefingText::money(415.56e6, QStringLiteral("en")), QStringLiteral("$415.56M"));
    ReportingPeriod p;
    p.label = QStringLiteral("August 2016");
    p.asOf = QDate(2016, 8, 31);
    QCOMPARE(BriefingText::periodLabel(p, QStringLiteral("fr")), QString::fromUtf8("août 2016"));
    p.label = QStringLiteral("T2 2016");
    QCOMPARE(BriefingText::periodLabel(p, QStringLiteral("fr")), QStringLiteral("T2 2016"));
}

void TestBriefingDraft::itemsRoundTrip()
{
    const auto period = BriefingFactsReader::periodByLabel(*m_file, QStringLiteral("August 2016"));
    QVERIFY(period);
    const QList<DraftedItem> drafted = draftFor(QStringLiteral("August 2016"));
    const QList<BriefingItem> memory = BriefingItems::fromDraft(drafted, period->id);
    QCOMPARE(memory.size(), drafted.size());
    QVERIFY(BriefingItems::load(*m_file, period->id).isEmpty());
    for (const BriefingItem &b : memory)
        QVERIFY(!m_file->insertRow(Entity::BriefingItem, BriefingItems::rowValues(b)).isEmpty());
    const QList<BriefingItem> loaded = BriefingItems::load(*m_file, period->id);
    QCOMPARE(loaded.size(), memory.size());
    for (int i = 0; i < loaded.size(); ++i) {
        QCOMPARE(loaded.at(i).section, memory.at(i).section);
        QCOMPARE(loaded.at(i).position, memory.at(i).position);
        QCOMPARE(loaded.at(i).text.fr, memory.at(i).text.fr);
        QCOMPARE(loaded.at(i).measureId, memory.at(i).measureId);
        QCOMPARE(loaded.at(i).origin, QStringLiteral("drafted"));
    }
    QVERIFY(BriefingItems::load(*m_file, 0).isEmpty());
}

// The Quebec sample (Sept. 2016 briefing): golden file, plus the facts the seed briefing states.
void TestBriefingDraft::quebecSample()
{
    const QString path = m_dir.filePath(QStringLiteral("q.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    FileError fileError;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fileError);
    QVERIFY(file);
    BriefingFacts facts;
    QVERIFY2(BriefingFactsReader::read(*file, 0, &facts, &error), qPrintable(error));
    QCOMPARE(facts.period->label, QStringLiteral("August 2016"));
    QVERIFY(facts.previous);
    QCOMPARE(facts.measuresTotal(), 36);
    QCOMPARE(facts.measuresByStatus[int(MeasureStatus::Completed)], 11);
    QCOMPARE(facts.measuresByStatus[int(MeasureStatus::UnderWay)], 21);
    QCOMPARE(facts.activeProjects, 197);
    QCOMPARE(facts.cost.green.count, 186);
    QCOMPARE(qRound(facts.cost.green.amount / 1e4), 41556);
    QCOMPARE(facts.schedule.red.count, 31);
    QCOMPARE(qRound(facts.schedule.red.amount / 1e4), 6740);

    const QList<DraftedItem> items = BriefingDrafter::draft(facts);
    QCOMPARE(items.first().text.en, QStringLiteral("Of the 36 measures to be taken by March 31, 2018: 11 have been completed; "
                                                   "21 are under way; 4 have not started."));
    QHash<RowId, BriefingMeasure> measures;
    for (const BriefingMeasure &m : facts.measures)
        measures.insert(m.id, m);
    int completed = 0;
    for (const DraftedItem &d : items) {
        if (d.kind == QLatin1String("measure-completed")) {
            ++completed;
            QCOMPARE(d.section, BriefingSection::Accomplishments);
            QCOMPARE(measures.value(d.measureId).status, MeasureStatus::Completed);
            QVERIFY(measures.value(d.measureId).previousStatus != MeasureStatus::Completed);
        }
        if (d.kind == QLatin1String("measure-due"))
            QVERIFY(measures.value(d.measureId).status != MeasureStatus::Completed);
    }
    QVERIFY(completed > 0 && completed < 11); // since March, not all eleven

    const QString actual = BriefingDrafter::describe(items, facts);
    const QString golden = QStringLiteral(VIGIE_TEST_DATA "/briefing/quebec-2016-august-2016.txt");
    if (qEnvironmentVariableIsSet("VIGIE_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile in(golden);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden));
    QCOMPARE(actual, QString::fromUtf8(in.readAll()));
}

// A large portfolio: every list names its five largest projects and counts all of them, the counts
// being what plain SQL finds in the period's frozen rows.
void TestBriefingDraft::largePortfolioNamesAFew()
{
    const QString path = m_dir.filePath(QStringLiteral("large.vigie"));
    SyntheticOptions options;
    options.projects = 3000;
    QString error;
    QVERIFY2(SyntheticSample::write(path, options, &error), qPrintable(error));
    FileError fileError;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fileError);
    QVERIFY(file);
    BriefingFacts f;
    QVERIFY2(BriefingFactsReader::read(*file, 0, &f, &error), qPrintable(error));
    QSqlQuery q(sqlDatabase(*file));
    auto count = [&](const QString &where) {
        const bool ok = q.exec(QStringLiteral("SELECT COUNT(*), TOTAL(pp.budget) FROM period_project pp JOIN project p ON p.id = pp.project_id "
                                              "WHERE pp.period_id = %1 AND %2").arg(f.period->id).arg(where))
            && q.next();
        return ok ? std::pair { q.value(0).toInt(), q.value(1).toDouble() } : std::pair { -1, 0.0 };
    };
    const QString asOf = f.asOf.toString(Qt::ISODate);
    const auto delivered = count(QStringLiteral("pp.state = 'completed' AND p.delivered_date > '%1' AND p.delivered_date <= '%2'")
                                     .arg(f.windowStart().toString(Qt::ISODate), asOf));
    const auto due = count(QStringLiteral("pp.state = 'active' AND COALESCE(pp.forecast_end, p.planned_end) > '%1' "
                                          "AND COALESCE(pp.forecast_end, p.planned_end) <= '%2'")
                               .arg(asOf, f.asOf.addMonths(BriefingFacts::kHorizonMonths).toString(Qt::ISODate)));
    const auto red = count(QStringLiteral("pp.state = 'active' AND pp.overall = 'red'"));
    const auto active = count(QStringLiteral("pp.state = 'active'"));
    QCOMPARE(f.activeProjects, active.first);
    QCOMPARE(f.activeAmount, active.second);
    const std::pair<const BriefingProjectList *, std::pair<int, double>> lists[] = { { &f.delivered, delivered }, { &f.due, due },
                                                                                     { &f.red, red } };
    for (const auto &[list, expected] : lists) {
        QVERIFY(expected.first > BriefingFacts::kNamedProjects);
        QCOMPARE(list->count, expected.first);
        QCOMPARE(qRound64(list->amount), qRound64(expected.second));
        QCOMPARE(list->named.size(), BriefingFacts::kNamedProjects);
        for (const BriefingProject &p : list->named)
            QVERIFY(!p.name.en.isEmpty() && !p.organization.isEmpty());
    }
    // The largest: no project of the list outside the named ones has a larger budget than the smallest named.
    double smallest = f.due.named.last().budget;
    for (const BriefingProject &p : f.due.named)
        smallest = std::min(smallest, p.budget);
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(pp.budget) FROM period_project pp JOIN project p ON p.id = pp.project_id "
                                  "WHERE pp.period_id = %1 AND pp.state = 'active' AND pp.overall = 'red'").arg(f.period->id)) && q.next());
    QCOMPARE(f.red.named.first().budget, q.value(0).toDouble());
    QVERIFY(smallest > 0);

    const QList<DraftedItem> items = BriefingDrafter::draft(f);
    QStringList kinds;
    for (const DraftedItem &d : items)
        kinds << d.kind;
    QCOMPARE(kinds.count(QStringLiteral("project-delivered")), BriefingFacts::kNamedProjects);
    QCOMPARE(kinds.count(QStringLiteral("project-due")), BriefingFacts::kNamedProjects);
    QCOMPARE(kinds.count(QStringLiteral("project-red")), BriefingFacts::kNamedProjects);
    for (const DraftedItem &d : items) {
        if (d.kind == QLatin1String("projects-delivered-others")) {
            QVERIFY2(d.text.en.startsWith(QStringLiteral("%1 other projects (").arg(delivered.first - BriefingFacts::kNamedProjects)),
                     qPrintable(d.text.en));
            QVERIFY2(d.text.fr.contains(QStringLiteral("ont été livrés depuis le")), qPrintable(d.text.fr));
        }
    }
    QCOMPARE(kinds.count(QStringLiteral("projects-delivered-others")), 1);
}

QTEST_GUILESS_MAIN(TestBriefingDraft)
#include "tst_briefingdraft.moc"
