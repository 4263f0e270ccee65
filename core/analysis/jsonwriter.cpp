#include "jsonwriter.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Vigie {

namespace {

QString number(double value, bool integer)
{
    if (integer || !std::isfinite(value))
        return QString::number(qint64(std::llround(std::isfinite(value) ? value : 0.0)));
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.append(QLatin1Char('0'));
    return text;
}

void appendSpaces(QString &out, int count)
{
    static const QString spaces(64, QLatin1Char(' '));
    for (; count > 0; count -= int(spaces.size()))
        out += QStringView(spaces).left(std::min(count, int(spaces.size())));
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

void write(const QJsonValue &value, const QString &key, const QSet<QString> &integers, int depth, QString &out)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty()) {
            out += QStringLiteral("{}");
            break;
        }
        out += QStringLiteral("{\n");
        qsizetype i = 0;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it, ++i) {
            appendSpaces(out, 4 * (depth + 1));
            const QString name = it.key();
            appendQuoted(out, name);
            out += QStringLiteral(": ");
            write(it.value(), name, integers, depth + 1, out);
            out += i + 1 < o.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        appendSpaces(out, 4 * depth);
        out += QLatin1Char('}');
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) {
            out += QStringLiteral("[]");
            break;
        }
        out += QStringLiteral("[\n");
        for (qsizetype i = 0; i < a.size(); ++i) {
            appendSpaces(out, 4 * (depth + 1));
            write(a.at(i), key, integers, depth + 1, out);
            out += i + 1 < a.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        appendSpaces(out, 4 * depth);
        out += QLatin1Char(']');
        break;
    }
    case QJsonValue::Double:
        out += number(value.toDouble(), integers.contains(key));
        break;
    case QJsonValue::String:
        appendQuoted(out, value.toString());
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QStringLiteral("null");
        break;
    }
}

} // namespace

QString toJsonText(const QJsonObject &object, const QSet<QString> &integerKeys)
{
    QString out;
    out.reserve(16 * 1024);
    write(object, QString(), integerKeys, 0, out);
    return out + QLatin1Char('\n');
}

} // namespace Vigie
