#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace Vigie {

enum class MeasureStatus { NotStarted = 0, UnderWay = 1, Completed = 2, Cancelled = 3 };

inline constexpr std::array<MeasureStatus, 4> allMeasureStatuses {
    MeasureStatus::NotStarted, MeasureStatus::UnderWay, MeasureStatus::Completed, MeasureStatus::Cancelled
};

class MeasureStatusText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MeasureStatusText)
public:
    // Stable identifiers stored in the file: not_started, under_way, completed, cancelled.
    static QString key(MeasureStatus status);
    static std::optional<MeasureStatus> fromKey(const QString &key);
    static QString label(MeasureStatus status);
    // The key a cell names ("under_way"): the key, or the word in English or French (« En cours »), case
    // aside; "" for none.
    static QString keyOf(const QString &word);
};

} // namespace Vigie
