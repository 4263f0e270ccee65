#include "importer.h"

#include "i18n/language.h"
#include "io/csvreader.h"
#include "io/importtarget.h"
#include "io/projectimporter.h"
#include "storage/bulkwrite.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace Vigie {

ImportReport runImport(PortfolioFile &file, const QString &csvPath, const ImportMapping &mapping,
                       const ImportOptions &options, const ImportProgress &progress)
{
    if (mapping.kind == ImportKind::Projects) {
        ProjectImporter importer(file, mapping, options);
        importer.setProgress(progress);
        return importer.run(csvPath);
    }
    TableImporter importer(file, mapping, options);
    importer.setProgress(progress);
    return importer.run(csvPath);
}

QString importUndoText(ImportKind kind, const QString &csvPath)
{
    const QString name = QFileInfo(csvPath).fileName();
    switch (kind) {
    case ImportKind::Projects: return TableImporter::tr("Import Projects from %1").arg(name);
    case ImportKind::Organizations: return TableImporter::tr("Import Organizations from %1").arg(name);
    case ImportKind::Measures: return TableImporter::tr("Import Measures from %1").arg(name);
    case ImportKind::Workforce: return TableImporter::tr("Import Workforce from %1").arg(name);
    case ImportKind::Envelopes: break;
    }
    return TableImporter::tr("Import Envelopes from %1").arg(name);
}

TableImporter::TableImporter(PortfolioFile &file, ImportMapping mapping, ImportOptions options)
    : m_file(file)
    , m_mapping(std::move(mapping))
    , m_options(options)
{
}

ImportReport TableImporter::run(const QString &csvPath)
{
    ImportReport report;
    report.kind = m_mapping.kind;
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
    std::unique_ptr<ImportTarget> target = ImportTarget::create(m_mapping.kind, m_file);
    QString error;
    if (!target || !target->load(&error)) {
        report.fatal = tr("%1: cannot be read (%2).").arg(QDir::toNativeSeparators(m_file.path()), error);
        return report;
    }

    CsvReader reader(csvPath, m_mapping.delimiter, m_mapping.encoding);
    const qint64 total = QFileInfo(csvPath).size() + 1; // the last byte stands for the write
    ImportIndexes indexes {};
    std::optional<RowConverter> converter;
    QHash<QString, int> firstLine; // key → line of the row kept
    int recordsSinceProgress = 0;
    bool header = true;
    const bool readOk = reader.read([&](const CsvRecord &record) {
        if (header) {
            header = false;
            QStringList problems;
            if (!m_mapping.resolve(record.fields, &indexes, &problems)) {
                //: The CSV file, then what is wrong with its columns: "envelopes.csv: the file has no column for …"
                report.fatal = tr("%1: %2").arg(shown, problems.join(QStringLiteral(" ")));
                return false;
            }
            converter.emplace(m_mapping, indexes, m_mapping.decimalFor(reader.delimiter()), csvPath, m_options.lenient,
                              m_options.formLabels);
            converter->setHeader(record.fields);
            return true;
        }
        ++report.rowsRead;
        ImportRow row;
        if (!converter->convert(record, &row, &report.errors, &report.warnings)) {
            ++report.skipped;
        } else if (const QString key = target->key(row); firstLine.contains(key)) {
            ++report.repeated;
            report.warnings.append({ csvPath, record.line, converter->column(target->keyField()),
                                     tr("%1 already appeared on line %2; this row is ignored")
                                         .arg(target->describe(row))
                                         .arg(firstLine.value(key)) });
        } else {
            firstLine.insert(key, record.line);
            target->take(row, *converter, &report);
        }
        if (m_progress && ++recordsSinceProgress >= 256) {
            recordsSinceProgress = 0;
            report.cancelled = !m_progress(reader.bytesRead(), total);
        }
        return !report.cancelled;
    });
    if (!readOk && report.fatal.isEmpty())
        report.fatal = reader.errorString();
    if (report.fatal.isEmpty() && header)
        report.fatal = tr("%1: the file is empty.").arg(shown);
    if (report.refused() || report.cancelled || m_options.dryRun)
        return report;

    // Rows go one by one through the journaled row edits; on a server their journal rows go a few hundred
    // to a statement (in a file this changes nothing).
    BulkWrite bulk(m_file, 0, false);
    const EditResult written = Edits::run(m_file,
                                          { Language::inBoth([&] { return importUndoText(m_mapping.kind, csvPath); }),
                                            QStringLiteral("import"), 0 },
                                          [&](QString *message) { return target->write(message); });
    if (!written.ok) {
        report.fatal = tr("%1: cannot be written (%2); the portfolio is unchanged.")
                           .arg(QDir::toNativeSeparators(m_file.path()), written.error);
        report.portfolioUnusable = written.notWritten;
        return report;
    }
    report.written = written.changed;
    report.changeset = written.changeset;
    if (m_progress)
        m_progress(total, total);
    return report;
}

} // namespace Vigie
