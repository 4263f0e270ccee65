#include "serverroles.h"

#include "storage/fileguard.h"
#include "storage/serverlocation.h"
#include "storage/serverstore.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Vigie {

namespace {

    // Tables an organization may write, and how a row names its organization: directly, or through the
    // measure or project it belongs to (as CopyScope's ownership()).
    struct Owned
    {
        const char *table;
        const char *expression; // the owning organization's id, from the row
    };

    const Owned kOwned[] = {
        { "measure", "owner_id" },
        { "project", "organization_id" },
        { "workforce", "organization_id" },
        { "envelope", "organization_id" },
        { "measure_status_history", "(SELECT m.owner_id FROM %1.measure m WHERE m.id = measure_id)" },
        { "period_measure", "(SELECT m.owner_id FROM %1.measure m WHERE m.id = measure_id)" },
        { "period_project", "(SELECT p.organization_id FROM %1.project p WHERE p.id = project_id)" },
        { "baseline", "(SELECT p.organization_id FROM %1.project p WHERE p.id = project_id)" },
        { "decision", "(SELECT p.organization_id FROM %1.project p WHERE p.id = project_id)" },
        { "project_measure", "(SELECT p.organization_id FROM %1.project p WHERE p.id = project_id)" },
    };

    bool plainName(const QString &name)
    {
        static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
        return plain.match(name).hasMatch();
    }


} // namespace

QStringList ServerRoles::securityStatements(const QString &schema)
{
    QStringList statements {
        QStringLiteral(
            "CREATE TABLE %1.vigie_member (role_name TEXT NOT NULL PRIMARY KEY, kind TEXT NOT NULL "
            "CHECK (kind IN ('cio', 'organization', 'viewer')), organization_code TEXT NOT NULL DEFAULT '')")
            .arg(schema),
        // May the connected role change a row of this organization (NULL: a row of no organization)?
        QStringLiteral(
            "CREATE FUNCTION %1.vigie_may_edit(org BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$ "
            "SELECT EXISTS (SELECT 1 FROM %1.vigie_member m WHERE m.role_name = current_user AND "
            "(m.kind = 'cio' OR (m.kind = 'organization' AND m.organization_code = "
            "(SELECT o.code FROM %1.organization o WHERE o.id = org)))) $$")
            .arg(schema),
    };
    for (const Owned &owned : kOwned) {
        const QString table = schema + QLatin1Char('.') + QLatin1String(owned.table);
        QString organization = QString::fromLatin1(owned.expression);
        organization.replace(QLatin1String("%1"), schema);
        const QString check = QStringLiteral("%1.vigie_may_edit(%2)").arg(schema, organization);
        statements
            << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("CREATE POLICY vigie_read ON %1 FOR SELECT USING (true)").arg(table)
            << QStringLiteral("CREATE POLICY vigie_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(table, check)
            << QStringLiteral("CREATE POLICY vigie_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)")
                   .arg(table, check)
            << QStringLiteral("CREATE POLICY vigie_delete ON %1 FOR DELETE USING (%2)").arg(table, check);
    }
    return statements;
}

QString ServerRoles::readOnlyReason(const PortfolioFile &server)
{
    QSqlQuery q(sqlDatabase(server));
    if (!q.exec(QStringLiteral("SELECT kind, current_user FROM vigie_member WHERE role_name = current_user")) || !q.next()
        || q.value(0).toString() != QLatin1String("viewer"))
        return QString();
    return tr("The server lets %1 read this portfolio, not change it (viewer role).").arg(q.value(1).toString());
}

bool ServerRoles::grant(
    const QString &address, Role role, const QString &organizationCode, const QString &user, QString *error)
{
    const std::optional<ServerLocation> location = ServerLocation::parse(address, error);
    if (!location)
        return false;
    if (!plainName(user))
        return setError(error, tr("\"%1\": a role name must be lower-case letters, digits and _.").arg(user));
    FileGuard::ScopedConnection guard { QStringLiteral("vigie-server-grant") };
    if (!ServerStore::connect(guard.name, *location, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(guard.name, false);
    const QString schema = location->schemaOrPublic();
    const QString shown = location->address();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('vigie_member') IS NOT NULL")) || !q.next()
        || !q.value(0).toBool())
        return setError(error,
            tr("%1: no Vigie portfolio in the schema %2 of this database (publish one with "
               "\"vigie publish FILE %1\").")
                .arg(shown, schema));
    if (role == Role::Organization) {
        q.prepare(QStringLiteral("SELECT 1 FROM organization WHERE code = ?"));
        q.addBindValue(organizationCode);
        if (!q.exec() || !q.next())
            return setError(
                error, tr("No organization has the code \"%1\" in %2.").arg(organizationCode, shown));
    }
    const auto failed = [&](const QSqlQuery &failing) {
        db.rollback();
        return setError(error,
            tr("%1: the rights could not be given (%2); nothing was changed.")
                .arg(shown, sqlErrorText(failing.lastError())));
    };
    if (!db.transaction())
        return setError(error, sqlErrorText(db.lastError()));
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(user);
    if (!q.exec())
        return failed(q);
    QStringList statements;
    if (!q.next())
        statements << QStringLiteral("CREATE ROLE %1 LOGIN").arg(user);
    statements << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, user)
               << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, user)
               << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, user)
               << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, user);
    if (role == Role::Cio) {
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
                          .arg(schema, user)
                   << QStringLiteral(
                          "REVOKE INSERT, UPDATE, DELETE ON %1.vigie_member, %1.vigie_schema FROM %2")
                          .arg(schema, user);
    } else if (role == Role::Organization) {
        QStringList tables;
        for (const Owned &owned : kOwned)
            tables << schema + QLatin1Char('.') + QLatin1String(owned.table);
        statements
            << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                   .arg(tables.join(QLatin1String(", ")), user)
            << QStringLiteral("GRANT INSERT ON %1.changeset, %1.change_journal TO %2").arg(schema, user);
    }
    if (role != Role::Viewer)
        statements << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, user);
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return failed(q);
    }
    q.prepare(QStringLiteral("INSERT INTO vigie_member (role_name, kind, organization_code) VALUES (?, ?, ?) "
                             "ON CONFLICT (role_name) DO UPDATE SET kind = EXCLUDED.kind, "
                             "organization_code = EXCLUDED.organization_code"));
    q.addBindValue(user);
    q.addBindValue(role == Role::Cio     ? QStringLiteral("cio")
            : role == Role::Organization ? QStringLiteral("organization")
                                         : QStringLiteral("viewer"));
    q.addBindValue(role == Role::Organization ? organizationCode : QStringLiteral(""));
    if (!q.exec())
        return failed(q);
    return db.commit() || setError(error, sqlErrorText(db.lastError()));
}

QString ServerRoles::refusal(Entity entity, const QString &user, const QSqlError &error)
{
    if (error.isValid() && error.nativeErrorCode() != QLatin1String("42501"))
        return sqlErrorText(error);
    return tr(
        "The server refused the change to this %1: the role %2 may not change it. On a shared portfolio the "
        "CIO office changes everything, an organization only its own items, a viewer nothing; ask the "
        "portfolio's administrator for the right.")
        .arg(EntityText::label(entity).toLower(), user);
}

} // namespace Vigie
