// The tables Vigie exports: their columns and the queries that stream their rows.
#include "exporter.h"
#include "storage/sqlaccess.h"

#include "io/mapping.h"
#include "model/health.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

QVariant healthCell(Health h)
{
    const QString key = HealthText::key(h);
    return key.isEmpty() ? QVariant() : QVariant(key);
}

Health healthOf(const QVariant &v)
{
    return HealthText::fromKey(v.toString()).value_or(Health::Unrated);
}

} // namespace

QString Exporter::sheetName(ExportTable table)
{
    switch (table) {
    case ExportTable::Projects: return tr("Projects");
    case ExportTable::Measures: return tr("Measures");
    case ExportTable::Workforce: return tr("Workforce");
    }
    return {};
}

QList<ExportColumn> Exporter::columns(ExportTable table)
{
    QList<ExportColumn> c;
    switch (table) {
    case ExportTable::Projects:
        for (int f = 0; f < kImportFieldCount; ++f) {
            const auto field = ImportField(f);
            CellKind kind = CellKind::Text;
            switch (ImportMapping::fieldKind(field)) {
            case FieldKind::Money: kind = CellKind::Money; break;
            case FieldKind::Percent: kind = CellKind::Percent; break;
            case FieldKind::Date: kind = CellKind::Date; break;
            case FieldKind::Health: kind = CellKind::Health; break;
            default: break; // text, and the measures served as "9; 12"
            }
            c << ExportColumn { ImportMapping::fieldName(field), ImportMapping::fieldLabel(field), kind };
        }
        c << ExportColumn { QStringLiteral("cost_health"), tr("Cost indicator"), CellKind::Health }
          << ExportColumn { QStringLiteral("schedule_health"), tr("Schedule indicator"), CellKind::Health }
          << ExportColumn { QStringLiteral("overall_health"), tr("Overall health"), CellKind::Health }
          << ExportColumn { QStringLiteral("state"), tr("State"), CellKind::Text };
        break;
    case ExportTable::Measures:
        c << ExportColumn { QStringLiteral("plan"), tr("Plan"), CellKind::Text }
          << ExportColumn { QStringLiteral("key_area"), tr("Key area"), CellKind::Number }
          << ExportColumn { QStringLiteral("number"), tr("Measure"), CellKind::Number }
          << ExportColumn { QStringLiteral("title_en"), tr("Title (English)"), CellKind::Text }
          << ExportColumn { QStringLiteral("title_fr"), tr("Title (French)"), CellKind::Text }
          << ExportColumn { QStringLiteral("owner"), tr("Owner"), CellKind::Text }
          << ExportColumn { QStringLiteral("due_date"), tr("Due date"), CellKind::Date }
          << ExportColumn { QStringLiteral("status"), tr("Status"), CellKind::Text }
          << ExportColumn { QStringLiteral("percent_complete"), tr("Percent complete"), CellKind::Percent }
          << ExportColumn { QStringLiteral("comment"), tr("Comment"), CellKind::Text };
        break;
    case ExportTable::Workforce:
        c << ExportColumn { QStringLiteral("organization"), tr("Organization"), CellKind::Text }
          << ExportColumn { QStringLiteral("specialty"), tr("Specialty code"), CellKind::Text }
          << ExportColumn { QStringLiteral("specialty_en"), tr("Specialty (English)"), CellKind::Text }
          << ExportColumn { QStringLiteral("specialty_fr"), tr("Specialty (French)"), CellKind::Text }
          << ExportColumn { QStringLiteral("survey_date"), tr("Survey date"), CellKind::Date }
          << ExportColumn { QStringLiteral("internal_fte"), tr("Internal FTEs"), CellKind::Number }
          << ExportColumn { QStringLiteral("external_fte"), tr("External FTEs"), CellKind::Number };
        break;
    }
    return c;
}

bool Exporter::readTable(const PortfolioFile &file, ExportTable table,
                         const std::function<bool(const QVariantList &)> &sink, QString *error)
{
    QSqlQuery q(sqlDatabase(file));
    q.setForwardOnly(true);
    QString sql;
    switch (table) {
    case ExportTable::Projects:
        sql = QStringLiteral(
            "SELECT p.code, p.name_en, p.name_fr, COALESCE(NULLIF(o.name_en, ''), o.code), p.description, p.phase, "
            "p.budget, p.original_budget, p.actual_cost, p.forecast_cost, p.reported_cost_variance, p.planned_start, "
            "p.planned_end, p.forecast_end, p.reported_schedule_variance, p.declared_cost, p.declared_schedule, "
            "p.declared_overall, (SELECT GROUP_CONCAT(number, '; ') FROM (SELECT m.number FROM project_measure l "
            "JOIN measure m ON m.id = l.measure_id WHERE l.project_id = p.id ORDER BY m.number)), "
            "p.computed_cost, p.computed_schedule, p.state "
            "FROM project p LEFT JOIN organization o ON o.id = p.organization_id ORDER BY p.code");
        break;
    case ExportTable::Measures:
        sql = QStringLiteral(
            "SELECT pl.code, k.number, m.number, m.title_en, m.title_fr, COALESCE(NULLIF(o.name_en, ''), o.code), "
            "m.due_date, m.status, m.percent_complete, m.comment FROM measure m "
            "JOIN key_area k ON k.id = m.key_area_id JOIN plan pl ON pl.id = k.plan_id "
            "LEFT JOIN organization o ON o.id = m.owner_id ORDER BY pl.code, k.number, m.number");
        break;
    case ExportTable::Workforce:
        sql = QStringLiteral(
            "SELECT COALESCE(NULLIF(o.name_en, ''), o.code), s.code, s.name_en, s.name_fr, w.survey_date, "
            "w.internal_fte, w.external_fte FROM workforce w JOIN organization o ON o.id = w.organization_id "
            "JOIN specialty s ON s.id = w.specialty_id ORDER BY o.name_en, s.code, w.survey_date");
        break;
    }
    if (!q.exec(sql))
        return setError(error, q.lastError().text());
    QVariantList row;
    while (q.next()) {
        row.clear();
        if (table == ExportTable::Projects) {
            for (int i = 0; i < kImportFieldCount; ++i)
                row << q.value(i);
            const Health declaredCost = healthOf(q.value(15));
            const Health declaredSchedule = healthOf(q.value(16));
            const Health declaredOverall = healthOf(q.value(17));
            const Health cost = effective(declaredCost, healthOf(q.value(19)));
            const Health schedule = effective(declaredSchedule, healthOf(q.value(20)));
            row << healthCell(cost) << healthCell(schedule)
                << healthCell(effective(declaredOverall, worse(cost, schedule))) << q.value(21);
        } else {
            const int n = table == ExportTable::Measures ? 10 : 7;
            for (int i = 0; i < n; ++i)
                row << q.value(i);
        }
        if (!sink(row))
            return false;
    }
    // A damaged page ends the loop like the last row would: without this, an export wrote part of the
    // table and said it was done.
    return readComplete(file, q, error);
}

} // namespace Vigie
