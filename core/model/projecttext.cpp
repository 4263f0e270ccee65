#include "projecttext.h"

#include <QHash>
#include <QTranslator>

namespace Vigie {

namespace {

struct Phase
{
    const char *key;
    const char *word;
};

// In project order.
const Phase kPhases[] = {
    { "initiation", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Initiation") },
    { "planning", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Planning") },
    { "execution", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Execution") },
    { "deployment", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Deployment") },
    { "closed", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Closed") },
    { "stopped", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Stopped") },
};

} // namespace

QStringList PhaseText::keys()
{
    QStringList keys;
    for (const Phase &p : kPhases)
        keys << QString::fromLatin1(p.key);
    return keys;
}

QString PhaseText::label(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const Phase &p : kPhases) {
        if (k == QLatin1String(p.key))
            return tr(p.word);
    }
    return key.trimmed();
}

QString PhaseText::keyOf(const QString &word)
{
    // The English words are the source texts; the French ones are read from Vigie's French catalogue by
    // a translator of this function's own, never installed: an import reads them on a worker thread
    // while the window speaks either language.
    static const QHash<QString, QString> keys = [] {
        QHash<QString, QString> h;
        QTranslator french;
        const bool loaded = french.load(QStringLiteral(":/i18n/vigie_fr.qm"));
        for (const Phase &p : kPhases) {
            const QString key = QString::fromLatin1(p.key);
            h.insert(key, key);
            h.insert(QString::fromLatin1(p.word).toCaseFolded(), key);
            if (const QString fr = loaded ? french.translate("Vigie::PhaseText", p.word) : QString(); !fr.isEmpty())
                h.insert(fr.toCaseFolded(), key);
        }
        return h;
    }();
    return keys.value(word.trimmed().toCaseFolded());
}

QStringList DecisionKindText::keys()
{
    return { QStringLiteral("decision"), QStringLiteral("authorization"), QStringLiteral("reauthorization"),
             QStringLiteral("phase_gate"), QStringLiteral("recovery_plan"), QStringLiteral("closure"),
             QStringLiteral("cancellation") };
}

QString DecisionKindText::label(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("decision"))
        return tr("Decision");
    if (k == QLatin1String("authorization"))
        return tr("Authorization");
    if (k == QLatin1String("reauthorization"))
        return tr("Re-authorization");
    if (k == QLatin1String("phase_gate"))
        return tr("Phase gate");
    if (k == QLatin1String("recovery_plan"))
        return tr("Recovery plan");
    if (k == QLatin1String("closure"))
        return tr("Closure");
    if (k == QLatin1String("cancellation"))
        return tr("Cancellation");
    return key.trimmed();
}

} // namespace Vigie
