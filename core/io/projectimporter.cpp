#include "projectimporter.h"
#include "storage/sqlaccess.h"

#include "i18n/language.h"
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

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

namespace Vigie {

namespace {

// A row's case-folded code and its hash, made on the reading thread, and the key of the tables that
// find repeated codes: QHash compares the key of every slot it probes, and comparing hashes first
// spares it comparing codes that share a prefix, character by character (PERFORMANCE.md, part 24).
struct FoldedCode
{
    QString text;
    size_t hash = 0; // qHash(text, the process's seed)

    friend bool operator==(const FoldedCode &a, const FoldedCode &b) { return a.hash == b.hash && a.text == b.text; }
    friend size_t qHash(const FoldedCode &code, size_t seed) noexcept { return code.hash ^ seed; }
};

// A CSV row as the reading thread hands it over: converted (or why not), with what its reading said.
struct ReadRow
{
    bool header = false;    // the header row: its columns are resolved (ProjectImporter::run)
    bool converted = false; // RowConverter::convert's answer
    ImportRow row;
    ImportReport said;      // the errors and warnings of its conversion
    FoldedCode folded;      // its code case-folded: how repeated codes are found
    int earlier = 0;        // the line of the first converted row before it with that code, if any
    qint64 bytes = 0;       // of the file read once the row was
};

// Rows from the thread reading the CSV to the one writing them, a batch at a time; at most kBatches
// batches wait, so memory stays flat whatever the file's size.
class RowQueue
{
public:
    static constexpr int kBatchRows = 512;
    static constexpr size_t kBatches = 4;

    // False once the writing side has stopped: the reader stops too.
    bool push(QList<ReadRow> &&batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_batches.size() < kBatches; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // The next batch; false when the reader has finished and everything was taken.
    bool pop(QList<ReadRow> *batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_finished || !m_batches.empty(); });
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    // The reader has handed over its last batch.
    void finish()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // A batch the writer is done with, handed back so that the reading thread frees its rows (it
    // allocated them: a free from another thread costs the allocator more) and fills it again.
    void giveBack(QList<ReadRow> &&batch)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_used.size() < kBatches + 2)
            m_used.push_back(std::move(batch));
    }
    // An empty batch to fill: one handed back (its rows freed here), or a new one.
    QList<ReadRow> takeBack()
    {
        QList<ReadRow> batch;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_used.empty()) {
                batch = std::move(m_used.front());
                m_used.pop_front();
            }
        }
        batch.clear(); // keeps its capacity
        if (batch.capacity() < kBatchRows)
            batch.reserve(kBatchRows);
        return batch;
    }
    // The writer takes no more: a reader waiting to push is let go.
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<ReadRow>> m_batches;
    std::deque<QList<ReadRow>> m_used;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace

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
    // Repeated codes (ignoring case) are found in two steps. The reading thread finds, for each row, the
    // first converted row before it with the same code (ReadRow::earlier). That row is the one kept
    // unless this thread skipped it (a code it cannot match or take); the codes whose first row it
    // skipped are followed here, so that the row kept is always the first one not skipped. Before, this
    // thread kept every code in a table of its own: a tenth of its time at 100,000 new codes, where the
    // reading thread waits for it (PERFORMANCE.md, part 24).
    QSet<int> skippedLines;                // converted rows this thread skipped
    QHash<FoldedCode, int> keptAfterSkipped; // a code whose first row was skipped → line of the row kept
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
    // rows a few hundred to a statement. Its page cache holds the pages every row writes into (the ends
    // of the tables and of most indexes, and the budget index, 12 MB at a million projects); a larger one
    // only holds more of what is written once, until the commit: 256 MB took 10-15% longer at 100,000
    // rows than 8-32 MB (fresh memory for every page, then all of them written at the commit) and was
    // no faster at 1,000,000 (PERFORMANCE.md, part 13).
    std::optional<BulkWrite> bulk;
    std::optional<PortfolioFile::Transaction> transaction;
    std::optional<ProjectWriter> writer;
    if (!m_options.dryRun) {
        bulk.emplace(m_file, 32 * 1024);
        transaction.emplace(m_file, PortfolioFile::ChangesetInfo {
                                        Language::inBoth([&] { return tr("Import projects from %1").arg(QFileInfo(csvPath).fileName()); }),
                                        QStringLiteral("import"), 0 });
        if (!transaction->began()) { // a portfolio on a server another Vigie upgraded since it was opened
            report.fatal = tr("%1: cannot be written (%2); the portfolio is unchanged.")
                               .arg(QDir::toNativeSeparators(m_file.path()), m_file.commitFailureText());
            report.portfolioUnusable = true;
            return report;
        }
    }

    // Reading and converting the CSV (libcsv, decoding, parsing numbers and dates: a fifth of an import's
    // time) runs on a thread of its own, a batch of rows ahead of this one, which plans and writes them
    // in the order of the file: the same rows, the same report in the same order, the same transaction.
    // Nothing on that thread touches the portfolio.
    RowQueue queue;
    bool readOk = true;
    QString headerProblem; // the reading thread's, read once it has ended
    const auto readAll = [&] {
        bool header = true;
        QHash<FoldedCode, int> firstConverted; // case-folded code → line of its first converted row
        QList<ReadRow> batch = queue.takeBack();
        readOk = reader.read([&](const CsvRecord &record) {
            ReadRow r;
            r.row.line = record.line;
            if (header) {
                header = false;
                QStringList problems;
                if (!m_mapping.resolve(record.fields, &indexes, &problems)) {
                    //: The CSV file, then what is wrong with its columns: "projects.csv: the file has no column for …"
                    headerProblem = tr("%1: %2").arg(shown, problems.join(QStringLiteral(" ")));
                    return false;
                }
                converter.emplace(m_mapping, indexes, m_mapping.decimalFor(reader.delimiter()), csvPath, m_options.lenient,
                                  m_options.formLabels);
                converter->setHeader(record.fields);
                r.header = true;
            } else if ((r.converted = converter->convert(record, &r.row, &r.said.errors, &r.said.warnings))) {
                r.folded.text = r.row.code().toCaseFolded();
                r.folded.hash = qHash(r.folded.text, QHashSeed::globalSeed());
                int &first = firstConverted[r.folded];
                if (first > 0)
                    r.earlier = first;
                else
                    first = r.row.line;
                // A plan that ends before it starts cannot rate a schedule (no duration to measure a delay
                // against): taken as written, as the source has it, and said, so that an unrated schedule
                // beside a green cost is not read as on time.
                const QString start = r.row.value(ImportField::Start).toString();
                const QString end = r.row.value(ImportField::PlannedEnd).toString();
                if (!start.isEmpty() && !end.isEmpty() && end <= start)
                    converter->note(r.row, int(ImportField::PlannedEnd),
                                    tr("the planned end %1 is not after the start %2: the schedule cannot be rated "
                                       "against this plan").arg(end, start),
                                    &r.said);
            }
            r.bytes = reader.bytesRead();
            const bool now = r.header; // the header at once: the writer prepares while rows are read
            batch.append(std::move(r));
            if (now || batch.size() >= RowQueue::kBatchRows) {
                if (!queue.push(std::move(batch)))
                    return false; // this thread stopped: cancelled, or a write failed
                batch = queue.takeBack();
            }
            return true;
        });
        if (!batch.isEmpty())
            queue.push(std::move(batch));
        queue.finish();
    };
    std::thread reading;
    try {
        reading = std::thread(readAll);
    } catch (const std::system_error &e) {
        // The system would not start one more thread: said, and nothing is written (the transaction rolls back).
        report.fatal = tr("%1: cannot be imported now: the system could not start the thread that reads it (%2).")
                           .arg(shown, QString::fromLocal8Bit(e.what()));
        return report;
    }

    // However this function returns, the reading thread is stopped and joined first.
    struct Joined
    {
        RowQueue &queue;
        std::thread &thread;
        ~Joined()
        {
            queue.stop();
            if (thread.joinable())
                thread.join();
        }
    } joined { queue, reading };

    QString error;
    const auto plan = [&](ReadRow &r) {
        if (r.header) {
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
        report.errors << r.said.errors;
        report.warnings << r.said.warnings;
        ImportRow &row = r.row;
        if (!r.converted) {
            ++report.skipped;
            return progress(r.bytes);
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
            const CodeMatch match = w.match(code, r.folded.text);
            if (match.ambiguous()) {
                converter->report(row, int(ImportField::Code),
                                  tr("the code \"%1\" is that of projects %2, whose codes differ only in case: write one as "
                                     "it is").arg(code, match.candidates.join(QStringLiteral(", "))),
                                  RowConverter::tr("; the row is skipped"), &report);
                ++report.skipped;
                skippedLines.insert(row.line);
                return progress(r.bytes);
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
                skippedLines.insert(row.line);
                return progress(r.bytes);
            }
        }
        // The row kept with this code, if one was (the code as matched differs from the row's in case
        // only: it folds the same). Lines count from 1: 0 is none.
        int kept = 0;
        if (r.earlier > 0 && !skippedLines.contains(r.earlier))
            kept = r.earlier;
        else if (r.earlier > 0)
            kept = keptAfterSkipped.value(r.folded);
        if (kept > 0) {
            ++report.repeated;
            report.warnings.append({ csvPath, row.line, converter->codeColumn(),
                                     tr("project code \"%1\" already appeared on line %2; this row is ignored")
                                         .arg(code)
                                         .arg(kept) });
            return progress(r.bytes);
        }
        if (r.earlier > 0)
            keptAfterSkipped.insert(r.folded, row.line);
        if (checker)
            checker->classify(row);
        else if (!report.refused() && !writer->write(row, &error))
            return false;
        return progress(r.bytes);
    };
    // This thread plans and writes the rows in the file's order; at the first refusal to go on (the
    // header's columns, a cancel, a write that failed) the reading thread is stopped.
    QList<ReadRow> batch;
    bool going = true;
    while (going && queue.pop(&batch)) {
        for (ReadRow &r : batch) {
            if (!plan(r)) {
                going = false;
                break;
            }
        }
        queue.giveBack(std::move(batch));
        batch = QList<ReadRow>();
    }
    queue.stop();
    if (reading.joinable())
        reading.join();
    if (!headerProblem.isEmpty())
        report.fatal = headerProblem;
    const bool header = !converter.has_value();
    if (!readOk && report.fatal.isEmpty() && error.isEmpty())
        report.fatal = reader.errorString();
    if (report.fatal.isEmpty() && header)
        report.fatal = tr("%1: the file is empty.").arg(shown);
    if (checker) {
        report.created = checker->created;
        report.updated = checker->updated;
        report.unchanged = checker->unchanged;
        report.organizationsCreated = checker->organizationsCreated;
        // A project that could not be looked up would have been counted as created: no counts then.
        if (!checker->lookupError().isEmpty() && report.fatal.isEmpty()) {
            report.fatal = tr("%1: cannot be read (%2).").arg(QDir::toNativeSeparators(m_file.path()), checker->lookupError());
            report.portfolioUnusable = true;
        }
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
    // Created projects got their computed indicators when inserted; those updated are recomputed here, from
    // every row written (a server's held-back rows are sent first).
    if (!readOk || !error.isEmpty() || !bulk->flush(&error)
        || !m_file.recomputeProjects(writer->recompute, &error)
        || !bulk->verify(&error) || !transaction->commit()) {
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
