#pragma once

#include <Qt>

namespace Vigie::Roles {

// Roles shared by Vigie's models (each model documents which it answers).
enum : int {
    UuidRole = Qt::UserRole + 1, // the row's stable UUID
    SortRole,                    // a value that sorts naturally (numbers as numbers, colours by severity)
    HealthRole,                  // an indicator cell's Health, as int: drawn as a chip by HealthDelegate
    ChoicesRole,                 // QVariantList of {label, value} maps offered by the combo editor
    FallbackRole,                // true when the text shown is the other language's
    FlagsRole,                   // a measure's MeasureFlag bits (analysis/strategychecks.h), as int
    DeclaredHealthRole,          // an indicator's declared Health where it differs from HealthRole (the
                                 // computed one), as int: HealthDelegate splits the chip, computed | declared
    // Header: true for a column that helps on screen but is left out of printed tables (the last-updated
    // date, whose rows are greyed on screen: printed pages keep the columns they had).
    ScreenOnlyRole,
};

} // namespace Vigie::Roles
