#pragma once

#include <QString>

namespace Vigie {

// The portfolio's jurisdiction and classification banner are typed once, in one language, while every
// briefing and chart is written in English or French. The names every Canadian public-sector office
// uses have an official form in each language: a security marking of the Government of Canada
// ("PROTECTED B" / « PROTÉGÉ B », "UNCLASSIFIED" / « NON CLASSIFIÉ »), a province or territory
// ("British Columbia" / « Colombie-Britannique ») or its government ("Government of Quebec" /
// « Gouvernement du Québec »). Typed in either language (any case, with or without accents), these are
// given in the document's; any other text, and a banner already in both languages ("UNCLASSIFIED / NON
// CLASSIFIÉ"), is given as typed.
class OfficialNames
{
public:
    // `language`: "en" or "fr". A marking comes back in capitals when it was typed so, else as the
    // official form writes it ("Protected B").
    static QString classification(const QString &stored, const QString &language);
    static QString jurisdiction(const QString &stored, const QString &language);
};

} // namespace Vigie
