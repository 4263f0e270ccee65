#include "changemeasurestatus.h"

#include "commands/editor.h"
#include "storage/portfoliofile.h"

namespace Vigie {

ChangeMeasureStatus::ChangeMeasureStatus(Editor *editor, const QString &measureUuid, const MeasureState &from,
                                         const MeasureState &to, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_measure(measureUuid)
    , m_from(from)
    , m_to(to)
{
}

void ChangeMeasureStatus::redo()
{
    QString error;
    if (!MeasureStatusEdit::apply(*m_editor->file(), m_measure, m_to, m_history, &m_history, &error)) {
        m_editor->reportError(error);
        setObsolete(true);
    }
}

void ChangeMeasureStatus::undo()
{
    QString error;
    if (!MeasureStatusEdit::revert(*m_editor->file(), m_measure, m_from, m_history, &error)) {
        m_editor->reportError(error);
        setObsolete(true);
    }
}

} // namespace Vigie
