#pragma once

#include "storage/measurestatusedit.h"

#include <QUndoCommand>

namespace Vigie {

class Editor;

// A status update of a measure (status, percent complete, comment) with its history row. Undo puts
// the measure back and removes that history row; redo writes it again under the same UUID.
class ChangeMeasureStatus : public QUndoCommand
{
public:
    ChangeMeasureStatus(Editor *editor, const QString &measureUuid, const MeasureState &from,
                        const MeasureState &to, const QString &text);

    void undo() override;
    void redo() override;

private:
    Editor *m_editor;
    QString m_measure;
    MeasureState m_from;
    MeasureState m_to;
    QString m_history;
};

} // namespace Vigie
