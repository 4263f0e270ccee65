// libFuzzer target: the parsers of cell values (numbers as people write them, dates, indicators,
// text cleaning). Every number that comes back must be finite.
#include "fuzzsupport.h"

#include "io/valueparser.h"

#include <cmath>
#include <cstdlib>

using namespace Vigie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    VigieFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (char decimal : { '.', ',' }) {
        for (bool percent : { false, true }) {
            std::optional<double> v;
            const QString problem = ValueParser::parseNumber(text, decimal, percent, &v);
            if (problem.isEmpty() && v && !std::isfinite(*v))
                std::abort(); // a strict import would store infinity
        }
    }
    for (DateFormat format : { DateFormat::Auto, DateFormat::Iso, DateFormat::YearMonthDay, DateFormat::DayMonthYear,
                               DateFormat::MonthDayYear }) {
        QDate d;
        if (ValueParser::parseDate(text, format, &d).isEmpty() && d.isValid())
            ValueParser::isoDate(d);
    }
    QString key;
    ValueParser::parseHealth(text, { { QStringLiteral("Vert"), QStringLiteral("green") } }, &key);
    ValueParser::cleanText(text, true);
    return 0;
}
