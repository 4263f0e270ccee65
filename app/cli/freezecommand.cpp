// `vigie freeze`: freezes the current values as a reporting period (Edits::freezePeriod), as the Charts
// page's "Freeze Period…" does.
#include "cli.h"

#include "analysis/periods.h"
#include "i18n/language.h"
#include "storage/edits.h"


namespace Vigie::Cli {

int runFreeze(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("freeze"));
    parser.setApplicationDescription(Text::tr("Freeze the current values as a reporting period, for trends and "
                                              "briefings."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    parser.addOption({ QStringLiteral("label"), Text::tr("The period's label, e.g. \"August 2016\"."), Text::tr("label") });
    parser.addOption({ QStringLiteral("label-fr"), Text::tr("The period's label in French, e.g. \"août 2016\"."),
                       Text::tr("label") });
    parser.addOption({ QStringLiteral("date"), Text::tr("The date the values are as of (YYYY-MM-DD; default: today)."),
                       Text::tr("date") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    const QString label = parser.value(QStringLiteral("label")).trimmed();
    if (label.isEmpty()) {
        err() << Text::tr("A reporting period needs a label: --label LABEL.") << Qt::endl;
        return Usage;
    }
    QDate asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
        if (!asOf.isValid()) {
            err() << Text::tr("--date: \"%1\" is not a date (write it as 2016-08-31).").arg(parser.value(QStringLiteral("date")))
                  << Qt::endl;
            return Usage;
        }
    }
    WritablePortfolio file = openForWriting(parser.positionalArguments().constFirst());
    if (!file)
        return FileUnusable;
    // A doubtful date is frozen all the same (a late or corrective freeze is legitimate, and scripts rely
    // on it), but never silently: the window asks to confirm, the command line warns on stderr.
    const QStringList concerns = Periods::freezeDateConcerns(*file, asOf);
    const QString labelFr = parser.value(QStringLiteral("label-fr"));
    const auto undoText = [&] {
        // The period by its name in the language of the words, as the window's undo text names it.
        const bool french = Language::current() == QLatin1String("fr") && !labelFr.trimmed().isEmpty();
        //: Undo text of `vigie freeze`
        return Text::tr("Freeze Reporting Period \"%1\"").arg(french ? labelFr.trimmed() : label);
    };
    const EditResult r = Edits::freezePeriod(*file, label, asOf, Language::inBoth(undoText), labelFr);
    if (!r.ok) {
        err() << r.error << Qt::endl;
        return r.notWritten ? FileUnusable : Usage; // a label in use is the caller's to change; a refused write is not
    }
    for (const QString &concern : concerns)
        err() << Text::tr("Warning: %1").arg(concern) << Qt::endl;
    // Named in the language of the output, as the briefing names it: its French label when it has one,
    // « août 2016 » for "August 2016".
    ReportingPeriod period;
    period.label = label;
    period.labelFr = parser.value(QStringLiteral("label-fr")).trimmed();
    period.asOf = asOf;
    out() << Text::tr("Froze the reporting period \"%1\" as of %2.")
                 .arg(Periods::displayLabel(period, Language::current()),
                      Language::locale(Language::current()).toString(asOf, QLocale::LongFormat))
          << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
