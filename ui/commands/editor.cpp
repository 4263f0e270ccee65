#include "editor.h"

#include "analysis/briefingitems.h"
#include "analysis/briefingtext.h"
#include "analysis/chartdata.h"
#include "commands/commandids.h"
#include "commands/importjob.h"
#include "document/document.h"
#include "i18n/language.h"
#include "model/fieldtext.h"
#include "storage/copyscope.h"
#include "storage/fields.h"
#include "storage/portfoliofile.h"

#include <QMetaMethod>

#include <QUndoStack>

namespace Vigie {

Editor::Editor(Document *document)
    : QObject(document)
    , m_document(document)
{
}

PortfolioFile *Editor::file() const
{
    return m_document->file();
}

QUndoStack *Editor::undoStack() const
{
    return m_document->undoStack();
}

bool Editor::isReadOnly() const
{
    return m_document->isReadOnly();
}

QString Editor::readOnlyReason(Entity entity, const QString &uuid) const
{
    return CopyScope::readOnlyReason(*file(), entity, uuid);
}

QString Editor::limitedTo() const
{
    if (!m_limitedTo)
        m_limitedTo = CopyScope::organizationOf(*file());
    return *m_limitedTo;
}

void Editor::reportError(const QString &message)
{
    m_last.ok = false;
    m_last.error = message;
    // Refused because another Vigie upgraded the portfolio on the server, because the connection to the
    // server was lost, or because the file was moved or replaced: the window turns read-only before the
    // message is shown, rather than refusing each change that follows in turn.
    if (file()->formatChangedTo() != 0)
        m_document->takeFormatChange();
    else if (file()->isServer())
        m_document->takeConnectionLoss(); // nothing when the connection holds
    else
        file()->noticeMove(); // a file moved or replaced under the window: disconnected(), as a lost server
    Q_EMIT errorOccurred(message);
}

bool Editor::refuseReadOnly()
{
    if (!isReadOnly())
        return false;
    reportError(tr("The portfolio is open read-only; the change was not made."));
    return true;
}

EditResult Editor::push(EditCommand *command)
{
    m_last = EditResult();
    if (refuseReadOnly()) {
        delete command;
        return m_last;
    }
    const QString text = command->text();
    undoStack()->push(command); // runs redo(); a failed or empty edit made itself obsolete and is gone
    if (m_conflict) {
        // Asked once the stack is done with the refused command, so "use mine" pushes a fresh one.
        const std::unique_ptr<PendingConflict> pending = std::move(m_conflict);
        settle(*pending);
    } else if (m_last.ok && m_last.changed) {
        Q_EMIT edited(text);
    }
    return m_last;
}

void Editor::settle(PendingConflict &pending)
{
    PendingConflict *outer = m_settling;
    m_settling = &pending;
    if (isSignalConnected(QMetaMethod::fromSignal(&Editor::conflictOccurred)))
        Q_EMIT conflictOccurred(pending.conflicts, pending.text());
    else
        Q_EMIT errorOccurred(m_last.error);
    m_settling = outer;
    // Reviewed (or told): these changes of theirs are seen, whichever way it went.
    file()->acknowledge(pending.conflicts);
    if (pending.choice == ConflictChoice::UseMine) {
        // Its own undo step, never merged into an earlier edit of the field: undoing that one would have
        // to write over theirs, which undo refuses.
        push(new EditCommand(this, pending.text, pending.apply));
        return;
    }
    // Keep theirs: the views show what they wrote. A change on the file not taken in yet comes in whole
    // (and moves the seen position); otherwise the rows in question are refreshed.
    if (m_document->checkOutsideChanges())
        return;
    Change change;
    change.external = true;
    for (const EditConflict &c : std::as_const(pending.conflicts))
        change.note(c.entity, Change::Kind::Modified, c.uuid, Fields::fromColumn(c.entity, c.column).value_or(Field::Code));
    Q_EMIT m_document->changed(change);
}

void Editor::resolveConflict(ConflictChoice choice)
{
    if (m_settling)
        m_settling->choice = choice;
}

void Editor::pushApplied(const UndoText &text, const Change &change, qint64 changeset)
{
    file()->adoptChangeset(changeset); // written through another connection, but ours: never a conflict
    auto *command = new EditCommand(this, text, changeset);
    const QString said = command->text();
    undoStack()->push(command);
    m_document->announce(change);
    Q_EMIT edited(said);
}

void Editor::retranslate()
{
    QUndoStack *stack = undoStack();
    for (int i = 0; i < stack->count(); ++i) {
        // Every command on this stack is the editor's own (push, pushApplied), so changing its text is
        // safe; the stack hands them out const only because it owns them.
        if (const auto *command = dynamic_cast<const EditCommand *>(stack->command(i)))
            const_cast<EditCommand *>(command)->retranslate();
    }
}

ChangeLabel Editor::journalLabel(const UndoText &text)
{
    return text.isFixed() ? ChangeLabel(text()) : ChangeLabel(Language::inBoth(text));
}

bool Editor::setValue(Entity entity, const QString &uuid, Field field, const QVariant &value, const UndoText &what)
{
    const UndoText text = [field, what] {
        //: Undo text, e.g. "Change Forecast cost of Project SCT-12"
        return tr("Change %1 of %2").arg(FieldText::label(field), what());
    };
    const ChangeLabel label = journalLabel(text); // the journal keeps the words of the moment, in both languages
    const QString key = QStringLiteral("%1/%2/%3").arg(int(entity)).arg(uuid).arg(int(field));
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return Edits::setValue(f, entity, uuid, field, value, label);
           }, CommandId::SetValue, key)).ok;
}

bool Editor::setValues(Entity entity, const QString &uuid, const FieldValues &values, const UndoText &undoText)
{
    const ChangeLabel label = journalLabel(undoText);
    return push(new EditCommand(this, undoText, [=](PortfolioFile &f) {
               return Edits::setValues(f, entity, uuid, values, label);
           })).ok;
}

bool Editor::setValuesOfRows(Entity entity, const QMap<QString, FieldValues> &rows, const UndoText &undoText)
{
    if (rows.isEmpty())
        return true;
    const ChangeLabel label = journalLabel(undoText);
    return push(new EditCommand(this, undoText, [=](PortfolioFile &f) {
               return Edits::setValuesOfRows(f, entity, rows, label);
           })).ok;
}

QString Editor::addRow(Entity entity, const FieldValues &values, const UndoText &undoText)
{
    const ChangeLabel label = journalLabel(undoText);
    return push(new EditCommand(this, undoText, [=](PortfolioFile &f) {
               return Edits::addRow(f, entity, values, label);
           })).uuid;
}

bool Editor::deleteRows(Entity entity, const QStringList &uuids, const UndoText &undoText)
{
    if (uuids.isEmpty())
        return true;
    const ChangeLabel label = journalLabel(undoText);
    return push(new EditCommand(this, undoText, [=](PortfolioFile &f) {
               return Edits::deleteRows(f, entity, uuids, label);
           })).ok;
}

bool Editor::setMeasureState(const QString &measureUuid, const MeasureState &to, int measureNumber)
{
    const UndoText text = [measureNumber] { return tr("Change Status of Measure %1").arg(measureNumber); };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return Edits::setMeasureState(f, measureUuid, to, label);
           })).ok;
}

QString Editor::addDecision(const QString &projectUuid, const FieldValues &values, const QString &projectCode)
{
    const UndoText text = [projectCode] { return tr("Add Decision to Project %1").arg(projectCode); };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               FieldValues row = values;
               row.insert(Field::Project, f.rowId(Entity::Project, projectUuid));
               return Edits::addRow(f, Entity::Decision, row, label);
           })).uuid;
}

QString Editor::recordDecision(const QString &projectUuid, const DecisionRecord &decision, const QString &projectCode)
{
    const bool reauthorize = decision.reauthorize;
    const UndoText text = [reauthorize, projectCode] {
        return reauthorize ? tr("Re-authorize Project %1").arg(projectCode) : tr("Add Decision to Project %1").arg(projectCode);
    };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return Edits::recordDecision(f, projectUuid, decision, label);
           })).uuid;
}

bool Editor::setHealthRule(const HealthRule &rule)
{
    const UndoText text = [rule] { return tr("Change Health Rule to %1").arg(rule.displayName()); };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) { return Edits::setHealthRule(f, rule, label); })).ok;
}

bool Editor::setExternalRiskThreshold(double percent)
{
    const UndoText text = [percent] { return tr("Change At-Risk Threshold to %1").arg(formatPercent(percent, QLocale(), 0)); };
    const ChangeLabel label = journalLabel(text);
    // Stepping the threshold box up and down is one undo step.
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return Edits::setExternalRiskThreshold(f, percent, label);
           }, CommandId::SetValue, QStringLiteral("portfolio/external_risk_threshold"))).ok;
}

bool Editor::confirmAccurate(Entity entity, const QStringList &uuids)
{
    const int n = int(uuids.size());
    const UndoText text = [entity, n] {
        return entity == Entity::Measure ? tr("Confirm %n Measure(s) Still Accurate", nullptr, n)
                                         : tr("Confirm %n Project(s) Still Accurate", nullptr, n);
    };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return Edits::confirmAccurate(f, entity, uuids, label);
           })).ok;
}

bool Editor::freezePeriod(const QString &label, const QDate &asOf, const QString &labelFr)
{
    return freezePeriodResult(label, asOf, labelFr).ok;
}

EditResult Editor::freezePeriodResult(const QString &label, const QDate &asOf, const QString &labelFr)
{
    const QString name = label.trimmed();
    const QString nameFr = labelFr.trimmed();
    const UndoText text = [name, nameFr] {
        // The period by its name in the language of the moment, when it has one in French.
        const QString shown = Language::current() == QLatin1String("fr") && !nameFr.isEmpty() ? nameFr : name;
        return tr("Freeze Reporting Period \"%1\"").arg(shown);
    };
    const ChangeLabel said = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
        return Edits::freezePeriod(f, label, asOf, said, labelFr);
    }));
}

QString Editor::addBriefingItem(RowId periodId, BriefingSection section, const BilingualText &text)
{
    const UndoText undo = [] { return tr("Add Briefing Item"); };
    const ChangeLabel label = journalLabel(undo);
    QString created;
    const EditResult r = push(new EditCommand(this, undo, [=, &created](PortfolioFile &f) {
        return Edits::run(f, { label, {}, 0 }, [&](QString *error) {
            created = BriefingItems::add(f, periodId, section, text, error);
            return !created.isEmpty();
        });
    }));
    return r.ok && r.changed ? created : QString();
}

QString Editor::addBriefingChart(RowId periodId, BriefingSection section, const QString &chartId)
{
    const QString marker = BriefingBlock::chartMarker(chartId);
    return addBriefingItem(periodId, section, { marker, marker });
}

bool Editor::setBriefingText(const QString &uuid, const QString &language, const QString &text)
{
    if (BriefingBlock::isReserved(text))
        return false;
    const UndoText undo = [] { return tr("Edit Briefing Item"); };
    const ChangeLabel label = journalLabel(undo);
    return push(new EditCommand(this, undo, [=](PortfolioFile &f) {
               return Edits::run(f, { label, {}, 0 },
                                 [&](QString *error) { return BriefingItems::setText(f, uuid, language, text, error); });
           }, CommandId::BriefingText, uuid + QLatin1Char('/') + BriefingText::normalized(language))).ok;
}

bool Editor::moveBriefingItem(RowId periodId, const QString &uuid, int delta)
{
    const UndoText undo = [] { return tr("Move Briefing Item"); };
    const ChangeLabel label = journalLabel(undo);
    return push(new EditCommand(this, undo, [=](PortfolioFile &f) {
               return Edits::run(f, { label, {}, 0 },
                                 [&](QString *error) { return BriefingItems::move(f, periodId, uuid, delta, error); });
           })).ok;
}

bool Editor::removeBriefingItems(const QStringList &uuids)
{
    const int n = int(uuids.size());
    return deleteRows(Entity::BriefingItem, uuids, [n] { return tr("Remove %n Briefing Item(s)", nullptr, n); });
}

bool Editor::redraftBriefing(RowId periodId, const QList<DraftedItem> &drafted)
{
    const UndoText undo = [] { return tr("Draft Briefing from Data"); };
    const ChangeLabel label = journalLabel(undo);
    return push(new EditCommand(this, undo, [=](PortfolioFile &f) {
               return Edits::run(f, { label, {}, 0 },
                                 [&](QString *error) { return BriefingItems::redraft(f, periodId, drafted, error); });
           })).ok;
}

ImportJob *Editor::import(const QString &csvPath, const ImportMapping &mapping, const ImportOptions &options)
{
    if (!options.dryRun && refuseReadOnly())
        return nullptr;
    auto *job = new ImportJob(this, csvPath, mapping, options);
    job->start();
    return job;
}

ImportJob *Editor::importProjects(const QString &csvPath, const ImportMapping &mapping,
                                  const ProjectImporter::Options &options)
{
    ImportMapping projects = mapping;
    projects.kind = ImportKind::Projects;
    return import(csvPath, projects, options);
}

bool Editor::planMerge(const QStringList &copies, const MergeOptions &options, MergePlan *plan, QString *error) const
{
    const EditResult r = Merger::merge(*file(), copies, options, plan, true);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

bool Editor::mergeCopies(const QStringList &copies, const MergeOptions &options, const UndoText &undoText, MergePlan *plan)
{
    return push(new EditCommand(this, undoText, [=](PortfolioFile &f) { return Merger::merge(f, copies, options, plan); })).ok;
}

EditCommand::EditCommand(Editor *editor, const UndoText &text, Apply apply, int mergeId, QString mergeKey)
    : QUndoCommand(text())
    , m_editor(editor)
    , m_text(text)
    , m_apply(std::move(apply))
    , m_mergeId(mergeId)
    , m_mergeKey(std::move(mergeKey))
{
}

EditCommand::EditCommand(Editor *editor, const UndoText &text, qint64 changeset)
    : QUndoCommand(text())
    , m_editor(editor)
    , m_text(text)
    , m_mergeId(-1)
    , m_applied { changeset }
{
    m_result.ok = true;
    m_result.changed = true;
    m_result.changeset = changeset;
}

void EditCommand::fail(const QString &error)
{
    m_editor->reportError(error);
    setObsolete(true);
}

void EditCommand::redo()
{
    if (m_apply) {
        const Apply apply = std::move(m_apply);
        m_apply = nullptr;
        m_result = apply(*m_editor->file());
        m_editor->m_last = m_result;
        if (!m_result.ok && !m_result.conflicts.isEmpty()) {
            m_editor->m_conflict.reset(
                new Editor::PendingConflict { m_result.conflicts, m_text, apply, ConflictChoice::KeepTheirs });
            setObsolete(true);
        } else if (!m_result.ok)
            fail(m_result.error);
        else if (!m_result.changed)
            setObsolete(true); // nothing changed: nothing to undo
        else
            m_applied = { m_result.changeset };
        return;
    }
    if (!m_undone)
        return; // made before it was pushed
    const EditResult r = Edits::revert(*m_editor->file(), { m_undone });
    if (!r.ok)
        return fail(Editor::tr("Cannot redo \"%1\": %2").arg(text(), r.error));
    m_undone = 0;
    m_applied = { r.changeset };
    Q_EMIT m_editor->redone(text());
}

void EditCommand::undo()
{
    const EditResult r = Edits::revert(*m_editor->file(), m_applied);
    if (!r.ok)
        return fail(Editor::tr("Cannot undo \"%1\": %2").arg(text(), r.error));
    m_applied.clear();
    m_undone = r.changeset;
    Q_EMIT m_editor->undone(text());
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditCommand *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || m_applied.isEmpty() || o->m_applied.isEmpty())
        return false;
    m_applied += o->m_applied;
    m_text = o->m_text; // the latest value names the step ("… to 60 %")
    setText(o->text());
    return true;
}

} // namespace Vigie
