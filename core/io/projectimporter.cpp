#include "projectimporter.h"
#include "storage/sqlaccess.h"

#include "io/csvreader.h"
#include "io/importrow.h"
#include "io/measurelinks.h"
#include "io/projectwriter.h"
#include "storage/bulkwrite.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace Vigie {

ProjectImporter::ProjectImporter(PortfolioFile &file, ImportMapping mapping, Options options)
    : m_file(file)
    , m_mapping(std::move(mapping))
    , m_options(options)
{
}

ImportReport ProjectImporter::run(const QString &csvPath)
{
    ImportReport report;
    report.kind = ImportKind::Projects;
    report.dryRun = m_options.dryRun;
    const QString shown = QDir::toNativeSeparators(csvPath);
    if (!m_options.dryRun && m_file.isReadOnly()) {
        report.fatal = tr("the portfolio is open read-only.");
        return report;
    }
    if (!QFileInfo(csvPath).isFile()) {
        report.fatal = QFileInfo(csvPath).isDir() ? tr("%1: is a folder, not a file to import.").arg(shown)
                                                  : tr("%1: no such file.").arg(shown);
        return report;
    }

    CsvReader reader(csvPath, m_mapping.delimiter, m_mapping.encoding);
    const qint64 total = QFileInfo(csvPath).size() + 1; // the last byte stands for the commit
    ImportIndexes indexes {};
    std::optional<MeasureReferences> measures; // loaded when the file has a measures column
    std::optional<RowConverter> converter;
    std::optional<ProjectWriter> checker; // dry runs: what the import would do, without writing
    QHash<QString, int> firstLine; // case-folded code → line of the row kept
    int recordsSinceProgress = 0;
    auto progress = [&](qint64 done) {
        if (!m_progress || ++recordsSinceProgress < 256)
            return true;
        recordsSinceProgress = 0;
        if (!m_progress(done, total))
            report.cancelled = true;
        return !report.cancelled;
    };

    // One pass: each row is converted, checked and written as it is read, in one transaction. The first
    // error stops the writing (the rest of the file is still read, so the report lists every error) and
    // the transaction is rolled back: the portfolio is unchanged. BulkWrite raises the page cache and
    // checks the schema's constraints once at the end instead of on every row; on a server it sends the
    // rows a few hundred to a statement.
    std::optional<BulkWrite> bulk;
    std::optional<PortfolioFile::Transaction> transaction;
    std::optional<ProjectWriter> writer;
    if (!m_options.dryRun) {
        bulk.emplace(m_file, 256 * 1024);
        transaction.emplace(m_file, PortfolioFile::ChangesetInfo {
                                        tr("Import projects from %1").arg(QFileInfo(csvPath).fileName()),
                                        QStringLiteral("import"), 0 });
    }
    QString error;
    bool header = true;
    const bool readOk = reader.read([&](const CsvRecord &record) {
        if (header) {
            header = false;
            QStringList problems;
            if (!m_mapping.resolve(record.fields, &indexes, &problems)) {
                //: The CSV file, then what is wrong with its columns: "projects.csv: the file has no column for …"
                report.fatal = tr("%1: %2").arg(shown, problems.join(QStringLiteral(" ")));
                return false;
            }
            converter.emplace(m_mapping, indexes, m_mapping.decimalFor(reader.delimiter()), csvPath, m_options.lenient,
                              m_options.formLabels);
            converter->setHeaderSize(headerSize(record.fields));
            if (indexes[size_t(ImportField::Measures)] >= 0)
                measures.emplace(m_file);
            // A dry run compares each row with the project it would update, as the import does, so it
            // reports the same created / updated / unchanged counts.
            ProjectWriter &w = m_options.dryRun ? checker.emplace(m_file, indexes, nullptr)
                                                : writer.emplace(m_file, indexes, &*bulk);
            if (!w.prepare(&error)) {
                report.fatal = (m_options.dryRun ? tr("%1: cannot be read (%2).") : tr("%1: cannot be written (%2)."))
                                   .arg(QDir::toNativeSeparators(m_file.path()), error);
                report.portfolioUnusable = true;
                return false;
            }
            return true;
        }
        ++report.rowsRead;
        ImportRow row;
        if (!converter->convert(record, &row, &report.errors, &report.warnings)) {
            ++report.skipped;
            return progress(reader.bytesRead());
        }
        // A plan that ends before it starts cannot rate a schedule (no duration to measure a delay
        // against): taken as written, as the source has it, and said, so that an unrated schedule beside a
        // green cost is not read as on time.
        {
            const QString start = row.value(ImportField::Start).toString();
            const QString end = row.value(ImportField::PlannedEnd).toString();
            if (!start.isEmpty() && !end.isEmpty() && end <= start)
                converter->note(row, int(ImportField::PlannedEnd),
                                tr("the planned end %1 is not after the start %2: the schedule cannot be rated against "
                                   "this plan").arg(end, start),
                                &report);
        }
        // The measures the row names, found once for the checker and the writer: measure ids.
        if (measures) {
            QList<qint64> ids;
            for (const QString &reference : row.value(ImportField::Measures).toStringList()) {
                const MeasureReferences::Found found = measures->find(reference);
                if (!found.problem.isEmpty()) {
                    converter->report(row, int(ImportField::Measures), found.problem, tr("; no link is made"), &report);
                    continue;
                }
                if (!found.note.isEmpty())
                    converter->note(row, int(ImportField::Measures), found.note, &report);
                if (!ids.contains(found.measureId))
                    ids << found.measureId;
            }
            row.values[size_t(ImportField::Measures)] = QVariant::fromValue(ids);
        }
        // The project the code names: as written, else the only one that is the same ignoring case
        // (codes are unique so), which the report names; a new project's code is held to the limit of
        // every code, while one the portfolio already has (from a version that took longer codes) is
        // still updated.
        QString code = row.code();
        if (const ProjectWriter &w = checker ? *checker : *writer; !w.has(code)) {
            const CodeMatch match = w.match(code);
            if (match.ambiguous()) {
                converter->report(row, int(ImportField::Code),
                                  tr("the code \"%1\" is that of projects %2, whose codes differ only in case: write one as "
                                     "it is").arg(code, match.candidates.join(QStringLiteral(", "))),
                                  RowConverter::tr("; the row is skipped"), &report);
                ++report.skipped;
                return progress(reader.bytesRead());
            }
            if (match.found()) {
                converter->note(row, int(ImportField::Code),
                                tr("\"%1\" was taken as project %2, the code as the portfolio writes it").arg(code, match.code),
                                &report);
                code = match.code;
                row.values[size_t(ImportField::Code)] = code;
            } else if (const QString problem = newCodeProblem(code); !problem.isEmpty()) {
                converter->report(row, int(ImportField::Code), problem, RowConverter::tr("; the row is skipped"), &report);
                ++report.skipped;
                return progress(reader.bytesRead());
            }
        }
        const auto seen = firstLine.constFind(code.toCaseFolded());
        if (seen != firstLine.constEnd()) {
            ++report.repeated;
            report.warnings.append({ csvPath, record.line, converter->codeColumn(),
                                     tr("project code \"%1\" already appeared on line %2; this row is ignored")
                                         .arg(code)
                                         .arg(*seen) });
            return progress(reader.bytesRead());
        }
        firstLine.insert(code.toCaseFolded(), record.line);
        if (checker)
            checker->classify(row);
        else if (!report.refused() && !writer->write(row, &error))
            return false;
        return progress(reader.bytesRead());
    });
    if (!readOk && report.fatal.isEmpty() && error.isEmpty())
        report.fatal = reader.errorString();
    if (report.fatal.isEmpty() && header)
        report.fatal = tr("%1: the file is empty.").arg(shown);
    if (checker) {
        report.created = checker->created;
        report.updated = checker->updated;
        report.unchanged = checker->unchanged;
        report.organizationsCreated = checker->organizationsCreated;
    }
    if (report.refused() || report.cancelled || m_options.dryRun)
        return report; // the transaction, if any, rolls back

    // Views reload what the import touched once it is committed (one notification, after the commit).
    if (writer->created || writer->updated || writer->touched) {
        m_file.noteMany(Entity::Project);
        m_file.noteMany(Entity::Baseline);
    }
    if (writer->organizationsCreated)
        m_file.noteMany(Entity::Organization);
    if (writer->linksCreated() || writer->linksRemoved())
        m_file.noteMany(Entity::ProjectMeasure);
    // Created projects got their computed indicators when inserted; updated ones are recomputed here, from
    // every row written (a server's held-back rows are sent first).
    if (!readOk || !error.isEmpty() || !bulk->flush(&error)
        || (writer->updated > 0 && !m_file.recomputeAllProjects(&error))
        || !bulk->verify({ QStringLiteral("project") }, &error) || !transaction->commit()) {
        if (error.isEmpty())
            error = m_file.commitError().isEmpty() ? reader.errorString() : m_file.commitError();
        report.fatal = tr("%1: cannot be written (%2); the portfolio is unchanged.")
                           .arg(QDir::toNativeSeparators(m_file.path()), error);
        report.portfolioUnusable = readOk;
        return report;
    }
    report.created = writer->created;
    report.updated = writer->updated;
    report.unchanged = writer->unchanged;
    report.organizationsCreated = writer->organizationsCreated;
    report.linksCreated = writer->linksCreated();
    report.linksRemoved = writer->linksRemoved();
    report.written = true;
    report.changeset = m_file.lastChangeset();
    if (m_progress)
        m_progress(total, total);
    return report;
}

} // namespace Vigie
