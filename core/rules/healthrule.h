#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Vigie {

// How a portfolio turns variances into colours. The rule is a value stored in the portfolio file and
// printed on every chart and briefing that uses it, so readers always know how a colour was obtained.
//
// Variance presets: |variance| <= greenMax is green, greenMax < |variance| < redMin is yellow,
// |variance| >= redMin is red. The three-code preset computes nothing: colours are declared.
class HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::HealthRule)
public:
    enum class Kind { Variance, ThreeCode };

    static HealthRule variance1030();
    static HealthRule threeCode();
    static HealthRule custom(double greenMax, double redMin);

    // JSON such as {"preset":"variance-10-30","green_max":10,"red_min":30}; nullopt when malformed.
    static std::optional<HealthRule> fromJson(const QString &json);
    QString toJson() const;

    Kind kind() const { return m_kind; }
    QString preset() const { return m_preset; }
    double greenMax() const { return m_greenMax; }
    double redMin() const { return m_redMin; }

    // Translated name and one-line statement, for footnotes: "Variance 10/30: |v| ≤ 10% green, ...".
    QString displayName() const;
    QString statement() const;

    Health classify(std::optional<double> variancePercent) const;

    // Cost variance = (forecast at completion − authorized budget) / authorized budget, in percent.
    static std::optional<double> costVariance(double budget, std::optional<double> forecastCost);
    // Schedule variance = (forecast end − planned end) / planned duration, in percent.
    static std::optional<double> scheduleVariance(const QDate &plannedStart, const QDate &plannedEnd,
                                                  const QDate &forecastEnd);

    // The computed indicators of a project; a variance reported by the source wins over a computed one.
    Health computeCost(const Project &project) const;
    Health computeSchedule(const Project &project) const;

    bool operator==(const HealthRule &other) const;
    bool operator!=(const HealthRule &other) const { return !(*this == other); }

private:
    HealthRule(Kind kind, QString preset, double greenMax, double redMin);

    Kind m_kind;
    QString m_preset;
    double m_greenMax;
    double m_redMin;
};

} // namespace Vigie
