#include "baselineledger.h"

#include "storage/portfoliofile.h"
#include "storage/repository.h"

namespace Vigie {

namespace {

BaselineVariance against(const HealthRule &rule, const Project &p, bool useReported)
{
    BaselineVariance v;
    v.cost = useReported && p.reportedCostVariance ? p.reportedCostVariance
                                                   : HealthRule::costVariance(p.budget, p.forecastCost);
    v.schedule = useReported && p.reportedScheduleVariance
        ? p.reportedScheduleVariance
        : HealthRule::scheduleVariance(p.plannedStart, p.plannedEnd, p.forecastEnd);
    v.costColour = rule.classify(v.cost);
    v.scheduleColour = rule.classify(v.schedule);
    return v;
}

} // namespace

ProjectBaselines BaselineLedger::compute(const HealthRule &rule, const Project &project, const QList<Baseline> &baselines)
{
    ProjectBaselines out;
    out.baselines = baselines;
    out.latest = against(rule, project, true);
    if (baselines.size() < 2) {
        out.original = out.latest;
        return out;
    }
    Project original = project;
    original.budget = baselines.constFirst().budget;
    original.plannedStart = baselines.constFirst().plannedStart;
    original.plannedEnd = baselines.constFirst().plannedEnd;
    out.original = against(rule, original, false);
    return out;
}

std::optional<ProjectBaselines> BaselineLedger::read(const PortfolioFile &file, const QString &projectUuid)
{
    const std::optional<Project> project = Repository::project(file, projectUuid);
    if (!project)
        return std::nullopt;
    return compute(file.healthRule(), *project, Repository::baselines(file, project->id));
}

} // namespace Vigie
