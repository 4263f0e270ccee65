#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Vigie {

class PortfolioFile;

// One specialty of the workforce portrait: internal and external FTEs of the chosen survey and, when a
// second survey is compared, of that one too.
struct WorkforcePivotRow
{
    RowId specialtyId = 0; // 0 for the totals row
    QString code;
    BilingualText name;
    bool coreFunction = false;
    double internalFte = 0.0;
    double externalFte = 0.0;
    bool compared = false; // the compared survey has figures for this specialty
    double compareInternal = 0.0;
    double compareExternal = 0.0;

    double total() const { return internalFte + externalFte; }
    // Percent of the FTEs that are external (0 when there are none).
    double externalShare() const;
    double compareExternalShare() const;
};

// The workforce as an analyst reads it: specialty × internal/external with totals, specialties whose
// external share passes the portfolio's at-risk threshold, and the change since another survey.
struct WorkforcePivot
{
    QDate survey;
    QDate compareSurvey; // invalid: no comparison
    double threshold = 50.0;
    QList<WorkforcePivotRow> rows; // by specialty code
    WorkforcePivotRow totals;

    bool isAtRisk(const WorkforcePivotRow &row) const { return row.total() > 0 && row.externalShare() > threshold; }
};

class WorkforceAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::WorkforceAnalysis)
public:
    // The survey dates of the file, newest first.
    static QList<QDate> surveys(const PortfolioFile &file);
    // The portfolio's at-risk threshold: percent of external FTEs above which a specialty is at risk.
    static double riskThreshold(const PortfolioFile &file);
    // The pivot of `survey` (invalid: the latest), compared with `compare` when valid, for one
    // organization or all (0). False with a message when the file cannot be read.
    static bool pivot(const PortfolioFile &file, const QDate &survey, const QDate &compare, RowId organizationId,
                      WorkforcePivot *out, QString *error);
};

} // namespace Vigie
