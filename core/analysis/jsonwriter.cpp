#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QString quoted(const QString &text)
{
    // QJsonDocument escapes strings correctly; borrow it for one string.
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void write(const QJsonValue &value, const QString &key, const QSet<QString> &integers, int depth, QString &out)
{
    const QString indent(4 * (depth + 1), QLatin1Char(' '));
    const QString closing(4 * depth, QLatin1Char(' '));
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty()) {
            out += QStringLiteral("{}");
            break;
        }
        out += QStringLiteral("{\n");
        int i = 0;
        for (auto it = o.begin(); it != o.end(); ++it, ++i) {
            out += indent + quoted(it.key()) + QStringLiteral(": ");
            write(it.value(), it.key(), integers, depth + 1, out);
            out += i + 1 < o.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += closing + QLatin1Char('}');
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) {
            out += QStringLiteral("[]");
            break;
        }
        out += QStringLiteral("[\n");
        for (int i = 0; i < a.size(); ++i) {
            out += indent;
            write(a.at(i), key, integers, depth + 1, out);
            out += i + 1 < a.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += closing + QLatin1Char(']');
        break;
    }
    case QJsonValue::Double:
        out += number(value.toDouble(), integers.contains(key));
        break;
    case QJsonValue::String:
        out += quoted(value.toString());
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
    write(object, QString(), integerKeys, 0, out);
    return out + QLatin1Char('\n');
}

} // namespace Vigie
