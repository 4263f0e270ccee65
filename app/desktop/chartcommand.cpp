// `vigie chart FILE --chart ID -o OUT`: renders one chart to PNG, SVG or PDF, headless.
#include "cli/cli.h"

#include "analysis/chartdata.h"
#include "charts/chartrenderer.h"
#include "i18n/language.h"
#include "storage/portfoliofile.h"

#include <QRegularExpression>

namespace Vigie::Cli {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Vigie::Cli", text);
}

int listCharts()
{
    int width = 0;
    for (const QString &id : ChartDataBuilder::chartIds())
        width = std::max(width, int(id.size()));
    for (const QString &id : ChartDataBuilder::chartIds())
        out() << QStringLiteral("%1  %2\n").arg(id, -width).arg(ChartDataBuilder::description(id));
    return Ok;
}

} // namespace

int runChart(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("chart"));
    parser.setApplicationDescription(t(QT_TRANSLATE_NOOP("Vigie::Cli", "Render a chart to a PNG, SVG or PDF file.")));
    parser.addPositionalArgument(QStringLiteral("file"), t(QT_TRANSLATE_NOOP("Vigie::Cli", "A .vigie file.")),
                                 t(QT_TRANSLATE_NOOP("Vigie::Cli", "FILE")));
    parser.addOption({ QStringLiteral("chart"), t(QT_TRANSLATE_NOOP("Vigie::Cli", "The chart to draw (see --list).")),
                       QStringLiteral("id") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                       t(QT_TRANSLATE_NOOP("Vigie::Cli", "The file to write; .png, .svg or .pdf.")),
                       t(QT_TRANSLATE_NOOP("Vigie::Cli", "file")) });
    parser.addOption({ QStringLiteral("period"),
                       t(QT_TRANSLATE_NOOP("Vigie::Cli", "Show a frozen reporting period instead of current values.")),
                       t(QT_TRANSLATE_NOOP("Vigie::Cli", "label")) });
    parser.addOption({ QStringLiteral("size"),
                       t(QT_TRANSLATE_NOOP("Vigie::Cli", "Size in pixels, WIDTHxHEIGHT (default 1600x1000).")),
                       QStringLiteral("WxH") });
    parser.addOption({ QStringLiteral("dpi"),
                       t(QT_TRANSLATE_NOOP("Vigie::Cli", "Resolution in dots per inch (default 150).")),
                       QStringLiteral("dpi") });
    parser.addOption({ QStringLiteral("list"), t(QT_TRANSLATE_NOOP("Vigie::Cli", "List the charts and exit.")) });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 0, 1, &exit))
        return exit;
    if (parser.isSet(QStringLiteral("list")))
        return listCharts();
    if (parser.positionalArguments().size() != 1) {
        err() << t(QT_TRANSLATE_NOOP("Vigie::Cli", "Wrong number of arguments.")) << QLatin1Char('\n')
              << parser.helpText();
        return Usage;
    }
    const QString id = parser.value(QStringLiteral("chart"));
    if (!ChartDataBuilder::isChartId(id)) {
        err() << (id.isEmpty() ? t(QT_TRANSLATE_NOOP("Vigie::Cli", "Name the chart with --chart ID (see --list)."))
                               : t(QT_TRANSLATE_NOOP("Vigie::Cli", "Unknown chart \"%1\"; \"vigie chart --list\" lists them."))
                                     .arg(id))
              << Qt::endl;
        return Usage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !ChartRenderer::formatForPath(output)) {
        err() << t(QT_TRANSLATE_NOOP("Vigie::Cli", "Give the output file with -o; its extension must be .png, .svg or .pdf."))
              << Qt::endl;
        return Usage;
    }
    QSize size = ChartRenderer::defaultSize();
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX×](\\d{3,5})$"));
        const auto match = pattern.match(parser.value(QStringLiteral("size")).trimmed());
        size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (size.width() < 200 || size.height() < 150 || size.width() > 20000 || size.height() > 20000) {
            err() << t(QT_TRANSLATE_NOOP("Vigie::Cli",
                                         "Bad size \"%1\": use WIDTHxHEIGHT in pixels, from 200x150 to 20000x20000."))
                         .arg(parser.value(QStringLiteral("size")))
                  << Qt::endl;
            return Usage;
        }
    }
    int dpi = ChartRenderer::defaultDpi();
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || dpi < 36 || dpi > 1200) {
            err() << t(QT_TRANSLATE_NOOP("Vigie::Cli", "Bad resolution \"%1\": use a number of DPI from 36 to 1200."))
                         .arg(parser.value(QStringLiteral("dpi")))
                  << Qt::endl;
            return Usage;
        }
    }

    auto file = openPortfolio(parser.positionalArguments().constFirst(), true);
    if (!file)
        return FileUnusable;
    ChartRequest request;
    request.chartId = id;
    request.periodLabel = parser.value(QStringLiteral("period"));
    ChartData data;
    QLocale locale;
    QString error;
    if (!ChartRenderer::build(*file, request, &data, &locale, &error)) {
        err() << error << Qt::endl;
        return request.periodLabel.isEmpty() || !file->damage().isEmpty() ? FileUnusable : NotFound;
    }
    // A read that failed on damage anywhere (the period list) means figures that could be wrong.
    if (!file->damage().isEmpty()) {
        err() << file->damage() << Qt::endl;
        return FileUnusable;
    }
    if (!ChartRenderer::exportTo(output, data, locale, size, dpi, &error)) {
        err() << error << Qt::endl;
        return FileUnusable;
    }
    // Written as asked, but said: too short a chart leaves out some of its category names, or is drawn
    // smaller; with the height that does neither.
    const int needed = ChartRenderer::minimumPixelHeight(data, size.width(), dpi);
    const int enough = std::max(needed, ChartRenderer::fullSizePixelHeight(data, size.width(), dpi));
    if (needed > size.height())
        // (Never fewer than two categories: one always has the room.)
        err() << t(QT_TRANSLATE_NOOP("Vigie::Cli", "Note: at %1 pixels high, some of the chart's %2 category names are "
                                                    "left out; --size %3x%4 or taller shows them all."))
                     .arg(size.height())
                     .arg(data.categories.size())
                     .arg(size.width())
                     .arg(enough)
              << Qt::endl;
    else if (enough > size.height())
        err() << t(QT_TRANSLATE_NOOP("Vigie::Cli", "Note: at %1 pixels high, the chart is drawn smaller than its full "
                                                    "size, its text too; --size %2x%3 or taller draws it at full size."))
                     .arg(size.height())
                     .arg(size.width())
                     .arg(enough)
              << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
