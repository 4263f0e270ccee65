#pragma once

#include "analysis/briefingfacts.h"

#include <QCoreApplication>
#include <QStringList>

namespace Vigie {

// Before a briefing goes to the council: which texts it shows lack their form in the document's
// language (the document then shows the other language's, marked), so nobody reads a fallback by
// surprise. The command line warns on stderr; the desktop asks before exporting.
class BriefingCheck
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::BriefingCheck)
public:
    // One line per text, in the program's language: "Measure 9: “…” has no French title". Covers the
    // items' own texts, the measures and projects items refer to, and the names on the charts the
    // briefing embeds (key areas, specialties, organizations).
    static QStringList untranslated(const BriefingFacts &facts, const QList<BriefingItem> &items,
                                    const QString &language);
};

} // namespace Vigie
