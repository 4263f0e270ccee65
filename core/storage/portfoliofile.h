#pragma once

#include "model/entities.h"
#include "rules/healthrule.h"
#include "storage/entity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace Vigie {

// Why a file could not be opened or created. The message is translated and names the file.
struct FileError
{
    // NotVigie: not ours, or altered outside Vigie (schema check). Corrupt: damaged (quick check).
    // Interrupted: a crash left a change to roll back, and the file cannot be written where it is.
    enum Code { None, NotFound, NotARegularFile, NotSqlite, NotVigie, TooNew, Corrupt, NeedsUpgrade, Io, Interrupted };
    Code code = None;
    QString message;

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
    enum class Access { ReadWrite, ReadOnly, ReadWriteVerified };

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

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // Set when opening rolled back a change a crash had interrupted: a translated sentence naming the
    // file, for the CLI's stderr and the GUI's banner. Empty otherwise.
    QString recoveryNote() const { return m_recoveryNote; }
    // Damage found while reading after the file was opened (a read loop stopped on an error): the
    // first message, translated; empty while none. Figures computed since may be incomplete.
    QString damage() const { return m_damage; }
    // Called by core readers when a read stops on an error; records it and emits damaged() once.
    // Returns the message.
    QString noteReadError(const QString &reason) const;

    // For core code only (analysis, io, sample): the UI never runs SQL.
    QSqlDatabase database() const;

    PortfolioInfo info() const;
    HealthRule healthRule() const;
    // Stores the rule and recomputes every project's computed indicators.
    bool setHealthRule(const HealthRule &rule, QString *error = nullptr);

    // Who is editing (journal "author"); defaults to the login name.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    // The clock used for journal and history timestamps; tests inject a fixed one.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    static QString newUuid();

    // --- generic, journaled edits by stable UUID. Column names are checked against the schema.
    bool hasColumn(Entity entity, const QString &column) const;
    QVariant value(Entity entity, const QString &uuid, const QString &column, bool *found = nullptr) const;
    bool setValue(Entity entity, const QString &uuid, const QString &column, const QVariant &value,
                  QString *error = nullptr);
    // Inserts a row (a UUID is generated unless `values` holds one); returns its UUID or an empty string.
    QString insertRow(Entity entity, QVariantMap values, QString *error = nullptr);
    // All columns of a row, for undoing a deletion with restoreRow(). Empty when there is no such row.
    QVariantMap rowSnapshot(Entity entity, const QString &uuid) const;
    bool deleteRow(Entity entity, const QString &uuid, QString *error = nullptr);
    bool restoreRow(Entity entity, const QVariantMap &snapshot, QString *error = nullptr);
    RowId rowId(Entity entity, const QString &uuid) const;
    QString rowUuid(Entity entity, RowId id) const;

    // Recomputes the computed cost and schedule indicators of one project (or all) from its data.
    bool recomputeProject(RowId projectId, QString *error = nullptr);
    bool recomputeAllProjects(QString *error = nullptr);

    // A consistent copy of the open file (VACUUM INTO), safe while the file is open and in use.
    bool saveCopyAs(const QString &path, QString *error = nullptr) const;

    // Journals one change; to be called inside the edit's transaction.
    bool journal(Entity entity, const QString &uuid, const QString &field, const QVariant &oldValue,
                 const QVariant &newValue);

    // A transaction that rolls back unless committed; nests by counting (only the outermost commits).
    class Transaction
    {
    public:
        explicit Transaction(PortfolioFile &file);
        ~Transaction();
        bool commit();
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
    // Emitted after a committed change of one field ("" when a whole row was added or removed).
    void changed(Vigie::Entity entity, const QString &uuid, const QString &field);
    // Emitted after bulk changes (import, rule change, migration): views reload everything.
    void reset();
    // Emitted the first time a read finds the file damaged (see damage()).
    void damaged(const QString &message);

public:
    // For bulk writers in core (import, samples) once they committed.
    void notifyReset() { Q_EMIT reset(); }

private:
    explicit PortfolioFile(QString path, QString connectionName, bool readOnly);
    bool begin();
    bool commitTransaction();
    void rollback();
    QStringList columns(Entity entity) const;

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    QString m_author;
    std::function<QDateTime()> m_clock;
    mutable QHash<int, QStringList> m_columns;
    QString m_recoveryNote;
    mutable QString m_damage;
};

} // namespace Vigie
