#include "briefingcharts.h"

#include "analysis/briefingfacts.h"
#include "analysis/briefingtext.h"
#include "charts/chartrenderer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace Vigie::BriefingCharts {

namespace {

using BriefingText::pick;

constexpr double kRendererWidth = 1000.0;

const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kYellow(0xf9, 0xa8, 0x25);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x9e, 0x9e, 0x9e);
const QColor kBlue(0x1f, 0x4e, 0x79);
const QColor kLightBlue(0x8f, 0xb4, 0xd9);

struct Segment
{
    double value = 0;
    QColor color;
    QString text; // drawn inside the segment when it fits
};

struct Row
{
    QString label;
    QList<Segment> segments;
};

struct Legend
{
    QString text;
    QColor color;
};

QColor textOn(const QColor &c)
{
    return c.lightnessF() > 0.6 ? Qt::black : Qt::white;
}

// Horizontal stacked bars: one row per label, segments scaled to the row total (`percent`) or to the
// largest row total. Everything is sized from the rect and point-sized fonts, so the same drawing
// serves a 1200 dpi PDF page and a 96 dpi image.
void stackedBars(QPainter *p, const QRectF &rect, const QString &title, const QList<Row> &rows,
                 const QList<Legend> &legend, bool percent, double marker = -1)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QFont titleFont = p->font();
    titleFont.setPointSizeF(10.0);
    titleFont.setBold(true);
    QFont font = p->font();
    font.setPointSizeF(8.0);
    QFont small = font;
    small.setPointSizeF(7.0);
    const double lineH = QFontMetricsF(font, p->device()).height();

    p->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0));
    p->setBrush(Qt::NoBrush);
    p->drawRect(rect);
    const QRectF inner = rect.adjusted(lineH * 0.6, lineH * 0.4, -lineH * 0.6, -lineH * 0.4);

    p->setFont(titleFont);
    p->setPen(Qt::black);
    const double titleH = QFontMetricsF(titleFont, p->device()).height();
    p->drawText(QRectF(inner.left(), inner.top(), inner.width(), titleH), Qt::AlignLeft | Qt::AlignVCenter, title);

    p->setFont(font);
    const QFontMetricsF fm(font, p->device());
    double labelW = 0;
    for (const Row &r : rows)
        labelW = std::max(labelW, fm.horizontalAdvance(r.label));
    labelW = std::min(labelW + lineH * 0.6, inner.width() * 0.38);

    const double legendH = legend.isEmpty() ? 0 : lineH * 1.4;
    const QRectF plot(inner.left() + labelW, inner.top() + titleH + lineH * 0.4, inner.width() - labelW,
                      inner.height() - titleH - lineH * 0.4 - legendH);
    double maxTotal = 0;
    for (const Row &r : rows) {
        double t = 0;
        for (const Segment &s : r.segments)
            t += s.value;
        maxTotal = std::max(maxTotal, t);
    }
    const int n = std::max<int>(1, rows.size());
    const double slot = plot.height() / n;
    const double barH = std::min(slot * 0.72, lineH * 2.2);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        const double y = plot.top() + i * slot + (slot - barH) / 2;
        p->setPen(Qt::black);
        p->drawText(QRectF(inner.left(), y, labelW - lineH * 0.4, barH), Qt::AlignRight | Qt::AlignVCenter,
                    fm.elidedText(r.label, Qt::ElideRight, labelW - lineH * 0.4));
        double total = 0;
        for (const Segment &s : r.segments)
            total += s.value;
        const double scale = percent ? (total > 0 ? plot.width() / total : 0) : (maxTotal > 0 ? plot.width() / maxTotal : 0);
        double x = plot.left();
        for (const Segment &s : r.segments) {
            const double w = s.value * scale;
            if (w <= 0)
                continue;
            const QRectF seg(x, y, w, barH);
            p->fillRect(seg, s.color);
            if (!s.text.isEmpty() && fm.horizontalAdvance(s.text) + lineH * 0.3 < w) {
                p->setPen(textOn(s.color));
                p->drawText(seg, Qt::AlignCenter, s.text);
            }
            x += w;
        }
    }
    if (marker >= 0) {
        const double mx = plot.left() + plot.width() * marker;
        p->setPen(QPen(Qt::black, lineH / 12, Qt::DashLine));
        p->drawLine(QPointF(mx, plot.top()), QPointF(mx, plot.bottom()));
    }
    if (!legend.isEmpty()) {
        p->setFont(small);
        const QFontMetricsF sm(small, p->device());
        double x = plot.left();
        const double y = inner.bottom() - legendH + (legendH - sm.height()) / 2;
        for (const Legend &l : legend) {
            const double box = sm.height() * 0.8;
            p->fillRect(QRectF(x, y + (sm.height() - box) / 2, box, box), l.color);
            x += box + lineH * 0.3;
            p->setPen(Qt::black);
            p->drawText(QPointF(x, y + sm.ascent()), l.text);
            x += sm.horizontalAdvance(l.text) + lineH;
        }
    }
    p->restore();
}

QString pct(double part, double whole, const QString &l)
{
    return BriefingText::percent(whole > 0 ? part / whole * 100.0 : 0.0, 1, l);
}

void health(QPainter *p, const QRectF &rect, const IndicatorSummary &s, const QString &title, const BriefingFacts &f,
            const QString &l)
{
    QList<Row> rows;
    Row count { pick(l, QStringLiteral("Projects (%1)"), QStringLiteral("Projets (%1)"))
                    .arg(BriefingText::number(f.activeProjects, 0, l)), {} };
    Row money { pick(l, QStringLiteral("Budgets (%1)"), QStringLiteral("Budgets (%1)")).arg(BriefingText::money(f.activeAmount, l, f.info.currency)), {} };
    for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated }) {
        const HealthBucket &b = s.bucket(h);
        const QColor c = h == Health::Green ? kGreen : h == Health::Yellow ? kYellow : h == Health::Red ? kRed : kGrey;
        count.segments.append({ double(b.count), c, QStringLiteral("%1 (%2)").arg(BriefingText::number(b.count, 0, l), pct(b.count, f.activeProjects, l)) });
        money.segments.append({ b.amount, c, pct(b.amount, f.activeAmount, l) });
    }
    QList<Legend> legend;
    for (Health h : { Health::Green, Health::Yellow, Health::Red })
        legend.append({ BriefingText::healthWord(h, l), h == Health::Green ? kGreen : h == Health::Yellow ? kYellow : kRed });
    if (s.unrated.count > 0)
        legend.append({ BriefingText::healthWord(Health::Unrated, l), kGrey });
    stackedBars(p, rect, title, { count, money }, legend, true);
}

} // namespace

double heightFor(const QString &chartId, double width, const BriefingFacts &facts)
{
    int rows = 2;
    if (chartId == QLatin1String("measures-by-area"))
        rows = facts.areas.size();
    else if (chartId == QLatin1String("workforce-by-specialty"))
        rows = std::min<int>(facts.specialties.size(), 10);
    else if (chartId == QLatin1String("envelopes-by-organization"))
        rows = std::min<int>(facts.envelopes.size(), 10);
    return width * (0.085 + 0.05 * std::clamp(rows, 1, 10));
}

bool paintBuiltIn(QPainter *p, const QRectF &rect, const QString &id, const BriefingFacts &f, const QString &l)
{
    const QString title = BriefingBlock::chartTitle(id, l);
    if (id == QLatin1String("project-health-cost")) {
        health(p, rect, f.cost, title, f, l);
        return true;
    }
    if (id == QLatin1String("project-health-schedule")) {
        health(p, rect, f.schedule, title, f, l);
        return true;
    }
    if (id == QLatin1String("measures-by-area")) {
        QList<Row> rows;
        const bool severalPlans = areasOfSeveralPlans(f.areas);
        for (const AreaSummary &a : f.areas) {
            Row r { withPlanCode(pick(l, QStringLiteral("Key area %1"), QStringLiteral("Axe %1")).arg(a.number), a.planCode,
                                 severalPlans),
                    {} };
            for (MeasureStatus s : { MeasureStatus::Completed, MeasureStatus::UnderWay, MeasureStatus::NotStarted, MeasureStatus::Cancelled }) {
                const int n = a.byStatus[int(s)];
                const QColor c = s == MeasureStatus::Completed ? kBlue
                    : s == MeasureStatus::UnderWay             ? kLightBlue
                    : s == MeasureStatus::NotStarted           ? kGrey
                                                               : QColor(0x61, 0x61, 0x61);
                r.segments.append({ double(n), c, n ? BriefingText::number(n, 0, l) : QString() });
            }
            rows.append(r);
        }
        stackedBars(p, rect, title, rows,
                    { { BriefingText::statusWord(MeasureStatus::Completed, l), kBlue },
                      { BriefingText::statusWord(MeasureStatus::UnderWay, l), kLightBlue },
                      { BriefingText::statusWord(MeasureStatus::NotStarted, l), kGrey },
                      { BriefingText::statusWord(MeasureStatus::Cancelled, l), QColor(0x61, 0x61, 0x61) } },
                    false);
        return true;
    }
    if (id == QLatin1String("workforce-by-specialty")) {
        QList<BriefingSpecialty> specialties = f.specialties;
        std::stable_sort(specialties.begin(), specialties.end(), [](const BriefingSpecialty &a, const BriefingSpecialty &b) {
            return a.externalShare() > b.externalShare();
        });
        specialties = specialties.mid(0, 10);
        const double threshold = f.externalRiskThreshold / 100.0;
        QList<Row> rows;
        for (const BriefingSpecialty &s : specialties) {
            const QString name = s.name.in(l).isEmpty() ? s.code : s.name.shown(l);
            rows.append({ name, { { s.internalFte, kBlue, pct(s.internalFte, s.internalFte + s.externalFte, l) },
                                  { s.externalFte, s.externalShare() > threshold ? kRed : kLightBlue,
                                    pct(s.externalFte, s.internalFte + s.externalFte, l) } } });
        }
        stackedBars(p, rect, title, rows,
                    { { pick(l, QStringLiteral("internal"), QStringLiteral("interne")), kBlue },
                      { pick(l, QStringLiteral("external"), QStringLiteral("externe")), kLightBlue },
                      { pick(l, QStringLiteral("external, above %1 (at risk)"), QStringLiteral("externe, plus de %1 (à risque)"))
                            .arg(BriefingText::percent(f.externalRiskThreshold, 0, l)), kRed } },
                    true, threshold);
        return true;
    }
    if (id == QLatin1String("envelopes-by-organization")) {
        QList<BriefingEnvelope> envelopes = f.envelopes;
        std::stable_sort(envelopes.begin(), envelopes.end(),
                         [](const BriefingEnvelope &a, const BriefingEnvelope &b) { return a.plannedNeeds > b.plannedNeeds; });
        envelopes = envelopes.mid(0, 10);
        QList<Row> rows;
        for (const BriefingEnvelope &e : envelopes) {
            const double covered = std::min(e.granted, e.plannedNeeds);
            rows.append({ e.organization, { { covered, kBlue, BriefingText::money(e.granted, l, f.info.currency) },
                                            { std::max(0.0, e.gap()), kRed, BriefingText::money(e.gap(), l, f.info.currency) } } });
        }
        stackedBars(p, rect, title + QStringLiteral(" — ") + fiscalYearLabel(f.envelopeYear), rows,
                    { { pick(l, QStringLiteral("granted"), QStringLiteral("accordé")), kBlue },
                      { pick(l, QStringLiteral("needs not covered"), QStringLiteral("besoins non couverts")), kRed } },
                    false);
        return true;
    }
    return false;
}

BriefingChartDrawer builtIn()
{
    return { &paintBuiltIn, &heightFor };
}

BriefingChartDrawer renderer(const PortfolioFile &file)
{
    const PortfolioFile *f = &file;
    BriefingChartDrawer d;
    // A document paints each chart more than once (the PDF lays its pages out, then paints them; the
    // preview repaints): each chart's data is built once per document, like its facts.
    struct Built
    {
        bool ok = false;
        ChartData data;
        QLocale locale;
    };
    auto built = std::make_shared<QHash<QString, Built>>();
    d.paint = [f, built](QPainter *p, const QRectF &rect, const QString &id, const BriefingFacts &facts,
                         const QString &l) {
        ChartRequest request;
        request.chartId = id;
        request.filter.periodId = facts.period ? facts.period->id : 0;
        request.language = BriefingText::normalized(l);
        // The health charts are the facts' sums of the same rows: drawn from them, the document reads
        // the period's rows once.
        if (id == QLatin1String("project-health-cost"))
            request.health = facts.healthChart(Indicator::Cost);
        else if (id == QLatin1String("project-health-schedule"))
            request.health = facts.healthChart(Indicator::Schedule);
        const QString key = QStringLiteral("%1/%2/%3").arg(id, request.language).arg(request.filter.periodId);
        auto chart = built->find(key);
        if (chart == built->end()) {
            Built b;
            b.ok = ChartRenderer::build(*f, request, &b.data, &b.locale, nullptr);
            chart = built->insert(key, b);
        }
        // The published charts are laid out for about 1000 logical pixels (1/96 in) of width; a page
        // column is narrower, so draw at that width and scale the whole drawing down to the column.
        const QPaintDevice *device = p->device();
        const double dpi = device && device->logicalDpiX() > 0 ? device->logicalDpiX() : 96.0;
        const double zoom = std::min(1.0, rect.width() / (dpi / 96.0) / kRendererWidth);
        p->save();
        p->translate(rect.topLeft());
        p->scale(zoom, zoom);
        if (chart->ok)
            ChartRenderer::paint(p, QRectF(0, 0, rect.width() / zoom, rect.height() / zoom), chart->data, chart->locale);
        p->restore();
        return chart->ok || paintBuiltIn(p, rect, id, facts, l);
    };
    // The published charts carry a title, a headline figure and a footer (source, period, rule).
    d.height = [](const QString &id, double width, const BriefingFacts &facts) {
        int rows = 0;
        if (id == QLatin1String("workforce-by-specialty"))
            rows = std::min<int>(facts.specialties.size(), 25);
        else if (id == QLatin1String("envelopes-by-organization"))
            rows = std::min<int>(facts.envelopes.size(), 13);
        else if (id == QLatin1String("measures-by-area"))
            rows = facts.areas.size();
        return width * std::clamp(0.40 + 0.03 * rows, 0.5, 0.9);
    };
    return d;
}

} // namespace Vigie::BriefingCharts
