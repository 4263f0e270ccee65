#include "cli/cli.h"

#include "analysis/briefingcheck.h"
#include "analysis/briefingfacts.h"
#include "analysis/periods.h"
#include "i18n/language.h"
#include "report/briefingdocument.h"
#include "storage/portfoliofile.h"

#include <QFileInfo>

namespace Vigie::Cli {

// `vigie briefing FILE -o OUT.{pdf,odt,html}`: the council briefing of one reporting period. The file
// is opened read-only; a period without stored items is drafted in memory.
int runBriefing(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("briefing"));
    parser.setApplicationDescription(Text::tr("Write the council briefing (PSCIOC template) as PDF, ODT or HTML."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, Text::tr("The document to write: .pdf, .odt or .html."),
                       Text::tr("file") });
    parser.addOption({ QStringLiteral("period"), Text::tr("The reporting period's label (default: the latest)."), Text::tr("label") });
    parser.addOption({ QStringLiteral("paper"), Text::tr("Paper size: letter or a4 (default: letter)."), Text::tr("size") });
    parser.addOption({ QStringLiteral("date"), Text::tr("The briefing's date, YYYY-MM-DD (default: today)."), Text::tr("date") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (output.isEmpty() || !QStringList { QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("htm") }.contains(suffix)) {
        err() << Text::tr("Give the document to write with -o OUT.pdf, OUT.odt or OUT.html.") << Qt::endl;
        return Usage;
    }
    BriefingOptions options;
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper == QLatin1String("a4"))
        options.paper = QPageSize::A4;
    else if (!paper.isEmpty() && paper != QLatin1String("letter")) {
        err() << Text::tr("Unknown paper size \"%1\": use letter or a4.").arg(paper) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("date"))) {
        options.date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.date.isValid()) {
            err() << Text::tr("Invalid date \"%1\": use YYYY-MM-DD.").arg(parser.value(QStringLiteral("date"))) << Qt::endl;
            return Usage;
        }
    }
    auto file = openPortfolio(parser.positionalArguments().constFirst(), true);
    if (!file)
        return FileUnusable;
    // Like every command, the output follows --lang (else VIGIE_LANG, else the system language).
    options.language = Language::current();

    RowId periodId = 0;
    if (parser.isSet(QStringLiteral("period"))) {
        const auto period = BriefingFactsReader::periodByLabel(*file, parser.value(QStringLiteral("period")));
        if (!period) {
            QStringList labels;
            for (const ReportingPeriod &p : BriefingFactsReader::periods(*file))
                labels << Periods::displayLabel(p, options.language); // août 2016 in French
            err() << Text::tr("No reporting period \"%1\" in %2 (periods: %3).")
                         .arg(parser.value(QStringLiteral("period")), file->path(),
                              labels.isEmpty() ? Text::tr("none") : labels.join(QStringLiteral(", ")))
                  << Qt::endl;
            return NotFound;
        }
        periodId = period->id;
    }
    QString error;
    bool drafted = false;
    const auto document = BriefingDocument::load(*file, periodId, options, &error, &drafted);
    if (!document) {
        err() << Text::tr("%1: cannot be read (%2).").arg(file->path(), error) << Qt::endl;
        return FileUnusable;
    }
    // A read that failed on damage anywhere (periods, items) means figures that could be wrong.
    if (!file->damage().isEmpty()) {
        err() << file->damage() << Qt::endl;
        return FileUnusable;
    }
    // Titles the briefing shows in the other language, so the council never reads a fallback by surprise.
    const QStringList untranslated = BriefingCheck::untranslated(document->facts(), document->items(), options.language);
    if (!untranslated.isEmpty()) {
        err() << Text::tr("Warning: %n text(s) shown in the briefing lack their form in its language; the other "
                          "language's is shown, marked:", nullptr, int(untranslated.size()))
              << Qt::endl;
        for (const QString &line : untranslated)
            err() << QStringLiteral("  ") << line << Qt::endl;
    }
    if (!document->write(output, &error)) {
        err() << error << Qt::endl;
        return FileUnusable;
    }
    if (drafted)
        out() << Text::tr("The period has no briefing items: drafted from the data (the portfolio was not changed).") << Qt::endl;
    out() << Text::tr("Briefing written to %1.").arg(output) << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
