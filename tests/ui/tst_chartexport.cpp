// Charts exported as a user gets them: real PNG, SVG and PDF files of the requested size, in English
// and French, painted headless.
#include "analysis/chartdata.h"
#include "chartfixture.h"
#include "textrecorder.h"
#include "charts/chartfactory.h"
#include "charts/chartrenderer.h"
#include "i18n/language.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFontMetricsF>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtMath>
#include <QXmlStreamReader>

using namespace Vigie;

namespace {

// Stands in for the French catalogue (filled by the lead's translation pass): translates one chart
// title so that the test sees whether titles go through the translator.
class TitleTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Vigie::ChartDataBuilder") == 0
            && qstrcmp(source, "Project health: cost indicator") == 0)
            return QStringLiteral("État de santé des projets\u00a0: indicateur de coût");
        return {};
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void png_data();
    void png();
    void svg();
    void crowdedCategoriesAllShown();
    void manyHorizontalBarsNeedTheirHeight();
    void longCategoriesWrapBesideHorizontalBars();
    void legendWrapsInsteadOfCutting_data();
    void legendWrapsInsteadOfCutting();
    void valueLabelsNeverOverprint();
    void tooShortIsDrawnSmallerNotOverprinted();
    void valueLabelsShrinkBeforeAnyIsLeftOut();
    void separatorsEndTheirLine();
    void pdf();
    void frenchSvg();
    void frenchFooterUnderEnglish();
    void paintIntoRect();
    void everyChartRenders();
    void refusesBadRequests();
    void screenshots();

private:
    ChartData data(const QString &id, const QString &language = QStringLiteral("en"), QLocale *locale = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
};

ChartData TestChartExport::data(const QString &id, const QString &language, QLocale *locale)
{
    ChartRequest request;
    request.chartId = id;
    request.language = language;
    ChartData d;
    QString error;
    if (!ChartRenderer::build(*m_file, request, &d, locale, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

void TestChartExport::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    QString error;
    m_file = VigieTest::makeChartPortfolio(m_dir.filePath(QStringLiteral("q.vigie")), &error);
    QVERIFY2(m_file, qPrintable(error));
}

void TestChartExport::png_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("default") << ChartRenderer::defaultSize() << ChartRenderer::defaultDpi();
    QTest::newRow("slide") << QSize(1920, 1080) << 96;
    QTest::newRow("print") << QSize(2400, 1800) << 300;
}

void TestChartExport::png()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QLocale locale;
    const ChartData d = data(QStringLiteral("project-health-cost"), QStringLiteral("en"), &locale);
    const QString path = m_dir.filePath(QStringLiteral("cost.png"));
    QString error;
    QVERIFY2(ChartRenderer::exportTo(path, d, locale, size, dpi, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), size);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
    // Something was drawn in each health colour, and the corners stay white.
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y) & 0xffffff);
    QVERIFY(colours.contains(0x1b7e5a)); // green
    QVERIFY(colours.contains(0xf2c12e)); // yellow
}

void TestChartExport::svg()
{
    QLocale locale;
    const ChartData d = data(QStringLiteral("project-health-cost"), QStringLiteral("en"), &locale);
    const QString path = m_dir.filePath(QStringLiteral("cost.svg"));
    QString error;
    QVERIFY2(ChartRenderer::exportTo(path, d, locale, QSize(1200, 800), 96, &error), qPrintable(error));
    QXmlStreamReader xml(readAll(path));
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));
    const QXmlStreamAttributes root = xml.attributes();
    QCOMPARE(root.value(QLatin1String("viewBox")), QLatin1String("0 0 1200 800"));
    QVERIFY(!root.value(QLatin1String("width")).isEmpty());
    QVERIFY(!root.value(QLatin1String("height")).isEmpty());
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString())); // well-formed to the end
    const QString text = QString::fromUtf8(readAll(path));
    for (const char *expected : { "Project health: cost indicator", "$415.56M", "$11.90M", "$1.03M", "186", "Québec 2016",
                                  "Three-code" })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

// Ten quarterly periods with long names: Qt Charts overlapped the labels and dropped the last one
// ("September 2016"); they are slanted and every one is drawn. Three short ones stay straight.
void TestChartExport::crowdedCategoriesAllShown()
{
    const QLocale locale(QLocale::English, QLocale::Canada);
    ChartData d;
    d.id = QStringLiteral("health-trend");
    d.title = QStringLiteral("Trend");
    d.shape = ChartShape::Lines;
    for (int year = 2014; year <= 2016; ++year) {
        for (const char *month : { "March", "June", "September", "December" })
            d.categories << QStringLiteral("%1 %2").arg(QLatin1String(month)).arg(year);
    }
    d.categories = d.categories.mid(1, 10); // June 2014 … September 2016
    ChartSeries green;
    green.name = QStringLiteral("Green projects");
    green.role = SeriesRole::Green;
    for (int i = 0; i < d.categories.size(); ++i) {
        green.values << 40 + i;
        green.labels << QString();
    }
    d.series << green;
    const QString path = m_dir.filePath(QStringLiteral("crowded.svg"));
    QString error;
    QVERIFY2(ChartRenderer::exportTo(path, d, locale, ChartRenderer::defaultSize(), 150, &error), qPrintable(error));
    const QString text = QString::fromUtf8(readAll(path));
    for (const QString &category : std::as_const(d.categories))
        QVERIFY2(text.count(category) == 1, qPrintable(category));
    // Narrower, as in the window beside the chart list: upright, and still every one.
    const QString narrowPath = m_dir.filePath(QStringLiteral("narrow.svg"));
    QVERIFY2(ChartRenderer::exportTo(narrowPath, d, locale, QSize(800, 600), 96, &error), qPrintable(error));
    const QString narrow = QString::fromUtf8(readAll(narrowPath));
    for (const QString &category : std::as_const(d.categories))
        QVERIFY2(narrow.count(category) == 1, qPrintable(category));

    ChartData few = d;
    few.categories = d.categories.mid(0, 3);
    few.series.first().values = green.values.mid(0, 3);
    few.series.first().labels = green.labels.mid(0, 3);
    const QString fewPath = m_dir.filePath(QStringLiteral("few.svg"));
    QVERIFY2(ChartRenderer::exportTo(fewPath, few, locale, ChartRenderer::defaultSize(), 150, &error), qPrintable(error));
    const QString fewText = QString::fromUtf8(readAll(fewPath));
    for (const QString &category : std::as_const(few.categories))
        QVERIFY2(fewText.count(category) == 1, qPrintable(category));
}

// Qt Charts drops every other category label of a crowded axis: the twenty specialties of the workforce
// chart lost half their names in a 900×700 window. ChartRenderer::minimumHeight() is the height at which
// every one is drawn (the Charts page scrolls rather than give the chart less); at half of it some are
// not, which is why the page needs it.
void TestChartExport::manyHorizontalBarsNeedTheirHeight()
{
    const QLocale locale(QLocale::English, QLocale::Canada);
    const ChartData d = VigieTest::twentySpecialtiesChart();
    const int width = 864;
    const int height = qCeil(ChartRenderer::minimumHeight(d, width));
    QVERIFY2(height > 400 && height < 1200, qPrintable(QString::number(height)));
    const auto shown = [&](int h) {
        const QString path = m_dir.filePath(QStringLiteral("specialties-%1.svg").arg(h));
        QString error;
        if (!ChartRenderer::exportTo(path, d, locale, QSize(width, h), 96, &error))
            qWarning("%s", qPrintable(error));
        const QString text = QString::fromUtf8(readAll(path));
        int count = 0;
        for (const QString &category : d.categories)
            count += text.count(QStringLiteral(">%1<").arg(category.toHtmlEscaped())) > 0 ? 1 : 0;
        return count;
    };
    QCOMPARE(shown(height), d.categories.size());
    QVERIFY(shown(height / 2) < d.categories.size());
    // Charts whose labels slant, or that have few categories, ask for no height of their own.
    ChartData upright = d;
    upright.shape = ChartShape::StackedBars;
    QCOMPARE(ChartRenderer::minimumHeight(upright, width), 0.0);
}

// Qt Charts gives the axis beside horizontal bars at most 40 % of the chart's width and cut the French
// key areas at the chart's edge in a 1024-px window ("xe 3\u00a0: Adopter les meilleures pratiques"). In a
// narrow chart they go onto more lines, each of which fits; in a wide one they stay whole on one line.
void TestChartExport::longCategoriesWrapBesideHorizontalBars()
{
    ChartData d;
    d.id = QStringLiteral("measures-by-area");
    d.title = QStringLiteral("Mesures par état et par axe d'intervention");
    d.shape = ChartShape::HorizontalStackedBars;
    d.categories = { QStringLiteral("Axe 1\u00a0: Revoir et renforcer la gouvernance"),
                     QStringLiteral("Axe 2\u00a0: Mieux gérer les talents"),
                     QStringLiteral("Axe 3\u00a0: Adopter les meilleures pratiques & outils"),
                     QStringLiteral("Axe 4\u00a0: Rapprocher l'État des citoyens") };
    ChartSeries done;
    done.name = QStringLiteral("Réalisée");
    done.role = SeriesRole::Neutral1;
    done.values = { 2, 3, 5, 1 };
    done.labels = { QString(), QString(), QString(), QString() };
    d.series << done;
    const auto chart = ChartFactory::create(d, QLocale(QLocale::French, QLocale::Canada));
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes(Qt::Vertical))
        axis = axis ? axis : qobject_cast<QBarCategoryAxis *>(a);
    QVERIFY(axis);
    const QFontMetricsF fm(axis->labelsFont());
    QStringList shown = d.categories;
    std::reverse(shown.begin(), shown.end()); // horizontal bars count from the bottom

    chart->resize(QSizeF(1600, 900));
    QCOMPARE(axis->categories(), shown);

    chart->resize(QSizeF(560, 400));
    const QStringList narrow = axis->categories();
    QCOMPARE(narrow.size(), shown.size());
    int wrapped = 0;
    for (int i = 0; i < narrow.size(); ++i) {
        const QStringList lines = narrow.at(i).split(QStringLiteral("<br>"));
        wrapped += lines.size() > 1 ? 1 : 0;
        for (const QString &line : lines)
            QVERIFY2(fm.horizontalAdvance(line) <= 0.4 * 560, qPrintable(line));
        // The same words, the ampersand written as rich text.
        QCOMPARE(lines.join(QLatin1Char(' ')).replace(QStringLiteral("&amp;"), QStringLiteral("&")), shown.at(i));
    }
    QVERIFY2(wrapped >= 3, qPrintable(narrow.join(QLatin1String(" | "))));

    chart->resize(QSizeF(1600, 900));
    QCOMPARE(axis->categories(), shown);
}

// Qt Charts' legend kept one row and cut the names down in a narrow chart ("Projets jaun…", the trend in
// French at 820 pixels and 150 DPI). Ours goes onto as many rows as the width needs: every name whole and inside the
// chart, no entry over another; one row where it fits.
void TestChartExport::legendWrapsInsteadOfCutting_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::newRow("en, narrow") << QStringLiteral("en") << 520;
    QTest::newRow("fr, narrow") << QStringLiteral("fr") << 520;
    QTest::newRow("fr, wide") << QStringLiteral("fr") << 1600;
}

void TestChartExport::legendWrapsInsteadOfCutting()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QLocale locale;
    const ChartData d = data(QStringLiteral("health-trend"), language, &locale);
    QCOMPARE(d.series.size(), 4);
    const QSize size(width, 700);
    VigieTest::TextRecorder recorder(size);
    {
        QPainter painter(&recorder);
        ChartRenderer::paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), d, locale);
    }
    QList<QRectF> entries;
    for (const ChartSeries &s : d.series) {
        const QList<QRectF> found = recorder.rects(s.name);
        QVERIFY2(found.size() == 1, qPrintable(s.name + QStringLiteral(": drawn %1 time(s) whole").arg(found.size())));
        const QRectF r = found.constFirst();
        QVERIFY2(r.left() >= 0 && r.right() <= width, qPrintable(s.name));
        for (const QRectF &other : std::as_const(entries))
            QVERIFY2(!other.intersects(r), qPrintable(s.name));
        entries.append(r);
    }
    for (const VigieTest::PaintedText &t : recorder.texts())
        QVERIFY2(!t.text.contains(QChar(0x2026)), qPrintable(t.text)); // nothing cut down to "…"
    // The rows: the entries sit on as many lines as the height says.
    const qreal inner = width - 36.0;
    const qreal oneRow = ChartFactory::legendHeight(d, 10000);
    QCOMPARE(ChartFactory::legendHeight(d, inner) > oneRow, width < 1000);
    QSet<int> lines;
    for (const QRectF &r : std::as_const(entries))
        lines.insert(qRound(r.top()));
    QCOMPARE(lines.size() > 1, width < 1000);
    // A chart of one series has no legend.
    ChartData single = d;
    single.series.resize(1);
    QCOMPARE(ChartFactory::legendHeight(single, inner), 0.0);
}

// The value labels of thin bars side by side printed over each other in a small chart ("241,9 M$"
// across "263,7 M$" in envelopes by organization at 820×560). A label that would overprint one already
// drawn is left out: at the default size every label is drawn, at a small one fewer, and no two overlap.
void TestChartExport::valueLabelsNeverOverprint()
{
    QLocale locale;
    const ChartData d = data(QStringLiteral("envelopes-by-organization"), QStringLiteral("en"), &locale);
    QMultiHash<QString, int> labels;
    for (const ChartSeries &s : d.series) {
        for (const QString &l : s.labels) {
            if (!l.isEmpty())
                labels.insert(l, 0);
        }
    }
    QVERIFY(labels.size() >= 10);
    const auto drawn = [&](const QSize &size) {
        VigieTest::TextRecorder recorder(size);
        {
            QPainter painter(&recorder);
            ChartRenderer::paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), d, locale);
        }
        QList<QRectF> rects;
        for (const VigieTest::PaintedText &t : recorder.texts()) {
            if (labels.contains(t.text))
                rects.append(t.rect);
        }
        return rects;
    };
    QCOMPARE(drawn(ChartRenderer::defaultSize()).size(), labels.size());
    // Small, yet drawn at full size (the least height that is, ChartRenderer::fullSizeHeight()): the bars
    // crowd their labels.
    const QSize crowded(480, qCeil(ChartRenderer::fullSizeHeight(d, 480)));
    QCOMPARE(ChartRenderer::drawnScale(d, crowded), 1.0);
    const QList<QRectF> small = drawn(crowded);
    QVERIFY2(!small.isEmpty() && small.size() < labels.size(), qPrintable(QString::number(small.size())));
    for (int i = 0; i < small.size(); ++i) {
        for (int j = i + 1; j < small.size(); ++j)
            QVERIFY2(!small.at(i).adjusted(0.5, 0.5, -0.5, -0.5).intersects(small.at(j)), qPrintable(QString::number(i)));
    }
}

// At 640×430 the title, the footer and the legend left the plot no room: the footer was written over the
// bars. Given less than its full-size height, the whole chart is drawn smaller, each part in its place.
void TestChartExport::tooShortIsDrawnSmallerNotOverprinted()
{
    QLocale locale;
    const ChartData d = data(QStringLiteral("envelopes-by-organization"), QStringLiteral("fr"), &locale);
    const QSize size(640, 180);
    QVERIFY2(ChartRenderer::drawnScale(d, size) < 0.9, qPrintable(QString::number(ChartRenderer::drawnScale(d, size))));
    QCOMPARE(ChartRenderer::drawnScale(d, QSize(640, qCeil(ChartRenderer::fullSizeHeight(d, 640)))), 1.0);
    VigieTest::TextRecorder recorder(size);
    {
        QPainter painter(&recorder);
        ChartRenderer::paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), d, locale);
    }
    QSet<QString> values; // value labels and the legend's series names: all above the footer
    for (const ChartSeries &s : d.series) {
        values.insert(s.name);
        for (const QString &l : s.labels)
            values.insert(l);
    }
    qreal lowestValue = 0, footerTop = size.height(), titleSize = 0;
    for (const VigieTest::PaintedText &t : recorder.texts()) {
        QVERIFY2(QRectF(QPointF(0, 0), QSizeF(size)).adjusted(-1, -1, 1, 1).contains(t.rect), qPrintable(t.text));
        if (values.contains(t.text))
            lowestValue = std::max(lowestValue, t.rect.bottom());
        if (t.text.startsWith(QLatin1String("Source")) || t.text.contains(QLatin1String("\nSource")))
            footerTop = std::min(footerTop, t.rect.top());
        if (t.text == d.title)
            titleSize = t.pixelSize;
    }
    QVERIFY(lowestValue > 0);
    QVERIFY2(lowestValue <= footerTop, qPrintable(QStringLiteral("%1 %2").arg(lowestValue).arg(footerTop)));
    QCOMPARE(titleSize, 22); // the same font, drawn smaller by the painter's scale
}

// A wrapped footer or subtitle started a line with "· Main-d'œuvre…": the separator " · " is tied to
// the words before it. Painted at every width from 160 to 1000 pixels, in both languages, no line of
// text starts with it, and the footer's words are all there.
// In a window 900 pixels wide the health charts lost the labels of their smaller bars ("Jaune 0,00 M$",
// "Rouge …"): labels that collide shrink first, down to 10 pixels, and are left out only when even
// that does not give each its room. At the default size every label keeps the full 13 pixels; in a
// narrow chart every label is still there, in smaller type.
void TestChartExport::valueLabelsShrinkBeforeAnyIsLeftOut()
{
    QLocale locale;
    for (const QString &id : { QStringLiteral("project-health-cost"), QStringLiteral("project-health-schedule") }) {
        const ChartData d = data(id, QStringLiteral("fr"), &locale);
        QStringList expected;
        for (const ChartSeries &s : d.series) {
            for (const QString &l : s.labels) {
                if (!l.isEmpty())
                    expected += l.split(QLatin1Char('\n'));
            }
        }
        QVERIFY(expected.size() >= 6);
        const auto painted = [&](const QSize &size) {
            VigieTest::TextRecorder recorder(size);
            {
                QPainter painter(&recorder);
                ChartRenderer::paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), d, locale);
            }
            QList<VigieTest::PaintedText> found;
            for (const VigieTest::PaintedText &t : recorder.texts()) {
                if (expected.contains(t.text))
                    found.append(t);
            }
            return found;
        };
        const QList<VigieTest::PaintedText> wide = painted(QSize(1200, 700));
        QCOMPARE(wide.size(), expected.size());
        for (const VigieTest::PaintedText &t : wide)
            QCOMPARE(t.pixelSize, 13);
        const QList<VigieTest::PaintedText> narrow = painted(QSize(520, 420));
        QVERIFY2(narrow.size() == expected.size(), qPrintable(id + QStringLiteral(": %1 of %2").arg(narrow.size()).arg(expected.size())));
        QVERIFY2(narrow.constFirst().pixelSize < 13 && narrow.constFirst().pixelSize >= 10,
                 qPrintable(QString::number(narrow.constFirst().pixelSize)));
    }
}

void TestChartExport::separatorsEndTheirLine()
{
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
        QLocale locale;
        const ChartData d = data(QStringLiteral("health-trend"), language, &locale);
        const QString source = d.footer.value(d.classification.isEmpty() ? 0 : 1);
        QVERIFY2(source.count(QStringLiteral(" \u00b7 ")) == 2, qPrintable(source));
        int lines = 0;
        for (int width = 160; width <= 1000; width += 4) {
            VigieTest::TextRecorder recorder(QSize(width, 900));
            {
                QPainter painter(&recorder);
                ChartRenderer::paint(&painter, QRectF(0, 0, width, 900), d, locale);
            }
            QString painted;
            for (const VigieTest::PaintedText &t : recorder.texts()) {
                QVERIFY2(!t.text.startsWith(QChar(0x00b7)), qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(t.text)));
                painted += t.text + QLatin1Char(' ');
                ++lines;
            }
            for (const QString &word : source.split(QLatin1Char(' ')))
                QVERIFY2(painted.contains(word.section(QChar(0x00a0), 0, 0)), qPrintable(word));
        }
        QVERIFY(lines > 0);
    }
}

void TestChartExport::pdf()
{
    QLocale locale;
    const ChartData d = data(QStringLiteral("project-health-schedule"), QStringLiteral("en"), &locale);
    const QString path = m_dir.filePath(QStringLiteral("schedule.pdf"));
    QString error;
    QVERIFY2(ChartRenderer::exportTo(path, d, locale, QSize(1600, 1000), 150, &error), qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    // 1600×1000 pixels at 150 DPI: 768×480 points.
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const auto match = box.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    QCOMPARE(qRound(match.captured(1).toDouble()), 768);
    QCOMPARE(qRound(match.captured(2).toDouble()), 480);
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page>")
                 + pdf.count("/Type /Page "),
             qsizetype(1));
}

void TestChartExport::frenchSvg()
{
    TitleTranslator translator;
    QLocale locale;
    ChartData d;
    {
        // The French catalogue may be empty still: our translator goes on top for the titles.
        Language::apply(QStringLiteral("fr"));
        QCoreApplication::installTranslator(&translator);
        d = data(QStringLiteral("project-health-cost"), QString(), &locale);
        QCoreApplication::removeTranslator(&translator);
        Language::apply(QStringLiteral("en"));
    }
    QCOMPARE(locale.language(), QLocale::French);
    const QString path = m_dir.filePath(QStringLiteral("cout.svg"));
    QString error;
    QVERIFY2(ChartRenderer::exportTo(path, d, locale, QSize(1600, 1000), 150, &error), qPrintable(error));
    const QString text = QString::fromUtf8(readAll(path));
    QVERIFY(text.contains(QStringLiteral("État de santé des projets\u00a0: indicateur de coût")));
    QVERIFY(text.contains(QStringLiteral("415,56\u00a0M$")));
    QVERIFY(text.contains(QStringLiteral("11,90\u00a0M$")));
    QVERIFY(!text.contains(QStringLiteral("$415.56M")));
}

void TestChartExport::frenchFooterUnderEnglish()
{
    // A French chart built while the program speaks English (a French briefing prepared in the English
    // interface) keeps a French footer when it is painted later, after the language is back.
    Language::apply(QStringLiteral("en"));
    QLocale locale;
    const ChartData d = data(QStringLiteral("project-health-cost"), QStringLiteral("fr"), &locale);
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QVERIFY(!d.footer.isEmpty());
    QVERIFY2(d.footer.first().startsWith(QStringLiteral("Source\u00a0:")), qPrintable(d.footer.join(QLatin1Char('|'))));
    QVERIFY(d.footer.join(QLatin1Char('\n')).contains(QStringLiteral("Règle d'état de santé\u00a0:")));
    const QString path = m_dir.filePath(QStringLiteral("pied.svg"));
    QString error;
    QVERIFY2(ChartRenderer::exportTo(path, d, locale, QSize(1600, 1000), 96, &error), qPrintable(error));
    const QString text = QString::fromUtf8(readAll(path));
    QVERIFY(text.contains(QStringLiteral("Règle d'état de santé")) || text.contains(QStringLiteral("Règle d&apos;état de santé")));
    QVERIFY(!text.contains(QStringLiteral("Health rule:")));
    QVERIFY(!text.contains(QStringLiteral("Source:")));
}

void TestChartExport::paintIntoRect()
{
    // Briefings paint a chart into part of a page: nothing may spill out of the rectangle.
    QImage page(1000, 1400, QImage::Format_ARGB32);
    page.fill(Qt::black);
    QPainter painter(&page);
    ChartRequest request;
    request.chartId = QStringLiteral("measures-by-area");
    request.periodLabel = QStringLiteral("May 2016");
    QString error;
    QVERIFY2(ChartRenderer::paint(&painter, QRectF(100, 200, 800, 500), *m_file, request, &error), qPrintable(error));
    painter.end();
    QCOMPARE(page.pixelColor(99, 199), QColor(Qt::black));
    QCOMPARE(page.pixelColor(901, 701), QColor(Qt::black));
    QCOMPARE(page.pixelColor(105, 205), QColor(Qt::white));
    request.periodLabel = QStringLiteral("Never");
    QPainter again(&page);
    QVERIFY(!ChartRenderer::paint(&again, QRectF(0, 0, 100, 100), *m_file, request, &error));
    QVERIFY(error.contains(QStringLiteral("Never")));
}

void TestChartExport::everyChartRenders()
{
    for (const QString &id : ChartDataBuilder::chartIds()) {
        QLocale locale;
        const ChartData d = data(id, QStringLiteral("en"), &locale);
        QVERIFY2(!d.isEmpty(), qPrintable(id));
        const QImage image = ChartRenderer::toImage(d, locale, QSize(1200, 800), 120);
        QCOMPARE(image.size(), QSize(1200, 800));
        // More than a blank page: a good share of the pixels are not white.
        int ink = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                ink += image.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY2(ink > 1000, qPrintable(id));
    }
}

void TestChartExport::refusesBadRequests()
{
    QLocale locale;
    const ChartData d = data(QStringLiteral("health-trend"), QStringLiteral("en"), &locale);
    QString error;
    QVERIFY(!ChartRenderer::exportTo(m_dir.filePath(QStringLiteral("a.gif")), d, locale, QSize(800, 600), 96, &error));
    QVERIFY(!ChartRenderer::exportTo(m_dir.filePath(QStringLiteral("a.png")), d, locale, QSize(10, 10), 96, &error));
    QVERIFY(!ChartRenderer::exportTo(m_dir.filePath(QStringLiteral("no/such/dir/a.pdf")), d, locale, QSize(800, 600), 96,
                                     &error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("a.png"))));
}

void TestChartExport::screenshots()
{
    // Refreshes docs/screenshots/charts-*.png when asked: VIGIE_SCREENSHOTS=DIR.
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set VIGIE_SCREENSHOTS=DIR to write the screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(m_file->saveCopyAs(QDir(dir).filePath(QStringLiteral("charts-fixture.vigie"))));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
