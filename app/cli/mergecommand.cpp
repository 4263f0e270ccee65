#include "cli.h"

#include "merge/mergehistory.h"
#include "merge/merger.h"

#include <QDir>


namespace Vigie::Cli {

namespace {
// Conflicts nobody decided: nothing was written (README, "Merging copies").
constexpr int kConflicts = 5;
} // namespace

// vigie merge FILE COPY.vigie [COPY2.vigie…] [--prefer mine|theirs] [--dry-run] [--json]
int runMerge(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("merge"));
    parser.setApplicationDescription(
        Text::tr("Merge copies sent to organizations back into the portfolio. What only a copy changed comes in; the "
                 "same field changed on both sides is a conflict: without --prefer, nothing is merged and the "
                 "conflicts are listed (exit status 5)."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The portfolio the copies were sent from."), Text::tr("FILE"));
    parser.addPositionalArgument(QStringLiteral("copies"), Text::tr("The copies to merge back."),
                                 Text::tr("COPY.vigie [COPY2.vigie…]"));
    parser.addOption({ QStringLiteral("prefer"), Text::tr("Who wins conflicts: mine (this file) or theirs (the copy)."),
                       QStringLiteral("mine|theirs") });
    parser.addOption({ QStringLiteral("dry-run"), Text::tr("Show what the merge would do, without writing.") });
    parser.addOption({ QStringLiteral("json"), Text::tr("Print JSON instead of text.") });
    parser.addOption({ QStringLiteral("report"),
                       Text::tr("Also write the merge report (what came from which organization) to this .html or .csv "
                                "file."),
                       Text::tr("file") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 2, -1, &exit))
        return exit;
    MergeOptions options;
    if (parser.isSet(QStringLiteral("prefer"))) {
        const QString prefer = parser.value(QStringLiteral("prefer"));
        if (prefer == QLatin1String("mine")) {
            options.prefer = MergeChoice::Mine;
        } else if (prefer == QLatin1String("theirs")) {
            options.prefer = MergeChoice::Theirs;
        } else {
            err() << Text::tr("--prefer takes mine or theirs, not \"%1\".").arg(prefer) << Qt::endl;
            return Usage;
        }
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString report = parser.value(QStringLiteral("report"));
    // A report that could not be written is refused before the merge: afterwards nothing would be
    // left to report, and the command would fail with the portfolio already changed.
    QString reportError;
    if (!report.isEmpty() && !MergeHistory::checkTarget(report, &reportError)) {
        err() << reportError << Qt::endl;
        return FileUnusable;
    }
    const QStringList positional = parser.positionalArguments();
    WritablePortfolio writable;
    std::unique_ptr<PortfolioFile> readable;
    if (dryRun)
        readable = openPortfolio(positional.constFirst(), true);
    else
        writable = openForWriting(positional.constFirst());
    PortfolioFile *file = dryRun ? readable.get() : writable.file.get();
    if (!file)
        return FileUnusable;

    MergePlan plan;
    const EditResult result = Merger::merge(*file, positional.mid(1), options, &plan, dryRun);
    if (!result.ok && plan.unresolved() == 0) {
        err() << result.error << Qt::endl; // a copy refused, or the file could not be written
        return FileUnusable;
    }
    out() << (parser.isSet(QStringLiteral("json")) ? plan.toJson(dryRun) : plan.toText(dryRun));
    if (plan.unresolved() > 0) {
        err() << Text::tr("%n conflict(s): nothing was merged. Decide them with --prefer mine or --prefer theirs, or "
                          "in Vigie (File → Merge Copies…).", nullptr, plan.unresolved())
              << Qt::endl;
        return kConflicts;
    }
    if (dryRun)
        err() << Text::tr("Dry run: nothing was written.") << Qt::endl;
    else if (!result.changed)
        err() << Text::tr("Nothing new in the copies: the portfolio is unchanged.") << Qt::endl;
    if (!report.isEmpty() && !result.changed) {
        err() << Text::tr("No report written: nothing was merged.") << Qt::endl;
    } else if (!report.isEmpty()) {
        QString error;
        if (!MergeHistory::write(*file, MergeHistory::read(*file, result.changeset), report, &error)) {
            err() << error << QLatin1Char('\n')
                  << Text::tr("The merge itself is written; Vigie shows its report (File → Merge Report…).") << Qt::endl;
            return FileUnusable;
        }
        out() << Text::tr("Report written to %1.").arg(QDir::toNativeSeparators(report)) << Qt::endl;
    }
    return Ok;
}

} // namespace Vigie::Cli
