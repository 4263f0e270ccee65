#include "valuelimits.h"

#include "model/limits.h"

namespace Vigie {

QString ValueLimits::codeProblem(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() <= Limits::codeLength)
        return {};
    return tr("The code \"%1\" is too long (at most %2 characters).").arg(trimmed).arg(Limits::codeLength);
}

QString ValueLimits::problem(Field field, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (field == Field::Code)
        return codeProblem(value.toString());
    return {};
}

} // namespace Vigie
