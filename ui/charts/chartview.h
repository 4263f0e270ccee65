#pragma once

#include "analysis/chartdata.h"

#include <QLocale>
#include <QPixmap>
#include <QWidget>

namespace Vigie {

// Shows one chart exactly as it is exported (ChartRenderer paints both), with a context menu to
// export it (PNG, SVG, PDF) or copy it. Holds computed data only; ChartsPanel feeds it.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setData(const ChartData &data, const QLocale &locale);
    const ChartData &data() const { return m_data; }
    QLocale locale() const { return m_locale; }

    // Writes the chart to `path` (format from the extension); false with a message.
    bool exportTo(const QString &path, const QSize &pixels, int dpi, QString *error) const;
    // Puts the chart on the clipboard as an image and as SVG.
    void copyToClipboard() const;

    QSize sizeHint() const override { return { 960, 600 }; }
    QSize minimumSizeHint() const override { return { 320, 220 }; }
    // Tall enough to show every category label (ChartRenderer::minimumHeight()): in a small window the
    // chart grows beyond its scroll area rather than drop every other specialty.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void exportRequested();
    void copyRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    ChartData m_data;
    QLocale m_locale;
    // The chart as last painted at this size: scrolling repaints strips of it, which are copied rather
    // than laid out again.
    QPixmap m_cache;
};

} // namespace Vigie
