#include "serverlocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Vigie {

namespace {

    // Names Vigie writes into SQL as identifiers (the schema): plain lower-case words only, so they never
    // need quoting rules and cannot carry SQL.
    bool plainIdentifier(const QString &name)
    {
        static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
        return plain.match(name).hasMatch();
    }

} // namespace

bool ServerLocation::isServerAddress(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || path.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerLocation> ServerLocation::parse(const QString &address, QString *error)
{
    const QUrl url(address, QUrl::StrictMode);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1: not a server address Vigie understands (%2). Write it as "
                        "postgresql://user@host:port/database?schema=name.")
                         .arg(address, why);
        return std::nullopt;
    };
    if (!url.isValid() || !isServerAddress(address))
        return fail(tr("it does not start with postgresql://"));
    if (!url.password().isEmpty()) {
        if (error)
            *error = tr(
                "The server address holds a password; Vigie does not take passwords in addresses. Remove it "
                "and put it in ~/.pgpass or the PGPASSWORD variable, where PostgreSQL looks for it.");
        return std::nullopt;
    }
    ServerLocation location;
    location.user = url.userName();
    location.host = url.host();
    location.port = url.port(0);
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return fail(tr("name one database after the host"));
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first != QLatin1String("schema"))
            return fail(tr("unknown option \"%1\"; only schema is accepted").arg(item.first));
        location.schema = item.second;
    }
    if (!location.schema.isEmpty() && !plainIdentifier(location.schema))
        return fail(tr("the schema name must be lower-case letters, digits and _"));
    return location;
}

QString ServerLocation::shownName() const
{
    return tr("%1 in %2 on %3").arg(schemaOrPublic(), database, host.isEmpty() ? QStringLiteral("localhost") : host);
}

QString ServerLocation::address() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (!schema.isEmpty())
        text += QStringLiteral("?schema=") + schema;
    return text;
}

} // namespace Vigie
