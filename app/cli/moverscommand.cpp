// `vigie movers`: which projects changed overall colour between two reporting periods, or between a
// period and the current values (MoversAnalysis): worse, better, new, no longer reported.
#include "cli.h"

#include "analysis/jsonwriter.h"
#include "analysis/movers.h"
#include "analysis/periods.h"
#include "i18n/language.h"

namespace Vigie::Cli {

int runMovers(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("movers"));
    parser.setApplicationDescription(Text::tr("List the projects whose overall colour changed between two reporting "
                                              "periods, or between a period and now."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    parser.addOption({ QStringLiteral("from"), Text::tr("The earlier reporting period (its label)."), Text::tr("period") });
    parser.addOption({ QStringLiteral("to"), Text::tr("The later reporting period (default: the current values)."),
                       Text::tr("period") });
    parser.addOption({ QStringLiteral("json"), Text::tr("Print JSON instead of text.") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("from"))) {
        err() << Text::tr("Name the earlier period: --from PERIOD.") << Qt::endl;
        return Usage;
    }
    auto file = openPortfolio(parser.positionalArguments().constFirst(), true);
    if (!file)
        return FileUnusable;
    const auto period = [&](const QString &option) -> std::optional<ReportingPeriod> {
        const QString label = parser.value(option);
        std::optional<ReportingPeriod> p = Periods::find(*file, label);
        if (!p) {
            QStringList labels;
            for (const ReportingPeriod &known : Periods::list(*file))
                labels << Periods::displayLabel(known, Language::current()); // as the reader types them
            err() << Text::tr("--%1: \"%2\" is not a reporting period of %3 (it has: %4).")
                         .arg(option, label, file->path(),
                              labels.isEmpty() ? Text::tr("none") : labels.join(QStringLiteral(", ")))
                  << Qt::endl;
        }
        return p;
    };
    const std::optional<ReportingPeriod> from = period(QStringLiteral("from"));
    if (!from)
        return NotFound;
    std::optional<ReportingPeriod> to;
    if (parser.isSet(QStringLiteral("to"))) {
        to = period(QStringLiteral("to"));
        if (!to)
            return NotFound;
    }
    Movers movers;
    QString error;
    if (!MoversAnalysis::compute(*file, from->id, to ? to->id : 0, &movers, &error)) {
        err() << Text::tr("%1: cannot be read (%2).").arg(file->path(), error) << Qt::endl;
        return FileUnusable;
    }
    const QString language = Language::current();
    if (parser.isSet(QStringLiteral("json")))
        out() << toJsonText(MoversAnalysis::toJson(movers, language), { QStringLiteral("unchanged") });
    else
        out() << MoversAnalysis::toText(movers, Language::locale(language));
    return Ok;
}

} // namespace Vigie::Cli
