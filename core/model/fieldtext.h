#pragma once

#include "model/field.h"

#include <QCoreApplication>
#include <QString>

namespace Vigie {

// The translated name of a field, as undo texts, change lists, merges and comparisons show it
// ("Forecast cost", « Coût prévu »).
class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::FieldText)
public:
    static QString label(Field field);
};

} // namespace Vigie
