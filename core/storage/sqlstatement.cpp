#include "sqlstatement.h"

#include "storage/sqlutil.h"

#include <QSqlDriver>
#include <QStringEncoder>

#include <sqlite3.h>

#include <cstring>

namespace Vigie {

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

sqlite3 *SqlStatement::handle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool SqlStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_db = handle(db);
    if (!m_db)
        return setError(error, QStringLiteral("not an open SQLite connection"));
    const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                        SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_stmt = nullptr;
        return setError(error, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    return true;
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    // Encoded to UTF-8 (the file's encoding) into this parameter's own buffer, which lives until the
    // parameter is bound again: SQLite neither copies the text nor converts it from UTF-16.
    if (size_t(index) >= m_text.size())
        m_text.resize(size_t(index) + 1);
    QByteArray &buffer = m_text[size_t(index)];
    buffer.resize(value.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(buffer.data(), value);
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
}

void SqlStatement::bindUtf8(int index, QByteArrayView utf8)
{
    // Copied into this parameter's own buffer (kept from row to row, so no allocation once it is large
    // enough): the caller's text may change before exec().
    if (size_t(index) >= m_text.size())
        m_text.resize(size_t(index) + 1);
    QByteArray &buffer = m_text[size_t(index)];
    buffer.resize(utf8.size());
    memcpy(buffer.data(), utf8.data(), size_t(utf8.size()));
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqlStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        bind(index, value.toDouble());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        break;
    case QMetaType::QString:
        bind(index, *static_cast<const QString *>(value.constData()));
        break;
    default:
        bind(index, value.toString());
        break;
    }
}

bool SqlStatement::exec(QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return true;
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    return setError(error, message);
}

qint64 SqlStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqlStatement::next(QString *error)
{
    m_failed = false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        setError(error, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3_reset(m_stmt);
    return false;
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

const char *SqlStatement::text(int column) const
{
    const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return value ? value : "";
}

QByteArrayView SqlStatement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

} // namespace Vigie
