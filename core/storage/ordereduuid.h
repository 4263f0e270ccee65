#pragma once

#include <QString>

namespace Vigie::OrderedUuid {

// New rows get version 7 UUIDs (RFC 9562): the first 48 bits are the time in milliseconds, the next 12 a
// counter, the rest random. Each table's `uuid` column is a UNIQUE index; a random (version 4) UUID lands
// anywhere in it, so every insert of a bulk write (an import, the freeze of a period, a merge) touched
// a different page of an index that outgrows SQLite's cache: at a million rows, three and a half
// times the time of UUIDs in order, which SQLite appends (docs/PERFORMANCE.md). Still unique and random
// enough (74 random or counter bits per millisecond); they say when a row was made, which the journal
// says too.

// The next UUID, after every one this process made before (in text order too: lower-case hexadecimal).
QString next();

// A millisecond no UUID of next() will use, for a statement that makes its own (sqlExpression()); every
// later next() sorts after that statement's UUIDs.
qint64 reserveMillisecond();

// The 36 characters of the version 7 UUID of millisecond `ms` and counter `counter` (below 2^42) with
// `random` in its last 32 bits: what sqlExpression() makes, for tests.
QString fromParts(qint64 ms, qint64 counter, quint32 random);

} // namespace Vigie::OrderedUuid
