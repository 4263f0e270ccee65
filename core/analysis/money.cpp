#include "money.h"

#include "analysis/summary.h"

#include <cmath>

namespace Vigie {

QString formatMoneyMillions(double amount, const QLocale &locale, int decimals, const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty() || code == QLatin1String("CAD"))
        return formatMoneyMillions(amount, locale, decimals);
    // The same rule as the dollar form: millions with fixed decimals, thousands when that would read 0,
    // the sign before the currency, a no-break space before the unit in French.
    const double shownUnit = std::pow(10.0, -decimals) / 2.0;
    const bool thousands = amount != 0.0 && std::abs(amount) / 1e6 < shownUnit;
    const QString magnitude = thousands ? locale.toString(std::abs(amount) / 1e3, 'f', 1)
                                        : locale.toString(std::abs(amount) / 1e6, 'f', decimals);
    const QString sign = amount < 0.0 ? locale.negativeSign() : QString();
    const bool french = locale.language() == QLocale::French;
    const QChar nbsp(0x00A0);
    const QString unit = french ? QString(thousands ? QLatin1Char('k') : QLatin1Char('M'))
                                : QString(thousands ? QLatin1Char('K') : QLatin1Char('M'));
    if (code == QLatin1String("USD"))
        return french ? sign + magnitude + nbsp + unit + QStringLiteral("$") + nbsp + QStringLiteral("US")
                      : sign + QStringLiteral("US$") + magnitude + unit;
    if (code == QLatin1String("EUR"))
        return french ? sign + magnitude + nbsp + unit + QStringLiteral("€") : sign + QStringLiteral("€") + magnitude + unit;
    if (code == QLatin1String("GBP"))
        return french ? sign + magnitude + nbsp + unit + QStringLiteral("£") : sign + QStringLiteral("£") + magnitude + unit;
    return french ? sign + magnitude + nbsp + unit + nbsp + code : sign + code + QLatin1Char(' ') + magnitude + unit;
}

} // namespace Vigie
