#include "cli.h"

#include "storage/portfoliofile.h"
#include "storage/serverlocation.h"
#include "storage/serverstore.h"

#include <QDir>

namespace Vigie::Cli {

// vigie publish FILE.vigie postgresql://…: puts a portfolio on a PostgreSQL server (docs/SERVER.md), same
// UUIDs and journal, so that `vigie extract` copies taken from the server merge back into the file too.
int runPublish(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("publish"));
    parser.setApplicationDescription(
        Text::tr("Put a portfolio on a PostgreSQL server: create its tables in the schema "
                 "the address names and upload every row, journal included."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    parser.addPositionalArgument(QStringLiteral("server"),
        Text::tr("The server: postgresql://[user@]host[:port]/database[?schema=name]. The "
                 "password comes from PGPASSWORD or ~/.pgpass."),
        Text::tr("ADDRESS"));
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 2, 2, &exit))
        return exit;
    const QString path = parser.positionalArguments().at(0);
    const QString address = parser.positionalArguments().at(1);
    QString error;
    if (!ServerLocation::isServerAddress(address) || !ServerLocation::parse(address, &error)) {
        err() << (error.isEmpty()
                ? Text::tr("%1: not a server address; write postgresql://host/database.").arg(address)
                : error)
              << Qt::endl;
        return Usage;
    }
    if (ServerLocation::isServerAddress(path)) {
        err() << Text::tr(
            "%1: publish takes a file first; to copy a portfolio from a server, use vigie extract.")
                     .arg(path)
              << Qt::endl;
        return Usage;
    }
    auto file = openPortfolio(path, true);
    if (!file)
        return FileUnusable;
    if (!ServerStore::publish(*file, address, &error)) {
        err() << error << Qt::endl;
        return FileUnusable;
    }
    out() << Text::tr("%1 published to %2.")
                 .arg(QDir::toNativeSeparators(path), ServerLocation::parse(address, nullptr)->address())
          << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
