// Movers between reporting periods and between a period and now, on the overall effective colour.
#include "analysis/movers.h"
#include "analysis/periods.h"
#include "analysis/summary.h"
#include "rules/healthrule.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestMovers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void betweenPeriodsAndNow();
    void order();
};

void TestMovers::order()
{
    QVERIFY(MoversAnalysis::isWorse(Health::Green, Health::Yellow));
    QVERIFY(MoversAnalysis::isWorse(Health::Yellow, Health::Red));
    QVERIFY(MoversAnalysis::isWorse(Health::Red, Health::Unrated)); // a lost rating is bad news
    QVERIFY(!MoversAnalysis::isWorse(Health::Red, Health::Green));
    QVERIFY(!MoversAnalysis::isWorse(Health::Unrated, Health::Red));
}

void TestMovers::betweenPeriodsAndNow()
{
    QTemporaryDir dir;
    FileError fe;
    auto file = PortfolioFile::create(dir.filePath(QStringLiteral("m.vigie")), QStringLiteral("Movers"), &fe);
    QVERIFY(file);
    const auto add = [&](const QString &code, double forecast) {
        return Edits::addRow(*file, Entity::Project,
                             { { Field::Code, code }, { Field::NameEn, code + QStringLiteral(" en") },
                               { Field::NameFr, code + QStringLiteral(" fr") }, { Field::Budget, 100.0 },
                               { Field::ForecastCost, forecast } },
                             QStringLiteral("Add"))
            .uuid;
    };
    const QString a = add(QStringLiteral("A"), 100); // green
    const QString b = add(QStringLiteral("B"), 120); // yellow
    const QString c = add(QStringLiteral("C"), 100); // green
    const QString d = add(QStringLiteral("D"), 100); // green, then completed
    QVERIFY(Edits::freezePeriod(*file, QStringLiteral("March 2016"), QDate(2016, 3, 31), QStringLiteral("F")).ok);
    QVERIFY(Edits::setValue(*file, Entity::Project, a, Field::ForecastCost, 150.0, QStringLiteral("E")).ok); // red
    QVERIFY(Edits::setValue(*file, Entity::Project, b, Field::DeclaredOverall, QStringLiteral("green"), QStringLiteral("E")).ok);
    QVERIFY(Edits::setValue(*file, Entity::Project, d, Field::State, QStringLiteral("completed"), QStringLiteral("E")).ok);
    add(QStringLiteral("E"), 100);
    QVERIFY(Edits::freezePeriod(*file, QStringLiteral("August 2016"), QDate(2016, 8, 31), QStringLiteral("F")).ok);
    QVERIFY(Edits::setValue(*file, Entity::Project, c, Field::ForecastCost, 115.0, QStringLiteral("E")).ok); // yellow now

    const QList<ReportingPeriod> periods = Periods::list(*file); // oldest first
    QCOMPARE(periods.size(), 2);

    Movers m;
    QString error;
    QVERIFY2(MoversAnalysis::compute(*file, periods.at(0).id, periods.at(1).id, &m, &error), qPrintable(error));
    QCOMPARE(m.worse.size(), 1);
    QCOMPARE(m.worse.first().code, QStringLiteral("A"));
    QCOMPARE(m.worse.first().from, Health::Green);
    QCOMPARE(m.worse.first().to, Health::Red);
    QCOMPARE(m.better.size(), 1); // B declared green
    QCOMPARE(m.better.first().code, QStringLiteral("B"));
    QCOMPARE(m.added.size(), 1);
    QCOMPARE(m.added.first().code, QStringLiteral("E"));
    QCOMPARE(m.gone.size(), 1);
    QCOMPARE(m.gone.first().code, QStringLiteral("D"));
    {
        // "gone": the no longer reported, with the colour they last had.
        const QJsonArray gone = MoversAnalysis::toJson(m, QStringLiteral("en"))[QLatin1String("gone")].toArray();
        QCOMPARE(gone.size(), 1);
        const QJsonObject d0 = gone.at(0).toObject();
        QCOMPARE(d0.keys(), QStringList({ QStringLiteral("code"), QStringLiteral("from"), QStringLiteral("name") }));
        QCOMPARE(d0[QLatin1String("code")].toString(), QStringLiteral("D"));
        QCOMPARE(d0[QLatin1String("name")].toString(), QStringLiteral("D en"));
        QCOMPARE(d0[QLatin1String("from")].toString(), QStringLiteral("green"));
    }
    QCOMPARE(m.unchanged, 1); // C

    // Why each moved, from what the file kept at both periods.
    QCOMPARE(MoversAnalysis::reasons(m.worse.first(), m),
             QStringList({ QStringLiteral("Cost: Green → Red"), QStringLiteral("Forecast cost: $100.00 → $150.00") }));
    QCOMPARE(MoversAnalysis::reasons(m.better.first(), m), QStringList({ QStringLiteral("overall declared Green") }));
    {
        // Amounts of a million and more in millions, as every other screen writes them ("4 300 000,00 $ →
        // 5 000 000,00 $" stood alone), with the decimals a small change needs to show.
        Mover big = m.worse.first();
        big.before.budget = 4300000.0;
        big.after.budget = 5000000.0;
        big.before.forecastCost = 4300000.0;
        big.after.forecastCost = 4302000.0;
        QCOMPARE(MoversAnalysis::reasons(big, m),
                 QStringList({ QStringLiteral("Cost: Green → Red"), QStringLiteral("Authorized budget: $4.30M → $5.00M"),
                               QStringLiteral("Forecast cost: $4.300M → $4.302M") }));
    }
    QCOMPARE(MoversAnalysis::reasons(m.added.first(), m), QStringList({ QStringLiteral("not in the portfolio in March 2016") }));
    QCOMPARE(MoversAnalysis::reasons(m.gone.first(), m), QStringList({ QStringLiteral("State: Active → Completed") }));
    QCOMPARE(MoversAnalysis::why(m.worse.first(), m), QStringLiteral("Cost: Green → Red; Forecast cost: $100.00 → $150.00"));
    QVERIFY2(MoversAnalysis::toText(m, QLocale(QLocale::English, QLocale::Canada))
                 .contains(QStringLiteral("  A A en: Green → Red\n    Cost: Green → Red; Forecast cost: $100.00 → $150.00\n")),
             qPrintable(MoversAnalysis::toText(m, QLocale(QLocale::English, QLocale::Canada))));
    {
        // The briefing's own pass (add()) knows only the colours: no reasons rather than wrong ones.
        Movers briefing;
        MoversAnalysis::add(&briefing, 1, QStringLiteral("A"), Health::Green, Health::Red);
        QVERIFY(MoversAnalysis::reasons(briefing.worse.first(), briefing).isEmpty());
    }

    // From August to now: C turned yellow.
    QVERIFY(MoversAnalysis::compute(*file, periods.at(1).id, 0, &m, &error));
    QCOMPARE(m.worse.size(), 1);
    QCOMPARE(m.worse.first().code, QStringLiteral("C"));
    QCOMPARE(m.unchanged, 3);
    const QJsonObject json = MoversAnalysis::toJson(m, QStringLiteral("fr"));
    QCOMPARE(json.keys(), QStringList({ QStringLiteral("better"), QStringLiteral("from"), QStringLiteral("gone"),
                                        QStringLiteral("new"), QStringLiteral("to"), QStringLiteral("unchanged"),
                                        QStringLiteral("worse") }));
    QCOMPARE(json[QLatin1String("from")].toString(), QStringLiteral("August 2016"));
    QCOMPARE(json[QLatin1String("to")].toString(), QStringLiteral("now"));
    QCOMPARE(json[QLatin1String("unchanged")].toInt(), 3);
    const QJsonObject c0 = json[QLatin1String("worse")].toArray().at(0).toObject();
    QCOMPARE(c0[QLatin1String("code")].toString(), QStringLiteral("C"));
    QCOMPARE(c0[QLatin1String("name")].toString(), QStringLiteral("C fr"));
    QCOMPARE(c0[QLatin1String("from")].toString(), QStringLiteral("green"));
    QCOMPARE(c0[QLatin1String("to")].toString(), QStringLiteral("yellow"));
    // Against now: the project as it stands, B's declared green no longer news.
    QCOMPARE(MoversAnalysis::reasons(m.worse.first(), m),
             QStringList({ QStringLiteral("Cost: Green → Yellow"), QStringLiteral("Forecast cost: $100.00 → $115.00") }));
    QVERIFY(Edits::setValue(*file, Entity::Project, b, Field::DeclaredOverall, QVariant(), QStringLiteral("E")).ok);
    QVERIFY(MoversAnalysis::compute(*file, periods.at(1).id, 0, &m, &error));
    QCOMPARE(m.worse.size(), 2); // C, and B back to its computed yellow
    QCOMPARE(m.worse.first().code, QStringLiteral("B"));
    QCOMPARE(MoversAnalysis::reasons(m.worse.first(), m), QStringList({ QStringLiteral("overall no longer declared (was Green)") }));

    // Amounts in the portfolio's currency, in the reasons as in the summary: never a dollar sign on euros.
    QVERIFY(Edits::setValue(*file, Entity::Portfolio, file->info().uuid, Field::Currency, QStringLiteral("EUR"), QStringLiteral("E")).ok);
    QVERIFY(MoversAnalysis::compute(*file, periods.at(1).id, 0, &m, &error));
    QCOMPARE(MoversAnalysis::reasons(m.worse.at(1), m),
             QStringList({ QStringLiteral("Cost: Green → Yellow"), QStringLiteral("Forecast cost: 100.00 EUR → 115.00 EUR") }));
    Summary summary;
    QVERIFY(SummaryBuilder::compute(*file, &summary, &error));
    const QString text = SummaryBuilder::toText(summary, QLocale(QLocale::English, QLocale::Canada));
    QVERIFY2(text.contains(QStringLiteral("authorized budgets €")) && !text.contains(QLatin1Char('$')), qPrintable(text));

    // A colour moved by a change of the health rule says so: C's 15 % is red under 5/14.
    QVERIFY(m.ruleFrom.isEmpty() && m.ruleTo.isEmpty());
    QVERIFY(Edits::setHealthRule(*file, HealthRule::custom(5, 14), QStringLiteral("R")).ok);
    QVERIFY(MoversAnalysis::compute(*file, periods.at(1).id, 0, &m, &error));
    QCOMPARE(m.ruleFrom, QStringLiteral("Variance 10/30"));
    QCOMPARE(m.ruleTo, QStringLiteral("Custom variance 5/14"));
    const auto moved = std::find_if(m.worse.cbegin(), m.worse.cend(), [](const Mover &x) { return x.code == QLatin1String("C"); });
    QVERIFY(moved != m.worse.cend());
    QCOMPARE(MoversAnalysis::reasons(*moved, m),
             QStringList({ QStringLiteral("Cost: Green → Red"), QStringLiteral("Health rule: Variance 10/30 → Custom variance 5/14"),
                           QStringLiteral("Forecast cost: 100.00 EUR → 115.00 EUR") }));
    // Between two periods frozen under the same rule, nothing of the rule; nor once it is back.
    QVERIFY(MoversAnalysis::compute(*file, periods.at(0).id, periods.at(1).id, &m, &error));
    QVERIFY(m.ruleFrom.isEmpty());
    QVERIFY(Edits::setHealthRule(*file, HealthRule::variance1030(), QStringLiteral("R")).ok);
    QVERIFY(MoversAnalysis::compute(*file, periods.at(1).id, 0, &m, &error));
    QVERIFY(m.ruleFrom.isEmpty());

    QVERIFY(!MoversAnalysis::compute(*file, 999, 0, &m, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMovers)
#include "tst_movers.moc"
