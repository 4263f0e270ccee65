#pragma once

#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace Vigie {

struct BriefingFacts;

// How a briefing draws a chart block: paints chart `chartId` for the facts' period into `rect`, with
// its wording in `language` ("en"/"fr"); returns false for an unknown chart. The document calls it with
// the PDF writer's or the printer's painter, so charts stay vectors in PDF, and with a QImage painter for
// ODT and HTML.
using BriefingChartPainter = std::function<bool(QPainter *painter, const QRectF &rect, const QString &chartId,
                                                const BriefingFacts &facts, const QString &language)>;

namespace BriefingCharts {

// The chart painter briefings use by default (see briefingcharts.cpp for which code it draws with).
BriefingChartPainter defaultPainter();
// Simple built-in drawings of the briefing charts from the facts alone (stacked bars, no Qt Charts).
bool paintBuiltIn(QPainter *painter, const QRectF &rect, const QString &chartId, const BriefingFacts &facts,
                  const QString &language);
// Height of a chart for a given width: proportional, with room for each bar the facts call for.
double heightFor(const QString &chartId, double width, const BriefingFacts &facts);

} // namespace BriefingCharts

} // namespace Vigie
