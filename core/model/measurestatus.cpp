#include "measurestatus.h"
#include "wordkeys.h"

namespace Vigie {

QString MeasureStatusText::key(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::NotStarted: return QStringLiteral("not_started");
    case MeasureStatus::UnderWay: return QStringLiteral("under_way");
    case MeasureStatus::Completed: return QStringLiteral("completed");
    case MeasureStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<MeasureStatus> MeasureStatusText::fromKey(const QString &key)
{
    for (MeasureStatus s : allMeasureStatuses) {
        if (MeasureStatusText::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString MeasureStatusText::keyOf(const QString &word)
{
    static const WordKeys keys("Vigie::MeasureStatusText",
                               { { "not_started", QT_TRANSLATE_NOOP("Vigie::MeasureStatusText", "Not started") },
                                 { "under_way", QT_TRANSLATE_NOOP("Vigie::MeasureStatusText", "Under way") },
                                 { "completed", QT_TRANSLATE_NOOP("Vigie::MeasureStatusText", "Completed") },
                                 { "cancelled", QT_TRANSLATE_NOOP("Vigie::MeasureStatusText", "Cancelled") } });
    return keys.keyOf(word);
}

QString MeasureStatusText::label(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::NotStarted: return tr("Not started");
    case MeasureStatus::UnderWay: return tr("Under way");
    case MeasureStatus::Completed: return tr("Completed");
    case MeasureStatus::Cancelled: return tr("Cancelled");
    }
    return QString();
}

} // namespace Vigie
