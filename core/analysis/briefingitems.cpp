#include "briefingitems.h"

#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

#include <algorithm>

namespace Vigie {

QList<BriefingItem> BriefingItems::load(const PortfolioFile &file, RowId periodId)
{
    QList<BriefingItem> out;
    QSqlQuery q(file.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, uuid, period_id, section, position, text_en, text_fr, measure_id, project_id, "
                             "origin FROM briefing_item WHERE COALESCE(period_id, 0) = ? "
                             "ORDER BY section, position, id"));
    q.addBindValue(periodId);
    if (!q.exec()) {
        readComplete(file, q); // marks the file damaged
        return out;
    }
    while (q.next()) {
        BriefingItem b;
        b.id = q.value(0).toLongLong();
        b.uuid = q.value(1).toString();
        b.periodId = q.value(2).toLongLong();
        b.section = static_cast<BriefingSection>(qBound(1, q.value(3).toInt(), 4));
        b.position = q.value(4).toInt();
        b.text = { q.value(5).toString(), q.value(6).toString() };
        b.measureId = q.value(7).toLongLong();
        b.projectId = q.value(8).toLongLong();
        b.origin = q.value(9).toString();
        out.append(b);
    }
    readComplete(file, q);
    return out;
}

namespace {
QVariant nullableId(RowId id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

QVariantMap BriefingItems::rowValues(const DraftedItem &item, RowId periodId, int position)
{
    BriefingItem b;
    b.periodId = periodId;
    b.section = item.section;
    b.position = position;
    b.text = item.text;
    b.measureId = item.measureId;
    b.projectId = item.projectId;
    b.origin = QStringLiteral("drafted");
    return rowValues(b);
}

QVariantMap BriefingItems::rowValues(const BriefingItem &b)
{
    QVariantMap v;
    if (!b.uuid.isEmpty())
        v.insert(QStringLiteral("uuid"), b.uuid);
    v.insert(QStringLiteral("period_id"), nullableId(b.periodId));
    v.insert(QStringLiteral("section"), int(b.section));
    v.insert(QStringLiteral("position"), b.position);
    v.insert(QStringLiteral("text_en"), b.text.en);
    v.insert(QStringLiteral("text_fr"), b.text.fr);
    v.insert(QStringLiteral("measure_id"), nullableId(b.measureId));
    v.insert(QStringLiteral("project_id"), nullableId(b.projectId));
    v.insert(QStringLiteral("origin"), b.origin == QLatin1String("drafted") ? b.origin : QStringLiteral("free"));
    return v;
}

QList<BriefingItem> BriefingItems::fromDraft(const QList<DraftedItem> &items, RowId periodId)
{
    QList<BriefingItem> out;
    int next[5] = { 0, 0, 0, 0, 0 };
    for (const DraftedItem &d : items) {
        BriefingItem b;
        b.periodId = periodId;
        b.section = d.section;
        b.position = (next[int(d.section)] += kPositionStep);
        b.text = d.text;
        b.measureId = d.measureId;
        b.projectId = d.projectId;
        b.origin = QStringLiteral("drafted");
        out.append(b);
    }
    std::stable_sort(out.begin(), out.end(), [](const BriefingItem &a, const BriefingItem &b) {
        return a.section != b.section ? int(a.section) < int(b.section) : a.position < b.position;
    });
    return out;
}

QList<BriefingItem> BriefingItems::inSection(const QList<BriefingItem> &items, BriefingSection section)
{
    QList<BriefingItem> out;
    for (const BriefingItem &b : items)
        if (b.section == section)
            out.append(b);
    return out;
}

} // namespace Vigie
