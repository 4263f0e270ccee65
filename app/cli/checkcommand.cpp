#include "cli.h"

#include "storage/integrity.h"
#include "storage/salvage.h"
#include "storage/serverlocation.h"

#include <QDir>
#include <QFileInfo>
#include <climits>

namespace Vigie::Cli {

// `vigie check FILE [--recover OUT.vigie]`: the full integrity check of a portfolio, and a copy of
// every readable row of a damaged one. Exit 0 when the file is intact (or, with --recover, when the
// copy was written), 3 when it is damaged or cannot be used.
int runCheck(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("check"));
    parser.setApplicationDescription(Text::tr("Check a portfolio file for damage; save a copy of what can be read."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    parser.addOption({ QStringLiteral("recover"),
                       Text::tr("Write every readable row to OUT, a new portfolio file (the checked file is only read)."),
                       Text::tr("out") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    const QString path = parser.positionalArguments().constFirst();
    const QString shown = QDir::toNativeSeparators(path);
    if (ServerLocation::isServerAddress(path)) {
        err() << Text::tr("%1: vigie check examines portfolio files; a database server checks its own data.").arg(path)
              << Qt::endl;
        return Usage;
    }

    if (parser.isSet(QStringLiteral("recover"))) {
        const QString target = parser.value(QStringLiteral("recover"));
        if (!target.endsWith(QLatin1String(".vigie"), Qt::CaseInsensitive)) {
            err() << Text::tr("%1: name the recovered copy with the .vigie extension.").arg(QDir::toNativeSeparators(target))
                  << Qt::endl;
            return Usage;
        }
        // A new file, as the help says: a portfolio already there (an earlier recovered copy, another
        // portfolio) is never replaced from the command line.
        if (QFileInfo(target).exists() && QFileInfo(target) != QFileInfo(path)) {
            err() << Text::tr("%1: a file already exists there; choose another name.").arg(QDir::toNativeSeparators(target))
                  << Qt::endl;
            return FileUnusable;
        }
        Salvage::Report report;
        QString error;
        if (!Salvage::saveRecoveredCopy(path, target, &report, &error)) {
            err() << error << Qt::endl;
            return FileUnusable;
        }
        out() << report.text(target) << Qt::endl;
        return Ok;
    }

    const IntegrityCheck::Report report = IntegrityCheck::run(path);
    if (!report.recoveryNote.isEmpty())
        err() << report.recoveryNote << Qt::endl;
    if (!report.refusal.isEmpty()) {
        err() << report.refusal << Qt::endl;
        if (report.salvageable)
            err() << Text::tr("Save a copy with every readable row: vigie check %1 --recover COPY.vigie").arg(shown) << Qt::endl;
        return FileUnusable;
    }
    if (report.intact()) {
        out() << Text::tr("%1: no damage found (file format %2, %Ln project(s)); SQLite's full integrity check passed.",
                          nullptr, int(qMin<qint64>(report.projects, INT_MAX)))
                     .arg(shown)
                     .arg(report.version)
              << Qt::endl;
        return Ok;
    }
    out() << Text::tr("%1: the portfolio is damaged:").arg(shown)
          << Qt::endl;
    for (const QString &finding : report.findings)
        out() << QStringLiteral("  ") << finding << Qt::endl;
    if (report.findingsTruncated)
        out() << QStringLiteral("  ...") << Qt::endl;
    out() << Text::tr("Save a copy with every readable row: vigie check %1 --recover COPY.vigie").arg(shown) << Qt::endl;
    return FileUnusable;
}

} // namespace Vigie::Cli
