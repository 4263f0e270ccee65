#pragma once

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

} // namespace Vigie
