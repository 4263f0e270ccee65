#pragma once

#include "io/importer.h"
#include "io/importreport.h"
#include "io/mapping.h"

#include <QCoreApplication>

#include <functional>

namespace Vigie {

class PortfolioFile;

// Imports projects from a CSV file into a portfolio, as `vigie import` and the import dialog do.
//
// One streaming pass over the file: a thread of its own reads and converts the rows a few batches ahead,
// and each is checked and written in the file's order in one transaction; the first error stops the
// writing (the rest is still read, so the report names every error) and the transaction is rolled back:
// the portfolio stays the same.
// Projects are matched by code (re-importing updates; as written, else ignoring case when one project
// only has the code so, which the report says), organizations are created as needed, every created or
// changed project is journaled, and computed indicators are recomputed at the end. A `measures` column
// ("9; 12", "QC-2015:9": MeasureReferences) makes the project's links to the measures it serves exactly
// that list.
class ProjectImporter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectImporter)
public:
    using Options = ImportOptions;
    using Progress = ImportProgress;

    ProjectImporter(PortfolioFile &file, ImportMapping mapping, Options options);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    ImportReport run(const QString &csvPath);

private:
    PortfolioFile &m_file;
    ImportMapping m_mapping;
    Options m_options;
    Progress m_progress;
};

} // namespace Vigie
