// Rows under one key when planning a merge (core/merge/uniquekeys.h): whether a row a copy adds, restores
// or re-keys would duplicate one of this file's (as the copies planned before it leave the file), and the
// conflict that makes: the two rows side by side, and the key the copy's would take.
#include "merge/mergeplanner_p.h"

#include "i18n/language.h"
#include "merge/valuetext.h"
#include "model/fieldtext.h"

namespace Vigie {

QString MergePlanner::Private::planOf(const QString &keyArea) const
{
    const QString plan = mineRow(Entity::KeyArea, keyArea).value(QStringLiteral("plan_id")).toString();
    return plan.isEmpty() ? copy->rows->row(Entity::KeyArea, keyArea).value(QStringLiteral("plan_id")).toString() : plan;
}

QStringList MergePlanner::Private::keyTexts(Entity e, const QVariantMap &row) const
{
    return UniqueKeys::texts(e, row, e == Entity::Measure ? planOf(row.value(QStringLiteral("key_area_id")).toString())
                                                          : QString());
}

QVariantMap MergePlanner::Private::toStored(Entity e, const QVariantMap &row) const
{
    QVariantMap out = row;
    for (const auto &[column, to] : RowReader::references(e)) {
        auto it = out.find(column);
        if (it != out.end())
            *it = it->toString().isEmpty() ? QVariant() : QVariant(fileRows.idOf(to, it->toString()));
    }
    if (e == Entity::Measure)
        out.insert(QStringLiteral("plan_id"), fileRows.idOf(Entity::Plan, planOf(row.value(QStringLiteral("key_area_id")).toString())));
    return out;
}

bool MergePlanner::Private::holdsKey(Entity e, const QString &other, const QStringList &texts) const
{
    if (!mineExists(e, other))
        return false;
    for (const QString &t : keyTexts(e, mineRow(e, other))) {
        if (texts.contains(t))
            return true;
    }
    return false;
}

QString MergePlanner::Private::clashing(Entity e, const QString &uuid, const QVariantMap &row) const
{
    if (UniqueKeys::resolution(e) == UniqueKeys::Resolution::None)
        return QString();
    const QStringList texts = keyTexts(e, row);
    if (texts.isEmpty())
        return QString();
    for (const QString &t : texts) {
        for (const QString &other : keys.value(t)) {
            if (other != uuid && holdsKey(e, other, texts))
                return other;
        }
    }
    for (const QString &other : UniqueKeys::find(file, e, toStored(e, row), uuid)) {
        if (holdsKey(e, other, texts))
            return other;
    }
    return QString();
}

// "A9 — Claims portal"; an envelope, a workforce record or a baseline, whose key is all it has for a
// name, with its figures.
QString MergePlanner::Private::describe(const RowReader &rows, Entity e, const QVariantMap &row) const
{
    const QString key = ValueText::key(e, rows.key(e, row));
    const bool french = Language::current() == QLatin1String("fr");
    for (const auto &[en, fr] : { std::pair("name_en", "name_fr"), std::pair("title_en", "title_fr") }) {
        QString name = row.value(QLatin1String(french ? fr : en)).toString();
        if (name.isEmpty())
            name = row.value(QLatin1String(french ? en : fr)).toString();
        if (!name.isEmpty())
            return key + QStringLiteral(" — ") + name;
    }
    QStringList figures;
    const QStringList columns = e == Entity::Envelope ? QStringList { QStringLiteral("planned_needs"), QStringLiteral("granted"),
                                                                      QStringLiteral("committed") }
        : e == Entity::Workforce ? FieldGroups::columns(e, QStringLiteral("figures"))
        : e == Entity::Baseline  ? FieldGroups::columns(e, QStringLiteral("authorization")).mid(0, 3)
                                 : QStringList();
    for (const QString &column : columns) {
        const std::optional<Field> f = Fields::fromColumn(e, column);
        const QVariant v = row.value(column);
        if (f && !isNullValue(v))
            figures << ValueText::labelled(FieldText::label(*f), ValueText::shown(*f, v.toString()));
    }
    return figures.isEmpty() ? key : key + QStringLiteral(" — ") + figures.join(QStringLiteral(", "));
}

QVariantMap MergePlanner::Private::freeKey(Entity e, const QVariantMap &row) const
{
    return UniqueKeys::freeKey(file, e, toStored(e, row), [&](const QVariantMap &candidate) {
        QVariantMap renamed = row;
        for (auto it = candidate.constBegin(); it != candidate.constEnd(); ++it)
            renamed.insert(it.key(), it.value());
        const QStringList texts = keyTexts(e, renamed);
        for (const QString &t : texts) {
            for (const QString &other : keys.value(t)) {
                if (holdsKey(e, other, texts))
                    return true;
            }
        }
        return false;
    });
}

void MergePlanner::Private::markClash(MergeItem &item, const QString &clash, const QVariantMap &theirs)
{
    const QVariantMap mine = mineRow(item.entity, clash);
    item.clashUuid = clash;
    item.clashKey = fileRows.key(item.entity, mine);
    if (UniqueKeys::resolution(item.entity) == UniqueKeys::Resolution::Rename) {
        item.rename = freeKey(item.entity, theirs);
        QVariantMap renamed = theirs;
        for (auto it = item.rename.constBegin(); it != item.rename.constEnd(); ++it)
            renamed.insert(it.key(), it.value());
        item.theirsAs = ValueText::key(item.entity, copy->rows->key(item.entity, renamed));
    }
    if (!item.conflict && item.kind == MergeItem::Kind::Add) {
        // Both sides have a row under this key: the two rows side by side.
        const QString column = UniqueKeys::shownColumn(item.entity);
        item.column = column;
        item.mine = mine.value(column);
        item.theirs = theirs.value(column);
        item.mineState = item.theirsState = MergeItem::State::Value;
        item.mineText = describe(fileRows, item.entity, mine);
        item.theirsText = describe(*copy->rows, item.entity, theirs);
        mineChangedRow(item.entity, clash, &item.mineBy);
    } else if (item.mineBy.author.isEmpty() && item.mineBy.when.isEmpty()) {
        mineChangedRow(item.entity, clash, &item.mineBy); // who gave that row its key here
    }
    item.conflict = true;
}

} // namespace Vigie
