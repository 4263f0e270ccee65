#pragma once

#include <QLocale>
#include <QString>

namespace Vigie {

// Money in the portfolio's currency (PortfolioInfo::currency, an ISO 4217 code), the way each language
// writes it: CAD as "$415.56M" / "415,56 M$" (formatMoneyMillions), other currencies marked so that a
// figure is never read in the wrong one: "US$415.56M" / "415,56 M$ US", "€12.5M" / "12,5 M€",
// "CHF 3M" / "3 M CHF".
QString formatMoneyMillions(double amount, const QLocale &locale, int decimals, const QString &currency);

} // namespace Vigie
