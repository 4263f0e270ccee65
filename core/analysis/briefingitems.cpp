#include "briefingitems.h"
#include "storage/sqlaccess.h"

#include "analysis/briefingtext.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

#include <algorithm>

namespace Vigie {

QList<BriefingItem> BriefingItems::load(const PortfolioFile &file, RowId periodId)
{
    QList<BriefingItem> out;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
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

FieldValues BriefingItems::rowValues(const DraftedItem &item, RowId periodId, int position)
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

FieldValues BriefingItems::rowValues(const BriefingItem &b)
{
    return { { Field::Period, nullableId(b.periodId) },
             { Field::Section, int(b.section) },
             { Field::Position, b.position },
             { Field::TextEn, b.text.en },
             { Field::TextFr, b.text.fr },
             { Field::Measure, nullableId(b.measureId) },
             { Field::Project, nullableId(b.projectId) },
             { Field::Origin, b.origin == QLatin1String("drafted") ? b.origin : QStringLiteral("free") } };
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

namespace {
int endPosition(const QList<BriefingItem> &items, BriefingSection section)
{
    int last = 0;
    for (const BriefingItem &b : items)
        if (b.section == section)
            last = std::max(last, b.position);
    return last + BriefingItems::kPositionStep;
}
} // namespace

QString BriefingItems::add(PortfolioFile &file, RowId periodId, BriefingSection section, const BilingualText &text,
                           QString *error)
{
    BriefingItem b;
    b.periodId = periodId;
    b.section = section;
    b.position = endPosition(load(file, periodId), section);
    b.text = text;
    b.origin = QStringLiteral("free");
    return file.insertRow(Entity::BriefingItem, rowValues(b), QString(), error);
}

bool BriefingItems::setText(PortfolioFile &file, const QString &uuid, const QString &language, const QString &text,
                            QString *error)
{
    if (BriefingBlock::isReserved(text)) {
        if (error)
            *error = tr("This text is reserved for charts and tables in a briefing.");
        return false;
    }
    const Field field = BriefingText::normalized(language) == QLatin1String("fr") ? Field::TextFr : Field::TextEn;
    bool found = false;
    const QString old = file.value(Entity::BriefingItem, uuid, field, &found).toString();
    if (!found) {
        if (error)
            *error = tr("The briefing item no longer exists.");
        return false;
    }
    if (old == text)
        return true;
    return file.setValue(Entity::BriefingItem, uuid, field, text, error)
        && file.setValue(Entity::BriefingItem, uuid, Field::Origin, QStringLiteral("free"), error);
}

bool BriefingItems::move(PortfolioFile &file, RowId periodId, const QString &uuid, int delta, QString *error)
{
    const QList<BriefingItem> items = load(file, periodId);
    int at = -1;
    for (int i = 0; i < items.size(); ++i)
        if (items.at(i).uuid == uuid)
            at = i;
    if (at < 0 || delta == 0) {
        if (error)
            *error = tr("The briefing item no longer exists.");
        return false;
    }
    const BriefingItem &item = items.at(at);
    const int to = at + (delta < 0 ? -1 : 1);
    if (to >= 0 && to < items.size() && items.at(to).section == item.section) {
        const BriefingItem &other = items.at(to);
        // Equal positions: make the order explicit.
        const int mine = other.position == item.position ? item.position + (delta < 0 ? -1 : 1) : other.position;
        return file.setValue(Entity::BriefingItem, uuid, Field::Position, mine, error)
            && file.setValue(Entity::BriefingItem, other.uuid, Field::Position, item.position, error);
    }
    const int section = int(item.section) + (delta < 0 ? -1 : 1);
    if (section < 1 || section > 4) {
        if (error)
            *error = tr("The item is already at the edge of the briefing.");
        return false;
    }
    const auto target = static_cast<BriefingSection>(section);
    int newPosition = endPosition(items, target);
    if (delta > 0) { // entering the next section at its top
        int first = kPositionStep;
        for (const BriefingItem &b : items)
            if (b.section == target) {
                first = b.position;
                break;
            }
        newPosition = first - kPositionStep;
    }
    return file.setValue(Entity::BriefingItem, uuid, Field::Section, section, error)
        && file.setValue(Entity::BriefingItem, uuid, Field::Position, newPosition, error);
}

bool BriefingItems::redraft(PortfolioFile &file, RowId periodId, const QList<DraftedItem> &drafted, QString *error)
{
    for (const BriefingItem &b : load(file, periodId))
        if (b.origin == QLatin1String("drafted") && !file.deleteRow(Entity::BriefingItem, b.uuid, error))
            return false;
    for (const BriefingItem &b : fromDraft(drafted, periodId))
        if (file.insertRow(Entity::BriefingItem, rowValues(b), QString(), error).isEmpty())
            return false;
    return true;
}

} // namespace Vigie
