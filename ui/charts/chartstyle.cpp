#include "chartstyle.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Vigie::ChartStyle {

namespace {

// A small tile of diagonal stripes over a solid fill, used as a texture brush.
QImage stripes(const QColor &fill, const QColor &line)
{
    QImage tile(8, 8, QImage::Format_ARGB32_Premultiplied);
    tile.fill(fill);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(line, 1.5));
    p.drawLine(QPointF(-1, 9), QPointF(9, -1));
    p.drawLine(QPointF(-1, 1), QPointF(1, -1));
    p.drawLine(QPointF(7, 9), QPointF(9, 7));
    return tile;
}

// Relative luminance (WCAG 2).
double luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    const auto channel = [](int value) {
        const double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

// Is `palette` light text on a dark background?
bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Active, QPalette::Base))
           < luminance(palette.color(QPalette::Active, QPalette::Text));
}

} // namespace

QColor color(SeriesRole role)
{
    switch (role) {
    case SeriesRole::Neutral1: return QColor(0x1f, 0x38, 0x64);  // dark navy
    case SeriesRole::Neutral2: return QColor(0x4a, 0x86, 0xc5);  // mid blue
    case SeriesRole::Neutral3: return QColor(0xa9, 0xb4, 0xc2);  // blue grey
    case SeriesRole::Neutral4: return QColor(0xe3, 0xe6, 0xea);  // pale grey
    case SeriesRole::Green: return QColor(0x1b, 0x7e, 0x5a);     // bluish green, dark
    case SeriesRole::Yellow: return QColor(0xf2, 0xc1, 0x2e);    // light
    case SeriesRole::Red: return QColor(0xd3, 0x45, 0x2c);       // vermilion, mid
    case SeriesRole::Unrated: return QColor(0xc8, 0xc8, 0xc8);
    case SeriesRole::AtRisk: return QColor(0x4d, 0x4d, 0x4d);
    }
    return Qt::gray;
}

QBrush brush(SeriesRole role)
{
    switch (role) {
    case SeriesRole::Red: return QBrush(stripes(color(role), QColor(0xf6, 0xc9, 0xbf)));
    case SeriesRole::AtRisk: return QBrush(stripes(color(role), QColor(0x80, 0x80, 0x80)));
    default: break;
    }
    return QBrush(color(role));
}

QPen linePen(SeriesRole role)
{
    QColor c = color(role);
    Qt::PenStyle style = Qt::SolidLine;
    switch (role) {
    case SeriesRole::Yellow:
        c = QColor(0xc9, 0x9a, 0x06); // darker than the fill so that the line shows on white
        style = Qt::DashLine;
        break;
    case SeriesRole::Red: style = Qt::DashDotLine; break;
    case SeriesRole::Neutral1: style = Qt::DotLine; break;
    default: break;
    }
    QPen pen(c, 3.0, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QColor textOn(SeriesRole role)
{
    const QColor c = color(role);
    const double luma = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue();
    return luma < 140 ? QColor(Qt::white) : ink();
}

QColor ink()
{
    return QColor(0x1a, 0x1a, 0x1a);
}

QColor softInk()
{
    return QColor(0x45, 0x45, 0x45);
}

QColor grid()
{
    return QColor(0xdd, 0xdd, 0xdd);
}

QFont font(int pixelSize, bool bold)
{
    QFont f;
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

QColor opaqueOn(const QColor &color, const QColor &background)
{
    const QColor c = color.toRgb(), b = background.toRgb();
    const double a = c.alphaF();
    return QColor::fromRgbF(float(a * c.redF() + (1 - a) * b.redF()), float(a * c.greenF() + (1 - a) * b.greenF()),
                            float(a * c.blueF() + (1 - a) * b.blueF()));
}

QColor warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Vigie::ChartStyle
