#include "officialnames.h"

#include "i18n/language.h"

namespace Vigie {

namespace {

struct Pair
{
    const char *en;
    const char *fr;
};

// Security markings of the Government of Canada (Policy on Government Security), as written in each
// official language.
const Pair kMarkings[] = {
    { "Unclassified", "Non classifié" }, { "Protected A", "Protégé A" }, { "Protected B", "Protégé B" },
    { "Protected C", "Protégé C" },     { "Confidential", "Confidentiel" }, { "Secret", "Secret" },
    { "Top Secret", "Très secret" },
};

// Canada, its provinces and territories, and their governments, as each names itself in both languages.
const Pair kJurisdictions[] = {
    { "Canada", "Canada" },
    { "Government of Canada", "Gouvernement du Canada" },
    { "Quebec", "Québec" },
    { "Government of Quebec", "Gouvernement du Québec" },
    { "Ontario", "Ontario" },
    { "Government of Ontario", "Gouvernement de l'Ontario" },
    { "British Columbia", "Colombie-Britannique" },
    { "Government of British Columbia", "Gouvernement de la Colombie-Britannique" },
    { "Alberta", "Alberta" },
    { "Government of Alberta", "Gouvernement de l'Alberta" },
    { "Saskatchewan", "Saskatchewan" },
    { "Government of Saskatchewan", "Gouvernement de la Saskatchewan" },
    { "Manitoba", "Manitoba" },
    { "Government of Manitoba", "Gouvernement du Manitoba" },
    { "New Brunswick", "Nouveau-Brunswick" },
    { "Government of New Brunswick", "Gouvernement du Nouveau-Brunswick" },
    { "Nova Scotia", "Nouvelle-Écosse" },
    { "Government of Nova Scotia", "Gouvernement de la Nouvelle-Écosse" },
    { "Prince Edward Island", "Île-du-Prince-Édouard" },
    { "Government of Prince Edward Island", "Gouvernement de l'Île-du-Prince-Édouard" },
    { "Newfoundland and Labrador", "Terre-Neuve-et-Labrador" },
    { "Government of Newfoundland and Labrador", "Gouvernement de Terre-Neuve-et-Labrador" },
    { "Yukon", "Yukon" },
    { "Government of Yukon", "Gouvernement du Yukon" },
    { "Northwest Territories", "Territoires du Nord-Ouest" },
    { "Government of the Northwest Territories", "Gouvernement des Territoires du Nord-Ouest" },
    { "Nunavut", "Nunavut" },
    { "Government of Nunavut", "Gouvernement du Nunavut" },
};

// Compared without case, or the difference between hyphens, apostrophes and spaces ("Colombie
// Britannique", "Gouvernement de l’Ontario"); then without accents too, once the exact forms did not match
// ("Québec" is French, "Quebec" English, "QUEBEC" either).
QString key(const QString &text, bool foldAccents)
{
    QString out;
    for (const QChar ch : foldAccents ? Language::folded(text.simplified()) : text.simplified().toLower()) {
        if (ch.isLetterOrNumber())
            out += ch;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
    }
    return out.trimmed();
}

template<std::size_t N>
const Pair *find(const Pair (&pairs)[N], const QString &stored, bool *french)
{
    for (const bool fold : { false, true }) {
        const QString k = key(stored, fold);
        if (k.isEmpty())
            return nullptr;
        for (const Pair &p : pairs) {
            if (key(QString::fromUtf8(p.en), fold) == k) {
                *french = false;
                return &p;
            }
            if (key(QString::fromUtf8(p.fr), fold) == k) {
                *french = true;
                return &p;
            }
        }
    }
    return nullptr;
}

} // namespace

QString OfficialNames::classification(const QString &stored, const QString &language)
{
    const QString typed = stored.trimmed();
    bool french = false;
    const Pair *p = find(kMarkings, typed, &french);
    if (!p || french == (language == QLatin1String("fr")))
        return typed; // not a known marking, or already in the document's language as typed
    const QString official = QString::fromUtf8(language == QLatin1String("fr") ? p->fr : p->en);
    // Banners are usually in capitals: kept so.
    return typed == typed.toUpper() ? official.toUpper() : official;
}

QString OfficialNames::jurisdiction(const QString &stored, const QString &language)
{
    const QString typed = stored.trimmed();
    bool french = false;
    const Pair *p = find(kJurisdictions, typed, &french);
    if (!p || french == (language == QLatin1String("fr")))
        return typed;
    return QString::fromUtf8(language == QLatin1String("fr") ? p->fr : p->en);
}

} // namespace Vigie
