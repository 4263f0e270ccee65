#pragma once

#include "model/entities.h"
#include "model/field.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Vigie {

class PortfolioFile;

// A project's colours through time, for the project detail's "Why is it this colour?" panel: the
// colours frozen in each reporting period, and who last set a declared colour and when (from the change
// journal). Read-only, one bound query each; the panel reads one project at a time.
class ColourHistory
{
public:
    struct PeriodColours
    {
        ReportingPeriod period;
        bool reported = false; // the project was in the period's snapshot
        Health cost = Health::Unrated;
        Health schedule = Health::Unrated;
        Health overall = Health::Unrated;
    };
    // Every period, oldest first, with the project's frozen colours where it was reported.
    static QList<PeriodColours> periods(const PortfolioFile &file, RowId projectId);

    struct Declaration
    {
        QString author;
        QDateTime when;
        BilingualText change; // the name of the change that made it ("Import Projects from q3.csv", a merge…)
    };
    // The last journaled change of a project's declared colour (DeclaredCost, DeclaredSchedule,
    // DeclaredOverall): who made it, when and in which change; nullopt when the journal has none (set by an import into
    // a new file, or never declared).
    static std::optional<Declaration> lastDeclared(const PortfolioFile &file, const QString &projectUuid, Field field);
};

} // namespace Vigie
