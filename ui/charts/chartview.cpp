#include "chartview.h"

#include "chartrenderer.h"

#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPaintEvent>
#include <QResizeEvent>
#include <QtMath>
#include <QSvgGenerator>

namespace Vigie {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int ChartView::heightForWidth(int width) const
{
    return std::max(minimumSizeHint().height(), qCeil(ChartRenderer::minimumHeight(m_data, width)));
}

void ChartView::setData(const ChartData &data, const QLocale &locale)
{
    m_data = data;
    m_locale = locale;
    // Screen readers get the chart as words: its headline, then each category with its values.
    setAccessibleName(data.title);
    QStringList description { data.subtitle };
    for (int c = 0; c < data.categories.size(); ++c) {
        QStringList values;
        for (const ChartSeries &series : data.series) {
            const QString label = series.labels.value(c);
            if (!label.isEmpty())
                values << QStringLiteral("%1 %2").arg(series.name, label);
        }
        if (!values.isEmpty())
            //: What a screen reader says of one bar of a chart: "Key area 1: Completed 2, Under way 7"
            description << tr("%1: %2").arg(data.categories.at(c), values.join(QStringLiteral(", ")));
    }
    setAccessibleDescription(description.join(QStringLiteral(". ")));
    m_cache = QPixmap();
    updateGeometry(); // another number of categories needs another height
    update();
}

bool ChartView::exportTo(const QString &path, const QSize &pixels, int dpi, QString *error) const
{
    return ChartRenderer::exportTo(path, m_data, m_locale, pixels, dpi, error);
}

void ChartView::copyToClipboard() const
{
    const QSize size = ChartRenderer::defaultSize();
    auto *mime = new QMimeData;
    mime->setImageData(ChartRenderer::toImage(m_data, m_locale, size, ChartRenderer::defaultDpi()));
    QBuffer svgBuffer;
    svgBuffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&svgBuffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(ChartRenderer::defaultDpi());
        svg.setTitle(m_data.title);
        QPainter painter(&svg);
        ChartRenderer::paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), m_data, m_locale);
    }
    mime->setData(QStringLiteral("image/svg+xml"), svgBuffer.data());
    QGuiApplication::clipboard()->setMimeData(mime);
}

void ChartView::paintEvent(QPaintEvent *event)
{
    const qreal ratio = devicePixelRatioF();
    if (m_cache.isNull() || m_cache.size() != size() * ratio) {
        m_cache = QPixmap(size() * ratio);
        m_cache.setDevicePixelRatio(ratio);
        m_cache.fill(Qt::white);
        QPainter painter(&m_cache);
        ChartRenderer::paint(&painter, QRectF(rect()), m_data, m_locale);
    }
    QPainter painter(this);
    const QRect exposed = event->rect();
    painter.drawPixmap(exposed, m_cache, QRectF(QPointF(exposed.topLeft()) * ratio, QSizeF(exposed.size()) * ratio));
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    m_cache = QPixmap();
    QWidget::resizeEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    // In the order of the buttons under the chart.
    menu.addAction(tr("Copy"), this, &ChartView::copyRequested);
    menu.addAction(tr("Export…"), this, &ChartView::exportRequested);
    menu.exec(event->globalPos());
}

} // namespace Vigie
