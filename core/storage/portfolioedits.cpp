// The generic, journaled edits of PortfolioFile (by entity, UUID and column) and the recomputation of
// project indicators they trigger. Opening, creating and transactions are in portfoliofile.cpp.
#include "portfoliofile.h"

#include "storage/sqlutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Vigie {

QStringList PortfolioFile::columns(Entity entity) const
{
    auto it = m_columns.constFind(int(entity));
    if (it != m_columns.constEnd())
        return *it;
    QStringList names;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(tableName(entity)))) {
        while (q.next())
            names << q.value(1).toString();
    }
    m_columns.insert(int(entity), names);
    return names;
}

bool PortfolioFile::hasColumn(Entity entity, const QString &column) const
{
    return columns(entity).contains(column);
}

QVariant PortfolioFile::toStorage(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case QMetaType::QDateTime: {
        const QDateTime d = value.toDateTime();
        return d.isValid() ? QVariant(d.toUTC().toString(Qt::ISODate)) : QVariant();
    }
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Health>()) {
        const QString key = HealthText::key(value.value<Health>());
        return key.isEmpty() ? QVariant() : QVariant(key);
    }
    if (value.metaType() == QMetaType::fromType<MeasureStatus>())
        return MeasureStatusText::key(value.value<MeasureStatus>());
    return value;
}

QVariant PortfolioFile::value(Entity entity, const QString &uuid, const QString &column, bool *found) const
{
    if (found)
        *found = false;
    if (!hasColumn(entity, column))
        return {};
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT \"%1\" FROM %2 WHERE uuid = ?").arg(column, tableName(entity)));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return {};
    if (found)
        *found = true;
    return q.value(0);
}

RowId PortfolioFile::rowId(Entity entity, const QString &uuid) const
{
    return value(entity, uuid, QStringLiteral("id")).toLongLong();
}

QString PortfolioFile::rowUuid(Entity entity, RowId id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(tableName(entity)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool PortfolioFile::journal(Entity entity, const QString &uuid, const QString &field, const QVariant &oldValue,
                            const QVariant &newValue)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO change_journal (entity, entity_uuid, field, old_value, new_value, "
                             "changed_at, author) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(tableName(entity));
    q.addBindValue(uuid);
    q.addBindValue(field.isNull() ? QStringLiteral("") : field); // "" = the whole row
    q.addBindValue(oldValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(oldValue.toString()));
    q.addBindValue(newValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(newValue.toString()));
    q.addBindValue(now().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(m_author.isEmpty() ? QStringLiteral("") : m_author);
    if (!q.exec()) {
        qWarning("journal: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

namespace {
bool affectsIndicators(const QString &column)
{
    static const QStringList columns { QStringLiteral("budget"), QStringLiteral("planned_start"),
                                       QStringLiteral("planned_end"), QStringLiteral("forecast_cost"),
                                       QStringLiteral("forecast_end"), QStringLiteral("reported_cost_variance"),
                                       QStringLiteral("reported_schedule_variance") };
    return columns.contains(column);
}

// Same value as far as the file is concerned (SQLite gives back 1.0 as double, 1 as int, …).
bool sameStored(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const bool an = a.typeId() == QMetaType::Double || a.typeId() == QMetaType::LongLong || a.typeId() == QMetaType::Int;
    const bool bn = b.typeId() == QMetaType::Double || b.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::Int;
    if (an && bn)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}
} // namespace

bool PortfolioFile::setValue(Entity entity, const QString &uuid, const QString &column, const QVariant &value,
                             QString *error)
{
    if (m_readOnly)
        return setError(error, tr("The portfolio is open read-only."));
    if (!hasColumn(entity, column) || column == QLatin1String("id") || column == QLatin1String("uuid"))
        return setError(error, tr("Unknown field %1.%2.").arg(tableName(entity), column));
    bool found = false;
    const QVariant old = this->value(entity, uuid, column, &found);
    if (!found)
        return setError(error, tr("The %1 being edited no longer exists.").arg(tableName(entity)));
    const QVariant stored = toStorage(value);
    if (sameStored(old, stored))
        return true;

    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE %1 SET \"%2\" = ? WHERE uuid = ?").arg(tableName(entity), column));
    q.addBindValue(stored);
    q.addBindValue(uuid);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    if (!journal(entity, uuid, column, old, stored))
        return setError(error, tr("The change journal cannot be written."));
    if (entity == Entity::Project && affectsIndicators(column)) {
        if (!recomputeProject(rowId(entity, uuid), error))
            return false;
    } else if (entity == Entity::Baseline) {
        const RowId project = this->value(entity, uuid, QStringLiteral("project_id")).toLongLong();
        if (!syncBaselines(database(), project) || !recomputeProject(project, error))
            return setError(error, tr("The project's baselines cannot be updated."));
    }
    if (!t.commit())
        return setError(error, tr("The change could not be written to the file."));
    Q_EMIT changed(entity, uuid, column);
    return true;
}

QString PortfolioFile::insertRow(Entity entity, QVariantMap values, QString *error)
{
    if (m_readOnly) {
        setError(error, tr("The portfolio is open read-only."));
        return {};
    }
    if (values.value(QStringLiteral("uuid")).toString().isEmpty())
        values.insert(QStringLiteral("uuid"), newUuid());
    const QString uuid = values.value(QStringLiteral("uuid")).toString();
    QStringList names, marks;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!hasColumn(entity, it.key())) {
            setError(error, tr("Unknown field %1.%2.").arg(tableName(entity), it.key()));
            return {};
        }
        names << QStringLiteral("\"%1\"").arg(it.key());
        marks << QStringLiteral("?");
    }
    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(tableName(entity), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.addBindValue(toStorage(it.value()));
    if (!q.exec()) {
        setError(error, sqlErrorText(q.lastError()));
        return {};
    }
    if (!journal(entity, uuid, QString(), QVariant(), QStringLiteral("created"))) {
        setError(error, tr("The change journal cannot be written."));
        return {};
    }
    if (entity == Entity::Project) {
        recomputeProject(rowId(entity, uuid));
    } else if (entity == Entity::Baseline) {
        const RowId project = values.value(QStringLiteral("project_id")).toLongLong();
        syncBaselines(database(), project);
        recomputeProject(project);
    }
    if (!t.commit()) {
        setError(error, tr("The change could not be written to the file."));
        return {};
    }
    Q_EMIT changed(entity, uuid, QString());
    return uuid;
}

QVariantMap PortfolioFile::rowSnapshot(Entity entity, const QString &uuid) const
{
    QVariantMap row;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE uuid = ?").arg(tableName(entity)));
    q.addBindValue(uuid);
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), r.value(i));
    }
    return row;
}

bool PortfolioFile::deleteRow(Entity entity, const QString &uuid, QString *error)
{
    if (m_readOnly)
        return setError(error, tr("The portfolio is open read-only."));
    const RowId project = entity == Entity::Baseline
        ? this->value(entity, uuid, QStringLiteral("project_id")).toLongLong() : 0;
    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(tableName(entity)));
    q.addBindValue(uuid);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    if (!journal(entity, uuid, QString(), QStringLiteral("exists"), QStringLiteral("deleted")))
        return setError(error, tr("The change journal cannot be written."));
    if (project) {
        syncBaselines(database(), project);
        recomputeProject(project);
    }
    if (!t.commit())
        return setError(error, tr("The change could not be written to the file."));
    Q_EMIT changed(entity, uuid, QString());
    return true;
}

bool PortfolioFile::restoreRow(Entity entity, const QVariantMap &snapshot, QString *error)
{
    return !insertRow(entity, snapshot, error).isEmpty();
}

bool PortfolioFile::recomputeProject(RowId projectId, QString *error)
{
    const HealthRule rule = healthRule();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT budget, planned_start, planned_end, forecast_cost, forecast_end, "
                             "reported_cost_variance, reported_schedule_variance, computed_cost, computed_schedule "
                             "FROM project WHERE id = ?"));
    q.addBindValue(projectId);
    if (!q.exec() || !q.next())
        return setError(error, tr("No such project."));
    Project p = projectForRule(q);
    const QString cost = HealthText::key(rule.computeCost(p));
    const QString schedule = HealthText::key(rule.computeSchedule(p));
    if (cost == q.value(7).toString() && schedule == q.value(8).toString())
        return true;
    QSqlQuery u(database());
    u.prepare(QStringLiteral("UPDATE project SET computed_cost = ?, computed_schedule = ? WHERE id = ?"));
    u.addBindValue(cost.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(cost));
    u.addBindValue(schedule.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(schedule));
    u.addBindValue(projectId);
    return u.exec() || setError(error, sqlErrorText(u.lastError()));
}

bool PortfolioFile::recomputeAllProjects(QString *error)
{
    if (m_readOnly)
        return true;
    const HealthRule rule = healthRule();
    Transaction t(*this);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT budget, planned_start, planned_end, forecast_cost, forecast_end, "
                               "reported_cost_variance, reported_schedule_variance, computed_cost, "
                               "computed_schedule, id FROM project")))
        return setError(error, sqlErrorText(q.lastError()));
    QSqlQuery u(database());
    u.prepare(QStringLiteral("UPDATE project SET computed_cost = ?, computed_schedule = ? WHERE id = ?"));
    while (q.next()) {
        const Project p = projectForRule(q);
        const QString cost = HealthText::key(rule.computeCost(p));
        const QString schedule = HealthText::key(rule.computeSchedule(p));
        if (cost == q.value(7).toString() && schedule == q.value(8).toString())
            continue;
        u.addBindValue(cost.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(cost));
        u.addBindValue(schedule.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(schedule));
        u.addBindValue(q.value(9));
        if (!u.exec())
            return setError(error, sqlErrorText(u.lastError()));
    }
    return t.commit();
}

} // namespace Vigie
