#pragma once

#include "model/entities.h"

#include <QList>

namespace Vigie {

class PortfolioFile;

// Which projects changed overall colour between a frozen reporting period and now, or between two
// periods: the desktop Overview's "What moved" card. The colour compared is the one the dashboards show
// (declared where set, else computed), as frozen in each period and as it is now; a project counts
// where it is active. A project that loses its rating (unrated now) counts as worse, one that gains
// one as better. Read-only: one query per side.
class ColourMovers
{
public:
    struct Mover
    {
        RowId id = 0;
        QString uuid;
        QString code;
        BilingualText name;
        Health from = Health::Unrated;
        Health to = Health::Unrated;
    };
    struct Result
    {
        QList<Mover> worse, better, added, gone; // added: active now, not then; gone: active then, not now
        int unchanged = 0;
    };
    // `toPeriod` 0: now. Lists are in code order. False with a message when the file cannot be read.
    static bool compute(const PortfolioFile &file, RowId fromPeriod, RowId toPeriod, Result *out, QString *error);
};

} // namespace Vigie
