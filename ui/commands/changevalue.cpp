#include "changevalue.h"

#include "commands/commandids.h"
#include "commands/editor.h"
#include "storage/portfoliofile.h"

namespace Vigie {

ChangeValue::ChangeValue(Editor *editor, Entity entity, const QString &uuid, const QString &column,
                         const QVariant &oldValue, const QVariant &newValue, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_entity(entity)
    , m_uuid(uuid)
    , m_column(column)
    , m_old(oldValue)
    , m_new(newValue)
{
}

bool ChangeValue::write(const QVariant &value)
{
    QString error;
    if (m_editor->file()->setValue(m_entity, m_uuid, m_column, value, &error))
        return true;
    m_editor->reportError(error);
    setObsolete(true);
    return false;
}

void ChangeValue::redo()
{
    write(m_new);
}

void ChangeValue::undo()
{
    write(m_old);
}

int ChangeValue::id() const
{
    return CommandId::ChangeValue;
}

bool ChangeValue::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeValue *>(other);
    if (o->m_entity != m_entity || o->m_uuid != m_uuid || o->m_column != m_column)
        return false;
    m_new = o->m_new;
    if (PortfolioFile::toStorage(m_new) == PortfolioFile::toStorage(m_old))
        setObsolete(true);
    return true;
}

} // namespace Vigie
