#pragma once

#include "model/entities.h"

#include <QCoreApplication>

namespace Vigie {

class PortfolioFile;

// A measure's reported state: what a status update changes and what its history row records.
struct MeasureState
{
    MeasureStatus status = MeasureStatus::NotStarted;
    double percentComplete = 0.0;
    QString comment;

    bool operator==(const MeasureState &o) const
    {
        return status == o.status && percentComplete == o.percentComplete && comment == o.comment;
    }
    bool operator!=(const MeasureState &o) const { return !(*this == o); }
};

// Status updates of measures. Each update changes the measure and appends one row to its status
// history (when, from, to, percent, comment, author) in one journaled transaction; revert() is its
// exact inverse, so undo leaves no trace but the journal.
class MeasureStatusEdit
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MeasureStatusEdit)
public:
    static std::optional<MeasureState> state(const PortfolioFile &file, const QString &measureUuid);

    // Sets the measure to `to` and appends the history row `historyUuid` (made up when empty; the
    // UUID used is returned in *historyUuidOut).
    static bool apply(PortfolioFile &file, const QString &measureUuid, const MeasureState &to,
                      const QString &historyUuid, QString *historyUuidOut, QString *error);
    // Puts the measure back to `from` and removes the history row `historyUuid`.
    static bool revert(PortfolioFile &file, const QString &measureUuid, const MeasureState &from,
                       const QString &historyUuid, QString *error);
};

} // namespace Vigie
