#pragma once

#include "storage/portfoliofile.h"
#include "storage/serverlocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Vigie {

// The server back end of a portfolio: the same tables, rows, UUIDs and journal as a file, in a schema of
// a PostgreSQL database (Qt's QPSQL driver over libpq). PortfolioFile::open() hands addresses here, so a
// portfolio on a server opens wherever a file does; publish() and download() move a whole portfolio
// between a file and a server, ids, UUIDs and journal included.
//
// Credentials are libpq's business (PGPASSWORD, ~/.pgpass, PGSERVICE, Kerberos...): Vigie never asks
// for, stores or shows a password. See docs/SERVER.md.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ServerStore)
public:
    // Opens the portfolio at a server address (ServerLocation). The schema must hold a Vigie portfolio of
    // this program's schema version. Edits are journaled under the server's user name; what the user may
    // change is the server's decision (ServerRoles).
    static std::unique_ptr<PortfolioFile> open(
        const QString &address, PortfolioFile::Access access, FileError *error);

    // Creates the portfolio's tables in the address's schema (created when missing; it must not hold a
    // portfolio yet) and uploads every row of `file`, in one transaction: nothing is left half-published.
    static bool publish(const PortfolioFile &file, const QString &address, QString *error);

    // Writes every row of the portfolio on the server into a new SQLite portfolio file at `path` (which
    // must not exist), same ids and UUIDs; the caller renames it into place.
    static bool download(const PortfolioFile &server, const QString &path, QString *error);

    // The oldest schema version a portfolio on a server can have: the version of the first Vigie that
    // published to a server. From there, upgrade() brings it to the current version.
    static constexpr int oldestVersion = 4;

    // Brings the portfolio at a server address to this program's schema version, for every client at
    // once, in one transaction: the schema steps since its version (SqlDialect::serverSteps, the same
    // steps a file takes, data included) and the server's own objects (SqlDialect::serverAnnouncement).
    // Only the role that owns its tables (the one that published it) may. `from` receives the version
    // found: the current one when there was nothing to do. `others` (optional) receives the roles of the
    // other Vigie connections that may work on the portfolio when it upgraded: this version's to the
    // portfolio, and any of an older Vigie to its database (those do not say which portfolio they work
    // on). Programs opened before the upgrade do not look at the format again, and must be closed and
    // opened again. False with a translated reason, nothing changed.
    static bool upgrade(const QString &address, int *from, QString *error, QStringList *others = nullptr);
    // What to tell the one who upgraded about upgrade()'s `others` (not empty), translated.
    static QString othersConnectedText(const QStringList &others);

    // Copies every row of the portfolio's tables from one connection to the other (file or server, either
    // way), ids included, table by table in reference order, inside the caller's transaction on `to`,
    // whose tables must be there and empty. False with the table and the server's reason.
    static bool copyRows(const QSqlDatabase &from, const QSqlDatabase &to, QString *error);

    // Adds and opens a QPSQL connection named `connection` to `location`, its schema first on the search
    // path. False with a translated reason (connectionFailure).
    static bool connect(const QString &connection, const ServerLocation &location, QString *error);
    // Why libpq could not connect, in the user's language where Vigie knows the reason (libpq and the
    // server say it in English: no server at that host and port, no such role or database, a password
    // refused or missing, pg_hba.conf, an unknown host, a timeout, a server starting or full, encryption (SSL)
    // required but not offered, a root certificate missing, a certificate for another host or unverified); libpq's
    // own words, on one line, where it does not.
    static QString connectionFailure(const QString &libpq);
};

} // namespace Vigie
