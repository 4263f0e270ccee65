#pragma once

#include "model/entities.h"
#include "model/field.h"
#include "rules/healthrule.h"
#include "storage/entity.h"
#include "storage/portfoliofile.h"

#include <QCoreApplication>

#include <functional>

namespace Vigie {

// A decision about a project (Edits::recordDecision). One that re-authorizes the project adds a baseline:
// the authorized budget plus the change, the new planned dates (unchanged where not given), the
// decision's date, authority and reason; the project's current budget and plan follow the new baseline,
// and the original one stays for "variance against the original baseline".
struct DecisionRecord
{
    QDate date;
    QString authority;
    QString kind = QStringLiteral("decision"); // DecisionKindText::keys(); re-authorizing makes it "reauthorization"
    BilingualText text;
    std::optional<double> budgetChange; // added to the authorized budget (negative: a cut)
    QDate plannedStart;                 // the re-authorized plan; invalid: unchanged
    QDate plannedEnd;
    bool reauthorize = false;           // add a baseline (needs a budget change or a new date)
    BilingualText reason;               // the baseline's note; empty: the decision's text
};

// What one edit did: ok or why not, whether anything changed, the changeset that holds it (what undo
// reverts), and the row it created, if any. An edit refused because someone else changed what it would
// change since the client last looked (PortfolioFile::seenChangeset) lists those values in `conflicts`.
struct EditResult
{
    bool ok = false;
    bool changed = false;
    qint64 changeset = 0;
    QString error;
    // Not written although the change itself was valid: the file refused it (open read-only, a copy
    // limited to another organization, the server's roles) or could not write it. The command line exits
    // 3 then, as for any file it cannot use or write, and 2 for a refused value.
    bool notWritten = false;
    QString uuid;
    EditConflicts conflicts;
};

// The edits of a portfolio, each one call, one transaction and one changeset labelled with the undo text
// the caller gives. The business rules of edits live here (a completed measure is 100% complete; a
// status change writes its history row; a frozen period is never edited). The desktop application
// reaches these through its document's edit facade and undo commands, the command line directly; both
// journal the same way. An edit that changes nothing leaves no changeset (EditResult::changed false).
class Edits
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Edits)
public:
    // Runs `body` in one transaction whose changeset carries `info`; body returns false (and an error)
    // to roll everything back. The building block of every edit below, and of imports and merges.
    static EditResult run(PortfolioFile &file, const PortfolioFile::ChangesetInfo &info,
                          const std::function<bool(QString *error)> &body);

    // One field of one row. A measure's status goes through setMeasureState (history row, 100% rule).
    static EditResult setValue(PortfolioFile &file, Entity entity, const QString &uuid, Field field,
                               const QVariant &value, const ChangeLabel &label);
    // Several fields of one row at once (one undo step).
    static EditResult setValues(PortfolioFile &file, Entity entity, const QString &uuid, const FieldValues &values,
                                const ChangeLabel &label);
    // Fields of several rows of one entity at once (one undo step): a what-if applied to every envelope.
    static EditResult setValuesOfRows(PortfolioFile &file, Entity entity, const QMap<QString, FieldValues> &rows,
                                      const ChangeLabel &label);
    static EditResult addRow(PortfolioFile &file, Entity entity, const FieldValues &values, const ChangeLabel &label,
                             const QString &uuid = QString());
    // Deletes rows with what goes with them (PortfolioFile::deleteRow).
    static EditResult deleteRows(PortfolioFile &file, Entity entity, const QStringList &uuids, const ChangeLabel &label);

    // Status, percent complete and comment of a measure together, with one status history row.
    static EditResult setMeasureState(PortfolioFile &file, const QString &measureUuid, const MeasureState &to,
                                      const ChangeLabel &label);
    static std::optional<MeasureState> measureState(const PortfolioFile &file, const QString &measureUuid);
    // The writing half of setMeasureState, inside the caller's transaction (structure edits, imports):
    // status, percent and comment as `to.normalized()`, and one history row; nothing when nothing changes.
    static bool writeMeasureState(PortfolioFile &file, const QString &measureUuid, const MeasureState &from,
                                  const MeasureState &to, QString *error);

    // Stores the rule; every project's computed colours follow in the same transaction.
    static EditResult setHealthRule(PortfolioFile &file, const HealthRule &rule, const ChangeLabel &label);
    // The share of external FTEs (percent, 0 to 100) above which a specialty is flagged at risk.
    static EditResult setExternalRiskThreshold(PortfolioFile &file, double percent, const ChangeLabel &label);

    // Records a decision about a project; when `decision.reauthorize`, adds the baseline it authorizes
    // (sequence after the last; a project without baseline rows first gets its current one as the
    // original). One transaction; EditResult::uuid is the decision's.
    static EditResult recordDecision(PortfolioFile &file, const QString &projectUuid, const DecisionRecord &decision,
                                     const ChangeLabel &label);

    // "Still accurate": the projects or measures (`entity`) are confirmed as they are, which stamps them
    // as touched now (PortfolioFile::touch) so they are no longer stale; one undoable step for all.
    // Refuses other entities and rows that do not exist.
    static EditResult confirmAccurate(PortfolioFile &file, Entity entity, const QStringList &uuids,
                                      const ChangeLabel &label);

    // Freezes the current values as a reporting period, labelled in English and optionally in French.
    // Refuses an empty label or one (in either language) that another period already has.
    static EditResult freezePeriod(PortfolioFile &file, const QString &periodLabel, const QDate &asOf,
                                   const ChangeLabel &label, const QString &periodLabelFr = QString());

    // Undoes changesets (the newest last) as one new changeset; redo is reverting that one.
    static EditResult revert(PortfolioFile &file, const QList<qint64> &changesets);
};

} // namespace Vigie
