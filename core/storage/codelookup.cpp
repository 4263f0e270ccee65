#include "storage/codelookup.h"

#include "storage/sqldialect.h"

#include <QChar>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Vigie::CodeLookup {

namespace {

// The code points whose simple case folding is c's, c among them ("k": k, K and the Kelvin sign), from a
// table of every code point's folding made the first time a code is looked up (a few milliseconds).
QList<char32_t> caseVariants(char32_t c)
{
    static const QHash<char32_t, QList<char32_t>> byFolding = [] {
        QHash<char32_t, QList<char32_t>> table;
        for (char32_t u = 0; u <= QChar::LastValidCodePoint; ++u) {
            if (QChar::isSurrogate(u))
                continue;
            const char32_t folded = QChar::toCaseFolded(u);
            if (folded == u)
                continue;
            QList<char32_t> &same = table[folded];
            if (same.isEmpty())
                same << folded; // folding is idempotent: the folded letter is one of its own spellings
            same << u;
        }
        return table;
    }();
    const auto it = byFolding.constFind(QChar::toCaseFolded(c));
    return it == byFolding.constEnd() ? QList<char32_t> { c } : *it;
}

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// The first text after every text that starts with `prefix`, in code point order (SQLite's BINARY on
// UTF-8, PostgreSQL's "C"): the prefix with its last code point the next one. Null when there is none.
QString pastPrefix(const QString &prefix)
{
    const QList<uint> points = prefix.toUcs4();
    if (points.isEmpty() || points.constLast() >= QChar::LastValidCodePoint)
        return {};
    QString past;
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        past += fromCodePoint(char32_t(points.at(i)));
    char32_t next = char32_t(points.constLast()) + 1;
    if (QChar::isSurrogate(next))
        next = 0xE000;
    return past + fromCodePoint(next);
}

} // namespace

Condition condition(const QSqlDatabase &db, const QString &code)
{
    const QList<uint> points = code.toUcs4();
    QStringList spellings { QString() };
    qsizetype spelled = 0;
    for (const uint c : points) {
        const QList<char32_t> variants = caseVariants(char32_t(c));
        if (spellings.size() * variants.size() > kMaxSpellings)
            break;
        QStringList longer;
        longer.reserve(spellings.size() * variants.size());
        for (const QString &s : std::as_const(spellings)) {
            for (const char32_t v : variants)
                longer << s + fromCodePoint(v);
        }
        spellings = longer;
        ++spelled;
    }
    Condition out;
    out.spellings = int(spellings.size());
    out.whole = spelled == points.size();
    if (out.whole) {
        QStringList marks;
        for (const QString &s : std::as_const(spellings)) {
            marks << QStringLiteral("?");
            out.values << s;
        }
        out.where = QStringLiteral("code IN (%1)").arg(marks.join(QStringLiteral(", ")));
        return out;
    }
    // Codes starting with a spelling of the prefix: index ranges, compared code point by code point on
    // both back ends (a server's own collation may order them otherwise).
    const QString column = SqlDialect::byCodePoint(db, QStringLiteral("code"));
    QStringList ranges;
    for (const QString &s : std::as_const(spellings)) {
        const QString past = pastPrefix(s);
        out.values << s;
        if (past.isNull()) {
            ranges << QStringLiteral("%1 >= ?").arg(column);
        } else {
            ranges << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column);
            out.values << past;
        }
    }
    out.where = QStringLiteral("(%1)").arg(ranges.join(QStringLiteral(" OR ")));
    return out;
}

bool sameIgnoringCase(const QSqlDatabase &db, QSqlQuery &q, const QString &table, const QString &code,
                      const QString &exceptUuid, QList<Row> *rows)
{
    rows->clear();
    const Condition c = condition(db, code);
    q.setForwardOnly(true);
    // '' rather than NULL for no row left out: NULL would compare as unknown.
    if (!q.prepare(QStringLiteral("SELECT uuid, code FROM %1 WHERE %2 AND uuid <> ?").arg(table, c.where)))
        return false;
    for (const QVariant &v : c.values)
        q.addBindValue(v);
    q.addBindValue(exceptUuid.isEmpty() ? QStringLiteral("") : exceptUuid);
    if (!q.exec())
        return false;
    while (q.next()) {
        const QString stored = q.value(1).toString();
        if (stored.compare(code, Qt::CaseInsensitive) == 0)
            rows->append({ q.value(0).toString(), stored });
    }
    return !q.lastError().isValid(); // a read stopped by an error is not "no such code"
}

} // namespace Vigie::CodeLookup
