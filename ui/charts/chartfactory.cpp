#include "chartfactory.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QtMath>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>

#include <algorithm>
#include <cmath>

namespace Vigie {

namespace {

constexpr int kAxisFont = 13;
constexpr int kLegendFont = 13;
constexpr int kLabelFont = 13;
constexpr int kSmallestLabelFont = 10; // labels shrink to this before any is left out
constexpr qreal kBarWidth = 0.8;
constexpr qreal kMarkerSize = 7.0; // of the points of line charts, in pixels
constexpr qreal kAxisTickRoom = 12.0; // what an axis keeps beside its labels for ticks and padding

// The data in the chart's order: horizontal bar charts count categories from the bottom.
ChartData displayed(const ChartData &data)
{
    if (!ChartFactory::isHorizontal(data.shape))
        return data;
    ChartData d = data;
    std::reverse(d.categories.begin(), d.categories.end());
    std::reverse(d.totals.begin(), d.totals.end());
    for (ChartSeries &s : d.series) {
        std::reverse(s.values.begin(), s.values.end());
        std::reverse(s.labels.begin(), s.labels.end());
    }
    return d;
}

double tickStep(double max)
{
    const double raw = max / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (step * magnitude >= raw)
            return std::max(step * magnitude, 1.0);
    }
    return 10.0 * magnitude;
}

// A value axis whose labels stop at round values (and at 100% on percentage charts), so that the
// headroom left for labels above the bars shows no misleading tick such as "120%".
QCategoryAxis *valueAxis(const ChartData &data, const QLocale &locale)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double max = data.valueMax > 0 ? data.valueMax : 1.0;
    const double step = data.percentAxis ? 20.0 : tickStep(max / 1.1);
    const double last = data.percentAxis ? std::min(100.0, max) : max;
    for (double v = 0.0; v <= last + 1e-9; v += step) {
        QString text = locale.toString(v, 'f', step < 1.0 ? 1 : 0);
        if (data.percentAxis)
            text = formatPercent(v, locale, 0);
        axis->append(text, v);
    }
    axis->setRange(0.0, max);
    // Qt Charts cuts these down to "…" whenever the plot is short ("20 %" in a chart 700 pixels high),
    // though they are a few characters wide and have the room.
    axis->setTruncateLabels(false);
    axis->setLabelsFont(ChartStyle::font(kAxisFont));
    axis->setLabelsColor(ChartStyle::ink());
    axis->setGridLineColor(ChartStyle::grid());
    axis->setLinePenColor(ChartStyle::grid());
    axis->setTitleText(data.valueAxisTitle);
    axis->setTitleFont(ChartStyle::font(kAxisFont));
    axis->setTitleBrush(ChartStyle::softInk());
    return axis;
}

QBarCategoryAxis *categoryAxis(const ChartData &data)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(data.categories);
    // Qt Charts cuts long category labels down to "…" long before it runs out of room (every specialty
    // of the workforce chart at the default export size); the layout leaves them room in full.
    axis->setTruncateLabels(false);
    axis->setLabelsFont(ChartStyle::font(kAxisFont));
    axis->setLabelsColor(ChartStyle::ink());
    axis->setGridLineVisible(false);
    axis->setLinePenColor(ChartStyle::grid());
    return axis;
}

// Category labels wider than their slot overlap, and Qt Charts then drops some of them (every other
// key area; the last of ten reporting periods, "September 2016", which also ran past the plot's edge).
// The labels take the smallest slant whose width across the axis fits their slot of the plot (straight,
// 40°, 60°, upright), and go back to a smaller one only with room to spare, so that the layout does not
// go back and forth between two.
void slantCrowdedLabels(QChart *chart, QBarCategoryAxis *axis, const QStringList &categories)
{
    if (categories.isEmpty())
        return;
    const QFontMetricsF fm(axis->labelsFont());
    qreal widest = 0;
    for (const QString &c : categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    const qreal height = fm.height();
    const auto fit = [axis, widest, height, count = categories.size()](const QRectF &plot) {
        const qreal slot = plot.width() / qreal(count);
        if (slot <= 0)
            return;
        static constexpr int kAngles[] = { 0, 40, 60, 90 };
        const auto across = [&](int angle) {
            const qreal r = qDegreesToRadians(qreal(angle));
            return widest * std::cos(r) + height * std::sin(r);
        };
        int current = 0;
        while (current < 3 && kAngles[current] < -axis->labelsAngle())
            ++current;
        int wanted = 0;
        while (wanted < 3 && across(kAngles[wanted]) > 0.92 * slot)
            ++wanted;
        if (wanted > current || (wanted < current && across(kAngles[wanted]) < 0.75 * slot))
            axis->setLabelsAngle(-kAngles[wanted]);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
}

// `text` broken between words into lines no wider than `room` (a word wider than that keeps a line of
// its own), as the rich text Qt Charts reads its labels as; `text` itself when it fits.
QString wrapLabel(const QString &text, const QFontMetricsF &fm, qreal room)
{
    if (room <= 0 || fm.horizontalAdvance(text) <= room)
        return text;
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > room) {
            lines << line.toHtmlEscaped();
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line.toHtmlEscaped();
    return lines.join(QLatin1String("<br>"));
}

// Qt Charts gives the axis beside a horizontal bar chart at most 40 % of the chart's width and cuts its
// labels at the chart's edge beyond that: "xe 3 : Adopter les meilleures pratiques" in a 1024-px French
// window. Labels wider than that room go onto as many lines as they need, and back onto one when the
// chart is wide enough again.
void wrapWideLabels(QChart *chart, QBarCategoryAxis *axis, const QStringList &categories)
{
    const auto fit = [chart, axis, categories] {
        const QFontMetricsF fm(axis->labelsFont());
        // The axis's own room: the 40 %, less its tick marks and the gap before the plot.
        const qreal room = 0.4 * chart->size().width() - kAxisTickRoom;
        QStringList wrapped;
        for (const QString &c : categories)
            wrapped << wrapLabel(c, fm, room);
        if (wrapped != axis->categories())
            axis->setCategories(wrapped);
    };
    QObject::connect(chart, &QChart::geometryChanged, axis, fit);
}

// The value axis's title, along the plot's height (or width, below a horizontal bar chart): Qt Charts cut
// it to "Proportion des proje…" in a short chart. It goes onto two lines, or more, when it needs them.
void wrapAxisTitle(QChart *chart, QAbstractAxis *axis, const QString &title, bool vertical)
{
    const auto fit = [axis, title, vertical](const QRectF &plot) {
        const qreal room = (vertical ? plot.height() : plot.width()) - 2 * kAxisTickRoom;
        if (room <= 0)
            return;
        const QString wrapped = wrapLabel(title, QFontMetricsF(axis->titleFont()), room);
        if (wrapped != axis->titleText())
            axis->setTitleText(wrapped);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
}

QAbstractBarSeries *barSeries(ChartShape shape)
{
    switch (shape) {
    case ChartShape::StackedBars: return new QStackedBarSeries;
    case ChartShape::HorizontalBars: return new QHorizontalBarSeries;
    case ChartShape::HorizontalStackedBars: return new QHorizontalStackedBarSeries;
    case ChartShape::Bars:
    case ChartShape::Lines: break;
    }
    return new QBarSeries;
}

bool isStacked(ChartShape shape)
{
    return shape == ChartShape::StackedBars || shape == ChartShape::HorizontalStackedBars;
}

struct Label
{
    QPointF anchor;   // the point the label belongs to, in chart coordinates
    QString text;
    QColor color;
    Qt::Alignment side; // where the text goes relative to the anchor (AlignTop = above, AlignRight, AlignCenter)
    bool backdrop = false; // a white box behind the text, where lines may cross it
};

QRectF textRect(const QFontMetricsF &fm, const QString &text)
{
    return fm.boundingRect(QRectF(0, 0, 10000, 10000), Qt::AlignLeft | Qt::AlignTop, text);
}

// Where a label's text goes: beside, above or on its anchor.
QRectF labelRect(const QFontMetricsF &fm, const Label &label)
{
    QRectF r = textRect(fm, label.text);
    const qreal gap = 4.0;
    if (label.side & Qt::AlignTop)
        r.moveCenter(QPointF(label.anchor.x(), label.anchor.y() - gap - r.height() / 2));
    else if (label.side & Qt::AlignRight)
        r.moveCenter(QPointF(label.anchor.x() + gap + r.width() / 2, label.anchor.y()));
    else
        r.moveCenter(label.anchor);
    return r;
}

void drawLabel(QPainter *painter, const QRectF &r, const Label &label)
{
    if (label.backdrop) {
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(r.adjusted(-3, 0, 3, 0), 3, 3);
        painter->restore();
    }
    painter->setPen(label.color);
    painter->drawText(r, Qt::AlignCenter, label.text);
}

// The legend's layout (ChartFactory::legendHeight(), drawLegend()), in logical pixels from its top left.
constexpr qreal kLegendTop = 10.0;      // between the value axis and the first row
constexpr qreal kLegendSpacing = 18.0;  // between two entries of a row
constexpr qreal kLegendRowGap = 4.0;
constexpr qreal kSwatch = 12.0;         // a bar series' square
constexpr qreal kLineSwatch = 24.0;     // a line series' stretch of line
constexpr qreal kSwatchGap = 6.0;       // between the marker and the name

struct LegendEntry
{
    int series = 0;
    QRectF marker;
    QRectF text;
};

struct LegendLayout
{
    QList<LegendEntry> entries;
    qreal height = 0.0;
};

LegendLayout legendLayout(const ChartData &data, qreal width, const QFontMetricsF &fm)
{
    LegendLayout layout;
    if (data.isEmpty() || data.series.size() < 2 || width <= 0)
        return layout;
    const qreal swatch = data.shape == ChartShape::Lines ? kLineSwatch : kSwatch;
    const qreal textRoom = std::max(1.0, width - swatch - kSwatchGap);
    // Each entry's size, its name on one line where it fits and broken between words where not.
    QList<QSizeF> sizes;
    for (const ChartSeries &s : data.series) {
        const QRectF r = fm.boundingRect(QRectF(0, 0, textRoom, 100000), Qt::TextWordWrap | Qt::AlignLeft, s.name);
        sizes.append(QSizeF(swatch + kSwatchGap + std::min(r.width(), textRoom), std::max(r.height(), kSwatch)));
    }
    // Rows filled left to right, each centred.
    qreal y = kLegendTop;
    for (int first = 0; first < sizes.size();) {
        int end = first + 1;
        qreal rowWidth = sizes.at(first).width();
        while (end < sizes.size() && rowWidth + kLegendSpacing + sizes.at(end).width() <= width)
            rowWidth += kLegendSpacing + sizes.at(end++).width();
        qreal rowHeight = 0;
        for (int k = first; k < end; ++k)
            rowHeight = std::max(rowHeight, sizes.at(k).height());
        qreal x = (width - rowWidth) / 2;
        for (int k = first; k < end; ++k) {
            const QSizeF size = sizes.at(k);
            LegendEntry e;
            e.series = k;
            // The marker faces the name's first line.
            const qreal firstLine = std::min(size.height(), fm.height());
            e.marker = QRectF(x, y + (firstLine - kSwatch) / 2, swatch, kSwatch);
            e.text = QRectF(x + swatch + kSwatchGap, y, size.width() - swatch - kSwatchGap, size.height());
            layout.entries.append(e);
            x += size.width() + kLegendSpacing;
        }
        y += rowHeight + kLegendRowGap;
        first = end;
    }
    layout.height = y - kLegendRowGap + 4.0;
    return layout;
}

} // namespace

qreal ChartFactory::minimumHeight(const ChartData &data, qreal width)
{
    if (!isHorizontal(data.shape) || data.categories.isEmpty() || data.isEmpty())
        return 0.0;
    const QFontMetricsF axis(ChartStyle::font(kAxisFont));
    // As wrapWideLabels() breaks them: within the 40 % of the chart's width Qt Charts gives the axis.
    const qreal room = 0.4 * width - kAxisTickRoom;
    // Every category gets a slot of the same height: the one whose label wraps onto most lines sets it.
    qsizetype lines = 1;
    for (const QString &c : data.categories)
        lines = std::max(lines, wrapLabel(c, axis, room).count(QLatin1String("<br>")) + 1);
    const qreal categories = data.categories.size() * (lines * axis.lineSpacing() + 4.0);
    // The value axis's labels and title below the plot, the legend under them, the chart's margins.
    const qreal chrome = 2 * axis.lineSpacing() + kAxisTickRoom + 24.0;
    return categories + chrome + legendHeight(data, width);
}

bool ChartFactory::isHorizontal(ChartShape shape)
{
    return shape == ChartShape::HorizontalBars || shape == ChartShape::HorizontalStackedBars;
}

std::unique_ptr<QChart> ChartFactory::create(const ChartData &source, const QLocale &locale)
{
    const ChartData data = displayed(source);
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 4, 28, 4)); // room for the last value-axis label
    chart->legend()->hide(); // drawn by drawLegend(), in rows
    if (data.isEmpty())
        return chart;

    QBarCategoryAxis *categories = categoryAxis(data);
    QCategoryAxis *values = valueAxis(data, locale);
    const bool horizontal = isHorizontal(data.shape);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    if (horizontal)
        wrapWideLabels(chart.get(), categories, data.categories);
    else
        slantCrowdedLabels(chart.get(), categories, data.categories);
    if (!data.valueAxisTitle.isEmpty())
        wrapAxisTitle(chart.get(), values, data.valueAxisTitle, !horizontal);

    if (data.shape == ChartShape::Lines) {
        for (const ChartSeries &s : data.series) {
            auto *line = new QLineSeries;
            line->setName(s.name);
            for (int i = 0; i < s.values.size(); ++i)
                line->append(i, s.values.at(i));
            line->setPen(ChartStyle::linePen(s.role));
            line->setPointsVisible(true);
            line->setMarkerSize(kMarkerSize);
            chart->addSeries(line);
            line->attachAxis(categories);
            line->attachAxis(values);
        }
    } else {
        QAbstractBarSeries *bars = barSeries(data.shape);
        bars->setBarWidth(kBarWidth);
        for (const ChartSeries &s : data.series) {
            auto *set = new QBarSet(s.name);
            for (double v : s.values)
                set->append(v);
            set->setBrush(ChartStyle::brush(s.role));
            set->setPen(QPen(ChartStyle::color(s.role).darker(130), 0.8));
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(categories);
        bars->attachAxis(values);
    }
    return chart;
}

qreal ChartFactory::legendHeight(const ChartData &data, qreal width, QPaintDevice *device)
{
    const QFont font = ChartStyle::font(kLegendFont);
    return legendLayout(data, width, device ? QFontMetricsF(font, device) : QFontMetricsF(font)).height;
}

void ChartFactory::drawLegend(QPainter *painter, const QRectF &rect, const ChartData &data)
{
    const QFont font = ChartStyle::font(kLegendFont);
    const LegendLayout layout = legendLayout(data, rect.width(), QFontMetricsF(font, painter->device()));
    if (layout.entries.isEmpty())
        return;
    painter->save();
    painter->translate(rect.topLeft());
    painter->setFont(font);
    for (const LegendEntry &e : layout.entries) {
        const ChartSeries &s = data.series.at(e.series);
        if (data.shape == ChartShape::Lines) {
            // A stretch of the line, with its dashes, and the point the line's values sit on.
            const QPen pen = ChartStyle::linePen(s.role);
            const QPointF mid = e.marker.center();
            painter->setPen(pen);
            painter->drawLine(QPointF(e.marker.left(), mid.y()), QPointF(e.marker.right(), mid.y()));
            painter->setPen(Qt::NoPen);
            painter->setBrush(pen.color());
            painter->drawEllipse(mid, kMarkerSize / 2, kMarkerSize / 2);
        } else {
            painter->setPen(QPen(ChartStyle::color(s.role).darker(130), 0.8));
            painter->setBrush(ChartStyle::brush(s.role));
            painter->drawRect(e.marker);
        }
        painter->setPen(ChartStyle::ink());
        painter->drawText(e.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s.name);
    }
    painter->restore();
}

void ChartFactory::drawValueLabels(QPainter *painter, QChart *chart, const ChartData &source)
{
    if (source.isEmpty() || chart->series().isEmpty())
        return;
    const ChartData data = displayed(source);
    QAbstractSeries *first = chart->series().constFirst();
    const bool horizontal = isHorizontal(data.shape);
    const bool stacked = isStacked(data.shape);
    const int sets = int(data.series.size());
    // Value v of category i, with an offset across the category (bars side by side) in category units.
    auto point = [&](int category, double offset, double value) {
        return horizontal ? chart->mapToPosition(QPointF(value, category + offset), first)
                          : chart->mapToPosition(QPointF(category + offset, value), first);
    };

    // The labels at a given size: where each goes, and how many had to be left out.
    struct Placed
    {
        QList<std::pair<QRectF, Label>> kept;
        int dropped = 0;
    };
    const auto place = [&](const QFontMetricsF &fm) {
        QList<Label> labels;
        QList<QRectF> bars; // of bars side by side, which no label may cover
        const int categories = int(data.categories.size());

        if (data.shape == ChartShape::Lines) {
            // Labels to the right of their points (where no other series' marker of the same period is),
            // each centred on its point's height where there is room, and spread apart evenly around
            // the points' heights where lines run close together; kept inside the plot.
            const QRectF plot = chart->plotArea();
            const qreal h = fm.height() + 2;
            for (int i = 0; i < categories; ++i) {
                QList<Label> column;
                for (const ChartSeries &s : data.series) {
                    if (s.labels.value(i).isEmpty())
                        continue;
                    column.append({ point(i, 0, s.values.at(i)), s.labels.at(i), ChartStyle::linePen(s.role).color().darker(140),
                                    Qt::AlignRight, true });
                }
                std::sort(column.begin(), column.end(),
                          [](const Label &a, const Label &b) { return a.anchor.y() < b.anchor.y(); });
                // Runs of labels that would overlap, each centred on its points' mean height.
                struct Run
                {
                    int first;
                    int count;
                    qreal sum; // of its points' heights
                };
                const auto top = [h](const Run &r) { return r.sum / r.count - r.count * h / 2; };
                QList<Run> runs;
                for (int k = 0; k < column.size(); ++k) {
                    runs.append({ k, 1, column.at(k).anchor.y() });
                    while (runs.size() > 1) {
                        const Run &last = runs.constLast();
                        const Run &before = runs.at(runs.size() - 2);
                        if (top(before) + before.count * h <= top(last))
                            break;
                        const Run merged { before.first, before.count + last.count, before.sum + last.sum };
                        runs.removeLast();
                        runs.last() = merged;
                    }
                }
                for (const Run &run : std::as_const(runs)) {
                    const qreal y = std::clamp(top(run), plot.top(), std::max(plot.top(), plot.bottom() - run.count * h));
                    for (int k = 0; k < run.count; ++k) {
                        // In a plot too short for the run, the labels past its bottom would print over the
                        // category axis: they are left out.
                        if (y + (k + 1) * h > plot.bottom() + h / 2)
                            break;
                        Label l = column.at(run.first + k);
                        l.anchor = QPointF(l.anchor.x() + kMarkerSize, y + (k + 0.5) * h); // clear of the marker and its pen
                        labels.append(l);
                    }
                }
            }
        } else {
            // Bars side by side, whose labels go past their ends: a label over another bar is as unreadable
            // as one over another label (a thin bar's, beside a longer one in a short chart).
            const qreal slot = kBarWidth / sets;
            for (int i = 0; i < categories; ++i) {
                double cumulative = 0.0;
                for (int j = 0; j < sets; ++j) {
                    const ChartSeries &s = data.series.at(j);
                    const double v = s.values.value(i);
                    const QString text = s.labels.value(i);
                    if (stacked) {
                        const QPointF from = point(i, 0, cumulative);
                        cumulative += v;
                        const QPointF to = point(i, 0, cumulative);
                        if (text.isEmpty())
                            continue;
                        const QRectF r = textRect(fm, text);
                        const qreal room = horizontal ? std::abs(to.x() - from.x()) : std::abs(to.y() - from.y());
                        if (room < (horizontal ? r.width() : r.height()) + 4)
                            continue; // too thin to print inside: the total past the stack still tells
                        labels.append({ (from + to) / 2, text, ChartStyle::textOn(s.role), Qt::AlignCenter });
                    } else {
                        const double offset = -kBarWidth / 2 + (j + 0.5) * slot;
                        bars.append(QRectF(point(i, offset - slot / 2, 0.0), point(i, offset + slot / 2, v)).normalized());
                        if (text.isEmpty())
                            continue;
                        labels.append({ point(i, offset, v), text, ChartStyle::ink(),
                                        horizontal ? Qt::AlignRight : Qt::AlignTop });
                    }
                }
                if (!data.totals.value(i).isEmpty()) {
                    const double end = stacked ? data.categoryTotal(i) : 0.0;
                    labels.append({ point(i, 0, end), data.totals.at(i), ChartStyle::softInk(),
                                    horizontal ? Qt::AlignRight : Qt::AlignTop });
                }
            }
        }

        // A label that would overprint one already placed, or a bar beside its own, is left out: thin bars
        // side by side in a small chart ("241,9 M$" over "263,7 M$"), lines close together in a short one.
        // What counts is the letters, not the line box around them (labels of bars side by side stand
        // closer than a line apart); a bar may touch a label's letters but not run through their middle half.
        Placed placed;
        QList<QRectF> taken;
        const qreal letters = (fm.height() - fm.capHeight()) / 2 - 1.0; // a pixel around the capitals and digits
        const qreal middle = fm.height() / 2 - fm.capHeight() / 4;
        const auto covers = [](const QList<QRectF> &rects, const QRectF &r) {
            return std::any_of(rects.cbegin(), rects.cend(), [&r](const QRectF &t) { return t.intersects(r); });
        };
        for (const Label &l : std::as_const(labels)) {
            const QRectF r = labelRect(fm, l);
            const QRectF ink = r.adjusted(-1, letters, 1, -letters);
            if (covers(taken, ink) || covers(bars, r.adjusted(0, middle, 0, -middle))) {
                ++placed.dropped;
                continue;
            }
            taken.append(ink);
            placed.kept.append({ r, l });
        }
        return placed;
    };

    // Smaller type before fewer figures: the labels shrink, down to a size still read on a slide, until
    // every one has its room; only then are some left out (the bars and the axis still show the value).
    painter->save();
    painter->setRenderHint(QPainter::TextAntialiasing);
    QFont font;
    Placed chosen;
    for (int size = kLabelFont; size >= kSmallestLabelFont; --size) {
        font = ChartStyle::font(size);
        chosen = place(QFontMetricsF(font, painter->device()));
        if (chosen.dropped == 0)
            break;
    }
    painter->setFont(font);
    for (const auto &[r, l] : std::as_const(chosen.kept))
        drawLabel(painter, r, l);
    painter->restore();
}

} // namespace Vigie
