#include "sqliteequivalent.h"

namespace VigieBench::SqliteEquivalent {

namespace {

// A path for a dot-command argument.
QString quoted(const QString &path)
{
    QString p = path;
    return QLatin1Char('"') + p.replace(QLatin1Char('"'), QLatin1String("\\\"")) + QLatin1Char('"');
}

// A path as an SQL string literal.
QString literal(const QString &path)
{
    QString p = path;
    return QLatin1Char('\'') + p.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

// Effective colours of a project row: declared where set, else computed; the computed overall is the
// worse of the two effective ones.
const char *const kCost = "COALESCE(declared_cost, computed_cost)";
const char *const kSchedule = "COALESCE(declared_schedule, computed_schedule)";

QString overall(const QString &cost, const QString &schedule)
{
    return QStringLiteral("COALESCE(declared_overall, CASE WHEN %1 = 'red' OR %2 = 'red' THEN 'red' "
                          "WHEN %1 = 'yellow' OR %2 = 'yellow' THEN 'yellow' WHEN %1 = 'green' OR %2 = 'green' THEN 'green' END)")
        .arg(cost, schedule);
}

} // namespace

QList<Candidate> summaryAggregates()
{
    const QString c = QString::fromLatin1(kCost), s = QString::fromLatin1(kSchedule);
    // Grouped by the (cost, schedule, overall) triple: at most 64 rows the caller adds up.
    const QString grouped = QStringLiteral("SELECT %1 AS c, %2 AS s, %3 AS o, COUNT(*), TOTAL(budget) FROM project "
                                           "WHERE %4 = 'active' GROUP BY c, s, o;\n")
                                .arg(c, s, overall(c, s));
    // One row: every count and sum at once, no sort.
    QStringList sums { QStringLiteral("COUNT(*)"), QStringLiteral("TOTAL(budget)") };
    for (const QString &colour : { QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("red") }) {
        for (const QString &e : { QStringLiteral("c"), QStringLiteral("s"), QStringLiteral("o") }) {
            sums << QStringLiteral("SUM(%1 = '%2')").arg(e, colour)
                 << QStringLiteral("TOTAL(CASE WHEN %1 = '%2' THEN budget END)").arg(e, colour);
        }
    }
    const QString oneRow = QStringLiteral("SELECT %1 FROM (SELECT %2 AS c, %3 AS s, %4 AS o, budget FROM project "
                                          "WHERE +state = 'active');\n")
                               .arg(sums.join(QStringLiteral(", ")), c, s, overall(c, s));
    return {
        { QStringLiteral("GROUP BY (cost, schedule, overall), through the state index"), grouped.arg(QStringLiteral("state")) },
        { QStringLiteral("GROUP BY (cost, schedule, overall), table scan"), grouped.arg(QStringLiteral("+state")) },
        { QStringLiteral("one row of sums, table scan"), oneRow },
    };
}

QList<Candidate> trendAggregates()
{
    const QString measures = QStringLiteral("SELECT period_id, SUM(status = 'completed'), COUNT(*) FROM period_measure "
                                            "GROUP BY period_id;\n");
    return {
        { QStringLiteral("GROUP BY (period, overall)"),
          QStringLiteral("SELECT period_id, overall, COUNT(*) FROM period_project WHERE state = 'active' "
                         "GROUP BY period_id, overall;\n") + measures },
        { QStringLiteral("GROUP BY period through its index, sums by colour"),
          QStringLiteral("SELECT period_id, COUNT(*), SUM(overall = 'green'), SUM(overall = 'yellow'), SUM(overall = 'red') "
                         "FROM period_project WHERE state = 'active' GROUP BY period_id;\n") + measures },
        { QStringLiteral("GROUP BY period after a table scan, sums by colour"),
          QStringLiteral("SELECT period_id, COUNT(*), SUM(overall = 'green'), SUM(overall = 'yellow'), SUM(overall = 'red') "
                         "FROM period_project WHERE +state = 'active' GROUP BY +period_id;\n") + measures },
    };
}

QString copyRows(const QString &source)
{
    QString script = QStringLiteral("PRAGMA foreign_keys = ON;\nPRAGMA journal_mode = MEMORY;\nPRAGMA temp_store = MEMORY;\n"
                                    "PRAGMA cache_size = -1048576;\nPRAGMA ignore_check_constraints = ON;\n"
                                    "ATTACH %1 AS s;\nBEGIN;\nDELETE FROM portfolio;\nINSERT INTO portfolio SELECT * FROM s.portfolio;\n")
                         .arg(literal(source));
    // Parents before children; ORDER BY keeps SQLite from copying whole b-trees (what VACUUM does),
    // which no program writing rows one by one can do.
    for (const char *table : { "organization", "plan", "key_area", "measure", "measure_status_history", "project",
                               "baseline", "decision", "project_measure", "reporting_period", "period_measure",
                               "period_project", "specialty", "workforce", "envelope" })
        script += QStringLiteral("INSERT INTO %1 SELECT * FROM s.%1 ORDER BY id;\n").arg(QLatin1String(table));
    script += QStringLiteral("SELECT COUNT(*) FROM project WHERE NOT (state IN ('active', 'completed', 'cancelled')) "
                             "OR NOT (computed_cost IN ('green', 'yellow', 'red')) OR NOT (computed_schedule IN ('green', 'yellow', 'red'));\n"
                             "SELECT COUNT(*) FROM measure WHERE NOT (status IN ('not_started', 'under_way', 'completed', 'cancelled'));\n"
                             "COMMIT;\n");
    return script;
}

QString import(const QString &csv)
{
    return QStringLiteral(".mode csv\n.import %1 bench_import\n").arg(quoted(csv));
}

QString importSameRows(const QString &csv)
{
    const QString uuid = QStringLiteral("substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || "
                                        "substr(h, 17, 4) || '-' || substr(h, 21, 12)");
    // The 32 hexadecimal digits of a version 7 UUID in the order of the integer `n`, as Vigie makes them
    // (OrderedUuid, SqlDialect::newUuidSql): the same index appends on both sides. Put together without
    // QString::arg(), which would take printf's "%03x" for a placeholder.
    const auto ordered = [](const QString &n) {
        return QStringLiteral("printf('%012x7%03x%04x%04x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), ((")
            + n + QStringLiteral(") >> 30) & 4095, 32768 + (((") + n + QStringLiteral(") >> 16) & 16383), (") + n
            + QStringLiteral(") & 65535) || lower(hex(randomblob(4)))");
    };
    const QString money = QStringLiteral("round(CAST(NULLIF(trim(r.\"%1\"), '') AS REAL) * 1000000, 2)");
    const QString number = QStringLiteral("CAST(NULLIF(trim(r.\"%1\"), '') AS REAL)");
    const QString date = QStringLiteral("NULLIF(substr(trim(r.\"%1\"), 1, 10), '')");
    // HealthRule's Variance 10/30 on a variance in percent rounded to 1e-6 (reported first, else computed).
    const QString colour = QStringLiteral("CASE WHEN %1 IS NULL THEN NULL WHEN abs(round(%1 * 1e6) / 1e6) <= 10 THEN 'green' "
                                          "WHEN abs(round(%1 * 1e6) / 1e6) < 30 THEN 'yellow' ELSE 'red' END");
    const QString costVariance = QStringLiteral("COALESCE(x.rcv, CASE WHEN x.b > 0 AND x.fc IS NOT NULL THEN (x.fc - x.b) / x.b * 100 END)");
    const QString scheduleVariance = QStringLiteral(
        "COALESCE(x.rsv, CASE WHEN julianday(x.pe) - julianday(x.ps) > 0 AND julianday(x.fe) IS NOT NULL "
        "THEN (julianday(x.fe) - julianday(x.pe)) / (julianday(x.pe) - julianday(x.ps)) * 100 END)");
    // The page cache Vigie's import takes (ProjectImporter: 32 MB), which makes sqlite3 faster here too.
    return QStringLiteral(".import --csv --schema temp %1 rows\n").arg(quoted(csv))
        + QStringLiteral("PRAGMA ignore_check_constraints = ON;\nPRAGMA cache_size = -32768;\nBEGIN;\n")
        + QStringLiteral("INSERT INTO organization (uuid, code, name_en, name_fr, kind) SELECT %1, a, a, a, 'agency' FROM "
                         "(SELECT lower(hex(randomblob(16))) AS h, a FROM (SELECT DISTINCT trim(\"Agency Name\") AS a "
                         "FROM temp.rows WHERE trim(\"Agency Name\") <> ''));\n")
              .arg(uuid)
        + QStringLiteral("INSERT INTO project (uuid, code, state, name_en, organization_id, description, budget, original_budget, "
                         "forecast_cost, reported_cost_variance, planned_start, planned_end, forecast_end, "
                         "reported_schedule_variance, original_end, original_start, baselines, computed_cost, computed_schedule) "
                         "SELECT %1, x.code, 'active', x.name, o.id, x.description, COALESCE(x.b, 0), COALESCE(x.b, 0), x.fc, x.rcv, "
                         "x.ps, x.pe, x.fe, x.rsv, x.pe, x.ps, 1, %2, %3 "
                         "FROM (SELECT %11 AS h, trim(r.\"Project ID\") AS code, trim(r.\"Project Name\") AS name, "
                         "trim(r.\"Agency Name\") AS agency, trim(r.\"Project Description\") AS description, %4 AS b, %5 AS fc, "
                         "%6 AS rcv, %7 AS ps, %8 AS pe, %9 AS fe, %10 AS rsv FROM temp.rows r) x "
                         "LEFT JOIN organization o ON o.code = x.agency;\n")
              .arg(uuid, colour.arg(costVariance), colour.arg(scheduleVariance), money.arg(QStringLiteral("Planned Cost ($ M)")),
                   money.arg(QStringLiteral("Projected/Actual Cost ($ M)")), number.arg(QStringLiteral("Cost Variance (%)")),
                   date.arg(QStringLiteral("Start Date")), date.arg(QStringLiteral("Planned Project Completion Date (B2)")),
                   date.arg(QStringLiteral("Projected/Actual Project Completion Date (B2)")))
              .arg(number.arg(QStringLiteral("Schedule Variance (%)")), ordered(QStringLiteral("r.rowid")))
        + QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, new_value, changed_at, author) "
                         "SELECT 'project', uuid, '', NULL, 'created', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'bench' FROM project;\n")
        + QStringLiteral("INSERT INTO baseline (uuid, project_id, sequence, budget, planned_start, planned_end, note) "
                         "SELECT %1, id, 0, budget, planned_start, planned_end, 'Imported' "
                         "FROM (SELECT %2 AS h, * FROM project);\n")
              .arg(uuid, ordered(QStringLiteral("id")))
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
