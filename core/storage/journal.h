#pragma once

#include "storage/entity.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QVariantMap>

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

    // On a server, inside a bulk write (storage/bulkwrite.h): rows are held back and sent a few hundred
    // to a statement by flush(), which the outermost commit runs before committing; a rollback discards
    // them. Nothing reads the journal of the transaction being written before that.
    void setBatched(bool batched);
    bool flush(QString *error);
    void discard() { m_pending.clear(); }

    static QString createdMark() { return QStringLiteral("created"); }
    static QString deletedMark() { return QStringLiteral("deleted"); }

private:
    bool append(Entity entity, const QString &uuid, const QString &field, const QString &oldText,
                const QString &newText, QString *error);

    PortfolioFile &m_file;
    SqlStatement m_insert;
    quint64 m_serial = 0;
    QString m_when;
    QString m_author;
    bool m_batched = false;
    QVariantList m_pending; // held-back rows, eight values each (the INSERT's columns)
};

} // namespace Vigie
