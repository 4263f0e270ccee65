#pragma once

#include "storage/entity.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <vector>

namespace Vigie {

class PortfolioFile;

// The one writer of the change journal: every journaled edit, import, merge and revert appends its rows
// here, into the changeset of the current transaction (storage/portfoliofile.h). A row is one of
//   - a field change: the column, the old and the new stored value (as text, exactly as stored);
//   - a created row: field "", new value "created" (the row itself holds its values);
//   - a deleted row: field "", old value the whole row as JSON (what undo needs), new value "deleted".
// PortfolioFile::revert() reads them back, so nothing else may write the journal.
class JournalWriter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::JournalWriter)
public:
    explicit JournalWriter(PortfolioFile &file);

    bool fieldChanged(Entity entity, const QString &uuid, const QString &column, const QVariant &oldStored,
                      const QVariant &newStored, QString *error);
    bool created(Entity entity, const QString &uuid, QString *error);
    bool deleted(Entity entity, const QString &uuid, const QVariantMap &row, QString *error);

    // The journal's text of a stored value: numbers in their shortest exact form, null stays null.
    static QString text(const QVariant &stored);
    // A whole row (column → stored value) as the JSON kept for deleted rows, and back.
    static QString encodeRow(const QVariantMap &row);
    static QVariantMap decodeRow(const QString &json);

    // Inside a bulk write (storage/bulkwrite.h) rows are held back and written many to a statement by
    // flush(), in the order they were appended: on a server a few hundred to a statement (a round trip
    // per row is what costs), in a file kFileRows to a statement (each INSERT otherwise opens and closes
    // the journal's table and its two indexes, and a statement transaction, for one row: a fifth of an
    // import; PERFORMANCE.md, part 14). The outermost commit flushes before anything else, and so does the
    // next append once batching has ended; a rollback discards them. Nothing reads the journal of the
    // transaction being written before its commit.
    void setBatched(bool batched);
    bool flush(QString *error);
    void discard()
    {
        m_pending.clear();
        m_rows.clear();
    }
    static constexpr int kFileRows = 32;

    static QString createdMark() { return QStringLiteral("created"); }
    static QString deletedMark() { return QStringLiteral("deleted"); }

private:
    bool append(Entity entity, const QString &uuid, const QString &field, const QString &oldText,
                const QString &newText, QString *error);

    // A row held back in a file: what differs from row to row (the changeset, its time and author do not).
    struct Row
    {
        QString table;
        QString uuid;
        QString field;
        QString oldText;
        QString newText;
    };
    enum class Batch { None, Server, File };
    bool prepareOne(QString *error);
    bool writeRows(QString *error);
    // The changeset's time, author and id into parameters first…first + 2; a row's five values into
    // first…first + 4 (entity, UUID, field, old and new value).
    void bindChangeset(SqlStatement &statement, int first) const;
    static void bindRow(SqlStatement &statement, int first, const Row &row);

    PortfolioFile &m_file;
    SqlStatement m_insert;       // one row
    SqlStatement m_insertMany;   // kFileRows rows (a file)
    bool m_insertBound = false;  // m_insert has this changeset's time, author and id
    bool m_manyBound = false;    // the same for m_insertMany
    quint64 m_serial = 0;
    qint64 m_changeset = 0;
    QString m_when;
    QString m_author;
    Batch m_batched = Batch::None;
    QVariantList m_pending;      // held-back rows on a server, eight values each (the INSERT's columns)
    std::vector<Row> m_rows;     // held-back rows in a file
};

} // namespace Vigie
