#pragma once

#include "analysis/chartdata.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPen>

namespace Vigie {

// The look of every chart, in one place. Green, yellow and red mean health and nothing else; other
// series use neutral blues and greys. Shades are told apart by colour-blind readers and in grayscale
// (different lightness, and stripes on red and "at risk"), and every value carries a label.
namespace ChartStyle {

QColor color(SeriesRole role);
// Fill of bars and legend markers: solid, or striped for red and at-risk series.
QBrush brush(SeriesRole role);
// Line series: health lines keep their colour and get distinct dash patterns.
QPen linePen(SeriesRole role);
// Text drawn on a fill of this role: white on dark fills, near-black on light ones.
QColor textOn(SeriesRole role);

QColor ink();      // body text
QColor softInk();  // footers, axis titles
QColor grid();

// Text on screen, on the desktop's colours (`palette`, the widget's or the application's):
// a red for warnings (an at-risk share, a failed connection) that reads on its Base and Window, dark red
// on a light scheme, a light red on a dark one.
QColor warningText(const QPalette &palette);
// `color` laid on `background`, as one opaque colour: for rich text, whose colour names drop the alpha
// (the desktop's placeholder grey is its text colour at half opacity, and would be written as black).
QColor opaqueOn(const QColor &color, const QColor &background);
// The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);

// Fonts in logical pixels (96 per inch); renderers scale them to the device.
QFont font(int pixelSize, bool bold = false);

} // namespace ChartStyle

} // namespace Vigie
