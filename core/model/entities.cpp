#include "entities.h"
#include "wordkeys.h"

#include <iterator>

namespace Vigie {

QString BilingualText::in(const QString &language, bool *fellBack) const
{
    const bool french = language.startsWith(QLatin1String("fr"));
    const QString &wanted = french ? fr : en;
    const QString &other = french ? en : fr;
    const bool useOther = wanted.trimmed().isEmpty() && !other.trimmed().isEmpty();
    if (fellBack)
        *fellBack = useOther;
    return useOther ? other : wanted;
}

QString BilingualText::shown(const QString &language, bool *fellBack) const
{
    bool fb = false;
    const QString text = in(language, &fb);
    if (fellBack)
        *fellBack = fb;
    return fb ? text + fallbackMarker() : text;
}

ProjectState projectStateFromKey(const QString &key)
{
    if (key == QLatin1String("completed"))
        return ProjectState::Completed;
    if (key == QLatin1String("cancelled"))
        return ProjectState::Cancelled;
    return ProjectState::Active;
}

QString projectStateKey(ProjectState state)
{
    switch (state) {
    case ProjectState::Completed: return QStringLiteral("completed");
    case ProjectState::Cancelled: return QStringLiteral("cancelled");
    case ProjectState::Active: break;
    }
    return QStringLiteral("active");
}

namespace {

// In the order of ProjectState.
const WordKeys::Entry kStates[] = {
    { "active", QT_TRANSLATE_NOOP("Vigie::ProjectStateText", "Active") },
    { "completed", QT_TRANSLATE_NOOP("Vigie::ProjectStateText", "Completed") },
    { "cancelled", QT_TRANSLATE_NOOP("Vigie::ProjectStateText", "Cancelled") },
};

} // namespace

QString ProjectStateText::keyOf(const QString &word)
{
    static const WordKeys keys("Vigie::ProjectStateText", kStates, std::size(kStates));
    return keys.keyOf(word);
}

QString ProjectStateText::label(ProjectState state)
{
    return tr(kStates[int(state)].english);
}

QString fiscalYearLabel(int startYear)
{
    return QStringLiteral("%1-%2").arg(startYear).arg(startYear + 1);
}

MeasureState MeasureState::normalized() const
{
    MeasureState s = *this;
    if (s.status == MeasureStatus::Completed)
        s.percentComplete = 100.0;
    return s;
}

} // namespace Vigie
