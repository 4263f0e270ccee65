#include "rowreader.h"

#include "valuetext.h"

#include "storage/fields.h"
#include "storage/keptquery.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace Vigie {

RowReader::RowReader(const PortfolioFile &file)
    : m_file(file)
{
}

QList<QPair<QString, Entity>> RowReader::references(Entity entity)
{
    QList<QPair<QString, Entity>> list;
    for (Field f : Fields::of(entity)) {
        if (const std::optional<Entity> to = Fields::referenced(entity, f))
            list.append({ Fields::column(entity, f), *to });
    }
    return list;
}

std::optional<Entity> RowReader::referenced(Entity entity, const QString &column)
{
    const std::optional<Field> f = Fields::fromColumn(entity, column);
    return f ? Fields::referenced(entity, *f) : std::nullopt;
}

bool RowReader::isRequired(Entity entity, const QString &column) const
{
    auto it = m_required.constFind(int(entity));
    if (it == m_required.constEnd()) {
        QStringList required;
        QSqlQuery q(sqlDatabase(m_file));
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(tableName(entity)))) {
            while (q.next()) {
                if (q.value(3).toBool())
                    required << q.value(1).toString();
            }
        }
        readComplete(m_file, q);
        it = m_required.insert(int(entity), required);
    }
    return it->contains(column);
}

QVariantMap RowReader::storedRow(Entity entity, const QString &uuid) const
{
    QVariantMap row;
    KeptQuery q(m_file, QStringLiteral("SELECT * FROM %1 WHERE uuid = ?").arg(tableName(entity)));
    q->addBindValue(uuid);
    if (q->exec() && q->next()) {
        // The columns' names once per table: a QSqlRecord made for every row was a tenth of a merge.
        auto names = m_columnNames.constFind(int(entity));
        if (names == m_columnNames.constEnd()) {
            QStringList list;
            const QSqlRecord r = q->record();
            for (int i = 0; i < r.count(); ++i)
                list << r.fieldName(i);
            names = m_columnNames.insert(int(entity), list);
        }
        for (int i = 0; i < names->size(); ++i)
            row.insert(names->at(i), q->value(i));
    } else {
        readComplete(m_file, *q); // no such row, or a read error the file keeps (PortfolioFile::damage)
    }
    return row;
}

QVariantMap RowReader::row(Entity entity, const QString &uuid) const
{
    return comparable(entity, storedRow(entity, uuid));
}

QVariantMap RowReader::comparable(Entity entity, const QVariantMap &stored) const
{
    if (stored.isEmpty())
        return {};
    QVariantMap row = stored;
    row.remove(QStringLiteral("id"));
    for (const auto &[column, to] : references(entity)) {
        auto it = row.find(column);
        if (it != row.end())
            *it = isNullValue(*it) ? QString() : uuidOf(to, it->toLongLong());
    }
    return row;
}

RowId RowReader::idOf(Entity entity, const QString &uuid) const
{
    if (uuid.isEmpty())
        return 0;
    KeptQuery q(m_file, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(tableName(entity)));
    q->addBindValue(uuid);
    if (q->exec() && q->next())
        return q->value(0).toLongLong();
    readComplete(m_file, *q);
    return 0;
}

QString RowReader::uuidOf(Entity entity, RowId id) const
{
    const QString cacheKey = QString::number(int(entity)) + QLatin1Char(':') + QString::number(id);
    auto it = m_uuids.constFind(cacheKey);
    if (it != m_uuids.constEnd())
        return *it;
    KeptQuery q(m_file, QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(tableName(entity)));
    q->addBindValue(id);
    const QString uuid = q->exec() && q->next() ? q->value(0).toString() : QString();
    if (uuid.isEmpty())
        readComplete(m_file, *q);
    else
        m_uuids.insert(cacheKey, uuid);
    return uuid;
}

QList<RowRef> RowReader::children(Entity entity, const QString &uuid, bool recursive) const
{
    QList<RowRef> found;
    const std::function<void(Entity, const QString &)> visit = [&](Entity parent, const QString &parentUuid) {
        const RowId id = idOf(parent, parentUuid);
        if (!id)
            return;
        for (int e = 0; e < kEntityCount; ++e) {
            for (const auto &[column, to] : references(Entity(e))) {
                if (to != parent || !isRequired(Entity(e), column))
                    continue;
                QStringList uuids;
                {
                    KeptQuery q(m_file, QStringLiteral("SELECT uuid FROM %1 WHERE \"%2\" = ?").arg(tableName(Entity(e)), column));
                    q->addBindValue(id);
                    if (q->exec()) {
                        while (q->next())
                            uuids << q->value(0).toString();
                    }
                    readComplete(m_file, *q);
                }
                for (const QString &child : std::as_const(uuids)) {
                    found.append({ Entity(e), child });
                    if (recursive)
                        visit(Entity(e), child);
                }
            }
        }
    };
    visit(entity, uuid);
    return found;
}

QString RowReader::key(Entity entity, const QString &uuid) const
{
    const QVariantMap r = row(entity, uuid);
    return r.isEmpty() ? QString() : key(entity, r);
}

QString RowReader::key(Entity entity, const QVariantMap &row) const
{
    const auto text = [&](const char *column) { return row.value(QLatin1String(column)).toString(); };
    const auto parent = [&](Entity to, const char *column) {
        const QString k = key(to, text(column));
        return k.isEmpty() ? QStringLiteral("?") : k;
    };
    switch (entity) {
    case Entity::Portfolio: return text("name");
    case Entity::Organization:
    case Entity::Plan:
    case Entity::Project:
    case Entity::Specialty: return text("code");
    case Entity::KeyArea:
    case Entity::Measure: return text("number");
    case Entity::MeasureStatusChange: return parent(Entity::Measure, "measure_id") + QLatin1Char(' ') + text("changed_at");
    case Entity::Baseline: return parent(Entity::Project, "project_id") + QStringLiteral(" #") + text("sequence");
    case Entity::Decision: return parent(Entity::Project, "project_id") + QLatin1Char(' ') + text("decided_on");
    case Entity::ProjectMeasure:
        return parent(Entity::Project, "project_id") + QStringLiteral(" → ") + parent(Entity::Measure, "measure_id");
    case Entity::ReportingPeriod: return text("label");
    case Entity::PeriodProject:
        return parent(Entity::ReportingPeriod, "period_id") + QStringLiteral(" / ") + parent(Entity::Project, "project_id");
    case Entity::PeriodMeasure:
        return parent(Entity::ReportingPeriod, "period_id") + QStringLiteral(" / ") + parent(Entity::Measure, "measure_id");
    case Entity::Workforce:
        return parent(Entity::Organization, "organization_id") + QStringLiteral(" / ")
            + parent(Entity::Specialty, "specialty_id") + QStringLiteral(" / ") + text("survey_date");
    case Entity::Envelope: return parent(Entity::Organization, "organization_id") + QLatin1Char(' ') + text("fiscal_year");
    case Entity::BriefingItem: {
        // Its place in its period's briefing ("August 2016 / 2.0"); an item of no period is only its place.
        const QString place = text("section") + QLatin1Char('.') + text("position");
        return text("period_id").isEmpty() ? place : parent(Entity::ReportingPeriod, "period_id") + QStringLiteral(" / ") + place;
    }
    case Entity::CopyOrigin:
    case Entity::CopyMerge:
    case Entity::MergeLog: return row.value(QStringLiteral("uuid")).toString();
    }
    return QString();
}

BilingualText RowReader::names(Entity entity, const QVariantMap &row) const
{
    if (entity == Entity::BriefingItem) {
        const QString period = row.value(QStringLiteral("period_id")).toString();
        return period.isEmpty() ? BilingualText() : names(Entity::ReportingPeriod, period);
    }
    return ValueText::names(entity, row);
}

BilingualText RowReader::names(Entity entity, const QString &uuid) const
{
    const QVariantMap r = row(entity, uuid);
    return r.isEmpty() ? BilingualText() : names(entity, r);
}

QString RowReader::display(Entity entity, const QString &column, const QVariant &value) const
{
    if (isNullValue(value))
        return QString();
    if (const std::optional<Entity> to = referenced(entity, column)) {
        const QString uuid = value.toString();
        if (uuid.isEmpty())
            return QString();
        const QString k = key(*to, uuid);
        return k.isEmpty() ? uuid : k;
    }
    return value.toString();
}

} // namespace Vigie
