#include "cli.h"
#include "clicommands.h"

#include "storage/portfoliofile.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Vigie::Cli {

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Vigie::Cli", "Create an empty portfolio file."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Vigie::Cli", "The new .vigie file."));
    parser.addOption({ QStringLiteral("name"), QCoreApplication::translate("Vigie::Cli", "Name of the portfolio."),
                       QCoreApplication::translate("Vigie::Cli", "name") });
    addLanguageOption(parser);
    if (!parse(parser, arguments, 1, 1))
        return Usage;
    const QString path = parser.positionalArguments().constFirst();
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                               : QFileInfo(path).completeBaseName();
    FileError error;
    if (!PortfolioFile::create(path, name, &error)) {
        err() << error.message << Qt::endl;
        return FileUnusable;
    }
    out() << QCoreApplication::translate("Vigie::Cli", "Created %1.").arg(path) << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
