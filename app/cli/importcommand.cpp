#include "cli.h"

#include "i18n/language.h"
#include "io/importer.h"
#include "storage/filelock.h"
#include "storage/portfoliofile.h"

namespace Vigie::Cli {

int runImport(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("import"));
    parser.setApplicationDescription(Text::tr("Import projects, organizations, measures, a workforce survey or "
                                              "envelopes from a CSV file (one kind per run)."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    parser.addOption({ QStringLiteral("projects"), Text::tr("The CSV file of projects."), Text::tr("csv") });
    parser.addOption({ QStringLiteral("organizations"), Text::tr("The CSV file of organizations (code, name, name_fr, kind)."),
                       Text::tr("csv") });
    parser.addOption({ QStringLiteral("measures"),
                       Text::tr("The CSV file of measures, with their plan and key area (plan, plan_fr, area, area_title, "
                                "area_title_fr, number, title, title_fr, owner, due, status, percent, comment, comment_fr)."),
                       Text::tr("csv") });
    parser.addOption({ QStringLiteral("workforce"),
                       Text::tr("The CSV file of a workforce survey (organization, specialty, specialty_name, "
                                "specialty_name_fr, core_function, survey_date, internal, external)."),
                       Text::tr("csv") });
    parser.addOption({ QStringLiteral("envelopes"),
                       Text::tr("The CSV file of investment envelopes (fiscal_year, organization, planned_needs, granted, "
                                "committed)."),
                       Text::tr("csv") });
    parser.addOption({ QStringLiteral("mapping"),
                       Text::tr("A JSON mapping of columns to fields (default: the columns named after the fields, or the "
                                "headers of a table Vigie exported, in English or French)."),
                       Text::tr("json") });
    parser.addOption({ QStringLiteral("lenient"),
                       Text::tr("Import bad values as empty, with a warning each, instead of refusing the file.") });
    parser.addOption({ QStringLiteral("dry-run"), Text::tr("Check the file and report, without writing.") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    // One kind per run: a run is one transaction, so a refused file leaves the portfolio as it was.
    QList<ImportKind> kinds;
    for (int k = 0; k < kImportKindCount; ++k) {
        if (parser.isSet(ImportFields::kindName(ImportKind(k))))
            kinds << ImportKind(k);
    }
    if (kinds.size() != 1) {
        err() << (kinds.isEmpty() ? Text::tr("Nothing to import: give --projects FILE.csv.")
                                  : Text::tr("Give one kind of data per run: --projects, --organizations, --measures, "
                                             "--workforce or --envelopes."))
              << Qt::endl;
        return Usage;
    }
    const ImportKind kind = kinds.constFirst();
    ImportMapping mapping = ImportMapping::defaults(kind);
    if (parser.isSet(QStringLiteral("mapping"))) {
        QStringList problems;
        const auto loaded = ImportMapping::load(parser.value(QStringLiteral("mapping")), &problems, kind);
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
    const ImportReport report = runImport(*file, parser.value(ImportFields::kindName(kind)), mapping,
                                          { parser.isSet(QStringLiteral("lenient")), dryRun });
    for (const ImportProblem &p : report.errors)
        err() << p.toString() << Qt::endl;
    for (const ImportProblem &p : report.warnings)
        err() << Text::tr("warning: %1").arg(p.toString()) << Qt::endl;
    const QString summary = report.summaryText(Language::locale(Language::current()));
    if (report.refused()) {
        err() << summary << Qt::endl;
        // 4 for what the CSV holds; 3 when the portfolio would not take it (its server's roles, a limited
        // copy, a full disk), as every command says it.
        return report.portfolioUnusable ? FileUnusable : ImportRefused;
    }
    out() << summary << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
