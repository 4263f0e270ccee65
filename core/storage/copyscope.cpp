#include "copyscope.h"

#include "analysis/periods.h"
#include "i18n/language.h"
#include "storage/journal.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Vigie {

namespace {

// The column naming the owning organization of a row owned directly, or the parent whose owner it shares.
struct Ownership
{
    const char *organizationColumn = nullptr; // measure.owner_id, project.organization_id, …
    Entity parent = Entity::Portfolio;        // when not owned directly: the row it belongs to
    const char *parentColumn = nullptr;
};

std::optional<Ownership> ownership(Entity entity)
{
    switch (entity) {
    case Entity::Measure: return Ownership { "owner_id", Entity::Portfolio, nullptr };
    case Entity::Project:
    case Entity::Workforce:
    case Entity::Envelope: return Ownership { "organization_id", Entity::Portfolio, nullptr };
    case Entity::MeasureStatusChange:
    case Entity::PeriodMeasure: return Ownership { nullptr, Entity::Measure, "measure_id" };
    case Entity::PeriodProject: // frozen rows: only ever deleted with their project here
    case Entity::Baseline:
    case Entity::Decision:
    case Entity::ProjectMeasure: return Ownership { nullptr, Entity::Project, "project_id" };
    default: return std::nullopt;
    }
}

QVariantMap readRow(const PortfolioFile &file, Entity entity, const QString &column, const QVariant &value)
{
    QVariantMap row;
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(tableName(entity), column));
    q.addBindValue(value);
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), r.value(i));
    }
    return row;
}

QString deletedKey(Entity entity, const QVariant &id)
{
    return tableName(entity) + QLatin1Char(':') + QString::number(id.toLongLong());
}

// A row as the refusals name it, with its article, which French sets by gender: « le projet B1 », « la
// mesure 9 ».
QString itemName(Entity entity, const QVariantMap &row)
{
    if (entity == Entity::ReportingPeriod && !row.value(QStringLiteral("label")).toString().isEmpty()) {
        // By its label in the reader's language: « la période de référence « décembre 2016 » ».
        ReportingPeriod period;
        period.label = row.value(QStringLiteral("label")).toString();
        period.labelFr = row.value(QStringLiteral("label_fr")).toString();
        period.asOf = QDate::fromString(row.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
        return CopyScope::tr("the reporting period \"%1\"").arg(Periods::displayLabel(period, Language::current()));
    }
    if (entity == Entity::BriefingItem)
        return CopyScope::tr("the briefing"); // not « l'élément « élément de breffage » »
    QString key = row.value(QStringLiteral("code")).toString();
    if (key.isEmpty() && row.contains(QStringLiteral("number")))
        key = row.value(QStringLiteral("number")).toString();
    switch (key.isEmpty() ? Entity::Portfolio : entity) {
    case Entity::Project: return CopyScope::tr("the project %1").arg(key);
    case Entity::Measure: return CopyScope::tr("the measure %1").arg(key);
    case Entity::KeyArea: return CopyScope::tr("the key area %1").arg(key);
    case Entity::Plan: return CopyScope::tr("the plan %1").arg(key);
    case Entity::Organization: return CopyScope::tr("the organization %1").arg(key);
    default:
        return CopyScope::tr("the item \"%1\"").arg(key.isEmpty() ? EntityText::label(entity)
                                                                   : QStringLiteral("%1 %2").arg(EntityText::label(entity), key));
    }
}

// Why a limited copy refuses a change to `row`; `refused` adds that nothing was changed.
QString readOnlyText(const QString &code, Entity entity, const QVariantMap &row, bool refused)
{
    if (entity == Entity::Portfolio) { // not an item of anyone's: it read « l'élément « portefeuille » »
        return refused ? CopyScope::tr("This copy is limited to the organization %1: the portfolio's own properties (its names, "
                                       "settings and health rule) belong to the whole portfolio and are read-only here. "
                                       "Nothing was changed.")
                                 .arg(code)
                       : CopyScope::tr("This copy is limited to the organization %1: the portfolio's own properties (its names, "
                                       "settings and health rule) belong to the whole portfolio and are read-only here.")
                                 .arg(code);
    }
    return refused ? CopyScope::tr("This copy is limited to the organization %1: %2 belongs to another organization "
                                   "or to the whole portfolio and is read-only here. Nothing was changed.")
                             .arg(code, itemName(entity, row))
                   : CopyScope::tr("This copy is limited to the organization %1: %2 belongs to another organization or to the "
                                   "whole portfolio and is read-only here.")
                             .arg(code, itemName(entity, row));
}

} // namespace

QString CopyScope::readOnlyReason(const PortfolioFile &file, Entity entity, const QString &uuid)
{
    const QString code = organizationOf(file);
    if (code.isEmpty())
        return QString();
    const QVariantMap row = readRow(file, entity, QStringLiteral("uuid"), uuid);
    const QVariant organizationId = readRow(file, Entity::Organization, QStringLiteral("code"), code).value(QStringLiteral("id"));
    const std::optional<RowId> rowOwner = owner(file, entity, row);
    if (row.isEmpty() || (rowOwner && *rowOwner == organizationId.toLongLong()))
        return QString();
    return readOnlyText(code, entity, row, false);
}

QString CopyScope::organizationOf(const PortfolioFile &file)
{
    QSqlQuery q(sqlDatabase(file));
    if (q.exec(QStringLiteral("SELECT organization_code FROM copy_origin ORDER BY id DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return QString();
}

std::optional<RowId> CopyScope::owner(const PortfolioFile &file, Entity entity, const QVariantMap &row,
                                      const QHash<QString, QVariantMap> &deleted)
{
    const std::optional<Ownership> o = ownership(entity);
    if (!o || row.isEmpty())
        return std::nullopt;
    if (o->organizationColumn) {
        const QVariant org = row.value(QLatin1String(o->organizationColumn));
        return isNullValue(org) ? std::nullopt : std::optional<RowId>(org.toLongLong());
    }
    const QVariant parentId = row.value(QLatin1String(o->parentColumn));
    QVariantMap parent = readRow(file, o->parent, QStringLiteral("id"), parentId);
    if (parent.isEmpty())
        parent = deleted.value(deletedKey(o->parent, parentId)); // deleted in the same change
    return owner(file, o->parent, parent, deleted);
}

std::optional<RowId> CopyScope::owner(const PortfolioFile &file, Entity entity, const QString &uuid)
{
    return owner(file, entity, readRow(file, entity, QStringLiteral("uuid"), uuid));
}

QString CopyScope::ownerColumn(Entity entity)
{
    const std::optional<Ownership> o = ownership(entity);
    return o && o->organizationColumn ? QString::fromLatin1(o->organizationColumn) : QString();
}

bool CopyScope::allows(const PortfolioFile &file, qint64 changeset, const QString &origin, QString *error)
{
    const QString code = organizationOf(file);
    if (code.isEmpty())
        return true;
    const QVariantMap organization = readRow(file, Entity::Organization, QStringLiteral("code"), code);
    const RowId organizationId = organization.value(QStringLiteral("id")).toLongLong();

    struct Row
    {
        Entity entity;
        QString uuid, field, oldText;
        bool deleted;
    };
    QList<Row> rows;
    QHash<QString, QVariantMap> deleted;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    q.prepare(QStringLiteral("SELECT entity, entity_uuid, field, old_value, new_value FROM change_journal "
                             "WHERE changeset_id = ? ORDER BY id"));
    q.addBindValue(changeset);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    while (q.next()) {
        const std::optional<Entity> entity = entityFromTable(q.value(0).toString());
        if (!entity)
            continue;
        const bool isDeletion = q.value(2).toString().isEmpty() && q.value(4).toString() == JournalWriter::deletedMark();
        rows.append({ *entity, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), isDeletion });
        if (isDeletion) {
            const QVariantMap snapshot = JournalWriter::decodeRow(q.value(3).toString());
            deleted.insert(deletedKey(*entity, snapshot.value(QStringLiteral("id"))), snapshot);
        }
    }

    for (const Row &r : std::as_const(rows)) {
        if (r.entity == Entity::CopyMerge || r.entity == Entity::MergeLog)
            continue; // a merge's own record
        if (r.entity == Entity::CopyOrigin && origin == QLatin1String("extract"))
            continue;
        QVariantMap row;
        if (r.deleted) {
            for (const QVariantMap &snapshot : std::as_const(deleted))
                if (snapshot.value(QStringLiteral("uuid")).toString() == r.uuid)
                    row = snapshot;
        } else {
            row = readRow(file, r.entity, QStringLiteral("uuid"), r.uuid);
            if (row.isEmpty())
                continue; // deleted later in the same change: its deletion is checked
        }
        const std::optional<RowId> owner = CopyScope::owner(file, r.entity, row, deleted);
        const std::optional<Ownership> o = ownership(r.entity);
        // Giving an item away, or taking one over, changes the owning column itself: its old value counts.
        const bool takenOver = o && o->organizationColumn && r.field == QLatin1String(o->organizationColumn)
            && r.oldText != QString::number(organizationId);
        if (organizationId && owner && *owner == organizationId && !takenOver)
            continue;
        return setError(error, readOnlyText(code, r.entity, row, true));
    }
    return true;
}

} // namespace Vigie
