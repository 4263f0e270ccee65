#include "integrity.h"

#include "storage/fileguard.h"
#include "storage/portfoliofile.h"
#include "storage/readahead.h"
#include "storage/recovery.h"
#include "storage/schemacheck.h"
#include "storage/sqlutil.h"

#include <QAtomicInt>
#include <QDir>
#include <QSqlQuery>

namespace Vigie {

namespace {

const int kMaxFindings = 100;

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("vigie-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite reports findings one a line, sometimes several in one row.
void addFindings(IntegrityCheck::Report *r, const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (r->findings.size() >= kMaxFindings) {
            r->findingsTruncated = true;
            return;
        }
        r->findings << line.trimmed();
    }
}

void examine(const QSqlDatabase &db, int version, IntegrityCheck::Report *r, const QString &shown)
{
    QString readError;
    QStringList extras, indexes;
    const QStringList differences = SchemaCheck::differences(db, version, &readError, &extras, &indexes);
    if (!readError.isEmpty()) {
        addFindings(r, IntegrityCheck::tr("the list of tables cannot be read (%1)").arg(readError));
        return;
    }
    if (!differences.isEmpty() || !extras.isEmpty() || !indexes.isEmpty()) {
        r->refusal = IntegrityCheck::tr("%1: not a Vigie portfolio, or one altered outside Vigie: %2.")
                         .arg(shown, (extras + differences + indexes).join(QLatin1String("; ")));
        r->salvageable = differences.isEmpty();
        return;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(kMaxFindings))) {
        addFindings(r, sqlErrorText(q.lastError()));
        return;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            addFindings(r, line);
    }
    if (q.lastError().isValid())
        addFindings(r, sqlErrorText(q.lastError()));
    // Read-only, SQLite's check does not see CHECK constraints.
    QString checkError;
    for (const QString &v : SchemaCheck::constraintViolations(db, version, &checkError))
        addFindings(r, v);
    if (!checkError.isEmpty())
        addFindings(r, checkError);
    if (!r->findings.isEmpty())
        return;
    // Rows pointing at rows that are not there: Vigie enforces foreign keys, so only damage or an edit
    // outside Vigie leaves them.
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        QHash<QString, int> orphans;
        while (q.next())
            orphans[q.value(0).toString()]++;
        for (auto it = orphans.cbegin(); it != orphans.cend(); ++it)
            addFindings(r, IntegrityCheck::tr("%n row(s) of %1 refer to rows that do not exist", nullptr, it.value())
                               .arg(it.key()));
    }
    if (q.lastError().isValid())
        addFindings(r, sqlErrorText(q.lastError()));
    // A project row's original baseline and its count of baseline rows (schema 6) follow the rows; the
    // summary and the charts read them from the project row.
    if (version >= 6
        && q.exec(QStringLiteral(
            "SELECT COUNT(*), MIN(p.code) FROM project p "
            "LEFT JOIN (SELECT project_id, COUNT(*) AS n, MIN(sequence) AS first FROM baseline GROUP BY project_id) g "
            "ON g.project_id = p.id LEFT JOIN baseline f ON f.project_id = g.project_id AND f.sequence = g.first "
            "WHERE p.baselines IS NOT COALESCE(g.n, 0) OR p.original_start IS NOT f.planned_start "
            "OR (g.n IS NOT NULL AND (p.original_budget IS NOT f.budget OR p.original_end IS NOT f.planned_end))"))
        && q.next() && q.value(0).toLongLong() > 0)
        addFindings(r, IntegrityCheck::tr("%Ln project(s), %1 first, hold an original baseline that is not their first "
                                          "baseline row", nullptr, int(q.value(0).toLongLong()))
                           .arg(q.value(1).toString()));
    if (q.lastError().isValid())
        addFindings(r, sqlErrorText(q.lastError()));
    if (r->findings.isEmpty() && q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next())
        r->projects = q.value(0).toLongLong();
}

} // namespace

IntegrityCheck::Report IntegrityCheck::run(const QString &path)
{
    Report r;
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isFile()) {
        if (FileError e = Recovery::recoverInterruptedChange(path, &r.recoveryNote)) {
            r.refusal = e.message;
            return r;
        }
    }
    if (FileError e = PortfolioFile::checkHeader(path, &r.version)) {
        // A file the header shows damaged (cut short) is still examined; anything else is refused.
        if (e.code != FileError::Corrupt || r.version == 0) {
            r.refusal = e.message;
            return r;
        }
        addFindings(&r, e.message);
    }
    const QString connection = connectionName();
    QString message;
    if (!FileGuard::openConnection(connection, path, true, &message)) {
        addFindings(&r, message);
    } else {
        const ReadAhead ahead(path); // a large file is read from end to end beside the check
        examine(QSqlDatabase::database(connection, false), r.version, &r, shown);
    }
    FileGuard::closeConnection(connection);
    return r;
}

} // namespace Vigie
