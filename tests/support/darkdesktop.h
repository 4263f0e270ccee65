#pragma once

// A desktop with a dark colour scheme (KDE's Breeze Dark, as a Plasma session gives every Qt program), set
// as the application's palette for the life of a DarkDesktop, and what a grabbed document view looks like
// under it.
#include <QApplication>
#include <QColor>
#include <QImage>
#include <QPalette>

namespace VigieTest {

inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(49, 54, 59), base(35, 38, 41), text(239, 240, 241);
    for (const QPalette::ColorGroup g : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const QColor fore = g == QPalette::Disabled ? QColor(110, 113, 116) : text;
        p.setColor(g, QPalette::Window, window);
        p.setColor(g, QPalette::WindowText, fore);
        p.setColor(g, QPalette::Base, base);
        p.setColor(g, QPalette::AlternateBase, window);
        p.setColor(g, QPalette::Text, fore);
        p.setColor(g, QPalette::Button, window);
        p.setColor(g, QPalette::ButtonText, fore);
        p.setColor(g, QPalette::ToolTipBase, window);
        p.setColor(g, QPalette::ToolTipText, text);
        p.setColor(g, QPalette::Highlight, QColor(61, 174, 233));
        p.setColor(g, QPalette::HighlightedText, QColor(252, 252, 252));
        p.setColor(g, QPalette::Link, QColor(41, 128, 185));
        p.setColor(g, QPalette::PlaceholderText, QColor(160, 160, 160));
    }
    return p;
}

class DarkDesktop
{
public:
    DarkDesktop() : m_was(QApplication::palette()) { QApplication::setPalette(darkPalette()); }
    ~DarkDesktop() { QApplication::setPalette(m_was); }
    DarkDesktop(const DarkDesktop &) = delete;
    DarkDesktop &operator=(const DarkDesktop &) = delete;

private:
    QPalette m_was;
};

// How a grabbed view of a document reads: the share of its pixels that are paper (near white) and of
// those that are ink (dark). A page shown black on white has mostly paper and some ink; the same page
// drawn with a dark desktop's colours has almost no paper.
struct Ink
{
    double paper = 0, ink = 0;
};

inline Ink inkOf(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 paper = 0, ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int gray = qGray(line[x]);
            paper += gray >= 240;
            ink += gray <= 100;
        }
    }
    const double all = std::max<qint64>(1, qint64(rgb.width()) * rgb.height());
    return { paper / all, ink / all };
}

} // namespace VigieTest
