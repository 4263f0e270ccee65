#include "cli.h"

#include "merge/copyextractor.h"
#include "storage/repository.h"

#include <QDir>
#include <QFileInfo>

namespace Vigie::Cli {

// vigie extract FILE [--organization CODE] -o COPY.vigie: a copy to send to a ministry, which remembers
// where it came from so that `vigie merge` can take it back.
int runExtract(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("extract"));
    parser.setApplicationDescription(Text::tr("Write a copy of the portfolio to send to an organization; merge it back "
                                              "with \"vigie merge\"."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    parser.addOption({ QStringLiteral("organization"),
                       Text::tr("Limit the copy to this organization's measures, projects, workforce and envelopes; the "
                                "rest is read-only in it. Without it: the whole portfolio."),
                       Text::tr("code") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, Text::tr("The copy to write (a new file)."),
                       Text::tr("copy") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err() << Text::tr("Name the copy to write: -o COPY.vigie.") << Qt::endl;
        return Usage;
    }
    auto file = openPortfolio(parser.positionalArguments().constFirst(), true);
    if (!file)
        return FileUnusable;
    // As typed, else ignoring case when one organization only has the code so ("mtess" is MTESS), as
    // imports and merges find organizations.
    QString code = parser.value(QStringLiteral("organization")).trimmed();
    if (!code.isEmpty()) {
        QStringList codes, matches;
        for (const Organization &o : Repository::organizations(*file)) {
            codes << o.code;
            if (o.code.compare(code, Qt::CaseInsensitive) == 0)
                matches << o.code;
        }
        if (!codes.contains(code) && matches.size() == 1)
            code = matches.constFirst();
        if (!codes.contains(code)) {
            err() << Text::tr("No organization has the code \"%1\" in %2. Codes: %3.")
                         .arg(code, QDir::toNativeSeparators(file->path()), codes.join(QStringLiteral(", ")))
                  << Qt::endl;
            return NotFound;
        }
    }
    CopyExtractor::Options options;
    options.organizationCode = code;
    QString error;
    const std::optional<CopyOrigin> origin = CopyExtractor::extract(*file, output, options, &error);
    if (!origin) {
        err() << error << Qt::endl;
        return FileUnusable;
    }
    if (origin->isLimited())
        out() << Text::tr("Copy for %1 written to %2. Only %1's measures, projects, workforce and envelopes can be changed "
                          "in it; merge it back with: vigie merge %3 %2")
                     .arg(code, QDir::toNativeSeparators(output), QDir::toNativeSeparators(file->path()))
              << Qt::endl;
    else
        out() << Text::tr("Copy of the whole portfolio written to %1; merge it back with: vigie merge %2 %1")
                     .arg(QDir::toNativeSeparators(output), QDir::toNativeSeparators(file->path()))
              << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
