// The journaled row edits of PortfolioFile (by entity, UUID and field), what a deletion takes with it,
// and the derived values kept in step after each write (computed colours, a project's current baseline,
// a reporting period's frozen rows). Opening and creating files are in portfoliofile.cpp, transactions
// and changesets in transaction.cpp, undoing changesets in revert.cpp.
#include "portfoliofile.h"

#include "storage/fields.h"
#include "storage/journal.h"
#include "storage/keptquery.h"
#include "storage/serverroles.h"
#include "storage/sqldialect.h"
#include "storage/sqlutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Vigie {

namespace {

// A column that refers to a row of another table. A required reference makes the row go with the row
// it refers to; an optional one is cleared. Deletions follow these themselves (journaled, undoable)
// rather than leaving them to the schema's ON DELETE actions, which the journal would not see.
struct Reference
{
    Entity from;
    Field field;
    Entity to;
    bool required;
};

const QList<Reference> &references()
{
    using E = Entity;
    using F = Field;
    static const QList<Reference> list {
        { E::KeyArea, F::Plan, E::Plan, true },
        { E::Measure, F::KeyArea, E::KeyArea, true },
        { E::Measure, F::Owner, E::Organization, false },
        { E::MeasureStatusChange, F::Measure, E::Measure, true },
        { E::Project, F::Organization, E::Organization, false },
        { E::Baseline, F::Project, E::Project, true },
        { E::Decision, F::Project, E::Project, true },
        { E::ProjectMeasure, F::Project, E::Project, true },
        { E::ProjectMeasure, F::Measure, E::Measure, true },
        { E::PeriodProject, F::Project, E::Project, true },
        { E::PeriodMeasure, F::Measure, E::Measure, true },
        { E::Workforce, F::Organization, E::Organization, true },
        { E::Workforce, F::Specialty, E::Specialty, true },
        { E::Envelope, F::Organization, E::Organization, true },
        { E::BriefingItem, F::Period, E::ReportingPeriod, true },
        { E::BriefingItem, F::Measure, E::Measure, false },
        { E::BriefingItem, F::Project, E::Project, false },
        { E::MergeLog, F::CopyMerge, E::CopyMerge, true },
        // A period's frozen rows (period_project, period_measure) are the period itself: made when the
        // period is created (fillPeriod) and removed with it by the schema.
    };
    return list;
}

// Project columns the health rule reads: writing one recomputes the project's colours.
bool affectsIndicators(const QString &column)
{
    static const QStringList columns { QStringLiteral("budget"), QStringLiteral("planned_start"),
                                       QStringLiteral("planned_end"), QStringLiteral("forecast_cost"),
                                       QStringLiteral("forecast_end"), QStringLiteral("reported_cost_variance"),
                                       QStringLiteral("reported_schedule_variance") };
    return columns.contains(column);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

QStringList PortfolioFile::columns(Entity entity) const
{
    auto it = m_columns.constFind(int(entity));
    if (it != m_columns.constEnd())
        return *it;
    QStringList names;
    QSet<QString> notNullText;
    for (const SqlDialect::Column &column : SqlDialect::tableColumns(database(), tableName(entity))) {
        names << column.name;
        if (column.notNullText)
            notNullText.insert(column.name);
    }
    m_columns.insert(int(entity), names);
    m_notNullText.insert(int(entity), notNullText);
    return names;
}

bool PortfolioFile::notNullText(Entity entity, const QString &column) const
{
    columns(entity);
    return m_notNullText.value(int(entity)).contains(column);
}

QString PortfolioFile::columnOf(Entity entity, Field field) const
{
    const QString column = Fields::column(entity, field);
    return !column.isEmpty() && columns(entity).contains(column) ? column : QString();
}

bool PortfolioFile::hasField(Entity entity, Field field) const
{
    return !columnOf(entity, field).isEmpty();
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
    case QMetaType::Bool:
        return QVariant(value.toBool() ? 1 : 0);
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

QVariant PortfolioFile::columnValue(Entity entity, const QString &uuid, const QString &column, bool *found) const
{
    if (found)
        *found = false;
    if (!columns(entity).contains(column))
        return {};
    KeptQuery q(*this, QStringLiteral("SELECT \"%1\" FROM %2 WHERE uuid = ?").arg(column, tableName(entity)));
    q->addBindValue(uuid);
    if (!q->exec() || !q->next())
        return {};
    if (found)
        *found = true;
    return q->value(0);
}

QVariant PortfolioFile::value(Entity entity, const QString &uuid, Field field, bool *found) const
{
    const QString column = columnOf(entity, field);
    if (column.isEmpty()) {
        if (found)
            *found = false;
        return {};
    }
    return columnValue(entity, uuid, column, found);
}

RowId PortfolioFile::rowId(Entity entity, const QString &uuid) const
{
    return columnValue(entity, uuid, QStringLiteral("id"), nullptr).toLongLong();
}

QString PortfolioFile::rowUuid(Entity entity, RowId id) const
{
    KeptQuery q(*this, QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(tableName(entity)));
    q->addBindValue(id);
    return q->exec() && q->next() ? q->value(0).toString() : QString();
}

bool PortfolioFile::setValue(Entity entity, const QString &uuid, Field field, const QVariant &value, QString *error)
{
    if (m_readOnly)
        return setError(error, tr("The portfolio is open read-only."));
    const QString column = columnOf(entity, field);
    if (column.isEmpty())
        return setError(error, tr("This field does not apply to this item (%1).").arg(EntityText::label(entity)));
    return setColumn(entity, uuid, column, toStorage(value), error);
}

bool PortfolioFile::setColumn(Entity entity, const QString &uuid, const QString &column, const QVariant &value,
                              QString *error)
{
    if (column == QLatin1String("id") || column == QLatin1String("uuid"))
        return setError(error, tr("A row's keys cannot be changed."));
    bool found = false;
    const QVariant old = columnValue(entity, uuid, column, &found);
    if (!found)
        return setError(error, tr("The item being edited (%1) no longer exists.").arg(EntityText::label(entity)));
    // An emptied text is "", never NULL, in the schema's NOT NULL text columns.
    QVariant stored = value;
    if (isNullValue(stored))
        stored = notNullText(entity, column) ? QVariant(QStringLiteral("")) : QVariant();
    if (sameStoredValue(old, stored))
        return true;

    Transaction t(*this);
    if (m_seen >= 0) // a client that keeps row versions: changed by someone else since it last looked?
        checkRowVersion(entity, uuid, column, old, stored, false);
    // On a server others write at the same time: the value is changed only if it is still the one read
    // (optimistic; never a silent overwrite), and the server's row security may refuse the row.
    const bool server = isServer();
    KeptQuery q(*this, QStringLiteral("UPDATE %1 SET \"%2\" = ? WHERE uuid = ?").arg(tableName(entity), column)
                           + (server ? QStringLiteral(" AND \"%1\" IS NOT DISTINCT FROM ?").arg(column) : QString()));
    q->addBindValue(stored);
    q->addBindValue(uuid);
    if (server)
        q->addBindValue(old);
    if (!q->exec())
        return writeRefused(error, server ? ServerRoles::refusal(entity, author(), q->lastError())
                                      : sqlErrorText(q->lastError()));
    if (server && q->numRowsAffected() != 1) {
        bool still = false;
        const QVariant current = columnValue(entity, uuid, column, &still);
        if (still && !sameStoredValue(current, old))
            return writeRefused(error, tr("Someone else changed this %1 on the server since it was read; nothing was "
                                      "overwritten. Look at it again and redo the change if it still applies.")
                                       .arg(EntityText::label(entity).toLower()));
        return writeRefused(error, ServerRoles::refusal(entity, author(), QSqlError()));
    }
    if (!journal().fieldChanged(entity, uuid, column, old, stored, error))
        return false;
    noteChange(entity, Change::Kind::Modified, uuid, Fields::fromColumn(entity, column).value_or(Field::Code));
    if (!afterRowWrite(entity, uuid, column, 0, error) || !touchOwner(entity, uuid, column, 0, error))
        return false;
    return t.commit() || setError(error, commitFailureText());
}

bool PortfolioFile::insertColumns(Entity entity, const QVariantMap &values, QString *error)
{
    QStringList names, marks;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!columns(entity).contains(it.key()))
            return setError(error, tr("The field %2 does not apply to this item (%1).").arg(EntityText::label(entity), it.key()));
        names << QStringLiteral("\"%1\"").arg(it.key());
        marks << QStringLiteral("?");
    }
    // Kept prepared: an import or a merge inserts many rows with the same columns.
    KeptQuery q(*this, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(tableName(entity), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q->addBindValue(it.value());
    if (q->exec())
        return true;
    return writeRefused(error, isServer() ? ServerRoles::refusal(entity, author(), q->lastError())
                                      : sqlErrorText(q->lastError()));
}

QString PortfolioFile::insertRow(Entity entity, const FieldValues &values, const QString &uuid, QString *error)
{
    if (m_readOnly) {
        setError(error, tr("The portfolio is open read-only."));
        return {};
    }
    QVariantMap row;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString column = columnOf(entity, it.key());
        if (column.isEmpty()) {
            setError(error, tr("This field does not apply to this item (%1).").arg(EntityText::label(entity)));
            return {};
        }
        QVariant stored = toStorage(it.value());
        if (isNullValue(stored))
            stored = notNullText(entity, column) ? QVariant(QStringLiteral("")) : QVariant();
        row.insert(column, stored);
    }
    const QString id = uuid.isEmpty() ? newUuid() : uuid;
    row.insert(QStringLiteral("uuid"), id);
    Transaction t(*this);
    const QString touched = QStringLiteral("touched");
    if ((entity == Entity::Project || entity == Entity::Measure) && !row.contains(touched)
        && columns(entity).contains(touched) && m_changesetInfo.origin != QLatin1String("revert")) {
        row.insert(touched, touchStamp());
        m_touchedRows.insert(tableName(entity) + QLatin1Char(':') + id);
    }
    if (!insertColumns(entity, row, error) || !journal().created(entity, id, error))
        return {};
    noteChange(entity, Change::Kind::Added, id);
    if (!afterRowWrite(entity, id, QString(), values.value(Field::Project).toLongLong(), error)
        || !touchOwner(entity, id, QString(), 0, error))
        return {};
    if (!t.commit()) {
        setError(error, commitFailureText());
        return {};
    }
    return id;
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
    const QVariantMap row = rowSnapshot(entity, uuid);
    if (row.isEmpty())
        return setError(error, tr("The item being removed (%1) no longer exists.").arg(EntityText::label(entity)));
    const RowId id = row.value(QStringLiteral("id")).toLongLong();
    if (const QString refusal = deletionRefusal(entity, uuid); !refusal.isEmpty())
        return setError(error, refusal);

    Transaction t(*this);
    if (m_seen >= 0)
        checkRowVersion(entity, uuid, QString(), QVariant(), QVariant(), true);
    // Removing a decision or a baseline is an edit of its project (the project's own deletion is not).
    if (entity != Entity::Project && entity != Entity::Measure) {
        const RowId owner = row.value(entity == Entity::MeasureStatusChange ? QStringLiteral("measure_id")
                                                                            : QStringLiteral("project_id")).toLongLong();
        if (!touchOwner(entity, uuid, QString(), owner, error))
            return false;
    }
    for (const Reference &r : references()) {
        if (r.to != entity)
            continue;
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE \"%2\" = ?").arg(tableName(r.from), Fields::column(r.from, r.field)));
        q.addBindValue(id);
        if (!q.exec())
            return setError(error, sqlErrorText(q.lastError()));
        QStringList referring;
        while (q.next())
            referring << q.value(0).toString();
        for (const QString &other : std::as_const(referring)) {
            const bool done = r.required ? deleteRow(r.from, other, error)
                                         : setColumn(r.from, other, Fields::column(r.from, r.field), QVariant(), error);
            if (!done)
                return false;
        }
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(tableName(entity)));
    q.addBindValue(uuid);
    const bool server = isServer();
    if (!q.exec())
        return writeRefused(error, server ? ServerRoles::refusal(entity, author(), q.lastError())
                                      : sqlErrorText(q.lastError()));
    if (server && q.numRowsAffected() != 1) // row security hid it (it was read just before)
        return writeRefused(error, ServerRoles::refusal(entity, author(), QSqlError()));
    if (!journal().deleted(entity, uuid, row, error))
        return false;
    noteChange(entity, Change::Kind::Removed, uuid);
    if (entity == Entity::Baseline
        && !afterRowWrite(entity, QString(), QString(), row.value(QStringLiteral("project_id")).toLongLong(), error))
        return false;
    return t.commit() || setError(error, commitFailureText());
}

QHash<Entity, int> PortfolioFile::dependents(Entity entity, const QString &uuid) const
{
    QHash<Entity, int> counts;
    const std::function<void(Entity, RowId)> visit = [&](Entity e, RowId id) {
        for (const Reference &r : references()) {
            if (r.to != e || !r.required)
                continue;
            QSqlQuery q(database());
            q.prepare(QStringLiteral("SELECT id FROM %1 WHERE \"%2\" = ?").arg(tableName(r.from), Fields::column(r.from, r.field)));
            q.addBindValue(id);
            if (!q.exec())
                continue;
            while (q.next()) {
                ++counts[r.from];
                visit(r.from, q.value(0).toLongLong());
            }
        }
    };
    const RowId id = rowId(entity, uuid);
    if (id)
        visit(entity, id);
    return counts;
}

QString PortfolioFile::deletionRefusal(Entity entity, const QString &uuid) const
{
    // Only these hold frozen rows through links that cannot be cleared (references()): every other kind
    // is deleted without walking what depends on it, which deleteRow does for every row it removes.
    if (entity != Entity::Project && entity != Entity::Measure && entity != Entity::KeyArea && entity != Entity::Plan)
        return QString();
    const QHash<Entity, int> counts = dependents(entity, uuid);
    if (!counts.value(Entity::PeriodProject) && !counts.value(Entity::PeriodMeasure))
        return QString();
    const QVariantMap row = rowSnapshot(entity, uuid);
    const bool numbered = entity == Entity::Measure || entity == Entity::KeyArea;
    const QString name = QStringLiteral("%1 %2").arg(EntityText::label(entity).toLower(),
                                                     row.value(numbered ? QStringLiteral("number") : QStringLiteral("code")).toString());
    if (entity != Entity::Project && entity != Entity::Measure) {
        return tr("Cannot delete %1: it holds measures reported in frozen reporting periods, and deleting it would "
                  "change what those periods reported. Delete those periods first, or mark its measures cancelled.")
            .arg(name);
    }
    QSqlQuery q(database());
    q.prepare(entity == Entity::Project
                  ? QStringLiteral("SELECT COUNT(DISTINCT period_id) FROM period_project WHERE project_id = ?")
                  : QStringLiteral("SELECT COUNT(DISTINCT period_id) FROM period_measure WHERE measure_id = ?"));
    q.addBindValue(row.value(QStringLiteral("id")));
    const int periods = q.exec() && q.next() ? q.value(0).toInt() : 1;
    return tr("Cannot delete %1: it was reported in %n frozen reporting period(s), and deleting it would change "
              "what was reported. Mark it cancelled instead, or delete those periods first.",
              nullptr, qMax(1, periods))
        .arg(name);
}

bool PortfolioFile::writeRefused(QString *error, const QString &message)
{
    m_writeRefused = true;
    return setError(error, message);
}

QString PortfolioFile::touchStamp()
{
    if (m_touchStamp.isEmpty())
        m_touchStamp = now().toUTC().toString(Qt::ISODateWithMs);
    return m_touchStamp;
}

bool PortfolioFile::touch(Entity entity, const QString &uuid, QString *error)
{
    const QString column = QStringLiteral("touched");
    if ((entity != Entity::Project && entity != Entity::Measure) || !columns(entity).contains(column))
        return true;
    Transaction t(*this);
    const QString key = tableName(entity) + QLatin1Char(':') + uuid;
    if (m_touchedRows.contains(key))
        return t.commit();
    m_touchedRows.insert(key);
    return setColumn(entity, uuid, column, touchStamp(), error) && t.commit();
}

// What an edit of `entity`'s row (its `column`; "" for a row created or deleted) touches: the row itself
// for a project or measure, the project of a decision or baseline, the measure of a status history row.
// `owner` is the owning row's id when the caller knows it (a row being deleted). Undo and redo do not
// stamp: they put back the stamps the journal holds.
bool PortfolioFile::touchOwner(Entity entity, const QString &uuid, const QString &column, RowId owner, QString *error)
{
    if (m_changesetInfo.origin == QLatin1String("revert"))
        return true;
    switch (entity) {
    case Entity::Project:
    case Entity::Measure: {
        static const QStringList derived { QStringLiteral("touched"), QStringLiteral("computed_cost"),
                                           QStringLiteral("computed_schedule") };
        return derived.contains(column) || touch(entity, uuid, error);
    }
    case Entity::Decision:
    case Entity::Baseline:
    case Entity::MeasureStatusChange: {
        const Entity to = entity == Entity::MeasureStatusChange ? Entity::Measure : Entity::Project;
        const QString ref = to == Entity::Measure ? QStringLiteral("measure_id") : QStringLiteral("project_id");
        const RowId id = owner ? owner : columnValue(entity, uuid, ref, nullptr).toLongLong();
        const QString ownerUuid = id ? rowUuid(to, id) : QString();
        return ownerUuid.isEmpty() || touch(to, ownerUuid, error);
    }
    default:
        return true;
    }
}

bool PortfolioFile::afterRowWrite(Entity entity, const QString &uuid, const QString &column, RowId projectId,
                                  QString *error)
{
    switch (entity) {
    case Entity::Project:
        if (column.isEmpty() || affectsIndicators(column))
            return recomputeProject(rowId(entity, uuid), error);
        return true;
    case Entity::Baseline: {
        const RowId project = projectId ? projectId : columnValue(entity, uuid, QStringLiteral("project_id"), nullptr).toLongLong();
        if (!syncBaselines(database(), project))
            return setError(error, tr("The project's baselines cannot be updated."));
        const QString projectUuid = rowUuid(Entity::Project, project);
        for (Field f : { Field::Budget, Field::PlannedStart, Field::PlannedEnd, Field::OriginalBudget, Field::OriginalEnd })
            noteChange(Entity::Project, Change::Kind::Modified, projectUuid, f);
        return recomputeProject(project, error);
    }
    case Entity::Portfolio:
        if (column == QLatin1String("health_rule"))
            return recomputeAllProjects(error);
        return true;
    case Entity::ReportingPeriod:
        return !column.isEmpty() || fillPeriod(rowId(entity, uuid), error);
    default:
        return true;
    }
}

bool PortfolioFile::recomputeProject(RowId projectId, QString *error)
{
    const HealthRule rule = healthRule();
    QString cost, schedule, uuid;
    {
        KeptQuery q(*this, QStringLiteral("SELECT budget, planned_start, planned_end, forecast_cost, forecast_end, "
                                          "reported_cost_variance, reported_schedule_variance, computed_cost, "
                                          "computed_schedule, uuid FROM project WHERE id = ?"));
        q->addBindValue(projectId);
        if (!q->exec() || !q->next())
            return setError(error, tr("No such project."));
        Project p = projectForRule(*q);
        cost = HealthText::key(rule.computeCost(p));
        schedule = HealthText::key(rule.computeSchedule(p));
        if (cost == q->value(7).toString() && schedule == q->value(8).toString())
            return true;
        uuid = q->value(9).toString();
    }
    KeptQuery u(*this, QStringLiteral("UPDATE project SET computed_cost = ?, computed_schedule = ? WHERE id = ?"));
    u->addBindValue(cost.isEmpty() ? nullText() : QVariant(cost));
    u->addBindValue(schedule.isEmpty() ? nullText() : QVariant(schedule));
    u->addBindValue(projectId);
    if (!u->exec())
        return setError(error, sqlErrorText(u->lastError()));
    noteChange(Entity::Project, Change::Kind::Modified, uuid, Field::ComputedCost);
    noteChange(Entity::Project, Change::Kind::Modified, uuid, Field::ComputedSchedule);
    return true;
}

bool PortfolioFile::recomputeAllProjects(QString *error)
{
    if (m_readOnly)
        return true;
    const HealthRule rule = healthRule();
    Transaction t(*this);
    QSqlQuery q(database());
    readForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT budget, planned_start, planned_end, forecast_cost, forecast_end, "
                               "reported_cost_variance, reported_schedule_variance, computed_cost, "
                               "computed_schedule, id FROM project")))
        return setError(error, sqlErrorText(q.lastError()));
    QSqlQuery u(database());
    u.prepare(QStringLiteral("UPDATE project SET computed_cost = ?, computed_schedule = ? WHERE id = ?"));
    bool any = false;
    while (q.next()) {
        const Project p = projectForRule(q);
        const QString cost = HealthText::key(rule.computeCost(p));
        const QString schedule = HealthText::key(rule.computeSchedule(p));
        if (cost == q.value(7).toString() && schedule == q.value(8).toString())
            continue;
        u.addBindValue(cost.isEmpty() ? nullText() : QVariant(cost));
        u.addBindValue(schedule.isEmpty() ? nullText() : QVariant(schedule));
        u.addBindValue(q.value(9));
        if (!u.exec())
            return setError(error, sqlErrorText(u.lastError()));
        any = true;
    }
    if (q.lastError().isValid())
        return setError(error, sqlErrorText(q.lastError()));
    if (any)
        noteMany(Entity::Project);
    return t.commit();
}

bool PortfolioFile::recomputeProjects(const QList<RowId> &ids, QString *error)
{
    if (m_readOnly || ids.isEmpty())
        return true;
    {
        KeptQuery largest(*this, QStringLiteral("SELECT MAX(id) FROM project"));
        if (!largest->exec() || !largest->next())
            return setError(error, sqlErrorText(largest->lastError()));
        const qint64 projects = largest->value(0).toLongLong();
        largest->finish();
        if (qint64(ids.size()) * 8 > projects)
            return recomputeAllProjects(error);
    }
    const HealthRule rule = healthRule();
    Transaction t(*this);
    KeptQuery q(*this, QStringLiteral("SELECT budget, planned_start, planned_end, forecast_cost, forecast_end, "
                                      "reported_cost_variance, reported_schedule_variance, computed_cost, "
                                      "computed_schedule, id FROM project WHERE id = ?"));
    KeptQuery u(*this, QStringLiteral("UPDATE project SET computed_cost = ?, computed_schedule = ? WHERE id = ?"));
    bool any = false;
    for (RowId id : ids) {
        q->addBindValue(id);
        if (!q->exec())
            return setError(error, sqlErrorText(q->lastError()));
        if (!q->next()) {
            if (q->lastError().isValid())
                return setError(error, sqlErrorText(q->lastError()));
            continue; // not there (any more)
        }
        const Project p = projectForRule(*q);
        const QString cost = HealthText::key(rule.computeCost(p));
        const QString schedule = HealthText::key(rule.computeSchedule(p));
        const bool same = cost == q->value(7).toString() && schedule == q->value(8).toString();
        q->finish();
        if (same)
            continue;
        u->addBindValue(cost.isEmpty() ? nullText() : QVariant(cost));
        u->addBindValue(schedule.isEmpty() ? nullText() : QVariant(schedule));
        u->addBindValue(id);
        if (!u->exec())
            return setError(error, sqlErrorText(u->lastError()));
        any = true;
    }
    if (any)
        noteMany(Entity::Project);
    return t.commit();
}

} // namespace Vigie
