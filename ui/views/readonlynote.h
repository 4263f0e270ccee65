#pragma once

#include <QAction>
#include <QLabel>

namespace Vigie {

// The note a detail panel shows above its fields when the item is read-only in this file although the
// file is not (a copy limited to another organization): in the colours of the main window's read-only
// banner, hidden until there is something to say.
inline QLabel *makeReadOnlyNote(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setObjectName(QStringLiteral("readOnlyNote"));
    note->setWordWrap(true);
    note->setMargin(6);
    note->setStyleSheet(QStringLiteral("#readOnlyNote { background: #FFF4CE; color: #3B2F00; border: 1px solid #D9C36A; }"));
    note->hide();
    return note;
}

// An action on an item read-only in this file although the file is not (`reason`, CopyScope's, non-empty):
// disabled, with why as its tooltip; otherwise enabled as `enabled` says, with its usual tooltip (its text).
inline void enableUnlessReadOnly(QAction *action, bool enabled, const QString &reason)
{
    action->setEnabled(enabled && reason.isEmpty());
    action->setToolTip(enabled ? reason : QString());
}

} // namespace Vigie
