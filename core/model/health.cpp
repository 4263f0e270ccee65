#include "health.h"

namespace Vigie {

QString HealthText::key(Health health)
{
    switch (health) {
    case Health::Green: return QStringLiteral("green");
    case Health::Yellow: return QStringLiteral("yellow");
    case Health::Red: return QStringLiteral("red");
    case Health::Unrated: break;
    }
    return QString();
}

std::optional<Health> HealthText::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty() || k == QLatin1String("unrated"))
        return Health::Unrated;
    if (k == QLatin1String("green"))
        return Health::Green;
    if (k == QLatin1String("yellow"))
        return Health::Yellow;
    if (k == QLatin1String("red"))
        return Health::Red;
    return std::nullopt;
}

Health HealthText::fromStored(QByteArrayView key)
{
    // What the file holds (the keys as written), without making a QString of every value.
    if (key == "green")
        return Health::Green;
    if (key == "yellow")
        return Health::Yellow;
    if (key == "red")
        return Health::Red;
    if (key.isEmpty())
        return Health::Unrated;
    return fromKey(QString::fromUtf8(key)).value_or(Health::Unrated);
}

QString HealthText::label(Health health)
{
    switch (health) {
    case Health::Green: return tr("Green");
    case Health::Yellow: return tr("Yellow");
    case Health::Red: return tr("Red");
    case Health::Unrated: break;
    }
    return tr("Unrated");
}

QString HealthText::indicatorLabel(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Cost: return tr("Cost");
    case Indicator::Schedule: return tr("Schedule");
    case Indicator::Overall: break;
    }
    return tr("Overall");
}

Health worse(Health a, Health b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

} // namespace Vigie
