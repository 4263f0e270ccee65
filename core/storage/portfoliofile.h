#pragma once

#include "model/entities.h"
#include "model/field.h"
#include "rules/healthrule.h"
#include "storage/change.h"
#include "storage/editconflict.h"
#include "storage/entity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;
class QSqlQuery;

namespace Vigie {

struct KeptStatement;

class JournalWriter;

// The name of a change, as its changeset keeps it in both languages (columns label and label_fr):
// "Change Budget of Project SCT-12" / « Modifier Budget du projet SCT-12 », made from the same undo
// text by Language::inBoth. One text alone (a test's, a script's, or a changeset older than file
// version 8, whose language nobody recorded) is kept as the English one and read the same in both.
struct ChangeLabel
{
    QString en;
    QString fr; // "" when only one text is known

    ChangeLabel() = default;
    ChangeLabel(const QString &text)
        : en(text)
    {
    }
    ChangeLabel(const BilingualText &both)
        : en(both.en), fr(both.fr)
    {
    }
    // The label in `language` ("en" or "fr"), the one text there is when the other is missing.
    QString in(const QString &language) const { return BilingualText { en, fr }.in(language); }
};

// What a transaction's changeset says about itself (stored with it; the label is what undo shows).
struct ChangesetInfo
{
    ChangeLabel label;
    QString origin; // "" an edit here; "import", "merge", "revert", "cli" …: where the change came from
    qint64 reverts = 0;
};

// Values of a row's fields, for inserts.
using FieldValues = QMap<Field, QVariant>;

// Why a file could not be opened or created. The message is translated and names the file.
struct FileError
{
    // NotVigie: not ours, or altered outside Vigie (schema check). Corrupt: damaged (quick check).
    // Interrupted: a crash left a change to roll back, and the file cannot be written where it is.
    enum Code { None, NotFound, NotARegularFile, NotSqlite, NotVigie, TooNew, Corrupt, NeedsUpgrade, Io, Interrupted };
    Code code = None;
    QString message;
    // NotVigie for a file that holds Vigie's schema and more (a trigger, a view… someone added): its rows
    // can still be copied into a new portfolio (Salvage), as a damaged file's can.
    bool salvageable = false;
    // NeedsUpgrade for a portfolio on a server that the connected role may upgrade for every client
    // (ServerStore::upgrade): the window offers to.
    bool upgradable = false;

    explicit operator bool() const { return code != None; }
};

// One open portfolio file (a SQLite database in SQLite's "application file format" style).
//
// The file is the document: every edit is committed when made, inside one transaction, and appended
// to the change journal (entity, UUID, field, old value, new value, when, author). There is no unsaved
// state. Files are opened defensively: a change a crash interrupted is rolled back first (Recovery), the
// header is checked before SQLite touches the file, the schema must be exactly what this version
// creates (SchemaCheck) and the file must pass SQLite's quick check; a file that is not ours, altered,
// damaged or newer than this program is refused without changing a byte, and an older file is migrated
// step by step after a backup copy (FILE.v<N>) is made. Every connection is hardened (FileGuard).
//
// Owns its database connection; not thread-safe (use one PortfolioFile per thread).
class PortfolioFile : public QObject
{
    Q_OBJECT
public:
    // ReadWriteVerified: for writing, by a caller that opened the same file for writing moments ago
    // (open() with ReadWrite, typically on a worker thread so the GUI does not wait) and has held its
    // edit lock since: the whole-file integrity check (a third of a second at 100,000 projects) is not
    // run again. Everything else (header, tables, upgrade) is checked as for ReadWrite.
    // ReadOnlyVerified: a second, read-only connection to a file the caller holds open and checked (a
    // view's background reader): the integrity check is not run again either.
    enum class Access { ReadWrite, ReadOnly, ReadWriteVerified, ReadOnlyVerified };

    ~PortfolioFile() override;

    // Creates a new, empty portfolio at `path`; refuses to overwrite an existing file.
    static std::unique_ptr<PortfolioFile> create(const QString &path, const QString &name, FileError *error);
    // Opens an existing portfolio. A file that cannot be written (permissions, read-only media) opens
    // read-only even when ReadWrite is asked; check isReadOnly(). Any access rolls back a change a
    // crash interrupted when the file can be written (see recoveryNote()).
    static std::unique_ptr<PortfolioFile> open(const QString &path, Access access, FileError *error);
    // The checks open() makes on the 100-byte header before SQLite touches the file (not SQLite, not
    // ours, newer than this program, cut short); *version gets the schema version.
    static FileError checkHeader(const QString &path, int *version);

    // The file's path, or for a portfolio on a server its address (storage/serverlocation.h).
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // True for a portfolio on a PostgreSQL server (storage/serverstore.h) rather than in a file.
    bool isServer() const;
    // On a server: the server process serving this connection (pg_backend_pid), as pg_stat_activity
    // lists it, to tell the window's own connection from its workers'; 0 on a file or when the
    // connection is lost.
    int serverProcessId() const;
    int schemaVersion() const;
    // How the window and its messages name the portfolio: the file's name ("quebec.vigie"), or for a
    // server its schema and database and where ("quebec in vigie on db.example.ca").
    QString displayName() const;
    // The portfolio's name without the extension (a file's base name; a server schema's name).
    QString baseName() const;
    // Where dialogs start when they offer to read or write a file beside the portfolio: the file's
    // folder; the user's documents folder for a portfolio on a server, or for one kept in the
    // application's own data folder (the sample opened at the first start), which a user never browses.
    QString folder() const;
    // The user's documents folder when it exists, else the home folder: where a new portfolio is
    // suggested and where the dialogs start when there is no portfolio to start beside.
    static QString documentsFolder();

    // On a server: from now on, learn of other clients' commits as they happen (PostgreSQL
    // LISTEN/NOTIFY on the portfolio's channel): otherClientCommitted() is emitted and changedElsewhere()
    // answers true once. Needs the event loop of the thread that opened the portfolio. False (and
    // nothing) for a file, whose other writers changedElsewhere() sees by itself.
    bool followOtherClients();
    // The format the portfolio is in now when another Vigie changed it (an upgrade) since it was opened
    // here, 0 when it has not. On a server, learned from a write refused for it (every write transaction
    // reads the format first); on a server or a file, by checkFormat() (one round trip, one pragma), which
    // the window runs when another program committed.
    int formatChangedTo() const { return m_formatChangedTo; }
    int checkFormat();

    // Set when opening rolled back a change a crash had interrupted: a translated sentence naming the
    // file, for the CLI's stderr and the GUI's banner. Empty otherwise.
    QString recoveryNote() const { return m_recoveryNote; }
    // Damage found while reading after the file was opened (a read loop stopped on an error): the
    // first message, translated; empty while none. Figures computed since may be incomplete.
    QString damage() const { return m_damage; }
    // On a server: why the connection was lost (the server restarted, the network went down, an
    // administrator ended it), found by a read or a write that failed on it (asked after the failure:
    // one round trip); empty while it holds. A read that fails so is not damage: the portfolio is whole
    // on the server, and opening it again reads it.
    QString connectionLost() const;
    // A file: whether it is no longer at its path as opened (moved, renamed, deleted, or another file put
    // in its place), as SQLite sees it (one stat: SQLITE_FCNTL_HAS_MOVED). SQLite refuses every write
    // then, and reads show the file as it was. The first time, connectionLost() says so and
    // disconnected() is emitted. False for a server.
    bool noticeMove();
    // Called by core readers when a read stops on an error; records it and emits damaged() once.
    // Returns the message.
    QString noteReadError(const QString &reason) const;
    // On a server: a reader of this portfolio on a connection of its own (a worker of the window) lost
    // it and could not connect again; `message` (translated) says why. Not damage: recorded as this
    // connection's loss, and disconnected() is emitted once, for the window cannot read the pages it
    // shows any more. Does nothing on a file.
    void noteReaderLostConnection(const QString &message) const;
    // For a reader that can read again (a worker of the window): its reads give way when this program
    // writes the file (SqliteDriver::setYieldsToWriters). After reading, takeInterruptedForWriter() tells
    // whether a writer interrupted them since (what was read may have failed or stopped short, and is
    // about to change: read again) and clears it. Both do nothing on a server.
    void yieldToWriters();
    bool takeInterruptedForWriter();
    PortfolioInfo info() const;
    HealthRule healthRule() const;
    // The rule `info` names (the standard one when it names none, or one this version cannot read).
    static HealthRule healthRuleOf(const PortfolioInfo &info);

    // Who is editing (journal "author"); defaults to the login name, looked up when first asked for (a
    // command that only reads never needs it, and without $USER it takes the account database).
    QString author() const;
    void setAuthor(const QString &author) { m_author = author; }
    // The clock used for journal and history timestamps; tests inject a fixed one.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    static QString newUuid();

    // --- journaled row edits by stable UUID, for core's edit functions (storage/edits.h), importers and
    // merges. Each runs in the caller's transaction (or its own), journals what it changed in the
    // transaction's changeset, keeps derived values (computed colours, a project's current baseline) in
    // step, and notes the change for the one `changed` notification sent after the outermost commit.
    bool hasField(Entity entity, Field field) const;
    QVariant value(Entity entity, const QString &uuid, Field field, bool *found = nullptr) const;
    // Same stored value: nothing written, nothing journaled, true.
    bool setValue(Entity entity, const QString &uuid, Field field, const QVariant &value, QString *error = nullptr);
    // Inserts a row under `uuid` (a new one when empty); returns its UUID, or an empty string.
    QString insertRow(Entity entity, const FieldValues &values, const QString &uuid = QString(),
                      QString *error = nullptr);
    // Deletes a row and, first, what refers to it (rows that cannot exist without it are deleted, optional
    // references are cleared), each journaled with what undo needs to put it back.
    // Refused (deletionRefusal) for a row reported in a frozen reporting period.
    bool deleteRow(Entity entity, const QString &uuid, QString *error = nullptr);
    // Why the row may not be deleted, translated; empty when it may. A frozen reporting period keeps what
    // was reported: deleting a project or a measure (or the key area or plan that holds one) that a
    // period reported would take its frozen values with it and change that period's figures after the
    // fact. Marking it cancelled keeps the history; deleting the period itself is allowed.
    QString deletionRefusal(Entity entity, const QString &uuid) const;
    // What deleting the row would take with it: rows deleted with it, by entity (the row itself excluded).
    QHash<Entity, int> dependents(Entity entity, const QString &uuid) const;
    RowId rowId(Entity entity, const QString &uuid) const;
    // Stamps a project or measure as touched now (its `touched` field, journaled, so undo puts the
    // previous stamp back); once per row per transaction, nothing for other entities. Edits of a row, or
    // of the decisions, baselines and status history that belong to it, stamp it by themselves (not
    // the computed colours a rule change rewrites, and never a revert); importers call this for the
    // rows they read even when nothing else changed, and "Still accurate" (Edits::confirmAccurate).
    bool touch(Entity entity, const QString &uuid, QString *error = nullptr);
    // The current transaction's touched stamp (now, UTC ISO text with milliseconds), for bulk importers
    // that write the `touched` column themselves and journal it through journal().
    QString touchStamp();
    QString rowUuid(Entity entity, RowId id) const;

    // Puts back what the changesets (in order) did, newest change first, as one new changeset: values set
    // back, created rows deleted, deleted rows restored. Refuses (nothing written) when a value was
    // changed since by another changeset. The new changeset's id is in *reverting.
    bool revert(const QList<qint64> &changesets, qint64 *reverting, QString *error = nullptr);

    // Recomputes the computed cost and schedule indicators of one project (or all) from its data.
    bool recomputeProject(RowId projectId, QString *error = nullptr);
    bool recomputeAllProjects(QString *error = nullptr);
    // The same for the projects `ids`, found by id: an import that changed ten projects of a million does
    // not read the million. Past an eighth of the portfolio, one pass over every project is cheaper.
    bool recomputeProjects(const QList<RowId> &ids, QString *error = nullptr);

    // --- row versions: optimistic edits against what this client last saw (docs/SERVER.md). With a seen
    // position (the journal's last changeset when the client last took in the data; -1, the default: none,
    // and no check is made), an edit that would change or delete a row value another changeset after that
    // position changed (not one of this connection's own, nor one already acknowledged) writes nothing:
    // the transaction is refused and conflicts() says what. The last changeset that touched a row's field
    // is its version; the seen position is the version the client holds for every row.
    qint64 seenChangeset() const { return m_seen; }
    void setSeenChangeset(qint64 position);
    // The journal's newest changeset becomes the seen position (call it before reloading what is shown,
    // never after: a change committed in between is then a conflict rather than overwritten). Returns it.
    qint64 markSeen();
    // A changeset this client made through another connection (an import on a worker thread): its own.
    void adoptChangeset(qint64 changeset);
    // The user has seen these changes of theirs (kept them, or chose to write over them): the same rows'
    // fields are not conflicts again for changesets up to those.
    void acknowledge(const EditConflicts &conflicts);
    // The conflicts that refused the last outermost transaction (empty when it was not refused so).
    const EditConflicts &conflicts() const { return m_conflicts; }
    // A translated sentence for people saying what the conflicts are and that nothing was written.
    static QString conflictText(const EditConflicts &conflicts);

    // A consistent copy of the open file (VACUUM INTO), safe while the file is open and in use.
    bool saveCopyAs(const QString &path, QString *error = nullptr) const;
    // The same written straight to `path` (a new file, no temporary name: the caller's own temporary),
    // from a file (VACUUM INTO) or from a server (every row downloaded into a new file).
    bool writeSnapshot(const QString &path, QString *error = nullptr) const;

    // The journal writer of the current transaction's changeset (created at the first journaled change).
    JournalWriter &journal();
    // Records what the current transaction changed, for the notification after the outermost commit.
    void noteChange(Entity entity, Change::Kind kind, const QString &uuid, Field field = Field::Code);
    void noteMany(Entity entity);
    // The changeset of the last committed transaction that journaled something (0: none).
    qint64 lastChangeset() const { return m_lastChangeset; }
    // Why the last outermost commit was refused, when a rule refused it (a limited copy: storage/copyscope.h).
    QString commitError() const { return m_commitError; }
    // What to tell the user of the last transaction that did not commit: commitError(), or a plain "could
    // not be written" when nothing more is known.
    QString commitFailureText() const;
    // Whether the current (or last) transaction failed because the file would not take a write: the
    // server's row security, another user's change to the same value, SQLite refusing a statement (disk
    // full, read-only media), as opposed to a value the edit's rules refused. Edits::run reports it as
    // EditResult::notWritten. writeRefused(error, text) sets it with the message.
    bool writeRefused() const { return m_writeRefused; }
    bool writeRefused(QString *error, const QString &message);
    // True once since the last call when another connection (process, thread) committed to the file.
    // On a server it also looks, without a round trip, whether the server ended the connection while
    // it was idle (serverConnectionClosed): then disconnected() is emitted, and the answer is false.
    bool changedElsewhere();

    using ChangesetInfo = Vigie::ChangesetInfo;

    // A transaction that rolls back unless committed; nests by counting (only the outermost commits, and
    // its ChangesetInfo is the one stored). After the outermost commit, `changed` is emitted once.
    class Transaction
    {
    public:
        explicit Transaction(PortfolioFile &file, ChangesetInfo info = {});
        ~Transaction();
        bool commit();
        // False when the transaction could not start, or the file refused it at once (a server's
        // portfolio another Vigie upgraded): nothing should be written; commit() rolls back.
        bool began() const { return m_ok; }
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

    private:
        PortfolioFile &m_file;
        bool m_done = false;
        bool m_ok = false;
    };

    // Converts a value for storage: dates as ISO text, health/status enums as their keys.
    static QVariant toStorage(const QVariant &value);

Q_SIGNALS:
    // Emitted once after the outermost commit of a transaction that changed something.
    void changed(const Vigie::Change &change);
    // Emitted the first time a read finds the file damaged (see damage()).
    void damaged(const QString &message);
    // Another client committed to the portfolio on the server (followOtherClients()).
    void otherClientCommitted();
    // Emitted the first time a read, or changedElsewhere() on an idle connection, finds the connection
    // to the server lost (see connectionLost()).
    void disconnected(const QString &message);

private:
    friend class SqlAccess;
    friend class ServerStore;
    friend class JournalWriter;
    friend class BulkWrite;
    friend class BatchInsert;
    friend class KeptQuery;
    explicit PortfolioFile(QString path, QString connectionName, bool readOnly);
    QSqlDatabase database() const;
    bool begin(ChangesetInfo info);
    bool commitTransaction();
    void rollback();
    qint64 changeset(QString *error);
    QStringList columns(Entity entity) const;
    bool notNullText(Entity entity, const QString &column) const;
    bool fillPeriod(RowId periodId, QString *error);
    QString columnOf(Entity entity, Field field) const;
    QVariant columnValue(Entity entity, const QString &uuid, const QString &column, bool *found) const;
    bool setColumn(Entity entity, const QString &uuid, const QString &column, const QVariant &stored,
                   QString *error);
    bool insertColumns(Entity entity, const QVariantMap &columns, QString *error);
    QVariantMap rowSnapshot(Entity entity, const QString &uuid) const;
    bool afterRowWrite(Entity entity, const QString &uuid, const QString &column, RowId projectId, QString *error);
    bool revertOne(qint64 changeset, QString *error);
    // Row versions (rowversion.cpp): records a conflict when another changeset after the seen position
    // changed `column` of the row (or, `removing`, any of its columns); never fails the write itself.
    void checkRowVersion(Entity entity, const QString &uuid, const QString &column, const QVariant &seen,
                         const QVariant &wanted, bool removing);
    // Who last changed the row's column after changeset `after`, not counting this client's changesets.
    std::optional<EditConflict> changedByOthers(Entity entity, const QString &uuid, const QString &column,
                                                qint64 after) const;
    void addConflict(EditConflict conflict);

    bool touchOwner(Entity entity, const QString &uuid, const QString &column, RowId owner, QString *error);

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    // PRAGMA data_version: changes when another connection commits to the file, never for this one's own
    // commits; -1 when it cannot be read.
    qint64 dataVersion() const;
    // PRAGMA data_version after opening for writing (-1: read-only or unknown): see the destructor.
    qint64 m_openedDataVersion = -1;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    ChangesetInfo m_changesetInfo;
    QString m_commitError;
    bool m_writeRefused = false;
    int m_formatChangedTo = 0;
    qint64 m_changeset = 0;
    quint64 m_changesetSerial = 0;
    qint64 m_lastChangeset = 0;
    Change m_pending;
    std::unique_ptr<JournalWriter> m_journal;
    qint64 m_dataVersion = -1;
    bool m_otherClientCommitted = false; // on a server, since changedElsewhere() last answered
    mutable std::optional<QString> m_author;
    std::function<QDateTime()> m_clock;
    mutable QHash<int, QStringList> m_columns;
    mutable QHash<int, QSet<QString>> m_notNullText;
    QString m_recoveryNote;
    QSet<QString> m_touchedRows; // "entity:uuid" stamped in the current transaction
    QString m_touchStamp;        // the current transaction's stamp, made at its first touch
    qint64 m_seen = -1;               // see seenChangeset()
    QSet<qint64> m_ownChangesets;     // committed by this client after m_seen
    QHash<QString, qint64> m_acknowledged; // "uuid/column" → the newest of their changesets the user saw
    EditConflicts m_conflicts;        // found in the current (or last refused) outermost transaction
    mutable QString m_damage;
    mutable QString m_connectionLost;
    // Records why the connection was lost (or the file moved) and emits disconnected(), the first time.
    void noteConnectionLost(const QString &message) const;
    QString connectionLostText() const;
    bool serverConnectionHolds() const;
    // Whether libpq found this server connection closed, as it last saw it (no round trip): Qt's driver
    // reads the connection whenever its socket has something to read (the notifications it listens to,
    // followOtherClients), so a server that ends an idle connection (a restart, an administrator, TCP
    // keepalives that went unanswered) leaves libpq's status bad.
    bool serverConnectionClosed() const;
    // The statements edits run once per row, by SQL text (KeptQuery); they go before the connection.
    mutable std::map<QString, std::unique_ptr<KeptStatement>> m_keptQueries;
    // Statements that failed in the open transaction, freed once it has ended: on a server a failed
    // statement aborts the transaction, and freeing a prepared statement then (a DEALLOCATE) fails too,
    // which Qt's driver printed on the command line ("Unable to free statement").
    mutable std::vector<QSqlQuery> m_failedStatements;
    void freeFailedStatements() const;
};

} // namespace Vigie
