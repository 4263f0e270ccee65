#include "cli.h"

#include "analysis/jsonwriter.h"
#include "analysis/strategychecks.h"
#include "analysis/summary.h"
#include "i18n/language.h"
#include "storage/portfoliofile.h"
#include "storage/readsnapshot.h"


namespace Vigie::Cli {

int runSummary(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("summary"));
    parser.setApplicationDescription(QCoreApplication::translate("Vigie::Cli", "Print the portfolio at a glance."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Vigie::Cli", "A .vigie file."),
                                 QCoreApplication::translate("Vigie::Cli", "FILE"));
    parser.addOption({ QStringLiteral("json"), QCoreApplication::translate("Vigie::Cli", "Print JSON instead of text.") });
    parser.addOption({ QStringLiteral("as-of"),
                       QCoreApplication::translate("Vigie::Cli", "The date past-due measures are counted at (YYYY-MM-DD; default: today)."),
                       QCoreApplication::translate("Vigie::Cli", "date") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    QDate asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")).trimmed(), Qt::ISODate);
        if (!asOf.isValid()) {
            err() << QCoreApplication::translate("Vigie::Cli", "--as-of: \"%1\" is not a date (write it as 2016-08-31).")
                         .arg(parser.value(QStringLiteral("as-of")))
                  << Qt::endl;
            return Usage;
        }
    }
    auto file = openPortfolio(parser.positionalArguments().constFirst(), true);
    if (!file)
        return FileUnusable;
    // Every figure below from one state of the file, read under one lock.
    const ReadSnapshot snapshot(*file);
    Summary summary;
    QString error;
    // The checks on measures and the link gaps, added to the summary (analysis/strategychecks.h).
    StrategyChecks checks;
    if (!SummaryBuilder::compute(*file, &summary, &error) || !MeasureChecks::compute(*file, asOf, summary, &checks, &error)) {
        err() << QCoreApplication::translate("Vigie::Cli", "%1: cannot be read (%2).")
                     .arg(file->path(), error)
              << Qt::endl;
        return FileUnusable;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        JsonTree json = SummaryBuilder::toJsonTree(summary);
        MeasureChecks::addToJson(&json, checks);
        out() << json.toText();
    } else {
        const QLocale locale = Language::locale(Language::current());
        out() << SummaryBuilder::toText(summary, locale) << MeasureChecks::toText(checks, locale);
    }
    return Ok;
}

} // namespace Vigie::Cli
