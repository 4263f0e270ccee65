#include "measurestatus.h"
#include "wordkeys.h"

#include <iterator>

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

namespace {

// In the order of MeasureStatus.
const WordKeys::Entry kStatuses[] = {
    { "not_started", QT_TRANSLATE_NOOP("Vigie::MeasureStatusText", "Not started") },
    { "under_way", QT_TRANSLATE_NOOP("Vigie::MeasureStatusText", "Under way") },
    { "completed", QT_TRANSLATE_NOOP("Vigie::MeasureStatusText", "Completed") },
    { "cancelled", QT_TRANSLATE_NOOP("Vigie::MeasureStatusText", "Cancelled") },
};

} // namespace

QString MeasureStatusText::keyOf(const QString &word)
{
    static const WordKeys keys("Vigie::MeasureStatusText", kStatuses, std::size(kStatuses));
    return keys.keyOf(word);
}

QString MeasureStatusText::label(MeasureStatus status)
{
    return tr(kStatuses[int(status)].english);
}

} // namespace Vigie
