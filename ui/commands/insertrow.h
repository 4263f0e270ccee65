#pragma once

#include "storage/entity.h"

#include <QUndoCommand>
#include <QVariantMap>

namespace Vigie {

class Editor;

// Adds a row (a decision, a workforce record, …). The UUID is fixed at construction so that undo
// deletes exactly that row and redo restores it with the same UUID.
class InsertRow : public QUndoCommand
{
public:
    InsertRow(Editor *editor, Entity entity, QVariantMap values, const QString &text);

    QString uuid() const { return m_uuid; }
    void undo() override;
    void redo() override;

private:
    Editor *m_editor;
    Entity m_entity;
    QVariantMap m_values; // after the first redo: the full row snapshot
    QString m_uuid;
};

} // namespace Vigie
