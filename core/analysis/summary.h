#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include "analysis/jsonwriter.h"

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QSet>

namespace Vigie {

class PortfolioFile;

// The portfolio at a glance, computed with SQL aggregates over the file: what `vigie summary` prints,
// what the Overview shows and what the charts and briefings start from.
struct HealthBucket
{
    int count = 0;
    double amount = 0.0;
};

struct IndicatorSummary
{
    HealthBucket green, yellow, red, unrated;
    const HealthBucket &bucket(Health h) const;
    HealthBucket &bucket(Health h);
};

// Computed beside declared, never hidden (issue "Honest colours"): the active projects' colours as the
// rule computes them, as declared, and as the rule computes them against each project's original
// baseline; how declared and computed colours cross; and what declaring hides.
struct HonestColours
{
    // Indexed by Indicator (cost, schedule, overall). The computed overall is the worse of the computed
    // cost and schedule colours that are rated; the declared overall is the declared overall colour.
    IndicatorSummary computed[3], declared[3], computedOriginal[3];
    int declaredVsComputed[3][4][4] = {}; // [indicator][declared Health][computed Health]: projects
    // Projects whose declared colour is rated and greener than a rated computed colour, by indicator:
    // what the effective colours (declared where set) hide.
    HealthBucket declaredGreener[3];
    // Projects with any colour the dashboards show (cost, schedule or overall: declared where set) greener
    // than the rule computes for it: one count, each project once. What the Overview, `vigie summary`,
    // the briefing and the Projects filter "Declared greener than computed" say.
    HealthBucket declaredGreenerAny;
    int rebaselined = 0; // projects with more than one baseline

    const IndicatorSummary &computedOf(Indicator i) const { return computed[int(i)]; }
    const IndicatorSummary &declaredOf(Indicator i) const { return declared[int(i)]; }
    const HealthBucket &greenerOf(Indicator i) const { return declaredGreener[int(i)]; }
};

struct AreaSummary
{
    int number = 0; // within its plan
    BilingualText title;
    QString planCode; // the plan the key area belongs to (a portfolio may hold several)
    BilingualText plan;
    int byStatus[4] = { 0, 0, 0, 0 }; // indexed by MeasureStatus
    int total() const { return byStatus[0] + byStatus[1] + byStatus[2] + byStatus[3]; }
};

// Whether `areas` belong to more than one plan: then their numbers repeat, and each is shown with its plan.
bool areasOfSeveralPlans(const QList<AreaSummary> &areas);

struct Summary
{
    QString portfolioName;
    QString currency = QStringLiteral("CAD"); // the portfolio's (ISO 4217): how its amounts are written
    int measuresTotal = 0;
    int measuresByStatus[4] = { 0, 0, 0, 0 };
    QList<AreaSummary> areas;

    int activeProjects = 0;
    double totalAmount = 0.0;
    IndicatorSummary cost, schedule, overall;

    double internalFte = 0.0;
    double externalFte = 0.0;
    int workforceOrganizations = 0;
    QDate workforceSurvey;

    int envelopeYear = 0;
    double envelopeNeeds = 0.0, envelopeGranted = 0.0, envelopeCommitted = 0.0;

    QString ruleName;
    HonestColours honest;

    // Not touched since the latest frozen period (analysis/staleness.h): active projects, and measures
    // not started or under way. 0 when no period is frozen.
    int staleProjects = 0;
    int staleMeasures = 0;
    // Active projects serving no measure, counted in the same scan of the projects (the links merged in
    // by project id); MeasureChecks::compute takes it from here.
    int activeWithoutMeasure = 0;
    QString stalePeriod; // the latest frozen period's label in the reader's language; "" when none

    double externalPercent() const;
    static double percent(double part, double whole, int decimals);
    const IndicatorSummary &indicator(Indicator i) const;
};

// Whether `declared` is rated and greener than a rated `computed`: a colour declaring hides.
bool declaredGreener(Health declared, Health computed);

class SummaryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::SummaryBuilder)
public:
    // Computes the summary of the file's current values (no period), or false with a message.
    static bool compute(const PortfolioFile &file, Summary *summary, QString *error);

    // The shape documented in the README (`vigie summary --json`), built to be written (toText()).
    static JsonTree toJsonTree(const Summary &summary);
    // The same as a QJsonObject.
    static QJsonObject toJson(const Summary &summary);
    // toJson() as text: counts as integers, amounts and percentages always with a decimal part.
    static QString toJsonText(const Summary &summary);
    // The members toJsonText() prints as integers (for callers adding their own members first).
    static QSet<QString> jsonIntegerKeys();
    // Plain, translated text in `locale`'s language and formats.
    static QString toText(const Summary &summary, const QLocale &locale);
    // "Declared greener than computed: 3 projects ($12.00M)", for footnotes of charts and briefings that
    // show effective colours; empty when none is.
    static QString declaredGreenerText(const HealthBucket &bucket, const QLocale &locale,
                                       const QString &currency = QStringLiteral("CAD"));
};

// Money shown the way each language writes it: "$415.56M" in en_CA, "415,56 M$" in fr_CA (with a
// no-break space, U+00A0, before the unit). Always `decimals` decimals ("$2.00M", never "$2M"); an
// amount that would show as zero in millions is written in thousands ("$3.5K", "3,5 k$").
QString formatMoneyMillions(double amount, const QLocale &locale, int decimals = 2);
QString formatMoney(double amount, const QLocale &locale);

} // namespace Vigie
