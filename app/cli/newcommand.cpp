#include "cli.h"

#include "storage/portfoliofile.h"
#include "storage/serverlocation.h"

#include <QFileInfo>

namespace Vigie::Cli {

int runNew(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("new"));
    parser.setApplicationDescription(QCoreApplication::translate("Vigie::Cli", "Create an empty portfolio file."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Vigie::Cli", "The new .vigie file."),
                                 QCoreApplication::translate("Vigie::Cli", "FILE"));
    parser.addOption({ QStringLiteral("name"), QCoreApplication::translate("Vigie::Cli", "Name of the portfolio."),
                       QCoreApplication::translate("Vigie::Cli", "name") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    const QString path = parser.positionalArguments().constFirst();
    if (ServerLocation::isServerAddress(path)) {
        err() << QCoreApplication::translate("Vigie::Cli", "%1: a portfolio on a server is made from a file: create the "
                                                           "file, then vigie publish FILE %1.")
                     .arg(path)
              << Qt::endl;
        return Usage;
    }
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
