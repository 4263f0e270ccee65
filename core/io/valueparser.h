#pragma once

#include "io/mapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Vigie {

// Turns the text of one CSV cell into a typed value, as people write them in spreadsheets: decimal
// point or comma, thousands separators (comma, point, spaces, apostrophe), currency signs, percent
// signs, accounting negatives "(1 234,56)", ISO dates with or without a time, slashed dates.
// Each function returns an empty string on success (an empty cell gives nullopt / an invalid date)
// or a translated message saying what is wrong.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ValueParser)
public:
    static QString parseNumber(const QString &text, char decimal, bool percent, std::optional<double> *out);
    // In DateFormat::Auto a slashed date whose day cannot be a month (31/12/2017) is read day first,
    // and the other way round; one that could be either is refused and `ambiguous` is set, so the caller
    // can say where the order is chosen.
    static QString parseDate(const QString &text, DateFormat format, QDate *out, bool *ambiguous = nullptr);
    // "green"/"yellow"/"red" (also Green, vert, jaune, rouge…) after the mapping's `values` table; an empty
    // cell or one the table maps to "" is unrated.
    static QString parseHealth(const QString &text, const QHash<QString, QString> &values, QString *key);
    // One of `allowed` (keys such as "under_way"), compared ignoring case, with spaces and hyphens read as
    // underscores ("Under way" is under_way), after the mapping's `values` table; an empty cell gives "".
    // The message of a value that is none of them names them all: as `shown` says when given (the words
    // of the reader's language beside the keys), else as the keys.
    static QString parseChoice(const QString &text, const QHash<QString, QString> &values, const QStringList &allowed,
                               QString *key, const QStringList &shown = {});
    // yes/no, true/false, 1/0, oui/non, x/"" after the mapping's `values` table; empty gives nullopt.
    static QString parseFlag(const QString &text, const QHash<QString, QString> &values, std::optional<bool> *out);
    // A fiscal year as its first calendar year: "2016", "2016-2017", "2016-17", "2016/2017".
    static QString parseFiscalYear(const QString &text, int *year);
    // The mapping's `values` table applied to a cell: its entry for the text (exact, else ignoring case), or
    // the text itself.
    static QString translated(const QString &text, const QHash<QString, QString> &values);
    // "2016-08-31", as QDate::toString(Qt::ISODate) writes it, faster.
    static QString isoDate(const QDate &date);
    // Undoes the formula guard of exports ("'=SUM(…)" → "=SUM(…)") and optionally HTML entities.
    static QString cleanText(const QString &text, bool decodeHtmlEntities);
};

} // namespace Vigie
