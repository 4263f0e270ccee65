#include "sqlstatement.h"

#include "storage/sqlitedriver.h"
#include "storage/sqlutil.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringEncoder>

#include <sqlite3.h>

#include <cstring>

namespace Vigie {

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void SqlStatement::bindValue(int index, const QVariant &value)
{
    if (size_t(index) > m_values.size())
        m_values.resize(size_t(index));
    m_values[size_t(index - 1)] = value;
}

bool SqlStatement::run(QString *error)
{
    for (size_t i = 0; i < m_values.size(); ++i)
        m_query->bindValue(int(i), m_values[i]);
    if (m_query->exec())
        return true;
    return setError(error, sqlErrorText(m_query->lastError()));
}

sqlite3 *SqlStatement::handle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    if (const auto *own = qobject_cast<const SqliteDriver *>(db.driver()))
        return own->connection();
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

const QByteArray &SqlStatement::rowText(int column) const
{
    if (size_t(column) >= m_rowText.size())
        m_rowText.resize(size_t(column) + 1);
    QByteArray &text = m_rowText[size_t(column)];
    if (text.isNull())
        text = m_query->value(column).toString().toUtf8();
    return text;
}

bool SqlStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_query.reset();
    m_values.clear();
    m_reading = false;
    m_db = handle(db);
    if (!m_db) {
        if (!db.isOpen())
            return setError(error, QStringLiteral("not an open connection"));
        m_query = std::make_unique<QSqlQuery>(db);
        readForwardOnly(*m_query);
        if (!m_query->prepare(sql)) {
            const QString message = sqlErrorText(m_query->lastError());
            m_query.reset();
            return setError(error, message);
        }
        return true;
    }
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
    if (m_query)
        return bindValue(index, QVariant());
    sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::bind(int index, double value)
{
    if (m_query)
        return bindValue(index, value);
    sqlite3_bind_double(m_stmt, index, value);
}

void SqlStatement::bind(int index, qint64 value)
{
    if (m_query)
        return bindValue(index, value);
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bind(int index, const QString &value)
{
    if (m_query)
        return bindValue(index, value.isNull() ? QVariant() : QVariant(value));
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    // Encoded to UTF-8 (the file's encoding) into this parameter's own buffer, which lives until the
    // parameter is bound again: SQLite neither copies the text nor converts it from UTF-16.
    if (size_t(index) >= m_text.size())
        m_text.resize(size_t(index) + 1);
    QByteArray &buffer = m_text[size_t(index)];
    const qsizetype size = value.size();
    buffer.resize(size * 3);
    // ASCII, most of what is bound (codes, dates, UUIDs, keys), copied as it is; from the first other
    // character on, Qt's encoder (an import binds a dozen texts a row, most of them short: the encoder's
    // set-up cost more than the copy).
    const QChar *from = value.constData();
    char *to = buffer.data();
    qsizetype ascii = 0;
    while (ascii < size && from[ascii].unicode() < 0x80) {
        to[ascii] = char(from[ascii].unicode());
        ++ascii;
    }
    char *end = to + ascii;
    if (ascii < size) {
        QStringEncoder encoder(QStringEncoder::Utf8);
        end = encoder.appendToBuffer(end, QStringView(value).sliced(ascii));
    }
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
}

void SqlStatement::bindUtf8(int index, QByteArrayView utf8)
{
    if (m_query)
        return bindValue(index, QString::fromUtf8(utf8));
    // Copied into this parameter's own buffer (kept from row to row, so no allocation once it is large
    // enough): the caller's text may change before exec().
    if (size_t(index) >= m_text.size())
        m_text.resize(size_t(index) + 1);
    QByteArray &buffer = m_text[size_t(index)];
    buffer.resize(utf8.size());
    memcpy(buffer.data(), utf8.data(), size_t(utf8.size()));
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(utf8.size()), SQLITE_STATIC);
}

SqlStatement::Binding SqlStatement::bindingOf(const QVariant &value)
{
    if (value.isNull())
        return Binding::Null;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return Binding::Real;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return Binding::Integer;
    case QMetaType::QString:
        return Binding::String;
    default:
        return Binding::Converted;
    }
}

void SqlStatement::bind(int index, const QVariant &value)
{
    switch (bindingOf(value)) {
    case Binding::Null:
        bindNull(index); // the QSqlQuery form too (SQLite has no statement there)
        break;
    case Binding::Real:
        bind(index, value.toDouble());
        break;
    case Binding::Integer:
        bind(index, value.toLongLong());
        break;
    case Binding::String:
        bind(index, *static_cast<const QString *>(value.constData()));
        break;
    case Binding::Converted:
        bind(index, value.toString());
        break;
    }
}

bool SqlStatement::exec(QString *error)
{
    if (m_query)
        return run(error);
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
    if (m_query)
        return m_query->lastInsertId().toLongLong();
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqlStatement::rowsAffected() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return sqlite3_changes64(m_db);
}

QSqlError SqlStatement::queryError() const
{
    return m_query ? m_query->lastError() : QSqlError();
}

bool SqlStatement::next(QString *error)
{
    if (m_query) {
        m_failed = false;
        m_rowText.clear();
        if (!m_reading) {
            if (!run(error)) {
                m_failed = true;
                return false;
            }
            m_reading = true;
        }
        if (m_query->next())
            return true;
        m_reading = false;
        if (m_query->lastError().isValid()) {
            m_failed = true;
            setError(error, sqlErrorText(m_query->lastError()));
        }
        m_query->finish();
        return false;
    }
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
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_stmt, column);
}

const char *SqlStatement::text(int column) const
{
    if (m_query)
        return rowText(column).constData();
    const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return value ? value : "";
}

QByteArrayView SqlStatement::utf8(int column) const
{
    if (m_query)
        return rowText(column);
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

} // namespace Vigie
