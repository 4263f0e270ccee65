#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Vigie {

// A health colour as shown on the dashboards. Unrated means "neither declared nor computable".
enum class Health { Unrated = 0, Green = 1, Yellow = 2, Red = 3 };

// Which health indicator of a project.
enum class Indicator { Cost, Schedule, Overall };

class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::HealthText)
public:
    // Stable identifiers stored in the file and used in JSON: "green", "yellow", "red", "" (unrated).
    static QString key(Health health);
    static std::optional<Health> fromKey(const QString &key);
    // fromKey() of a stored value as SQLite gives it (UTF-8, empty for NULL), for scans of millions of
    // rows; Unrated for anything that is not a colour.
    static Health fromStored(QByteArrayView key);
    // Translated word ("Green" / "Vert"), so colour is never the only cue.
    static QString label(Health health);
    static QString indicatorLabel(Indicator indicator);
};

// The worse of two colours; unrated loses against any rating.
Health worse(Health a, Health b);

// The colour a user sees: the declared one where set, else the computed one.
inline Health effective(Health declared, Health computed)
{
    return declared != Health::Unrated ? declared : computed;
}

} // namespace Vigie
