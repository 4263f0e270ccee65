#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vigie {

class PortfolioFile;

// Reporting periods: named snapshots ("August 2016") of every project's colours and budget and every
// measure's status, frozen from the file's current values so that charts can show a past period and
// trends across periods. A frozen period is never edited; it is removed whole (undo) or kept. Freezing
// is an edit (Edits::freezePeriod); this class reads periods.
class Periods
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Periods)
public:
    // All periods, oldest first (by as-of date, then label).
    static QList<ReportingPeriod> list(const PortfolioFile &file);
    static std::optional<ReportingPeriod> find(const PortfolioFile &file, const QString &label);
    static std::optional<ReportingPeriod> find(const PortfolioFile &file, RowId id);

    // The label as shown in `language` ("en"/"fr"): a label that is the English month and year of the
    // period's date ("August 2016") is data written in one language, so French shows « août 2016 ».
    static QString displayLabel(const ReportingPeriod &period, const QString &language);

    // What is doubtful about freezing a period as of `asOf` (translated, one sentence each; empty when
    // nothing is): a date after `today` (the values frozen are today's, whatever the date says), and a
    // date not after the latest period's (trends put periods in date order, so the new one would not
    // be "the latest"). Not refused: a period may be frozen late, or again for a correction; the window
    // asks to confirm and `vigie freeze` warns.
    static QStringList freezeDateConcerns(const PortfolioFile &file, const QDate &asOf,
                                          const QDate &today = QDate::currentDate());
};

} // namespace Vigie
