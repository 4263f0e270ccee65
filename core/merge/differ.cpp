#include "differ.h"

#include "merge/changereader.h"
#include "merge/rowreader.h"
#include "merge/valuetext.h"
#include "model/fieldtext.h"
#include "storage/fields.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

namespace Vigie {

namespace {

QString json(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QJsonValue jsonValue(const QVariant &value, const QString &text, bool reference)
{
    if (isNullValue(value) || (reference && text.isEmpty()))
        return QJsonValue(QJsonValue::Null);
    if (reference)
        return text;
    const int type = value.typeId();
    if (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int)
        return value.toDouble();
    return value.toString();
}

QString kindName(DiffItem::Kind kind)
{
    switch (kind) {
    case DiffItem::Kind::Added: return QStringLiteral("added");
    case DiffItem::Kind::Removed: return QStringLiteral("removed");
    case DiffItem::Kind::Changed: break;
    }
    return QStringLiteral("changed");
}

// One side's rows of an entity in UUID order, as comparable rows.
class Cursor
{
public:
    Cursor(const RowReader &reader, Entity entity)
        : m_reader(reader), m_entity(entity), m_query(sqlDatabase(reader.file()))
    {
        readForwardOnly(m_query);
        // The portfolio row is matched whatever its identity: two portfolios compare too.
        m_ok = m_query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY uuid").arg(tableName(entity)));
        next();
    }
    bool ok() const { return m_ok; }
    QString error() const { return sqlErrorText(m_query.lastError()); }
    bool atEnd() const { return m_end; }
    QString uuid() const { return m_entity == Entity::Portfolio ? QStringLiteral("portfolio") : m_uuid; }
    QString realUuid() const { return m_uuid; }
    const QVariantMap &row() const { return m_row; }
    void next()
    {
        m_end = !m_ok || !m_query.next();
        if (m_end)
            return;
        QVariantMap stored;
        const QSqlRecord r = m_query.record();
        for (int i = 0; i < r.count(); ++i)
            stored.insert(r.fieldName(i), m_query.value(i));
        m_row = m_reader.comparable(m_entity, stored);
        m_uuid = m_row.value(QStringLiteral("uuid")).toString();
    }

private:
    const RowReader &m_reader;
    Entity m_entity;
    QSqlQuery m_query;
    bool m_ok = false;
    bool m_end = true;
    QString m_uuid;
    QVariantMap m_row;
};

} // namespace

int DiffResult::count(DiffItem::Kind kind) const
{
    int n = 0;
    for (const DiffItem &i : items)
        n += i.kind == kind;
    return n;
}

QString DiffResult::toJson() const
{
    QString out;
    QTextStream s(&out);
    s << "{\"a\": " << json(a) << ", \"b\": " << json(b) << ", \"same_portfolio\": " << (samePortfolio ? "true" : "false")
      << ", \"added\": " << count(DiffItem::Kind::Added) << ", \"removed\": " << count(DiffItem::Kind::Removed)
      << ", \"changed\": " << count(DiffItem::Kind::Changed) << ", \"items\": [";
    for (int i = 0; i < items.size(); ++i) {
        const DiffItem &item = items.at(i);
        s << (i ? ",\n    " : "\n    ") << "{\"entity\": " << json(tableName(item.entity)) << ", \"uuid\": " << json(item.uuid)
          << ", \"key\": " << json(item.key) << ", \"change\": " << json(kindName(item.kind));
        if (item.kind == DiffItem::Kind::Changed) {
            s << ", \"fields\": [";
            for (int f = 0; f < item.fields.size(); ++f) {
                const DiffItem::FieldDiff &d = item.fields.at(f);
                const bool reference = RowReader::referenced(item.entity, d.column).has_value();
                s << (f ? ", " : "") << "{\"field\": " << json(d.column) << ", \"a\": " << json(jsonValue(d.a, d.aText, reference))
                  << ", \"b\": " << json(jsonValue(d.b, d.bText, reference)) << "}";
            }
            s << "]";
        }
        s << "}";
    }
    s << (items.isEmpty() ? "]}\n" : "\n]}\n");
    s.flush();
    return out;
}

QString DiffResult::toText() const
{
    QString out;
    QTextStream s(&out);
    s << tr("%1 → %2: %3 added, %4 removed, %5 changed")
             .arg(QFileInfo(a).fileName(), QFileInfo(b).fileName())
             .arg(count(DiffItem::Kind::Added))
             .arg(count(DiffItem::Kind::Removed))
             .arg(count(DiffItem::Kind::Changed))
      << '\n';
    if (!samePortfolio)
        s << tr("(not copies of one portfolio: every item differs)") << '\n';
    for (const DiffItem &item : items) {
        // The key as people read it ("status change 5 2026-12-05 4:27 p.m."); --json keeps it as stored.
        const QString what = EntityText::label(item.entity) + QLatin1Char(' ') + item.shownKey();
        if (item.kind == DiffItem::Kind::Added)
            s << tr("+ %1 (only in %2)").arg(what, QFileInfo(b).fileName()) << '\n';
        else if (item.kind == DiffItem::Kind::Removed)
            s << tr("- %1 (only in %2)").arg(what, QFileInfo(a).fileName()) << '\n';
        else
            s << tr("~ %1").arg(what) << '\n';
        for (const DiffItem::FieldDiff &d : item.fields) {
            const std::optional<Field> f = Fields::fromColumn(item.entity, d.column);
            // As the desktop's comparison shows them: references by the referenced row's key, other values
            // as people read them (times in local time, with their seconds where minutes would read alike).
            std::pair<QString, QString> texts { d.aText, d.bText };
            if (!RowReader::referenced(item.entity, d.column))
                texts = ValueText::readablePair(item.entity, d.column, d.aText, d.a, d.bText, d.b);
            const auto orEmpty = [](const QString &text) { return text.isEmpty() ? tr("(empty)") : text; };
            s << "    " << ValueText::change(f ? FieldText::label(*f) : d.column, orEmpty(texts.first), orEmpty(texts.second)) << '\n';
        }
    }
    s.flush();
    return out;
}

QString DiffItem::shownKey() const
{
    return ValueText::key(entity, key, name);
}

bool Differ::compare(const PortfolioFile &a, const PortfolioFile &b, DiffResult *result, QString *error)
{
    *result = DiffResult();
    result->a = a.path();
    result->b = b.path();
    result->samePortfolio = a.info().uuid == b.info().uuid;
    const RowReader ra(a), rb(b);
    for (int e = 0; e < kEntityCount; ++e) {
        const Entity entity = Entity(e);
        if (ChangeReader::isBookkeeping(entity))
            continue;
        Cursor ca(ra, entity), cb(rb, entity);
        if (!ca.ok() || !cb.ok())
            return setError(error, tr("The portfolios cannot be read (%1).").arg(ca.ok() ? cb.error() : ca.error()));
        while (!ca.atEnd() || !cb.atEnd()) {
            const int order = ca.atEnd() ? 1 : cb.atEnd() ? -1 : ca.uuid().compare(cb.uuid());
            DiffItem item;
            item.entity = entity;
            if (order < 0) {
                item.kind = DiffItem::Kind::Removed;
                item.uuid = ca.realUuid();
                item.key = ra.key(entity, ca.row());
                item.name = ra.names(entity, ca.row());
                ca.next();
            } else if (order > 0) {
                item.kind = DiffItem::Kind::Added;
                item.uuid = cb.realUuid();
                item.key = rb.key(entity, cb.row());
                item.name = rb.names(entity, cb.row());
                cb.next();
            } else {
                for (const Field f : Fields::of(entity)) {
                    const QString column = Fields::column(entity, f);
                    const QVariant va = ca.row().value(column), vb = cb.row().value(column);
                    if (sameStoredValue(va, vb))
                        continue;
                    item.fields.append({ column, va, vb, ra.display(entity, column, va), rb.display(entity, column, vb) });
                }
                item.uuid = cb.realUuid();
                item.key = rb.key(entity, cb.row());
                item.name = rb.names(entity, cb.row());
                ca.next();
                cb.next();
                if (item.fields.isEmpty())
                    continue;
            }
            result->items.append(item);
        }
    }
    return true;
}

} // namespace Vigie
