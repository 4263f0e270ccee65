// Edits::recordDecision: a decision about a project and, when it re-authorizes the project, the baseline
// it adds (the baseline ledger). Apart from edits.cpp because of its rules.
#include "edits.h"

#include "model/valuelimits.h"
#include "storage/repository.h"

#include <cmath>

namespace Vigie {

EditResult Edits::recordDecision(PortfolioFile &file, const QString &projectUuid, const DecisionRecord &d,
                                 const ChangeLabel &label)
{
    EditResult r;
    const std::optional<Project> project = Repository::project(file, projectUuid);
    if (!project) {
        r.error = tr("The project being edited no longer exists.");
        return r;
    }
    if (!d.date.isValid()) {
        r.error = tr("A decision needs a valid date.");
        return r;
    }
    if (d.budgetChange && !std::isfinite(*d.budgetChange)) {
        r.error = tr("The budget change is not a number.");
        return r;
    }
    if (d.budgetChange) {
        if (const QString problem = ValueLimits::problem(Field::BudgetChange, *d.budgetChange); !problem.isEmpty()) {
            r.error = problem;
            return r;
        }
    }
    const double budget = project->budget + d.budgetChange.value_or(0.0);
    const QDate start = d.plannedStart.isValid() ? d.plannedStart : project->plannedStart;
    const QDate end = d.plannedEnd.isValid() ? d.plannedEnd : project->plannedEnd;
    if (d.reauthorize) {
        if (!d.budgetChange && !d.plannedStart.isValid() && !d.plannedEnd.isValid()) {
            r.error = tr("A re-authorization changes the budget or the planned dates.");
            return r;
        }
        if (budget < 0.0) {
            r.error = tr("The re-authorized budget would be negative (%1).").arg(budget);
            return r;
        }
        if (const QString problem = ValueLimits::problem(Field::Budget, budget); !problem.isEmpty()) {
            r.error = problem;
            return r;
        }
        if (start.isValid() && end.isValid() && end < start) {
            r.error = tr("The re-authorized plan ends (%1) before it starts (%2).")
                          .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate));
            return r;
        }
    }
    const QList<Baseline> baselines = d.reauthorize ? Repository::baselines(file, project->id) : QList<Baseline>();
    QString created;
    r = run(file, { label, {}, 0 }, [&](QString *error) {
        FieldValues decision { { Field::Project, project->id },
                               { Field::DecidedOn, d.date },
                               { Field::Authority, d.authority.trimmed() },
                               { Field::Kind, d.reauthorize ? QStringLiteral("reauthorization") : d.kind },
                               { Field::TextEn, d.text.en },
                               { Field::TextFr, d.text.fr } };
        if (d.budgetChange)
            decision.insert(Field::BudgetChange, *d.budgetChange);
        created = file.insertRow(Entity::Decision, decision, QString(), error);
        if (created.isEmpty())
            return false;
        if (!d.reauthorize)
            return true;
        int sequence = baselines.isEmpty() ? 0 : baselines.constLast().sequence + 1;
        if (baselines.isEmpty()) {
            // A project without baseline rows gets its ledger first: the original (its original budget
            // and end where stored) and, when they differ, the plan in force until now.
            const double originalBudget = project->originalBudget > 0.0 ? project->originalBudget : project->budget;
            const QDate originalEnd = project->originalEnd.isValid() ? project->originalEnd : project->plannedEnd;
            // The project's baseline columns follow the rows below without a journal entry of their own
            // (syncBaselines); with no row left after an undo nothing would set them back, so their final
            // values are written (and journaled) first.
            if (!file.setValue(Entity::Project, projectUuid, Field::Budget, budget, error)
                || !file.setValue(Entity::Project, projectUuid, Field::PlannedStart, start, error)
                || !file.setValue(Entity::Project, projectUuid, Field::PlannedEnd, end, error)
                || !file.setValue(Entity::Project, projectUuid, Field::OriginalBudget, originalBudget, error)
                || !file.setValue(Entity::Project, projectUuid, Field::OriginalEnd, originalEnd, error))
                return false;
            QList<FieldValues> rows { { { Field::Budget, originalBudget }, { Field::PlannedStart, project->plannedStart },
                                        { Field::PlannedEnd, originalEnd } } };
            if (originalBudget != project->budget || originalEnd != project->plannedEnd)
                rows.append({ { Field::Budget, project->budget }, { Field::PlannedStart, project->plannedStart },
                              { Field::PlannedEnd, project->plannedEnd } });
            for (FieldValues row : rows) {
                row.insert(Field::Project, project->id);
                row.insert(Field::Sequence, sequence++);
                if (file.insertRow(Entity::Baseline, row, QString(), error).isEmpty())
                    return false;
            }
        }
        const BilingualText reason = d.reason.en.trimmed().isEmpty() && d.reason.fr.trimmed().isEmpty() ? d.text : d.reason;
        const FieldValues added { { Field::Project, project->id }, { Field::Sequence, sequence },
                                  { Field::ApprovedDate, d.date },   { Field::Budget, budget },
                                  { Field::PlannedStart, start },    { Field::PlannedEnd, end },
                                  { Field::Note, reason.en },        { Field::NoteFr, reason.fr },
                                  { Field::Authority, d.authority.trimmed() } };
        return !file.insertRow(Entity::Baseline, added, QString(), error).isEmpty();
    });
    if (r.ok)
        r.uuid = created;
    return r;
}

} // namespace Vigie
