#pragma once

#include "io/importfields.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace Vigie {

// One problem found while importing, located as `file:line:column: message` (line = physical line where
// the record starts, 1-based, the header being line 1; column = 1-based field number; 0 when unknown).
struct ImportProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const;
};

// What an import did (or, for a dry run or a refused import, would have done).
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ImportReport)
public:
    ImportKind kind = ImportKind::Projects;
    int rowsRead = 0;
    int created = 0;   // items of the import's kind (projects, measures, …)
    int updated = 0;
    int unchanged = 0;
    int repeated = 0;  // rows repeating an earlier row's key: warned, the first one kept
    int skipped = 0;   // rows without a key (lenient mode)
    int organizationsCreated = 0;
    int plansCreated = 0;       // measures: plans and key areas made for them, or retitled
    int areasCreated = 0;
    int areasUpdated = 0;
    int specialtiesCreated = 0; // workforce
    int linksCreated = 0;       // projects: links to the measures they serve
    int linksRemoved = 0;
    QList<ImportProblem> errors;   // any error refuses the import
    QList<ImportProblem> warnings;
    QString fatal;                 // the file or the mapping could not be used at all
    bool portfolioUnusable = false; // fatal because the portfolio could not be read or written (the CSV was fine)
    bool dryRun = false;
    bool cancelled = false;
    bool written = false;          // the portfolio was changed
    qint64 changeset = 0;          // the journal changeset holding the import (what undo reverts)

    bool refused() const { return !fatal.isEmpty() || !errors.isEmpty(); }
    int projects() const { return created + updated + unchanged; }
    // The report as printed by `vigie import` and shown by the import dialog, in `locale`'s language.
    QString summaryText(const QLocale &locale) const;
};

} // namespace Vigie
