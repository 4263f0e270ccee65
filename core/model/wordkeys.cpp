#include "wordkeys.h"

#include <QTranslator>

namespace Vigie {

namespace {

const QTranslator &french()
{
    static QTranslator translator;
    // Loaded once, by the first thread here (the others wait); without the catalogue, the keys and the
    // English words still match.
    static const bool loaded = translator.load(QStringLiteral(":/i18n/vigie_fr.qm"));
    Q_UNUSED(loaded)
    return translator;
}

} // namespace

WordKeys::WordKeys(const char *context, const Entry *entries, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        const Entry &e = entries[i];
        const QString key = QString::fromLatin1(e.key);
        m_keys.insert(key, key);
        m_keys.insert(QString::fromUtf8(e.english).toCaseFolded(), key);
        if (const QString fr = french().translate(context, e.english); !fr.isEmpty())
            m_keys.insert(fr.toCaseFolded(), key);
    }
}

QString WordKeys::keyOf(const QString &word) const
{
    return m_keys.value(word.trimmed().toCaseFolded());
}

} // namespace Vigie
