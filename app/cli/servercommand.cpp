#include "cli.h"

#include "storage/serverlocation.h"
#include "storage/schema.h"
#include "storage/serverroles.h"
#include "storage/serverstore.h"

namespace Vigie::Cli {

namespace {

    // vigie server upgrade postgresql://…: the portfolio on the server to this program's format, for every
    // client at once (ServerStore::upgrade).
    int runUpgrade(const QString &address)
    {
        int from = 0;
        QString error;
        QStringList others;
        if (!ServerStore::upgrade(address, &from, &error, &others)) {
            err() << error << Qt::endl;
            return FileUnusable;
        }
        const QString shown = ServerLocation::parse(address, nullptr)->address();
        if (from == Schema::currentVersion)
            out() << Text::tr("%1: the portfolio already uses this program's format (%2); nothing to do.")
                         .arg(shown)
                         .arg(from)
                  << Qt::endl;
        else
            out() << Text::tr("%1: the portfolio was upgraded from format %2 to %3.")
                         .arg(shown)
                         .arg(from)
                         .arg(Schema::currentVersion)
                  << Qt::endl;
        if (from != Schema::currentVersion && !others.isEmpty())
            err() << ServerStore::othersConnectedText(others) << Qt::endl;
        return Ok;
    }

} // namespace

// vigie server grant postgresql://… --role cio|organization CODE|viewer --user NAME: who may change what in
// a portfolio on a server; the server enforces it (storage/serverroles.h, docs/SERVER.md).
// vigie server upgrade postgresql://…: its format brought to this program's.
int runServer(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("server"));
    parser.setApplicationDescription(Text::tr(
        "Manage a portfolio on a PostgreSQL server. \"grant\" gives a PostgreSQL role the rights of the CIO "
        "office (changes everything), of an organization (changes only its own measures, projects, "
        "workforce and envelopes) or of a viewer (reads); the server enforces them. \"upgrade\" brings a "
        "portfolio published by an older Vigie to this program's format, for every client at once, in one "
        "transaction. Run both as the role that published the portfolio."));
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("grant or upgrade"), Text::tr("grant|upgrade"));
    parser.addPositionalArgument(QStringLiteral("server"),
        Text::tr("The server: postgresql://[user@]host[:port]/database[?schema=name]."), Text::tr("ADDRESS"));
    parser.addPositionalArgument(QStringLiteral("code"),
        Text::tr("With --role organization: the organization's code."), Text::tr("[CODE]"));
    parser.addOption({ QStringLiteral("role"), Text::tr("cio, organization or viewer."), Text::tr("role") });
    parser.addOption({ QStringLiteral("organization"),
        Text::tr("With --role organization: the organization's code."), Text::tr("code") });
    parser.addOption({ QStringLiteral("user"),
        Text::tr("The PostgreSQL role (login) to give the rights to; created "
                 "without a password when missing."),
        Text::tr("name") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 2, 3, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    const bool upgrade = positional.at(0) == QLatin1String("upgrade");
    if (!upgrade && positional.at(0) != QLatin1String("grant")) {
        err() << Text::tr("Unknown action \"%1\"; the action is grant or upgrade.").arg(positional.at(0))
              << Qt::endl;
        return Usage;
    }
    const QString address = positional.at(1);
    QString error;
    if (!ServerLocation::isServerAddress(address) || !ServerLocation::parse(address, &error)) {
        err() << (error.isEmpty()
                ? Text::tr("%1: not a server address; write postgresql://host/database.").arg(address)
                : error)
              << Qt::endl;
        return Usage;
    }
    if (upgrade) {
        if (positional.size() > 2 || parser.isSet(QStringLiteral("role")) || parser.isSet(QStringLiteral("user"))
            || parser.isSet(QStringLiteral("organization"))) {
            err() << Text::tr("upgrade takes the server's address only.") << Qt::endl;
            return Usage;
        }
        return runUpgrade(address);
    }
    const QString roleName = parser.value(QStringLiteral("role"));
    const QString user = parser.value(QStringLiteral("user"));
    QString code = parser.value(QStringLiteral("organization"));
    if (positional.size() == 3)
        code = positional.at(2);
    ServerRoles::Role role = ServerRoles::Role::Viewer;
    if (roleName == QLatin1String("cio"))
        role = ServerRoles::Role::Cio;
    else if (roleName == QLatin1String("organization"))
        role = ServerRoles::Role::Organization;
    else if (roleName != QLatin1String("viewer")) {
        err() << Text::tr("--role: write cio, organization CODE or viewer.") << Qt::endl;
        return Usage;
    }
    if ((role == ServerRoles::Role::Organization) != !code.isEmpty()) {
        err() << Text::tr("An organization code goes with --role organization, and only with it.")
              << Qt::endl;
        return Usage;
    }
    if (user.isEmpty()) {
        err() << Text::tr("Name the role to give the rights to: --user NAME.") << Qt::endl;
        return Usage;
    }
    if (!ServerRoles::grant(address, role, code, user, &error)) {
        err() << error << Qt::endl;
        return FileUnusable;
    }
    const QString shown = ServerLocation::parse(address, nullptr)->address();
    if (role == ServerRoles::Role::Cio)
        out() << Text::tr("%1 may now change everything in %2.").arg(user, shown) << Qt::endl;
    else if (role == ServerRoles::Role::Organization)
        out() << Text::tr(
            "%1 may now change %2's measures, projects, workforce and envelopes in %3, and read the rest.")
                     .arg(user, code, shown)
              << Qt::endl;
    else
        out() << Text::tr("%1 may now read %2.").arg(user, shown) << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
