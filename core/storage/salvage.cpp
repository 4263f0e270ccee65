#include "salvage.h"

#include "i18n/language.h"
#include "rules/healthrule.h"
#include "storage/fileguard.h"
#include "storage/sqlaccess.h"
#include "storage/outputfile.h"
#include "storage/pagescan.h"
#include "storage/portfoliofile.h"
#include "storage/recovery.h"
#include "storage/schemacheck.h"
#include "storage/sqlutil.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <optional>

namespace Vigie {

namespace {

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("vigie-salvage-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Column names come from our own schema (checked identical), never from user data.
QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            columns << q.value(1).toString();
    }
    return columns;
}

QStringList tablesOf(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY rootpage"))) {
        while (q.next())
            tables << q.value(0).toString();
    }
    return tables;
}

// The damaged file's connection, opened afresh after every error. When a read fails on a damaged page,
// SQLite keeps that page in the connection's cache marked as already checked; the statements after it
// then read its cells unchecked, and a seek into it returned row ids taken from the memory past the page
// (3139 in a table of 214 rows), different on every run: the copy ended there, or skipped a stretch of
// intact rows. A new connection starts with an empty cache, so every statement meets the damaged page
// as the first one did and fails the same way.
class Source
{
public:
    explicit Source(const QString &connection)
        : m_connection(connection)
    {
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    // After any error from the damaged file, before its next statement. False (with *fatal set) when
    // the file cannot be opened again.
    bool afterError(QString *fatal) const
    {
        QString reason;
        return FileGuard::reopenConnection(m_connection, &reason)
            || setError(fatal, Salvage::tr("the damaged file could not be opened again (%1)").arg(reason));
    }

private:
    QString m_connection;
};

// Whether seeking `from` finds a row past it: the row id, nothing at the end of the table, or an error
// when the seek goes through a damaged page (a row id before `from` can only come from one).
enum class Seek { Row, End, Damaged, Fatal };
Seek seek(const Source &src, const QString &table, qint64 from, qint64 *row, QString *fatal)
{
    QSqlQuery q(src.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE rowid >= ? ORDER BY rowid LIMIT 1").arg(table));
    q.addBindValue(from);
    if (q.exec() && q.next()) {
        *row = q.value(0).toLongLong();
        if (*row >= from)
            return Seek::Row;
    } else if (!q.lastError().isValid()) {
        return Seek::End;
    }
    q = QSqlQuery();
    return src.afterError(fatal) ? Seek::Damaged : Seek::Fatal;
}

// The first row id past a damaged stretch that starts after `after`: seeks ever further ahead (each
// seek goes down the table's tree by its own path) until one lands on a readable page, then narrows
// down the first key that does, so the readable rows at the start of that page are kept. Nothing when
// no readable row follows.
std::optional<qint64> nextReadable(const Source &src, const QString &table, qint64 after, bool *ok, QString *fatal)
{
    qint64 failed = after; // the largest start known to go through damage
    qint64 clean = 0;      // a start known to seek cleanly
    std::optional<qint64> best;
    bool found = false;
    for (int bit = 0; bit <= 62; ++bit) { // steps of 1, 2, 4… 2^62: doubling 2^62 would overflow
        const qint64 step = qint64(1) << bit;
        if (after > std::numeric_limits<qint64>::max() - step)
            break;
        qint64 row = 0;
        const Seek s = seek(src, table, after + step, &row, fatal);
        if (s == Seek::Fatal) {
            *ok = false;
            return std::nullopt;
        }
        if (s == Seek::Damaged) {
            failed = after + step;
            continue;
        }
        clean = after + step;
        best = s == Seek::Row ? std::optional<qint64>(row) : std::nullopt;
        found = true;
        break;
    }
    if (!found)
        return std::nullopt;
    while (clean - failed > 1) {
        const qint64 mid = failed + (clean - failed) / 2;
        qint64 row = 0;
        const Seek s = seek(src, table, mid, &row, fatal);
        if (s == Seek::Fatal) {
            *ok = false;
            return std::nullopt;
        }
        if (s == Seek::Damaged) {
            failed = mid;
        } else {
            clean = mid;
            best = s == Seek::Row ? std::optional<qint64>(row) : std::nullopt;
        }
    }
    return best;
}

// The rows of `table` that its indexes list but that could not be read from the table: an index keeps
// the row id of every row on pages of its own, so a page lost from the table does not hide how many rows
// it held. -1 when no index of the table could be read whole (a table without one, or all damaged).
// False only when the damaged file could not be opened again.
bool countLost(const Source &src, const QString &table, const QSet<qint64> &read, qint64 *lost, QString *fatal)
{
    *lost = -1;
    QStringList indexes;
    QSqlQuery q(src.db());
    q.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? ORDER BY name"));
    q.addBindValue(table);
    if (q.exec()) {
        while (q.next())
            indexes << q.value(0).toString();
    }
    if (q.lastError().isValid()) {
        q = QSqlQuery();
        return src.afterError(fatal);
    }
    QSet<qint64> listed;
    bool wholeIndex = false;
    for (const QString &index : std::as_const(indexes)) {
        // Names from the checked schema, never from user data; only the row id is read: the index alone.
        q = QSqlQuery(src.db());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT rowid FROM %1 INDEXED BY %2").arg(table, index))) {
            while (q.next())
                listed.insert(q.value(0).toLongLong());
        }
        if (!q.lastError().isValid()) {
            wholeIndex = true;
            continue;
        }
        q = QSqlQuery();
        if (!src.afterError(fatal))
            return false;
    }
    if (wholeIndex) {
        *lost = 0;
        for (qint64 row : std::as_const(listed))
            *lost += read.contains(row) ? 0 : 1;
    }
    return true;
}

// One table on its way into the copy.
struct TableCopy
{
    QString table;
    QStringList columns; // the copy's columns that the damaged file has too, in the copy's order
    QSet<qint64> read;   // every row id read from the table, kept or refused
    Salvage::TableReport *report = nullptr;
};

bool prepareInsert(QSqlQuery *insert, const TableCopy &t, QString *fatal)
{
    QStringList marks;
    for (int i = 0; i < t.columns.size(); ++i)
        marks << QStringLiteral("?");
    return insert->prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                               .arg(t.table, t.columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))))
        || setError(fatal, sqlErrorText(insert->lastError()));
}

// Copies the rows of `t.table` that its tree reaches, row ids included (links between rows stay valid),
// stepping over damaged stretches.
bool copyTable(const Source &src, const QSqlDatabase &dst, TableCopy *t, QString *fatal)
{
    const QString &table = t->table;
    const QStringList &columns = t->columns;
    Salvage::TableReport *r = t->report;
    const QString list = columns.join(QLatin1String(", "));
    QSqlQuery insert(dst);
    if (!prepareInsert(&insert, *t, fatal))
        return false;
    QSet<qint64> &read = t->read;
    QSqlQuery rows(src.db());
    rows.setForwardOnly(true);
    qint64 from = std::numeric_limits<qint64>::min(); // inclusive: a seek to `from` is known to be clean
    for (;;) {
        rows.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid >= ? ORDER BY rowid").arg(list, table));
        rows.addBindValue(from);
        bool progressed = false;
        bool disorder = false; // a row id out of order: read from a damaged page
        qint64 last = from;
        if (rows.exec()) {
            while (rows.next()) {
                const qint64 row = rows.value(0).toLongLong();
                if (row < from || (progressed && row <= last)) {
                    disorder = true;
                    break;
                }
                last = row;
                progressed = true;
                read.insert(row);
                for (int i = 0; i < columns.size(); ++i)
                    insert.bindValue(i, rows.value(i + 1));
                if (!insert.exec())
                    return setError(fatal, sqlErrorText(insert.lastError())); // the new file cannot be written
                if (insert.numRowsAffected() == 1)
                    ++r->kept;
                else
                    ++r->refused;
            }
        }
        if (!disorder && !rows.lastError().isValid())
            break;
        // Reading stopped on a damaged page, after the last row read or (nothing read) at the row the
        // seek found, whose own content is then damaged: look past it.
        rows.finish();
        if (!src.afterError(fatal))
            return false;
        ++r->damagedStretches;
        qint64 base = progressed ? last : from;
        if (base == std::numeric_limits<qint64>::min())
            base = -1; // damage before the first row: Vigie's row ids start at 1
        bool ok = true;
        const std::optional<qint64> next = nextReadable(src, table, base, &ok, fatal);
        if (!ok)
            return false;
        if (!next)
            break;
        from = *next;
    }
    return true;
}

// A column of a damaged file's table, which a row read from a page must fit.
struct SourceColumn
{
    enum Kind { Any, Integer, Text, Real };
    QString name;
    Kind kind = Any;
    bool notNull = false;
    bool rowidAlias = false;          // INTEGER PRIMARY KEY: stored as NULL, the row id is its value
    std::optional<QVariant> fallback; // the value of a row stored before the column was added
};

// The value of a column's DEFAULT clause as PRAGMA table_info gives it (a literal in Vigie's schema).
std::optional<QVariant> defaultValue(const QVariant &clause, bool notNull)
{
    if (clause.isNull())
        return notNull ? std::nullopt : std::optional<QVariant>(QVariant());
    const QString text = clause.toString().trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
        return QVariant(text.mid(1, text.size() - 2).replace(QLatin1String("''"), QLatin1String("'")));
    bool isNumber = false;
    if (const qint64 i = text.toLongLong(&isNumber); isNumber)
        return QVariant(i);
    if (const double d = text.toDouble(&isNumber); isNumber)
        return QVariant(d);
    if (!notNull && text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return QVariant();
    return std::nullopt;
}

QList<SourceColumn> sourceColumns(const QSqlDatabase &db, const QString &table)
{
    QList<SourceColumn> columns;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return columns;
    int keys = 0;
    while (q.next()) {
        SourceColumn c;
        c.name = q.value(1).toString();
        const QString type = q.value(2).toString().toUpper();
        // SQLite's rules for a declared type's affinity, in their order.
        if (type.contains(QLatin1String("INT")))
            c.kind = SourceColumn::Integer;
        else if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) || type.contains(QLatin1String("TEXT")))
            c.kind = SourceColumn::Text;
        else if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB")))
            c.kind = SourceColumn::Real;
        c.notNull = q.value(3).toBool();
        c.fallback = defaultValue(q.value(4), c.notNull);
        c.rowidAlias = q.value(5).toInt() > 0 && type == QLatin1String("INTEGER");
        keys += q.value(5).toInt() > 0 ? 1 : 0;
        columns << c;
    }
    if (keys > 1) {
        for (SourceColumn &c : columns)
            c.rowidAlias = false; // a composite key is no alias of the row id
    }
    return columns;
}

// The row's values, one per column of the table, or nothing when it cannot be one of the table's rows.
std::optional<QVariantList> fitRow(const PageScan::Row &row, const QList<SourceColumn> &columns)
{
    if (row.values.size() > columns.size())
        return std::nullopt;
    QVariantList values;
    for (int i = 0; i < columns.size(); ++i) {
        const SourceColumn &c = columns.at(i);
        if (i >= row.values.size()) {
            if (!c.fallback || c.rowidAlias)
                return std::nullopt;
            values << *c.fallback;
            continue;
        }
        const QVariant &v = row.values.at(i);
        if (c.rowidAlias) {
            if (!v.isNull())
                return std::nullopt;
            values << QVariant(row.rowid);
            continue;
        }
        const int type = v.typeId();
        const bool number = type == QMetaType::LongLong || type == QMetaType::Double;
        if ((v.isNull() && c.notNull) || (!v.isNull() && (c.kind == SourceColumn::Text ? type != QMetaType::QString
                                                          : c.kind != SourceColumn::Any && !number)))
            return std::nullopt;
        values << v;
    }
    return values;
}

// Rows of damaged tables that no tree reaches any more, because a damaged interior page was above them,
// read from their leaf pages themselves (PageScan). A page goes to the damaged table that all its rows
// fit, or when several do, to the one whose number of columns they have; a page that still fits more
// than one table is left out and counted. Rows already copied through the tree are not read again.
bool rescueLoosePages(const Source &src, const QSqlDatabase &dst, QList<TableCopy> &copies, int *unplaced,
                      QString *fatal)
{
    struct Candidate
    {
        TableCopy *copy;
        QList<SourceColumn> columns;
    };
    QList<Candidate> damaged;
    for (TableCopy &t : copies) {
        if (t.report->damagedStretches)
            damaged.append({ &t, sourceColumns(src.db(), t.table) });
    }
    if (damaged.isEmpty())
        return true;
    QList<quint32> roots;
    QSqlQuery q(src.db());
    if (q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE rootpage > 0"))) {
        while (q.next())
            roots << q.value(0).toUInt();
    }
    if (q.lastError().isValid()) {
        q = QSqlQuery();
        return src.afterError(fatal); // without every tree's root, any page could look cut off
    }
    PageScan scan;
    if (!scan.open(src.db().databaseName()))
        return true; // the copy keeps what the trees gave
    for (const PageScan::LoosePage &page : scan.loosePages(roots)) {
        // Each damaged table the page's rows all fit, with the rows as its values; those whose number of
        // columns the rows have in full.
        QList<std::pair<const Candidate *, QList<QVariantList>>> fitting;
        QList<qsizetype> exact; // indexes in `fitting`
        for (const Candidate &c : std::as_const(damaged)) {
            QList<QVariantList> rows;
            bool full = true;
            for (const PageScan::Row &row : page.rows) {
                const std::optional<QVariantList> values = fitRow(row, c.columns);
                if (!values)
                    break;
                rows << *values;
                full = full && row.values.size() == c.columns.size();
            }
            if (page.rows.isEmpty() || rows.size() != page.rows.size())
                continue;
            if (full)
                exact << fitting.size();
            fitting.append({ &c, rows });
        }
        const qsizetype pick = fitting.size() == 1 ? 0 : exact.size() == 1 ? exact.first() : -1;
        if (pick < 0) {
            *unplaced += fitting.isEmpty() ? 0 : 1;
            continue;
        }
        const Candidate *chosen = fitting.at(pick).first;
        const QList<QVariantList> &fitted = fitting.at(pick).second;
        TableCopy *t = chosen->copy;
        QSqlQuery insert(dst);
        if (!prepareInsert(&insert, *t, fatal))
            return false;
        QList<int> from; // for each of the copy's columns, its place in the damaged file's table
        for (const QString &name : std::as_const(t->columns)) {
            from << int(std::find_if(chosen->columns.cbegin(), chosen->columns.cend(),
                                     [&](const SourceColumn &c) { return c.name == name; })
                        - chosen->columns.cbegin());
        }
        for (qsizetype r = 0; r < page.rows.size(); ++r) {
            const qint64 rowid = page.rows.at(r).rowid;
            if (t->read.contains(rowid))
                continue;
            t->read.insert(rowid);
            const QVariantList &values = fitted.at(r);
            for (int i = 0; i < from.size(); ++i)
                insert.bindValue(i, values.value(from.at(i)));
            if (!insert.exec())
                return setError(fatal, sqlErrorText(insert.lastError()));
            if (insert.numRowsAffected() == 1) {
                ++t->report->kept;
                ++t->report->rescued;
            } else {
                ++t->report->refused;
            }
        }
    }
    return true;
}

// Rows whose parent was lost: unlinked where the link is optional, dropped where it is not. Dropping a
// row can orphan its own children, hence the passes.
bool repairLinks(const QSqlDatabase &dst, QHash<QString, Salvage::TableReport *> &reports, QString *fatal)
{
    QSqlQuery q(dst);
    QHash<QString, QSet<qint64>> unlinked; // per table, the rows whose optional link was cleared
    for (int pass = 0; pass < 32; ++pass) {
        struct Orphan
        {
            QString table;
            qint64 rowid;
            int fk;
        };
        QList<Orphan> orphans;
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return setError(fatal, sqlErrorText(q.lastError()));
        while (q.next())
            orphans.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(3).toInt() });
        if (orphans.isEmpty())
            return true;
        for (const Orphan &o : orphans) {
            QString column;
            if (q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(o.table))) {
                while (q.next()) {
                    if (q.value(0).toInt() == o.fk)
                        column = q.value(3).toString();
                }
            }
            bool required = true;
            if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(o.table))) {
                while (q.next()) {
                    if (q.value(1).toString() == column)
                        required = q.value(3).toBool();
                }
            }
            Salvage::TableReport *r = reports.value(o.table);
            const bool drop = required || column.isEmpty();
            if (drop)
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(o.table));
            else
                q.prepare(QStringLiteral("UPDATE %1 SET %2 = NULL WHERE rowid = ?").arg(o.table, column));
            q.addBindValue(o.rowid);
            if (!q.exec())
                return setError(fatal, sqlErrorText(q.lastError()));
            if (!r || q.numRowsAffected() != 1)
                continue; // the row went with an earlier link of its own
            // A row counts once: unlinked however many of its links were cleared, only dropped when a
            // required link was lost too.
            QSet<qint64> &rows = unlinked[o.table];
            if (drop) {
                --r->kept;
                ++r->dropped;
                if (rows.remove(o.rowid))
                    --r->unlinked;
            } else if (!rows.contains(o.rowid)) {
                rows.insert(o.rowid);
                ++r->unlinked;
            }
        }
    }
    return setError(fatal, Salvage::tr("the links between rows could not be repaired"));
}

bool copyAll(const Source &src, PortfolioFile &target, const QString &origin, Salvage::Report *report,
             QString *fatal)
{
    QSqlDatabase dst = sqlDatabase(target);
    QSqlQuery q(dst);
    // Links are repaired once every readable row is in (a child may come before its parent).
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) || !dst.transaction())
        return setError(fatal, sqlErrorText(q.lastError()));
    bool ok = q.exec(QStringLiteral("DELETE FROM portfolio"));
    const QStringList sourceTables = tablesOf(src.db());
    QList<TableCopy> copies;
    for (const QString &table : tablesOf(dst)) {
        if (!sourceTables.contains(table))
            continue;
        const QStringList sourceColumns = columnsOf(src.db(), table);
        TableCopy t;
        t.table = table;
        for (const QString &c : columnsOf(dst, table)) {
            if (sourceColumns.contains(c))
                t.columns << c;
        }
        copies.append(t);
        Salvage::TableReport r;
        r.table = table;
        report->tables.append(r);
    }
    QHash<QString, Salvage::TableReport *> byTable;
    for (int i = 0; i < copies.size(); ++i) {
        copies[i].report = &report->tables[i];
        byTable.insert(copies[i].table, copies[i].report);
    }
    for (TableCopy &t : copies)
        ok = ok && copyTable(src, dst, &t, fatal);
    ok = ok && rescueLoosePages(src, dst, copies, &report->unplacedPages, fatal);
    for (const TableCopy &t : std::as_const(copies)) {
        if (ok && t.report->damagedStretches)
            ok = countLost(src, t.table, t.read, &t.report->lost, fatal);
    }
    ok = ok && repairLinks(dst, byTable, fatal);
    if (ok && byTable.contains(QStringLiteral("portfolio")) && byTable.value(QStringLiteral("portfolio"))->kept == 0) {
        report->portfolioRowLost = true;
        q.prepare(QStringLiteral("INSERT INTO portfolio (id, uuid, name, health_rule, created_at) VALUES (1, ?, ?, ?, ?)"));
        q.addBindValue(PortfolioFile::newUuid());
        q.addBindValue(Salvage::tr("Recovered portfolio"));
        q.addBindValue(HealthRule::variance1030().toJson());
        q.addBindValue(target.now().toString(Qt::ISODate));
        ok = q.exec() || setError(fatal, sqlErrorText(q.lastError()));
    }
    // The copy's own history says where it came from: a changeset with no rows to revert.
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO changeset (uuid, label, label_fr, author, created_at, origin) "
                                 "VALUES (?, ?, ?, ?, ?, 'recover')"));
        q.addBindValue(PortfolioFile::newUuid());
        //: The name of the recovered copy's first change (its history), e.g. "Recovered from quebec.vigie"
        const BilingualText named = Language::inBoth([&] { return Salvage::tr("Recovered from %1").arg(origin); });
        q.addBindValue(textOrEmpty(named.en)); // never NULL: NOT NULL columns
        q.addBindValue(textOrEmpty(named.fr));
        q.addBindValue(target.author());
        q.addBindValue(target.now().toUTC().toString(Qt::ISODateWithMs));
        ok = q.exec() || setError(fatal, sqlErrorText(q.lastError()));
    }
    if (ok && !dst.commit())
        ok = setError(fatal, sqlErrorText(dst.lastError()));
    if (!ok)
        dst.rollback();
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return ok;
}

// What a table holds, in the report's words (its SQL name means nothing to the reader).
QString tableLabel(const QString &table)
{
    static const struct
    {
        const char *table;
        const char *label;
    } labels[] = {
        { "portfolio", QT_TRANSLATE_NOOP("Vigie::Salvage", "portfolio settings") },
        { "organization", QT_TRANSLATE_NOOP("Vigie::Salvage", "organizations") },
        { "plan", QT_TRANSLATE_NOOP("Vigie::Salvage", "plans") },
        { "key_area", QT_TRANSLATE_NOOP("Vigie::Salvage", "key areas") },
        { "measure", QT_TRANSLATE_NOOP("Vigie::Salvage", "measures") },
        { "measure_status_history", QT_TRANSLATE_NOOP("Vigie::Salvage", "measure status history") },
        { "project", QT_TRANSLATE_NOOP("Vigie::Salvage", "projects") },
        { "baseline", QT_TRANSLATE_NOOP("Vigie::Salvage", "baselines") },
        { "decision", QT_TRANSLATE_NOOP("Vigie::Salvage", "decisions") },
        { "project_measure", QT_TRANSLATE_NOOP("Vigie::Salvage", "links between projects and measures") },
        { "reporting_period", QT_TRANSLATE_NOOP("Vigie::Salvage", "reporting periods") },
        { "period_project", QT_TRANSLATE_NOOP("Vigie::Salvage", "projects as frozen in periods") },
        { "period_measure", QT_TRANSLATE_NOOP("Vigie::Salvage", "measures as frozen in periods") },
        { "specialty", QT_TRANSLATE_NOOP("Vigie::Salvage", "workforce specialties") },
        { "workforce", QT_TRANSLATE_NOOP("Vigie::Salvage", "workforce figures") },
        { "envelope", QT_TRANSLATE_NOOP("Vigie::Salvage", "investment envelopes") },
        { "change_journal", QT_TRANSLATE_NOOP("Vigie::Salvage", "changes recorded for undo") },
        { "changeset", QT_TRANSLATE_NOOP("Vigie::Salvage", "edit history") },
        { "briefing_item", QT_TRANSLATE_NOOP("Vigie::Salvage", "briefing items") },
        { "copy_origin", QT_TRANSLATE_NOOP("Vigie::Salvage", "origin of this copy") },
        { "copy_merge", QT_TRANSLATE_NOOP("Vigie::Salvage", "copies merged") },
        { "merge_log", QT_TRANSLATE_NOOP("Vigie::Salvage", "merge log") },
    };
    for (const auto &l : labels) {
        if (table == QLatin1String(l.table))
            return Salvage::tr(l.label);
    }
    return table;
}

} // namespace

qint64 Salvage::Report::kept() const
{
    qint64 n = 0;
    for (const TableReport &t : tables)
        n += t.kept;
    return n;
}

qint64 Salvage::Report::lost() const
{
    qint64 n = 0;
    for (const TableReport &t : tables)
        n += qMax<qint64>(t.lost, 0);
    return n;
}

bool Salvage::Report::complete() const
{
    for (const TableReport &t : tables) {
        if (t.damagedStretches || t.lost || t.refused || t.dropped || t.unlinked)
            return false;
    }
    return !portfolioRowLost;
}

QString Salvage::Report::text(const QString &outPath) const
{
    QStringList parts;
    parts << tr("%1: recovered copy written with %Ln row(s).", nullptr, int(qMin<qint64>(kept(), INT_MAX)))
                 .arg(QDir::toNativeSeparators(outPath));
    if (complete())
        parts << tr("Every row could be read.");
    for (const TableReport &t : tables) {
        QStringList losses;
        if (t.damagedStretches && t.lost >= 0) {
            losses << tr("%n damaged part(s) skipped", nullptr, t.damagedStretches)
                   << tr("%Ln unreadable row(s) lost", nullptr, int(qMin<qint64>(t.lost, INT_MAX)));
        } else if (t.damagedStretches) {
            losses << tr("%n damaged part(s) skipped, an unknown number of rows lost", nullptr, t.damagedStretches);
        }
        if (t.rescued)
            losses << tr("%Ln row(s) read from pages the damage had cut off", nullptr, int(qMin<qint64>(t.rescued, INT_MAX)));
        if (t.refused)
            losses << tr("%Ln row(s) breaking the file's rules left out", nullptr, int(t.refused));
        if (t.dropped)
            losses << tr("%Ln row(s) dropped because the row they belong to was lost", nullptr, int(t.dropped));
        if (t.unlinked)
            losses << tr("%Ln row(s) kept without their link to a lost row", nullptr, int(t.unlinked));
        if (!losses.isEmpty()) {
            QString label = tableLabel(t.table); // it begins a sentence: "Projects: 1 damaged part skipped, …"
            if (!label.isEmpty())
                label[0] = label.at(0).toUpper();
            parts << tr("%1: %2.").arg(label, losses.join(QLatin1String(", ")));
        }
    }
    if (unplacedPages)
        parts << tr("%n page(s) of rows that could belong to more than one table were left out.", nullptr, unplacedPages);
    if (portfolioRowLost)
        parts << tr("The portfolio's name and settings could not be read; defaults were used.");
    if (!indexesRebuilt.isEmpty())
        //: What a salvage mended: "Indexes made anew: the index "project_budget" is missing."
        parts << tr("Indexes made anew: %1.").arg(indexesRebuilt.join(QLatin1String("; ")));
    if (!leftBehind.isEmpty())
        //: What a salvage did not copy: "Left behind: a trigger "wipe" on project, which Vigie never creates."
        parts << tr("Left behind: %1.").arg(leftBehind.join(QLatin1String("; ")));
    return parts.join(QLatin1Char(' '));
}

bool Salvage::saveRecoveredCopy(const QString &damaged, const QString &out, Report *report, QString *error)
{
    *report = Report();
    const QString shown = QDir::toNativeSeparators(damaged);
    if (QFileInfo::exists(out) && QFileInfo(out).canonicalFilePath() == QFileInfo(damaged).canonicalFilePath())
        return setError(error, tr("%1: the recovered copy must be a new file, not the damaged one.")
                                   .arg(QDir::toNativeSeparators(out)));
    QString note;
    if (QFileInfo(damaged).isFile()) {
        if (FileError e = Recovery::recoverInterruptedChange(damaged, &note))
            return setError(error, e.message);
    }
    int version = 0;
    if (FileError e = PortfolioFile::checkHeader(damaged, &version); e && (e.code != FileError::Corrupt || version == 0))
        return setError(error, e.message);

    const QString connection = connectionName();
    QString message;
    bool ok = FileGuard::openConnection(connection, damaged, true, &message);
    QSqlDatabase src = QSqlDatabase::database(connection, false);
    if (ok) {
        QString readError;
        const QStringList differences =
            SchemaCheck::differences(src, version, &readError, &report->leftBehind, &report->indexesRebuilt);
        if (!readError.isEmpty())
            message = tr("%1: the list of its tables is damaged; nothing can be recovered (%2).").arg(shown, readError);
        else if (!differences.isEmpty())
            message = tr("%1: not a Vigie portfolio, or one altered outside Vigie: %2.")
                          .arg(shown, differences.join(QLatin1String("; ")));
        ok = message.isEmpty();
    } else {
        message = tr("%1: cannot be opened (%2).").arg(shown, message);
    }
    if (ok) {
        ok = OutputFile::writeByName(out, [&](const QString &temp, QString *reason) {
            FileError fe;
            std::unique_ptr<PortfolioFile> target = PortfolioFile::create(temp, tr("Recovered portfolio"), &fe);
            if (!target) {
                *reason = fe.message;
                return false;
            }
            QString fatal;
            if (!copyAll(Source(connection), *target, QFileInfo(damaged).fileName(), report, &fatal)) {
                *reason = fatal;
                return false;
            }
            return true;
        }, &message);
    }
    src = QSqlDatabase();
    FileGuard::closeConnection(connection);
    return ok || setError(error, message);
}

} // namespace Vigie
