#include "projecttext.h"
#include "wordkeys.h"

#include <iterator>

namespace Vigie {

namespace {

// In project order.
const WordKeys::Entry kPhases[] = {
    { "initiation", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Initiation") },
    { "planning", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Planning") },
    { "execution", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Execution") },
    { "deployment", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Deployment") },
    { "closed", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Closed") },
    { "stopped", QT_TRANSLATE_NOOP("Vigie::PhaseText", "Stopped") },
};

const WordKeys::Entry kOrganizationKinds[] = {
    { "ministry", QT_TRANSLATE_NOOP("Vigie::OrganizationKindText", "Ministry") },
    { "agency", QT_TRANSLATE_NOOP("Vigie::OrganizationKindText", "Agency") },
};

} // namespace

QStringList PhaseText::keys()
{
    return WordKeys::keys(kPhases, std::size(kPhases));
}

QString PhaseText::label(const QString &key)
{
    return WordKeys::label("Vigie::PhaseText", kPhases, std::size(kPhases), key);
}

QString PhaseText::keyOf(const QString &word)
{
    static const WordKeys keys("Vigie::PhaseText", kPhases, std::size(kPhases));
    return keys.keyOf(word);
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

QStringList OrganizationKindText::keys()
{
    return WordKeys::keys(kOrganizationKinds, std::size(kOrganizationKinds));
}

QString OrganizationKindText::label(const QString &key)
{
    return WordKeys::label("Vigie::OrganizationKindText", kOrganizationKinds, std::size(kOrganizationKinds), key);
}

QString OrganizationKindText::keyOf(const QString &word)
{
    static const WordKeys keys("Vigie::OrganizationKindText", kOrganizationKinds, std::size(kOrganizationKinds));
    return keys.keyOf(word);
}

} // namespace Vigie
