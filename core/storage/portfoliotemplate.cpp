#include "portfoliotemplate.h"

#include "i18n/language.h"
#include "storage/portfoliofile.h"

namespace Vigie {

namespace {
struct SpecialtySeed
{
    const char *code;
    const char *en;
    const char *fr;
    bool core;
};

// The standardized specialties of the workforce portrait; names are data (both languages stored).
const SpecialtySeed kSpecialties[] = {
    { "ARCH-BUS", "Business architecture", "Architecture d'affaires", true },
    { "ARCH-ENT", "Enterprise architecture", "Architecture d'entreprise", true },
    { "CONSULT", "Strategic consulting", "Conseil stratégique", true },
    { "SECURITY", "Information security", "Sécurité de l'information", true },
    { "BI", "Business intelligence", "Intelligence d'affaires", true },
    { "PM", "Project management", "Gestion de projets", true },
    { "DEV", "Software development", "Développement de logiciels", false },
    { "INFRA", "Infrastructure and operations", "Infrastructures et exploitation", false },
    { "SUPPORT", "User support", "Soutien aux utilisateurs", false },
};
} // namespace

std::unique_ptr<PortfolioFile> PortfolioTemplate::create(const QString &path, const Options &options,
                                                         FileError *error)
{
    std::unique_ptr<PortfolioFile> file = PortfolioFile::create(path, options.name, error);
    if (!file)
        return nullptr;
    const QString portfolio = file->info().uuid;
    PortfolioFile::Transaction t(*file, { Language::inBoth([] { return tr("Set up the new portfolio"); }), QStringLiteral("new"), 0 });
    bool ok = file->setValue(Entity::Portfolio, portfolio, Field::Jurisdiction, options.jurisdiction)
        && file->setValue(Entity::Portfolio, portfolio, Field::DefaultLanguage, options.language)
        && file->setValue(Entity::Portfolio, portfolio, Field::FiscalYearStart, 4);
    for (const SpecialtySeed &s : kSpecialties) {
        ok = ok
            && !file->insertRow(Entity::Specialty, { { Field::Code, QString::fromLatin1(s.code) },
                                                     { Field::NameEn, QString::fromUtf8(s.en) },
                                                     { Field::NameFr, QString::fromUtf8(s.fr) },
                                                     { Field::CoreFunction, s.core ? 1 : 0 } })
                     .isEmpty();
    }
    if (!ok || !t.commit()) {
        *error = FileError { FileError::Io, tr("%1: the new portfolio could not be set up.").arg(path) };
        return nullptr;
    }
    return file;
}

} // namespace Vigie
