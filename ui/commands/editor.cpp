#include "editor.h"

#include "commands/changemeasurestatus.h"
#include "commands/changevalue.h"
#include "commands/insertrow.h"
#include "storage/portfoliofile.h"

#include <QUndoStack>

namespace Vigie {

Editor::Editor(PortfolioFile *file, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_stack(stack)
{
}

bool Editor::isReadOnly() const
{
    return m_file->isReadOnly();
}

void Editor::reportError(const QString &message)
{
    m_failed = true;
    Q_EMIT errorOccurred(message);
}

bool Editor::push(QUndoCommand *command)
{
    m_failed = false;
    m_stack->push(command); // runs redo(); a command that failed made itself obsolete and is gone
    return !m_failed;
}

bool Editor::refuseReadOnly()
{
    if (!m_file->isReadOnly())
        return false;
    reportError(tr("The portfolio is open read-only; the change was not made."));
    return true;
}

bool Editor::changeValue(Entity entity, const QString &uuid, const QString &column, const QVariant &value,
                         const QString &fieldLabel, const QString &what)
{
    if (refuseReadOnly())
        return false;
    bool found = false;
    const QVariant old = m_file->value(entity, uuid, column, &found);
    if (!found) {
        reportError(tr("The row being edited no longer exists."));
        return false;
    }
    QVariant stored = PortfolioFile::toStorage(value);
    // An emptied text field is "", not NULL (text columns are NOT NULL).
    if (stored.typeId() == QMetaType::QString && stored.toString().isNull())
        stored = QStringLiteral("");
    if (old.isNull() == stored.isNull() && old.toString() == stored.toString())
        return true; // no-op: nothing to write, nothing to undo
    //: Undo text, e.g. "Change Forecast cost of Project SCT-12"
    return push(new ChangeValue(this, entity, uuid, column, old, stored, tr("Change %1 of %2").arg(fieldLabel, what)));
}

bool Editor::changeMeasureStatus(const QString &measureUuid, const MeasureState &to, int measureNumber)
{
    if (refuseReadOnly())
        return false;
    const std::optional<MeasureState> from = MeasureStatusEdit::state(*m_file, measureUuid);
    if (!from) {
        reportError(tr("The measure being edited no longer exists."));
        return false;
    }
    if (*from == to)
        return true;
    return push(new ChangeMeasureStatus(this, measureUuid, *from, to,
                                        tr("Change Status of Measure %1").arg(measureNumber)));
}

QString Editor::addDecision(const QString &projectUuid, const QVariantMap &values, const QString &projectCode)
{
    if (refuseReadOnly())
        return QString();
    QVariantMap row = values;
    row.insert(QStringLiteral("project_id"), m_file->rowId(Entity::Project, projectUuid));
    auto *command = new InsertRow(this, Entity::Decision, row, tr("Add Decision to Project %1").arg(projectCode));
    const QString uuid = command->uuid();
    return push(command) ? uuid : QString();
}

} // namespace Vigie
