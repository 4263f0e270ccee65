#include "rulepreview.h"

#include "analysis/projectscan.h"

namespace Vigie {

bool RulePreviewer::compute(const PortfolioFile &file, const HealthRule &candidate, RulePreview *out, QString *error)
{
    *out = RulePreview();
    return ProjectScan::run(
        file, false,
        [&](const ProjectColours &row) {
            Project after = row.figures;
            after.computedCost = candidate.computeCost(after);
            after.computedSchedule = candidate.computeSchedule(after);
            const Project &before = row.figures;
            const bool computed = after.computedCost != before.computedCost
                || after.computedSchedule != before.computedSchedule;
            const bool shown = after.effectiveCost() != before.effectiveCost()
                || after.effectiveSchedule() != before.effectiveSchedule()
                || after.effectiveOverall() != before.effectiveOverall();
            out->projects++;
            out->computedChanged += computed;
            out->effectiveChanged += shown;
            if (!row.active)
                return;
            out->activeProjects++;
            out->activeComputedChanged += computed;
            out->activeEffectiveChanged += shown;
            HealthBucket &b = out->computedOverall.bucket(worse(after.computedCost, after.computedSchedule));
            b.count++;
            b.amount += after.budget;
        },
        error);
}

QString RulePreviewer::describe(const RulePreview &p)
{
    return tr("%n active project(s) would change computed colour, %1 of them as shown on the dashboards "
              "(declared colours stay).", nullptr, p.activeComputedChanged)
        .arg(p.activeEffectiveChanged);
}

} // namespace Vigie
