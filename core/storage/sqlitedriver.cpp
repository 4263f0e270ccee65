#include "sqlitedriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>
#include <vector>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace Vigie {

namespace {

// The connections that give way to writers (SqliteDriver::setYieldsToWriters), with their file's full
// name as SQLite resolved it. A connection leaves before it closes, under the lock, so a writer never
// interrupts a closed one.
struct YieldingReader
{
    SqliteDriver *driver;
    sqlite3 *db;
    QByteArray file;
};
std::mutex yieldingMutex;
std::vector<YieldingReader> &yieldingReaders()
{
    static std::vector<YieldingReader> readers;
    return readers;
}

QString messageOf(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

QSqlError makeError(sqlite3 *db, const QString &what, QSqlError::ErrorType type, int code)
{
    return QSqlError(what, messageOf(db), type, QString::number(code));
}

// The Qt type a column's declared type reads as (QSqlField::metaType), as Qt's driver maps it; none
// for an expression, which has no declared type.
QMetaType declaredType(const char *declared)
{
    if (!declared || !*declared)
        return QMetaType();
    const QByteArray type = QByteArray(declared).toLower();
    if (type == "integer" || type == "int")
        return QMetaType::fromType<int>();
    if (type == "double" || type == "float" || type == "real" || type.startsWith("numeric"))
        return QMetaType::fromType<double>();
    if (type == "blob")
        return QMetaType::fromType<QByteArray>();
    if (type == "boolean" || type == "bool")
        return QMetaType::fromType<bool>();
    return QMetaType::fromType<QString>();
}

// SQL NULL as Qt Sql binds it: an invalid or null variant, or a null string, byte array, date or uuid.
bool bindsNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(v.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(v.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(v.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    return sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

} // namespace

// One statement of a SqliteDriver connection. After exec() the statement has taken its first step, so a
// failing INSERT or an unreadable first page is reported by exec(); reads then step one row per fetch.
class SqliteResult : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::SqliteResult)
public:
    explicit SqliteResult(const SqliteDriver *driver)
        : QSqlResult(driver)
    {
        driver->m_results.append(this);
    }

    ~SqliteResult() override
    {
        finalize();
        // QSqlResult tracks its driver with a QPointer: null when the connection was removed first.
        if (const SqliteDriver *d = owner())
            d->m_results.removeOne(this);
    }

    // The connection is closing: statements first, or it could not close. A read under way ends; after a
    // reopen the result prepares its next statement on the new connection.
    void connectionClosing()
    {
        finalize();
        clearRows();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
    }

protected:
    bool reset(const QString &query) override { return prepare(query) && exec(); }

    bool prepare(const QString &query) override
    {
        clearRows();
        finalize();
        setSelect(false);
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        sqlite3 *db = connection();
        if (!db)
            return false;
        const QByteArray sql = query.toUtf8();
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(makeError(db, tr("Unable to execute statement"), QSqlError::StatementError, rc));
            finalize();
            return false;
        }
        if (!m_stmt) {
            setLastError(QSqlError(tr("Unable to execute statement"), tr("the statement is empty"),
                                   QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            return false;
        }
        if (tail && !QByteArrayView(tail, sql.constData() + sql.size() - tail).trimmed().isEmpty()) {
            setLastError(QSqlError(tr("Unable to execute multiple statements at a time"), QString(),
                                   QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            finalize();
            return false;
        }
        return true;
    }

    bool exec() override
    {
        clearRows();
        setSelect(false);
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        setLastError(QSqlError());
        sqlite3 *db = connection();
        if (!m_stmt || !db) {
            setLastError(QSqlError(tr("Unable to execute statement"), tr("No statement is prepared"),
                                   QSqlError::StatementError));
            return false;
        }
        int rc = sqlite3_reset(m_stmt);
        if (rc != SQLITE_OK) {
            setLastError(makeError(db, tr("Unable to reset statement"), QSqlError::StatementError, rc));
            finalize();
            return false;
        }
        // Kept until the next exec(): text is bound where it lies.
        m_bound = boundValues();
        const int count = sqlite3_bind_parameter_count(m_stmt);
        if (count != m_bound.size()) {
            setLastError(QSqlError(tr("Parameter count mismatch"),
                                   tr("parameters in the statement: %1, values bound: %2")
                                       .arg(count)
                                       .arg(m_bound.size()),
                                   QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < count; ++i) {
            rc = bind(i + 1, m_bound.at(i));
            if (rc != SQLITE_OK) {
                setLastError(makeError(db, tr("Unable to bind parameters"), QSqlError::StatementError, rc));
                finalize();
                return false;
            }
        }
        m_columns = sqlite3_column_count(m_stmt);
        m_cached = !isForwardOnly();
        if (!step()) {
            if (lastError().isValid())
                return false;
        } else {
            m_pending = true;
        }
        setSelect(m_columns > 0);
        setActive(true);
        return true;
    }

    QVariant data(int column) override
    {
        if (column < 0 || column >= m_columns || at() < 0)
            return QVariant();
        if (m_cached)
            return m_rows.at(qsizetype(at()) * m_columns + column);
        if (!m_lastRow.isEmpty())
            return m_lastRow.at(column);
        return value(column);
    }

    bool isNull(int column) override
    {
        if (column < 0 || column >= m_columns || at() < 0)
            return true;
        if (m_cached)
            return m_rows.at(qsizetype(at()) * m_columns + column).isNull();
        if (!m_lastRow.isEmpty())
            return m_lastRow.at(column).isNull();
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    }

    bool fetch(int row) override
    {
        if (row < 0 || !m_stmt || !isActive() || !isSelect())
            return false;
        if (!m_cached && row <= at())
            return row == at();
        while (m_read <= row) {
            if (!advance())
                return false;
        }
        setAt(row);
        return true;
    }

    bool fetchFirst() override { return fetch(0); }
    bool fetchNext() override { return fetch(at() < 0 ? 0 : at() + 1); }

    bool fetchLast() override
    {
        if (!m_stmt || !isActive() || !isSelect())
            return false;
        if (m_cached) {
            while (advance()) {
            }
            if (lastError().isValid() || m_read == 0)
                return false;
            setAt(m_read - 1);
            return true;
        }
        // Forward only: the last row is copied before the statement steps past it.
        QList<QVariant> last;
        if (at() >= 0 && m_lastRow.isEmpty())
            last = rowValues();
        while (advance())
            last = rowValues();
        if (lastError().isValid() || last.isEmpty())
            return false;
        m_lastRow = last;
        setAt(m_read - 1);
        return true;
    }

    int size() override { return -1; }

    int numRowsAffected() override
    {
        sqlite3 *db = connection();
        return db ? sqlite3_changes(db) : -1;
    }

    QVariant lastInsertId() const override
    {
        sqlite3 *db = connection();
        if (isActive() && db) {
            const qint64 id = sqlite3_last_insert_rowid(db);
            if (id)
                return id;
        }
        return QVariant();
    }

    QSqlRecord record() const override
    {
        QSqlRecord record;
        if (!isActive() || !isSelect() || !m_stmt)
            return record;
        for (int i = 0; i < m_columns; ++i) {
            const char *table = sqlite3_column_table_name(m_stmt, i);
            QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)).remove(QLatin1Char('"')),
                            declaredType(sqlite3_column_decltype(m_stmt, i)),
                            table ? QString::fromUtf8(table) : QString());
            record.append(field);
        }
        return record;
    }

    void detachFromResultSet() override
    {
        if (m_stmt)
            sqlite3_reset(m_stmt);
        m_pending = false;
        m_done = true;
    }

private:
    void finalize()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }

    const SqliteDriver *owner() const { return static_cast<const SqliteDriver *>(driver()); }
    sqlite3 *connection() const { return owner() ? owner()->m_db : nullptr; }

    void clearRows()
    {
        m_rows.clear();
        m_lastRow.clear();
        m_bound.clear();
        m_read = 0;
        m_columns = 0;
        m_pending = false;
        m_done = false;
    }

    int bind(int index, const QVariant &value)
    {
        if (bindsNull(value))
            return sqlite3_bind_null(m_stmt, index);
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            return sqlite3_bind_blob64(m_stmt, index, bytes->constData(), sqlite3_uint64(bytes->size()),
                                       SQLITE_STATIC);
        }
        case QMetaType::Int:
        case QMetaType::Bool:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
            return sqlite3_bind_int(m_stmt, index, value.toInt());
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
            return sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_stmt, index, value.toDouble());
        case QMetaType::QString: {
            const auto *text = static_cast<const QString *>(value.constData());
            return sqlite3_bind_text16(m_stmt, index, text->utf16(), int(text->size() * sizeof(char16_t)),
                                       SQLITE_STATIC);
        }
        case QMetaType::QDateTime:
            return bindText(m_stmt, index, value.toDateTime().toString(Qt::ISODateWithMs));
        case QMetaType::QTime:
            return bindText(m_stmt, index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
        default:
            return bindText(m_stmt, index, value.toString());
        }
    }

    // Steps the statement once: true on a row. At the end the statement is reset, which ends its read;
    // on an error, too, with the error set.
    bool step()
    {
        if (m_done)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_done = true;
        const int reset = sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE) {
            // A generic SQLITE_ERROR gets its precise code and message from the reset.
            const int code = rc == SQLITE_ERROR && reset != SQLITE_OK ? reset : rc;
            setLastError(makeError(connection(), tr("Unable to fetch row"), QSqlError::ConnectionError, code));
        }
        return false;
    }

    // Puts the statement on the next unread row: true when there is one. Cached reads keep its values.
    bool advance()
    {
        if (m_pending)
            m_pending = false;
        else if (!step())
            return false;
        ++m_read;
        if (m_cached)
            m_rows.append(rowValues());
        return true;
    }

    QVariant value(int column) const
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER:
            return qint64(sqlite3_column_int64(m_stmt, column));
        case SQLITE_FLOAT:
            return sqlite3_column_double(m_stmt, column);
        case SQLITE_BLOB: {
            const void *bytes = sqlite3_column_blob(m_stmt, column);
            return QByteArray(static_cast<const char *>(bytes), sqlite3_column_bytes(m_stmt, column));
        }
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
            return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
        }
        }
    }

    QList<QVariant> rowValues() const
    {
        QList<QVariant> row;
        row.reserve(m_columns);
        for (int i = 0; i < m_columns; ++i)
            row.append(value(i));
        return row;
    }

    sqlite3_stmt *m_stmt = nullptr;
    QList<QVariant> m_bound;
    // Cached reads: every row read so far, m_columns values each.
    QList<QVariant> m_rows;
    // Forward-only reads after fetchLast(): the last row, the statement having stepped past it.
    QList<QVariant> m_lastRow;
    int m_columns = 0;
    int m_read = 0; // rows read so far
    bool m_cached = false;
    bool m_pending = false; // exec() stepped onto the first row, not read yet
    bool m_done = false;
};

SqliteDriver::SqliteDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

SqliteDriver::~SqliteDriver()
{
    close();
}

bool SqliteDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqliteDriver::open(const QString &db, const QString &, const QString &, const QString &, int,
                        const QString &options)
{
    if (isOpen())
        close();
    int busyTimeout = 5000;
    bool readOnly = false;
    const QLatin1String timeoutOption("QSQLITE_BUSY_TIMEOUT");
    for (QStringView option : QStringView(options).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        option = option.trimmed();
        bool ok = false;
        if (option == QLatin1String("QSQLITE_OPEN_READONLY")) {
            readOnly = true;
            ok = true;
        } else if (option.startsWith(timeoutOption)) {
            const QStringView value = option.sliced(timeoutOption.size()).trimmed();
            if (value.startsWith(QLatin1Char('=')))
                busyTimeout = value.sliced(1).trimmed().toInt(&ok);
        }
        if (!ok) {
            setLastError(QSqlError(tr("Error opening database"),
                                   tr("unknown connection option \"%1\"").arg(option.toString()),
                                   QSqlError::ConnectionError));
            setOpenError(true);
            return false;
        }
    }
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_db, tr("Error opening database"), QSqlError::ConnectionError, rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    m_readOnly = readOnly;
    m_busyTimeout = busyTimeout;
    if (busyTimeout > 0)
        sqlite3_busy_handler(m_db, &SqliteDriver::busy, this);
    sqlite3_extended_result_codes(m_db, 1);
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqliteDriver::close()
{
    if (!isOpen() && !m_db)
        return;
    setYieldsToWriters(false);
    for (SqliteResult *result : std::as_const(m_results))
        result->connectionClosing();
    // _v2: a statement still prepared straight on the connection (SqlStatement) keeps it until finalized.
    const int rc = sqlite3_close_v2(m_db);
    if (rc != SQLITE_OK)
        setLastError(makeError(m_db, tr("Error closing database"), QSqlError::ConnectionError, rc));
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

void SqliteDriver::setYieldsToWriters(bool yields)
{
    const std::lock_guard<std::mutex> lock(yieldingMutex);
    std::vector<YieldingReader> &readers = yieldingReaders();
    readers.erase(std::remove_if(readers.begin(), readers.end(), [this](const YieldingReader &r) { return r.driver == this; }),
                  readers.end());
    if (yields && m_db) {
        const char *file = sqlite3_db_filename(m_db, "main");
        if (file && *file)
            readers.push_back({ this, m_db, QByteArray(file) });
    }
}

namespace {
    std::atomic<SqliteDriver::LongWaitHook> longWaitHook { nullptr };
} // namespace

void SqliteDriver::setLongWaitHook(LongWaitHook hook)
{
    longWaitHook.store(hook);
}

int SqliteDriver::busy(void *driver, int count)
{
    auto *self = static_cast<SqliteDriver *>(driver);
    if (count == 0) {
        self->m_busySince.start();
        self->m_longWaitTold = false;
    }
    if (!self->m_readOnly)
        self->interruptReadersOfTheFile();
    const qint64 waited = self->m_busySince.elapsed();
    if (waited >= self->m_busyTimeout)
        return 0;
    if (!self->m_readOnly && !self->m_longWaitTold && waited >= longWaitMs) {
        self->m_longWaitTold = true;
        if (const LongWaitHook hook = longWaitHook.load())
            hook(QString::fromUtf8(sqlite3_db_filename(self->m_db, "main")));
    }
    // SQLite's own steps (sqlite3_busy_timeout): short waits first, 100 ms at most.
    static constexpr int steps[] = { 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 };
    const int step = count < int(std::size(steps)) ? steps[count] : 100;
    sqlite3_sleep(int(std::min<qint64>(step, self->m_busyTimeout - waited)));
    return 1;
}

void SqliteDriver::interruptReadersOfTheFile()
{
    const char *file = sqlite3_db_filename(m_db, "main");
    if (!file || !*file)
        return;
    const std::lock_guard<std::mutex> lock(yieldingMutex);
    for (const YieldingReader &r : yieldingReaders()) {
        if (r.driver != this && r.file == file) {
            r.driver->m_interruptedForWriter = true;
            sqlite3_interrupt(r.db); // safe from another thread while the connection is open
        }
    }
}

QSqlResult *SqliteDriver::createResult() const
{
    return new SqliteResult(this);
}

bool SqliteDriver::runTransactionStatement(const char *sql, const QString &failure)
{
    if (!isOpen() || isOpenError())
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    setLastError(makeError(m_db, failure, QSqlError::TransactionError, rc));
    return false;
}

bool SqliteDriver::beginTransaction()
{
    return runTransactionStatement("BEGIN", tr("Unable to begin transaction"));
}

bool SqliteDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", tr("Unable to commit transaction"));
}

bool SqliteDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", tr("Unable to roll back transaction"));
}

QStringList SqliteDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QString kinds;
    if ((type & QSql::Tables) && (type & QSql::Views))
        kinds = QStringLiteral("type = 'table' OR type = 'view'");
    else if (type & QSql::Tables)
        kinds = QStringLiteral("type = 'table'");
    else if (type & QSql::Views)
        kinds = QStringLiteral("type = 'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE %1 UNION ALL "
                                  "SELECT name FROM sqlite_temp_schema WHERE %1")
                       .arg(kinds))) {
            while (q.next())
                names.append(q.value(0).toString());
        }
    }
    if (type & QSql::SystemTables)
        names.append(QStringLiteral("sqlite_schema"));
    return names;
}

QSqlRecord SqliteDriver::record(const QString &table) const
{
    QSqlRecord record;
    if (!isOpen())
        return record;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"));
    q.addBindValue(table);
    if (!q.exec())
        return record;
    while (q.next()) {
        const QByteArray type = q.value(1).toString().toUtf8();
        QSqlField field(q.value(0).toString(), declaredType(type.constData()), table);
        field.setRequired(q.value(2).toInt() != 0);
        field.setAutoValue(q.value(4).toInt() != 0 && type.compare("integer", Qt::CaseInsensitive) == 0);
        QString defaultValue = q.value(3).toString();
        if (defaultValue.size() >= 2 && defaultValue.startsWith(QLatin1Char('\''))
            && defaultValue.endsWith(QLatin1Char('\'')))
            defaultValue = defaultValue.mid(1, defaultValue.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
        field.setDefaultValue(defaultValue);
        record.append(field);
    }
    return record;
}

QString SqliteDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString escaped = identifier;
    if (escaped.startsWith(QLatin1Char('"')) && escaped.endsWith(QLatin1Char('"')) && escaped.size() > 1)
        return escaped;
    return QLatin1Char('"') + escaped.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QVariant SqliteDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

} // namespace Vigie
