#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

namespace Vigie::CodeLookup {

// Where a code's other spellings are in a table whose `code` column is unique: what to ask the code's
// index for. Codes are the same ignoring case as QString::compare with Qt::CaseInsensitive tells (Unicode
// simple case folding: "gc-01" and GC-01, "été" and ÉTÉ, "k" and the Kelvin sign). A code of few letters
// is asked as every spelling of them ("AMF-2014-001" has eight: point lookups); a longer one as every code
// starting with a spelling of its first letters (index ranges), the rest compared by whoever reads them.
struct Condition
{
    QString where;       // for `WHERE`, with a placeholder for each value; the code column is `code`
    QVariantList values; // bound in order
    int spellings = 0;   // the spellings asked (point lookups or ranges)
    bool whole = false;  // every spelling of the whole code (else ranges of a prefix's spellings)
};

// At most this many spellings are asked: a code beyond it is looked up by the ranges of its longest prefix
// within it.
constexpr int kMaxSpellings = 64;

Condition condition(const QSqlDatabase &db, const QString &code);

struct Row
{
    QString uuid;
    QString code;
};

// The rows of `table` whose code is the same as `code` ignoring case, the row `exceptUuid` left out (empty:
// none), read through the code's index rather than by reading every code, with `q` (a query on `db`, whose
// error the caller reads). False when the query fails.
bool sameIgnoringCase(const QSqlDatabase &db, QSqlQuery &q, const QString &table, const QString &code,
                      const QString &exceptUuid, QList<Row> *rows);

} // namespace Vigie::CodeLookup
