// The structure of a portfolio built from nothing through core's edits (StructureEdits): every kind of
// item added, renamed, renumbered, moved and removed, and every rule refusing bad values with a message
// that says what is wrong; an empty file stays a valid portfolio all along.
#include "model/limits.h"
#include "model/valuelimits.h"
#include "storage/edits.h"
#include "storage/integrity.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"
#include "storage/structureedits.h"

#include "i18n/language.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Vigie;

class TestStructureEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void planAreasMeasures();
    void codesAreUniqueIgnoringCase();
    void codesHeldToOneLimitByEveryEdit();
    void amountsHeldToTheLargestByEveryEdit();
    void textsHeldToTheirLimitByEveryEdit();
    void countsAndVariancesHeldToTheirBounds();
    void datesHeldToPlausibleYears();
    void numbersAreUniqueInTheirPlan();
    void badValuesAreRefused_data();
    void badValuesAreRefused();
    void movesKeepNumbersFree();
    void measureStateWritesHistory();
    void removeSaysWhatGoesWithIt();
    void whatAFrozenPeriodReportedStays();
    void organizationsSpecialtiesProjects();
    void linksAreIdempotent();
    void portfolioProperties();
    void undoPutsEverythingBack();
    void envelopesAndWorkforceRecords();
    void authorizationCorrectedUntilReported();

private:
    QString add(Entity entity, const FieldValues &values);
    int count(const QString &table) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    QString m_plan, m_area1, m_area2, m_org;
};

void TestStructureEdits::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    FileError error;
    m_file = PortfolioFile::create(m_dir->filePath(QStringLiteral("s.vigie")), QStringLiteral("Mine"), &error);
    QVERIFY2(m_file, qPrintable(error.message));
    m_org = add(Entity::Organization, { { Field::Code, QStringLiteral("TBS") }, { Field::NameEn, QStringLiteral("Treasury") } });
    m_plan = add(Entity::Plan, { { Field::Code, QStringLiteral("GC-2016") }, { Field::TitleEn, QStringLiteral("IT plan") } });
    m_area1 = add(Entity::KeyArea, { { Field::Plan, m_plan }, { Field::TitleEn, QStringLiteral("Service IT") } });
    m_area2 = add(Entity::KeyArea, { { Field::Plan, m_plan }, { Field::TitleFr, QStringLiteral("TI sécurisée") } });
}

void TestStructureEdits::cleanup()
{
    m_file.reset();
}

QString TestStructureEdits::add(Entity entity, const FieldValues &values)
{
    const EditResult r = StructureEdits::add(*m_file, entity, values, QStringLiteral("Add"));
    if (!r.ok)
        qWarning("add refused: %s", qPrintable(r.error));
    return r.uuid;
}

int TestStructureEdits::count(const QString &table) const
{
    QSqlQuery q(sqlDatabase(*m_file));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

void TestStructureEdits::planAreasMeasures()
{
    // Areas got the next free numbers of their plan; measures number across the plan's areas.
    QCOMPARE(m_file->value(Entity::KeyArea, m_area1, Field::Number).toInt(), 1);
    QCOMPARE(m_file->value(Entity::KeyArea, m_area2, Field::Number).toInt(), 2);
    const QString m1 = add(Entity::Measure, { { Field::KeyArea, m_area1 }, { Field::TitleEn, QStringLiteral("Cloud") },
                                              { Field::Owner, m_org }, { Field::DueDate, QDate(2018, 3, 31) } });
    const QString m2 = add(Entity::Measure, { { Field::KeyArea, m_area2 }, { Field::TitleEn, QStringLiteral("Defences") },
                                              { Field::Status, QStringLiteral("completed") } });
    QVERIFY(!m1.isEmpty() && !m2.isEmpty());
    QCOMPARE(m_file->value(Entity::Measure, m2, Field::Number).toInt(), 2);
    QCOMPARE(m_file->value(Entity::Measure, m2, Field::PercentComplete).toDouble(), 100.0); // completed is 100%
    QCOMPARE(m_file->value(Entity::Measure, m1, Field::Owner).toLongLong(), m_file->rowId(Entity::Organization, m_org));
    QCOMPARE(m_file->value(Entity::Measure, m1, Field::DueDate).toString(), QStringLiteral("2018-03-31"));
    QCOMPARE(StructureEdits::nextNumber(*m_file, Entity::Measure, m_area1), 3);
    // Rename, renumber, clear the owner: one changeset.
    const EditResult r = StructureEdits::set(*m_file, Entity::Measure, m1,
                                             { { Field::TitleFr, QStringLiteral(" Infonuagique ") }, { Field::Number, 12 },
                                               { Field::Owner, QString() } },
                                             QStringLiteral("Edit"));
    QVERIFY2(r.ok && r.changed, qPrintable(r.error));
    QCOMPARE(m_file->value(Entity::Measure, m1, Field::TitleFr).toString(), QStringLiteral("Infonuagique"));
    QCOMPARE(m_file->value(Entity::Measure, m1, Field::Number).toInt(), 12);
    QVERIFY(m_file->value(Entity::Measure, m1, Field::Owner).isNull());
    // The same values again change nothing and leave no changeset.
    const EditResult again = StructureEdits::set(*m_file, Entity::Measure, m1, { { Field::Number, 12 } }, QStringLiteral("Edit"));
    QVERIFY(again.ok);
    QVERIFY(!again.changed);
}

void TestStructureEdits::codesAreUniqueIgnoringCase()
{
    EditResult r = StructureEdits::add(*m_file, Entity::Plan, { { Field::Code, QStringLiteral("gc-2016") },
                                                                { Field::TitleEn, QStringLiteral("Other") } },
                                       QStringLiteral("Add"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("The code \"GC-2016\" is already used by another plan."));
    r = StructureEdits::add(*m_file, Entity::Organization, { { Field::Code, QStringLiteral("tbs") } }, QStringLiteral("Add"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("organization")), qPrintable(r.error));
    r = StructureEdits::add(*m_file, Entity::Organization, { { Field::Code, QStringLiteral("  ") } }, QStringLiteral("Add"));
    QCOMPARE(r.error, QStringLiteral("A code is required."));
    r = StructureEdits::add(*m_file, Entity::Organization, { { Field::NameEn, QStringLiteral("No code") } }, QStringLiteral("Add"));
    QCOMPARE(r.error, QStringLiteral("A code is required."));
    QCOMPARE(count(QStringLiteral("organization")), 1);
}

// One limit for every code (Limits::codeLength), whatever edit writes it: the structure edits behind the
// forms, and the generic edits behind cells and the undo facade, which took any length.
void TestStructureEdits::codesHeldToOneLimitByEveryEdit()
{
    const QString limit(Limits::codeLength, QLatin1Char('C'));
    const QString over = limit + QLatin1Char('C');
    const QString refused = QStringLiteral("The code \"%1\" is too long (at most 60 characters).").arg(over);
    QCOMPARE(Limits::codeLength, 60);
    for (Entity entity : { Entity::Project, Entity::Organization, Entity::Specialty, Entity::Plan }) {
        FieldValues values { { Field::Code, over } };
        if (entity == Entity::Plan)
            values.insert(Field::TitleEn, QStringLiteral("Plan"));
        EditResult r = StructureEdits::add(*m_file, entity, values, QStringLiteral("Add"));
        QCOMPARE(r.error, refused);
        r = Edits::addRow(*m_file, entity, values, QStringLiteral("Add"));
        QCOMPARE(r.error, refused);
        values.insert(Field::Code, limit);
        r = StructureEdits::add(*m_file, entity, values, QStringLiteral("Add"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString uuid = r.uuid;
        r = StructureEdits::set(*m_file, entity, uuid, { { Field::Code, over } }, QStringLiteral("Rename"));
        QCOMPARE(r.error, refused);
        r = Edits::setValue(*m_file, entity, uuid, Field::Code, over, QStringLiteral("Rename"));
        QCOMPARE(r.error, refused);
        r = Edits::setValuesOfRows(*m_file, entity, { { uuid, { { Field::Code, over } } } }, QStringLiteral("Rename"));
        QCOMPARE(r.error, refused);
        QCOMPARE(m_file->value(entity, uuid, Field::Code).toString(), limit);
    }
}

// Amounts of money are finite, not negative (but a budget change, either way) and at most
// Limits::maxAmount, the largest a double keeps to the cent, whatever edit writes them: 1e300 and
// 12345678901234567.89 were taken and the second silently lost its last digits.
void TestStructureEdits::amountsHeldToTheLargestByEveryEdit()
{
    QCOMPARE(Limits::maxAmount, 9999999999999.99);
    const QString tooLarge = QStringLiteral("is more than 9,999,999,999,999.99, the largest amount Vigie keeps to the cent.");
    const QString project = add(Entity::Project, { { Field::Code, QStringLiteral("P-1") }, { Field::Budget, 1000.0 } });
    QVERIFY(!project.isEmpty());
    EditResult r = StructureEdits::add(*m_file, Entity::Project, { { Field::Code, QStringLiteral("P-2") }, { Field::Budget, 1e300 } },
                                       QStringLiteral("Add"));
    QVERIFY2(r.error.startsWith(QStringLiteral("Authorized budget: the amount ")) && r.error.endsWith(tooLarge), qPrintable(r.error));
    r = StructureEdits::set(*m_file, Entity::Project, project, { { Field::ForecastCost, 12345678901234567.89 } }, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("Forecast cost: the amount 12,345,678,901,234,568.00 ") + tooLarge);
    r = Edits::setValue(*m_file, Entity::Project, project, Field::ActualCost, 1e13, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("Actual cost: the amount 10,000,000,000,000.00 ") + tooLarge);
    r = Edits::setValue(*m_file, Entity::Project, project, Field::ForecastCost, qQNaN(), QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("Forecast cost: the amount is not a finite number."));
    r = Edits::setValue(*m_file, Entity::Project, project, Field::ForecastCost, -1.0, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("Forecast cost: the amount -1.00 is negative."));
    // A decision's budget change may be a cut, within the same bounds.
    r = Edits::addRow(*m_file, Entity::Decision, { { Field::Project, m_file->rowId(Entity::Project, project) },
                                                   { Field::BudgetChange, -2e13 } },
                      QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("Budget change: the amount -20,000,000,000,000.00 is less than -9,999,999,999,999.99, the "
                                     "smallest amount Vigie keeps to the cent."));
    DecisionRecord d;
    d.date = QDate(2016, 8, 31);
    d.reauthorize = true;
    d.budgetChange = 2e13;
    r = Edits::recordDecision(*m_file, project, d, QStringLiteral("x"));
    QVERIFY2(r.error.startsWith(QStringLiteral("Budget change: the amount ")) && r.error.endsWith(tooLarge), qPrintable(r.error));
    d.budgetChange = Limits::maxAmount; // within bounds, but the budget it makes is not
    r = Edits::recordDecision(*m_file, project, d, QStringLiteral("x"));
    QVERIFY2(r.error.startsWith(QStringLiteral("Authorized budget: the amount ")) && r.error.endsWith(tooLarge), qPrintable(r.error));
    // Envelopes, one at a time or many at once (the what-if).
    r = Edits::addRow(*m_file, Entity::Envelope, { { Field::Organization, m_file->rowId(Entity::Organization, m_org) },
                                                   { Field::FiscalYear, 2016 }, { Field::Granted, 5.0 } },
                      QStringLiteral("x"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString envelope = r.uuid;
    r = Edits::setValuesOfRows(*m_file, Entity::Envelope, { { envelope, { { Field::Granted, 1e300 } } } }, QStringLiteral("x"));
    QVERIFY2(r.error.startsWith(QStringLiteral("Granted: the amount ")) && r.error.endsWith(tooLarge), qPrintable(r.error));
    QCOMPARE(m_file->value(Entity::Envelope, envelope, Field::Granted).toDouble(), 5.0);
    QCOMPARE(m_file->value(Entity::Project, project, Field::Budget).toDouble(), 1000.0);
    QVERIFY(m_file->value(Entity::Project, project, Field::ForecastCost).isNull());

    // The largest amount itself is taken, and reads back to the cent.
    r = StructureEdits::set(*m_file, Entity::Project, project, { { Field::ForecastCost, Limits::maxAmount } }, QStringLiteral("x"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(std::llround(m_file->value(Entity::Project, project, Field::ForecastCost).toDouble() * 100.0), 999999999999999LL);
}

// An import held names to Limits::nameLength and descriptions to Limits::textLength, but the edits took
// any length (a 1 MB name took the briefing minutes to lay out). Every edit holds texts to the same limits.
void TestStructureEdits::textsHeldToTheirLimitByEveryEdit()
{
    QCOMPARE(ValueLimits::textLength(Field::NameEn), Limits::nameLength);
    QCOMPARE(ValueLimits::textLength(Field::Comment), Limits::textLength);
    QCOMPARE(ValueLimits::textLength(Field::Code), 0); // held by its own, shorter limit
    const QString project = add(Entity::Project, { { Field::Code, QStringLiteral("P-1") }, { Field::Budget, 1000.0 } });
    QVERIFY(!project.isEmpty());
    const QString longName(Limits::nameLength + 1, QLatin1Char('n'));
    EditResult r = StructureEdits::set(*m_file, Entity::Project, project, { { Field::NameEn, longName } }, QStringLiteral("x"));
    QVERIFY2(r.error.endsWith(QStringLiteral(": the text is 2,001 characters long, and at most 2,000 are allowed.")), qPrintable(r.error));
    r = Edits::setValue(*m_file, Entity::Project, project, Field::NameEn, longName, QStringLiteral("x"));
    QVERIFY2(!r.ok && r.error.endsWith(QStringLiteral("at most 2,000 are allowed.")), qPrintable(r.error));
    r = Edits::addRow(*m_file, Entity::Decision, { { Field::Project, m_file->rowId(Entity::Project, project) },
                                                   { Field::TextEn, QString(Limits::textLength + 1, QLatin1Char('t')) } },
                      QStringLiteral("x"));
    QVERIFY2(!r.ok && r.error.endsWith(QStringLiteral(": the text is 50,001 characters long, and at most 50,000 are allowed.")),
             qPrintable(r.error));
    // At the limit, taken.
    r = Edits::setValue(*m_file, Entity::Project, project, Field::NameEn, QString(Limits::nameLength, QLatin1Char('n')),
                        QStringLiteral("x"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(m_file->value(Entity::Project, project, Field::NameEn).toString().size(), Limits::nameLength);
}

void TestStructureEdits::countsAndVariancesHeldToTheirBounds()
{
    const QString project = add(Entity::Project, { { Field::Code, QStringLiteral("P-1") }, { Field::Budget, 1000.0 } });
    QVERIFY(!project.isEmpty());
    // A variance may be large, or negative; not beyond a thousand times the baseline, nor infinite.
    EditResult r = Edits::setValue(*m_file, Entity::Project, project, Field::ReportedCostVariance, -40.0, QStringLiteral("x"));
    QVERIFY2(r.ok, qPrintable(r.error));
    r = Edits::setValue(*m_file, Entity::Project, project, Field::ReportedScheduleVariance, 250.0, QStringLiteral("x"));
    QVERIFY2(r.ok, qPrintable(r.error));
    r = Edits::setValue(*m_file, Entity::Project, project, Field::ReportedCostVariance, 2.0e5, QStringLiteral("x"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.endsWith(QStringLiteral(": the variance 200,000% is beyond ±100,000%.")), qPrintable(r.error));
    r = Edits::setValue(*m_file, Entity::Project, project, Field::ReportedScheduleVariance, qInf(), QStringLiteral("x"));
    QVERIFY2(!r.ok && r.error.endsWith(QStringLiteral(": the number is not finite.")), qPrintable(r.error));
    QCOMPARE(m_file->value(Entity::Project, project, Field::ReportedCostVariance).toDouble(), -40.0);
    QCOMPARE(m_file->value(Entity::Project, project, Field::ReportedScheduleVariance).toDouble(), 250.0);
    // FTE counts: from 0 to a million.
    QVERIFY(ValueLimits::problem(Field::InternalFte, 12.5).isEmpty());
    QVERIFY(ValueLimits::problem(Field::ExternalFte, QString()).isEmpty()); // emptied
    QCOMPARE(ValueLimits::problem(Field::InternalFte, -1.0), QStringLiteral("Internal FTEs: the number -1 is negative."));
    QVERIFY2(ValueLimits::problem(Field::ExternalFte, 5.0e9).endsWith(QStringLiteral("is more than 1,000,000 full-time equivalents.")),
             qPrintable(ValueLimits::problem(Field::ExternalFte, 5.0e9)));
    QVERIFY2(ValueLimits::problem(Field::ExternalFte, QStringLiteral("lots")).endsWith(QStringLiteral("\"lots\" is not a number.")),
             qPrintable(ValueLimits::problem(Field::ExternalFte, QStringLiteral("lots"))));
    // The same bounds, as the import says them at a cell.
    QCOMPARE(ValueLimits::numberProblem(Field::InternalFte, 5.0e9, QStringLiteral("5e9")),
             QStringLiteral("the number 5e9 is more than 1,000,000 full-time equivalents"));
    QVERIFY(ValueLimits::numberProblem(Field::Budget, -5.0).isEmpty()); // not one of these numbers
}

void TestStructureEdits::datesHeldToPlausibleYears()
{
    // Year 1 for 2021 is a valid date and a typo: it would make the schedule variance millions of percent.
    const QString project = add(Entity::Project, { { Field::Code, QStringLiteral("P-1") },
                                                   { Field::PlannedStart, QStringLiteral("2020-04-01") },
                                                   { Field::PlannedEnd, QStringLiteral("2022-03-31") } });
    QVERIFY(!project.isEmpty());
    EditResult r = Edits::setValue(*m_file, Entity::Project, project, Field::ForecastEnd, QDate(2023, 3, 31), QStringLiteral("x"));
    QVERIFY2(r.ok, qPrintable(r.error));
    r = Edits::setValue(*m_file, Entity::Project, project, Field::ForecastEnd, QDate(1, 3, 31), QStringLiteral("x"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("Forecast end: the date 0001-03-31 is not between 1900 and 2200."));
    r = Edits::setValue(*m_file, Entity::Project, project, Field::ForecastEnd, QStringLiteral("2301-01-01"), QStringLiteral("x"));
    QVERIFY2(!r.ok && r.error.contains(QStringLiteral("2301-01-01")), qPrintable(r.error));
    QCOMPARE(m_file->value(Entity::Project, project, Field::ForecastEnd).toString(), QStringLiteral("2023-03-31"));
    // The forms' path refuses it as well, and a new project with such a plan is not added.
    QString error;
    FieldValues values { { Field::Code, QStringLiteral("P-2") }, { Field::PlannedStart, QStringLiteral("0020-04-01") } };
    QVERIFY(!StructureEdits::normalize(*m_file, Entity::Project, QString(), &values, &error));
    QCOMPARE(error, QStringLiteral("Planned start: the date 0020-04-01 is not between 1900 and 2200."));
    // The bounds themselves are taken; an empty date is never refused here.
    QVERIFY(ValueLimits::problem(Field::DueDate, QDate(1900, 1, 1)).isEmpty());
    QVERIFY(ValueLimits::problem(Field::SurveyDate, QDate(2200, 12, 31)).isEmpty());
    QVERIFY(ValueLimits::problem(Field::ApprovedDate, QVariant()).isEmpty());
    QVERIFY(!ValueLimits::problem(Field::ApprovedDate, QStringLiteral("1899-12-31")).isEmpty()); // a spreadsheet's day 0
    QVERIFY(ValueLimits::problem(Field::NameEn, QStringLiteral("0001-01-01")).isEmpty()); // not a date field
}

void TestStructureEdits::numbersAreUniqueInTheirPlan()
{
    const QString m1 = add(Entity::Measure, { { Field::KeyArea, m_area1 }, { Field::Number, 5 }, { Field::TitleEn, QStringLiteral("A") } });
    QVERIFY(!m1.isEmpty());
    // Measure 5 exists in the plan, even in another key area.
    EditResult r = StructureEdits::add(*m_file, Entity::Measure, { { Field::KeyArea, m_area2 }, { Field::Number, 5 },
                                                                   { Field::TitleEn, QStringLiteral("B") } },
                                       QStringLiteral("Add"));
    QCOMPARE(r.error, QStringLiteral("Measure 5 already exists in plan GC-2016."));
    r = StructureEdits::set(*m_file, Entity::KeyArea, m_area2, { { Field::Number, 1 } }, QStringLiteral("Renumber"));
    QCOMPARE(r.error, QStringLiteral("Key area 1 already exists in plan GC-2016."));
    // Another plan numbers its own measures.
    const QString plan2 = add(Entity::Plan, { { Field::Code, QStringLiteral("P2") }, { Field::TitleEn, QStringLiteral("Two") } });
    const QString area = add(Entity::KeyArea, { { Field::Plan, plan2 }, { Field::Number, 1 }, { Field::TitleEn, QStringLiteral("One") } });
    QVERIFY(!add(Entity::Measure, { { Field::KeyArea, area }, { Field::Number, 5 }, { Field::TitleEn, QStringLiteral("C") } }).isEmpty());
}

void TestStructureEdits::badValuesAreRefused_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("status") << int(Entity::Measure) << int(Field::Status) << QVariant(QStringLiteral("done"))
                            << QStringLiteral("Unknown status \"done\": use not_started, under_way, completed or cancelled.");
    QTest::newRow("percent") << int(Entity::Measure) << int(Field::PercentComplete) << QVariant(120)
                             << QStringLiteral("The percent complete must be a number from 0 to 100 (not \"120\").");
    QTest::newRow("due") << int(Entity::Measure) << int(Field::DueDate) << QVariant(QStringLiteral("31/03/2018"))
                         << QStringLiteral("Due date: \"31/03/2018\" is not a date (write it as 2018-03-31).");
    QTest::newRow("number") << int(Entity::Measure) << int(Field::Number) << QVariant(0)
                            << QStringLiteral("The number must be a whole number from 1 to 99999 (not \"0\").");
    QTest::newRow("owner") << int(Entity::Measure) << int(Field::Owner) << QVariant(QStringLiteral("no-such-uuid"))
                           << QStringLiteral("The organization chosen no longer exists.");
    QTest::newRow("both titles") << int(Entity::Measure) << int(Field::TitleEn) << QVariant(QString())
                                 << QStringLiteral("A measure needs a title in English or in French.");
    QTest::newRow("plan end") << int(Entity::Plan) << int(Field::EndDate) << QVariant(QDate(2015, 1, 1))
                              << QStringLiteral("The plan ends (2015-01-01) before it starts (2016-04-01).");
    QTest::newRow("kind") << int(Entity::Organization) << int(Field::Kind) << QVariant(QStringLiteral("crown"))
                          << QStringLiteral("Unknown kind of organization \"crown\": use ministry or agency.");
    QTest::newRow("field") << int(Entity::Organization) << int(Field::Budget) << QVariant(1)
                           << QStringLiteral("This field (Authorized budget) does not apply to this item (organization).");
}

void TestStructureEdits::badValuesAreRefused()
{
    QFETCH(int, entity);
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    QVERIFY(StructureEdits::set(*m_file, Entity::Plan, m_plan, { { Field::StartDate, QDate(2016, 4, 1) } }, QStringLiteral("x")).ok);
    const QString measure = add(Entity::Measure, { { Field::KeyArea, m_area1 }, { Field::TitleEn, QStringLiteral("A") } });
    const QString uuid = Entity(entity) == Entity::Measure ? measure : Entity(entity) == Entity::Plan ? m_plan : m_org;
    const EditResult r = StructureEdits::set(*m_file, Entity(entity), uuid, { { Field(field), value } }, QStringLiteral("Edit"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, message);
    QVERIFY(!r.changed);
}

void TestStructureEdits::movesKeepNumbersFree()
{
    const QString plan2 = add(Entity::Plan, { { Field::Code, QStringLiteral("P2") }, { Field::TitleEn, QStringLiteral("Two") } });
    const QString other = add(Entity::KeyArea, { { Field::Plan, plan2 }, { Field::Number, 1 }, { Field::TitleEn, QStringLiteral("One") } });
    QVERIFY(!other.isEmpty());
    // Area 1 cannot move to plan 2 as number 1; as number 3 it can, through a free pair.
    EditResult r = StructureEdits::set(*m_file, Entity::KeyArea, m_area1, { { Field::Plan, plan2 } }, QStringLiteral("Move"));
    QCOMPARE(r.error, QStringLiteral("Key area 1 already exists in plan P2."));
    r = StructureEdits::set(*m_file, Entity::KeyArea, m_area1, { { Field::Plan, plan2 }, { Field::Number, 3 } }, QStringLiteral("Move"));
    QVERIFY2(r.ok && r.changed, qPrintable(r.error));
    QCOMPARE(m_file->value(Entity::KeyArea, m_area1, Field::Number).toInt(), 3);
    QCOMPARE(m_file->value(Entity::KeyArea, m_area1, Field::Plan).toLongLong(), m_file->rowId(Entity::Plan, plan2));
    // A measure moves to an area of another plan only when its number is free there.
    const QString m7 = add(Entity::Measure, { { Field::KeyArea, m_area2 }, { Field::Number, 7 }, { Field::TitleEn, QStringLiteral("x") } });
    QVERIFY(!add(Entity::Measure, { { Field::KeyArea, other }, { Field::Number, 7 }, { Field::TitleEn, QStringLiteral("y") } }).isEmpty());
    r = StructureEdits::set(*m_file, Entity::Measure, m7, { { Field::KeyArea, other } }, QStringLiteral("Move"));
    QCOMPARE(r.error, QStringLiteral("Measure 7 already exists in plan P2."));
    r = StructureEdits::set(*m_file, Entity::Measure, m7, { { Field::KeyArea, m_area1 }, { Field::Number, 8 } }, QStringLiteral("Move"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(m_file->value(Entity::Measure, m7, Field::KeyArea).toLongLong(), m_file->rowId(Entity::KeyArea, m_area1));
}

void TestStructureEdits::measureStateWritesHistory()
{
    const QString m = add(Entity::Measure, { { Field::KeyArea, m_area1 }, { Field::TitleEn, QStringLiteral("A") } });
    const RowId id = m_file->rowId(Entity::Measure, m);
    QCOMPARE(Repository::measureHistory(*m_file, id).size(), 0);
    EditResult r = StructureEdits::set(*m_file, Entity::Measure, m,
                                       { { Field::Status, QVariant::fromValue(MeasureStatus::UnderWay) },
                                         { Field::PercentComplete, 40 }, { Field::Comment, QStringLiteral("Started") },
                                         { Field::TitleEn, QStringLiteral("Renamed") } },
                                       QStringLiteral("Edit"));
    QVERIFY2(r.ok, qPrintable(r.error));
    auto history = Repository::measureHistory(*m_file, id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().to, MeasureStatus::UnderWay);
    QCOMPARE(history.first().percentComplete, 40.0);
    QCOMPARE(m_file->value(Entity::Measure, m, Field::TitleEn).toString(), QStringLiteral("Renamed"));
    r = StructureEdits::set(*m_file, Entity::Measure, m, { { Field::Status, QStringLiteral("completed") } }, QStringLiteral("Edit"));
    QVERIFY(r.ok);
    QCOMPARE(m_file->value(Entity::Measure, m, Field::PercentComplete).toDouble(), 100.0);
    history = Repository::measureHistory(*m_file, id);
    QCOMPARE(history.size(), 2);
    // The history keeps what was said with each change: "Started" came with the first, and the second,
    // recorded under the same comment, said nothing (it did not say "Started" again). The measure's own
    // comment stands.
    const auto said = [&](MeasureStatus to) {
        for (const MeasureStatusChange &c : Repository::measureHistory(*m_file, id)) {
            if (c.to == to)
                return c.commentText();
        }
        return BilingualText();
    };
    QCOMPARE(said(MeasureStatus::UnderWay).en, QStringLiteral("Started"));
    QCOMPARE(said(MeasureStatus::Completed).en, QString());
    QCOMPARE(m_file->value(Entity::Measure, m, Field::Comment).toString(), QStringLiteral("Started"));
    // Each language on its own: a French comment written under the standing English one goes in alone.
    r = Edits::setMeasureState(*m_file, m, { MeasureStatus::UnderWay, 90, QStringLiteral("Started"), QStringLiteral("Reprise") },
                               QStringLiteral("Status"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QList<MeasureStatusChange> all = Repository::measureHistory(*m_file, id);
    QCOMPARE(all.size(), 3);
    int reopened = 0;
    for (const MeasureStatusChange &c : all) {
        if (c.from == MeasureStatus::Completed) {
            ++reopened;
            QCOMPARE(c.comment, QString());
            QCOMPARE(c.commentFr, QStringLiteral("Reprise"));
        }
    }
    QCOMPARE(reopened, 1);
}

void TestStructureEdits::removeSaysWhatGoesWithIt()
{
    const QString m = add(Entity::Measure, { { Field::KeyArea, m_area1 }, { Field::TitleEn, QStringLiteral("A") } });
    add(Entity::Measure, { { Field::KeyArea, m_area2 }, { Field::TitleEn, QStringLiteral("B") } });
    QVERIFY(StructureEdits::set(*m_file, Entity::Measure, m, { { Field::Status, QStringLiteral("under_way") } }, QStringLiteral("x")).ok);
    QCOMPARE(StructureEdits::dependentsText(*m_file, Entity::Plan, m_plan),
             QStringLiteral("2 key areas, 2 measures and 1 status change"));
    QCOMPARE(StructureEdits::dependentsText(*m_file, Entity::KeyArea, m_area2), QStringLiteral("1 measure"));
    QCOMPARE(StructureEdits::dependentsText(*m_file, Entity::Organization, m_org), QString());
    const EditResult r = StructureEdits::remove(*m_file, Entity::Plan, m_plan, QStringLiteral("Delete"));
    QVERIFY2(r.ok && r.changed, qPrintable(r.error));
    QCOMPARE(count(QStringLiteral("plan")), 0);
    QCOMPARE(count(QStringLiteral("key_area")), 0);
    QCOMPARE(count(QStringLiteral("measure")), 0);
    QCOMPARE(count(QStringLiteral("measure_status_history")), 0);
    QVERIFY(!StructureEdits::remove(*m_file, Entity::Workforce, m_org, QStringLiteral("x")).ok);
}

// Deleting a project took its frozen values with it: the September briefing then counted 3 active
// projects where it had reported 4. What a frozen period reported now stays; cancelling is the way out,
// and deleting the period itself is allowed (then the project may go).
void TestStructureEdits::whatAFrozenPeriodReportedStays()
{
    const QString m = add(Entity::Measure, { { Field::KeyArea, m_area1 }, { Field::TitleEn, QStringLiteral("A") } });
    const QString p = add(Entity::Project, { { Field::Code, QStringLiteral("GC-01") }, { Field::Organization, m_org },
                                             { Field::Budget, 1e6 } });
    QVERIFY(Edits::freezePeriod(*m_file, QStringLiteral("September 2016"), QDate(2016, 9, 30), QStringLiteral("Freeze")).ok);
    QVERIFY(Edits::freezePeriod(*m_file, QStringLiteral("December 2016"), QDate(2016, 12, 31), QStringLiteral("Freeze")).ok);
    // A project added since no period reported: it goes.
    const QString later = add(Entity::Project, { { Field::Code, QStringLiteral("GC-02") } });
    QVERIFY(StructureEdits::remove(*m_file, Entity::Project, later, QStringLiteral("Delete")).ok);
    const int frozen = count(QStringLiteral("period_project")) + count(QStringLiteral("period_measure"));
    QVERIFY(frozen >= 4);

    EditResult r = StructureEdits::remove(*m_file, Entity::Project, p, QStringLiteral("Delete"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("Cannot delete project GC-01: it was reported in 2 frozen reporting periods, and deleting "
                                     "it would change what was reported. Mark it cancelled instead, or delete those periods first."));
    QCOMPARE(m_file->deletionRefusal(Entity::Project, p), r.error);
    r = StructureEdits::remove(*m_file, Entity::Measure, m, QStringLiteral("Delete"));
    QVERIFY(r.error.startsWith(QStringLiteral("Cannot delete measure 1: it was reported in 2 frozen")));
    r = StructureEdits::remove(*m_file, Entity::Plan, m_plan, QStringLiteral("Delete"));
    QVERIFY(r.error.startsWith(QStringLiteral("Cannot delete plan GC-2016: it holds measures reported in frozen")));
    QVERIFY(m_file->deletionRefusal(Entity::Organization, m_org).isEmpty()); // its projects stay, unlinked
    QCOMPARE(count(QStringLiteral("period_project")) + count(QStringLiteral("period_measure")), frozen);
    QCOMPARE(count(QStringLiteral("project")), 1);

    Language::apply(QStringLiteral("fr"));
    QVERIFY(m_file->deletionRefusal(Entity::Project, p)
                .startsWith(QStringLiteral("Suppression impossible (projet GC-01)\u00a0: cet élément a été déclaré dans 2 périodes de référence figées")));
    Language::apply(QStringLiteral("en"));

    // Without its periods, the project may go.
    QStringList periods;
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM reporting_period")));
    while (q.next())
        periods << q.value(0).toString();
    QVERIFY(Edits::deleteRows(*m_file, Entity::ReportingPeriod, periods, QStringLiteral("Delete")).ok);
    r = StructureEdits::remove(*m_file, Entity::Project, p, QStringLiteral("Delete"));
    QVERIFY2(r.ok, qPrintable(r.error));
}

void TestStructureEdits::organizationsSpecialtiesProjects()
{
    const QString spec = add(Entity::Specialty, { { Field::Code, QStringLiteral("PM") }, { Field::NameEn, QStringLiteral("Project management") },
                                                  { Field::NameFr, QStringLiteral("Gestion de projets") }, { Field::CoreFunction, true } });
    QCOMPARE(m_file->value(Entity::Specialty, spec, Field::CoreFunction).toInt(), 1);
    const QString project = add(Entity::Project, { { Field::Code, QStringLiteral("GC-01") }, { Field::NameEn, QStringLiteral("Email") },
                                                   { Field::Organization, m_org }, { Field::Phase, QStringLiteral("Planning") } });
    QVERIFY(!project.isEmpty());
    QCOMPARE(m_file->value(Entity::Project, project, Field::State).toString(), QStringLiteral("active"));
    EditResult r = StructureEdits::set(*m_file, Entity::Project, project,
                                       { { Field::State, QStringLiteral("Completed") }, { Field::Phase, QStringLiteral("Closed") },
                                         { Field::ForecastCost, 2.5e6 }, { Field::DeclaredOverall, QStringLiteral("yellow") } },
                                       QStringLiteral("Edit"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(m_file->value(Entity::Project, project, Field::State).toString(), QStringLiteral("completed"));
    QCOMPARE(m_file->value(Entity::Project, project, Field::DeclaredOverall).toString(), QStringLiteral("yellow"));
    r = StructureEdits::set(*m_file, Entity::Project, project, { { Field::DeclaredOverall, QStringLiteral("none") } }, QStringLiteral("x"));
    QVERIFY(r.ok);
    QVERIFY(m_file->value(Entity::Project, project, Field::DeclaredOverall).isNull());
    r = StructureEdits::set(*m_file, Entity::Project, project, { { Field::State, QStringLiteral("paused") } }, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("Unknown project state \"paused\": use active, completed or cancelled."));
    r = StructureEdits::set(*m_file, Entity::Project, project, { { Field::ForecastCost, -5 } }, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("Forecast cost: \"-5\" is not an amount (a number of dollars, 0 or more)."));
    r = StructureEdits::set(*m_file, Entity::Project, project, { { Field::DeclaredCost, QStringLiteral("blue") } }, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("Declared cost indicator: unknown colour \"blue\": use green, yellow, red or none."));
    // Removing the organization clears the project's reference (it is optional), and says nothing goes.
    QVERIFY(StructureEdits::remove(*m_file, Entity::Organization, m_org, QStringLiteral("Delete")).ok);
    QVERIFY(m_file->value(Entity::Project, project, Field::Organization).isNull());
}

void TestStructureEdits::linksAreIdempotent()
{
    const QString measure = add(Entity::Measure, { { Field::KeyArea, m_area1 }, { Field::TitleEn, QStringLiteral("A") } });
    const QString project = add(Entity::Project, { { Field::Code, QStringLiteral("P") } });
    EditResult r = StructureEdits::linkProjectToMeasure(*m_file, project, measure, true, QStringLiteral("Link"));
    QVERIFY(r.ok && r.changed);
    r = StructureEdits::linkProjectToMeasure(*m_file, project, measure, true, QStringLiteral("Link"));
    QVERIFY(r.ok && !r.changed);
    QCOMPARE(count(QStringLiteral("project_measure")), 1);
    QCOMPARE(StructureEdits::dependentsText(*m_file, Entity::Measure, measure), QStringLiteral("1 link between projects and measures"));
    r = StructureEdits::linkProjectToMeasure(*m_file, project, measure, false, QStringLiteral("Unlink"));
    QVERIFY(r.ok && r.changed);
    QCOMPARE(count(QStringLiteral("project_measure")), 0);
    QVERIFY(!StructureEdits::linkProjectToMeasure(*m_file, project, QStringLiteral("gone"), true, QStringLiteral("x")).ok);
}

void TestStructureEdits::portfolioProperties()
{
    EditResult r = StructureEdits::setPortfolio(
        *m_file,
        { { Field::NameFr, QStringLiteral("Le mien") }, { Field::Currency, QStringLiteral("usd") }, { Field::FiscalYearStart, 7 },
          { Field::DefaultLanguage, QStringLiteral("fr") }, { Field::CioName, QStringLiteral("A. Martin") },
          { Field::CioTitle, QStringLiteral("Chief Information Officer") },
          { Field::CioTitleFr, QStringLiteral("Dirigeante principale de l'information") },
          { Field::CioContact, QStringLiteral("cio@example.org") }, { Field::Classification, QStringLiteral("PROTECTED A") } },
        QStringLiteral("Properties"));
    QVERIFY2(r.ok && r.changed, qPrintable(r.error));
    const PortfolioInfo info = m_file->info();
    QCOMPARE(info.nameFr, QStringLiteral("Le mien"));
    QCOMPARE(info.displayName(QStringLiteral("fr")), QStringLiteral("Le mien"));
    QCOMPARE(info.displayName(QStringLiteral("en")), QStringLiteral("Mine"));
    QCOMPARE(info.currency, QStringLiteral("USD"));
    QCOMPARE(info.fiscalYearStartMonth, 7);
    QCOMPARE(info.cioTitle.fr, QStringLiteral("Dirigeante principale de l'information"));
    QCOMPARE(info.cioContact, QStringLiteral("cio@example.org"));
    QCOMPARE(info.classification, QStringLiteral("PROTECTED A"));
    r = StructureEdits::setPortfolio(*m_file, { { Field::Currency, QStringLiteral("dollars") } }, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("The currency must be a three-letter code such as CAD, USD or EUR (not \"dollars\")."));
    r = StructureEdits::setPortfolio(*m_file, { { Field::FiscalYearStart, 13 } }, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("The fiscal year starts in a month from 1 to 12 (not \"13\")."));
    r = StructureEdits::setPortfolio(*m_file, { { Field::DefaultLanguage, QStringLiteral("de") } }, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("Unknown language \"de\": use en or fr."));
    r = StructureEdits::setPortfolio(*m_file, { { Field::NameEn, QStringLiteral(" ") } }, QStringLiteral("x"));
    QCOMPARE(r.error, QStringLiteral("The portfolio needs a name."));
    r = StructureEdits::setPortfolio(*m_file, { { Field::HealthRule, QStringLiteral("{}") } }, QStringLiteral("x"));
    QVERIFY(!r.ok);
    QCOMPARE(m_file->info().currency, QStringLiteral("USD"));
}

void TestStructureEdits::undoPutsEverythingBack()
{
    const QString m = add(Entity::Measure, { { Field::KeyArea, m_area1 }, { Field::TitleEn, QStringLiteral("A") } });
    const EditResult r = StructureEdits::remove(*m_file, Entity::Plan, m_plan, QStringLiteral("Delete"));
    QVERIFY(r.ok);
    QVERIFY(Edits::revert(*m_file, { r.changeset }).ok);
    QCOMPARE(count(QStringLiteral("key_area")), 2);
    QCOMPARE(m_file->value(Entity::Measure, m, Field::TitleEn).toString(), QStringLiteral("A"));
    QCOMPARE(m_file->value(Entity::Measure, m, Field::KeyArea).toLongLong(), m_file->rowId(Entity::KeyArea, m_area1));
}

// Envelopes and workforce records are added and removed one at a time in the window (the importers write
// many): each is unique by its key, its figures are checked as every edit checks them, and undo takes it
// back.
void TestStructureEdits::envelopesAndWorkforceRecords()
{
    const QString spec = add(Entity::Specialty, { { Field::Code, QStringLiteral("DEV") }, { Field::NameEn, QStringLiteral("Developers") } });
    const auto refusal = [&](Entity entity, const FieldValues &values) {
        const EditResult r = StructureEdits::add(*m_file, entity, values, QStringLiteral("Add"));
        return r.ok ? QStringLiteral("(accepted)") : r.error;
    };
    const int journal = count(QStringLiteral("change_journal"));
    const QString envelope = add(Entity::Envelope, { { Field::Organization, m_org }, { Field::FiscalYear, QStringLiteral("2024") },
                                                     { Field::PlannedNeeds, 5e6 }, { Field::Granted, QStringLiteral("4000000") } });
    QVERIFY(!envelope.isEmpty());
    const auto e = Repository::envelope(*m_file, envelope);
    QVERIFY(e);
    QCOMPARE(e->fiscalYear, 2024);
    QCOMPARE(e->organizationId, m_file->rowId(Entity::Organization, m_org));
    QCOMPARE(e->plannedNeeds, 5e6);
    QCOMPARE(e->granted, 4e6);
    QCOMPARE(e->committed, 0.0); // not given: 0, as in the table and the import
    QVERIFY(count(QStringLiteral("change_journal")) > journal);

    // One envelope per organization and fiscal year; the organization and the year are required; the
    // amounts are amounts.
    QCOMPARE(refusal(Entity::Envelope, { { Field::Organization, m_org }, { Field::FiscalYear, 2024 } }),
             QStringLiteral("Organization TBS already has an envelope for fiscal year 2024-2025."));
    QCOMPARE(refusal(Entity::Envelope, { { Field::FiscalYear, 2025 } }), QStringLiteral("Choose an organization."));
    QCOMPARE(refusal(Entity::Envelope, { { Field::Organization, QString() }, { Field::FiscalYear, 2025 } }),
             QStringLiteral("Choose an organization."));
    QCOMPARE(refusal(Entity::Envelope, { { Field::Organization, m_org } }), QStringLiteral("An envelope needs its fiscal year."));
    QCOMPARE(refusal(Entity::Envelope, { { Field::Organization, m_org }, { Field::FiscalYear, 1850 } }),
             QStringLiteral("The fiscal year is the year it starts in, from 1900 to 2200 (not \"1850\")."));
    QVERIFY(refusal(Entity::Envelope, { { Field::Organization, m_org }, { Field::FiscalYear, 2025 }, { Field::Granted, -1.0 } })
                .startsWith(QStringLiteral("Granted:")));
    QVERIFY(refusal(Entity::Envelope, { { Field::Organization, m_org }, { Field::FiscalYear, 2025 }, { Field::Committed, QStringLiteral("lots") } })
                .contains(QStringLiteral("is not an amount")));

    const QString record = add(Entity::Workforce, { { Field::Organization, m_org }, { Field::Specialty, spec },
                                                    { Field::SurveyDate, QDate(2024, 3, 31) }, { Field::InternalFte, 12.5 } });
    QVERIFY(!record.isEmpty());
    QCOMPARE(m_file->value(Entity::Workforce, record, Field::SurveyDate).toString(), QStringLiteral("2024-03-31"));
    QCOMPARE(m_file->value(Entity::Workforce, record, Field::InternalFte).toDouble(), 12.5);
    QCOMPARE(m_file->value(Entity::Workforce, record, Field::ExternalFte).toDouble(), 0.0);
    QCOMPARE(refusal(Entity::Workforce, { { Field::Organization, m_org }, { Field::Specialty, spec },
                                          { Field::SurveyDate, QStringLiteral("2024-03-31") } }),
             QStringLiteral("The survey of 2024-03-31 already has a record for organization TBS and specialty DEV."));
    QCOMPARE(refusal(Entity::Workforce, { { Field::Organization, m_org }, { Field::SurveyDate, QStringLiteral("2025-03-31") } }),
             QStringLiteral("Choose a specialty."));
    QCOMPARE(refusal(Entity::Workforce, { { Field::Organization, m_org }, { Field::Specialty, spec }, { Field::SurveyDate, QString() } }),
             QStringLiteral("A workforce record needs the date of its survey (write it as 2024-03-31)."));
    QCOMPARE(refusal(Entity::Workforce, { { Field::Organization, m_org }, { Field::Specialty, spec },
                                          { Field::SurveyDate, QStringLiteral("31/03/2025") } }),
             QStringLiteral("Survey date: \"31/03/2025\" is not a date (write it as 2018-03-31)."));
    QVERIFY(refusal(Entity::Workforce, { { Field::Organization, m_org }, { Field::Specialty, spec },
                                         { Field::SurveyDate, QStringLiteral("2025-03-31") }, { Field::ExternalFte, -2.0 } })
                .startsWith(QStringLiteral("External FTEs:")));
    // Another survey of the same pair is another record.
    QVERIFY(!add(Entity::Workforce, { { Field::Organization, m_org }, { Field::Specialty, spec },
                                      { Field::SurveyDate, QStringLiteral("2025-03-31") } })
                 .isEmpty());
    QCOMPARE(count(QStringLiteral("workforce")), 2);

    // Removed, then put back by undo with its figures.
    const EditResult removed = StructureEdits::remove(*m_file, Entity::Envelope, envelope, QStringLiteral("Delete"));
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QVERIFY(!Repository::envelope(*m_file, envelope));
    QVERIFY(Edits::revert(*m_file, { removed.changeset }).ok);
    QCOMPARE(Repository::envelope(*m_file, envelope)->granted, 4e6);
    const EditResult gone = StructureEdits::remove(*m_file, Entity::Workforce, record, QStringLiteral("Delete"));
    QVERIFY(gone.ok);
    QCOMPARE(count(QStringLiteral("workforce")), 1);
}

// A budget or a planned end typed wrong when the project was created is corrected by editing it: the
// original baseline row takes the figures, the project row follows (original figures, computed colours),
// undo puts them back, and the file stays consistent. Once the project is reported in a frozen period,
// or re-authorized by a decision, only a decision changes them, and the refusal says so.
void TestStructureEdits::authorizationCorrectedUntilReported()
{
    const QString project = add(Entity::Project, { { Field::Code, QStringLiteral("P-9") }, { Field::Budget, 25.5 },
                                                   { Field::PlannedStart, QStringLiteral("2025-04-01") },
                                                   { Field::PlannedEnd, QStringLiteral("2027-03-31") },
                                                   { Field::ForecastCost, 30e6 } });
    QVERIFY(!project.isEmpty());
    QCOMPARE(Repository::project(*m_file, project)->computedCost, Health::Red); // 25.50 $ typed for 25.5 M$
    QVERIFY(StructureEdits::authorizationLocked(*m_file, project).isEmpty());

    const EditResult fixed = StructureEdits::set(*m_file, Entity::Project, project,
                                                 { { Field::Budget, 25.5e6 }, { Field::PlannedEnd, QStringLiteral("2028-03-31") } },
                                                 QStringLiteral("Edit Project P-9"));
    QVERIFY2(fixed.ok && fixed.changed, qPrintable(fixed.error));
    auto p = Repository::project(*m_file, project);
    QCOMPARE(p->budget, 25.5e6);
    QCOMPARE(p->originalBudget, 25.5e6);
    QCOMPARE(p->plannedEnd, QDate(2028, 3, 31));
    QCOMPARE(p->originalEnd, QDate(2028, 3, 31));
    QCOMPARE(p->computedCost, Health::Yellow); // 30 M$ against 25.5 M$: 17.6 % over
    const QList<Baseline> baselines = Repository::baselines(*m_file, p->id);
    QCOMPARE(baselines.size(), 1); // corrected, not re-baselined
    QCOMPARE(baselines.constFirst().budget, 25.5e6);
    QCOMPARE(baselines.constFirst().plannedEnd, QDate(2028, 3, 31));
    m_file.reset();
    QVERIFY(IntegrityCheck::run(m_dir->filePath(QStringLiteral("s.vigie"))).intact());
    FileError error;
    m_file = PortfolioFile::open(m_dir->filePath(QStringLiteral("s.vigie")), PortfolioFile::Access::ReadWrite, &error);
    QVERIFY2(m_file, qPrintable(error.message));

    // Still checked as at creation.
    EditResult r = StructureEdits::set(*m_file, Entity::Project, project, { { Field::PlannedEnd, QStringLiteral("2024-01-01") } },
                                       QStringLiteral("Edit"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("The project is planned to end (2024-01-01) before it starts")), qPrintable(r.error));
    QVERIFY(!StructureEdits::set(*m_file, Entity::Project, project, { { Field::Budget, -1.0 } }, QStringLiteral("Edit")).ok);

    // Undo puts the figures typed at creation back.
    QVERIFY(Edits::revert(*m_file, { fixed.changeset }).ok);
    p = Repository::project(*m_file, project);
    QCOMPARE(p->budget, 25.5);
    QCOMPARE(p->originalBudget, 25.5);
    QCOMPARE(p->originalEnd, QDate(2027, 3, 31));
    QCOMPARE(Repository::baselines(*m_file, p->id).constFirst().budget, 25.5);
    QCOMPARE(p->computedCost, Health::Red);

    // Reported in a frozen period: refused, with why and what to do instead.
    QVERIFY(Edits::freezePeriod(*m_file, QStringLiteral("Q1"), QDate(2025, 6, 30), QStringLiteral("Freeze")).ok);
    r = StructureEdits::set(*m_file, Entity::Project, project, { { Field::Budget, 25.5e6 } }, QStringLiteral("Edit"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("Project P-9 was reported in a frozen reporting period: its original budget and planned "
                                     "dates stay as reported. A decision that re-authorizes it changes them (in the project's "
                                     "detail, Add Decision with Re-authorize)."));
    QCOMPARE(Repository::project(*m_file, project)->budget, 25.5);

    // Re-authorized (another project, never reported): refused too.
    const QString other = add(Entity::Project, { { Field::Code, QStringLiteral("P-10") }, { Field::Budget, 1e6 } });
    DecisionRecord decision;
    decision.date = QDate(2025, 9, 1);
    decision.authority = QStringLiteral("Treasury Board");
    decision.text.en = QStringLiteral("More scope");
    decision.budgetChange = 5e5;
    decision.reauthorize = true;
    QVERIFY(Edits::recordDecision(*m_file, other, decision, QStringLiteral("Decision")).ok);
    QVERIFY(StructureEdits::authorizationLocked(*m_file, other).startsWith(QStringLiteral("Project P-10 was re-authorized")));
    QVERIFY(!StructureEdits::set(*m_file, Entity::Project, other, { { Field::PlannedEnd, QStringLiteral("2030-01-01") } },
                                 QStringLiteral("Edit"))
                 .ok);
    // The project's other fields are edited as before.
    QVERIFY(StructureEdits::set(*m_file, Entity::Project, other, { { Field::Phase, QStringLiteral("Execution") } }, QStringLiteral("Edit")).ok);
}

QTEST_GUILESS_MAIN(TestStructureEdits)
#include "tst_structureedits.moc"
