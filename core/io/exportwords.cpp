#include "exportwords.h"

#include "i18n/language.h"
#include "model/entities.h"
#include "model/projecttext.h"

namespace Vigie {

ExportWords ExportWords::in(const QString &language)
{
    const LanguageScope scope(language);
    ExportWords w;
    for (Health h : { Health::Green, Health::Yellow, Health::Red })
        w.health.insert(HealthText::key(h), HealthText::label(h));
    for (const QString &k : PhaseText::keys())
        w.phase.insert(k, PhaseText::label(k));
    for (ProjectState s : { ProjectState::Active, ProjectState::Completed, ProjectState::Cancelled })
        w.state.insert(projectStateKey(s), ProjectStateText::label(s));
    for (MeasureStatus s : allMeasureStatuses)
        w.status.insert(MeasureStatusText::key(s), MeasureStatusText::label(s));
    return w;
}

QVariant ExportWords::word(CellKind kind, const QVariant &key) const
{
    if (key.isNull())
        return key;
    const QString k = key.toString();
    const QHash<QString, QString> &table = kind == CellKind::Health ? health
        : kind == CellKind::Phase                                     ? phase
        : kind == CellKind::State                                     ? state
                                                                      : status;
    return table.value(k.trimmed().toLower(), k);
}

std::optional<Health> ExportWords::healthOf(const QString &cell) const
{
    if (const auto h = HealthText::fromKey(cell); h && *h != Health::Unrated)
        return h;
    for (auto it = health.constBegin(); it != health.constEnd(); ++it) {
        if (it.value().compare(cell, Qt::CaseInsensitive) == 0)
            return HealthText::fromKey(it.key().section(QLatin1Char('/'), 0, 0)); // "red/fr": a French word
    }
    return std::nullopt;
}

} // namespace Vigie
