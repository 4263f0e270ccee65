#include "schema.h"

#include <QSqlQuery>

namespace Vigie::Schema {

namespace {

// Version 1: the first released schema. Never edit it: files in the field were made with it.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE portfolio (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            jurisdiction TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL DEFAULT 'CAD',
            fiscal_year_start INTEGER NOT NULL DEFAULT 4,
            default_language TEXT NOT NULL DEFAULT 'en',
            health_rule TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE organization (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE,
            name_en TEXT NOT NULL DEFAULT '',
            name_fr TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'agency'))"),
        QStringLiteral(R"(CREATE TABLE plan (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE,
            title_en TEXT NOT NULL DEFAULT '',
            title_fr TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT))"),
        QStringLiteral(R"(CREATE TABLE key_area (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            title_en TEXT NOT NULL DEFAULT '',
            title_fr TEXT NOT NULL DEFAULT '',
            UNIQUE (plan_id, number)))"),
        QStringLiteral(R"(CREATE TABLE measure (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            key_area_id INTEGER NOT NULL REFERENCES key_area(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            title_en TEXT NOT NULL DEFAULT '',
            title_fr TEXT NOT NULL DEFAULT '',
            owner_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'not_started'
                CHECK (status IN ('not_started', 'under_way', 'completed', 'cancelled')),
            percent_complete REAL NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
            comment TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE measure_status_history (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            changed_at TEXT NOT NULL,
            from_status TEXT NOT NULL,
            to_status TEXT NOT NULL,
            percent_complete REAL NOT NULL DEFAULT 0,
            comment TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE project (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE,
            name_en TEXT NOT NULL DEFAULT '',
            name_fr TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            organization_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
            phase TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'completed', 'cancelled')),
            budget REAL NOT NULL DEFAULT 0,
            planned_start TEXT,
            planned_end TEXT,
            original_budget REAL NOT NULL DEFAULT 0,
            original_end TEXT,
            actual_cost REAL,
            forecast_cost REAL,
            forecast_end TEXT,
            delivered_date TEXT,
            reported_cost_variance REAL,
            reported_schedule_variance REAL,
            declared_cost TEXT CHECK (declared_cost IN ('green', 'yellow', 'red')),
            declared_schedule TEXT CHECK (declared_schedule IN ('green', 'yellow', 'red')),
            computed_cost TEXT CHECK (computed_cost IN ('green', 'yellow', 'red')),
            computed_schedule TEXT CHECK (computed_schedule IN ('green', 'yellow', 'red'))))"),
        QStringLiteral(R"(CREATE TABLE baseline (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            approved_date TEXT,
            budget REAL NOT NULL,
            planned_start TEXT,
            planned_end TEXT,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (project_id, sequence)))"),
        QStringLiteral(R"(CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            decided_on TEXT,
            authority TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            text_en TEXT NOT NULL DEFAULT '',
            text_fr TEXT NOT NULL DEFAULT '',
            budget_change REAL))"),
        QStringLiteral(R"(CREATE TABLE project_measure (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            UNIQUE (project_id, measure_id)))"),
        QStringLiteral(R"(CREATE TABLE reporting_period (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL UNIQUE,
            as_of TEXT NOT NULL,
            frozen_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE period_project (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            period_id INTEGER NOT NULL REFERENCES reporting_period(id) ON DELETE CASCADE,
            project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            state TEXT NOT NULL,
            budget REAL NOT NULL,
            forecast_cost REAL,
            forecast_end TEXT,
            cost TEXT,
            schedule TEXT,
            overall TEXT,
            UNIQUE (period_id, project_id)))"),
        QStringLiteral(R"(CREATE TABLE period_measure (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            period_id INTEGER NOT NULL REFERENCES reporting_period(id) ON DELETE CASCADE,
            measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            percent_complete REAL NOT NULL,
            UNIQUE (period_id, measure_id)))"),
        QStringLiteral(R"(CREATE TABLE specialty (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE,
            name_en TEXT NOT NULL DEFAULT '',
            name_fr TEXT NOT NULL DEFAULT '',
            core_function INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE workforce (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
            specialty_id INTEGER NOT NULL REFERENCES specialty(id) ON DELETE CASCADE,
            survey_date TEXT NOT NULL,
            internal_fte REAL NOT NULL DEFAULT 0 CHECK (internal_fte >= 0),
            external_fte REAL NOT NULL DEFAULT 0 CHECK (external_fte >= 0),
            UNIQUE (organization_id, specialty_id, survey_date)))"),
        QStringLiteral(R"(CREATE TABLE envelope (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            fiscal_year INTEGER NOT NULL,
            organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
            planned_needs REAL NOT NULL DEFAULT 0,
            granted REAL NOT NULL DEFAULT 0,
            committed REAL NOT NULL DEFAULT 0,
            UNIQUE (fiscal_year, organization_id)))"),
        QStringLiteral(R"(CREATE TABLE change_journal (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_uuid TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            changed_at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX project_organization ON project(organization_id)"),
        QStringLiteral("CREATE INDEX measure_key_area ON measure(key_area_id)"),
        QStringLiteral("CREATE INDEX history_measure ON measure_status_history(measure_id)"),
        QStringLiteral("CREATE INDEX decision_project ON decision(project_id)"),
        QStringLiteral("CREATE INDEX workforce_specialty ON workforce(specialty_id)"),
    };
}

// Version 2: briefing items (PSCIOC template), declared overall colour, the title block of briefings,
// and a journal index so "what changed since" stays fast on files that travelled for years.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE portfolio ADD COLUMN cio_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE portfolio ADD COLUMN classification TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE project ADD COLUMN declared_overall TEXT "
                       "CHECK (declared_overall IN ('green', 'yellow', 'red'))"),
        QStringLiteral(R"(CREATE TABLE briefing_item (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            period_id INTEGER REFERENCES reporting_period(id) ON DELETE CASCADE,
            section INTEGER NOT NULL CHECK (section BETWEEN 1 AND 4),
            position INTEGER NOT NULL DEFAULT 0,
            text_en TEXT NOT NULL DEFAULT '',
            text_fr TEXT NOT NULL DEFAULT '',
            measure_id INTEGER REFERENCES measure(id) ON DELETE SET NULL,
            project_id INTEGER REFERENCES project(id) ON DELETE SET NULL,
            origin TEXT NOT NULL DEFAULT 'free' CHECK (origin IN ('drafted', 'free'))))"),
        QStringLiteral("CREATE INDEX journal_entity ON change_journal(entity_uuid)"),
        QStringLiteral("CREATE INDEX project_state ON project(state)"),
    };
}

// Version 3: every edit is a changeset (one transaction: what, who, when, from where), the unit that undo
// reverts and that merges and shared servers exchange; journal rows belong to their changeset.
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE changeset (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT '',
            reverts INTEGER REFERENCES changeset(id)))"),
        QStringLiteral("ALTER TABLE change_journal ADD COLUMN changeset_id INTEGER REFERENCES changeset(id)"),
        QStringLiteral("CREATE INDEX journal_changeset ON change_journal(changeset_id)"),
        // Copies sent to organizations and merged back (core/merge). A copy holds one copy_origin row: the
        // portfolio it came from, the journal position it was taken at and the organization it is limited
        // to ('' = the whole portfolio). The master keeps one copy_merge row per copy merged and one
        // merge_log row per change a merge applied or kept, with who made it in the copy and when.
        QStringLiteral(R"(CREATE TABLE copy_origin (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            portfolio_uuid TEXT NOT NULL,
            base_changeset INTEGER NOT NULL DEFAULT 0,
            base_changeset_uuid TEXT NOT NULL DEFAULT '',
            organization_code TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL DEFAULT '',
            taken_at TEXT NOT NULL,
            taken_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE copy_merge (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            copy_uuid TEXT NOT NULL,
            organization_code TEXT NOT NULL DEFAULT '',
            copy_changeset INTEGER NOT NULL DEFAULT 0,
            source_name TEXT NOT NULL DEFAULT '',
            merged_at TEXT NOT NULL,
            merged_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX copy_merge_copy ON copy_merge(copy_uuid)"),
        QStringLiteral(R"(CREATE TABLE merge_log (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            copy_merge_id INTEGER NOT NULL REFERENCES copy_merge(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            entity_uuid TEXT NOT NULL,
            item_key TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL CHECK (action IN ('changed', 'added', 'deleted', 'restored', 'kept')),
            old_value TEXT,
            new_value TEXT,
            author TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX merge_log_merge ON merge_log(copy_merge_id)"),
        // A portfolio set up from nothing: its French name, the CIO's title (both languages) and contact
        // for the briefing's title block; a reporting period's French label.
        QStringLiteral("ALTER TABLE portfolio ADD COLUMN name_fr TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE portfolio ADD COLUMN cio_title TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE portfolio ADD COLUMN cio_title_fr TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE portfolio ADD COLUMN cio_contact TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE reporting_period ADD COLUMN label_fr TEXT NOT NULL DEFAULT ''"),
        // The projects serving a measure (Strategy view, link gaps) are looked up by measure.
        QStringLiteral("CREATE INDEX project_measure_measure ON project_measure(measure_id)"),
        // Bilingual stored text: the French form of measure comments, status history comments and
        // baseline notes; and the workforce at-risk threshold (percent of external FTEs above which a
        // specialty is flagged), which the analyst sets per portfolio.
        QStringLiteral("ALTER TABLE measure ADD COLUMN comment_fr TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE measure_status_history ADD COLUMN comment_fr TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE baseline ADD COLUMN note_fr TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE portfolio ADD COLUMN external_risk_threshold REAL NOT NULL DEFAULT 50"),
    };
}

// Version 4: honest colours. Who re-authorized a baseline; the computed colours beside the shown ones in
// a frozen period (what declaring hid then). Files of version 3 were written by the previous release:
// they open and are upgraded, so this is a step of its own and version 3 stays as it shipped.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE baseline ADD COLUMN authority TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE period_project ADD COLUMN computed_cost TEXT"),
        QStringLiteral("ALTER TABLE period_project ADD COLUMN computed_schedule TEXT"),
    };
}

// Version 5: staleness. When each project and measure was last touched (edited, imported even unchanged,
// merged from a copy, or confirmed "still accurate"), as UTC ISO text; NULL: unknown. A file upgraded
// from version 4 takes the time of the row's latest journal entry, when the journal has one; rows
// the journal never saw (bulk-written samples, rows older than the journal) stay unknown.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE project ADD COLUMN touched TEXT"),
        QStringLiteral("ALTER TABLE measure ADD COLUMN touched TEXT"),
        QStringLiteral("UPDATE project SET touched = (SELECT MAX(changed_at) FROM change_journal "
                       "WHERE entity = 'project' AND entity_uuid = project.uuid)"),
        QStringLiteral("UPDATE measure SET touched = (SELECT MAX(changed_at) FROM change_journal "
                       "WHERE entity = 'measure' AND entity_uuid = measure.uuid)"),
    };
}

// Version 6: a project's original baseline in its own row. `original_start` beside `original_budget`
// and `original_end` (the first baseline row's figures) and `baselines`, how many baseline rows it has:
// kept in step by every write of a baseline row (syncBaselines, imports, samples), so that the colours
// against the original baseline come from one scan of the projects, not a second pass over the baselines.
// A file upgraded from version 5 takes all four from its baseline rows. And an index of the budgets.
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE project ADD COLUMN original_start TEXT"),
        QStringLiteral("ALTER TABLE project ADD COLUMN baselines INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE project SET baselines = g.n, original_budget = f.budget, original_start = f.planned_start, "
                       "original_end = f.planned_end "
                       "FROM (SELECT project_id, COUNT(*) AS n, MIN(sequence) AS first FROM baseline GROUP BY project_id) g "
                       "JOIN baseline f ON f.project_id = g.project_id AND f.sequence = g.first "
                       "WHERE project.id = g.project_id"),
        // The order a large portfolio is read in first (the largest projects): its first screen without
        // a sort of every row (ProjectQueries).
        QStringLiteral("CREATE INDEX project_budget ON project(budget)"),
    };
}

// Version 7: every reference to a project row is indexed. Deleting a project (or undoing its addition)
// makes SQLite find the rows that name it in each table referring to it, to cascade or clear them; the
// reporting periods' rows and the briefing items had no index on their project, so each deletion read
// the whole of period_project: 3 to 4 s at a million projects (docs/PERFORMANCE.md, part 18).
QStringList version7()
{
    return {
        QStringLiteral("CREATE INDEX period_project_project ON period_project(project_id)"),
        QStringLiteral("CREATE INDEX briefing_item_project ON briefing_item(project_id)"),
    };
}

// Version 8: a change's name in both languages. A changeset keeps its undo text in English (label) and
// in French (label_fr), and a merge's log the name of the copy's change it applied in both (comment,
// comment_fr), so that a merge report or a conflict shows the other desk's change in the reader's
// language. Older changesets keep their one text, in whichever language it was written: label_fr
// stays empty and the label is read in both.
QStringList version8()
{
    return {
        QStringLiteral("ALTER TABLE changeset ADD COLUMN label_fr TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE merge_log ADD COLUMN comment_fr TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace

QStringList migration(int to)
{
    switch (to) {
    case 1: return version1();
    case 2: return version2();
    case 3: return version3();
    case 4: return version4();
    case 5: return version5();
    case 6: return version6();
    case 7: return version7();
    case 8: return version8();
    default: return {};
    }
}

bool createCurrent(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        return false;
    for (int v = 1; v <= currentVersion; ++v) {
        for (const QString &statement : migration(v)) {
            if (!q.exec(statement))
                return false;
        }
    }
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion));
}

QStringList requiredTables(int version)
{
    QStringList tables { QStringLiteral("portfolio"), QStringLiteral("organization"), QStringLiteral("plan"),
                         QStringLiteral("key_area"), QStringLiteral("measure"),
                         QStringLiteral("measure_status_history"), QStringLiteral("project"),
                         QStringLiteral("baseline"), QStringLiteral("decision"),
                         QStringLiteral("project_measure"), QStringLiteral("reporting_period"),
                         QStringLiteral("period_project"), QStringLiteral("period_measure"),
                         QStringLiteral("specialty"), QStringLiteral("workforce"), QStringLiteral("envelope"),
                         QStringLiteral("change_journal") };
    if (version >= 2)
        tables << QStringLiteral("briefing_item");
    if (version >= 3)
        tables << QStringLiteral("changeset") << QStringLiteral("copy_origin") << QStringLiteral("copy_merge")
               << QStringLiteral("merge_log");
    return tables;
}

QString ColumnCheck::condition() const
{
    if (!words.isEmpty()) {
        QStringList quoted;
        for (const QString &w : words)
            quoted << QLatin1Char('\'') + w + QLatin1Char('\'');
        return QStringLiteral("%1 IN (%2)").arg(column, quoted.join(QLatin1String(", ")));
    }
    if (minimum && maximum && *minimum == *maximum)
        return QStringLiteral("%1 = %2").arg(column).arg(*minimum);
    if (minimum && maximum)
        return QStringLiteral("%1 BETWEEN %2 AND %3").arg(column).arg(*minimum).arg(*maximum);
    if (minimum)
        return QStringLiteral("%1 >= %2").arg(column).arg(*minimum);
    return QStringLiteral("%1 <= %2").arg(column).arg(maximum.value_or(0));
}

QList<ColumnCheck> columnChecks(const QString &table)
{
    const auto oneOf = [](const char *column, QStringList words) { return ColumnCheck { QLatin1String(column), words, {}, {} }; };
    const auto between = [](const char *column, std::optional<double> minimum, std::optional<double> maximum) {
        return ColumnCheck { QLatin1String(column), {}, minimum, maximum };
    };
    const QStringList colours { QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("red") };
    if (table == QLatin1String("project")) {
        return { oneOf("state", { QStringLiteral("active"), QStringLiteral("completed"), QStringLiteral("cancelled") }),
                 oneOf("declared_cost", colours), oneOf("declared_schedule", colours), oneOf("computed_cost", colours),
                 oneOf("computed_schedule", colours), oneOf("declared_overall", colours) };
    }
    if (table == QLatin1String("measure")) {
        return { oneOf("status", { QStringLiteral("not_started"), QStringLiteral("under_way"), QStringLiteral("completed"),
                                   QStringLiteral("cancelled") }),
                 between("percent_complete", 0, 100) };
    }
    if (table == QLatin1String("workforce"))
        return { between("internal_fte", 0, {}), between("external_fte", 0, {}) };
    if (table == QLatin1String("portfolio"))
        return { between("id", 1, 1) };
    if (table == QLatin1String("briefing_item"))
        return { between("section", 1, 4), oneOf("origin", { QStringLiteral("drafted"), QStringLiteral("free") }) };
    if (table == QLatin1String("merge_log")) {
        return { oneOf("action", { QStringLiteral("changed"), QStringLiteral("added"), QStringLiteral("deleted"),
                                   QStringLiteral("restored"), QStringLiteral("kept") }) };
    }
    return {};
}

QStringList checkConstraints(const QString &table)
{
    QStringList conditions;
    for (const ColumnCheck &c : columnChecks(table))
        conditions << c.condition();
    return conditions;
}

} // namespace Vigie::Schema
