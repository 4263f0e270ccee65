#pragma once

#include "storage/entity.h"
#include "storage/measurestatusedit.h"

#include <QObject>
#include <QVariant>

class QUndoCommand;
class QUndoStack;

namespace Vigie {

class PortfolioFile;

// The edit facade: the only way the UI changes a portfolio. Each function builds an undo command
// and pushes it on the document's QUndoStack; the command writes the file (one transaction,
// journaled) and the file's `changed` signal refreshes models and the overview. No-op edits are
// dropped before they reach the stack. Owned by the document, next to the file and the stack.
class Editor : public QObject
{
    Q_OBJECT
public:
    Editor(PortfolioFile *file, QUndoStack *stack, QObject *parent = nullptr);

    PortfolioFile *file() const { return m_file; }
    QUndoStack *undoStack() const { return m_stack; }
    bool isReadOnly() const;

    // A field edit; `what` names the row for the undo text ("Project SCT-12", "Measure 9").
    bool changeValue(Entity entity, const QString &uuid, const QString &column, const QVariant &value,
                     const QString &fieldLabel, const QString &what);
    // Status, percent complete and comment together, with a history row.
    bool changeMeasureStatus(const QString &measureUuid, const MeasureState &to, int measureNumber);
    // Returns the new decision's UUID, or an empty string.
    QString addDecision(const QString &projectUuid, const QVariantMap &values, const QString &projectCode);

    // Called by commands that failed to write; emits errorOccurred.
    void reportError(const QString &message);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    bool refuseReadOnly();

    bool push(QUndoCommand *command);

    PortfolioFile *m_file;
    QUndoStack *m_stack;
    bool m_failed = false;
};

} // namespace Vigie
