#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <initializer_list>

namespace Vigie {

// The words that name a stored key in a file someone wrote or Vigie exported: the key itself
// ("under_way"), its English word ("Under way") and its French word (« En cours »), compared case aside.
// The French words are read from Vigie's French catalogue without installing it (Language::textIn), so
// that an import reads them on a worker thread whatever language the window speaks.
class WordKeys
{
public:
    struct Entry
    {
        const char *key;
        const char *english; // the source text of the key's translated word, in `context`
    };
    WordKeys(const char *context, const Entry *entries, size_t count);
    WordKeys(const char *context, std::initializer_list<Entry> entries)
        : WordKeys(context, entries.begin(), entries.size())
    {
    }

    // The key `word` names; "" for a word that names none.
    QString keyOf(const QString &word) const;

    // The keys of `entries`, in their order.
    static QStringList keys(const Entry *entries, size_t count);
    // The word of `key` (case and spaces aside) in the current language; the stored text when it is
    // none of them.
    static QString label(const char *context, const Entry *entries, size_t count, const QString &key);

private:
    QHash<QString, QString> m_keys;
};

} // namespace Vigie
