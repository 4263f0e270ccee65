#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Vigie {

// Where a shared portfolio lives: `postgresql://[user@]host[:port]/database[?schema=name]`, given wherever
// a portfolio file's path is (command line, open). Vigie never takes a password here: libpq finds it in
// its standard places (PGPASSWORD, ~/.pgpass, PGSERVICE), so none is ever stored or shown by Vigie.
// Empty parts fall back to libpq's environment (PGHOST, PGPORT, PGUSER).
struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ServerLocation)
public:
    QString user;
    QString host;
    int port = 0; // 0: libpq's default (PGPORT, 5432)
    QString database;
    QString schema; // the PostgreSQL schema (namespace) holding the portfolio's tables; "" = public

    // True when `path` names a server rather than a file (it starts with postgresql:// or postgres://).
    static bool isServerAddress(const QString &path);
    // Parses an address; on a mistake, nullopt and a translated sentence saying what is wrong.
    static std::optional<ServerLocation> parse(const QString &address, QString *error);

    QString schemaOrPublic() const { return schema.isEmpty() ? QStringLiteral("public") : schema; }
    // The address again, in its canonical form (for messages and as the portfolio's "path").
    QString address() const;
    // How windows and lists name the portfolio there: "quebec in vigie on db.example.ca".
    QString shownName() const;
};

} // namespace Vigie
