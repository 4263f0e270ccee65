#include "valueparser.h"

#include "model/health.h"

#include <cmath>

namespace Vigie {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isSpaceSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// Removes currency signs and codes at either end.
QString stripCurrency(QString s)
{
    static const QString codes[] = { QStringLiteral("CAD"), QStringLiteral("USD"), QStringLiteral("EUR"),
                                     QStringLiteral("$"), QStringLiteral("€"), QStringLiteral("£"),
                                     QStringLiteral("¥") };
    bool changed = true;
    while (changed && !s.isEmpty()) {
        changed = false;
        for (const QString &c : codes) {
            if (s.startsWith(c)) {
                s = s.mid(c.size()).trimmed();
                changed = true;
            } else if (s.endsWith(c)) {
                s.chop(c.size());
                s = s.trimmed();
                changed = true;
            }
        }
    }
    return s;
}

// Digits with optional thousands groups and decimal part: "1234", "1 234,56", "1,234.5", ".5".
bool parsePlain(const QString &s, char decimal, double *out)
{
    const QChar dec = QLatin1Char(decimal);
    const qsizetype decimalAt = s.indexOf(dec);
    if (decimalAt >= 0 && s.indexOf(dec, decimalAt + 1) >= 0)
        return false;
    const QString whole = decimalAt >= 0 ? s.left(decimalAt) : s;
    const QString fraction = decimalAt >= 0 ? s.mid(decimalAt + 1) : QString();
    for (QChar c : fraction) {
        if (!isDigit(c))
            return false;
    }
    // Whole part: plain digits, or groups of three after the first with one kind of separator.
    QString digits;
    digits.reserve(whole.size());
    QChar separator;
    int group = -1; // digits since the last separator; -1 before the first separator
    int leading = 0;
    for (QChar c : whole) {
        if (isDigit(c)) {
            digits.append(c);
            if (group >= 0)
                ++group;
            else
                ++leading;
            continue;
        }
        const bool allowed = isSpaceSeparator(c) || c == QLatin1Char('\'')
            || (decimal == '.' && c == QLatin1Char(',')) || (decimal == ',' && c == QLatin1Char('.'));
        if (!allowed)
            return false;
        const QChar kind = isSpaceSeparator(c) ? QChar(QLatin1Char(' ')) : c;
        if (separator.isNull())
            separator = kind;
        else if (separator != kind)
            return false;
        if ((group < 0 && (leading == 0 || leading > 3)) || (group >= 0 && group != 3))
            return false;
        group = 0;
    }
    if (group >= 0 && group != 3)
        return false;
    if (digits.isEmpty() && fraction.isEmpty())
        return false;
    bool ok = false;
    const QString canonical = (digits.isEmpty() ? QStringLiteral("0") : digits)
        + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
    *out = canonical.toDouble(&ok);
    return ok;
}

bool readInt(const QString &s, qsizetype from, qsizetype length, int *out)
{
    if (from + length > s.size())
        return false;
    int v = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        if (!isDigit(s.at(i)))
            return false;
        v = v * 10 + (s.at(i).unicode() - '0');
    }
    *out = v;
    return true;
}

// "T10:22:25Z", " 00:00", "T00:00:00.000+02:00" after an ISO date.
bool isTimeSuffix(const QString &rest)
{
    if (rest.isEmpty())
        return true;
    if (rest.at(0) != QLatin1Char('T') && rest.at(0) != QLatin1Char(' '))
        return false;
    const QString t = rest.mid(1);
    int h = 0, m = 0;
    if (!readInt(t, 0, 2, &h) || t.size() < 5 || t.at(2) != QLatin1Char(':') || !readInt(t, 3, 2, &m))
        return false;
    for (qsizetype i = 5; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (!isDigit(c) && c != QLatin1Char(':') && c != QLatin1Char('.') && c != QLatin1Char('Z')
            && c != QLatin1Char('+') && c != QLatin1Char('-'))
            return false;
    }
    return h < 24 && m < 60;
}

// The common shape of numbers in exported data, "-1234.56": an optional minus, digits, and at most one
// decimal separator between digits. Converted without building intermediate strings; the result is the
// same correctly rounded double as the general path's. Anything else returns false and takes that path.
bool parseSimple(QStringView s, char decimal, double *out)
{
    char buffer[48];
    qsizetype n = 0;
    bool separator = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const bool digit = c >= u'0' && c <= u'9';
        if (n >= qsizetype(sizeof buffer))
            return false;
        if (digit) {
            buffer[n++] = char(c);
        } else if (c == u'-' && i == 0) {
            buffer[n++] = '-';
        } else if (c == char16_t(decimal) && !separator && n > 0 && buffer[n - 1] != '-') {
            separator = true;
            buffer[n++] = '.';
        } else {
            return false;
        }
    }
    if (n == 0 || buffer[n - 1] < '0' || buffer[n - 1] > '9')
        return false;
    bool ok = false;
    *out = QByteArray::fromRawData(buffer, n).toDouble(&ok);
    return ok;
}

} // namespace

QString ValueParser::parseNumber(const QString &text, char decimal, bool percent, std::optional<double> *out)
{
    *out = std::nullopt;
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty())
        return {};
    if (double v = 0.0; parseSimple(trimmed, decimal, &v) && std::isfinite(v)) {
        *out = v;
        return {};
    }
    QString s = trimmed.toString();
    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    if (percent && s.endsWith(QLatin1Char('%'))) {
        s.chop(1);
        s = s.trimmed();
    }
    s = stripCurrency(s);
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        negative = !negative;
        s = stripCurrency(s.mid(1).trimmed());
    } else if (s.startsWith(QLatin1Char('+'))) {
        s = stripCurrency(s.mid(1).trimmed());
    }
    if (s.endsWith(QLatin1Char('-'))) { // "1234-" as some accounting exports write it
        negative = !negative;
        s.chop(1);
    }
    double v = 0.0;
    if (!parsePlain(s, decimal, &v)) {
        // Scientific notation, as some tools write small or huge numbers: "1.5E+3".
        bool ok = false;
        QString sci = s;
        if (decimal == ',')
            sci.replace(QLatin1Char(','), QLatin1Char('.'));
        if (sci.contains(QLatin1Char('e'), Qt::CaseInsensitive))
            v = sci.toDouble(&ok);
        if (!ok)
            return tr("\"%1\" is not a number").arg(text.trimmed());
    }
    // "1e999", or digits enough to overflow: infinity is not an amount.
    if (!std::isfinite(v))
        return tr("\"%1\" is not a finite number").arg(text.trimmed().left(40));
    *out = negative ? -v : v;
    return {};
}

QString ValueParser::parseDate(const QString &text, DateFormat format, QDate *out, bool *ambiguous)
{
    *out = QDate();
    if (ambiguous)
        *ambiguous = false;
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    int y = 0, m = 0, d = 0;
    bool shaped = false;
    const bool isoShaped = s.size() >= 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-');
    const bool ymdShaped = s.size() >= 10 && s.at(4) == QLatin1Char('/') && s.at(7) == QLatin1Char('/');
    const bool slashedYearLast = s.size() >= 10 && (s.at(2) == QLatin1Char('/') || s.at(2) == QLatin1Char('.')
                                                    || s.at(2) == QLatin1Char('-'))
        && s.at(5) == s.at(2);
    if ((format == DateFormat::Auto || format == DateFormat::Iso) && isoShaped) {
        shaped = readInt(s, 0, 4, &y) && readInt(s, 5, 2, &m) && readInt(s, 8, 2, &d) && isTimeSuffix(s.mid(10));
    } else if ((format == DateFormat::Auto || format == DateFormat::YearMonthDay) && ymdShaped) {
        shaped = readInt(s, 0, 4, &y) && readInt(s, 5, 2, &m) && readInt(s, 8, 2, &d) && isTimeSuffix(s.mid(10));
    } else if ((format == DateFormat::DayMonthYear || format == DateFormat::MonthDayYear) && slashedYearLast) {
        int a = 0, b = 0;
        shaped = readInt(s, 0, 2, &a) && readInt(s, 3, 2, &b) && readInt(s, 6, 4, &y) && isTimeSuffix(s.mid(10));
        d = format == DateFormat::DayMonthYear ? a : b;
        m = format == DateFormat::DayMonthYear ? b : a;
    } else if (format == DateFormat::Auto && slashedYearLast) {
        // 31/12/2017 can only be day first, 12/31/2017 only month first; 05/06/2017 could be either.
        int a = 0, b = 0;
        shaped = readInt(s, 0, 2, &a) && readInt(s, 3, 2, &b) && readInt(s, 6, 4, &y) && isTimeSuffix(s.mid(10));
        if (shaped && a > 12 && b >= 1 && b <= 12) {
            d = a;
            m = b;
        } else if (shaped && b > 12 && a >= 1 && a <= 12) {
            d = b;
            m = a;
        } else if (shaped) {
            if (ambiguous)
                *ambiguous = true;
            return tr("\"%1\" is ambiguous (day or month first?)").arg(s);
        }
    }
    if (!shaped)
        return tr("\"%1\" is not a date in the expected format").arg(s);
    const QDate date(y, m, d);
    if (!date.isValid())
        return tr("\"%1\" is not a valid date").arg(s);
    *out = date;
    return {};
}

QString ValueParser::isoDate(const QDate &date)
{
    // QDate::toString(Qt::ISODate) goes through a printf-style formatter: too slow for 100,000 rows.
    const int y = date.year();
    if (!date.isValid() || y < 1 || y > 9999)
        return date.toString(Qt::ISODate);
    QString s(10, Qt::Uninitialized);
    QChar *p = s.data();
    const auto put = [&p](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            p[i] = QLatin1Char(char('0' + value % 10));
            value /= 10;
        }
        p += digits;
    };
    put(y, 4);
    *p++ = QLatin1Char('-');
    put(date.month(), 2);
    *p++ = QLatin1Char('-');
    put(date.day(), 2);
    return s;
}

QString ValueParser::translated(const QString &text, const QHash<QString, QString> &values)
{
    const QString s = text.trimmed();
    if (values.isEmpty())
        return s;
    auto it = values.constFind(s);
    if (it == values.constEnd()) {
        for (auto i = values.constBegin(); i != values.constEnd(); ++i) {
            if (i.key().compare(s, Qt::CaseInsensitive) == 0)
                return i.value().trimmed();
        }
        return s;
    }
    return it.value().trimmed();
}

QString ValueParser::parseChoice(const QString &text, const QHash<QString, QString> &values, const QStringList &allowed,
                                 QString *key, const QStringList &shown)
{
    key->clear();
    QString s = translated(text, values).toLower();
    if (s.isEmpty())
        return {};
    s.replace(QLatin1Char(' '), QLatin1Char('_'));
    s.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (allowed.contains(s)) {
        *key = s;
        return {};
    }
    return tr("\"%1\" is not one of %2; a mapping's \"values\" table can translate it")
        .arg(text.trimmed(), (shown.isEmpty() ? allowed : shown).join(QStringLiteral(", ")));
}

QString ValueParser::parseFlag(const QString &text, const QHash<QString, QString> &values, std::optional<bool> *out)
{
    *out = std::nullopt;
    const QString s = translated(text, values).toLower();
    if (s.isEmpty())
        return {};
    static const QStringList yes { QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1"),
                                   QStringLiteral("oui"), QStringLiteral("o"), QStringLiteral("vrai"), QStringLiteral("x") };
    static const QStringList no { QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"), QStringLiteral("0"),
                                  QStringLiteral("non"), QStringLiteral("faux") };
    if (yes.contains(s))
        *out = true;
    else if (no.contains(s))
        *out = false;
    else
        return tr("\"%1\" is neither yes nor no").arg(text.trimmed());
    return {};
}

QString ValueParser::parseFiscalYear(const QString &text, int *year)
{
    *year = 0;
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    int first = 0, second = 0;
    bool shaped = s.size() >= 4 && readInt(s, 0, 4, &first);
    if (shaped && s.size() > 4) {
        const QChar separator = s.at(4);
        const qsizetype digits = s.size() - 5;
        shaped = (separator == QLatin1Char('-') || separator == QLatin1Char('/') || separator == QChar(0x2013))
            && (digits == 2 || digits == 4) && readInt(s, 5, digits, &second)
            && (digits == 4 ? second == first + 1 : second == (first + 1) % 100);
    }
    if (!shaped || first < 1900 || first > 2200)
        return tr("\"%1\" is not a fiscal year (write 2016 or 2016-2017)").arg(s);
    *year = first;
    return {};
}

QString ValueParser::parseHealth(const QString &text, const QHash<QString, QString> &values, QString *key)
{
    key->clear();
    const QString s = translated(text, values);
    if (s.isEmpty())
        return {};
    const QString folded = s.toLower();
    static const struct { const char *word; const char *key; } words[] = {
        { "green", "green" }, { "yellow", "yellow" }, { "red", "red" }, { "amber", "yellow" },
        { "vert", "green" },  { "jaune", "yellow" },  { "rouge", "red" },
    };
    for (const auto &w : words) {
        if (folded == QLatin1String(w.word)) {
            *key = QString::fromLatin1(w.key);
            return {};
        }
    }
    return tr("\"%1\" is not a colour (green, yellow or red); add it to the mapping's \"values\"").arg(text.trimmed());
}

QString ValueParser::cleanText(const QString &text, bool decodeHtmlEntities)
{
    QString s = text.trimmed();
    if (s.size() >= 2 && s.at(0) == QLatin1Char('\'')) {
        const QChar c = s.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            s.remove(0, 1);
    }
    if (decodeHtmlEntities && s.contains(QLatin1Char('&'))) {
        s.replace(QLatin1String("&lt;"), QLatin1String("<"));
        s.replace(QLatin1String("&gt;"), QLatin1String(">"));
        s.replace(QLatin1String("&quot;"), QLatin1String("\""));
        s.replace(QLatin1String("&#39;"), QLatin1String("'"));
        s.replace(QLatin1String("&apos;"), QLatin1String("'"));
        s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    }
    return s;
}

} // namespace Vigie
