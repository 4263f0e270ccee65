#include "briefingdocument.h"

#include "model/officialnames.h"

#include "analysis/briefingdraft.h"
#include "analysis/briefingitems.h"
#include "analysis/briefingtext.h"
#include "charts/chartstyle.h"
#include "i18n/language.h"
#include "report/paper.h"
#include "storage/outputfile.h"
#include "storage/portfoliofile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace Vigie {

namespace {

using BriefingText::pick;

constexpr double kBodyPoints = 10.0;
constexpr double kImageWidth = 640.0; // logical pixels of a chart image in ODT and HTML

QFont bodyFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(kBodyPoints);
    return f;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// The colours of the briefing's charts (ChartStyle), so that its table and its charts show one green,
// one yellow and one red; the words on them in ChartStyle::textOn's ink.
SeriesRole healthRole(Health h)
{
    switch (h) {
    case Health::Green: return SeriesRole::Green;
    case Health::Yellow: return SeriesRole::Yellow;
    case Health::Red: return SeriesRole::Red;
    case Health::Unrated: break;
    }
    return SeriesRole::Unrated;
}

QString healthColour(Health h)
{
    return ChartStyle::color(healthRole(h)).name();
}

QString healthInk(Health h)
{
    return ChartStyle::textOn(healthRole(h)).name();
}

} // namespace

BriefingDocument::BriefingDocument(BriefingFacts facts, QList<BriefingItem> items, BriefingOptions options)
    : m_facts(std::move(facts))
    , m_items(std::move(items))
    , m_options(std::move(options))
    , m_lang(BriefingText::normalized(m_options.language))
    , m_charts(BriefingCharts::builtIn())
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
}

std::unique_ptr<BriefingDocument> BriefingDocument::load(const PortfolioFile &file, RowId periodId,
                                                         BriefingOptions options, QString *error, bool *drafted)
{
    BriefingFacts facts;
    if (!BriefingFactsReader::read(file, periodId, &facts, error))
        return nullptr;
    const RowId id = facts.period ? facts.period->id : 0;
    QList<BriefingItem> items = BriefingItems::load(file, id);
    if (drafted)
        *drafted = items.isEmpty();
    if (items.isEmpty())
        items = BriefingItems::fromDraft(BriefingDrafter::draft(facts), id);
    auto document = std::make_unique<BriefingDocument>(std::move(facts), std::move(items), std::move(options));
    document->setChartDrawer(BriefingCharts::renderer(file));
    return document;
}

QString BriefingDocument::title() const
{
    const QString when = m_facts.period ? BriefingText::periodLabel(*m_facts.period, m_lang)
                                        : BriefingText::monthYear(m_options.date, m_lang);
    return pick(m_lang, QStringLiteral("PSCIOC Information-Sharing Template – %1"),
                QStringLiteral("Gabarit d'échange d'information du CDPISP – %1"))
        .arg(when);
}

QString BriefingDocument::classification() const
{
    const QString c = m_facts.info.classification.trimmed();
    // "NON CLASSIFIÉ" typed on a French portfolio is "UNCLASSIFIED" on its English briefing.
    return c.isEmpty() ? QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ") : OfficialNames::classification(c, m_lang);
}

QStringList BriefingDocument::chartIds() const
{
    QStringList ids;
    for (const BriefingItem &b : m_items)
        if (BriefingBlock::kind(b.text.en) == BriefingBlock::Kind::Chart)
            ids << BriefingBlock::id(b.text.en);
    return ids;
}

QString BriefingDocument::titleBlockHtml() const
{
    const QString l = m_lang;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td width=\"38%\" bgcolor=\"#eef2f7\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), escaped(value));
    };
    const PortfolioInfo &info = m_facts.info;
    const QString name = info.displayName(l); // the French name in a French briefing, when there is one
    QString administration = OfficialNames::jurisdiction(info.jurisdiction, l); // « Québec » is "Quebec" in English
    if (administration.isEmpty())
        administration = name;
    else if (Language::folded(name).startsWith(Language::folded(administration.trimmed())))
        administration = name; // "Quebec — Government IT Strategy" already names "Québec"
    else if (!name.isEmpty())
        administration += QStringLiteral(" — ") + name;
    // The CIO: name, then title (in the briefing's language) and contact, one per line.
    QStringList cio;
    if (!info.cioName.trimmed().isEmpty())
        cio << info.cioName.trimmed();
    if (const QString title = info.cioTitle.in(l).trimmed(); !title.isEmpty())
        cio << title;
    if (!info.cioContact.trimmed().isEmpty())
        cio << info.cioContact.trimmed();
    QString period = pick(l, QStringLiteral("Current values"), QStringLiteral("Valeurs actuelles"));
    if (m_facts.period)
        period = pick(l, QStringLiteral("%1 (as of %2)"), QStringLiteral("%1 (au %2)"))
                     .arg(BriefingText::periodLabel(*m_facts.period, l), BriefingText::longDate(m_facts.asOf, l));
    QString html = QStringLiteral("<h1 style=\"font-size:14pt; margin-bottom:6px\">%1</h1>").arg(title().toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse:collapse; border-color:#9e9e9e\">");
    html += row(pick(l, QStringLiteral("Administration"), QStringLiteral("Administration")), administration);
    html += row(pick(l, QStringLiteral("Chief Information Officer"), QStringLiteral("Dirigeant principal de l'information")),
                cio.isEmpty() ? QStringLiteral("—") : cio.join(QLatin1Char('\n')));
    html += row(pick(l, QStringLiteral("Date"), QStringLiteral("Date")), BriefingText::longDate(m_options.date, l));
    html += row(pick(l, QStringLiteral("Reporting period"), QStringLiteral("Période de référence")), period);
    html += QStringLiteral("</table>");
    return html;
}

QString BriefingDocument::healthTableHtml() const
{
    const QString l = m_lang;
    const BriefingFacts &f = m_facts;
    QString html = QStringLiteral("<p style=\"margin-top:4px; margin-bottom:4px\"><b>%1</b></p>")
                       .arg(BriefingText::counted(f.activeProjects, l, QStringLiteral("Portrait of %1 active project"),
                                                  QStringLiteral("Portrait of %1 active projects"),
                                                  QStringLiteral("Portrait de %1 projet actif"),
                                                  QStringLiteral("Portrait des %1 projets actifs"))
                                .toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse:collapse; border-color:#9e9e9e\">");
    html += QStringLiteral("<tr bgcolor=\"#eef2f7\"><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"right\">%3</th>"
                           "<th align=\"right\">%4</th><th align=\"right\">%5</th><th align=\"right\">%6</th></tr>")
                .arg(pick(l, QStringLiteral("Indicator"), QStringLiteral("Indicateur")),
                     pick(l, QStringLiteral("Colour"), QStringLiteral("Couleur")),
                     pick(l, QStringLiteral("Projects"), QStringLiteral("Projets")),
                     pick(l, QStringLiteral("% of projects"), QStringLiteral("% des projets")),
                     pick(l, QStringLiteral("Authorized budgets"), QStringLiteral("Budgets autorisés")),
                     pick(l, QStringLiteral("% of budgets"), QStringLiteral("% des budgets")));
    const struct { QString name; const IndicatorSummary *s; } indicators[] = {
        { pick(l, QStringLiteral("Cost indicator"), QStringLiteral("Indicateur de coût")), &f.cost },
        { pick(l, QStringLiteral("Schedule indicator"), QStringLiteral("Indicateur d'échéancier")), &f.schedule },
    };
    for (const auto &ind : indicators) {
        QList<Health> shown { Health::Green, Health::Yellow, Health::Red };
        if (ind.s->unrated.count > 0)
            shown << Health::Unrated;
        bool first = true;
        for (Health h : shown) {
            const HealthBucket &b = ind.s->bucket(h);
            html += QStringLiteral("<tr><td>%1</td><td bgcolor=\"%2\" style=\"color:%3\">%4</td><td align=\"right\">%5</td>"
                                   "<td align=\"right\">%6</td><td align=\"right\">%7</td><td align=\"right\">%8</td></tr>")
                        .arg(first ? ind.name.toHtmlEscaped() : QString(), healthColour(h), healthInk(h),
                             BriefingText::healthWord(h, l), BriefingText::number(b.count, 0, l),
                             BriefingText::percent(Summary::percent(b.count, f.activeProjects, 1), 1, l),
                             BriefingText::money(b.amount, l, f.info.currency),
                             BriefingText::percent(Summary::percent(b.amount, f.activeAmount, 2), 2, l));
            first = false;
        }
    }
    html += QStringLiteral("<tr bgcolor=\"#eef2f7\"><td><b>%1</b></td><td></td><td align=\"right\"><b>%2</b></td>"
                           "<td align=\"right\">%3</td><td align=\"right\"><b>%4</b></td><td align=\"right\">%5</td></tr>")
                .arg(pick(l, QStringLiteral("Total"), QStringLiteral("Total")), BriefingText::number(f.activeProjects, 0, l),
                     BriefingText::percent(100, 1, l), BriefingText::money(f.activeAmount, l, f.info.currency), BriefingText::percent(100, 2, l));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"font-size:8pt; color:#555555; margin-top:2px\"><i>%1</i></p>")
                .arg((pick(l, QStringLiteral("Colours computed with the "), QStringLiteral("Couleurs obtenues par la "))
                      + BriefingText::ruleName(f.rulePreset, f.ruleGreenMax, f.ruleRedMin, l)
                      + pick(l, QStringLiteral("; a colour declared by the project's manager prevails."),
                             QStringLiteral("; une couleur déclarée par le responsable du projet a préséance.")))
                         .toHtmlEscaped());
    return html;
}

QString BriefingDocument::itemHtml(const BriefingItem &item) const
{
    bool fellBack = false;
    const QString text = item.text.in(m_lang, &fellBack);
    // A missing translation falls back visibly: the other language's text, marked.
    const QString mark = fellBack ? pick(m_lang, QStringLiteral(" <i>[in French only]</i>"), QStringLiteral(" <i>[en anglais seulement]</i>"))
                                  : QString();
    return QStringLiteral("<ul style=\"margin-top:0px; margin-bottom:0px\"><li>%1%2</li></ul>").arg(escaped(text), mark);
}

QList<BriefingDocument::Block> BriefingDocument::blocks() const
{
    QList<Block> out;
    bool marked = false; // a text shows a name in the other language (" ‡")
    out.append({ Block::Html, titleBlockHtml(), QString(), false });
    for (BriefingSection s : { BriefingSection::Accomplishments, BriefingSection::Priorities, BriefingSection::IssuesAndNeeds,
                               BriefingSection::CouncilTopics }) {
        out.append({ Block::Html,
                     QStringLiteral("<h2 style=\"font-size:13pt; color:#1f4e79; margin-top:12px; margin-bottom:2px\">%1</h2>"
                                    "<p style=\"font-size:8.5pt; color:#555555; margin-top:0px\"><i>%2</i></p>")
                         .arg(BriefingText::sectionTitle(s, m_lang).toHtmlEscaped(),
                              BriefingText::sectionPrompt(s, m_lang).toHtmlEscaped()),
                     QString(), true });
        const QList<BriefingItem> items = BriefingItems::inSection(m_items, s);
        if (items.isEmpty())
            out.append({ Block::Html,
                         QStringLiteral("<p><i>%1</i></p>").arg(pick(m_lang, QStringLiteral("Nothing to report."), QStringLiteral("Rien à signaler."))),
                         QString(), false });
        for (const BriefingItem &b : items) {
            switch (BriefingBlock::kind(b.text.en)) {
            case BriefingBlock::Kind::Chart:
                out.append({ Block::Chart, QString(), BriefingBlock::id(b.text.en), false });
                break;
            case BriefingBlock::Kind::Table:
                if (BriefingBlock::id(b.text.en) == QLatin1String("project-health"))
                    out.append({ Block::Html, healthTableHtml(), QString(), false });
                break;
            case BriefingBlock::Kind::Text:
                out.append({ Block::Html, itemHtml(b), QString(), false });
                marked = marked || b.text.in(m_lang).contains(BilingualText::fallbackMarker());
                break;
            }
        }
    }
    // Drafted items name measures, projects and specialties as shown (BilingualText::shown): a name
    // missing in the briefing's language comes in the other one, marked; paper has no tooltip to say so.
    if (marked)
        out.append({ Block::Html,
                     QStringLiteral("<p style=\"font-size:8.5pt; color:#555555; margin-top:12px\"><i>%1</i></p>")
                         .arg(pick(m_lang, QStringLiteral("‡ Not translated: shown in the other language."),
                                   QStringLiteral("‡ Non traduit\u00a0: affiché dans l'autre langue."))
                                  .toHtmlEscaped()),
                     QString(), false });
    return out;
}

QImage BriefingDocument::chartImage(const QString &chartId, double width, double scale) const
{
    const double height = m_charts.height(chartId, width, m_facts);
    QImage image(QSize(qRound(width * scale), qRound(height * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(scale, scale);
    p.setFont(bodyFont());
    if (!m_charts.paint || !m_charts.paint(&p, QRectF(0, 0, width, height), chartId, m_facts, m_lang))
        p.drawText(QRectF(0, 0, width, height), Qt::AlignCenter, chartId);
    p.end();
    return image;
}

QString BriefingDocument::toHtml() const
{
    QString body;
    for (const Block &b : blocks()) {
        if (b.kind == Block::Html) {
            body += b.html + QLatin1Char('\n');
            continue;
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chartImage(b.chartId, kImageWidth, 2.0).save(&buffer, "PNG");
        body += QStringLiteral("<p><img src=\"data:image/png;base64,%1\" alt=\"%2\" style=\"width:100%; max-width:%3px\"/></p>\n")
                    .arg(QString::fromLatin1(png.toBase64()), BriefingBlock::chartTitle(b.chartId, m_lang).toHtmlEscaped())
                    .arg(int(kImageWidth));
    }
    const QString line = QStringLiteral("<p class=\"classification\">%1</p>").arg(classification().toHtmlEscaped());
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n"
                          "<style>body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; max-width: 48em; "
                          "margin: 2em auto; } .classification { text-align: center; font-weight: bold; font-size: 9pt; } "
                          "table { border-collapse: collapse; } td, th { border: 1px solid #9e9e9e; }</style>\n</head>\n<body>\n")
               .arg(m_lang, title().toHtmlEscaped())
        + line + QLatin1Char('\n') + body + line + QStringLiteral("\n</body>\n</html>\n");
}

std::unique_ptr<QTextDocument> BriefingDocument::toTextDocument(double imageWidth) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(bodyFont());
    doc->setMetaInformation(QTextDocument::DocumentTitle, title());
    QString html = QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(classification().toHtmlEscaped());
    int n = 0;
    for (const Block &b : blocks()) {
        if (b.kind == Block::Html) {
            html += b.html;
            continue;
        }
        const QString name = QStringLiteral("chart-%1-%2.png").arg(++n).arg(b.chartId);
        const QImage image = chartImage(b.chartId, imageWidth, 2.0);
        doc->addResource(QTextDocument::ImageResource, QUrl(name), image);
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                    .arg(name)
                    .arg(int(imageWidth))
                    .arg(qRound(m_charts.height(b.chartId, imageWidth, m_facts)));
    }
    html += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(classification().toHtmlEscaped());
    doc->setHtml(html);
    return doc;
}

int BriefingDocument::print(QPagedPaintDevice *device) const
{
    device->setPageLayout(QPageLayout(QPageSize(m_options.paper), QPageLayout::Portrait, QMarginsF(18, 12, 18, 12),
                                      QPageLayout::Millimeter));
    const QRectF page(0, 0, device->width(), device->height());
    QFont small = bodyFont();
    small.setPointSizeF(8.0);
    QFont bold = small;
    bold.setBold(true);
    const QFontMetricsF sm(small, device);
    const double band = sm.height() * 3.0;
    const QRectF content = page.adjusted(0, band, 0, -band);
    const double gap = sm.height() * 0.35;

    // Lay out every block at the content width, on this device's resolution.
    struct Placed
    {
        int page = 0;
        double y = 0, height = 0;
    };
    const QList<Block> list = blocks();
    std::vector<std::unique_ptr<QTextDocument>> docs(list.size());
    QList<double> heights;
    for (int i = 0; i < list.size(); ++i) {
        const Block &b = list.at(i);
        if (b.kind == Block::Chart) {
            heights << m_charts.height(b.chartId, content.width(), m_facts);
            continue;
        }
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(device);
        doc->setDefaultFont(bodyFont());
        doc->setDocumentMargin(0);
        doc->setHtml(b.html);
        doc->setTextWidth(content.width());
        heights << doc->size().height();
        docs[size_t(i)] = std::move(doc);
    }
    QList<Placed> placed;
    int pageNo = 0;
    double y = content.top();
    for (int i = 0; i < list.size(); ++i) {
        double need = heights.at(i);
        if (list.at(i).keepWithNext && i + 1 < list.size())
            need += gap + std::min(heights.at(i + 1), content.height() / 3);
        if (y > content.top() && y + need > content.bottom()) {
            ++pageNo;
            y = content.top();
        }
        placed.append({ pageNo, y, heights.at(i) });
        y += heights.at(i) + gap;
    }
    const int pages = pageNo + 1;

    // Black on white whatever the desktop's colours (drawContents would take the application's text colour:
    // white under a dark scheme).
    QAbstractTextDocumentLayout::PaintContext paper;
    paper.palette = Paper::palette(QGuiApplication::palette());
    QPainter p(device);
    for (int pg = 0; pg < pages; ++pg) {
        if (pg > 0)
            device->newPage();
        p.setFont(bold);
        p.setPen(Qt::black);
        p.drawText(QRectF(page.left(), page.top(), page.width(), band * 0.7), Qt::AlignCenter, classification());
        p.setFont(small);
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF foot(page.left(), page.bottom() - sm.height() * 2.2, page.width(), sm.height() * 1.1);
        p.drawLine(QPointF(foot.left(), foot.top()), QPointF(foot.right(), foot.top()));
        p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(title(), Qt::ElideRight, page.width() * 0.7));
        p.setFont(bold);
        p.setPen(Qt::black);
        p.drawText(foot.translated(0, foot.height()), Qt::AlignHCenter | Qt::AlignVCenter, classification());
        p.setFont(small);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                   pick(m_lang, QStringLiteral("Page %1 of %2"), QStringLiteral("Page %1 de %2")).arg(pg + 1).arg(pages));
        for (int i = 0; i < list.size(); ++i) {
            if (placed.at(i).page != pg)
                continue;
            const QRectF r(content.left(), placed.at(i).y, content.width(), placed.at(i).height);
            p.save();
            if (list.at(i).kind == Block::Chart) {
                p.setFont(bodyFont());
                if (!m_charts.paint || !m_charts.paint(&p, r, list.at(i).chartId, m_facts, m_lang))
                    p.drawText(r, Qt::AlignCenter, list.at(i).chartId);
            } else {
                p.translate(r.topLeft());
                docs[size_t(i)]->documentLayout()->draw(&p, paper);
            }
            p.restore();
        }
    }
    p.end();
    return pages;
}

bool BriefingDocument::write(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, error);
    if (suffix == QLatin1String("odt"))
        return writeOdt(path, error);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeHtml(path, error);
    if (error)
        *error = tr("%1: unknown kind of document; use .pdf, .odt or .html.").arg(path);
    return false;
}

// Each format is written into a temporary file beside the target and renamed once complete
// (OutputFile): a full disk leaves the previous document as it was and no empty file behind.
bool BriefingDocument::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!OutputFile::open(file, error))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Vigie"));
        print(&writer);
    }
    if (file.error() == QFileDevice::NoError && file.size() == 0) {
        file.cancelWriting();
        file.commit();
        if (error)
            *error = OutputFile::cannotWrite(path, tr("the PDF could not be drawn"));
        return false;
    }
    return OutputFile::commit(file, error);
}

bool BriefingDocument::writeOdt(const QString &path, QString *error) const
{
    // Laid out in memory first: Qt's ODF writer closes its device when a write fails, and closing a
    // QSaveFile aborts the program.
    const auto doc = toTextDocument();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(doc.get())) {
        if (error)
            *error = OutputFile::cannotWrite(path, tr("the document could not be laid out"));
        return false;
    }
    return OutputFile::write(path, buffer.data(), error);
}

bool BriefingDocument::writeHtml(const QString &path, QString *error) const
{
    return OutputFile::write(path, toHtml().toUtf8(), error);
}

} // namespace Vigie
