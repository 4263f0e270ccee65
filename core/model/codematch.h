#pragma once

#include <QString>
#include <QStringList>

namespace Vigie {

// What a code typed or read names among the codes of one kind of item: the item with that code, else
// the only one whose code is the same ignoring case (codes are unique ignoring case, so that "gc-01"
// finds GC-01); several such codes, which a file from before that rule may hold, name none and are the
// candidates a message lists.
struct CodeMatch
{
    QString code;           // the code found as the portfolio writes it; empty when none or several
    QStringList candidates; // the codes that are the same ignoring case, when several are

    bool found() const { return !code.isEmpty(); }
    bool ambiguous() const { return candidates.size() > 1; }
};

} // namespace Vigie
