#include "lookup.h"

#include "i18n/language.h"
#include "storage/repository.h"

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
    bool fb = false;
    const QString shown = text.in(Language::current(), &fb);
    if (fellBack)
        *fellBack = fb;
    return fb ? shown + marker() : shown;
}

QVariant Lookup::fallbackTip(bool fellBack)
{
    return fellBack ? QVariant(tr("Not translated: shown in the other language.")) : QVariant();
}

} // namespace Vigie
