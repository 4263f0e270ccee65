#include "mergeplan.h"

#include "merge/valuetext.h"
#include "model/fieldtext.h"
#include "storage/fields.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Vigie {

namespace {

// One JSON value, as QJsonDocument writes it.
QString json(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QJsonValue sideValue(MergeItem::State state, const QVariant &value, const QString &text, bool reference)
{
    switch (state) {
    case MergeItem::State::Deleted: return QStringLiteral("deleted");
    case MergeItem::State::Changed: return QStringLiteral("changed");
    case MergeItem::State::Added: return QStringLiteral("added");
    case MergeItem::State::Value: break;
    }
    if (!value.isValid() || value.isNull() || (reference && text.isEmpty()))
        return QJsonValue(QJsonValue::Null);
    if (reference)
        return text; // the referenced row's key: "MCE", not a row key of one file
    const int type = value.typeId();
    if (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int)
        return value.toDouble();
    return value.toString();
}

} // namespace

QString MergeSource::fileName() const
{
    return QFileInfo(path).fileName();
}

QString MergeSource::label() const
{
    return organizationCode.isEmpty() ? fileName() : organizationCode;
}

QString MergeItem::id(const QList<MergeSource> &sources) const
{
    return sources.value(source).uuid + QLatin1Char('/') + tableName(entity) + QLatin1Char('/') + uuid
        + QLatin1Char('/') + (group.isEmpty() ? column : group);
}

bool MergePlan::takesEffect(int index) const
{
    const MergeItem &i = items.at(index);
    if (!i.applies())
        return false;
    for (int d : i.dependsOn) {
        if (d >= 0 && d < index && !takesEffect(d)) // only earlier items: never a loop
            return false;
    }
    return true;
}

int MergePlan::applied() const
{
    int n = 0;
    for (int k = 0; k < items.size(); ++k) {
        const MergeItem &i = items.at(k);
        n += i.kind != MergeItem::Kind::Add && !(i.kind == MergeItem::Kind::Change && i.column.isEmpty()) && takesEffect(k);
    }
    return n;
}

int MergePlan::added() const
{
    int n = 0;
    for (int k = 0; k < items.size(); ++k) {
        const MergeItem &i = items.at(k);
        n += (i.kind == MergeItem::Kind::Add || (i.kind == MergeItem::Kind::Change && i.column.isEmpty())) && takesEffect(k);
    }
    return n;
}

QList<QList<int>> MergePlan::decisions() const
{
    QList<QList<int>> out;
    QHash<QString, qsizetype> at;
    for (int k = 0; k < items.size(); ++k) {
        const MergeItem &i = items.at(k);
        if (!i.conflict)
            continue;
        const QString id = i.id(sources);
        auto it = at.constFind(id);
        if (it == at.constEnd()) {
            at.insert(id, out.size());
            out.append(QList<int> { k });
        } else {
            out[*it].append(k);
        }
    }
    return out;
}

int MergePlan::conflicts() const
{
    return int(decisions().size());
}

int MergePlan::unresolved() const
{
    int n = 0;
    for (const QList<int> &d : decisions())
        n += items.at(d.constFirst()).choice == MergeChoice::Unresolved;
    return n;
}

int MergePlan::ignored() const
{
    int n = 0;
    for (const MergeSource &s : sources)
        n += s.ignored;
    return n;
}

QString MergePlan::clashNote(const MergeItem &item)
{
    if (!item.isClash())
        return QString();
    if (item.rename.isEmpty())
        return tr("only one item can have it here: the copy's would replace this file's");
    return tr("only one item can have it here: the copy's would come in as %1").arg(item.theirsAs);
}

QString MergePlan::shown(MergeItem::State state, const QString &text)
{
    // The state stands where a value would, beside a row of any kind: French says it as a noun (« ajout »),
    // which agrees with a project as with a reporting period.
    switch (state) {
    case MergeItem::State::Deleted:
        //: A row's state in a side of a merge or in the merge report, for a row of any kind (a noun in French).
        return tr("deleted");
    case MergeItem::State::Changed:
        //: A row's state in a side of a merge or in the merge report, for a row of any kind (a noun in French).
        return tr("changed");
    case MergeItem::State::Added:
        //: A row's state in a side of a merge or in the merge report, for a row of any kind (a noun in French).
        return tr("added");
    case MergeItem::State::Value: break;
    }
    return text.isEmpty() ? tr("(empty)") : text;
}

QString MergePlan::logged(MergeItem::State state, const QString &text)
{
    switch (state) {
    case MergeItem::State::Deleted: return QStringLiteral("[deleted]");
    case MergeItem::State::Changed: return QStringLiteral("[changed]");
    case MergeItem::State::Added: return QStringLiteral("[added]");
    case MergeItem::State::Value: break;
    }
    return text;
}

QString MergePlan::shownLogged(const QString &logged)
{
    if (logged == QLatin1String("[deleted]"))
        return shown(MergeItem::State::Deleted, {});
    if (logged == QLatin1String("[changed]"))
        return shown(MergeItem::State::Changed, {});
    if (logged == QLatin1String("[added]"))
        return shown(MergeItem::State::Added, {});
    return shown(MergeItem::State::Value, logged);
}

QString MergePlan::toJson(bool dryRun) const
{
    // Written by hand to keep the documented order of the members.
    const bool written = dryRun || unresolved() == 0;
    QString out;
    QTextStream s(&out);
    s << "{\"applied\": " << (written ? applied() : 0) << ", \"conflicts\": [";
    bool first = true;
    for (const MergeItem &i : items) {
        if (!i.conflict)
            continue;
        const bool reference = !i.column.isEmpty() && RowReader::referenced(i.entity, i.column).has_value();
        s << (first ? "\n    " : ",\n    ") << "{\"entity\": " << json(tableName(i.entity)) << ", \"uuid\": " << json(i.uuid)
          << ", \"key\": " << json(i.key) << ", \"field\": " << json(i.column)
          << ", \"mine\": " << json(sideValue(i.mineState, i.mine, i.mineText, reference))
          << ", \"theirs\": " << json(sideValue(i.theirsState, i.theirs, i.theirsText, reference)) << "}";
        first = false;
    }
    s << (first ? "]" : "\n]") << ", \"added\": " << (written ? added() : 0) << ", \"unchanged\": " << unchanged << "}\n";
    s.flush();
    return out;
}

QString MergePlan::shownKey(const MergeItem &item) const
{
    return ValueText::key(item.entity, item.key, item.entity == Entity::Portfolio ? portfolioName : item.name);
}

QString MergePlan::shownKey(const MergeIgnored &ignored) const
{
    return ValueText::key(ignored.entity, ignored.key, ignored.entity == Entity::Portfolio ? portfolioName : ignored.names);
}

QString MergePlan::toText(bool dryRun) const
{
    QString out;
    QTextStream s(&out);
    const auto fieldName = [](const MergeItem &i) {
        const std::optional<Field> f = Fields::fromColumn(i.entity, i.column);
        return i.column.isEmpty() ? QString() : f ? FieldText::label(*f) : i.column;
    };
    const auto row = [this](const MergeIgnored &o) { return EntityText::label(o.entity) + QLatin1Char(' ') + shownKey(o); };
    const auto what = [&](const MergeItem &i) {
        QString text = EntityText::label(i.entity) + QLatin1Char(' ') + shownKey(i);
        if (!i.column.isEmpty())
            text += QStringLiteral(", ") + fieldName(i);
        return text;
    };
    // A side's value for people: amounts, colours and keyed words in the output's language.
    const auto shownValue = [](const MergeItem &i, bool mine) {
        return shown(mine ? i.mineState : i.theirsState, ValueText::shown(i.entity, i.column, mine ? i.mineText : i.theirsText));
    };
    for (int k = 0; k < sources.size(); ++k) {
        const MergeSource &source = sources.at(k);
        s << tr("Copy %1 (%2), taken %3 by %4")
                 .arg(source.fileName(), source.organizationCode.isEmpty() ? tr("whole portfolio") : source.organizationCode,
                      ValueText::when(source.takenAt), source.takenBy)
          << '\n';
        if (source.ignored) {
            s << "  " << tr("%n change(s) outside the copy's organization ignored:", nullptr, source.ignored) << '\n';
            for (const MergeIgnored &o : source.outside) {
                QStringList fields;
                for (const QString &column : o.fields) {
                    const std::optional<Field> f = Fields::fromColumn(o.entity, column);
                    fields << (f ? FieldText::label(*f) : column);
                }
                const QString change = o.added ? shown(MergeItem::State::Added, {})
                    : o.deleted                ? shown(MergeItem::State::Deleted, {})
                                               : fields.join(QStringLiteral(", "));
                s << "    " << row(o) << (change.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(change))
                  << '\n';
            }
        }
        if (!source.kept.isEmpty()) {
            s << "  " << tr("%n change(s) in the copy not taken in:", nullptr, int(source.kept.size())) << '\n';
            for (const MergeIgnored &o : source.kept)
                s << "    " << o.reason << '\n';
        }
        for (int index = 0; index < items.size(); ++index) {
            const MergeItem &i = items.at(index);
            if (i.source != k || i.conflict || !takesEffect(index))
                continue;
            const QString by = tr("%1, %2").arg(i.theirsBy.author, ValueText::when(i.theirsBy.when));
            if (i.kind == MergeItem::Kind::Add)
                s << "  + " << what(i) << " (" << by << ")\n";
            else if (i.kind == MergeItem::Kind::Delete)
                s << "  - " << what(i) << " (" << by << ")\n";
            else
                s << "  ~ " << ValueText::change(what(i), shownValue(i, true), shownValue(i, false)) << " (" << by << ")\n";
        }
    }
    // One line per decision: the fields of a group side by side, values in the same order.
    for (const QList<int> &decision : decisions()) {
        const MergeItem &first = items.at(decision.constFirst());
        QStringList fields, mine, theirs;
        Attribution mineBy, theirsBy;
        for (int index : decision) {
            const MergeItem &i = items.at(index);
            if (!i.column.isEmpty())
                fields << fieldName(i);
            mine << shownValue(i, true);
            theirs << shownValue(i, false);
            if (mineBy.author.isEmpty() || i.mineBy.when > mineBy.when)
                mineBy = i.mineBy;
            if (theirsBy.author.isEmpty() || i.theirsBy.when > theirsBy.when)
                theirsBy = i.theirsBy;
        }
        QString item = EntityText::label(first.entity) + QLatin1Char(' ') + shownKey(first);
        if (!fields.isEmpty())
            item += QStringLiteral(", ") + fields.join(QStringLiteral(", "));
        s << tr("CONFLICT %1: this file: %2 (%3, %4); copy %5: %6 (%7, %8)")
                 .arg(item, mine.join(QStringLiteral(" / ")), mineBy.author, ValueText::when(mineBy.when),
                      sources.value(first.source).label(), theirs.join(QStringLiteral(" / ")), theirsBy.author,
                      ValueText::when(theirsBy.when));
        if (first.isClash())
            s << "; " << clashNote(first);
        if (first.choice != MergeChoice::Unresolved)
            s << ' ' << (first.choice == MergeChoice::Mine ? tr("[kept this file's]") : tr("[took the copy's]"));
        s << '\n';
    }
    if (dryRun) {
        // What would be written: the undecided conflicts are not counted, whatever they become.
        s << tr("Would apply: %1, would add: %2, unchanged: %3, conflicts: %4 (undecided: %5)")
                 .arg(applied())
                 .arg(added())
                 .arg(unchanged)
                 .arg(conflicts())
                 .arg(unresolved())
          << '\n';
    } else {
        const bool written = unresolved() == 0;
        s << tr("Applied: %1, added: %2, unchanged: %3, conflicts: %4")
                 .arg(written ? applied() : 0)
                 .arg(written ? added() : 0)
                 .arg(unchanged)
                 .arg(conflicts())
          << '\n';
    }
    s.flush();
    return out;
}

} // namespace Vigie
