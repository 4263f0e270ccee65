#pragma once

#include "analysis/briefingdraft.h"
#include "io/importer.h"
#include "io/importreport.h"
#include "io/mapping.h"
#include "io/projectimporter.h"
#include "merge/merger.h"
#include "model/entities.h"
#include "model/field.h"
#include "rules/healthrule.h"
#include "storage/edits.h"
#include "commands/undotext.h"

#include <QObject>

#include <optional>
#include <QUndoCommand>
#include <QVariant>

#include <functional>
#include <memory>

class QUndoStack;

namespace Vigie {

class Document;
class EditCommand;

// How a conflict an edit met is settled (Editor::conflictOccurred, Editor::resolveConflict).
enum class ConflictChoice { KeepTheirs, UseMine };
class ImportJob;
class PortfolioFile;

// The edit facade: the only way the desktop application changes a portfolio. Each function builds one
// EditCommand around one core edit (storage/edits.h) and pushes it on the document's undo stack; the
// core writes the file in one transaction and the document sends one Change after the commit. No-op
// edits leave nothing on the stack; a refused edit reports why through errorOccurred. Views and models
// speak in entities, UUIDs and fields; they never write the file. Owned by the document.
class Editor : public QObject
{
    Q_OBJECT
public:
    explicit Editor(Document *document);

    PortfolioFile *file() const;
    QUndoStack *undoStack() const;
    bool isReadOnly() const;
    // Why this row may not be changed although the file may (a copy limited to another organization),
    // translated, for the view to say before anyone types; empty when it may.
    QString readOnlyReason(Entity entity, const QString &uuid) const;
    // The organization a ministry's copy is limited to (its code); empty for any other file.
    QString limitedTo() const;

    // --- rows and fields. `what` names the row for the undo text ("Project SCT-12", "Measure 9"); like
    // every undo text it is made again in the new language when the user switches (UndoText).
    bool setValue(Entity entity, const QString &uuid, Field field, const QVariant &value, const UndoText &what);
    bool setValues(Entity entity, const QString &uuid, const FieldValues &values, const UndoText &undoText);
    // Fields of several rows (UUID → values) in one undo step.
    bool setValuesOfRows(Entity entity, const QMap<QString, FieldValues> &rows, const UndoText &undoText);
    // Returns the new row's UUID, or an empty string.
    QString addRow(Entity entity, const FieldValues &values, const UndoText &undoText);
    bool deleteRows(Entity entity, const QStringList &uuids, const UndoText &undoText);

    // --- domain edits
    // Status, percent complete and comment together, with a history row (a completed measure is 100%).
    bool setMeasureState(const QString &measureUuid, const MeasureState &to, int measureNumber);
    QString addDecision(const QString &projectUuid, const FieldValues &values, const QString &projectCode);
    // A decision that may re-authorize the project (a new baseline with it, core: Edits::recordDecision),
    // in one undo step. Returns the decision's UUID, or "".
    QString recordDecision(const QString &projectUuid, const DecisionRecord &decision, const QString &projectCode);
    bool setHealthRule(const HealthRule &rule);
    // The external share (percent) above which a workforce specialty is flagged at risk.
    bool setExternalRiskThreshold(double percent);
    // "Still accurate": the projects or measures are confirmed as they are (no longer stale), one undo step.
    bool confirmAccurate(Entity entity, const QStringList &uuids);
    // A reporting period labelled in English and, optionally, in French (« août 2016 »).
    bool freezePeriod(const QString &label, const QDate &asOf, const QString &labelFr = QString());
    EditResult freezePeriodResult(const QString &label, const QDate &asOf, const QString &labelFr = QString());
    // What the last edit pushed here did (ok, error, its changeset, the row it created).
    const EditResult &lastResult() const { return m_last; }

    // --- briefing items
    QString addBriefingItem(RowId periodId, BriefingSection section, const BilingualText &text);
    QString addBriefingChart(RowId periodId, BriefingSection section, const QString &chartId);
    bool setBriefingText(const QString &uuid, const QString &language, const QString &text);
    bool moveBriefingItem(RowId periodId, const QString &uuid, int delta);
    bool removeBriefingItems(const QStringList &uuids);
    bool redraftBriefing(RowId periodId, const QList<DraftedItem> &drafted);

    // --- the structure of the portfolio (core: StructureEdits, which checks every value and says what
    // is wrong through errorOccurred). Values are fields of the row: texts, numbers, dates (QDate),
    // a measure's Status (MeasureStatus), references as the referenced row's UUID (Owner and
    // Organization: "" for none). Each is one undo step with a text naming the item ("Add Measure 12",
    // "Renumber Key Area 2 as 3"). Functions that add return the new row's UUID, or "" when refused.
    QString addPlan(const FieldValues &values); // Code (required), TitleEn and/or TitleFr, StartDate, EndDate
    // Number (default: the next free one of the plan), TitleEn and/or TitleFr.
    QString addKeyArea(const QString &planUuid, const FieldValues &values);
    // Number (default: the next free one of the plan), TitleEn and/or TitleFr, Owner, DueDate, Status,
    // PercentComplete, Comment.
    QString addMeasure(const QString &keyAreaUuid, const FieldValues &values);
    QString addOrganization(const FieldValues &values); // Code (required), NameEn, NameFr, Kind (ministry|agency)
    QString addSpecialty(const FieldValues &values);    // Code (required), NameEn, NameFr, CoreFunction (bool)
    // Code (required), NameEn, NameFr, Organization, Phase, State ("active", "completed", "cancelled").
    QString addProject(const FieldValues &values);
    // An investment envelope: Organization (UUID), FiscalYear (the year it starts in), PlannedNeeds,
    // Granted, Committed (empty: 0). One per organization and fiscal year.
    QString addEnvelope(const FieldValues &values);
    // A workforce record: Organization and Specialty (UUIDs), SurveyDate, InternalFte, ExternalFte. One
    // per organization, specialty and survey.
    QString addWorkforceRecord(const FieldValues &values);
    // Envelopes or workforce records, all in one undo step ("Delete Envelope MIN3 2016-2017", "Delete 3
    // Envelopes").
    bool removeRecords(Entity entity, const QStringList &uuids);
    // Changes fields of a plan, key area, measure, organization, specialty or project: renames, codes,
    // a measure's owner, due date, status/percent/comment (with a history row), a project's fields.
    bool editItem(Entity entity, const QString &uuid, const FieldValues &values);
    // A key area or measure under another number (free in its plan).
    bool renumber(Entity entity, const QString &uuid, int number);
    // A key area to another plan, a measure to another key area (its number must be free there).
    bool moveKeyArea(const QString &areaUuid, const QString &planUuid);
    bool moveMeasure(const QString &measureUuid, const QString &keyAreaUuid);
    bool setProjectState(const QString &projectUuid, ProjectState state);
    bool setProjectPhase(const QString &projectUuid, const QString &phase);
    // Removes an item and what cannot exist without it; ask the user first with deletionImpact().
    bool removeItem(Entity entity, const QString &uuid);
    // What removing the item takes with it, in words ("2 key areas, 9 measures and 3 status changes");
    // empty when nothing goes with it.
    QString deletionImpact(Entity entity, const QString &uuid) const;
    // Why the project's authorized budget and planned dates (its original baseline) can no longer be
    // corrected by editing it (reported in a frozen period, or re-authorized), translated; empty while
    // they can (core: StructureEdits::authorizationLocked).
    QString authorizationLocked(const QString &projectUuid) const;
    // Why the item may not be deleted (it was reported in a frozen period), translated; empty when it may.
    QString deletionRefusal(Entity entity, const QString &uuid) const;
    // The projects serving a measure (Strategy view, project detail).
    bool linkProjectToMeasure(const QString &projectUuid, const QString &measureUuid);
    bool unlinkProjectFromMeasure(const QString &projectUuid, const QString &measureUuid);
    // File → Properties: NameEn, NameFr, Jurisdiction, Currency, FiscalYearStart, DefaultLanguage, CioName,
    // CioTitle, CioTitleFr, CioContact, Classification, in one undo step.
    bool setPortfolioProperties(const FieldValues &values);
    // How the undo texts name an item: "Measure 9", "Plan QC-2015", "Organization MCE".
    QString itemName(Entity entity, const QString &uuid) const;
    // The same name, made again in the language of the moment from the code or number it has now.
    UndoText itemNameText(Entity entity, const QString &uuid) const;

    // --- imports, on a worker thread. A written import becomes one command on the stack when it ends
    // (undo removes what it created and restores what it changed). The job belongs to the editor. The
    // mapping's kind (ImportMapping::kind) says what the file holds; checks (dry runs) work read-only.
    ImportJob *import(const QString &csvPath, const ImportMapping &mapping, const ImportOptions &options);
    ImportJob *importProjects(const QString &csvPath, const ImportMapping &mapping,
                              const ProjectImporter::Options &options);

    // --- copies sent to organizations, merged back (core/merge). Planning only reads the copies and the
    // file; the merge itself is one command, one changeset: Undo takes the whole merge back. A merge
    // that meets conflicts nobody decided changes nothing and leaves nothing on the stack (`plan` says
    // which). `undoText`: Merger::undoText of the plan's sources.
    bool planMerge(const QStringList &copies, const MergeOptions &options, MergePlan *plan, QString *error) const;
    bool mergeCopies(const QStringList &copies, const MergeOptions &options, const UndoText &undoText, MergePlan *plan);

    // The texts of every step on the undo stack, made again in the current language (the window calls
    // this on a language change, before it makes its Undo and Redo actions anew).
    void retranslate();

    // Called by commands that failed; emits errorOccurred.
    void reportError(const QString &message);

    // Settles the conflict conflictOccurred is reporting; call it from a slot connected to that signal
    // (later it does nothing). KeepTheirs, also when nobody decides: the edit is dropped and the views
    // show what the other person wrote. UseMine: the same edit runs again, through a new command, over
    // their values (what the review showed is taken as seen; anything newer is a conflict again).
    void resolveConflict(ConflictChoice choice);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // An edit would have changed values someone else changed since this window last took the data in
    // (core row versions: PortfolioFile::seenChangeset); nothing was written and nothing is on the stack.
    // `undoText` names the edit. Without a receiver the conflict is reported through errorOccurred.
    void conflictOccurred(const Vigie::EditConflicts &conflicts, const QString &undoText);
    // An edit was made and is on the undo stack, under this text ("Change Status of Measure 9").
    void edited(const QString &undoText);
    // Edit → Undo took the step with this text back, or Edit → Redo made it again (a refused undo or
    // redo reports through errorOccurred instead).
    void undone(const QString &undoText);
    void redone(const QString &undoText);

private:
    // What the journal calls a step: its undo text in both languages (Language::inBoth), or the one text
    // of a step named by a fixed text (UndoText from a QString), whose language nobody knows.
    static ChangeLabel journalLabel(const UndoText &text);

    friend class EditCommand;
    friend class ImportJob;
    bool refuseReadOnly();
    EditResult push(EditCommand *command);
    QString addItem(Entity entity, const FieldValues &values, const UndoText &name);
    QString addRecord(Entity entity, const FieldValues &values, const UndoText &text);
    bool editWithText(Entity entity, const QString &uuid, const FieldValues &values, const UndoText &undoText);
    void pushApplied(const UndoText &text, const Change &change, qint64 changeset);
    // A conflict a command's first redo met (recorded there, settled by push() once the stack is done).
    struct PendingConflict
    {
        EditConflicts conflicts;
        UndoText text;
        std::function<EditResult(PortfolioFile &)> apply; // the same edit, for "use mine"
        ConflictChoice choice = ConflictChoice::KeepTheirs;
    };
    void settle(PendingConflict &pending);

    Document *m_document;
    EditResult m_last;
    // limitedTo(), read once: a copy's origin is written when the copy is made, never while it is open
    // (the actions ask at every change of row, a round trip each on a server).
    mutable std::optional<QString> m_limitedTo;
    std::unique_ptr<PendingConflict> m_conflict;
    PendingConflict *m_settling = nullptr;
};

// The one undo command. Its first redo() runs one core edit (storage/edits.h: one transaction, one
// changeset); undo() reverts the changesets it holds and redo() reverts that revert, both through
// Edits::revert, so every edit — a field, a status, a briefing move, an import, a merge — is undone the
// same exact way, from the journal, whatever its size. A command whose edit failed or changed nothing
// makes itself obsolete and the stack drops it; so does one whose undo is refused (the data changed
// since), after the editor reported why. An edit refused by a conflict (someone else changed what it
// changes) hands itself back to the editor, which asks whether to keep theirs or run it again.
class EditCommand : public QUndoCommand
{
public:
    using Apply = std::function<EditResult(PortfolioFile &file)>;

    EditCommand(Editor *editor, const UndoText &text, Apply apply, int mergeId = -1, QString mergeKey = QString());
    // A command for an edit already made (an import run on a worker thread): its first redo does nothing.
    EditCommand(Editor *editor, const UndoText &text, qint64 changeset);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    // What the first redo did (ok, error, the row it created).
    const EditResult &result() const { return m_result; }
    // Its text made again in the current language.
    void retranslate() { setText(m_text()); }

private:
    void fail(const QString &error);

    Editor *m_editor;
    UndoText m_text;
    Apply m_apply;
    int m_mergeId;
    QString m_mergeKey;
    QList<qint64> m_applied; // changesets in effect, oldest first
    qint64 m_undone = 0;     // the changeset of the last undo, reverted by the next redo
    EditResult m_result;
};

} // namespace Vigie
