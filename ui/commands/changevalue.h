#pragma once

#include "storage/entity.h"

#include <QUndoCommand>
#include <QVariant>

namespace Vigie {

class PortfolioFile;
class Editor;

// The one command for field edits: sets `column` of the row `uuid` from `oldValue` to `newValue`.
// Consecutive edits of the same field merge (typing 1, 12, 120 in a spin box is one undo step), and an
// edit that ends where it started becomes obsolete and leaves the stack.
class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(Editor *editor, Entity entity, const QString &uuid, const QString &column,
                const QVariant &oldValue, const QVariant &newValue, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool write(const QVariant &value);

    Editor *m_editor;
    Entity m_entity;
    QString m_uuid;
    QString m_column;
    QVariant m_old;
    QVariant m_new;
};

} // namespace Vigie
