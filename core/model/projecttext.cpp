#include "projecttext.h"

namespace Vigie {

QStringList PhaseText::keys()
{
    return { QStringLiteral("initiation"), QStringLiteral("planning"), QStringLiteral("execution"),
             QStringLiteral("deployment"), QStringLiteral("closed"), QStringLiteral("stopped") };
}

QString PhaseText::label(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("initiation"))
        return tr("Initiation");
    if (k == QLatin1String("planning"))
        return tr("Planning");
    if (k == QLatin1String("execution"))
        return tr("Execution");
    if (k == QLatin1String("deployment"))
        return tr("Deployment");
    if (k == QLatin1String("closed"))
        return tr("Closed");
    if (k == QLatin1String("stopped"))
        return tr("Stopped");
    return key.trimmed();
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
