#pragma once

#include "model/field.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace Vigie {

// The bounds of model/limits.h as messages, checked by every path that writes a value: the edits
// (StructureEdits and Edits, behind the desktop's forms and cells and `vigie edit`) and the imports.
// One place, so that a value one path takes is never refused by another.
class ValueLimits
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ValueLimits)
public:
    // Why `code` cannot be written as a code (Limits::codeLength), or "" when it can.
    static QString codeProblem(const QString &code);

    // Why an edit cannot write `value` into `field`, or "" when it can: the checks above for the fields
    // they apply to. A null value (emptying an optional field) is never refused here.
    static QString problem(Field field, const QVariant &value);
};

} // namespace Vigie
