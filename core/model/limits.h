#pragma once

// How big a value Vigie accepts. A portfolio travels between ministries by e-mail and shared drives, so
// every file and every CSV is untrusted: without limits, a 1 MB project name makes a briefing take
// minutes to lay out. The limits are far above what real data holds (the longest description in the US
// IT Dashboard feed is 2,300 characters) and are documented in docs/RELIABILITY.md.
namespace Vigie::Limits {

// Characters of a code: a project's, an organization's, a specialty's, a plan's. Every path that writes
// one refuses a longer code with a message, dry runs included: the edits (StructureEdits, behind the
// desktop's forms, whose code boxes take no more), and every import that creates an item. Items a file
// from an earlier version holds with a longer code are still found by it (an import updates them).
inline constexpr int codeLength = 60;
// The largest amount of money, in the portfolio's currency (budgets, costs, forecasts, envelopes; a
// decision's budget change either way): just under ten trillion. Amounts are stored as doubles, which
// keep every cent exactly below 2^53 cents; up to here, with a margin of three digits, a typed or
// imported amount reads back to the cent and sums of a million of them stay within a dollar. Larger
// ones (1e300 in a CSV, a typo of a dozen digits) lost their cents, and their last digits, silently.
inline constexpr double maxAmount = 9'999'999'999'999.99;

// The most full-time equivalents one workforce record counts (one specialty in one organization, either
// internal or external): a million, beyond any government's whole IT workforce. And the largest reported
// variance either way, in percent: a thousand times the budget or the schedule. Both only catch values
// no survey or status report holds (1e300 from a CSV or a copy, a typo of many digits), which charts
// and sums would carry without a word.
inline constexpr double maxFte = 1'000'000.0;
inline constexpr double maxVariance = 100'000.0;

// The years a date may fall in: a project, a plan, a measure, a decision, a survey or a period. Far
// beyond any real plan either way, and near enough to catch a typo (year 1 for 2021, 20211 for 2021),
// which would stretch every timeline and turn a schedule variance into millions of percent.
inline constexpr int firstYear = 1900;
inline constexpr int lastYear = 2200;

// Characters of a name, a title, a phase or any other one-line text.
inline constexpr int nameLength = 2000;
// Characters of a description, a comment, a decision or a briefing text.
inline constexpr int textLength = 50000;

// What SQLite itself enforces on every connection Vigie opens (sqlite3_limit), whatever the file holds:
// the largest string, BLOB or row in bytes (a row of text at the limits above, 4 bytes a character at
// worst, fits five times over; a hostile file's bigger row is refused as it is read), and the longest
// SQL statement.
inline constexpr int sqliteLength = 1000 * 1000;
inline constexpr int sqliteSqlLength = 100 * 1000;

} // namespace Vigie::Limits
