#include "jsonwriter.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Vigie {

namespace {

// A decimal: at least one digit after the point ("12.0", "0.35"), up to six; not a number or an infinity
// (which JSON cannot hold) as 0.
QString decimal(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("0");
    // A whole number (most amounts of an empty or round portfolio): what the lines below make of it,
    // "12.0", without formatting six decimals to take them off again. A negative zero goes the long way.
    if (value == std::trunc(value) && std::fabs(value) < 1e15 && !std::signbit(value))
        return QString::number(qint64(value)) + QLatin1String(".0");
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.append(QLatin1Char('0'));
    return text;
}

void appendSpaces(QString &out, int count)
{
    if (count > 0)
        out.resize(out.size() + count, QLatin1Char(' '));
}

// A JSON string, escaped as QJsonDocument escapes it: the quote, the backslash and the control characters
// (\b \f \n \r \t by name, the others as \u00XX), a lone surrogate as \uXXXX, every other character as it is.
void appendQuoted(QString &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const auto escapeAsCode = [&](char16_t u) {
        out += QLatin1String("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out += QLatin1Char(hex[(u >> shift) & 0xf]);
    };
    out += QLatin1Char('"');
    const qsizetype n = text.size();
    qsizetype plain = 0; // where the characters written as they are begin
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u))
            continue;
        out += text.mid(plain, i - plain);
        switch (u) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case 0x08: out += QLatin1String("\\b"); break;
        case 0x0c: out += QLatin1String("\\f"); break;
        case 0x0a: out += QLatin1String("\\n"); break;
        case 0x0d: out += QLatin1String("\\r"); break;
        case 0x09: out += QLatin1String("\\t"); break;
        default:
            if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
                out += QChar(u);
                out += text[++i];
            } else {
                escapeAsCode(u); // a control character, or a surrogate without its pair
            }
        }
        plain = i + 1;
    }
    out += text.mid(plain);
    out += QLatin1Char('"');
}

// A QJsonValue as a tree: numbers under a name in `integers` are integers, every other number a decimal.
JsonTree treeOf(const QJsonValue &value, const QString &key, const QSet<QString> &integers)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        JsonTree o = JsonTree::object();
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            o.insert(it.key(), treeOf(it.value(), it.key(), integers));
        return o;
    }
    case QJsonValue::Array: {
        JsonTree a = JsonTree::array();
        for (const QJsonValue &item : value.toArray())
            a.append(treeOf(item, key, integers));
        return a;
    }
    case QJsonValue::Double: {
        const double v = value.toDouble();
        if (integers.contains(key))
            return JsonTree(qint64(std::llround(std::isfinite(v) ? v : 0.0)));
        return JsonTree(v);
    }
    case QJsonValue::String: return JsonTree(value.toString());
    case QJsonValue::Bool: return JsonTree(value.toBool());
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return JsonTree();
}

} // namespace

QString toJsonText(const QJsonObject &object, const QSet<QString> &integerKeys)
{
    return treeOf(object, QString(), integerKeys).toText();
}

JsonTree JsonTree::object()
{
    JsonTree t;
    t.m_kind = Kind::Object;
    return t;
}

JsonTree JsonTree::array()
{
    JsonTree t;
    t.m_kind = Kind::Array;
    return t;
}

JsonTree &JsonTree::insert(const QString &name, JsonTree value)
{
    if (JsonTree *existing = member(name)) {
        *existing = std::move(value);
        return *existing;
    }
    m_members.emplace_back(name, std::move(value));
    return m_members.back().second;
}

JsonTree *JsonTree::member(const QString &name)
{
    for (auto &m : m_members)
        if (m.first == name)
            return &m.second;
    return nullptr;
}

void JsonTree::append(JsonTree value)
{
    m_items.push_back(std::move(value));
}

QJsonValue JsonTree::toJsonValue() const
{
    switch (m_kind) {
    case Kind::Null: break;
    case Kind::Bool: return QJsonValue(m_integer != 0);
    case Kind::Integer: return QJsonValue(m_integer);
    case Kind::Double: return QJsonValue(m_double);
    case Kind::String: return QJsonValue(m_string);
    case Kind::Object: return toJsonObject();
    case Kind::Array: {
        QJsonArray a;
        for (const JsonTree &item : m_items)
            a.append(item.toJsonValue());
        return a;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject JsonTree::toJsonObject() const
{
    QJsonObject o;
    for (const auto &m : m_members)
        o.insert(m.first, m.second.toJsonValue());
    return o;
}

void JsonTree::write(int depth, QString &out) const
{
    switch (m_kind) {
    case Kind::Object: {
        if (m_members.empty()) {
            out += QStringView(u"{}");
            break;
        }
        std::vector<size_t> order(m_members.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return m_members[a].first < m_members[b].first; });
        out += QStringView(u"{\n");
        for (size_t i = 0; i < order.size(); ++i) {
            const auto &m = m_members[order[i]];
            appendSpaces(out, 4 * (depth + 1));
            appendQuoted(out, m.first);
            out += QStringView(u": ");
            m.second.write(depth + 1, out);
            out += i + 1 < order.size() ? QStringView(u",\n") : QStringView(u"\n");
        }
        appendSpaces(out, 4 * depth);
        out += QLatin1Char('}');
        break;
    }
    case Kind::Array: {
        if (m_items.empty()) {
            out += QStringView(u"[]");
            break;
        }
        out += QStringView(u"[\n");
        for (size_t i = 0; i < m_items.size(); ++i) {
            appendSpaces(out, 4 * (depth + 1));
            m_items[i].write(depth + 1, out);
            out += i + 1 < m_items.size() ? QStringView(u",\n") : QStringView(u"\n");
        }
        appendSpaces(out, 4 * depth);
        out += QLatin1Char(']');
        break;
    }
    case Kind::Integer: out += QString::number(m_integer); break;
    case Kind::Double: out += decimal(m_double); break;
    case Kind::String: appendQuoted(out, m_string); break;
    case Kind::Bool: out += m_integer ? QStringView(u"true") : QStringView(u"false"); break;
    case Kind::Null: out += QStringView(u"null"); break;
    }
}

QString JsonTree::toText() const
{
    QString out;
    out.reserve(16 * 1024);
    write(0, out);
    out += QLatin1Char('\n');
    return out;
}

} // namespace Vigie
