#include "analysis/briefingdraft.h"
#include "analysis/briefingfacts.h"
#include "analysis/chartdata.h"
#include "analysis/jsonwriter.h"
#include "analysis/strategychecks.h"
#include "analysis/summary.h"
#include "storage/portfoliofile.h"
#include "storage/readsnapshot.h"
#include "storage/sqlaccess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Vigie;

class TestSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsAndAmounts();
    void declaredWins();
    void everyColourCombination();
    void latestWorkforceSurvey();
    void measuresByArea();
    void areasOfTwoPlansKeptApart();
    void json();
    void jsonStringsEscapedAsQtDoes();
    void jsonTreeWritesWhatTheObjectWriterWrites();
    void summaryReadsOneState();
    void moneyFormats();
    void text();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    QString m_p3;
};

void TestSummary::initTestCase()
{
    FileError error;
    m_file = PortfolioFile::create(m_dir.filePath(QStringLiteral("s.vigie")), QStringLiteral("Summary"), &error);
    QVERIFY(m_file);
    auto project = [&](const QString &code, double budget, double forecast, const QString &state) {
        return m_file->insertRow(Entity::Project, { { Field::Code, code },
                                                    { Field::Budget, budget },
                                                    { Field::ForecastCost, forecast },
                                                    { Field::State, state } });
    };
    project(QStringLiteral("P1"), 1e6, 1.05e6, QStringLiteral("active"));   // green
    project(QStringLiteral("P2"), 2e6, 2.4e6, QStringLiteral("active"));    // yellow (20%)
    m_p3 = project(QStringLiteral("P3"), 3e6, 4.5e6, QStringLiteral("active")); // red (50%)
    project(QStringLiteral("P4"), 4e6, 4e6, QStringLiteral("completed"));   // not counted
    m_file->insertRow(Entity::Project, { { Field::Code, QStringLiteral("P5") },
                                         { Field::Budget, 5e5 } }); // unrated
    for (const QString &uuid : { m_p3 })
        QVERIFY(m_file->recomputeProject(m_file->rowId(Entity::Project, uuid)));

    const QString plan = m_file->insertRow(Entity::Plan, { { Field::Code, QStringLiteral("S") } });
    const RowId planId = m_file->rowId(Entity::Plan, plan);
    for (int area = 1; area <= 2; ++area) {
        const QString a = m_file->insertRow(Entity::KeyArea, { { Field::Plan, planId },
                                                               { Field::Number, area },
                                                               { Field::TitleEn, QStringLiteral("Area %1").arg(area) } });
        const RowId areaId = m_file->rowId(Entity::KeyArea, a);
        const QStringList statuses = area == 1 ? QStringList { QStringLiteral("completed"), QStringLiteral("under_way") }
                                               : QStringList { QStringLiteral("completed"), QStringLiteral("not_started"),
                                                               QStringLiteral("cancelled") };
        int n = 0;
        for (const QString &s : statuses)
            m_file->insertRow(Entity::Measure, { { Field::KeyArea, areaId },
                                                 { Field::Number, area * 10 + ++n },
                                                 { Field::Status, s } });
    }
}

void TestSummary::countsAndAmounts()
{
    Summary s;
    QString error;
    QVERIFY2(SummaryBuilder::compute(*m_file, &s, &error), qPrintable(error));
    QCOMPARE(s.activeProjects, 4);
    QCOMPARE(s.totalAmount, 6.5e6);
    QCOMPARE(s.cost.green.count, 1);
    QCOMPARE(s.cost.yellow.count, 1);
    QCOMPARE(s.cost.red.count, 1);
    QCOMPARE(s.cost.red.amount, 3e6);
    QCOMPARE(s.cost.unrated.count, 1);
    QCOMPARE(s.schedule.unrated.count, 4);
    QCOMPARE(s.overall.red.count, 1);
}

void TestSummary::declaredWins()
{
    QString error;
    QVERIFY2(m_file->setValue(Entity::Project, m_p3, Field::DeclaredCost, QStringLiteral("green"), &error),
             qPrintable(error));
    Summary s;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    QCOMPARE(s.cost.green.count, 2);
    QCOMPARE(s.cost.red.count, 0);
    QVERIFY(m_file->setValue(Entity::Project, m_p3, Field::DeclaredCost, QVariant()));
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    QCOMPARE(s.cost.red.count, 1);
}

// Every combination of declared and computed colours, in every state, against the model's own rule
// (Project::effectiveCost/Schedule/Overall): the summary's single scan must count each project where
// the model puts it.
void TestSummary::everyColourCombination()
{
    QTemporaryDir dir;
    FileError fileError;
    auto file = PortfolioFile::create(dir.filePath(QStringLiteral("c.vigie")), QStringLiteral("C"), &fileError);
    QVERIFY(file);
    const Health colours[] = { Health::Unrated, Health::Green, Health::Yellow, Health::Red };
    auto key = [](Health h) { return h == Health::Unrated ? QVariant(QMetaType::fromType<QString>()) : QVariant(HealthText::key(h)); };
    Summary expected;
    QSqlQuery q(sqlDatabase(*file));
    QVERIFY(sqlDatabase(*file).transaction());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO project (uuid, code, state, budget, declared_cost, computed_cost, "
                                     "declared_schedule, computed_schedule, declared_overall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    int n = 0;
    for (Health dc : colours)
        for (Health cc : colours)
            for (Health ds : colours)
                for (Health cs : colours)
                    for (Health dov : colours) {
                        ++n;
                        const QString state = n % 7 == 0 ? QStringLiteral("completed") : n % 11 == 0 ? QStringLiteral("cancelled") : QStringLiteral("active");
                        const double budget = 1000.0 * n + 0.25;
                        for (const QVariant &v : { QVariant(PortfolioFile::newUuid()), QVariant(QStringLiteral("C%1").arg(n)), QVariant(state),
                                                   QVariant(budget), key(dc), key(cc), key(ds), key(cs), key(dov) })
                            q.addBindValue(v);
                        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                        if (state != QLatin1String("active"))
                            continue;
                        Project p;
                        p.declaredCost = dc;
                        p.computedCost = cc;
                        p.declaredSchedule = ds;
                        p.computedSchedule = cs;
                        p.declaredOverall = dov;
                        expected.activeProjects++;
                        expected.totalAmount += budget;
                        for (auto [indicator, colour] : { std::pair { &expected.cost, p.effectiveCost() },
                                                          std::pair { &expected.schedule, p.effectiveSchedule() },
                                                          std::pair { &expected.overall, p.effectiveOverall() } }) {
                            indicator->bucket(colour).count++;
                            indicator->bucket(colour).amount += budget;
                        }
                    }
    QVERIFY(sqlDatabase(*file).commit());
    Summary s;
    QString error;
    QVERIFY2(SummaryBuilder::compute(*file, &s, &error), qPrintable(error));
    QCOMPARE(s.activeProjects, expected.activeProjects);
    QCOMPARE(s.totalAmount, expected.totalAmount);
    for (Indicator i : { Indicator::Cost, Indicator::Schedule, Indicator::Overall }) {
        for (Health h : colours) {
            QCOMPARE(s.indicator(i).bucket(h).count, expected.indicator(i).bucket(h).count);
            QCOMPARE(s.indicator(i).bucket(h).amount, expected.indicator(i).bucket(h).amount);
        }
    }
    QVERIFY(s.overall.unrated.count > 0 && s.overall.red.count > s.overall.green.count);
}

void TestSummary::latestWorkforceSurvey()
{
    QTemporaryDir dir;
    FileError fileError;
    auto file = PortfolioFile::create(dir.filePath(QStringLiteral("w.vigie")), QStringLiteral("W"), &fileError);
    QVERIFY(file);
    QSqlQuery q(sqlDatabase(*file));
    for (int o = 1; o <= 3; ++o)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO organization (id, uuid, code) VALUES (%1, '%2', 'O%1')").arg(o).arg(PortfolioFile::newUuid())));
    for (int sp = 1; sp <= 2; ++sp)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO specialty (id, uuid, code) VALUES (%1, '%2', 'S%1')").arg(sp).arg(PortfolioFile::newUuid())));
    // (organization, specialty, survey, internal, external): the latest survey counts, whatever the row order.
    const struct { int o, s; const char *date; double in, ex; } rows[] = {
        { 1, 1, "2016-03-31", 10, 2 }, { 2, 1, "2015-03-31", 100, 100 }, { 2, 2, "2016-03-31", 1.5, 0.5 },
        { 1, 2, "2016-03-31", 4, 6 }, { 3, 1, "2015-03-31", 7, 7 }, { 3, 2, "2014-03-31", 9, 9 },
    };
    for (const auto &r : rows) {
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO workforce (uuid, organization_id, specialty_id, survey_date, internal_fte, "
                                         "external_fte) VALUES (?, ?, ?, ?, ?, ?)")));
        for (const QVariant &v : { QVariant(PortfolioFile::newUuid()), QVariant(r.o), QVariant(r.s), QVariant(QString::fromLatin1(r.date)),
                                   QVariant(r.in), QVariant(r.ex) })
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    Summary s;
    QVERIFY(SummaryBuilder::compute(*file, &s, nullptr));
    QCOMPARE(s.workforceSurvey, QDate(2016, 3, 31));
    QCOMPARE(s.internalFte, 15.5);
    QCOMPARE(s.externalFte, 8.5);
    QCOMPARE(s.workforceOrganizations, 2);

    Summary empty;
    QVERIFY(SummaryBuilder::compute(*m_file, &empty, nullptr));
    QVERIFY(!empty.workforceSurvey.isValid());
    QCOMPARE(empty.workforceOrganizations, 0);
}

void TestSummary::measuresByArea()
{
    Summary s;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    QCOMPARE(s.measuresTotal, 5);
    QCOMPARE(s.measuresByStatus[int(MeasureStatus::Completed)], 2);
    QCOMPARE(s.measuresByStatus[int(MeasureStatus::Cancelled)], 1);
    QCOMPARE(s.areas.size(), 2);
    QCOMPARE(s.areas.at(1).byStatus[int(MeasureStatus::NotStarted)], 1);
    QCOMPARE(s.areas.at(0).title.en, QStringLiteral("Area 1"));
}

void TestSummary::areasOfTwoPlansKeptApart()
{
    // Two plans that both number a key area 1, one after the other: each keeps its own measures and
    // says which plan it belongs to (they were once added up under the first plan's title).
    FileError fileError;
    auto file = PortfolioFile::create(m_dir.filePath(QStringLiteral("plans.vigie")), QStringLiteral("Plans"), &fileError);
    QVERIFY(file);
    int measure = 0;
    for (const auto &[code, title, end, statuses] :
         { std::tuple { QStringLiteral("A"), QStringLiteral("Plan A"), QDate(2020, 3, 31),
                        QStringList { QStringLiteral("completed"), QStringLiteral("completed") } },
           std::tuple { QStringLiteral("B"), QStringLiteral("Plan B"), QDate(2023, 3, 31), QStringList { QStringLiteral("under_way") } } }) {
        const RowId plan = file->rowId(Entity::Plan, file->insertRow(Entity::Plan, { { Field::Code, code }, { Field::TitleEn, title },
                                                                                     { Field::EndDate, end } }));
        const RowId area = file->rowId(Entity::KeyArea, file->insertRow(Entity::KeyArea, { { Field::Plan, plan },
                                                                                          { Field::Number, 1 },
                                                                                          { Field::TitleEn, title + QStringLiteral(", area one") } }));
        for (const QString &status : statuses)
            QVERIFY(!file->insertRow(Entity::Measure, { { Field::KeyArea, area }, { Field::Number, ++measure },
                                                        { Field::Status, status } })
                         .isEmpty());
    }
    Summary s;
    QVERIFY(SummaryBuilder::compute(*file, &s, nullptr));
    QCOMPARE(s.areas.size(), 2);
    QVERIFY(areasOfSeveralPlans(s.areas));
    QCOMPARE(s.areas.at(0).planCode, QStringLiteral("A"));
    QCOMPARE(s.areas.at(0).title.en, QStringLiteral("Plan A, area one"));
    QCOMPARE(s.areas.at(0).byStatus[int(MeasureStatus::Completed)], 2);
    QCOMPARE(s.areas.at(0).total(), 2);
    QCOMPARE(s.areas.at(1).planCode, QStringLiteral("B"));
    QCOMPARE(s.areas.at(1).plan.en, QStringLiteral("Plan B"));
    QCOMPARE(s.areas.at(1).byStatus[int(MeasureStatus::UnderWay)], 1);
    QCOMPARE(s.areas.at(1).total(), 1);
    const QJsonArray byArea = SummaryBuilder::toJson(s)[QLatin1String("measures")][QLatin1String("by_area")].toArray();
    QCOMPARE(byArea.size(), 2);
    QCOMPARE(byArea.at(1)[QLatin1String("plan")].toString(), QStringLiteral("B"));
    QCOMPARE(byArea.at(1)[QLatin1String("total")].toInt(), 1);
    const QString text = SummaryBuilder::toText(s, QLocale(QLocale::English, QLocale::Canada));
    QVERIFY2(text.contains(QStringLiteral("  Plan B, Plan B\n    Key area 1, Plan B, area one: 0 completed of 1")), qPrintable(text));

    // The briefing's facts group the same way.
    BriefingFacts facts;
    QString error;
    QVERIFY2(BriefingFactsReader::read(*file, 0, &facts, &error), qPrintable(error));
    QCOMPARE(facts.areas.size(), 2);
    QCOMPARE(facts.areas.at(0).planCode, QStringLiteral("A"));
    QCOMPARE(facts.areas.at(0).total(), 2);
    QCOMPARE(facts.areas.at(1).planCode, QStringLiteral("B"));
    QCOMPARE(facts.areas.at(1).total(), 1);
    QCOMPARE(facts.planEnd, QDate(2023, 3, 31)); // the later plan's end, not the first plan's
    // The briefing names a measure's plan before its number and key area, in both languages.
    QStringList completed;
    for (const DraftedItem &d : BriefingDrafter::draft(facts))
        if (d.kind == QLatin1String("measure-completed"))
            completed << d.text.en << d.text.fr;
    QCOMPARE(completed,
             QStringList({ QStringLiteral("Measure 1 (A · Measure 1, Key Area 1 – Plan A, area one)."),
                           QStringLiteral("Mesure 1 (A · mesure 1, axe 1 – Plan A, area one ‡)."),
                           QStringLiteral("Measure 2 (A · Measure 2, Key Area 1 – Plan A, area one)."),
                           QStringLiteral("Mesure 2 (A · mesure 2, axe 1 – Plan A, area one ‡).") }));

    // The charts' key areas (the measures chart and its filter) name the plan of each.
    const QList<FilterChoice> choices = ChartDataBuilder::keyAreas(*file, QStringLiteral("en"));
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.at(1).label, QStringLiteral("B · Area 1: Plan B, area one"));

    // One plan: no plan line in the text, no plan code in the charts.
    QCOMPARE(ChartDataBuilder::keyAreas(*m_file, QStringLiteral("en")).at(0).label, QStringLiteral("Area 1: Area 1"));
    Summary one;
    QVERIFY(SummaryBuilder::compute(*m_file, &one, nullptr));
    QVERIFY(!areasOfSeveralPlans(one.areas));
    const QString oneText = SummaryBuilder::toText(one, QLocale(QLocale::English, QLocale::Canada));
    QVERIFY2(!oneText.contains(QStringLiteral("  Plan ")) && oneText.contains(QStringLiteral("  Key area 1, Area 1")), qPrintable(oneText));
    BriefingFacts oneFacts;
    QVERIFY2(BriefingFactsReader::read(*m_file, 0, &oneFacts, &error), qPrintable(error));
    QStringList oneCompleted;
    for (const DraftedItem &d : BriefingDrafter::draft(oneFacts))
        if (d.kind == QLatin1String("measure-completed"))
            oneCompleted << d.text.en;
    QCOMPARE(oneCompleted, QStringList({ QStringLiteral("Measure 11 (Measure 11, Key Area 1 – Area 1)."),
                                         QStringLiteral("Measure 21 (Measure 21, Key Area 2 – Area 2).") }));
}

void TestSummary::json()
{
    Summary s;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    const QJsonObject o = SummaryBuilder::toJson(s);
    const QJsonObject red = o[QLatin1String("projects")][QLatin1String("cost")][QLatin1String("red")].toObject();
    QCOMPARE(red[QLatin1String("count")].toInt(), 1);
    QCOMPARE(red[QLatin1String("percent")].toDouble(), 25.0);
    QCOMPARE(red[QLatin1String("amount")].toDouble(), 3e6);
    QCOMPARE(red[QLatin1String("amount_percent")].toDouble(), 46.15);
    QCOMPARE(o[QLatin1String("measures")][QLatin1String("by_area")].toArray().size(), 2);
    // As printed: amounts keep a decimal part, counts do not, and the text parses back to the same object.
    const QString text = SummaryBuilder::toJsonText(s);
    QVERIFY2(text.contains(QStringLiteral("\"amount\": 3000000.0,")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"total_amount\": 6500000.0")));
    QVERIFY(text.contains(QStringLiteral("\"count\": 1,")));
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), o);
    QCOMPARE(o[QLatin1String("measures")][QLatin1String("by_status")][QLatin1String("not_started")].toInt(), 1);
}

// The writer escapes strings itself (borrowing QJsonDocument for each one was a sixth of a command's
// start): byte for byte what QJsonDocument writes, for every kind of character a name can hold.
void TestSummary::jsonStringsEscapedAsQtDoes()
{
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls += QChar(u);
    const QList<QString> strings {
        QString(),
        QStringLiteral("Ministère de la Santé et des Services sociaux"),
        QStringLiteral("quote \" backslash \\ slash / tab\t end"),
        controls,
        QStringLiteral("\u007f delete, \u00a0 no-break space, \u2028 line separator, \u00e9t\u00e9"),
        QStringLiteral("emoji \U0001F4CA and CJK \u4E2D"),
        QString(QChar(0xd83d)) + QStringLiteral(" lone high, lone low ") + QChar(0xdcca) + QStringLiteral(" reversed ")
            + QChar(0xdcca) + QChar(0xd83d),
    };
    for (const QString &s : strings) {
        const QJsonObject o { { QStringLiteral("key \"\n"), s }, { QStringLiteral("list"), QJsonArray { s, s } } };
        const QByteArray ours = toJsonText(o, {}).toUtf8();
        QCOMPARE(ours, QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
}

// `vigie summary --json` writes a JsonTree, not a QJsonObject (whose inserts were most of the command's
// cost above Qt's floor): the same text the QJsonObject writer gives, members sorted by name, integers by
// type rather than by name, for the summary with its checks and for every kind of value.
void TestSummary::jsonTreeWritesWhatTheObjectWriterWrites()
{
    Summary s;
    StrategyChecks checks;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    QVERIFY(MeasureChecks::compute(*m_file, QDate(2017, 6, 30), &checks, nullptr));
    JsonTree summary = SummaryBuilder::toJsonTree(s);
    MeasureChecks::addToJson(&summary, checks);
    const QString text = summary.toText();
    QCOMPARE(text, toJsonText(summary.toJsonObject(), SummaryBuilder::jsonIntegerKeys() + MeasureChecks::jsonIntegerKeys()));
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), summary.toJsonObject());
    QVERIFY(text.contains(QStringLiteral("\"inconsistent\": ")));

    // Every kind of value, members inserted out of order and one replaced.
    JsonTree tree = JsonTree::object();
    tree.insert(QStringLiteral("zeta"), QStringLiteral("last \"quoted\"\n"));
    tree.insert(QStringLiteral("alpha"), 3);
    tree.insert(QStringLiteral("alpha"), 4); // replaced, as QJsonObject::insert replaces
    JsonTree &nested = tree.insert(QStringLiteral("nested"), JsonTree::object());
    nested.insert(QStringLiteral("b_count"), qint64(1) << 40);
    nested.insert(QStringLiteral("a"), JsonTree::array());
    nested.insert(QStringLiteral("flag"), true);
    nested.insert(QStringLiteral("nothing"), JsonTree());
    JsonTree list = JsonTree::array();
    for (double v : { 12.0, -5.0, 0.5, 1e15, 123456.789, 428490000.0, 0.1 + 0.2 })
        list.append(v);
    list.append(QStringLiteral("Ministère"));
    tree.insert(QStringLiteral("list"), std::move(list));
    const QString written = tree.toText();
    QCOMPARE(written, toJsonText(tree.toJsonObject(), { QStringLiteral("alpha"), QStringLiteral("b_count") }));
    QCOMPARE(written,
             QStringLiteral("{\n    \"alpha\": 4,\n    \"list\": [\n        12.0,\n        -5.0,\n        0.5,\n"
                            "        1000000000000000.0,\n        123456.789,\n        428490000.0,\n        0.3,\n"
                            "        \"Ministère\"\n    ],\n    \"nested\": {\n        \"a\": [],\n"
                            "        \"b_count\": 1099511627776,\n        \"flag\": true,\n        \"nothing\": null\n"
                            "    },\n    \"zeta\": \"last \\\"quoted\\\"\\n\"\n}\n"));
    // A negative zero, as the six-decimal formatting always wrote it.
    JsonTree zero = JsonTree::object();
    zero.insert(QStringLiteral("z"), -0.0);
    QCOMPARE(zero.toText(), QStringLiteral("{\n    \"z\": 0.0\n}\n"));
}

// `vigie summary` reads the file under one ReadSnapshot: no other program can commit between two of its
// dozen statements (SQLite makes the writer wait), so a report never mixes two states of the file; once
// the snapshot ends, the write goes through.
void TestSummary::summaryReadsOneState()
{
    FileError error;
    auto reader = PortfolioFile::open(m_file->path(), PortfolioFile::Access::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error.message));
    sqlite3 *writer = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_file->path()).constData(), &writer, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    sqlite3_busy_timeout(writer, 0); // refused at once rather than after a wait
    const char *write = "UPDATE portfolio SET name = name || ''";
    Summary before;
    {
        const ReadSnapshot snapshot(*reader);
        QVERIFY(SummaryBuilder::compute(*reader, &before, nullptr));
        QCOMPARE(sqlite3_exec(writer, write, nullptr, nullptr, nullptr), SQLITE_BUSY);
        Summary again;
        QVERIFY(SummaryBuilder::compute(*reader, &again, nullptr));
        QCOMPARE(again.activeProjects, before.activeProjects);
    }
    QCOMPARE(sqlite3_exec(writer, write, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(writer);
}

void TestSummary::moneyFormats()
{
    const QLocale en(QLocale::English, QLocale::Canada);
    const QLocale fr(QLocale::French, QLocale::Canada);
    QCOMPARE(formatMoneyMillions(415560000.0, en), QStringLiteral("$415.56M"));
    QCOMPARE(formatMoneyMillions(415560000.0, fr), QStringLiteral("415,56\u00a0M$"));
    QCOMPARE(formatMoneyMillions(11900000.0, en), QStringLiteral("$11.90M"));
    QCOMPARE(formatMoneyMillions(11900000.0, fr), QStringLiteral("11,90\u00a0M$"));
    QCOMPARE(formatMoneyMillions(67400000.0, en), QStringLiteral("$67.40M"));
    // Same decimals down a column, the sign before the currency, tiny amounts in thousands.
    QCOMPARE(formatMoneyMillions(2e6, en), QStringLiteral("$2.00M"));
    QCOMPARE(formatMoneyMillions(0.0, en), QStringLiteral("$0.00M"));
    QCOMPARE(formatMoneyMillions(-410000.0, en), QStringLiteral("-$0.41M"));
    QCOMPARE(formatMoneyMillions(-410000.0, fr), QStringLiteral("-0,41\u00a0M$"));
    QCOMPARE(formatMoneyMillions(3500.0, en), QStringLiteral("$3.5K"));
    QCOMPARE(formatMoneyMillions(3500.0, fr), QStringLiteral("3,5\u00a0k$"));
    QCOMPARE(formatMoney(-12.5, en), QStringLiteral("-$12.50"));
}

void TestSummary::text()
{
    Summary s;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, nullptr));
    const QString en = SummaryBuilder::toText(s, QLocale(QLocale::English, QLocale::Canada));
    QVERIFY(en.contains(QStringLiteral("Active projects: 4")));
    QVERIFY(en.contains(QStringLiteral("$6.50M")));
}

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
