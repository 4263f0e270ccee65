#include "samplewriter.h"
#include "storage/sqlaccess.h"

#include "storage/portfoliofile.h"
#include "storage/outputfile.h"
#include "storage/sqlutil.h"
#include "storage/verifiedfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

bool SampleWriter::write(const QString &path, const QString &name, const Fill &fill, QString *error,
                         bool *cannotWrite, const ChangesetInfo &info)
{
    if (cannotWrite)
        *cannotWrite = true;
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return setError(error, QFileInfo(path).isDir() ? tr("%1: a folder has that name; choose another name.").arg(shown)
                                                       : tr("%1: a file already exists there; choose another name.").arg(shown));
    if (const QString problem = OutputFile::folderProblem(path); !problem.isEmpty())
        return setError(error, problem);

    // Our own temporary name; a stale one is a leftover of an interrupted run.
    const QString building = path + QStringLiteral(".building");
    QFile::remove(building);
    FileError fileError;
    auto file = PortfolioFile::create(building, name, &fileError);
    if (!file)
        return setError(error, tr("%1: cannot be created (%2).").arg(shown, fileError.message));

    QString message;
    bool ok = false;
    {
        // The file is ours alone until it is moved into place and is deleted on any failure, so it
        // needs no rollback journal on disk: keep the journal and temporary data in memory.
        QSqlQuery pragma(sqlDatabase(*file));
        pragma.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
        pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    {
        PortfolioFile::Transaction transaction(*file, info);
        ok = fill(*file, &message);
        if (ok && !transaction.commit()) {
            ok = false;
            message = tr("the data could not be written to the file");
        }
    }
    file.reset();
    if (!ok) {
        QFile::remove(building);
        VerifiedFiles::forget(building);
        if (cannotWrite)
            *cannotWrite = false;
        return setError(error, tr("%1: the sample could not be built (%2).").arg(shown, message));
    }
    // A large file this process wrote alone was recorded as verified when it closed (VerifiedFiles),
    // under its temporary name: it stays verified under its own, so the first open of a large sample
    // does not check again what was just written. Unless something wrote to it in between.
    const bool verified = VerifiedFiles::isVerified(building, VerifiedFiles::stamp(building));
    if (!QFile::rename(building, path)) {
        QFile::remove(building);
        VerifiedFiles::forget(building);
        return setError(error, tr("%1: cannot be created.").arg(shown));
    }
    VerifiedFiles::forget(building);
    if (verified)
        VerifiedFiles::remember(path, VerifiedFiles::stamp(path));
    if (cannotWrite)
        *cannotWrite = false;
    return true;
}

QUuid SampleWriter::sampleNamespace(const QString &sample)
{
    // Fixed root namespace of Vigie's bundled samples; never change it (sample UUIDs would change).
    static const QUuid root(QStringLiteral("8f1d6a52-3c1e-4f0a-9b57-5e2a7c9d41b3"));
    return QUuid::createUuidV5(root, sample);
}

QString SampleWriter::uuid(const QUuid &sampleNamespace, const QString &key)
{
    return QUuid::createUuidV5(sampleNamespace, key).toString(QUuid::WithoutBraces);
}

SampleUuid::SampleUuid(const QUuid &sampleNamespace)
    : m_namespace(sampleNamespace.toRfc4122())
{
}

QByteArrayView SampleUuid::operator()(QByteArrayView key)
{
    // RFC 4122 version 5, as QUuid::createUuidV5: SHA-1 of the namespace and the name, 16 bytes kept.
    quint8 bytes[16];
    digest(key, bytes);
    bytes[6] = quint8((bytes[6] & 0x0F) | 0x50); // version 5
    return text(bytes);
}

QByteArrayView SampleUuid::operator()(QByteArrayView key, quint64 ordinal)
{
    quint8 bytes[16];
    digest(key, bytes);
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ordinal >> (8 * (5 - i)));
    bytes[6] = quint8((bytes[6] & 0x0F) | 0x80); // version 8
    return text(bytes);
}

void SampleUuid::digest(QByteArrayView key, quint8 (&bytes)[16])
{
    m_hash.reset();
    m_hash.addData(m_namespace);
    m_hash.addData(key);
    memcpy(bytes, m_hash.resultView().data(), sizeof bytes);
}

QByteArrayView SampleUuid::text(quint8 (&bytes)[16])
{
    bytes[8] = quint8((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    static const char hex[] = "0123456789abcdef";
    char *out = m_text;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        *out++ = hex[bytes[i] >> 4];
        *out++ = hex[bytes[i] & 0x0F];
    }
    return QByteArrayView(m_text, sizeof m_text);
}

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_table(table)
    , m_columns(int(columns.size()))
{
    QStringList marks;
    for (int i = 0; i < m_columns; ++i)
        marks << QStringLiteral("?");
    QString error;
    if (!m_statement.prepare(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                             &error))
        //: A table of the portfolio, then the database's error
        m_error = SampleWriter::tr("%1: %2").arg(table, error);
}

BulkInsert::BulkInsert(BulkWrite &bulk, Entity entity, const QStringList &columns)
    : m_table(tableName(entity))
    , m_columns(int(columns.size()))
    , m_bulk(&bulk)
{
    QString error;
    if (!m_batch.prepare(bulk, entity, columns, &error))
        m_error = SampleWriter::tr("%1: %2").arg(m_table, error);
}

bool BulkInsert::add(const QVariantList &values)
{
    if (!m_error.isEmpty())
        return false;
    if (values.size() != m_columns) {
        m_error = QStringLiteral("%1: %2 values for %3 columns").arg(m_table).arg(values.size()).arg(m_columns);
        return false;
    }
    for (const QVariant &value : values)
        next([&](auto &target, int index) { target.bind(index, value); });
    return insert();
}

template<typename Bind>
BulkInsert &BulkInsert::next(Bind bind)
{
    if (m_next <= m_columns) {
        if (m_bulk)
            bind(m_batch, m_next);
        else
            bind(m_statement, m_next);
    }
    ++m_next;
    return *this;
}

BulkInsert &BulkInsert::integer(qint64 value)
{
    return next([&](auto &target, int index) { target.bind(index, value); });
}

BulkInsert &BulkInsert::real(double value)
{
    return next([&](auto &target, int index) { target.bind(index, value); });
}

BulkInsert &BulkInsert::text(QByteArrayView utf8)
{
    return next([&](auto &target, int index) { target.bindUtf8(index, utf8); });
}

BulkInsert &BulkInsert::text(const QString &value)
{
    return next([&](auto &target, int index) { target.bind(index, value); });
}

BulkInsert &BulkInsert::null()
{
    return next([&](auto &target, int index) { target.bindNull(index); });
}

bool BulkInsert::insert()
{
    const int given = m_next - 1;
    m_next = 1;
    if (!m_error.isEmpty())
        return false;
    if (given != m_columns) {
        m_error = QStringLiteral("%1: %2 values for %3 columns").arg(m_table).arg(given).arg(m_columns);
        return false;
    }
    QString error;
    if (!(m_bulk ? m_batch.exec(&error) : m_statement.exec(&error))) {
        m_error = SampleWriter::tr("%1: %2").arg(m_table, error);
        return false;
    }
    return true;
}

QStringList BulkInsert::projectColumns()
{
    return { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("name_en"),
             QStringLiteral("name_fr"), QStringLiteral("organization_id"), QStringLiteral("phase"),
             QStringLiteral("state"), QStringLiteral("budget"), QStringLiteral("planned_start"),
             QStringLiteral("planned_end"), QStringLiteral("original_budget"), QStringLiteral("original_end"),
             QStringLiteral("original_start"), QStringLiteral("baselines"), QStringLiteral("actual_cost"), QStringLiteral("forecast_cost"), QStringLiteral("forecast_end"),
             QStringLiteral("delivered_date") };
}

QStringList BulkInsert::baselineColumns()
{
    return { QStringLiteral("uuid"), QStringLiteral("project_id"), QStringLiteral("sequence"),
             QStringLiteral("approved_date"), QStringLiteral("budget"), QStringLiteral("planned_start"),
             QStringLiteral("planned_end"), QStringLiteral("note") };
}

QStringList BulkInsert::decisionColumns()
{
    return { QStringLiteral("uuid"), QStringLiteral("project_id"), QStringLiteral("decided_on"),
             QStringLiteral("authority"), QStringLiteral("kind"), QStringLiteral("text_en"), QStringLiteral("text_fr"),
             QStringLiteral("budget_change") };
}

QStringList BulkInsert::projectMeasureColumns()
{
    return { QStringLiteral("uuid"), QStringLiteral("project_id"), QStringLiteral("measure_id") };
}

QStringList BulkInsert::periodColumns()
{
    return { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("label"), QStringLiteral("as_of"),
             QStringLiteral("frozen_at") };
}

QStringList BulkInsert::periodProjectColumns()
{
    return { QStringLiteral("uuid"), QStringLiteral("period_id"), QStringLiteral("project_id"), QStringLiteral("state"),
             QStringLiteral("budget"), QStringLiteral("forecast_cost"), QStringLiteral("forecast_end"),
             QStringLiteral("cost"), QStringLiteral("schedule"), QStringLiteral("overall") };
}

QStringList BulkInsert::periodMeasureColumns()
{
    return { QStringLiteral("uuid"), QStringLiteral("period_id"), QStringLiteral("measure_id"), QStringLiteral("status"),
             QStringLiteral("percent_complete") };
}

} // namespace Vigie
