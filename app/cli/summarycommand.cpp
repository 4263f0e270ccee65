#include "cli.h"

#include "analysis/summary.h"
#include "i18n/language.h"
#include "storage/portfoliofile.h"


namespace Vigie::Cli {

int runSummary(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("summary"));
    parser.setApplicationDescription(QCoreApplication::translate("Vigie::Cli", "Print the portfolio at a glance."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Vigie::Cli", "A .vigie file."),
                                 QCoreApplication::translate("Vigie::Cli", "FILE"));
    parser.addOption({ QStringLiteral("json"), QCoreApplication::translate("Vigie::Cli", "Print JSON instead of text.") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    auto file = openPortfolio(parser.positionalArguments().constFirst(), true);
    if (!file)
        return FileUnusable;
    Summary summary;
    QString error;
    if (!SummaryBuilder::compute(*file, &summary, &error)) {
        err() << QCoreApplication::translate("Vigie::Cli", "%1: cannot be read (%2).")
                     .arg(file->path(), error)
              << Qt::endl;
        return FileUnusable;
    }
    if (parser.isSet(QStringLiteral("json")))
        out() << SummaryBuilder::toJsonText(summary);
    else
        out() << SummaryBuilder::toText(summary, Language::locale(Language::current()));
    return Ok;
}

} // namespace Vigie::Cli
