#pragma once

#include "model/entities.h"
#include "rules/healthrule.h"

#include <QList>

#include <optional>

namespace Vigie {

class PortfolioFile;

// A project's variances against its original and its latest baseline, side by side: the GAO's complaint
// about the US dashboard was baselines reset until every project looked on track. Variances are in
// percent (HealthRule::costVariance, scheduleVariance); the colours are the rule's against each baseline.
// Against the latest baseline a variance the source reported wins, as in the rule; against the original
// one it is computed from the figures (the source's variance was against the baseline it knew).
struct BaselineVariance
{
    std::optional<double> cost;     // percent, none when the figures do not allow it
    std::optional<double> schedule; // percent of the planned duration
    Health costColour = Health::Unrated;
    Health scheduleColour = Health::Unrated;
    Health overall() const { return worse(costColour, scheduleColour); }
};

struct ProjectBaselines
{
    QList<Baseline> baselines; // the original first, then each re-authorization
    BaselineVariance original; // against the first baseline (the latest when there is only one)
    BaselineVariance latest;   // against the latest (the project's current budget and plan)
    bool rebaselined() const { return baselines.size() > 1; }
};

class BaselineLedger
{
public:
    // The variances of `project` (its current figures and latest baseline in its columns) against
    // `original` (none: the project was never re-authorized) under `rule`.
    static ProjectBaselines compute(const HealthRule &rule, const Project &project, const QList<Baseline> &baselines);
    // The same, read from the file; nullopt when there is no such project.
    static std::optional<ProjectBaselines> read(const PortfolioFile &file, const QString &projectUuid);
};

} // namespace Vigie
