#include "sqliteequivalent.h"

namespace VigieBench::SqliteEquivalent {

namespace {

// A path for a dot-command argument.
QString quoted(const QString &path)
{
    QString p = path;
    return QLatin1Char('"') + p.replace(QLatin1Char('"'), QLatin1String("\\\"")) + QLatin1Char('"');
}

} // namespace

QString open()
{
    return QStringLiteral("PRAGMA quick_check(1);\n"
                          "SELECT name FROM sqlite_master WHERE type = 'table';\n");
}

QString summary()
{
    return QStringLiteral(
        "SELECT uuid, name, jurisdiction, currency, fiscal_year_start, default_language, cio_name, classification, "
        "health_rule FROM portfolio WHERE id = 1;\n"
        "SELECT k.number, k.title_en, k.title_fr, m.status, COUNT(m.id) FROM key_area k JOIN plan p ON p.id = k.plan_id "
        "LEFT JOIN measure m ON m.key_area_id = k.id GROUP BY k.id, m.status ORDER BY p.id, k.number;\n"
        "SELECT COUNT(*), TOTAL(budget) FROM project WHERE state = 'active';\n"
        "SELECT COALESCE(declared_cost, computed_cost) AS colour, COUNT(*), TOTAL(budget) FROM project "
        "WHERE state = 'active' GROUP BY colour;\n"
        "SELECT COALESCE(declared_schedule, computed_schedule) AS colour, COUNT(*), TOTAL(budget) FROM project "
        "WHERE state = 'active' GROUP BY colour;\n"
        "SELECT COALESCE(declared_overall, CASE"
        " WHEN COALESCE(declared_cost, computed_cost) = 'red' OR COALESCE(declared_schedule, computed_schedule) = 'red' THEN 'red'"
        " WHEN COALESCE(declared_cost, computed_cost) = 'yellow' OR COALESCE(declared_schedule, computed_schedule) = 'yellow' THEN 'yellow'"
        " WHEN COALESCE(declared_cost, computed_cost) = 'green' OR COALESCE(declared_schedule, computed_schedule) = 'green' THEN 'green'"
        " END) AS colour, COUNT(*), TOTAL(budget) FROM project WHERE state = 'active' GROUP BY colour;\n"
        "SELECT TOTAL(internal_fte), TOTAL(external_fte), COUNT(DISTINCT organization_id), MAX(survey_date) FROM workforce "
        "WHERE survey_date = (SELECT MAX(survey_date) FROM workforce);\n"
        "SELECT fiscal_year, TOTAL(planned_needs), TOTAL(granted), TOTAL(committed) FROM envelope "
        "WHERE fiscal_year = (SELECT MAX(fiscal_year) FROM envelope);\n");
}

QString import(const QString &csv)
{
    return QStringLiteral(".mode csv\n.import %1 bench_import\n").arg(quoted(csv));
}

QString exportProjects(const QString &output)
{
    return QStringLiteral(
               ".headers on\n.mode csv\n.once %1\n"
               "SELECT p.code, p.name_en, p.name_fr, COALESCE(NULLIF(o.name_en, ''), o.code), p.description, p.phase, "
               "p.budget, p.original_budget, p.actual_cost, p.forecast_cost, p.reported_cost_variance, p.planned_start, "
               "p.planned_end, p.forecast_end, p.reported_schedule_variance, p.declared_cost, p.declared_schedule, "
               "p.declared_overall, p.computed_cost, p.computed_schedule, p.state "
               "FROM project p LEFT JOIN organization o ON o.id = p.organization_id ORDER BY p.code;\n")
        .arg(quoted(output));
}

} // namespace VigieBench::SqliteEquivalent
