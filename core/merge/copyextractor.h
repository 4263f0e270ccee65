#pragma once

#include "merge/copyorigin.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Vigie {

class PortfolioFile;

// Sends a copy: writes a copy of the open portfolio for an organization (or of the whole portfolio) that
// remembers where it came from (CopyOrigin): the portfolio's identity and the journal position it was
// taken at, which a later merge uses as the common ancestor. A copy limited to an organization lets its
// holder change only that organization's items (storage/copyscope.h).
//
// The copy is a consistent snapshot taken while the portfolio stays open and in use (VACUUM INTO),
// written under a temporary name in the target's folder and moved into place only when complete, so a
// failure never leaves half a copy. The portfolio itself is not changed.
class CopyExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::CopyExtractor)
public:
    struct Options
    {
        QString organizationCode; // "" for the whole portfolio
        bool overwrite = false;   // replace an existing file at the target (the user said so)
    };

    static std::optional<CopyOrigin> extract(const PortfolioFile &file, const QString &target, const Options &options,
                                             QString *error);
};

} // namespace Vigie
