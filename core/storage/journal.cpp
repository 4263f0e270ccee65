// The journal of a portfolio: transactions, the changeset each outermost transaction writes its rows to,
// the one JournalWriter, and the one change notification sent after the outermost commit.
#include "journal.h"

#include "storage/bulkwrite.h"
#include "storage/copyscope.h"
#include "storage/keptquery.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"
#include "storage/sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

JournalWriter::JournalWriter(PortfolioFile &file)
    : m_file(file)
{
}

QString JournalWriter::text(const QVariant &stored)
{
    if (isNullValue(stored))
        return QString();
    // QVariant writes doubles in their shortest form that reads back exactly.
    return stored.toString();
}

QString JournalWriter::encodeRow(const QVariantMap &row)
{
    // Nulls stay null (a null integer key would otherwise become 0), numbers numbers, the rest text.
    QJsonObject object;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        const QVariant &v = *it;
        if (isNullValue(v))
            object.insert(it.key(), QJsonValue(QJsonValue::Null));
        else if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            object.insert(it.key(), QJsonValue(v.toDouble()));
        else
            object.insert(it.key(), QJsonValue(v.toString()));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariantMap JournalWriter::decodeRow(const QString &json)
{
    QVariantMap row;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isDouble()) {
            // Whole numbers go back as integers, which INTEGER columns (keys) need and REAL columns turn
            // back into the same double.
            const double d = v.toDouble();
            row.insert(it.key(), d == double(qint64(d)) && qAbs(d) < 9.0e15 ? QVariant(qint64(d)) : QVariant(d));
        } else if (v.isString()) {
            row.insert(it.key(), v.toString());
        } else {
            row.insert(it.key(), QVariant()); // null
        }
    }
    return row;
}

bool JournalWriter::append(Entity entity, const QString &uuid, const QString &field, const QString &oldText,
                           const QString &newText, QString *error)
{
    const qint64 changeset = m_file.changeset(error);
    if (!changeset)
        return false;
    if (m_file.m_changesetSerial != m_serial) {
        // A new changeset: rows still held belong to the previous one (a commit flushes them first, so
        // this is only a guard) and go before its time and author change.
        if (!flush(error))
            return false;
        m_serial = m_file.m_changesetSerial;
        m_changeset = changeset;
        m_when = m_file.now().toUTC().toString(Qt::ISODateWithMs);
        m_author = textOrEmpty(m_file.author());
        m_insertBound = false;
        m_manyBound = false;
    }
    const QString fieldText = textOrEmpty(field); // NOT NULL: "" is the whole row
    if (m_batched == Batch::Server) {
        m_pending << tableName(entity) << uuid << fieldText << (oldText.isNull() ? QVariant() : QVariant(oldText))
                  << (newText.isNull() ? QVariant() : QVariant(newText)) << m_when << m_author << changeset;
        return m_pending.size() < 8 * BulkWrite::rowsPerStatement(8) || flush(error);
    }
    // Held in a file's bulk write until a statement's worth; otherwise written at once, after any rows a
    // bulk write that has ended still held.
    m_rows.push_back({ tableName(entity), uuid, fieldText, oldText, newText });
    return (m_batched == Batch::File && m_rows.size() < size_t(kFileRows)) || flush(error);
}

bool JournalWriter::prepareOne(QString *error)
{
    if (!m_insert.isPrepared()
        && !m_insert.prepare(m_file.database(),
                             QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, "
                                            "new_value, changed_at, author, changeset_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             error))
        return false;
    if (!m_insertBound) {
        bindChangeset(m_insert, 6);
        m_insertBound = true;
    }
    return true;
}

void JournalWriter::bindChangeset(SqlStatement &statement, int first) const
{
    statement.bind(first, m_when);
    statement.bind(first + 1, m_author);
    statement.bind(first + 2, m_changeset);
}

void JournalWriter::bindRow(SqlStatement &statement, int first, const Row &row)
{
    statement.bind(first, row.table);
    statement.bind(first + 1, row.uuid);
    statement.bind(first + 2, row.field);
    statement.bind(first + 3, row.oldText);
    statement.bind(first + 4, row.newText);
}

void JournalWriter::setBatched(bool batched)
{
    // Rows held back stay held until the commit (or the next row) writes them: ending a bulk write
    // before its transaction commits loses none.
    m_batched = !batched ? Batch::None : SqlDialect::isServer(m_file.database()) ? Batch::Server : Batch::File;
}

bool JournalWriter::writeRows(QString *error)
{
    // The changeset's time, author and id are bound once (?1 to ?3), then five values a row.
    size_t done = 0;
    if (m_rows.size() >= size_t(kFileRows)) {
        if (!m_insertMany.isPrepared()) {
            QString sql = QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, new_value, "
                                         "changed_at, author, changeset_id) VALUES ");
            for (int r = 0; r < kFileRows; ++r) {
                const int p = 4 + 5 * r;
                sql += QStringLiteral("%1(?%2, ?%3, ?%4, ?%5, ?%6, ?1, ?2, ?3)")
                           .arg(r ? QStringLiteral(", ") : QString())
                           .arg(p)
                           .arg(p + 1)
                           .arg(p + 2)
                           .arg(p + 3)
                           .arg(p + 4);
            }
            if (!m_insertMany.prepare(m_file.database(), sql, error))
                return false;
        }
        if (!m_manyBound) {
            bindChangeset(m_insertMany, 1);
            m_manyBound = true;
        }
        for (; done + size_t(kFileRows) <= m_rows.size(); done += size_t(kFileRows)) {
            for (int r = 0; r < kFileRows; ++r)
                bindRow(m_insertMany, 4 + 5 * r, m_rows[done + size_t(r)]);
            if (!m_insertMany.exec(error))
                return false;
        }
    }
    if (done < m_rows.size() && !prepareOne(error))
        return false;
    for (; done < m_rows.size(); ++done) {
        bindRow(m_insert, 1, m_rows[done]);
        if (!m_insert.exec(error))
            return false;
    }
    return true;
}

bool JournalWriter::flush(QString *error)
{
    // A server's rows held back, then the rows of a file (or the one row written at once): in their order.
    if (!m_pending.isEmpty()) {
        static const QStringList columns { QStringLiteral("entity"), QStringLiteral("entity_uuid"), QStringLiteral("field"),
                                           QStringLiteral("old_value"), QStringLiteral("new_value"),
                                           QStringLiteral("changed_at"), QStringLiteral("author"),
                                           QStringLiteral("changeset_id") };
        QSqlError sqlError;
        const bool ok = BulkWrite::insertMany(m_file, QStringLiteral("change_journal"), columns, m_pending, &sqlError);
        m_pending.clear();
        if (!ok) {
            m_rows.clear();
            return setError(error, tr("The change journal cannot be written (%1).").arg(sqlErrorText(sqlError)));
        }
    }
    if (m_rows.empty())
        return true;
    QString why;
    const bool ok = writeRows(&why);
    m_rows.clear();
    return ok || setError(error, tr("The change journal cannot be written (%1).").arg(why));
}

bool JournalWriter::fieldChanged(Entity entity, const QString &uuid, const QString &column, const QVariant &oldStored,
                                 const QVariant &newStored, QString *error)
{
    return append(entity, uuid, column, text(oldStored), text(newStored), error);
}

bool JournalWriter::created(Entity entity, const QString &uuid, QString *error)
{
    return append(entity, uuid, QString(), QString(), createdMark(), error);
}

bool JournalWriter::deleted(Entity entity, const QString &uuid, const QVariantMap &row, QString *error)
{
    return append(entity, uuid, QString(), encodeRow(row), deletedMark(), error);
}

namespace {

    // Why a commit failed, for the user. A file's commit waits, up to the busy timeout (5 s,
    // FileGuard::openConnection), until no other program is reading the file (SQLite's rollback journal);
    // one that reads longer (a command at a million projects, a backup) makes it fail with SQLITE_BUSY.
    // This program's own readers give way at once (SqliteDriver::setYieldsToWriters).
    QString commitFailure(const QSqlError &error, bool server)
    {
        if ((sqliteResultCode(error) & 0xff) == 5 /* SQLITE_BUSY */)
            return PortfolioFile::tr("The change could not be written: another program kept reading the file for "
                                     "more than five seconds (a command, a backup or another window). Nothing was "
                                     "changed; try again when it has finished.");
        if (server)
            return PortfolioFile::tr("The change could not be written to the server (%1). Nothing was changed.")
                .arg(sqlErrorText(error));
        return PortfolioFile::tr("The change could not be written to the file (%1). Nothing was changed.")
            .arg(sqlErrorText(error));
    }

    // On a server, the format the portfolio is in (vigie_schema), or 0 and why not. Read first in every
    // write transaction, it also holds the upgrade back until the transaction ends (the upgrade locks
    // vigie_schema against readers, then changes the tables), and holds this transaction back until an
    // upgrade under way has committed.
    int serverFormat(const PortfolioFile &file, QString *why)
    {
        KeptQuery q(file, QStringLiteral("SELECT version FROM vigie_schema WHERE application_id = ?"));
        q->addBindValue(Schema::applicationId);
        if (q->exec() && q->next())
            return q->value(0).toInt();
        *why = q->lastError().isValid() ? sqlErrorText(q->lastError())
                                        : PortfolioFile::tr("the table vigie_schema has no row for Vigie");
        return 0;
    }

    // Why this program may not write the portfolio on a server in the format it opened it in, or nothing.
    // Another Vigie may have upgraded the portfolio since (ServerStore::upgrade): writing the old format
    // into it would leave rows the new format's rules do not expect.
    QString serverFormatRefusal(const PortfolioFile &file, int *changedTo)
    {
        QString why;
        const int version = serverFormat(file, &why);
        if (version == 0)
            return PortfolioFile::tr("The change could not be written: the server did not say the portfolio's "
                                     "format (%1). Nothing was changed.")
                .arg(why);
        if (version == Schema::currentVersion)
            return QString();
        *changedTo = version;
        if (version < Schema::currentVersion)
            return PortfolioFile::tr("The portfolio on the server is now in an older format (%1) than the format %2 "
                                     "this Vigie opened it in: it was replaced while it was open here. Nothing was "
                                     "changed. Open the portfolio again.")
                .arg(version)
                .arg(Schema::currentVersion);
        return PortfolioFile::tr("The portfolio on the server is now in format %1, not in the format %2 this Vigie "
                                 "opened it in: another Vigie upgraded it while it was open here. Nothing was "
                                 "changed. Open the portfolio again, with a Vigie that reads format %1.")
            .arg(version)
            .arg(Schema::currentVersion);
    }

} // namespace

QString PortfolioFile::commitFailureText() const
{
    if (!m_commitError.isEmpty())
        return m_commitError;
    return isServer() ? tr("The change could not be written to the server.") : tr("The change could not be written to the file.");
}

bool PortfolioFile::begin(ChangesetInfo info)
{
    if (m_transactionDepth++ > 0)
        return !m_transactionFailed;
    m_transactionFailed = false;
    m_commitError.clear();
    m_writeRefused = false;
    m_changesetInfo = std::move(info);
    m_changeset = 0;
    m_pending = Change();
    m_touchedRows.clear();
    m_touchStamp.clear();
    m_conflicts.clear();
    if (!database().transaction()) {
        // Why (a server gone, a connection ended): said, not a bare "could not be written".
        m_commitError = commitFailure(database().lastError(), isServer());
        m_transactionFailed = true;
        return false;
    }
    if (isServer()) {
        m_commitError = serverFormatRefusal(*this, &m_formatChangedTo);
        if (!m_commitError.isEmpty()) {
            m_transactionFailed = true;
            m_writeRefused = true;
            return false;
        }
    }
    return true;
}

bool PortfolioFile::commitTransaction()
{
    if (--m_transactionDepth > 0)
        return !m_transactionFailed;
    // A copy limited to one organization refuses, whoever wrote them, changes to what is not that
    // organization's (storage/copyscope.h); the whole transaction rolls back.
    // Journal rows a bulk write held back (a server) go first: the checks below and the commit need them.
    if (!m_transactionFailed && m_journal && !m_journal->flush(&m_commitError))
        m_transactionFailed = true;
    if (!m_transactionFailed && m_changeset
        && !CopyScope::allows(*this, m_changeset, m_changesetInfo.origin, &m_commitError))
        m_transactionFailed = true;
    // A value someone else changed since this client last looked (storage/rowversion.cpp): nothing is
    // written, whoever the caller.
    if (!m_conflicts.isEmpty()) {
        m_transactionFailed = true;
        m_commitError = conflictText(m_conflicts);
    }
    if (m_transactionFailed || !database().commit()) {
        if (!m_transactionFailed) // the commit itself failed
            m_commitError = commitFailure(database().lastError(), isServer());
        if (database().isOpen())
            database().rollback();
        freeFailedStatements();
        if (m_journal)
            m_journal->discard();
        m_changeset = 0;
        m_pending = Change();
        return false;
    }
    freeFailedStatements(); // failures a caller recovered from in a transaction that still committed
    if (m_changeset) {
        m_lastChangeset = m_changeset;
        m_ownChangesets.insert(m_changeset); // never a conflict with itself (rowversion.cpp)
    }
    m_changeset = 0;
    Change change = std::move(m_pending);
    m_pending = Change();
    if (!change.isEmpty()) {
        change.changeset = m_lastChangeset;
        Q_EMIT changed(change);
    }
    return true;
}

void PortfolioFile::freeFailedStatements() const
{
    m_failedStatements.clear();
}

void PortfolioFile::rollback()
{
    m_transactionFailed = true;
    if (--m_transactionDepth == 0) {
        if (database().isOpen()) // a server connection that ended has nothing to roll back
            database().rollback();
        freeFailedStatements();
        if (m_journal)
            m_journal->discard();
        m_changeset = 0;
        m_pending = Change();
    }
}

qint64 PortfolioFile::changeset(QString *error)
{
    if (m_changeset)
        return m_changeset;
    if (m_transactionDepth == 0) {
        setError(error, tr("A change was written outside of a transaction."));
        return 0;
    }
    QSqlQuery q(database());
    // A server gives the new id back with RETURNING (libpq has no "last insert id").
    const bool server = SqlDialect::isServer(database());
    q.prepare(QStringLiteral("INSERT INTO changeset (uuid, label, label_fr, author, created_at, origin, reverts) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)")
              + (server ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(newUuid());
    q.addBindValue(textOrEmpty(m_changesetInfo.label.en));
    q.addBindValue(textOrEmpty(m_changesetInfo.label.fr));
    const QString who = author();
    q.addBindValue(textOrEmpty(who));
    q.addBindValue(now().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(textOrEmpty(m_changesetInfo.origin));
    q.addBindValue(m_changesetInfo.reverts ? QVariant(m_changesetInfo.reverts) : QVariant(QMetaType::fromType<qlonglong>()));
    if (!q.exec()) {
        setError(error, tr("The change journal cannot be written (%1).").arg(sqlErrorText(q.lastError())));
        return 0;
    }
    m_changeset = server ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    if (!m_changeset) {
        setError(error, tr("The change journal cannot be written (%1).").arg(sqlErrorText(q.lastError())));
        return 0;
    }
    ++m_changesetSerial;
    return m_changeset;
}

JournalWriter &PortfolioFile::journal()
{
    if (!m_journal)
        m_journal = std::make_unique<JournalWriter>(*this);
    return *m_journal;
}

void PortfolioFile::noteChange(Entity entity, Change::Kind kind, const QString &uuid, Field field)
{
    m_pending.note(entity, kind, uuid, field);
}

void PortfolioFile::noteMany(Entity entity)
{
    m_pending.noteMany(entity);
}

int PortfolioFile::checkFormat()
{
    if (m_formatChangedTo != 0)
        return m_formatChangedTo;
    // On a server, outside a transaction of this program's: an upgrade under way holds the read back until
    // it commits. A file is upgraded by a program that holds it alone; one open read-only here may be.
    QString why;
    const int version = isServer() ? serverFormat(*this, &why) : SqlDialect::schemaVersion(database());
    if (version != 0 && version != Schema::currentVersion)
        m_formatChangedTo = version;
    return m_formatChangedTo;
}

bool PortfolioFile::changedElsewhere()
{
    if (SqlDialect::isServer(database())) {
        // An idle connection the server ended: nothing more will be announced on it, and the window
        // would go on showing what it read as if it were current.
        if (m_connectionLost.isEmpty() && serverConnectionClosed()) {
            noteConnectionLost(connectionLostText());
            return false;
        }
        // Learned from the server's notifications (followOtherClients), not by asking it every second.
        const bool changed = m_otherClientCommitted;
        m_otherClientCommitted = false;
        return changed;
    }
    // Moved, renamed, deleted or replaced under the window: nothing more can be written to it, and what
    // another program puts at its path is not what the window reads.
    if (noticeMove())
        return false;
    const qint64 version = dataVersion();
    if (version < 0)
        return false;
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

PortfolioFile::Transaction::Transaction(PortfolioFile &file, ChangesetInfo info)
    : m_file(file)
{
    m_ok = m_file.begin(std::move(info));
}

PortfolioFile::Transaction::~Transaction()
{
    if (!m_done)
        m_file.rollback();
}

bool PortfolioFile::Transaction::commit()
{
    m_done = true;
    if (!m_ok) {
        m_file.rollback();
        return false;
    }
    return m_file.commitTransaction();
}

} // namespace Vigie
