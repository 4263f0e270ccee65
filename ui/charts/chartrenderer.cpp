#include "chartrenderer.h"

#include "chartfactory.h"
#include "chartstyle.h"

#include "analysis/periods.h"
#include "i18n/language.h"
#include "storage/outputfile.h"
#include "storage/portfoliofile.h"

#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtMath>

namespace Vigie {

namespace {

constexpr qreal kMargin = 18.0;

qreal wrappedHeight(const QFont &font, qreal width, const QString &text, QPaintDevice *device)
{
    if (text.isEmpty())
        return 0.0;
    const QFontMetricsF fm = device ? QFontMetricsF(font, device) : QFontMetricsF(font);
    return fm.boundingRect(QRectF(0, 0, width, 100000), Qt::TextWordWrap | Qt::AlignLeft, text).height();
}

// The separator " · " stays at the end of the line it closes: a wrapped footer or subtitle never starts
// a line with "· Main-d'œuvre par spécialité".
QString tiedSeparators(QString text)
{
    return text.replace(QStringLiteral(" \u00b7 "), QStringLiteral("\u00a0\u00b7 "));
}

} // namespace

bool ChartRenderer::build(const PortfolioFile &file, const ChartRequest &request, ChartData *data, QLocale *locale,
                          QString *error)
{
    const LanguageScope scope(request.language);
    const QString language = Language::current();
    ChartFilter filter = request.filter;
    if (!request.periodLabel.trimmed().isEmpty()) {
        const auto period = Periods::find(file, request.periodLabel);
        if (!period) {
            if (error) {
                QStringList known;
                for (const ReportingPeriod &p : Periods::list(file))
                    known << Periods::displayLabel(p, language); // named as the reader types them
                *error = known.isEmpty()
                    ? tr("Unknown reporting period \"%1\": the portfolio has none.").arg(request.periodLabel)
                    : tr("Unknown reporting period \"%1\"; known periods: %2.")
                          .arg(request.periodLabel, known.join(QStringLiteral(", ")));
            }
            return false;
        }
        filter.periodId = period->id;
    }
    const QLocale l = Language::locale(language);
    if (locale)
        *locale = l;
    if (!ChartDataBuilder::build(file, request.chartId, filter, l, data, error,
                                 request.health ? &*request.health : nullptr))
        return false;
    // Worded now, in the request's language: the chart may be painted after the language is back.
    data->footer = footerLines(*data);
    return true;
}

QStringList ChartRenderer::footerLines(const ChartData &data)
{
    QStringList footer;
    if (!data.classification.isEmpty())
        footer << data.classification; // the marking travels with the image, as on every briefing page
    footer << tr("Source: %1 · %2 · %3").arg(data.portfolioName, data.periodText, data.title);
    if (!data.ruleStatement.isEmpty())
        footer << tr("Health rule: %1").arg(Language::tiedAbsoluteValues(data.ruleStatement));
    footer << data.notes;
    return footer;
}

bool ChartRenderer::paint(QPainter *painter, const QRectF &rect, const PortfolioFile &file,
                          const ChartRequest &request, QString *error)
{
    ChartData data;
    QLocale locale;
    if (!build(file, request, &data, &locale, error))
        return false;
    paint(painter, rect, data, locale);
    return true;
}

qreal ChartRenderer::fullSizeHeight(const ChartData &data, qreal width, QPaintDevice *device)
{
    // As paint() lays them out: title, subtitle, the plot and its legend, the footer under its rule.
    const qreal inner = width - 2 * kMargin;
    if (inner <= 0)
        return 0.0;
    const QStringList footer = data.footer.isEmpty() ? footerLines(data) : data.footer;
    // A plot of some height: a crowded category axis asks for more (minimumHeight()), and is told so by
    // the export dialog and `vigie chart` rather than shrunk to unreadable text.
    const qreal plot = kMinimumPlotHeight;
    return kMargin + wrappedHeight(ChartStyle::font(22, true), inner, data.title, device) + 2
        + (data.subtitle.isEmpty() ? 0.0 : wrappedHeight(ChartStyle::font(15), inner, tiedSeparators(data.subtitle), device)) + 10
        + plot + (data.isEmpty() ? 0.0 : ChartFactory::legendHeight(data, inner, device)) + 16
        + wrappedHeight(ChartStyle::font(12), inner, tiedSeparators(footer.join(QLatin1Char('\n'))), device) + kMargin;
}

qreal ChartRenderer::drawnScale(const ChartData &data, const QSizeF &logical, QPaintDevice *device)
{
    // Too little height for the title, the footer and a plot: the whole chart is drawn smaller, as it
    // would be at a height that holds it, rather than the footer written over the bars. Its text wraps
    // less as it shrinks (the width grows with it), so the scale is found again a few times.
    qreal shrink = 1.0;
    for (int i = 0; i < 4; ++i) {
        const qreal needed = fullSizeHeight(data, logical.width() / shrink, device);
        const qreal available = logical.height() / shrink;
        if (needed <= 0 || available >= needed - 0.5)
            break;
        shrink *= available / needed;
    }
    return std::max(shrink, 0.25);
}

int ChartRenderer::fullSizePixelHeight(const ChartData &data, int widthPixels, int dpi)
{
    if (dpi <= 0 || widthPixels <= 0)
        return 0;
    const qreal scale = dpi / 96.0;
    return qCeil(fullSizeHeight(data, widthPixels / scale, nullptr) * scale);
}

void ChartRenderer::paint(QPainter *painter, const QRectF &rect, const ChartData &data, const QLocale &locale)
{
    QPaintDevice *device = painter->device();
    const qreal dpi = device && device->logicalDpiY() > 0 ? device->logicalDpiY() : 96.0;
    const qreal scale = dpi / 96.0 * drawnScale(data, rect.size() / (dpi / 96.0), device);
    const qreal width = rect.width() / scale;
    const qreal height = rect.height() / scale;

    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(QRectF(0, 0, width, height), Qt::white);

    const qreal inner = width - 2 * kMargin;
    qreal y = kMargin;
    const QFont titleFont = ChartStyle::font(22, true);
    const QFont subtitleFont = ChartStyle::font(15);
    const QFont footerFont = ChartStyle::font(12);

    painter->setPen(ChartStyle::ink());
    painter->setFont(titleFont);
    const qreal titleHeight = wrappedHeight(titleFont, inner, data.title, device);
    painter->drawText(QRectF(kMargin, y, inner, titleHeight), Qt::TextWordWrap | Qt::AlignLeft, data.title);
    y += titleHeight + 2;
    if (!data.subtitle.isEmpty()) {
        painter->setFont(subtitleFont);
        painter->setPen(ChartStyle::softInk());
        const QString subtitle = tiedSeparators(data.subtitle);
        const qreal h = wrappedHeight(subtitleFont, inner, subtitle, device);
        painter->drawText(QRectF(kMargin, y, inner, h), Qt::TextWordWrap | Qt::AlignLeft, subtitle);
        y += h;
    }
    y += 10;

    // The footer: source, period and chart; the health rule; notes. Always printed in full.
    const QStringList footer = data.footer.isEmpty() ? footerLines(data) : data.footer;
    const QString footerText = tiedSeparators(footer.join(QLatin1Char('\n')));
    const qreal footerHeight = wrappedHeight(footerFont, inner, footerText, device);
    const qreal footerTop = height - kMargin - footerHeight;
    painter->setPen(QPen(ChartStyle::grid(), 1.0));
    painter->drawLine(QPointF(kMargin, footerTop - 8), QPointF(width - kMargin, footerTop - 8));
    painter->setFont(footerFont);
    painter->setPen(ChartStyle::softInk());
    painter->drawText(QRectF(kMargin, footerTop, inner, footerHeight), Qt::TextWordWrap | Qt::AlignLeft, footerText);

    // The chart's legend, in rows under it (ChartFactory::drawLegend()).
    const qreal legendHeight = ChartFactory::legendHeight(data, inner, device);
    const QRectF chartRect(kMargin, y, inner, std::max(40.0, footerTop - 16 - y - legendHeight));
    if (data.isEmpty()) {
        painter->setFont(subtitleFont);
        painter->setPen(ChartStyle::softInk());
        painter->drawText(chartRect, Qt::AlignCenter | Qt::TextWordWrap,
                          data.emptyText.isEmpty() ? tr("Nothing to show.") : data.emptyText);
    } else {
        QGraphicsScene scene;
        std::unique_ptr<QChart> owned = ChartFactory::create(data, locale);
        QChart *chart = owned.get();
        scene.addItem(owned.release()); // the scene deletes it
        const QRectF local(QPointF(0, 0), chartRect.size());
        scene.setSceneRect(local);
        chart->setGeometry(local);
        chart->layout()->activate();
        scene.render(painter, chartRect, local, Qt::IgnoreAspectRatio);
        painter->save();
        painter->translate(chartRect.topLeft());
        painter->setClipRect(local);
        ChartFactory::drawValueLabels(painter, chart, data);
        painter->restore();
        ChartFactory::drawLegend(painter, QRectF(chartRect.left(), chartRect.bottom(), inner, legendHeight), data);
    }
    painter->restore();
}

qreal ChartRenderer::minimumHeight(const ChartData &data, qreal width)
{
    const qreal inner = width - 2 * kMargin;
    const qreal chart = ChartFactory::minimumHeight(data, inner);
    if (chart <= 0 || inner <= 0)
        return 0.0;
    // As paint() lays them out: title, subtitle, the chart, the footer under its rule.
    const QStringList footer = data.footer.isEmpty() ? footerLines(data) : data.footer;
    return kMargin + wrappedHeight(ChartStyle::font(22, true), inner, data.title, nullptr) + 2
        + wrappedHeight(ChartStyle::font(15), inner, tiedSeparators(data.subtitle), nullptr) + 10 + chart + 16
        + wrappedHeight(ChartStyle::font(12), inner, tiedSeparators(footer.join(QLatin1Char('\n'))), nullptr) + kMargin;
}

int ChartRenderer::minimumPixelHeight(const ChartData &data, int widthPixels, int dpi)
{
    if (dpi <= 0 || widthPixels <= 0)
        return 0;
    const qreal scale = dpi / 96.0;
    return qCeil(minimumHeight(data, widthPixels / scale) * scale);
}

std::optional<ChartRenderer::Format> ChartRenderer::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QImage ChartRenderer::toImage(const ChartData &data, const QLocale &locale, const QSize &pixels, int dpi)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), data, locale);
    painter.end();
    return image;
}

bool ChartRenderer::exportTo(const QString &path, const ChartData &data, const QLocale &locale, const QSize &pixels,
                             int dpi, QString *error)
{
    const auto format = formatForPath(path);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!format)
        return fail(tr("%1: unknown format; use a .png, .svg or .pdf file name.").arg(path));
    if (pixels.width() < 200 || pixels.height() < 150 || pixels.width() > 20000 || pixels.height() > 20000)
        return fail(tr("Size %1×%2 is out of range (200×150 to 20000×20000 pixels).")
                        .arg(pixels.width())
                        .arg(pixels.height()));
    if (dpi < 36 || dpi > 1200)
        return fail(tr("Resolution %1 DPI is out of range (36 to 1200).").arg(dpi));
    // Into a temporary file beside the target, renamed once complete: a full disk or a missing
    // permission leaves the previous file as it was and nothing half-written.
    QSaveFile file(path);
    if (!OutputFile::open(file, error))
        return false;
    auto abandon = [&](const QString &why) {
        file.cancelWriting();
        file.commit();
        return fail(OutputFile::cannotWrite(path, why));
    };
    switch (*format) {
    case Format::Png: {
        // Encoded in memory, then written: libpng leaves a failed write (a full disk) by a long jump
        // over Qt's clean-up, which leaked the image's copy (LeakSanitizer), and a disk error is then
        // the file's own, said as every other output says it.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!toImage(data, locale, pixels, dpi).save(&buffer, "PNG"))
            return abandon(tr("the image could not be encoded"));
        file.write(png);
        return OutputFile::commit(file, error);
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(pixels);
        svg.setViewBox(QRect(QPoint(0, 0), pixels));
        svg.setResolution(dpi);
        svg.setTitle(data.title);
        svg.setDescription(QStringList { data.portfolioName, data.periodText, data.ruleStatement }.join(QLatin1Char('\n')));
        QPainter painter;
        if (!painter.begin(&svg))
            return abandon(tr("the drawing could not start"));
        paint(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), data, locale);
        painter.end();
        return OutputFile::commit(file, error);
    }
    case Format::Pdf: {
        {
            QPdfWriter pdf(&file);
            pdf.setResolution(dpi);
            pdf.setPageSize(QPageSize(QSizeF(pixels.width() * 72.0 / dpi, pixels.height() * 72.0 / dpi), QPageSize::Point,
                                      QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setTitle(data.title);
            pdf.setCreator(QStringLiteral("Vigie"));
            QPainter painter;
            if (!painter.begin(&pdf))
                return abandon(tr("the drawing could not start"));
            paint(&painter, QRectF(0, 0, pdf.width(), pdf.height()), data, locale);
            painter.end();
        }
        return OutputFile::commit(file, error);
    }
    }
    return false;
}

} // namespace Vigie
