#include "measurestatus.h"

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
