#pragma once

#include "rowinsert.h"
#include "storage/portfoliofile.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

#include <memory>

// A small portfolio with everything a council briefing drafts from: a plan with two key areas and six
// measures, two reporting periods (March and August 2016) with frozen measure and project values, six
// projects (one delivered in the window, one long ago, one red on both indicators), a workforce survey
// with two specialties at risk and an envelope with a gap. Shared by the core, UI and CLI tests.
namespace VigieTest {

inline std::unique_ptr<Vigie::PortfolioFile> makeBriefingPortfolio(const QString &path)
{
    using namespace Vigie;
    FileError error;
    auto file = PortfolioFile::create(path, QStringLiteral("Briefing test"), &error);
    if (!file)
        return nullptr;
    auto S = [](const char *s) { return QString::fromUtf8(s); };
    auto insert = [&](Entity e, const QVariantMap &v) { return file->rowId(e, VigieTest::insertRow(*file, e, v)); };
    const QString portfolio = file->info().uuid;
    file->setValue(Entity::Portfolio, portfolio, Field::Jurisdiction, S("Québec"));
    file->setValue(Entity::Portfolio, portfolio, Field::CioName, S("Benoit Boivin"));

    const RowId mss = insert(Entity::Organization, { { S("code"), S("MSSS") }, { S("name_en"), S("Ministry of Health") },
                                                     { S("name_fr"), S("Ministère de la Santé") } });
    const RowId sct = insert(Entity::Organization, { { S("code"), S("SCT") }, { S("name_en"), S("Treasury Board Secretariat") },
                                                     { S("name_fr"), S("Secrétariat du Conseil du trésor") } });
    const RowId plan = insert(Entity::Plan, { { S("code"), S("STRAT") }, { S("title_en"), S("IT strategy") },
                                              { S("title_fr"), S("Stratégie en TI") }, { S("end_date"), S("2018-03-31") } });
    const RowId a1 = insert(Entity::KeyArea, { { S("plan_id"), plan }, { S("number"), 1 },
                                               { S("title_en"), S("Reviewing and strengthening governance") },
                                               { S("title_fr"), S("Revoir et renforcer la gouvernance") } });
    const RowId a2 = insert(Entity::KeyArea, { { S("plan_id"), plan }, { S("number"), 2 },
                                               { S("title_en"), S("Managing talent more effectively") },
                                               { S("title_fr"), S("Mieux gérer les talents") } });
    const RowId p1 = insert(Entity::ReportingPeriod, { { S("label"), S("March 2016") }, { S("as_of"), S("2016-03-31") },
                                                       { S("frozen_at"), S("2016-04-05T12:00:00Z") } });
    const RowId p2 = insert(Entity::ReportingPeriod, { { S("label"), S("August 2016") }, { S("as_of"), S("2016-08-31") },
                                                       { S("frozen_at"), S("2016-09-05T12:00:00Z") } });
    struct M { int number; RowId area; const char *en; const char *fr; const char *due; const char *then; const char *now; };
    const M measures[] = {
        { 9, a1, "History of decisions in the dashboard", "Historique des décisions dans le tableau de bord", "2016-06-30", "under_way", "completed" },
        { 10, a2, "Portrait of the IT workforce", "Portrait de la main-d'œuvre en TI", "2016-03-31", "completed", "completed" },
        { 12, a2, "Targeted FTE approach", "Approche ciblée des ETC", "2017-12-31", "under_way", "under_way" },
        { 13, a2, "Recruitment of IT professionals", "Recrutement de professionnels en TI", "2016-06-30", "not_started", "under_way" },
        { 15, a2, "Workforce policy", "Politique de main-d'œuvre", "2018-03-31", "not_started", "not_started" },
        { 16, a1, "Mandatory services framework", "Cadre des services obligatoires", "2020-03-31", "under_way", "under_way" },
    };
    for (const M &m : measures) {
        const RowId id = insert(Entity::Measure, { { S("key_area_id"), m.area }, { S("number"), m.number },
                                                   { S("title_en"), S(m.en) }, { S("title_fr"), S(m.fr) },
                                                   { S("due_date"), S(m.due) }, { S("status"), S(m.now) } });
        insert(Entity::PeriodMeasure, { { S("period_id"), p1 }, { S("measure_id"), id }, { S("status"), S(m.then) },
                                        { S("percent_complete"), 0.0 } });
        insert(Entity::PeriodMeasure, { { S("period_id"), p2 }, { S("measure_id"), id }, { S("status"), S(m.now) },
                                        { S("percent_complete"), 0.0 } });
    }
    struct P { const char *code; const char *en; const char *fr; RowId org; double budget; const char *state;
               const char *then; const char *cost; const char *schedule; const char *end; const char *delivered; double forecast; };
    const P projects[] = {
        { "P-A", "Patient records", "Dossiers patients", mss, 10e6, "active", "active", "green", "green", "2017-06-30", nullptr, 10e6 },
        { "P-B", "Payroll renewal", "Renouvellement de la paie", sct, 5e6, "active", "active", "yellow", "red", "2018-01-31", nullptr, 5.6e6 },
        { "P-C", "Network consolidation", "Regroupement des réseaux", sct, 2e6, "active", "active", "red", "red", "2020-01-01", nullptr, 3e6 },
        { "P-D", "Open data portal", "Portail de données ouvertes", sct, 1.5e6, "completed", "active", "green", "green", "2016-05-15", "2016-05-15", 1.5e6 },
        { "P-E", "Old mail system", "Ancien système de courriel", mss, 0.8e6, "completed", "completed", "green", "green", "2015-01-01", "2015-01-01", 0.8e6 },
        { "P-F", "Clinic booking", "Rendez-vous en clinique", mss, 0.5e6, "active", "active", "green", "yellow", "2016-12-31", nullptr, 0.5e6 },
    };
    for (const P &p : projects) {
        QVariantMap v { { S("code"), S(p.code) }, { S("name_en"), S(p.en) }, { S("name_fr"), S(p.fr) },
                        { S("organization_id"), p.org }, { S("budget"), p.budget }, { S("state"), S(p.state) },
                        { S("planned_end"), S(p.end) }, { S("declared_cost"), S(p.cost) },
                        { S("declared_schedule"), S(p.schedule) }, { S("forecast_cost"), p.forecast } };
        if (p.delivered)
            v.insert(S("delivered_date"), S(p.delivered));
        const RowId id = insert(Entity::Project, v);
        insert(Entity::PeriodProject, { { S("period_id"), p1 }, { S("project_id"), id }, { S("state"), S(p.then) },
                                        { S("budget"), p.budget }, { S("cost"), S("green") }, { S("schedule"), S("green") } });
        insert(Entity::PeriodProject, { { S("period_id"), p2 }, { S("project_id"), id }, { S("state"), S(p.state) },
                                        { S("budget"), p.budget }, { S("forecast_cost"), p.forecast }, { S("cost"), S(p.cost) },
                                        { S("schedule"), S(p.schedule) } });
    }
    struct Sp { const char *code; const char *en; const char *fr; bool core; double internal; double external; };
    const Sp specialties[] = {
        { "SEC", "Information security", "Sécurité de l'information", true, 20, 30 },
        { "PM", "Project management", "Gestion de projets", true, 40, 10 },
        { "DEV", "Application development", "Développement d'applications", false, 5, 15 },
    };
    for (const Sp &s : specialties) {
        const RowId id = insert(Entity::Specialty, { { S("code"), S(s.code) }, { S("name_en"), S(s.en) },
                                                     { S("name_fr"), S(s.fr) }, { S("core_function"), s.core ? 1 : 0 } });
        for (RowId org : { mss, sct })
            insert(Entity::Workforce, { { S("organization_id"), org }, { S("specialty_id"), id },
                                        { S("survey_date"), S("2016-03-01") }, { S("internal_fte"), s.internal / 2 },
                                        { S("external_fte"), s.external / 2 } });
    }
    insert(Entity::Envelope, { { S("fiscal_year"), 2016 }, { S("organization_id"), mss }, { S("planned_needs"), 50e6 },
                               { S("granted"), 40e6 }, { S("committed"), 35e6 } });
    insert(Entity::Envelope, { { S("fiscal_year"), 2016 }, { S("organization_id"), sct }, { S("planned_needs"), 10e6 },
                               { S("granted"), 12e6 }, { S("committed"), 9e6 } });
    return file;
}

} // namespace VigieTest
