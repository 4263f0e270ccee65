#pragma once

// A portfolio on a server as the Vigie of schema 4 (the first that published to a server) left it: the
// schema steps up to 4 in PostgreSQL's spelling, the roles' security, the rows of a schema 4 file, version
// 4; and without the triggers that announce commits and refuse older clients, which came later. For the tests of
// `vigie server upgrade` and of the window's upgrade.
#include "pgserver.h"

#include "storage/fileguard.h"
#include "storage/schema.h"
#include "storage/serverroles.h"
#include "storage/serverstore.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace VigieTest {

// Publishes the schema 4 portfolio file `file` (left as it is) into `schema`, replacing whatever the
// schema held, as the cluster's administrator. Returns why it could not, or nothing.
inline QString publishAsSchema4(const PgCluster &cluster, const QString &schema, const QString &file)
{
    using namespace Vigie;
    QStringList statements { QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema),
        QStringLiteral("CREATE SCHEMA %1").arg(schema), QStringLiteral("SET search_path TO %1").arg(schema) };
    statements << SqlDialect::serverSchema(ServerStore::oldestVersion) << ServerRoles::securityStatements(schema)
               << QStringLiteral("DROP TRIGGER changeset_announce ON changeset")
               << QStringLiteral("DROP TRIGGER vigie_schema_announce ON vigie_schema")
               << QStringLiteral("DROP FUNCTION vigie_announce_commit()")
               << QStringLiteral("DROP TRIGGER changeset_refuse_older_clients ON changeset")
               << QStringLiteral("DROP FUNCTION vigie_refuse_older_clients()");
    QString why = adminSql(cluster, statements);
    if (!why.isEmpty())
        return why;
    const QString connection = QStringLiteral("vigie-test-schema4-file");
    if (!FileGuard::openConnection(connection, file, true, &why))
        return why;
    {
        QSqlDatabase source = QSqlDatabase::database(connection, false);
        QSqlDatabase server = QSqlDatabase::database(adminConnectionName());
        if (SqlDialect::schemaVersion(source) != ServerStore::oldestVersion)
            why = QStringLiteral("%1 is not of schema %2").arg(file).arg(ServerStore::oldestVersion);
        else if (!server.transaction())
            why = server.lastError().text();
        else if (!ServerStore::copyRows(source, server, &why))
            server.rollback();
        else if (!server.commit())
            why = server.lastError().text();
    }
    FileGuard::closeConnection(connection);
    if (!why.isEmpty())
        return why;
    statements = { QStringLiteral("SET search_path TO %1").arg(schema) };
    for (const QString &table : SqlDialect::tablesInReferenceOrder())
        statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                     "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                          .arg(table);
    statements << QStringLiteral("INSERT INTO vigie_schema (application_id, version) VALUES (%1, %2)")
                      .arg(Schema::applicationId)
                      .arg(ServerStore::oldestVersion);
    return adminSql(cluster, statements);
}

// A connection of `user` named `applicationName` as a Vigie names its own, left open through an upgrade
// by a window opened before it: "vigie" for a Vigie of formats 4 to 6 (whatever the portfolio),
// "vigie:SCHEMA" for this version's. Closed when this goes; `error` says why it could not open.
class ClientLeftOpen
{
public:
    ClientLeftOpen(const PgCluster &cluster, const QString &applicationName, const QString &user)
        : m_name(QStringLiteral("vigie-test-client-left-open-") + applicationName + user)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(cluster.host);
        db.setPort(cluster.port);
        db.setDatabaseName(cluster.database);
        db.setUserName(user);
        db.setConnectOptions(QStringLiteral("application_name=") + applicationName);
        if (!db.open())
            error = db.lastError().text();
    }
    ~ClientLeftOpen()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    ClientLeftOpen(const ClientLeftOpen &) = delete;
    ClientLeftOpen &operator=(const ClientLeftOpen &) = delete;

    QString error;

private:
    QString m_name;
};

} // namespace VigieTest
