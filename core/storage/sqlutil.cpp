#include "sqlutil.h"

#include "storage/sqlstatement.h"

#include "storage/portfoliofile.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Vigie {

int sqliteResultCode(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    bool numeric = false;
    // SQLite's result codes are small numbers; PostgreSQL's SQLSTATE has five characters.
    const int result = code.size() <= 4 ? code.toInt(&numeric) : 0;
    return numeric && result > 0 ? result : 0;
}

namespace {

const char *const kConnectionLost = QT_TRANSLATE_NOOP("Vigie::SqlError", "the connection to the server was lost");

// What a PostgreSQL server's error means, in the user's language, for the errors a user can meet and act
// on (libpq and the server say them in English): by SQLSTATE, or by libpq's words where the connection
// broke before the server could give one. "" for the others, whose own words stand.
QString serverErrorReason(const QSqlError &e)
{
    const QString state = e.nativeErrorCode();
    const bool sqlState = state.size() == 5;
    const char *text = nullptr;
    static const struct
    {
        const char *state;
        const char *text;
    } known[] = {
        { "57P01", QT_TRANSLATE_NOOP("Vigie::SqlError", "the server was shut down or restarted, or its administrator ended the connection") },
        { "57P02", QT_TRANSLATE_NOOP("Vigie::SqlError", "the server was shut down or restarted, or its administrator ended the connection") },
        { "57P03", QT_TRANSLATE_NOOP("Vigie::SqlError", "the server does not accept connections yet") },
        { "53100", QT_TRANSLATE_NOOP("Vigie::SqlError", "the server's disk is full") },
        { "53200", QT_TRANSLATE_NOOP("Vigie::SqlError", "the server is out of memory") },
        { "53300", QT_TRANSLATE_NOOP("Vigie::SqlError", "the server has no connection left") },
        { "40001", QT_TRANSLATE_NOOP("Vigie::SqlError", "another change to the same rows was made at the same time: try again") },
        { "40P01", QT_TRANSLATE_NOOP("Vigie::SqlError", "another change to the same rows was made at the same time: try again") },
        { "55P03", QT_TRANSLATE_NOOP("Vigie::SqlError", "another change holds the same rows: try again") },
        { "57014", QT_TRANSLATE_NOOP("Vigie::SqlError", "the server canceled the statement") },
        { "42501", QT_TRANSLATE_NOOP("Vigie::SqlError", "the role may not do this on the server") },
        { "25006", QT_TRANSLATE_NOOP("Vigie::SqlError", "the server only accepts reads (a standby)") },
    };
    if (sqlState && state.startsWith(QLatin1String("08"))) // connection exceptions
        text = kConnectionLost;
    for (const auto &k : known) {
        if (sqlState && state == QLatin1String(k.state))
            text = k.text;
    }
    if (!text) {
        const QString said = e.databaseText() + QLatin1Char(' ') + e.driverText();
        for (const char *lost : { "server closed the connection unexpectedly", "no connection to the server",
                                  "could not receive data from server", "could not send data to server",
                                  "SSL connection has been closed unexpectedly" }) {
            if (said.contains(QLatin1String(lost)))
                text = kConnectionLost;
        }
    }
    if (!text)
        return QString();
    const QString reason = QCoreApplication::translate("Vigie::SqlError", text);
    //: %1: what went wrong, %2: the server's SQLSTATE code, for support
    return sqlState ? QCoreApplication::translate("Vigie::SqlError", "%1 (PostgreSQL error %2)").arg(reason, state) : reason;
}

} // namespace

QString connectionLostReason()
{
    return QCoreApplication::translate("Vigie::SqlError", kConnectionLost);
}

QString sqlErrorText(const QSqlError &e)
{
    const int result = sqliteResultCode(e);
    if (result > 0) {
        const char *text = nullptr;
        switch (result & 0xff) {
        case SQLITE_READONLY:
            text = result == SQLITE_READONLY_DBMOVED
                ? QT_TRANSLATE_NOOP("Vigie::SqlError", "the file was moved, renamed, replaced or deleted while it was open")
                : QT_TRANSLATE_NOOP("Vigie::SqlError", "the file can only be read");
            break;
        case SQLITE_PERM: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "access to the file was refused"); break;
        case SQLITE_BUSY: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "the file is busy with another program's change"); break;
        case SQLITE_LOCKED: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "part of the file is locked by another reader or writer"); break;
        case SQLITE_NOMEM: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "there is not enough memory"); break;
        case SQLITE_IOERR: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "reading or writing the disk failed"); break;
        case SQLITE_CORRUPT: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "its content is damaged"); break;
        case SQLITE_FULL: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "the disk is full"); break;
        case SQLITE_CANTOPEN: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "the file cannot be opened"); break;
        case SQLITE_PROTOCOL: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "the file's lock could not be taken"); break;
        case SQLITE_TOOBIG: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "a value is too big"); break;
        case SQLITE_NOTADB: text = QT_TRANSLATE_NOOP("Vigie::SqlError", "it is not a database"); break;
        default: break;
        }
        if (text) {
            //: %1: what went wrong, %2: SQLite's error number, for support
            return QCoreApplication::translate("Vigie::SqlError", "%1 (SQLite error %2)")
                .arg(QCoreApplication::translate("Vigie::SqlError", text))
                .arg(result);
        }
    }
    if (const QString reason = serverErrorReason(e); !reason.isEmpty())
        return reason;
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

bool readComplete(const PortfolioFile &file, const QSqlQuery &q, QString *error)
{
    const QSqlError e = q.lastError();
    if (!e.isValid())
        return true;
    const QString reason = e.nativeErrorCode() == QString::number(SQLITE_TOOBIG)
        ? PortfolioFile::tr("it holds a value larger than Vigie accepts")
        : sqlErrorText(e);
    file.noteReadError(reason);
    return setError(error, PortfolioFile::tr("the file is damaged: %1").arg(reason));
}

bool statementComplete(const PortfolioFile &file, const SqlStatement &q, QString *error)
{
    if (!q.failed())
        return true;
    const QString reason = error && !error->isEmpty() ? *error : PortfolioFile::tr("a read failed");
    file.noteReadError(reason);
    return setError(error, PortfolioFile::tr("the file is damaged: %1").arg(reason));
}

bool readRow(const PortfolioFile &file, QSqlQuery &q, QString *error)
{
    if (q.next())
        return true;
    if (!readComplete(file, q, error))
        return false;
    return setError(error, PortfolioFile::tr("the file is damaged: a total could not be read"));
}

Project projectForRule(const QSqlQuery &q)
{
    Project p;
    p.budget = q.value(0).toDouble();
    p.plannedStart = dateValue(q.value(1));
    p.plannedEnd = dateValue(q.value(2));
    p.forecastCost = optionalDouble(q.value(3));
    p.forecastEnd = dateValue(q.value(4));
    p.reportedCostVariance = optionalDouble(q.value(5));
    p.reportedScheduleVariance = optionalDouble(q.value(6));
    return p;
}

void configureSqliteForProcess()
{
    // SQLITE_MISUSE once SQLite is initialized (a test that opened a connection first): nothing to undo.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    // A statement that writes many rows keeps the pages it changes in a statement journal, so that it can
    // be undone alone. Past 64 KiB (SQLite's default) that journal spills to a temporary file: a bulk
    // INSERT of 32 rows into a table with several indexes (storage/bulkwrite.h) touches more, and wrote
    // every page twice to the disk. Held in memory up to 8 MiB, spilled past that.
    sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 8 * 1024 * 1024);
}

bool sameStoredValue(const QVariant &a, const QVariant &b)
{
    if (isNullValue(a) || isNullValue(b))
        return isNullValue(a) == isNullValue(b);
    const auto isNumber = [](const QVariant &v) {
        const int t = v.typeId();
        return t == QMetaType::Double || t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::Bool;
    };
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (isNumber(a) != isNumber(b)) {
        // A number against its text (a journaled value): equal when the text reads back as that number.
        const QVariant &number = isNumber(a) ? a : b;
        const QString text = (isNumber(a) ? b : a).toString();
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok && d == number.toDouble();
    }
    return a.toString() == b.toString();
}

namespace {

// YYYY-MM-DD and nothing else, in bytes or in UTF-16.
template<typename Text, typename Unit>
QDate storedDayOf(Text t, Unit (*unit)(Text, int))
{
    if (t.size() != 10 || unit(t, 4) != '-' || unit(t, 7) != '-')
        return {};
    int parts[3] = { 0, 0, 0 };
    for (int i = 0, part = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        const Unit c = unit(t, i);
        if (c < '0' || c > '9')
            return {};
        parts[part] = parts[part] * 10 + int(c - '0');
    }
    return QDate(parts[0], parts[1], parts[2]); // invalid for 2016-02-30, as Qt's ISO reading finds it
}

} // namespace

QDate storedDay(QByteArrayView t)
{
    return storedDayOf<QByteArrayView, char>(t, [](QByteArrayView text, int i) { return text[i]; });
}

QDate storedDay(QStringView t)
{
    return storedDayOf<QStringView, char16_t>(t, [](QStringView text, int i) { return text[i].unicode(); });
}

bool syncBaselines(QSqlDatabase db, RowId projectId)
{
    // The count and the original start always (with no row left after an undo: 0 and empty); the other
    // figures only while a row holds them (with none, what the project row says stays, as the edits that
    // remove the last rows journaled it).
    QSqlQuery count(db);
    count.prepare(QStringLiteral("UPDATE project SET baselines = (SELECT COUNT(*) FROM baseline WHERE project_id = ?), "
                                 "original_start = (SELECT planned_start FROM baseline WHERE project_id = ? "
                                 "ORDER BY sequence LIMIT 1) WHERE id = ?"));
    for (int i = 0; i < 3; ++i)
        count.addBindValue(projectId);
    if (!count.exec())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE project SET "
        " budget = (SELECT budget FROM baseline WHERE project_id = ? ORDER BY sequence DESC LIMIT 1),"
        " planned_start = (SELECT planned_start FROM baseline WHERE project_id = ? ORDER BY sequence DESC LIMIT 1),"
        " planned_end = (SELECT planned_end FROM baseline WHERE project_id = ? ORDER BY sequence DESC LIMIT 1),"
        " original_budget = (SELECT budget FROM baseline WHERE project_id = ? ORDER BY sequence LIMIT 1),"
        " original_end = (SELECT planned_end FROM baseline WHERE project_id = ? ORDER BY sequence LIMIT 1) "
        "WHERE id = ? AND EXISTS (SELECT 1 FROM baseline WHERE project_id = ?)"));
    for (int i = 0; i < 7; ++i)
        q.addBindValue(projectId);
    return q.exec();
}

} // namespace Vigie
