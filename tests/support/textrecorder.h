#pragma once

// A paint device that keeps every piece of text painted on it, with the rectangle it covers in the
// device's coordinates (the painter's transform applied): to check where a renderer put its words
// (value labels that overprint, legend entries that run past the edge) without reading pixels.
#include <QFontMetricsF>
#include <QList>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainterPath>
#include <QRectF>
#include <QSize>
#include <QTextItem>
#include <QTransform>

namespace VigieTest {

struct PaintedText
{
    QString text;
    QRectF rect;
    int pixelSize = 0; // of the font, in the painter's units (-1 for a font sized in points)
};

class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(const QSize &size, int dpi = 96) : m_size(size), m_dpi(dpi), m_engine(this) {}

    QPaintEngine *paintEngine() const override { return const_cast<Engine *>(&m_engine); }
    const QList<PaintedText> &texts() const { return m_texts; }
    // The pieces whose text is exactly `text`.
    QList<QRectF> rects(const QString &text) const
    {
        QList<QRectF> found;
        for (const PaintedText &t : m_texts) {
            if (t.text == text)
                found.append(t.rect);
        }
        return found;
    }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return qRound(m_size.width() * 25.4 / m_dpi);
        case PdmHeightMM: return qRound(m_size.height() * 25.4 / m_dpi);
        case PdmNumColors: return 0x7fffffff;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return m_dpi;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        default: return 0;
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *device) : QPaintEngine(QPaintEngine::AllFeatures), m_device(device) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        Type type() const override { return QPaintEngine::User; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & QPaintEngine::DirtyTransform)
                m_transform = state.transform();
        }
        // Everything but text is let go.
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawRects(const QRectF *, int) override {}
        void drawRects(const QRect *, int) override {}
        void drawLines(const QLineF *, int) override {}
        void drawLines(const QLine *, int) override {}
        void drawEllipse(const QRectF &) override {}
        void drawEllipse(const QRect &) override {}
        void drawPoints(const QPointF *, int) override {}
        void drawPoints(const QPoint *, int) override {}
        void drawTextItem(const QPointF &p, const QTextItem &item) override
        {
            const QRectF r(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
            m_device->m_texts.append({ item.text(), m_transform.mapRect(r), item.font().pixelSize() });
        }

    private:
        TextRecorder *m_device;
        QTransform m_transform;
    };

    QSize m_size;
    int m_dpi;
    Engine m_engine;
    QList<PaintedText> m_texts;
};

} // namespace VigieTest
