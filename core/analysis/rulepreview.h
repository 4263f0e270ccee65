#pragma once

#include "analysis/summary.h"
#include "rules/healthrule.h"

#include <QCoreApplication>

namespace Vigie {

class PortfolioFile;

// What choosing another health rule would do, before it is chosen: the Health Rule dialog's live
// preview and `vigie rule --dry-run`'s count. Read-only: one scan of the projects, nothing written.
struct RulePreview
{
    int projects = 0;         // every project the rule colours (all states)
    int computedChanged = 0;  // projects whose computed cost or schedule colour would change
    int effectiveChanged = 0; // projects whose effective (shown) cost, schedule or overall colour would change
    // The same counts among active projects, those the dashboards and summaries count.
    int activeProjects = 0;
    int activeComputedChanged = 0;
    int activeEffectiveChanged = 0;
    // The active projects' computed overall colours under the candidate rule (count and authorized budget).
    IndicatorSummary computedOverall;
};

class RulePreviewer
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::RulePreviewer)
public:
    // Compares the file's stored colours with those `candidate` gives. False with a message when the
    // file cannot be read.
    static bool compute(const PortfolioFile &file, const HealthRule &candidate, RulePreview *out, QString *error);
    // "12 projects would change colour (9 shown on the dashboards)", translated.
    static QString describe(const RulePreview &preview);
};

} // namespace Vigie
