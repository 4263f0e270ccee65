#include "wordkeys.h"

#include "i18n/language.h"

#include <QCoreApplication>

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

QStringList WordKeys::keys(const Entry *entries, size_t count)
{
    QStringList keys;
    for (size_t i = 0; i < count; ++i)
        keys << QString::fromLatin1(entries[i].key);
    return keys;
}

QString WordKeys::label(const char *context, const Entry *entries, size_t count, const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (size_t i = 0; i < count; ++i) {
        if (k == QLatin1String(entries[i].key))
            return QCoreApplication::translate(context, entries[i].english);
    }
    return key.trimmed();
}

QString WordKeys::keyOf(const QString &word) const
{
    return m_keys.value(word.trimmed().toCaseFolded());
}

} // namespace Vigie
