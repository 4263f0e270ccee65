#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>

#include <optional>

namespace Vigie {

class PortfolioFile;

// Which projects changed overall colour between two reporting periods, or between a period and the
// current values: the review a CIO's office does after each freeze. Colours are the effective overall
// ones (declared where set, else the worse of cost and schedule), as the dashboards showed them; a
// project is reported at a period when it was active then.
//
// Order of colours: green, yellow, red, then unrated — a project that loses its rating counts as worse
// (the council no longer knows how it stands), one that gains one as better.
// What a project's overall colour came from at one end of a comparison: its row in a frozen period, or
// the project as it stands now.
struct MoverState
{
    bool reported = false; // a row in that period (now: the project exists)
    QString state;         // "active", "completed", "cancelled", as stored
    Health cost = Health::Unrated;
    Health schedule = Health::Unrated;
    Health overall = Health::Unrated;
    bool overallDeclared = false; // the overall colour set by hand, not the worse of cost and schedule
    std::optional<double> budget;
    std::optional<double> forecastCost;
    QString forecastEnd; // ISO date or empty
};

struct Mover
{
    RowId projectId = 0;
    QString uuid;
    QString code;
    BilingualText name;
    Health from = Health::Unrated;
    Health to = Health::Unrated;
    // Why it moved (compute() fills them; add() leaves `explained` false).
    bool explained = false;
    MoverState before;
    MoverState after;
};

struct Movers
{
    ReportingPeriod from;
    std::optional<ReportingPeriod> to; // none: the current values
    QString currency = QStringLiteral("CAD"); // the portfolio's, how reasons() write amounts
    QList<Mover> worse;
    QList<Mover> better;
    QList<Mover> added; // "new": reported at `to`, not at `from` (`from` colour unrated)
    QList<Mover> gone;  // "no longer reported": reported at `from`, not at `to` (`to` colour unrated)
    int unchanged = 0;
    // The health rule in force when `from` was frozen and when `to` was (or now), as the change journal
    // tells it, by name ("Variance 10/30"); both empty when it did not change between the two.
    QString ruleFrom, ruleTo;
};

class MoversAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MoversAnalysis)
public:
    // `toPeriod` 0: the current values. Lists are in order of code. False with a message when a period
    // is unknown or the file cannot be read.
    static bool compute(const PortfolioFile &file, RowId fromPeriod, RowId toPeriod, Movers *out, QString *error);

    // For a reader that walks the projects in its own pass (the briefing's facts, which read both periods'
    // rows anyway): one project, its colour at `from` and at `to` (nullopt: not reported then), sorted
    // into `out`'s lists by compute()'s rules, with the code given and no UUID or name. sortByCode()
    // then puts each list in compute()'s order.
    static void add(Movers *out, RowId project, const QString &code, std::optional<Health> from,
                    std::optional<Health> to);
    static void sortByCode(Movers *out);

    // Whether `to` is worse than `from` in the order above.
    static bool isWorse(Health from, Health to);

    // Why `mover` moved, in the current language, each reason a short phrase: the cost and schedule
    // colours that changed, an overall colour declared by hand, and the budget, forecast cost and
    // forecast end that changed ("Cost: Green → Red", "Forecast cost: $1,000,000.00 → $1,300,000.00");
    // for a new or no longer reported project, its state then and now, or that it was not in the
    // portfolio; and the health rule, when it changed between the two and a cost or schedule colour
    // moved. Empty when `mover` was not explained (add()).
    static QStringList reasons(const Mover &mover, const Movers &movers);
    // The same as one line: "Cost: Green → Red; Forecast cost: … → …".
    static QString why(const Mover &mover, const Movers &movers);

    // {"from": label, "to": label or "now", "worse": [{"code", "name", "from", "to"}...], "better": [...],
    // "new": [...], "gone": [{"code", "name", "from"}...], "unchanged": N}: names in `language`
    // ("en"/"fr"), colours as keys ("green", …, "unrated"); "gone" are the no longer reported.
    static QJsonObject toJson(const Movers &movers, const QString &language);
    // Plain, translated text, the no-longer-reported projects included, each project's reasons() on
    // the line below it.
    static QString toText(const Movers &movers, const QLocale &locale);
};

} // namespace Vigie
