#pragma once

#include "analysis/briefingfacts.h"
#include "report/briefingcharts.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QPageSize>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Vigie {

class PortfolioFile;

struct BriefingOptions
{
    QString language = QStringLiteral("en"); // the document's language, independent of the UI's
    QPageSize::PageSizeId paper = QPageSize::Letter;
    QDate date; // the briefing's date in the title block; today when invalid
};

// A council briefing in the PSCIOC template, ready to be written: the title block (jurisdiction, CIO,
// date, period), the classification line, the four sections with their items in order, and the chart
// and table blocks the items call for (see BriefingBlock in core/analysis/briefingtext.h).
//
// The document is a list of blocks. A text block is a small piece of HTML laid out by QTextDocument; a
// chart block paints itself into a rectangle through the chart painter. For PDF and printing the pages
// are painted here (QPdfWriter / QPrinter), so charts stay vectors; for ODT and HTML the charts are
// rendered to PNG images and embedded.
//
// All fixed wording comes from BriefingText in the document's language, not from the UI translator;
// only error messages are in the UI's language.
class BriefingDocument
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::BriefingDocument)
public:
    BriefingDocument(BriefingFacts facts, QList<BriefingItem> items, BriefingOptions options);

    // Facts and items of `periodId` (0: latest) from the file. When the period has no stored items they
    // are drafted in memory (the file is not written); `drafted` tells whether that happened. Charts are
    // drawn by the Charts view's renderer on `file`, which must outlive the document.
    static std::unique_ptr<BriefingDocument> load(const PortfolioFile &file, RowId periodId, BriefingOptions options,
                                                  QString *error, bool *drafted = nullptr);

    // How charts are drawn: the built-in drawing unless told otherwise (load() uses the Charts view's
    // renderer on the file).
    void setChartDrawer(BriefingChartDrawer drawer) { m_charts = std::move(drawer); }
    void setChartPainter(BriefingChartPainter painter) { m_charts.paint = std::move(painter); }
    const BriefingOptions &options() const { return m_options; }
    const BriefingFacts &facts() const { return m_facts; }
    const QList<BriefingItem> &items() const { return m_items; }

    QString title() const;
    QString classification() const;
    // The chart IDs the briefing holds, in document order.
    QStringList chartIds() const;

    // Standalone HTML with the charts embedded as PNG data URLs.
    QString toHtml() const;
    // A QTextDocument with the charts as image resources (for ODT, and for an on-screen preview).
    // `imageWidth` is the charts' width in pixels (a preview fits them to its viewport).
    std::unique_ptr<QTextDocument> toTextDocument(double imageWidth = 640.0) const;
    // Paints the pages on a PDF writer or a printer; returns the number of pages.
    int print(QPagedPaintDevice *device) const;
    // A chart drawn into an image, `scale` times its logical size.
    QImage chartImage(const QString &chartId, double width, double scale) const;

    // Writes PDF, ODT or HTML according to the suffix of `path`.
    bool write(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;
    bool writeOdt(const QString &path, QString *error) const;
    bool writeHtml(const QString &path, QString *error) const;

private:
    struct Block
    {
        enum Kind { Html, Chart } kind = Html;
        QString html;
        QString chartId;
        bool keepWithNext = false;
    };
    QList<Block> blocks() const;
    QString titleBlockHtml() const;
    QString healthTableHtml() const;
    QString itemHtml(const BriefingItem &item) const;

    BriefingFacts m_facts;
    QList<BriefingItem> m_items;
    BriefingOptions m_options;
    QString m_lang;
    BriefingChartDrawer m_charts;
};

} // namespace Vigie
