#include "uniquekeys.h"

#include "model/limits.h"
#include "storage/codelookup.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace Vigie {

namespace {

bool hasCode(Entity entity)
{
    return entity == Entity::Organization || entity == Entity::Plan || entity == Entity::Project
        || entity == Entity::Specialty;
}

QString text(const QVariantMap &row, const char *column)
{
    const QVariant v = row.value(QLatin1String(column));
    return isNullValue(v) ? QString() : v.toString();
}

qlonglong number(const QVariantMap &row, const char *column)
{
    return row.value(QLatin1String(column)).toLongLong();
}

QStringList uuids(QSqlQuery &q)
{
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

// The plan a measure's number is unique in: the row's "plan_id" when the caller gives it, else its key area's.
qlonglong measurePlan(const PortfolioFile &file, const QVariantMap &row)
{
    if (row.contains(QStringLiteral("plan_id")))
        return number(row, "plan_id");
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT plan_id FROM key_area WHERE id = ?"));
    q.addBindValue(number(row, "key_area_id"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// The largest number or sequence used under a parent (0 when none).
qlonglong largest(const PortfolioFile &file, Entity entity, const QVariantMap &row)
{
    QSqlQuery q(sqlDatabase(file));
    if (entity == Entity::KeyArea) {
        q.prepare(QStringLiteral("SELECT MAX(number) FROM key_area WHERE plan_id = ?"));
        q.addBindValue(number(row, "plan_id"));
    } else if (entity == Entity::Measure) {
        q.prepare(QStringLiteral("SELECT MAX(m.number) FROM measure m JOIN key_area a ON a.id = m.key_area_id "
                                 "WHERE a.plan_id = ?"));
        q.addBindValue(measurePlan(file, row));
    } else {
        q.prepare(QStringLiteral("SELECT MAX(sequence) FROM baseline WHERE project_id = ?"));
        q.addBindValue(number(row, "project_id"));
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

UniqueKeys::Resolution UniqueKeys::resolution(Entity entity)
{
    switch (entity) {
    case Entity::Organization:
    case Entity::Plan:
    case Entity::Project:
    case Entity::Specialty:
    case Entity::KeyArea:
    case Entity::Measure:
    case Entity::Baseline:
    case Entity::ReportingPeriod: return Resolution::Rename;
    case Entity::Workforce:
    case Entity::Envelope: return Resolution::Replace;
    case Entity::ProjectMeasure: return Resolution::Same;
    default: return Resolution::None; // no key, or rows a copy never brings (frozen rows follow their period)
    }
}

QStringList UniqueKeys::columns(Entity entity)
{
    if (hasCode(entity))
        return { QStringLiteral("code") };
    switch (entity) {
    case Entity::KeyArea: return { QStringLiteral("plan_id"), QStringLiteral("number") };
    case Entity::Measure: return { QStringLiteral("key_area_id"), QStringLiteral("number") };
    case Entity::Baseline: return { QStringLiteral("project_id"), QStringLiteral("sequence") };
    case Entity::ReportingPeriod: return { QStringLiteral("label"), QStringLiteral("label_fr") };
    case Entity::ProjectMeasure: return { QStringLiteral("project_id"), QStringLiteral("measure_id") };
    case Entity::Workforce:
        return { QStringLiteral("organization_id"), QStringLiteral("specialty_id"), QStringLiteral("survey_date") };
    case Entity::Envelope: return { QStringLiteral("fiscal_year"), QStringLiteral("organization_id") };
    default: return {};
    }
}

QString UniqueKeys::shownColumn(Entity entity)
{
    if (hasCode(entity))
        return QStringLiteral("code");
    switch (entity) {
    case Entity::KeyArea:
    case Entity::Measure: return QStringLiteral("number");
    case Entity::Baseline: return QStringLiteral("sequence");
    case Entity::ReportingPeriod: return QStringLiteral("label");
    case Entity::ProjectMeasure: return QStringLiteral("measure_id");
    case Entity::Workforce: return QStringLiteral("survey_date");
    case Entity::Envelope: return QStringLiteral("fiscal_year");
    default: return QString();
    }
}

QStringList UniqueKeys::texts(Entity entity, const QVariantMap &row, const QString &planUuid)
{
    const QString table = tableName(entity) + QLatin1Char(':');
    if (hasCode(entity)) {
        const QString code = text(row, "code");
        return code.isEmpty() ? QStringList() : QStringList { table + code.toLower() };
    }
    QStringList parts;
    switch (entity) {
    case Entity::ReportingPeriod: {
        // One name space for both languages: a label names one period in either (Edits::freezePeriod).
        QStringList out;
        for (const char *column : { "label", "label_fr" }) {
            const QString label = text(row, column);
            if (!label.isEmpty())
                out << table + label.toLower();
        }
        return out;
    }
    case Entity::KeyArea: parts << text(row, "plan_id") << QString::number(number(row, "number")); break;
    case Entity::Measure: parts << planUuid << QString::number(number(row, "number")); break;
    case Entity::Baseline: parts << text(row, "project_id") << QString::number(number(row, "sequence")); break;
    case Entity::ProjectMeasure: parts << text(row, "project_id") << text(row, "measure_id"); break;
    case Entity::Workforce:
        parts << text(row, "organization_id") << text(row, "specialty_id") << text(row, "survey_date");
        break;
    case Entity::Envelope: parts << QString::number(number(row, "fiscal_year")) << text(row, "organization_id"); break;
    default: return {};
    }
    for (const QString &p : std::as_const(parts)) {
        if (p.isEmpty())
            return {};
    }
    return { table + parts.join(QLatin1Char('|')) };
}

QStringList UniqueKeys::find(const PortfolioFile &file, Entity entity, const QVariantMap &row, const QString &self)
{
    QSqlQuery q(sqlDatabase(file));
    // '' rather than NULL for a row not in the file: NULL would compare as unknown.
    const QString other = self.isEmpty() ? QStringLiteral("") : self;
    if (hasCode(entity)) {
        const QString code = text(row, "code");
        if (code.isEmpty())
            return {};
        QList<CodeLookup::Row> same;
        CodeLookup::sameIgnoringCase(sqlDatabase(file), q, tableName(entity), code, other, &same);
        QStringList out;
        for (const CodeLookup::Row &r : std::as_const(same))
            out << r.uuid;
        return out;
    }
    switch (entity) {
    case Entity::ReportingPeriod: {
        QStringList labels;
        for (const char *column : { "label", "label_fr" }) {
            if (!text(row, column).isEmpty())
                labels << text(row, column);
        }
        if (labels.isEmpty())
            return {};
        q.prepare(QStringLiteral("SELECT uuid FROM reporting_period WHERE uuid <> ? AND (lower(label) IN (lower(?), lower(?)) "
                                 "OR (label_fr <> '' AND lower(label_fr) IN (lower(?), lower(?))))"));
        q.addBindValue(other);
        for (int i = 0; i < 2; ++i) {
            q.addBindValue(labels.constFirst());
            q.addBindValue(labels.constLast());
        }
        return uuids(q);
    }
    case Entity::KeyArea:
        q.prepare(QStringLiteral("SELECT uuid FROM key_area WHERE plan_id = ? AND number = ? AND uuid <> ?"));
        q.addBindValue(number(row, "plan_id"));
        q.addBindValue(number(row, "number"));
        break;
    case Entity::Measure:
        q.prepare(QStringLiteral("SELECT m.uuid FROM measure m JOIN key_area a ON a.id = m.key_area_id "
                                 "WHERE a.plan_id = ? AND m.number = ? AND m.uuid <> ?"));
        q.addBindValue(measurePlan(file, row));
        q.addBindValue(number(row, "number"));
        break;
    case Entity::Baseline:
        q.prepare(QStringLiteral("SELECT uuid FROM baseline WHERE project_id = ? AND sequence = ? AND uuid <> ?"));
        q.addBindValue(number(row, "project_id"));
        q.addBindValue(number(row, "sequence"));
        break;
    case Entity::ProjectMeasure:
        q.prepare(QStringLiteral("SELECT uuid FROM project_measure WHERE project_id = ? AND measure_id = ? AND uuid <> ?"));
        q.addBindValue(number(row, "project_id"));
        q.addBindValue(number(row, "measure_id"));
        break;
    case Entity::Workforce:
        q.prepare(QStringLiteral("SELECT uuid FROM workforce WHERE organization_id = ? AND specialty_id = ? "
                                 "AND survey_date = ? AND uuid <> ?"));
        q.addBindValue(number(row, "organization_id"));
        q.addBindValue(number(row, "specialty_id"));
        q.addBindValue(text(row, "survey_date"));
        break;
    case Entity::Envelope:
        q.prepare(QStringLiteral("SELECT uuid FROM envelope WHERE fiscal_year = ? AND organization_id = ? AND uuid <> ?"));
        q.addBindValue(number(row, "fiscal_year"));
        q.addBindValue(number(row, "organization_id"));
        break;
    default: return {};
    }
    q.addBindValue(other);
    return uuids(q);
}

QVariantMap UniqueKeys::freeKey(const PortfolioFile &file, Entity entity, const QVariantMap &row,
                                const std::function<bool(const QVariantMap &)> &taken)
{
    if (resolution(entity) != Resolution::Rename)
        return {};
    const auto free = [&](const QVariantMap &candidate) {
        QVariantMap renamed = row;
        for (auto it = candidate.constBegin(); it != candidate.constEnd(); ++it)
            renamed.insert(it.key(), it.value());
        return find(file, entity, renamed, QString()).isEmpty() && !(taken && taken(candidate));
    };
    // Bounded: a file holds far fewer rows than this; past it, the write itself says what is wrong.
    constexpr int kTries = 100000;
    if (hasCode(entity)) {
        const QString code = text(row, "code");
        for (int n = 2; n < kTries; ++n) {
            const QString suffix = QStringLiteral("-%1").arg(n);
            const QString candidate = code.size() + suffix.size() <= Limits::codeLength
                ? code + suffix
                : code.left(Limits::codeLength - suffix.size()).trimmed() + suffix;
            if (free({ { QStringLiteral("code"), candidate } }))
                return { { QStringLiteral("code"), candidate } };
        }
        return {};
    }
    if (entity == Entity::ReportingPeriod) {
        const QString label = text(row, "label"), labelFr = text(row, "label_fr");
        for (int n = 2; n < kTries; ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            QVariantMap candidate { { QStringLiteral("label"), label + suffix } };
            if (!labelFr.isEmpty())
                candidate.insert(QStringLiteral("label_fr"), labelFr + suffix);
            if (free(candidate))
                return candidate;
        }
        return {};
    }
    // A number or a sequence: after the largest one used, so that no number comes back to mean another item.
    const QString column = shownColumn(entity);
    for (qlonglong n = largest(file, entity, row) + 1, end = n + kTries; n < end; ++n) {
        if (free({ { column, n } }))
            return { { column, n } };
    }
    return {};
}

QVariant UniqueKeys::placeholder(Entity entity, RowId id)
{
    const QString column = shownColumn(entity);
    if (column == QLatin1String("number") || column == QLatin1String("sequence") || column == QLatin1String("fiscal_year"))
        return -id; // row keys are positive: no real row has a negative number
    // A control character: refused in every code, label and date a person types or imports.
    return QString(QChar(0x1f)) + QString::number(id);
}

} // namespace Vigie
