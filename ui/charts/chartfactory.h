#pragma once

#include "analysis/chartdata.h"

#include <QLocale>

#include <memory>

class QPainter;
class QPaintDevice;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Vigie {

// Turns chart data into a QChart (series, axes, legend, colours from ChartStyle) and draws the value
// labels on it. Qt Charts' own bar labels can only print the bar's value; ours print counts, money and
// percentages formatted by core, so they are drawn by drawValueLabels() after the chart is laid out.
class ChartFactory
{
public:
    // A chart without a title (renderers draw the title block): sized by the caller, not animated.
    static std::unique_ptr<QChart> create(const ChartData &data, const QLocale &locale);
    // Draws the labels of `data` over `chart`, in the chart's coordinates; `chart` must come from
    // create(data) and be laid out at its final size.
    static void drawValueLabels(QPainter *painter, QChart *chart, const ChartData &data);
    // Horizontal bar charts list their first category at the top, so the chart's order is reversed.
    static bool isHorizontal(ChartShape shape);
    // The least height, in logical pixels, a chart of `width` needs to show every category label of
    // `data`: Qt Charts drops every other label of a crowded category axis (the twenty specialties of the
    // workforce chart in a small window). Horizontal bar charts need a line (or the lines a long label
    // wraps onto) per category; other shapes slant their labels instead and need no more than any chart (0).
    static qreal minimumHeight(const ChartData &data, qreal width);

    // The legend under a chart of more than one series: each series' marker (its bar's fill, or its
    // line's dashes and point) and name, in rows centred under the chart, as many rows as `width` needs;
    // a name wider than a row goes onto lines of its own. Qt Charts' legend keeps one row and cuts the
    // names down ("Projets jaun…") in a narrow window, so create() hides it and renderers draw this one.
    // Height 0 for a chart that has no legend; `device` (may be null) gives the font metrics.
    static qreal legendHeight(const ChartData &data, qreal width, QPaintDevice *device = nullptr);
    // Draws it in `rect` (its width as given to legendHeight()), in logical pixels.
    static void drawLegend(QPainter *painter, const QRectF &rect, const ChartData &data);
};

} // namespace Vigie
