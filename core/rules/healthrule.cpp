#include "healthrule.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Vigie {

namespace {
const QString kVariance1030 = QStringLiteral("variance-10-30");
const QString kThreeCode = QStringLiteral("three-code");
const QString kCustom = QStringLiteral("custom");

// Variances are ratios of money or days; round away binary noise (1.1/1.0 − 1 is 10.000000000000009%)
// so that a variance of exactly 10% is green, as the rule says.
double tidy(double percent)
{
    return std::round(percent * 1e6) / 1e6;
}
} // namespace

HealthRule::HealthRule(Kind kind, QString preset, double greenMax, double redMin)
    : m_kind(kind)
    , m_preset(std::move(preset))
    , m_greenMax(greenMax)
    , m_redMin(redMin)
{
}

HealthRule HealthRule::variance1030()
{
    return HealthRule(Kind::Variance, kVariance1030, 10.0, 30.0);
}

HealthRule HealthRule::threeCode()
{
    return HealthRule(Kind::ThreeCode, kThreeCode, 0.0, 0.0);
}

HealthRule HealthRule::custom(double greenMax, double redMin)
{
    return HealthRule(Kind::Variance, kCustom, greenMax, redMin);
}

std::optional<HealthRule> HealthRule::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QString preset = o.value(QLatin1String("preset")).toString();
    if (preset == kVariance1030)
        return variance1030();
    if (preset == kThreeCode)
        return threeCode();
    if (preset == kCustom) {
        const double g = o.value(QLatin1String("green_max")).toDouble(-1);
        const double r = o.value(QLatin1String("red_min")).toDouble(-1);
        if (g < 0 || r < g)
            return std::nullopt;
        return custom(g, r);
    }
    return std::nullopt;
}

QString HealthRule::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("preset"), m_preset);
    if (m_kind == Kind::Variance) {
        o.insert(QLatin1String("green_max"), m_greenMax);
        o.insert(QLatin1String("red_min"), m_redMin);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace {
// A threshold as the reader's language writes it: 12.5 / 12,5 and 1,000,000 / 1 000 000, never 1e+06.
QString thresholdText(double percent)
{
    return QLocale().toString(percent, 'f', QLocale::FloatingPointShortest);
}
} // namespace

QString HealthRule::displayName() const
{
    if (m_preset == kVariance1030)
        return tr("Variance 10/30");
    if (m_preset == kThreeCode)
        return tr("Three-code (declared)");
    return tr("Custom variance %1/%2").arg(thresholdText(m_greenMax), thresholdText(m_redMin));
}

QString HealthRule::statement() const
{
    if (m_kind == Kind::ThreeCode)
        return tr("%1: 1 no issues = green, 2 issues but end target still expected = yellow, "
                  "3 end target will not be met = red; colours are declared.")
            .arg(displayName());
    if (m_redMin <= m_greenMax) // no room for yellow: two colours
        return tr("%1: |variance| ≤ %2% green, > %2% red; cost variance against the authorized budget, schedule "
                  "variance against the planned duration.")
            .arg(displayName(), thresholdText(m_greenMax));
    return tr("%1: |variance| ≤ %2% green, %2% < |variance| < %3% yellow, ≥ %3% red; "
              "cost variance against the authorized budget, schedule variance against the planned duration.")
        .arg(displayName(), thresholdText(m_greenMax), thresholdText(m_redMin));
}

Health HealthRule::classify(std::optional<double> variancePercent) const
{
    if (m_kind != Kind::Variance || !variancePercent || !std::isfinite(*variancePercent))
        return Health::Unrated;
    const double v = std::fabs(tidy(*variancePercent));
    if (v <= m_greenMax)
        return Health::Green;
    if (v < m_redMin)
        return Health::Yellow;
    return Health::Red;
}

std::optional<double> HealthRule::costVariance(double budget, std::optional<double> forecastCost)
{
    if (!forecastCost || budget <= 0.0)
        return std::nullopt;
    return tidy((*forecastCost - budget) / budget * 100.0);
}

std::optional<double> HealthRule::scheduleVariance(const QDate &plannedStart, const QDate &plannedEnd,
                                                   const QDate &forecastEnd)
{
    if (!plannedStart.isValid() || !plannedEnd.isValid() || !forecastEnd.isValid())
        return std::nullopt;
    const qint64 duration = plannedStart.daysTo(plannedEnd);
    if (duration <= 0)
        return std::nullopt;
    return tidy(double(plannedEnd.daysTo(forecastEnd)) / double(duration) * 100.0);
}

Health HealthRule::computeCost(const Project &p) const
{
    if (p.reportedCostVariance)
        return classify(p.reportedCostVariance);
    return classify(costVariance(p.budget, p.forecastCost));
}

Health HealthRule::computeSchedule(const Project &p) const
{
    if (p.reportedScheduleVariance)
        return classify(p.reportedScheduleVariance);
    return classify(scheduleVariance(p.plannedStart, p.plannedEnd, p.forecastEnd));
}

bool HealthRule::operator==(const HealthRule &other) const
{
    return m_kind == other.m_kind && m_preset == other.m_preset && m_greenMax == other.m_greenMax
        && m_redMin == other.m_redMin;
}

} // namespace Vigie
