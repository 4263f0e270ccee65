#pragma once

#include "model/field.h"
#include "storage/entity.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace Vigie {

struct BilingualText;
struct PortfolioInfo;

// A stored value as comparisons, merges and their reports show it to a reader, in the language of the
// output: amounts as money ("$4,000,000.00", « 4 000 000,00 $ »), percentages with their sign, colours,
// phases, states and statuses as words (« vert », « Réalisation »), a health rule by its name, other
// numbers in the locale's form and never in exponent notation. Everything else (codes, names, dates,
// references to other rows, which callers show by their key) as it is. The stored text is what JSON and the merge log keep; this is
// only how it reads.
class ValueText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ValueText)
public:
    static QString shown(std::optional<Field> field, const QString &stored);
    static QString shown(Entity entity, const QString &column, const QString &stored);
    // The same with the journal's name of the entity ("project").
    static QString shown(const QString &table, const QString &column, const QString &stored);

    // A row's key as people read it (RowReader::key keeps it as stored, which merge logs and JSON keep):
    // a date or time it ends with in the locale's short form, a time in local time ("1 2016-10-03 09:00"
    // rather than "1 2016-10-03T13:00:00.000Z" for a status change).
    static QString key(Entity entity, const QString &stored);
    static QString key(const QString &table, const QString &stored);
    // The same, a row whose stored key is its English name named in the current language: the portfolio
    // by its name, a reporting period by its label (« août 2016 » for "August 2016"), a briefing item by
    // its period's. `names` are the row's, as RowReader::names() reads them; a row without names reads
    // as its key.
    static QString key(Entity entity, const QString &stored, const BilingualText &names);
    static QString key(const QString &table, const QString &stored, const BilingualText &names);
    // Those names of a row (stored values by column): the portfolio's, a reporting period's (its French
    // label as the briefing shows it); none for other rows.
    static BilingualText names(Entity entity, const QVariantMap &row);
    // The portfolio's names, from its properties.
    static BilingualText names(const PortfolioInfo &info);
    // A portfolio's name for people in the current language (the other one marked when it has none).
    static QString name(const PortfolioInfo &info);

    // A stored value's text for people: amounts, percentages, colours and keyed words as shown() says
    // (entity and column tell which), other numbers (when `stored` is a number) with every digit and ISO
    // dates in the current locale, time stamps in local time, the rest as it is. `seconds`: a time stamp
    // with its seconds.
    static QString readable(Entity entity, const QString &column, const QString &text, const QVariant &stored,
                            bool seconds = false);
    // Both sides of a difference, as readable(); two time stamps that would read alike (within one minute)
    // are shown with their seconds, so a difference is never shown as two equal values.
    static std::pair<QString, QString> readablePair(Entity entity, const QString &column, const QString &a,
                                                    const QVariant &aStored, const QString &b, const QVariant &bStored);

    // A time the journal stores (ISO 8601, UTC) in local time, the locale's short form ("2016-10-03 5:00
    // a.m."); the text as it is when it is not one.
    static QString when(const QString &iso);

    // "Granted: $5,000,000.00" in the language's punctuation (« Accordé : … »).
    static QString labelled(const QString &label, const QString &value);

    // "Forecast cost: 3,167,396.00 → 4,000,000.00" in the language's punctuation (« Coût prévu : … »).
    static QString change(const QString &label, const QString &before, const QString &after);
};

} // namespace Vigie
