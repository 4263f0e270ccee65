#pragma once

#include "storage/entity.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Vigie {

class PortfolioFile;

// Who may change what in a portfolio on a server, enforced by PostgreSQL itself (privileges and row-level
// security), not by Vigie: a client that bypasses Vigie meets the same walls.
//
//  - cio: changes everything;
//  - organization CODE: changes only that organization's measures (and their status history), projects
//    (with their baselines, decisions and links), workforce and envelope rows; reads the rest;
//  - viewer: reads.
//
// Rights are given to existing or new PostgreSQL login roles; members are listed in the vigie_member
// table the policies read. The same rule as a copy limited to an organization (storage/copyscope.h).
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ServerRoles)
public:
    enum class Role { Cio, Organization, Viewer };

    // The member table, the policy function and the row-level security policies of a schema; run by
    // publish with the portfolio's tables. `schema` is a plain identifier (ServerLocation).
    static QStringList securityStatements(const QString &schema);

    // Gives `user` (a PostgreSQL role, created as a login role when missing) the rights of `role` on the
    // portfolio at `address`, replacing any it had. Run as the portfolio's owner. False with a
    // translated reason.
    static bool grant(const QString &address, Role role, const QString &organizationCode, const QString &user,
        QString *error);

    // Why the connected user may not change the portfolio at all (a viewer member), in the user's
    // language; empty when the server may let them change something (which it decides row by row).
    static QString readOnlyReason(const PortfolioFile &server);

    // Why the server refused a write (SQLSTATE 42501: no privilege, or a row-level security check), in
    // the user's language; other errors in the server's words. `error` invalid: the write touched no
    // row because row-level security hid it from `user`.
    static QString refusal(Entity entity, const QString &user, const QSqlError &error);
};

} // namespace Vigie
