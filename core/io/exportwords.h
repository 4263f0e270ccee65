#pragma once

// Internal to the exporter: the words of stored keys in one language.
#include "exporter.h"

#include "model/health.h"

#include <QHash>
#include <QVariant>

#include <optional>

namespace Vigie {

// Words of the stored keys (health, phase, state, status) in one language, made once per export:
// switching languages per cell would load the catalogues for every row.
struct ExportWords
{
    QHash<QString, QString> health, phase, state, status;

    static ExportWords in(const QString &language);
    // The word of a key (an unknown key as stored).
    QVariant word(CellKind kind, const QVariant &key) const;
    // The colour a health cell stands for, whether it holds a key or one of these words.
    std::optional<Health> healthOf(const QString &cell) const;
};

} // namespace Vigie
