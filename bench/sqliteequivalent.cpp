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

QString importSameRows(const QString &csv)
{
    const QString uuid = QStringLiteral("substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || "
                                        "substr(h, 17, 4) || '-' || substr(h, 21, 12)");
    const QString money = QStringLiteral("round(CAST(NULLIF(trim(r.\"%1\"), '') AS REAL) * 1000000, 2)");
    const QString number = QStringLiteral("CAST(NULLIF(trim(r.\"%1\"), '') AS REAL)");
    const QString date = QStringLiteral("NULLIF(substr(trim(r.\"%1\"), 1, 10), '')");
    return QStringLiteral(".import --csv --schema temp %1 rows\n").arg(quoted(csv))
        + QStringLiteral("PRAGMA ignore_check_constraints = ON;\nPRAGMA cache_size = -262144;\nBEGIN;\n")
        + QStringLiteral("INSERT INTO organization (uuid, code, name_en, name_fr, kind) SELECT %1, a, a, a, 'agency' FROM "
                         "(SELECT lower(hex(randomblob(16))) AS h, a FROM (SELECT DISTINCT trim(\"Agency Name\") AS a "
                         "FROM temp.rows WHERE trim(\"Agency Name\") <> ''));\n")
              .arg(uuid)
        + QStringLiteral("INSERT INTO project (uuid, code, state, name_en, organization_id, description, budget, original_budget, "
                         "forecast_cost, reported_cost_variance, planned_start, planned_end, forecast_end, "
                         "reported_schedule_variance, original_end) "
                         "SELECT %1, trim(r.\"Project ID\"), 'active', trim(r.\"Project Name\"), o.id, trim(r.\"Project Description\"), "
                         "COALESCE(%2, 0), COALESCE(%2, 0), %3, %4, %5, %6, %7, %8, %6 "
                         "FROM (SELECT lower(hex(randomblob(16))) AS h, * FROM temp.rows) r "
                         "LEFT JOIN organization o ON o.code = trim(r.\"Agency Name\");\n")
              .arg(uuid, money.arg(QStringLiteral("Planned Cost ($ M)")), money.arg(QStringLiteral("Projected/Actual Cost ($ M)")),
                   number.arg(QStringLiteral("Cost Variance (%)")), date.arg(QStringLiteral("Start Date")),
                   date.arg(QStringLiteral("Planned Project Completion Date (B2)")),
                   date.arg(QStringLiteral("Projected/Actual Project Completion Date (B2)")),
                   number.arg(QStringLiteral("Schedule Variance (%)")))
        + QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, new_value, changed_at, author) "
                         "SELECT 'project', uuid, '', NULL, 'created', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'bench' FROM project;\n")
        + QStringLiteral("INSERT INTO baseline (uuid, project_id, sequence, budget, planned_start, planned_end, note) "
                         "SELECT %1, id, 0, budget, planned_start, planned_end, 'Imported' "
                         "FROM (SELECT lower(hex(randomblob(16))) AS h, * FROM project);\n")
              .arg(uuid)
        + QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, new_value, changed_at, author) "
                         "SELECT 'baseline', uuid, '', NULL, 'created', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'bench' FROM baseline;\n")
        + QStringLiteral("SELECT COUNT(*) FROM project WHERE NOT (state IN ('active', 'completed', 'cancelled')) "
                         "OR NOT (declared_cost IN ('green', 'yellow', 'red')) OR NOT (declared_schedule IN ('green', 'yellow', 'red')) "
                         "OR NOT (computed_cost IN ('green', 'yellow', 'red')) OR NOT (computed_schedule IN ('green', 'yellow', 'red')) "
                         "OR NOT (declared_overall IN ('green', 'yellow', 'red'));\n")
        + QStringLiteral("COMMIT;\n");
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
