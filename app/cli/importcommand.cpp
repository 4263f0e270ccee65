#include "cli.h"

#include "i18n/language.h"
#include "io/projectimporter.h"
#include "storage/filelock.h"
#include "storage/portfoliofile.h"

namespace Vigie::Cli {

int runImport(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("import"));
    parser.setApplicationDescription(QCoreApplication::translate("Vigie::Cli", "Import projects from a CSV file."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Vigie::Cli", "A .vigie file."),
                                 QCoreApplication::translate("Vigie::Cli", "FILE"));
    parser.addOption({ QStringLiteral("projects"), QCoreApplication::translate("Vigie::Cli", "The CSV file of projects."),
                       QCoreApplication::translate("Vigie::Cli", "csv") });
    parser.addOption({ QStringLiteral("mapping"),
                       QCoreApplication::translate("Vigie::Cli", "A JSON mapping of columns to fields (default: the "
                                                                 "columns are named after the fields)."),
                       QCoreApplication::translate("Vigie::Cli", "json") });
    parser.addOption({ QStringLiteral("lenient"),
                       QCoreApplication::translate("Vigie::Cli", "Import bad values as empty, with a warning each, "
                                                                 "instead of refusing the file.") });
    parser.addOption({ QStringLiteral("dry-run"),
                       QCoreApplication::translate("Vigie::Cli", "Check the file and report, without writing.") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("projects"))) {
        err() << QCoreApplication::translate("Vigie::Cli", "Nothing to import: give --projects FILE.csv.") << Qt::endl;
        return Usage;
    }
    ImportMapping mapping = ImportMapping::defaults();
    if (parser.isSet(QStringLiteral("mapping"))) {
        QStringList problems;
        const auto loaded = ImportMapping::load(parser.value(QStringLiteral("mapping")), &problems);
        if (!loaded) {
            for (const QString &p : std::as_const(problems))
                err() << p << Qt::endl;
            return Usage;
        }
        mapping = *loaded;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString path = parser.positionalArguments().constFirst();
    WritablePortfolio writable;
    std::unique_ptr<PortfolioFile> readable;
    if (dryRun)
        readable = openPortfolio(path, true);
    else
        writable = openForWriting(path);
    PortfolioFile *file = dryRun ? readable.get() : writable.file.get();
    if (!file)
        return FileUnusable;

    ProjectImporter importer(*file, mapping, { parser.isSet(QStringLiteral("lenient")), dryRun });
    const ImportReport report = importer.run(parser.value(QStringLiteral("projects")));
    for (const ImportProblem &p : report.errors)
        err() << p.toString() << Qt::endl;
    for (const ImportProblem &p : report.warnings)
        err() << QCoreApplication::translate("Vigie::Cli", "warning: %1").arg(p.toString()) << Qt::endl;
    const QString summary = report.summaryText(Language::locale(Language::current()));
    if (report.refused()) {
        err() << summary << Qt::endl;
        return ImportRefused;
    }
    out() << summary << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
