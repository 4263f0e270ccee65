#include "briefingtext.h"

#include "analysis/periods.h"

#include "analysis/money.h"
#include "analysis/summary.h"

#include <QStringList>

#include <cmath>

namespace Vigie {

namespace BriefingText {

QString normalized(const QString &language)
{
    return language.startsWith(QLatin1String("fr"), Qt::CaseInsensitive) ? QStringLiteral("fr") : QStringLiteral("en");
}

QLocale locale(const QString &language)
{
    return normalized(language) == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::Canada)
                                                        : QLocale(QLocale::English, QLocale::Canada);
}

QString sectionTitle(BriefingSection section, const QString &l)
{
    switch (section) {
    case BriefingSection::Accomplishments: return pick(l, QStringLiteral("1. Accomplishments"), QStringLiteral("1. Réalisations"));
    case BriefingSection::Priorities: return pick(l, QStringLiteral("2. Priorities"), QStringLiteral("2. Priorités"));
    case BriefingSection::IssuesAndNeeds: return pick(l, QStringLiteral("3. Issues and needs"), QStringLiteral("3. Enjeux et besoins"));
    case BriefingSection::CouncilTopics: break;
    }
    return pick(l, QStringLiteral("4. Topics for council"), QStringLiteral("4. Sujets pour le Conseil"));
}

QString sectionPrompt(BriefingSection section, const QString &l)
{
    switch (section) {
    case BriefingSection::Accomplishments:
        return pick(l, QStringLiteral("Major IT/IM accomplishments, progress and milestones achieved over the past 6 to 12 months."),
                    QStringLiteral("Principales réalisations, avancées et étapes franchies en TI/GI au cours des 6 à 12 derniers mois."));
    case BriefingSection::Priorities:
        return pick(l, QStringLiteral("Top IT/IM priorities and initiatives over the next 12 to 36 months."),
                    QStringLiteral("Priorités et initiatives principales en TI/GI pour les 12 à 36 prochains mois."));
    case BriefingSection::IssuesAndNeeds:
        return pick(l, QStringLiteral("Issues to share with the Council and assistance sought from PSCIOC."),
                    QStringLiteral("Enjeux à partager avec le Conseil et soutien recherché auprès du CDPISP."));
    case BriefingSection::CouncilTopics: break;
    }
    return pick(l, QStringLiteral("Topics of particular interest for upcoming Council meetings."),
                QStringLiteral("Sujets d'intérêt particulier pour les prochaines réunions du Conseil."));
}

QString longDate(const QDate &date, const QString &l)
{
    if (!date.isValid())
        return QString();
    // French writes the first of the month as an ordinal: « 1er mars 2016 »; the day stays on the line of
    // its month (a non-breaking space), as the OQLF asks: a wrapped line never starts with « mars 2018 ».
    if (normalized(l) == QLatin1String("fr") && date.day() == 1)
        return locale(l).toString(date, QStringLiteral("d'er'\u00a0MMMM yyyy"));
    return locale(l).toString(date, pick(l, QStringLiteral("MMMM d, yyyy"), QStringLiteral("d\u00a0MMMM yyyy")));
}

QString monthYear(const QDate &date, const QString &l)
{
    return date.isValid() ? locale(l).toString(date, QStringLiteral("MMMM yyyy")) : QString();
}

QString periodLabel(const ReportingPeriod &period, const QString &l)
{
    return Periods::displayLabel(period, normalized(l));
}

QString money(double amount, const QString &l, const QString &currency)
{
    return formatMoneyMillions(amount, locale(l), 2, currency);
}

QString number(double value, int decimals, const QString &l)
{
    return locale(l).toString(value, 'f', decimals);
}

QString percent(double value, int decimals, const QString &l)
{
    return pick(l, QStringLiteral("%1%"), QStringLiteral("%1\u00a0%")).arg(number(value, decimals, l));
}

QString healthWord(Health health, const QString &l)
{
    switch (health) {
    case Health::Green: return pick(l, QStringLiteral("green"), QStringLiteral("vert"));
    case Health::Yellow: return pick(l, QStringLiteral("yellow"), QStringLiteral("jaune"));
    case Health::Red: return pick(l, QStringLiteral("red"), QStringLiteral("rouge"));
    case Health::Unrated: break;
    }
    return pick(l, QStringLiteral("unrated"), QStringLiteral("non évalué"));
}

QString statusWord(MeasureStatus status, const QString &l)
{
    switch (status) {
    case MeasureStatus::NotStarted: return pick(l, QStringLiteral("not started"), QStringLiteral("non amorcée"));
    case MeasureStatus::UnderWay: return pick(l, QStringLiteral("under way"), QStringLiteral("en cours"));
    case MeasureStatus::Completed: return pick(l, QStringLiteral("completed"), QStringLiteral("réalisée"));
    case MeasureStatus::Cancelled: break;
    }
    return pick(l, QStringLiteral("cancelled"), QStringLiteral("annulée"));
}

QString declaredGreener(int count, double amount, const QString &l, const QString &currency)
{
    if (count == 0)
        return pick(l, QStringLiteral("No project shows a declared colour greener than the one the rule computes."),
                    QStringLiteral("Aucun projet n'affiche une couleur déclarée plus favorable que celle calculée par la règle."));
    const QString n = number(count, 0, l);
    const QString m = money(amount, l, currency);
    if (count == 1)
        return pick(l, QStringLiteral("%1 project (%2) shows a declared colour greener than the one the rule computes."),
                    QStringLiteral("%1 projet (%2) affiche une couleur déclarée plus favorable que celle calculée par la règle."))
            .arg(n, m);
    return pick(l, QStringLiteral("%1 projects (%2) show a declared colour greener than the one the rule computes."),
                QStringLiteral("%1 projets (%2) affichent une couleur déclarée plus favorable que celle calculée par la règle."))
        .arg(n, m);
}

QString counted(int n, const QString &l, const QString &enOne, const QString &enMany, const QString &frOne,
                const QString &frMany)
{
    const bool fr = l == QLatin1String("fr");
    const bool one = fr ? n <= 1 : n == 1;
    return (fr ? (one ? frOne : frMany) : (one ? enOne : enMany)).arg(number(n, 0, l));
}

QString ruleName(const QString &preset, double greenMax, double redMin, const QString &l)
{
    // A threshold with the decimals it has (12.5 stays 12.5, never rounded to 13).
    const auto threshold = [&](double v) {
        const int decimals = v == std::round(v) ? 0 : v * 10 == std::round(v * 10) ? 1 : 2;
        return percent(v, decimals, l);
    };
    const auto plain = [&](double v) { return locale(l).toString(v, 'f', QLocale::FloatingPointShortest); };
    if (preset == QLatin1String("three-code"))
        return pick(l, QStringLiteral("Three-code rule (declared colours: 1 green, 2 yellow, 3 red)"),
                    QStringLiteral("Règle à trois codes (couleurs déclarées\u00a0: 1 vert, 2 jaune, 3 rouge)"));
    const QString name = preset == QLatin1String("variance-10-30")
        ? pick(l, QStringLiteral("Variance 10/30 rule"), QStringLiteral("Règle des écarts 10/30"))
        // Named as the rule is everywhere else (HealthRule::displayName: chart captions, the rule
        // dialog): "Custom variance 5/20" / « Écart personnalisé 5/20 ».
        : pick(l, QStringLiteral("Custom variance %1/%2 rule"), QStringLiteral("Règle d'écart personnalisé %1/%2"))
              .arg(plain(greenMax), plain(redMin));
    return pick(l, QStringLiteral("%1: variance up to %2 green, %3 or more red, yellow in between"),
                QStringLiteral("%1\u00a0: écart jusqu'à %2 vert, %3 ou plus rouge, jaune entre les deux"))
        .arg(name, threshold(greenMax), threshold(redMin));
}

} // namespace BriefingText

namespace BriefingBlock {

namespace {
const QLatin1String kChart("{{chart:");
const QLatin1String kTable("{{table:");
const QLatin1String kEnd("}}");
} // namespace

Kind kind(const QString &textEn)
{
    const QString t = textEn.trimmed();
    if (t.startsWith(kChart) && t.endsWith(kEnd))
        return Kind::Chart;
    if (t.startsWith(kTable) && t.endsWith(kEnd))
        return Kind::Table;
    return Kind::Text;
}

QString id(const QString &textEn)
{
    const QString t = textEn.trimmed();
    if (kind(t) == Kind::Text)
        return QString();
    return t.mid(8, t.size() - 8 - 2);
}

QString chartMarker(const QString &chartId)
{
    return kChart + chartId + kEnd;
}

QString tableMarker(const QString &tableId)
{
    return kTable + tableId + kEnd;
}

bool isReserved(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(kChart) || t.startsWith(kTable);
}

QStringList chartIds()
{
    // The chart IDs of the Charts view (ChartDataBuilder::chartIds()), so a block draws with its code.
    return { QStringLiteral("measures-by-area"), QStringLiteral("measures-progress"), QStringLiteral("project-health-cost"),
             QStringLiteral("project-health-schedule"), QStringLiteral("health-trend"),
             QStringLiteral("workforce-by-specialty"), QStringLiteral("envelopes-by-organization"),
             QStringLiteral("envelopes-by-year") };
}

QString chartTitle(const QString &chartId, const QString &l)
{
    using BriefingText::pick;
    if (chartId == QLatin1String("measures-by-area"))
        return pick(l, QStringLiteral("Measures by key area and status"), QStringLiteral("Mesures par axe d'intervention et par état"));
    if (chartId == QLatin1String("project-health-cost"))
        return pick(l, QStringLiteral("Project health: cost indicator"), QStringLiteral("État de santé des projets\u00a0: indicateur de coût"));
    if (chartId == QLatin1String("project-health-schedule"))
        return pick(l, QStringLiteral("Project health: schedule indicator"), QStringLiteral("État de santé des projets\u00a0: indicateur d'échéancier"));
    if (chartId == QLatin1String("workforce-by-specialty"))
        return pick(l, QStringLiteral("Workforce: internal and external experts by specialty"),
                    QStringLiteral("Main-d'œuvre\u00a0: experts internes et externes par spécialité"));
    if (chartId == QLatin1String("envelopes-by-organization"))
        return pick(l, QStringLiteral("Investment envelope: planned needs and budgets granted"),
                    QStringLiteral("Enveloppe d'investissement\u00a0: besoins prévus et budgets accordés"));
    if (chartId == QLatin1String("measures-progress"))
        return pick(l, QStringLiteral("Overall progress of the measures"), QStringLiteral("Avancement global des mesures"));
    if (chartId == QLatin1String("health-trend"))
        return pick(l, QStringLiteral("Trend across reporting periods"), QStringLiteral("Tendance d'une période de référence à l'autre"));
    if (chartId == QLatin1String("envelopes-by-year"))
        return pick(l, QStringLiteral("Investment envelopes by fiscal year"), QStringLiteral("Enveloppes d'investissement par exercice"));
    return chartId;
}

} // namespace BriefingBlock

} // namespace Vigie
