#include "portfoliofile.h"
#include "sqlitedriver.h"
#include "keptquery.h"

#include "storage/fileguard.h"
#include "storage/outputfile.h"
#include "storage/readahead.h"
#include "storage/recovery.h"
#include "storage/schema.h"
#include "storage/journal.h"
#include "storage/ordereduuid.h"
#include "storage/schemacheck.h"
#include "storage/serverstore.h"
#include "storage/sqldialect.h"
#include "storage/sqlutil.h"
#include "storage/verifiedfiles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Vigie {

namespace {

// Who is editing, for the journal and status history: the login name, even when $USER is not set
// (services, desktop launchers); the account database knows it on POSIX systems.
QString loginName()
{
    for (const char *variable : { "USER", "LOGNAME", "USERNAME" }) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QString();
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("vigie-%1").arg(counter.fetchAndAddRelaxed(1));
}

FileError makeError(FileError::Code code, const QString &message)
{
    return FileError { code, message };
}

// Reads the 100-byte SQLite header ourselves, so that a file that is not a Vigie portfolio is refused
// before SQLite runs anything on it (or, for a non-database, writes a journal next to it).
FileError headerError(const QString &path, int *userVersion)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFileInfo fi(path);
    if (!fi.exists())
        return makeError(FileError::NotFound, QCoreApplication::translate("Vigie::PortfolioFile", "%1: no such file.").arg(shown));
    if (!fi.isFile())
        return makeError(FileError::NotARegularFile, QCoreApplication::translate("Vigie::PortfolioFile", "%1: not a file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(FileError::Io, QCoreApplication::translate("Vigie::PortfolioFile", "%1: cannot be read (%2).").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return makeError(FileError::NotSqlite, QCoreApplication::translate("Vigie::PortfolioFile", "%1: the file is empty, not a Vigie portfolio.").arg(shown));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return makeError(FileError::NotSqlite, QCoreApplication::translate("Vigie::PortfolioFile", "%1: not a Vigie portfolio (not a SQLite database).").arg(shown));
    const auto bytes = reinterpret_cast<const uchar *>(header.constData());
    const qint32 version = qFromBigEndian<qint32>(bytes + 60);
    const qint32 appId = qFromBigEndian<qint32>(bytes + 68);
    if (appId != Schema::applicationId)
        return makeError(FileError::NotVigie,
                         QCoreApplication::translate("Vigie::PortfolioFile", "%1: a SQLite database, but not a Vigie portfolio.").arg(shown));
    if (version > Schema::currentVersion)
        return makeError(FileError::TooNew,
                         QCoreApplication::translate("Vigie::PortfolioFile", "%1: made by a newer version of Vigie (file format %2, this program reads up to %3). "
                            "Update Vigie to open it.")
                             .arg(shown)
                             .arg(version)
                             .arg(Schema::currentVersion));
    if (version < 1)
        return makeError(FileError::Corrupt, QCoreApplication::translate("Vigie::PortfolioFile", "%1: the portfolio has no schema version; it is damaged.").arg(shown));
    // A file cut short (an interrupted copy or download) is the common damage, and the header says how
    // long the file must be when its size field is current (version-valid-for = change counter). A
    // transaction interrupted by a crash can leave the same picture, but then a hot journal is there
    // and SQLite rolls it back on opening.
    *userVersion = version; // known even when the file turns out cut short (vigie check still looks)
    const quint32 pageSize = qFromBigEndian<quint16>(bytes + 16) == 1 ? 65536u : qFromBigEndian<quint16>(bytes + 16);
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    if (qFromBigEndian<quint32>(bytes + 92) == qFromBigEndian<quint32>(bytes + 24) && pages > 0
        && fi.size() < qint64(pages) * pageSize && QFileInfo(path + QStringLiteral("-journal")).size() == 0)
        return makeError(FileError::Corrupt, QCoreApplication::translate("Vigie::PortfolioFile", "%1: the portfolio is damaged and cannot be opened.").arg(shown));
    *userVersion = version;
    return {};
}

// Files up to this size get SQLite's full integrity check when opened (about 0.2 s at 8 MB).
constexpr qint64 kFullCheckBytes = 8 * 1024 * 1024;

// SQLite's words for a message on one line: quick_check reports one finding a line.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 200 ? text.left(197) + QStringLiteral("...") : text;
}

} // namespace

PortfolioFile::PortfolioFile(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connection(std::move(connectionName))
    , m_readOnly(readOnly)
{
    if (!ServerLocation::isServerAddress(m_path))
        OutputFile::protect(m_path);
}

QString PortfolioFile::author() const
{
    if (!m_author)
        m_author = loginName();
    return *m_author;
}

PortfolioFile::~PortfolioFile()
{
    m_journal.reset(); // its prepared statement goes before the connection
    m_keptQueries.clear(); // so do the kept ones
    m_failedStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        // A large file this connection verified (or was handed verified) and alone wrote since stays
        // verified: its stamp is taken first, so a write by anyone after it makes the record stale.
        if (db.isOpen() && !m_readOnly && m_openedDataVersion >= 0 && !isServer()
            && QFileInfo(m_path).size() > kFullCheckBytes) {
            const QByteArray stamp = VerifiedFiles::stamp(m_path);
            if (dataVersion() == m_openedDataVersion)
                VerifiedFiles::remember(m_path, stamp);
        }
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (!ServerLocation::isServerAddress(m_path))
        OutputFile::release(m_path);
}

QSqlDatabase PortfolioFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

qint64 PortfolioFile::dataVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::unique_ptr<PortfolioFile> PortfolioFile::create(const QString &path, const QString &name, FileError *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)) {
        *error = makeError(FileError::Io, QFileInfo(path).isDir()
                               ? tr("%1: a folder has that name; choose another name.").arg(shown)
                               : tr("%1: a file already exists there; choose another name.").arg(shown));
        return nullptr;
    }
    if (const QString problem = OutputFile::folderProblem(path); !problem.isEmpty()) {
        *error = makeError(FileError::Io, problem);
        return nullptr;
    }
    // Build in a temporary file and move it into place, so a failure never leaves half a portfolio.
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    {
        std::unique_ptr<PortfolioFile> file(new PortfolioFile(temp, nextConnectionName(), false));
        QString message;
        if (!FileGuard::openConnection(file->m_connection, temp, false, &message)) {
            *error = makeError(FileError::Io, tr("%1: cannot be created (%2).").arg(shown, message));
            file.reset();
            QFile::remove(temp);
            return nullptr;
        }
        QSqlDatabase db = file->database();
        QSqlQuery q(db);
        bool ok = db.transaction();
        ok = ok && Schema::createCurrent(q);
        if (ok) {
            ok = q.prepare(QStringLiteral("INSERT INTO portfolio (id, uuid, name, health_rule, created_at) "
                                          "VALUES (1, ?, ?, ?, ?)"));
            q.addBindValue(newUuid());
            q.addBindValue(name);
            q.addBindValue(HealthRule::variance1030().toJson());
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            ok = ok && q.exec();
        }
        ok = ok && db.commit();
        if (!ok) {
            *error = makeError(FileError::Io, tr("%1: cannot be created (%2).").arg(shown, sqlErrorText(q.lastError())));
            file.reset();
            QFile::remove(temp);
            return nullptr;
        }
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        *error = makeError(FileError::Io, tr("%1: cannot be created.").arg(shown));
        return nullptr;
    }
    return open(path, Access::ReadWrite, error);
}

std::unique_ptr<PortfolioFile> PortfolioFile::open(const QString &path, Access access, FileError *error)
{
    if (ServerLocation::isServerAddress(path))
        return ServerStore::open(path, access, error);
    const QString shown = QDir::toNativeSeparators(path);
    // A change a crash interrupted is rolled back before the header or the schema are read: until then
    // they may be half-written.
    QString note;
    if (QFileInfo(path).isFile()) {
        if (FileError e = Recovery::recoverInterruptedChange(path, &note)) {
            *error = e;
            return nullptr;
        }
    }
    int version = 0;
    if (FileError e = headerError(path, &version)) {
        *error = e;
        return nullptr;
    }
    const bool writable = FileGuard::canWrite(path);
    bool readOnly = access == Access::ReadOnly || access == Access::ReadOnlyVerified || !writable;

    // First look, read-only, before anything can write: the schema must be exactly what this version
    // creates (no trigger or view may run on the next write), then SQLite's integrity check (the quick
    // one on large files: a third of a second at 100,000 projects), on every open so that no command
    // computes figures from a damaged file. A caller that just ran the check (ReadWriteVerified) does
    // not wait for it again. A read-only open of a current file keeps this connection: a second one
    // would parse the schema again for nothing (a fifth of a command's start).
    std::unique_ptr<PortfolioFile> probe(new PortfolioFile(path, nextConnectionName(), true));
    {
        QString message;
        if (!FileGuard::openConnection(probe->m_connection, path, true, &message)) {
            *error = makeError(FileError::Corrupt, tr("%1: cannot be opened (%2).").arg(shown, oneLine(message)));
            return nullptr;
        }
        QString readError;
        QStringList extras, indexes;
        const QStringList missing = SchemaCheck::differences(probe->database(), version, &readError, &extras, &indexes);
        if (!readError.isEmpty()) {
            *error = makeError(FileError::Corrupt, tr("%1: the portfolio is damaged and cannot be opened (%2).")
                                                       .arg(shown, oneLine(readError)));
            return nullptr;
        }
        if (!missing.isEmpty() || !extras.isEmpty() || !indexes.isEmpty()) {
            const QStringList differences = extras + missing + indexes; // what a hostile file adds first
            QString what = differences.mid(0, 3).join(QLatin1String("; "));
            if (differences.size() > 3)
                what += tr(" (and %n more)", nullptr, int(differences.size() - 3));
            *error = makeError(FileError::NotVigie,
                               tr("%1: not a Vigie portfolio, or one altered outside Vigie: %2. It was not opened "
                                  "and was not changed.")
                                   .arg(shown, what));
            error->salvageable = missing.isEmpty(); // its tables are Vigie's: extras, or indexes, only
            return nullptr;
        }
        if (access != Access::ReadWriteVerified && access != Access::ReadOnlyVerified) {
            QSqlQuery q(probe->database());
            readForwardOnly(q);
            QString finding;
            // Small files (most portfolios: Quebec's is 1 MB) get the full check, which also compares
            // every index with its table (a flipped byte in an indexed value), in a tenth of a second;
            // larger ones the quick check, linear in the file's size (12–20 s at a million projects).
            // Neither runs again while nothing wrote to the file since it last passed (VerifiedFiles; a
            // small file only once it has been still for two seconds). `vigie check` runs the full one.
            const bool full = QFileInfo(path).size() <= kFullCheckBytes;
            const QByteArray stamp = full ? VerifiedFiles::settledStamp(path) : VerifiedFiles::stamp(path);
            if (!VerifiedFiles::isVerified(path, stamp)) {
                const ReadAhead ahead(path); // a large file is read from end to end beside the check
                if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check(1)") : QStringLiteral("PRAGMA quick_check(1)")))
                    finding = sqlErrorText(q.lastError());
                else if (!q.next())
                    finding = q.lastError().isValid() ? sqlErrorText(q.lastError()) : QStringLiteral("no result");
                else if (q.value(0).toString() != QLatin1String("ok"))
                    finding = q.value(0).toString();
                if (finding.isEmpty()) {
                    const QStringList violations = SchemaCheck::constraintViolations(probe->database(), version, &finding);
                    if (!violations.isEmpty())
                        finding = violations.constFirst();
                }
                if (finding.isEmpty())
                    VerifiedFiles::remember(path, stamp); // the stamp from before the check: unchanged since
                else
                    VerifiedFiles::forget(path);
            }
            if (!finding.isEmpty()) {
                *error = makeError(FileError::Corrupt,
                                   tr("%1: the portfolio is damaged (%2). Vigie will not use it; \"vigie check\" "
                                      "says what is wrong and can save a copy with every readable row.")
                                       .arg(shown, oneLine(finding)));
                return nullptr;
            }
        }
    }

    if (version < Schema::currentVersion) {
        if (readOnly) {
            // Opened to be read only: a writable file is upgraded by the first open that writes.
            *error = makeError(FileError::NeedsUpgrade,
                               writable
                                   ? tr("%1: uses an older file format (%2) that must be upgraded first: open it in "
                                        "Vigie, or change it with a command such as \"vigie edit\"; a copy of the "
                                        "original is kept beside it.")
                                         .arg(shown)
                                         .arg(version)
                                   : tr("%1: uses an older file format (%2) that must be upgraded, but the file cannot "
                                        "be written. Copy it to a writable folder and open the copy.")
                                         .arg(shown)
                                         .arg(version));
            return nullptr;
        }
        // Keep the original as it was before touching it (FILE.v1, FILE.v2, …).
        const QString backup = QStringLiteral("%1.v%2").arg(path).arg(version);
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            *error = makeError(FileError::Io,
                               tr("%1: cannot make the backup copy %2 before upgrading the file.")
                                   .arg(shown, QDir::toNativeSeparators(backup)));
            return nullptr;
        }
    }

    std::unique_ptr<PortfolioFile> file;
    if (readOnly && version == Schema::currentVersion) {
        file = std::move(probe);
    } else {
        probe.reset();
        file.reset(new PortfolioFile(path, nextConnectionName(), readOnly));
        QString message;
        if (!FileGuard::openConnection(file->m_connection, path, readOnly, &message)) {
            *error = makeError(FileError::Io, tr("%1: cannot be opened (%2).").arg(shown, message));
            return nullptr;
        }
    }
    QSqlDatabase db = file->database();
    for (int to = version + 1; to <= Schema::currentVersion; ++to) {
        QSqlQuery q(db);
        bool ok = db.transaction();
        for (const QString &statement : Schema::migration(to)) {
            if (!(ok = ok && q.exec(statement)))
                break;
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to));
        if (!ok || !db.commit()) {
            const QString reason = sqlErrorText(q.lastError());
            db.rollback();
            *error = makeError(FileError::Io,
                               tr("%1: upgrading the file format to version %2 failed (%3); the file is unchanged.")
                                   .arg(shown)
                                   .arg(to)
                                   .arg(reason));
            return nullptr;
        }
    }
    if (version < Schema::currentVersion)
        file->recomputeAllProjects();
    if (!readOnly)
        file->m_openedDataVersion = file->dataVersion();
    // The workspace opens a file twice (checked on a worker thread, then for use, verified): the note
    // of a rollback the first open made is handed to the second.
    if (access == Access::ReadWriteVerified && note.isEmpty())
        note = Recovery::takeNote(path);
    else
        Recovery::rememberNote(path, note);
    file->m_recoveryNote = note;
    *error = {};
    return file;
}

FileError PortfolioFile::checkHeader(const QString &path, int *version)
{
    return headerError(path, version);
}

int PortfolioFile::schemaVersion() const
{
    return SqlDialect::schemaVersion(database());
}

bool PortfolioFile::isServer() const
{
    return SqlDialect::isServer(database());
}

int PortfolioFile::serverProcessId() const
{
    if (!isServer())
        return 0;
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toInt() : 0;
}

QString PortfolioFile::displayName() const
{
    if (const std::optional<ServerLocation> server = ServerLocation::parse(m_path, nullptr))
        return server->shownName();
    return QFileInfo(m_path).fileName();
}

QString PortfolioFile::baseName() const
{
    if (const std::optional<ServerLocation> server = ServerLocation::parse(m_path, nullptr))
        return server->schema.isEmpty() ? server->database : server->schema;
    return QFileInfo(m_path).completeBaseName();
}

QString PortfolioFile::folder() const
{
    if (ServerLocation::isServerAddress(m_path))
        return documentsFolder();
    const QString folder = QFileInfo(m_path).absolutePath();
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!appData.isEmpty() && QDir(folder) == QDir(appData))
        return documentsFolder();
    return folder;
}

QString PortfolioFile::documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

PortfolioInfo PortfolioFile::info() const
{
    PortfolioInfo info;
    // Kept: every edit of a project's figures reads the health rule.
    KeptQuery kept(*this, QStringLiteral("SELECT uuid, name, jurisdiction, currency, fiscal_year_start, default_language, "
                                         "cio_name, classification, health_rule, name_fr, cio_title, cio_title_fr, "
                                         "cio_contact FROM portfolio WHERE id = 1"));
    QSqlQuery &q = *kept;
    if (q.exec() && q.next()) {
        info.uuid = q.value(0).toString();
        info.name = q.value(1).toString();
        info.jurisdiction = q.value(2).toString();
        info.currency = q.value(3).toString();
        info.fiscalYearStartMonth = q.value(4).toInt();
        info.defaultLanguage = q.value(5).toString();
        info.cioName = q.value(6).toString();
        info.classification = q.value(7).toString();
        info.healthRule = q.value(8).toString();
        info.nameFr = q.value(9).toString();
        info.cioTitle = { q.value(10).toString(), q.value(11).toString() };
        info.cioContact = q.value(12).toString();
    } else {
        readComplete(*this, q); // a damaged file, not an unnamed portfolio
    }
    return info;
}

HealthRule PortfolioFile::healthRule() const
{
    return healthRuleOf(info());
}

HealthRule PortfolioFile::healthRuleOf(const PortfolioInfo &info)
{
    return HealthRule::fromJson(info.healthRule).value_or(HealthRule::variance1030());
}

QDateTime PortfolioFile::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString PortfolioFile::newUuid()
{
    // In creation order (version 7): bulk writes append to each table's UUID index (OrderedUuid).
    return OrderedUuid::next();
}

bool PortfolioFile::saveCopyAs(const QString &path, QString *error) const
{
    const QFileInfo target(path);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return setError(error, tr("%1: this is the open portfolio itself; choose another name for the copy.")
                                   .arg(QDir::toNativeSeparators(path)));
    // VACUUM INTO writes by name: into a temporary file beside the target, renamed once complete.
    return OutputFile::writeByName(path, [this](const QString &temp, QString *reason) {
        return writeSnapshot(temp, reason);
    }, error);
}

bool PortfolioFile::writeSnapshot(const QString &path, QString *error) const
{
    if (isServer())
        return ServerStore::download(*this, path, error);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    return q.exec() || setError(error, sqlErrorText(q.lastError()));
}

void PortfolioFile::yieldToWriters()
{
    if (auto *driver = qobject_cast<SqliteDriver *>(database().driver()))
        driver->setYieldsToWriters(true);
}

bool PortfolioFile::takeInterruptedForWriter()
{
    auto *driver = qobject_cast<SqliteDriver *>(database().driver());
    return driver && driver->takeInterruptedForWriter();
}

bool PortfolioFile::serverConnectionHolds() const
{
    // Asked after a statement failed, so once per error: the driver may not have seen yet that the
    // server is gone (the first failure can come before libpq marks the connection bad), a statement of
    // its own tells. A transaction that failed refuses every statement until it ends (25P02): its
    // connection holds.
    const QSqlDatabase db = database();
    if (!db.isOpen())
        return false;
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return true;
    return db.isOpen() && probe.lastError().nativeErrorCode() == QLatin1String("25P02");
}

bool PortfolioFile::noticeMove()
{
    if (isServer())
        return false;
    if (!m_connectionLost.isEmpty())
        return true;
    auto *driver = qobject_cast<SqliteDriver *>(database().driver());
    int moved = 0;
    if (!driver || !driver->connection()
        || sqlite3_file_control(driver->connection(), "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK || !moved)
        return false;
    noteConnectionLost(tr("%1: the file was moved, renamed, replaced or deleted while it was open here; the "
                          "changes made before are in the file, wherever it went.")
                           .arg(QDir::toNativeSeparators(m_path)));
    return true;
}

QString PortfolioFile::connectionLostText() const
{
    return tr("%1: the connection to the server was lost.").arg(m_path);
}

void PortfolioFile::noteConnectionLost(const QString &message) const
{
    if (!m_connectionLost.isEmpty())
        return;
    m_connectionLost = message;
    Q_EMIT const_cast<PortfolioFile *>(this)->disconnected(message);
}

QString PortfolioFile::connectionLost() const
{
    // Asked by the document itself (Document::takeConnectionLoss): recorded, not sent.
    if (m_connectionLost.isEmpty() && isServer() && !serverConnectionHolds())
        m_connectionLost = connectionLostText();
    return m_connectionLost;
}

void PortfolioFile::noteReaderLostConnection(const QString &message) const
{
    if (isServer())
        noteConnectionLost(message.simplified()); // a whole sentence: not cut as a reason is
}

QString PortfolioFile::noteReadError(const QString &reason) const
{
    if (isServer() && (!m_connectionLost.isEmpty() || !serverConnectionHolds())) {
        // A reason that says only that (sqlErrorText's own words) is not said twice.
        const QString why = oneLine(reason).trimmed();
        noteConnectionLost(why == connectionLostReason()
                               ? connectionLostText()
                               : tr("%1: the connection to the server was lost (%2).").arg(m_path, why));
        return m_connectionLost;
    }
    const QString message = tr("%1: the portfolio is damaged; a read stopped on an error (%2). Figures shown "
                               "may be incomplete: \"vigie check\" says what is wrong and can save a copy "
                               "with every readable row.")
                                .arg(QDir::toNativeSeparators(m_path), oneLine(reason));
    if (m_damage.isEmpty()) {
        m_damage = message;
        Q_EMIT const_cast<PortfolioFile *>(this)->damaged(message);
    }
    return message;
}

} // namespace Vigie
