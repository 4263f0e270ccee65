#pragma once

#include "io/importreport.h"
#include "io/mapping.h"

#include <QCoreApplication>

#include <functional>

namespace Vigie {

class PortfolioFile;

struct ImportOptions
{
    bool lenient = false; // bad values become empty, with a warning each, instead of refusing the file
    bool dryRun = false;  // check and count, write nothing
    bool formLabels = false; // problems cite the import dialog's field labels, not the mapping's keys
};

// Called now and then with bytes processed out of a total; returning false cancels the import.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Imports one CSV file of the mapping's kind (ImportMapping::kind) into a portfolio: what `vigie import`
// and the desktop application's import run. Projects go through ProjectImporter (two streaming passes for
// files of 100,000 rows and more); the other kinds through TableImporter. Either way a strict import with
// any error, or a dry run, leaves the portfolio byte-for-byte the same, and a written import is one
// transaction and one journal changeset (undo reverts it whole).
ImportReport runImport(PortfolioFile &file, const QString &csvPath, const ImportMapping &mapping,
                       const ImportOptions &options, const ImportProgress &progress = {});

// "Import Measures from measures.csv": an import's undo text and changeset label.
QString importUndoText(ImportKind kind, const QString &csvPath);

// Organizations, measures (with their plans and key areas), workforce records and envelopes from CSV.
//
// One pass over the file: every record is converted, checked and planned against the portfolio
// (ImportTarget::take) as it is read, keeping only what each row will write; then, when nothing refuses
// the import, the plan is written in one transaction (Edits::run) through the file's journaled row
// edits. Rows are matched by their key (organization code; plan and measure number; specialty,
// organization and survey date; fiscal year and organization), so re-importing a file changes nothing
// and a changed row updates its item.
class TableImporter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::TableImporter)
public:
    TableImporter(PortfolioFile &file, ImportMapping mapping, ImportOptions options);
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

    ImportReport run(const QString &csvPath);

private:
    PortfolioFile &m_file;
    ImportMapping m_mapping;
    ImportOptions m_options;
    ImportProgress m_progress;
};

} // namespace Vigie
