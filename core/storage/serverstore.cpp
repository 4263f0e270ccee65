#include "serverstore.h"

#include "storage/fileguard.h"
#include "storage/schema.h"
#include "storage/servercredentials.h"
#include "storage/serverroles.h"
#include "storage/sqldialect.h"
#include "storage/sqlutil.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QLibrary>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

    QString nextServerConnectionName()
    {
        static QAtomicInt counter;
        return QStringLiteral("vigie-server-%1").arg(counter.fetchAndAddRelaxed(1));
    }

    // The application name of every connection of this program to a portfolio: "vigie:" and its schema, so
    // that pg_stat_activity tells who works on which portfolio (ServerStore::upgrade). The schema is a
    // plain identifier (ServerLocation::parse); PostgreSQL keeps 63 bytes of the name.
    QString applicationName(const ServerLocation &location)
    {
        return (QStringLiteral("vigie:") + location.schemaOrPublic()).left(63);
    }

} // namespace

// Rows go to a server many to a statement (a round trip per row made a 10,000-project publish take
// 50 s); SQLite, in-process, takes them one by one.
bool ServerStore::copyRows(const QSqlDatabase &from, const QSqlDatabase &to, QString *error)
{
    for (const QString &table : SqlDialect::tablesInReferenceOrder()) {
        const QStringList columns = SqlDialect::columnNames(from, table);
        if (columns.isEmpty())
            return setError(error, tr("the table %1 is missing").arg(table));
        const QString list = columns.join(QLatin1String(", "));
        const auto failed = [&](const QSqlQuery &q) {
            //: A table of the portfolio, then the server's error
            return setError(error, tr("%1: %2").arg(table, sqlErrorText(q.lastError())));
        };
        QSqlQuery read(from);
        readForwardOnly(read);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(list, table)))
            return failed(read);
        const int width = int(columns.size());
        const int batch = SqlDialect::isServer(to) ? qMax(1, 16000 / width) : 1;
        const QString row = QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
        const auto insertSql = [&](int rows) {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(table, list, QStringList(rows, row).join(QLatin1Char(',')));
        };
        QSqlQuery write(to);
        if (!write.prepare(insertSql(batch)))
            return failed(write);
        QVariantList values;
        values.reserve(batch * width);
        const auto flush = [&](QSqlQuery &q) {
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            values.clear();
            return q.exec();
        };
        while (read.next()) {
            for (int i = 0; i < width; ++i)
                values.append(read.value(i));
            if (values.size() == batch * width && !flush(write))
                return failed(write);
        }
        if (read.lastError().isValid())
            return failed(read);
        if (!values.isEmpty()) {
            QSqlQuery rest(to);
            if (!rest.prepare(insertSql(int(values.size()) / width)) || !flush(rest))
                return failed(rest);
        }
    }
    return true;
}

QString ServerStore::connectionFailure(const QString &libpq)
{
    // libpq's reason on its lines ("…\n\tIs the server running…?") as one sentence.
    const QString said = libpq.simplified();
    const auto match = [&said](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern)).match(said);
    };
    // Where libpq tried: `connection to server at "HOST" (ADDRESS), port N failed: …`.
    const QRegularExpressionMatch at = match(R"re(connection to server at "([^"]+)"(?: \([^)]*\))?, port (\d+) failed)re");
    const QString where = at.hasMatch() ? tr("%1, port %2", "a server's host and port").arg(at.captured(1), at.captured(2))
                                        : QString();
    QRegularExpressionMatch m;
    if (said.contains(QLatin1String("Connection refused")) && !where.isEmpty())
        return tr("no server answers at %1; check that one runs there and accepts connections over the network").arg(where);
    if ((m = match(R"re(on socket "([^"]+)" failed: No such file or directory)re")).hasMatch())
        return tr("no server runs on this computer: there is no socket %1").arg(m.captured(1));
    if ((m = match(R"re(password authentication failed for user "([^"]+)")re")).hasMatch())
        return tr("it refused the password of the role %1").arg(m.captured(1));
    if (said.contains(QLatin1String("no password supplied")))
        return tr("it asks for a password and none was given: type it in File → Connect to Server…, or set PGPASSWORD "
                  "or ~/.pgpass");
    if ((m = match(R"re(no pg_hba\.conf entry for host "([^"]+)", user "([^"]+)", database "([^"]+)")re")).hasMatch())
        return tr("it does not accept the role %2 in the database %3 from %1: see its pg_hba.conf")
            .arg(m.captured(1), m.captured(2), m.captured(3));
    if ((m = match(R"re(role "([^"]+)" does not exist)re")).hasMatch())
        return tr("it has no role %1").arg(m.captured(1));
    if ((m = match(R"re(database "([^"]+)" does not exist)re")).hasMatch())
        return tr("it has no database %1").arg(m.captured(1));
    if ((m = match(R"re(could not translate host name "([^"]+)")re")).hasMatch())
        return tr("the host name %1 is unknown").arg(m.captured(1));
    if (said.contains(QLatin1String("timeout expired")))
        return tr("it did not answer within 10 seconds");
    if ((said.contains(QLatin1String("Network is unreachable")) || said.contains(QLatin1String("No route to host")))
        && !where.isEmpty())
        return tr("the network does not reach %1").arg(where);
    if (said.contains(QLatin1String("the database system is starting up"))
        || said.contains(QLatin1String("the database system is shutting down")))
        return tr("it is starting up or shutting down: try again in a moment");
    if (said.contains(QLatin1String("too many clients")) || said.contains(QLatin1String("connection slots are reserved")))
        return tr("it has no connection left: try again later, or ask its administrator");
    // Encryption (SSL), which libpq asks for as its environment says (PGSSLMODE, PGSSLROOTCERT).
    if (said.contains(QLatin1String("server does not support SSL, but SSL was required")))
        return tr("it does not accept encrypted connections (SSL), and this computer's settings require one (PGSSLMODE)");
    if ((m = match(R"re(root certificate file "([^"]+)" does not exist)re")).hasMatch())
        return tr("its certificate cannot be verified: there is no root certificate %1 (PGSSLROOTCERT), or PGSSLMODE "
                  "asks for a mode that does not verify it")
            .arg(m.captured(1));
    if ((m = match(R"re(server certificate for "([^"]+)"(?: \(and \d+ other names?\))? does not match host name "([^"]+)")re"))
            .hasMatch())
        return tr("its certificate is made out to %1, not to %2").arg(m.captured(1), m.captured(2));
    if (said.contains(QLatin1String("SSL error: certificate verify failed")))
        return tr("its certificate could not be verified against this computer's root certificates");
    return said; // a reason Vigie does not know, or one the server already gave in another language
}

// What a connection that failed says; when the driver gives no words (the server ended the connection
// while it was being set up, and the driver then calls it closed), that it was lost.
static QString setupFailure(const QSqlError &e)
{
    const QString said = sqlErrorText(e).trimmed();
    return said.isEmpty() ? connectionLostReason() : said;
}

bool ServerStore::connect(const QString &connection, const ServerLocation &location, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return setError(error,
            tr("%1: this installation cannot reach PostgreSQL servers (Qt's PostgreSQL driver, "
               "package libqt6sql6-psql, is missing).")
                .arg(location.address()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setDatabaseName(location.database);
    if (!location.host.isEmpty())
        db.setHostName(location.host);
    if (location.port > 0)
        db.setPort(location.port);
    if (!location.user.isEmpty())
        db.setUserName(location.user);
    // A password typed in this session (File → Connect to Server…), from memory; otherwise none, and libpq
    // looks in PGPASSWORD and ~/.pgpass itself. The application name shows who is connected in
    // pg_stat_activity.
    const QString password = ServerCredentials::password(location.address());
    if (!password.isEmpty())
        db.setPassword(password);
    // TCP keepalives on an idle connection and a bound on unanswered sends: a network that goes down
    // without a word ends the connection within about a minute and a half (seen by the window, see
    // PortfolioFile::serverConnectionClosed) instead of the system's two hours, and a read sent into it
    // fails after a minute instead of hanging for a quarter of an hour. libpq ignores them on a local
    // socket.
    db.setConnectOptions(QStringLiteral("application_name=%1;connect_timeout=10;keepalives=1;keepalives_idle=60;"
                                        "keepalives_interval=10;keepalives_count=3;tcp_user_timeout=60000")
                             .arg(applicationName(location)));
    if (!db.open())
        return setError(error,
            tr("%1: cannot connect to the server (%2).")
                .arg(location.address(), connectionFailure(setupFailure(db.lastError()))));
    QSqlQuery q(db);
    // The schema name was checked to be a plain identifier (ServerLocation::parse).
    // The server's notices ("… does not exist, skipping") are libpq's to print on the program's standard
    // error; what the user needs to know comes as Vigie's own messages.
    if (!q.exec(QStringLiteral("SET search_path TO %1").arg(location.schemaOrPublic()))
        || !q.exec(QStringLiteral("SET client_min_messages TO warning")))
        return setError(error,
            tr("%1: cannot connect to the server (%2).")
                .arg(location.address(), setupFailure(q.lastError())));
    return true;
}

// Whether the connected role may change the portfolio's tables (their owner, a member of the owning role,
// or a superuser), the owner's name and the connected role's: one row, none when the schema holds no
// portfolio.
static bool selectOwnership(QSqlQuery &q)
{
    return q.exec(QStringLiteral("SELECT pg_has_role(c.relowner, 'USAGE'), pg_get_userbyid(c.relowner), current_user "
                                 "FROM pg_class c WHERE c.oid = to_regclass('vigie_schema')"));
}

std::unique_ptr<PortfolioFile> ServerStore::open(
    const QString &address, PortfolioFile::Access access, FileError *error)
{
    QString message;
    const std::optional<ServerLocation> location = ServerLocation::parse(address, &message);
    if (!location) {
        *error = { FileError::NotFound, message };
        return nullptr;
    }
    std::unique_ptr<PortfolioFile> file(new PortfolioFile(
        location->address(), nextServerConnectionName(), access == PortfolioFile::Access::ReadOnly));
    if (!connect(file->m_connection, *location, &message)) {
        *error = { FileError::Io, message };
        return nullptr;
    }
    const QSqlDatabase db = file->database();
    const int version = SqlDialect::schemaVersion(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT has_schema_privilege(n.oid, 'USAGE'), current_user FROM pg_namespace n "
                             "WHERE n.nspname = ?"));
    q.addBindValue(location->schemaOrPublic());
    if (version == 0 && q.exec() && q.next() && !q.value(0).toBool()) {
        *error = { FileError::Io,
            tr("%1: the role %2 may not read the schema %3. Ask the portfolio's administrator for access "
               "(vigie server grant %1 --role viewer --user %2).")
                .arg(location->address(), q.value(1).toString(), location->schemaOrPublic()) };
        return nullptr;
    }
    if (version == 0) {
        *error = { FileError::NotVigie,
            tr("%1: no Vigie portfolio in the schema %2 of this database (publish one with "
               "\"vigie publish FILE %1\").")
                .arg(location->address(), location->schemaOrPublic()) };
        return nullptr;
    }
    if (version > Schema::currentVersion) {
        *error = { FileError::TooNew,
            tr("%1: the portfolio on the server was made by a newer version of Vigie "
               "(format %2, this program reads up to %3). Update Vigie to open it.")
                .arg(location->address())
                .arg(version)
                .arg(Schema::currentVersion) };
        return nullptr;
    }
    if (version < Schema::currentVersion) {
        // The window offers the upgrade to the role that may run it (ServerStore::upgrade's rule).
        const bool mayUpgrade = version >= oldestVersion && selectOwnership(q) && q.next() && q.value(0).toBool();
        *error = { FileError::NeedsUpgrade,
            version < oldestVersion
                ? tr("%1: the portfolio on the server uses an older format (%2); extract "
                     "it with an older Vigie and publish it again with this one.")
                      .arg(location->address())
                      .arg(version)
                : tr("%1: the portfolio on the server uses an older format (%2). The role that published "
                     "it can upgrade it for every client at once: vigie server upgrade %1")
                      .arg(location->address())
                      .arg(version) };
        error->upgradable = mayUpgrade;
        return nullptr;
    }
    // The journal names the server's user: who the server let in, whatever the workstation's login is.
    if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
        file->m_author = q.value(0).toString();
    *error = {};
    return file;
}

namespace {

// libpq's PQstatus, taken from the libpq Qt's PostgreSQL driver loaded (QLibrary finds it loaded): core
// does not link libpq, so that commands on files never load it. Its values are libpq's stable ABI
// (ConnStatusType in libpq-fe.h).
using PQstatusFunction = int (*)(const void *connection);
constexpr int connectionBad = 1; // CONNECTION_BAD

PQstatusFunction pqStatus()
{
    static const PQstatusFunction function = [] {
        QLibrary libpq(QStringLiteral("pq"), 5);
        return reinterpret_cast<PQstatusFunction>(libpq.resolve("PQstatus"));
    }();
    return function;
}

} // namespace

bool PortfolioFile::serverConnectionClosed() const
{
    if (!isServer())
        return false;
    const QSqlDatabase db = database();
    if (!db.isOpen())
        return true;
    // The driver's handle is libpq's connection (QSqlDriver::handle: "PGconn*" for QPSQL).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    const void *connection = *static_cast<const void *const *>(handle.constData());
    const PQstatusFunction status = pqStatus();
    return connection && status && status(connection) == connectionBad;
}

bool PortfolioFile::followOtherClients()
{
    const std::optional<ServerLocation> location = ServerLocation::parse(m_path, nullptr);
    if (!location || !isServer())
        return false;
    QSqlDriver *driver = database().driver();
    // The channel the portfolio's commit trigger announces on (SqlDialect::serverSchema).
    const QString channel = QStringLiteral("vigie_") + location->schemaOrPublic();
    if (driver->subscribedToNotifications().contains(channel))
        return true;
    if (!driver->subscribeToNotification(channel))
        return false;
    // The driver tells this connection's own commits (SelfSource) from other clients'; a commit made by
    // this program on another connection (an import on a worker) counts as another's, and the document
    // that made it ignores it (Document::announce).
    QObject::connect(driver, &QSqlDriver::notification, this,
                     [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (source != QSqlDriver::OtherSource)
                             return;
                         m_otherClientCommitted = true;
                         Q_EMIT otherClientCommitted();
                     });
    return true;
}

bool ServerStore::publish(const PortfolioFile &file, const QString &address, QString *error)
{
    const std::optional<ServerLocation> location = ServerLocation::parse(address, error);
    if (!location)
        return false;
    FileGuard::ScopedConnection guard { nextServerConnectionName() };
    if (!connect(guard.name, *location, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(guard.name, false);
    const QString shown = location->address();
    const auto failed = [&](const QString &why) {
        db.rollback();
        return setError(error,
            tr("%1: the portfolio could not be published (%2); nothing was written on the server.")
                .arg(shown, why));
    };
    if (!db.transaction())
        return failed(sqlErrorText(db.lastError()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(location->schemaOrPublic())))
        return failed(sqlErrorText(q.lastError()));
    if (SqlDialect::schemaVersion(db) != 0
        || !SqlDialect::columnNames(db, QStringLiteral("portfolio")).isEmpty()) {
        db.rollback();
        return setError(error,
            tr("%1: the schema %2 already holds a portfolio; publish into another schema "
               "(?schema=name) or remove it first. Nothing was written.")
                .arg(shown, location->schemaOrPublic()));
    }
    for (const QString &statement :
        SqlDialect::serverSchema() + ServerRoles::securityStatements(location->schemaOrPublic())) {
        if (!q.exec(statement))
            return failed(sqlErrorText(q.lastError()));
    }
    QString why;
    if (!copyRows(file.database(), db, &why))
        return failed(why);
    // Rows keep their ids; the identity columns continue after the highest.
    for (const QString &table : SqlDialect::tablesInReferenceOrder()) {
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                        .arg(table)))
            return failed(sqlErrorText(q.lastError()));
    }
    if (!q.exec(QStringLiteral("INSERT INTO vigie_schema (application_id, version) VALUES (%1, %2)")
                    .arg(Schema::applicationId)
                    .arg(Schema::currentVersion)))
        return failed(sqlErrorText(q.lastError()));
    if (!db.commit())
        return failed(sqlErrorText(db.lastError()));
    return true;
}

bool ServerStore::upgrade(const QString &address, int *from, QString *error, QStringList *others)
{
    const std::optional<ServerLocation> location = ServerLocation::parse(address, error);
    if (!location)
        return false;
    FileGuard::ScopedConnection guard { nextServerConnectionName() + QStringLiteral("-upgrade") };
    if (!connect(guard.name, *location, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(guard.name, false);
    const QString shown = location->address();
    QSqlQuery q(db);
    const auto failed = [&](const QString &why) {
        db.rollback();
        return setError(error,
            tr("%1: the portfolio could not be upgraded (%2); nothing was changed.").arg(shown, why));
    };
    if (!db.transaction())
        return failed(sqlErrorText(db.lastError()));
    // Changing a table is its owner's right (or a member's of the owning role, or a superuser's): say so
    // before trying, naming both roles.
    if (!selectOwnership(q))
        return failed(sqlErrorText(q.lastError()));
    if (!q.next()) {
        db.rollback();
        return setError(error,
            tr("%1: no Vigie portfolio in the schema %2 of this database (publish one with "
               "\"vigie publish FILE %1\").")
                .arg(shown, location->schemaOrPublic()));
    }
    if (!q.value(0).toBool()) {
        const QString owner = q.value(1).toString();
        const QString user = q.value(2).toString();
        db.rollback();
        return setError(error,
            tr("%1: only the role that published the portfolio (%2) may upgrade it; %3 may not. Run the "
               "command again as %2: nothing was changed.")
                .arg(shown, owner, user));
    }
    // One upgrade at a time: a second one waits here, then finds the portfolio upgraded. Every write
    // transaction of a client reads vigie_schema first (PortfolioFile::begin): the upgrade waits for those
    // under way, and those that start meanwhile wait for it, then find the new format and write nothing
    // unless they read it. The steps change tables the clients read: they wait for the clients' reads.
    // Each wait is a minute at most.
    if (!q.exec(QStringLiteral("SET LOCAL lock_timeout = '60s'"))
        || !q.exec(QStringLiteral("LOCK TABLE vigie_schema IN ACCESS EXCLUSIVE MODE")))
        return failed(sqlErrorText(q.lastError()));
    const int version = SqlDialect::schemaVersion(db);
    *from = version;
    if (version == Schema::currentVersion) {
        db.rollback();
        return true;
    }
    if (version > Schema::currentVersion) {
        db.rollback();
        return setError(error,
            tr("%1: the portfolio on the server was made by a newer version of Vigie "
               "(format %2, this program reads up to %3). Update Vigie to open it.")
                .arg(shown)
                .arg(version)
                .arg(Schema::currentVersion));
    }
    if (version < oldestVersion) {
        db.rollback();
        return setError(error,
            tr("%1: the portfolio on the server uses a format (%2) older than any Vigie that published to a "
               "server; extract it with the Vigie that published it and publish it again with this one.")
                .arg(shown)
                .arg(version));
    }
    for (const QString &statement :
        SqlDialect::serverSteps(version, Schema::currentVersion) + SqlDialect::serverAnnouncement()
             + SqlDialect::serverOlderClientGuard()) {
        if (!q.exec(statement))
            return failed(sqlErrorText(q.lastError()));
    }
    // Who else may work on this portfolio, told to the one who upgrades: a program opened before the
    // upgrade keeps the format it read at its start. This version names every connection after its
    // portfolio (ServerStore::connect); an older Vigie, the one an upgrade concerns most, named them all
    // "vigie", whatever the portfolio.
    if (others) {
        others->clear();
        q.prepare(QStringLiteral("SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND application_name IN ('vigie', ?) AND pid <> pg_backend_pid() ORDER BY 1"));
        q.addBindValue(applicationName(*location));
        if (!q.exec())
            return failed(sqlErrorText(q.lastError()));
        while (q.next())
            others->append(q.value(0).toString());
    }
    q.prepare(QStringLiteral("UPDATE vigie_schema SET version = ? WHERE application_id = ?"));
    q.addBindValue(Schema::currentVersion);
    q.addBindValue(Schema::applicationId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return failed(q.lastError().isValid() ? sqlErrorText(q.lastError())
                                              : tr("the table vigie_schema has no row for Vigie"));
    if (!db.commit())
        return failed(sqlErrorText(db.lastError()));
    return true;
}

QString ServerStore::othersConnectedText(const QStringList &others)
{
    return tr("Vigie was also connected to this portfolio's database as %1 during the upgrade. Those programs "
              "read the portfolio's format when they opened it: close them, and open the portfolio again with "
              "this version of Vigie, before changing anything.")
        .arg(others.join(QLatin1String(", ")));
}

bool ServerStore::download(const PortfolioFile &server, const QString &path, QString *error)
{
    if (QFile::exists(path))
        return setError(error, tr("%1: a file already exists there.").arg(path));
    FileGuard::ScopedConnection guard { nextServerConnectionName() + QStringLiteral("-file") };
    QString why;
    if (!FileGuard::openConnection(guard.name, path, false, &why))
        return setError(error, why);
    QSqlDatabase db = QSqlDatabase::database(guard.name, false);
    QSqlQuery q(db);
    bool ok = db.transaction();
    ok = ok && Schema::createCurrent(q);
    if (!ok)
        why = sqlErrorText(q.lastError());
    ok = ok && copyRows(server.database(), db, &why);
    if (ok && !db.commit())
        why = sqlErrorText(db.lastError()), ok = false;
    if (!ok) {
        db.rollback();
        return setError(error, tr("%1: the portfolio could not be written (%2).").arg(path, why));
    }
    return true;
}

} // namespace Vigie
