#include "lookup.h"

#include "i18n/language.h"
#include "storage/repository.h"

#include <QCollator>

#include <algorithm>
#include <vector>

namespace Vigie {

void Lookup::load(const PortfolioFile &file)
{
    m_organizations.clear();
    m_specialties.clear();
    for (const Organization &o : Repository::organizations(file))
        m_organizations.insert(o.id, o);
    for (const Specialty &s : Repository::specialties(file))
        m_specialties.insert(s.id, s);
}

namespace {

template<typename T>
QHash<RowId, int> ranks(const QHash<RowId, T> &items)
{
    // The collator FilterProxy sorts text with: the UI locale, case-sensitive.
    QCollator collator { QLocale() };
    std::vector<std::pair<QCollatorSortKey, RowId>> keys;
    keys.reserve(size_t(items.size()));
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        keys.emplace_back(collator.sortKey(Lookup::display(it->name)), it.key());
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
        const int c = a.first.compare(b.first);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    QHash<RowId, int> out;
    out.reserve(qsizetype(keys.size()));
    int rank = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i > 0 && keys[i - 1].first.compare(keys[i].first) != 0)
            ++rank;
        out.insert(keys[i].second, rank);
    }
    return out;
}

} // namespace

QHash<RowId, int> Lookup::organizationRanks() const
{
    return ranks(m_organizations);
}

QHash<RowId, int> Lookup::specialtyRanks() const
{
    return ranks(m_specialties);
}

const Organization *Lookup::organization(RowId id) const
{
    auto it = m_organizations.constFind(id);
    return it == m_organizations.constEnd() ? nullptr : &*it;
}

QString Lookup::organizationName(RowId id) const
{
    const Organization *o = organization(id);
    return o ? display(o->name) : QString();
}

QString Lookup::organizationCode(RowId id) const
{
    const Organization *o = organization(id);
    return o ? o->code : QString();
}

const Specialty *Lookup::specialty(RowId id) const
{
    auto it = m_specialties.constFind(id);
    return it == m_specialties.constEnd() ? nullptr : &*it;
}

QString Lookup::display(const BilingualText &text, bool *fellBack)
{
    return text.shown(Language::current(), fellBack);
}

QVariant Lookup::fallbackTip(bool fellBack)
{
    return fellBack ? QVariant(tr("Not translated: shown in the other language.")) : QVariant();
}

} // namespace Vigie
