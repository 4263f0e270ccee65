#include "charts/chartstyle.h"
#include "analysis/briefingdraft.h"
#include "analysis/briefingfacts.h"
#include "analysis/briefingitems.h"
#include "analysis/briefingtext.h"
#include "report/briefingdocument.h"
#include "storage/portfoliofile.h"

#include "briefingfixture.h"
#include "darkdesktop.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Vigie;

// The briefing document written as PDF, ODT and HTML: headings, figures and charts, in both languages.
class TestBriefingDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void html();
    void odt();
    void pdfEnglish();
    void pdfFrench();
    void chartsAreVectorsInPdf();
    void chartPainterIsUsed();
    void missingTranslationFallsBackVisibly();
    void draftedNamesFallBackVisibly();
    void administrationNamedOnce();
    void markingsInTheDocumentsLanguage();
    void darkDesktopLeavesThePageBlackOnWhite();

private:
    std::unique_ptr<BriefingDocument> make(const QString &language);
    static QString run(const QString &program, const QStringList &args);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
};

void TestBriefingDocument::initTestCase()
{
    m_file = VigieTest::makeBriefingPortfolio(path(QStringLiteral("b.vigie")));
    QVERIFY(m_file);
}

std::unique_ptr<BriefingDocument> TestBriefingDocument::make(const QString &language)
{
    BriefingOptions options;
    options.language = language;
    options.date = QDate(2016, 9, 15);
    QString error;
    bool drafted = false;
    auto doc = BriefingDocument::load(*m_file, 0, options, &error, &drafted);
    if (!doc || !drafted)
        qWarning("load: %s", qPrintable(error));
    return doc;
}

QString TestBriefingDocument::run(const QString &program, const QStringList &args)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return QString();
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestBriefingDocument::html()
{
    const auto doc = make(QStringLiteral("en"));
    QVERIFY(doc);
    const QString out = path(QStringLiteral("b.html"));
    QString error;
    QVERIFY2(doc->write(out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    for (const char *s : { "1. Accomplishments", "2. Priorities", "3. Issues and needs", "4. Topics for council",
                           "Of the 6 measures to be taken by March 31, 2018: 2 have been completed; 3 are under way",
                           "Portrait of 4 active projects", "$17.50M", "UNCLASSIFIED / NON CLASSIFIÉ", "Benoit Boivin",
                           "<html lang=\"en\">" })
        QVERIFY2(html.contains(QString::fromUtf8(s)), s);
    QCOMPARE(html.count(QStringLiteral("<img src=\"data:image/png;base64,")), doc->chartIds().size());
    QVERIFY(doc->chartIds().size() >= 2);
    // The portrait's colours are the charts' (one green, one yellow, one red in the whole briefing).
    for (SeriesRole role : { SeriesRole::Green, SeriesRole::Red })
        QVERIFY2(html.contains(QStringLiteral("bgcolor=\"%1\"").arg(ChartStyle::color(role).name())),
                 qPrintable(ChartStyle::color(role).name()));
}

void TestBriefingDocument::odt()
{
    const auto doc = make(QStringLiteral("fr"));
    const QString out = path(QStringLiteral("b.odt"));
    QString error;
    QVERIFY2(doc->write(out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(2) == "PK");
    const QString list = run(QStringLiteral("unzip"), { QStringLiteral("-l"), out });
    if (list.isEmpty())
        QSKIP("unzip is not available");
    QVERIFY(list.contains(QStringLiteral("content.xml")));
    QVERIFY2(list.count(QStringLiteral("Pictures/")) >= 2, qPrintable(list)); // the charts, as images
    const QString content = run(QStringLiteral("unzip"), { QStringLiteral("-p"), out, QStringLiteral("content.xml") });
    for (const char *s : { "1. Réalisations", "2. Priorités", "3. Enjeux et besoins", "4. Sujets pour le Conseil", "17,50\u00a0M$" })
        QVERIFY2(content.contains(QString::fromUtf8(s)), s);
}

void TestBriefingDocument::pdfEnglish()
{
    const auto doc = make(QStringLiteral("en"));
    const QString out = path(QStringLiteral("b.pdf"));
    QString error;
    QVERIFY2(doc->write(out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    // At least two pages, whether or not poppler is around to count them.
    QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page>") >= 2
            || run(QStringLiteral("pdfinfo"), { out }).contains(QRegularExpression(QStringLiteral("Pages:\\s+([2-9]|\\d\\d)"))));
    const QString text = run(QStringLiteral("pdftotext"), { out, QStringLiteral("-") });
    if (text.isEmpty())
        QSKIP("pdftotext is not available");
    for (const char *s : { "1. Accomplishments", "2. Priorities", "3. Issues and needs", "4. Topics for council",
                           "Cost indicator", "Schedule indicator", "$10.50M", "60.00%", "Page 2 of",
                           "Project health: cost indicator", "Measures by status and key area" })
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
}

void TestBriefingDocument::pdfFrench()
{
    const auto doc = make(QStringLiteral("fr"));
    const QString out = path(QStringLiteral("b-fr.pdf"));
    QVERIFY(doc->write(out, nullptr));
    // The PDF's text layer writes no-break spaces as plain ones.
    const QString text = run(QStringLiteral("pdftotext"), { out, QStringLiteral("-") });
    if (text.isEmpty())
        QSKIP("pdftotext is not available");
    for (const char *s : { "1. Réalisations", "2. Priorités", "3. Enjeux et besoins", "4. Sujets pour le Conseil",
                           "Indicateur de coût", "10,50 M$", "60,00 %", "Page 1 de", "15 septembre 2016",
                           "Dirigeant principal", "Période de référence" })
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    for (const char *s : { "Accomplishments", "Priorities", "Cost indicator", "$10.50M" })
        QVERIFY2(!text.contains(QString::fromUtf8(s)), s);
}

void TestBriefingDocument::chartsAreVectorsInPdf()
{
    const QString out = path(QStringLiteral("b.pdf"));
    QVERIFY(QFile::exists(out) || make(QStringLiteral("en"))->write(out, nullptr));
    const QString images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), out });
    if (images.isEmpty())
        QSKIP("pdfimages is not available");
    // The header and separator lines only: no image, so the charts were drawn as vectors.
    QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2);
}

void TestBriefingDocument::chartPainterIsUsed()
{
    auto doc = make(QStringLiteral("fr"));
    QStringList painted;
    QStringList languages;
    doc->setChartPainter([&](QPainter *p, const QRectF &r, const QString &id, const BriefingFacts &, const QString &lang) {
        painted << id;
        languages << lang;
        p->drawRect(r);
        return true;
    });
    QVERIFY(doc->write(path(QStringLiteral("hook.pdf")), nullptr));
    QCOMPARE(painted, doc->chartIds());
    QVERIFY(painted.contains(QStringLiteral("project-health-cost")));
    QVERIFY(languages.count(QStringLiteral("fr")) == languages.size());
    const QImage image = doc->chartImage(QStringLiteral("project-health-cost"), 400, 1);
    QCOMPARE(image.width(), 400);
    QVERIFY(image.height() > 50);
}

void TestBriefingDocument::missingTranslationFallsBackVisibly()
{
    BriefingFacts facts;
    QVERIFY(BriefingFactsReader::read(*m_file, 0, &facts, nullptr));
    BriefingItem b;
    b.section = BriefingSection::CouncilTopics;
    b.text = { QStringLiteral("Open data"), QString() };
    BriefingOptions options;
    options.language = QStringLiteral("fr");
    BriefingDocument doc(facts, { b }, options);
    const QString html = doc.toHtml();
    QVERIFY(html.contains(QStringLiteral("Open data <i>[en anglais seulement]</i>")));
    QVERIFY(html.contains(QString::fromUtf8("Rien à signaler.")));  // the empty sections say so
}

// A name or title missing in the briefing's language (a measure's, its key area's, a specialty's) is
// drafted in the other language and marked " ‡", as the Strategy page marks it, and the document says
// what the mark means; the English briefing, where every name exists, has neither.
void TestBriefingDocument::draftedNamesFallBackVisibly()
{
    BriefingFacts facts;
    QVERIFY(BriefingFactsReader::read(*m_file, 0, &facts, nullptr));
    QVERIFY(!facts.measures.isEmpty() && !facts.specialties.isEmpty());
    for (BriefingMeasure &m : facts.measures) {
        m.title.fr.clear();
        m.areaTitle.fr.clear();
    }
    for (BriefingSpecialty &s : facts.specialties)
        s.name.fr.clear();
    const QString marker = QString::fromUtf8(" ‡");
    const auto html = [&facts](const QString &language) {
        BriefingOptions options;
        options.language = language;
        options.date = QDate(2016, 9, 15);
        return BriefingDocument(facts, BriefingItems::fromDraft(BriefingDrafter::draft(facts), 0), options).toHtml();
    };
    const QString french = html(QStringLiteral("fr"));
    const BriefingMeasure &m = facts.measures.first();
    QVERIFY2(french.contains(m.areaTitle.en.toHtmlEscaped() + marker), qPrintable(french));
    bool specialtyMarked = false;
    for (const BriefingSpecialty &s : std::as_const(facts.specialties))
        specialtyMarked = specialtyMarked || french.contains(s.name.en.toHtmlEscaped() + marker);
    QVERIFY(specialtyMarked);
    QVERIFY(french.contains(QString::fromUtf8("‡ Non traduit\u00a0: affiché dans l'autre langue.").toHtmlEscaped()));
    const QString english = html(QStringLiteral("en"));
    QVERIFY(!english.contains(QString::fromUtf8("‡")));
}

// The title block's "Administration" names the jurisdiction once: the Quebec sample's English name,
// "Quebec — Government IT Strategy …", already names "Québec" (accents and case aside), as its French
// name does; a name that does not is given after the jurisdiction.
void TestBriefingDocument::administrationNamedOnce()
{
    BriefingFacts facts;
    QVERIFY(BriefingFactsReader::read(*m_file, 0, &facts, nullptr));
    facts.info.jurisdiction = QStringLiteral("Québec");
    facts.info.name = QStringLiteral("Quebec — Government IT Strategy 2015-2018");
    facts.info.nameFr = QStringLiteral("Québec — Stratégie gouvernementale en TI 2015-2018");
    const auto administration = [&](const QString &language) {
        BriefingOptions options;
        options.language = language;
        const QString html = BriefingDocument(facts, {}, options).toHtml();
        const qsizetype at = html.indexOf(QStringLiteral("2015-2018"));
        return at < 0 ? QString() : html.mid(std::max<qsizetype>(0, at - 60), 70);
    };
    QVERIFY2(administration(QStringLiteral("en")).contains(QStringLiteral(">Quebec — Government IT Strategy 2015-2018")),
             qPrintable(administration(QStringLiteral("en"))));
    QVERIFY2(!administration(QStringLiteral("en")).contains(QStringLiteral("Québec — Quebec")),
             qPrintable(administration(QStringLiteral("en"))));
    QVERIFY(administration(QStringLiteral("fr")).contains(QStringLiteral(">Québec — Stratégie gouvernementale en TI 2015-2018")));
    // The jurisdiction typed in French is named in English on the English briefing.
    facts.info.name = QStringLiteral("Government IT Strategy 2015-2018");
    QVERIFY2(administration(QStringLiteral("en")).contains(QStringLiteral(">Quebec — Government IT Strategy 2015-2018")),
             qPrintable(administration(QStringLiteral("en"))));
}

// A classification banner typed in one language is printed in the briefing's, when it is a Government of
// Canada marking; anything else, or a banner already in both languages, as typed.
void TestBriefingDocument::markingsInTheDocumentsLanguage()
{
    BriefingFacts facts;
    QVERIFY(BriefingFactsReader::read(*m_file, 0, &facts, nullptr));
    const auto banner = [&](const QString &typed, const QString &language) {
        facts.info.classification = typed;
        BriefingOptions options;
        options.language = language;
        return BriefingDocument(facts, {}, options).classification();
    };
    QCOMPARE(banner(QStringLiteral("NON CLASSIFIÉ"), QStringLiteral("en")), QStringLiteral("UNCLASSIFIED"));
    QCOMPARE(banner(QStringLiteral("NON CLASSIFIÉ"), QStringLiteral("fr")), QStringLiteral("NON CLASSIFIÉ"));
    QCOMPARE(banner(QStringLiteral("Protected B"), QStringLiteral("fr")), QStringLiteral("Protégé B"));
    QCOMPARE(banner(QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ"), QStringLiteral("fr")), QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ"));
    QCOMPARE(banner(QStringLiteral("Cabinet confidence"), QStringLiteral("fr")), QStringLiteral("Cabinet confidence"));
    QCOMPARE(banner(QString(), QStringLiteral("fr")), QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ"));
    // In the PDF too, top and bottom of the page.
    facts.info.classification = QStringLiteral("PROTÉGÉ A");
    BriefingOptions options;
    options.language = QStringLiteral("en");
    const QString pdf = path(QStringLiteral("marking.pdf"));
    QString error;
    QVERIFY2(BriefingDocument(facts, {}, options).writePdf(pdf, &error), qPrintable(error));
    const QString text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    if (text.isEmpty())
        QSKIP("pdftotext is not available");
    QVERIFY2(text.count(QStringLiteral("PROTECTED A")) >= 2, qPrintable(text.left(400)));
    QVERIFY(!text.contains(QStringLiteral("PROTÉGÉ")));
}

void TestBriefingDocument::darkDesktopLeavesThePageBlackOnWhite()
{
    // The PDF, the print and its preview are drawn by one painter. Under a dark desktop its text took the
    // desktop's colour: white on the white page, and on the light headings of the tables.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(), "pdftoppm (poppler-utils) is needed");
    const QString light = path(QStringLiteral("light.pdf")), dark = path(QStringLiteral("dark.pdf"));
    QVERIFY(make(QStringLiteral("en"))->write(light, nullptr));
    {
        VigieTest::DarkDesktop desktop;
        QVERIFY(make(QStringLiteral("en"))->write(dark, nullptr));
    }
    const auto pages = [this](const QString &pdf, const QString &prefix) {
        QProcess::execute(QStringLiteral("pdftoppm"), { QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                                        QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                        QStringLiteral("2"), pdf, path(prefix) });
        return QList<QImage> { QImage(path(prefix + QStringLiteral("-1.png"))), QImage(path(prefix + QStringLiteral("-2.png"))) };
    };
    const QList<QImage> a = pages(light, QStringLiteral("light")), b = pages(dark, QStringLiteral("dark"));
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(!a.at(i).isNull() && !b.at(i).isNull(), qPrintable(QStringLiteral("page %1 not rendered").arg(i + 1)));
        QVERIFY2(VigieTest::inkOf(a.at(i)).ink > 0.002, "the light page has text");
        QVERIFY2(a.at(i) == b.at(i), qPrintable(QStringLiteral("page %1 differs under a dark desktop (ink %2 against %3)")
                                                    .arg(i + 1).arg(VigieTest::inkOf(b.at(i)).ink).arg(VigieTest::inkOf(a.at(i)).ink)));
    }
}

QTEST_MAIN(TestBriefingDocument)
#include "tst_briefingdocument.moc"
