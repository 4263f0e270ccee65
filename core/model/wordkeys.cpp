#include "wordkeys.h"

#include "i18n/language.h"

namespace Vigie {

WordKeys::WordKeys(const char *context, const Entry *entries, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        const Entry &e = entries[i];
        const QString key = QString::fromLatin1(e.key);
        m_keys.insert(key, key);
        m_keys.insert(QString::fromUtf8(e.english).toCaseFolded(), key);
        m_keys.insert(Language::textIn(QStringLiteral("fr"), context, e.english).toCaseFolded(), key);
    }
}

QString WordKeys::keyOf(const QString &word) const
{
    return m_keys.value(word.trimmed().toCaseFolded());
}

} // namespace Vigie
