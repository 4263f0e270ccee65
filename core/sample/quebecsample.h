#pragma once

#include <QCoreApplication>
#include <QString>

namespace Vigie {

class PortfolioFile;

// The bundled Quebec sample: the IT strategy "Rénover l'État par les technologies de l'information"
// (36 measures in 4 key areas), the August 2016 project health dashboard (197 active projects), the IT
// workforce portrait (59 agencies) and the investment envelopes, as published in September 2016.
//
// Built from readable JSON source data (resources/samples/quebec-2016/, embedded under
// :/samples/quebec-2016/), never from a checked-in binary. Colours are computed from the data by the
// file's health rule (Variance 10/30), which reproduces the published figures.
class QuebecSample
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::QuebecSample)
public:
    static QString name() { return QStringLiteral("quebec-2016"); }

    // Writes a new portfolio file at `path`; refuses to overwrite an existing file.
    static bool write(const QString &path, QString *error, bool *cannotWrite = nullptr);

    // Fills a new, empty portfolio (inside the caller's transaction).
    static bool fill(PortfolioFile &file, QString *error);
};

} // namespace Vigie
