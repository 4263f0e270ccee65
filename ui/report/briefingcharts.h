#pragma once

#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace Vigie {

class PortfolioFile;
struct BriefingFacts;

// How a briefing draws a chart block: paints chart `chartId` for the facts' period into `rect`, with
// its wording in `language` ("en"/"fr"); returns false for an unknown chart. The document calls it with
// the PDF writer's or the printer's painter, so charts stay vectors in PDF, and with a QImage painter for
// ODT and HTML.
using BriefingChartPainter = std::function<bool(QPainter *painter, const QRectF &rect, const QString &chartId,
                                                const BriefingFacts &facts, const QString &language)>;

struct BriefingChartDrawer
{
    BriefingChartPainter paint;
    // The chart's height for a given width.
    std::function<double(const QString &chartId, double width, const BriefingFacts &facts)> height;
};

namespace BriefingCharts {

// The charts of the Charts view (ChartRenderer, ui/charts), for the facts' period and the document's
// language; the built-in drawing stands in for a chart the renderer refuses. Holds `file`: the drawer
// must not outlive it.
BriefingChartDrawer renderer(const PortfolioFile &file);
// Simple built-in drawings of the briefing charts from the facts alone (stacked bars, no Qt Charts):
// for documents made without a file, and as the fallback.
BriefingChartDrawer builtIn();
bool paintBuiltIn(QPainter *painter, const QRectF &rect, const QString &chartId, const BriefingFacts &facts,
                  const QString &language);
// Height of a built-in chart for a given width: proportional, with room for each bar the facts call for.
double heightFor(const QString &chartId, double width, const BriefingFacts &facts);

} // namespace BriefingCharts

} // namespace Vigie
