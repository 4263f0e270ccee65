#pragma once

#include "storage/bulkwrite.h"
#include "storage/portfoliofile.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <functional>

namespace Vigie {

// What the bundled samples share: writing a whole new portfolio file in one go, with no half file left
// behind on failure, stable UUIDs, and fast prepared inserts.
//
// Samples are bulk writers: they insert rows with prepared statements inside one transaction (no journal
// entry per row), then recompute the project indicators once.
class SampleWriter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::SampleWriter)
public:
    using Fill = std::function<bool(PortfolioFile &file, QString *error)>;

    // Creates a new portfolio file at `path` (refusing to overwrite one) and fills it with `fill`, all in
    // one transaction. The file is built under a temporary name and moved into place only when complete,
    // so a failure (or a crash) never leaves a half portfolio at `path`. `cannotWrite` tells whether a
    // failure was about the output location (exists, folder not writable, disk) rather than the data.
    // `info` labels the journal changeset of samples that journal what they write (built by imports).
    static bool write(const QString &path, const QString &name, const Fill &fill, QString *error,
                      bool *cannotWrite = nullptr, const ChangesetInfo &info = {});

    // Deterministic UUID (version 5) of a sample row: the same sample gives the same rows every time.
    static QString uuid(const QUuid &sampleNamespace, const QString &key);
    static QUuid sampleNamespace(const QString &sample);
};

// SampleWriter::uuid() for millions of rows: the same UUIDs from UTF-8 keys, as text, with no QString
// on the way (the synthetic sample makes 14 million of them at a million projects).
class SampleUuid
{
public:
    explicit SampleUuid(const QUuid &sampleNamespace);
    // The 36 characters of the UUID of `key`, valid until the next call.
    QByteArrayView operator()(QByteArrayView key);
    // The same for a row of a large table written in order: a version 8 UUID (RFC 9562) whose first 48
    // bits are `ordinal` (increasing with each row of the table) and the rest the SHA-1's, so that
    // SQLite appends it to the table's UUID index instead of inserting it anywhere (OrderedUuid).
    QByteArrayView operator()(QByteArrayView key, quint64 ordinal);

private:
    void digest(QByteArrayView key, quint8 (&bytes)[16]);
    QByteArrayView text(quint8 (&bytes)[16]);

    QByteArray m_namespace;
    QCryptographicHash m_hash { QCryptographicHash::Sha1 };
    char m_text[36];
};

// A prepared INSERT of the given columns into `table`, straight on SQLite (SqlStatement): either add()
// with a row of values, or the values one by one in column order (integer(), real(), text(), null())
// followed by insert().
// - Made with a connection and a table, it writes each row at once, with the columns given (an `id`
//   among them when the sample numbers the rows itself).
// - Made with a BulkWrite and an entity, it holds the rows back and writes them 32 to a statement
//   (BatchInsert, storage/bulkwrite.h), every batched table's in reference order: for the large tables
//   whose ids nothing refers to; SQLite gives them in the same order. The BulkWrite's flush() writes
//   the rows still held; until then a failure may be told by a later row, or by flush().
class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    BulkInsert(BulkWrite &bulk, Entity entity, const QStringList &columns);

    // The column orders both samples write projects and their history in.
    static QStringList projectColumns();
    static QStringList baselineColumns();
    static QStringList decisionColumns();
    static QStringList projectMeasureColumns();
    static QStringList periodColumns();
    static QStringList periodProjectColumns();
    static QStringList periodMeasureColumns();
    // Binds `values` in column order and inserts the row; false (see error()) on failure.
    bool add(const QVariantList &values);
    QString error() const { return m_error; }

    BulkInsert &integer(qint64 value);
    BulkInsert &real(double value);
    BulkInsert &text(QByteArrayView utf8);
    BulkInsert &text(const QString &value); // a null QString is NULL
    BulkInsert &null();
    bool insert();

private:
    // Binds the next value with the call that suits the form: the statement's or the batch's.
    template<typename Bind>
    BulkInsert &next(Bind bind);

    SqlStatement m_statement;
    BatchInsert m_batch; // the batched form's (prepared)
    QString m_table;
    int m_columns = 0;
    BulkWrite *m_bulk = nullptr; // the batched form's
    int m_next = 1; // the next parameter to bind
    QString m_error;
};

} // namespace Vigie
