#include "insertrow.h"

#include "commands/editor.h"
#include "storage/portfoliofile.h"

namespace Vigie {

InsertRow::InsertRow(Editor *editor, Entity entity, QVariantMap values, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_entity(entity)
    , m_values(std::move(values))
{
    m_uuid = m_values.value(QStringLiteral("uuid")).toString();
    if (m_uuid.isEmpty()) {
        m_uuid = PortfolioFile::newUuid();
        m_values.insert(QStringLiteral("uuid"), m_uuid);
    }
}

void InsertRow::redo()
{
    QString error;
    if (!m_editor->file()->restoreRow(m_entity, m_values, &error)) {
        m_editor->reportError(error);
        setObsolete(true);
        return;
    }
    m_values = m_editor->file()->rowSnapshot(m_entity, m_uuid);
}

void InsertRow::undo()
{
    QString error;
    if (!m_editor->file()->deleteRow(m_entity, m_uuid, &error)) {
        m_editor->reportError(error);
        setObsolete(true);
    }
}

} // namespace Vigie
