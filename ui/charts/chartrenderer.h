#pragma once

#include "analysis/chartdata.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QRectF>
#include <QSize>

#include <optional>

class QPainter;

namespace Vigie {

class PortfolioFile;

// Which chart to draw, of which rows, in which language. Briefings keep these in their documents.
struct ChartRequest
{
    QString chartId;       // one of ChartDataBuilder::chartIds()
    ChartFilter filter;    // organization, key area, period (by row id)
    QString periodLabel;   // a period by label ("August 2016"); wins over filter.periodId when set
    QString language;      // "en" or "fr"; empty for the current language (Language::current())
    // A health chart's figures when the caller has summed them already (the briefing's facts): the rows
    // are not read again (ChartDataBuilder::build).
    std::optional<HealthChartFigures> health;
};

// Draws a chart as published: title and headline figure on top, the chart, and a footer naming the
// source portfolio, the period, the health rule and any note. The same drawing goes to the screen
// (ChartView), to PNG, SVG and PDF files, to the clipboard and into briefings.
//
// Geometry: the chart is laid out in logical pixels of 1/96 inch; `rect` is in the painter's device
// pixels and the device's DPI gives the scale, so fonts keep their physical size at any resolution.
// Vector devices (QPdfWriter, QSvgGenerator) get vector output. Needs a QGuiApplication (offscreen is
// fine) but no window.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ChartRenderer)
public:
    enum class Format { Png, Svg, Pdf };

    // The stable entry point for briefings: paints chart `request` into `rect`. False with a message
    // (unknown chart or period, unreadable file); nothing is painted then.
    static bool paint(QPainter *painter, const QRectF &rect, const PortfolioFile &file, const ChartRequest &request,
                      QString *error = nullptr);
    // Paints already computed data, with numbers in `locale`.
    static void paint(QPainter *painter, const QRectF &rect, const ChartData &data, const QLocale &locale);

    // The least height, in logical pixels of 1/96 inch, at which a chart `width` wide shows every one of
    // its category labels (ChartFactory::minimumHeight(), with the title and footer around it); 0 when
    // any height does.
    static qreal minimumHeight(const ChartData &data, qreal width);
    // The same for an image `widthPixels` wide at `dpi`, in its pixels, rounded up (0 when any height does).
    static int minimumPixelHeight(const ChartData &data, int widthPixels, int dpi);
    // The height at which the chart is drawn at its full size: title, subtitle, a plot of at least
    // kMinimumPlotHeight, legend and footer. Given less, paint() draws the whole
    // chart smaller (drawnScale(), below 1) instead of writing the footer over the plot.
    static constexpr qreal kMinimumPlotHeight = 180.0;
    static qreal fullSizeHeight(const ChartData &data, qreal width, QPaintDevice *device = nullptr);
    static qreal drawnScale(const ChartData &data, const QSizeF &logical, QPaintDevice *device = nullptr);
    static int fullSizePixelHeight(const ChartData &data, int widthPixels, int dpi);

    // Computes a request's data in its language: titles follow the installed translator, which is
    // switched for the duration of the call when the request asks for another language.
    static bool build(const PortfolioFile &file, const ChartRequest &request, ChartData *data, QLocale *locale,
                      QString *error);

    // The footer lines (source, period and chart; health rule; notes), in the installed language.
    static QStringList footerLines(const ChartData &data);

    static std::optional<Format> formatForPath(const QString &path);
    static QImage toImage(const ChartData &data, const QLocale &locale, const QSize &pixels, int dpi);
    // Writes a PNG of `pixels` at `dpi`, an SVG whose view box is `pixels`, or a one-page PDF of
    // pixels/dpi inches, chosen by the file's extension.
    static bool exportTo(const QString &path, const ChartData &data, const QLocale &locale, const QSize &pixels,
                         int dpi, QString *error);

    static QSize defaultSize() { return { 1600, 1000 }; }
    static int defaultDpi() { return 150; }
};

} // namespace Vigie
