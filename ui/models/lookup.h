#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

namespace Vigie {

class PortfolioFile;

// Names of the rows other rows point to (organizations, key areas, specialties), loaded once per
// model reset, plus the rules for showing bilingual text: the current language, else the other one
// with a visible marker ("‡") and a tooltip.
class Lookup
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Lookup)
public:
    void load(const PortfolioFile &file);

    const Organization *organization(RowId id) const;
    QString organizationName(RowId id) const; // "MCE — Ministère …"
    QString organizationCode(RowId id) const;
    const Specialty *specialty(RowId id) const;

    // Where each organization's (each specialty's) displayed name falls in the UI language's collation,
    // equal names ranking equal: a table of tens of thousands of rows sorts by these numbers instead of
    // making a collation key of every row's name. Computed again after a language change.
    QHash<RowId, int> organizationRanks() const;
    QHash<RowId, int> specialtyRanks() const;

    // The text in the UI language; the other language's text with " ‡" when it is missing (the rule
    // every display of stored text follows: BilingualText::shown, also used by charts and briefings).
    static QString display(const BilingualText &text, bool *fellBack = nullptr);
    static QVariant fallbackTip(bool fellBack);
    static QString marker() { return BilingualText::fallbackMarker(); }

private:
    QHash<RowId, Organization> m_organizations;
    QHash<RowId, Specialty> m_specialties;
};

} // namespace Vigie
