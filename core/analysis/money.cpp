#include "money.h"

#include "analysis/summary.h"

namespace Vigie {

QString formatMoneyMillions(double amount, const QLocale &locale, int decimals, const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty() || code == QLatin1String("CAD"))
        return formatMoneyMillions(amount, locale, decimals);
    // The number as the CAD form writes it ("415.56" / "415,56"), without its sign.
    QString number = formatMoneyMillions(amount, locale, decimals);
    const bool french = locale.language() == QLocale::French;
    number.remove(QStringLiteral("$"));
    number = french ? number.remove(QStringLiteral(" M")).trimmed() : number.remove(QLatin1Char('M')).trimmed();
    const QChar nbsp(0x00A0);
    if (code == QLatin1String("USD"))
        return french ? number + nbsp + QStringLiteral("M$") + nbsp + QStringLiteral("US") : QStringLiteral("US$%1M").arg(number);
    if (code == QLatin1String("EUR"))
        return french ? number + nbsp + QStringLiteral("M€") : QStringLiteral("€%1M").arg(number);
    if (code == QLatin1String("GBP"))
        return french ? number + nbsp + QStringLiteral("M£") : QStringLiteral("£%1M").arg(number);
    return french ? number + nbsp + QStringLiteral("M") + nbsp + code : QStringLiteral("%1 %2M").arg(code, number);
}

} // namespace Vigie
