#include "analysis/briefingfacts.h"
#include "analysis/briefingitems.h"
#include "storage/portfoliofile.h"

#include "briefingfixture.h"
#include "testutil.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

// `vigie briefing FILE -o OUT`: headless PDF, ODT and HTML, languages, periods, paper, read-only use.
class TestCliBriefing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfDraftedInMemory();
    void frenchPdf();
    void htmlAndOdt();
    void periodOption();
    void a4Paper();
    void storedItemsWin();
    void usageErrors();
    void quebecSample();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString pdfText(const QString &pdf);
    QTemporaryDir m_dir;
    QString m_file;
};

void TestCliBriefing::initTestCase()
{
    // VIGIE_KEEP_OUTPUT=1 keeps the documents, to look at them.
    if (qEnvironmentVariableIsSet("VIGIE_KEEP_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo("output in %s", qPrintable(m_dir.path()));
    }
    m_file = path(QStringLiteral("b.vigie"));
    QVERIFY(VigieTest::makeBriefingPortfolio(m_file));
}

QString TestCliBriefing::pdfText(const QString &pdf)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return QString();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestCliBriefing::pdfDraftedInMemory()
{
    const QByteArray before = VigieTest::fileHash(m_file);
    const QString out = path(QStringLiteral("b.pdf"));
    const auto r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), out,
                                         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--date"),
                                         QStringLiteral("2016-09-15") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("drafted")), qPrintable(r.out));
    QCOMPARE(VigieTest::fileHash(m_file), before); // opened read-only, nothing stored
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    const QString text = pdfText(out);
    if (text.isEmpty())
        QSKIP("pdftotext is not available");
    for (const char *s : { "1. Accomplishments", "2. Priorities", "3. Issues and needs", "4. Topics for council",
                           "Of the 6 measures to be taken by March 31, 2018", "UNCLASSIFIED / NON CLASSIFIÉ",
                           "Benoit Boivin", "September 15, 2016", "$17.50M", "Page 1 of", "Portrait of 4 active projects" })
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
}

void TestCliBriefing::frenchPdf()
{
    const QString out = path(QStringLiteral("b-fr.pdf"));
    const auto r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), out,
                                         QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The PDF's text layer writes no-break spaces as plain ones.
    const QString text = pdfText(out);
    if (text.isEmpty())
        QSKIP("pdftotext is not available");
    for (const char *s : { "1. Réalisations", "2. Priorités", "3. Enjeux et besoins", "4. Sujets pour le Conseil",
                           "Des 6 mesures à réaliser d'ici le 31 mars 2018", "17,50 M$", "Page 1 de", "août 2016" })
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    QVERIFY(!text.contains(QStringLiteral("Accomplishments")));
}

void TestCliBriefing::htmlAndOdt()
{
    const QString html = path(QStringLiteral("b.html"));
    auto r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), html, QStringLiteral("--lang"),
                                   QStringLiteral("en") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(h.readAll());
    QVERIFY(text.contains(QStringLiteral("3. Issues and needs")));
    QVERIFY(text.count(QStringLiteral("data:image/png;base64,")) >= 2);

    const QString odt = path(QStringLiteral("b.odt"));
    r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), odt, QStringLiteral("--lang"),
                              QStringLiteral("fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile o(odt);
    QVERIFY(o.open(QIODevice::ReadOnly));
    QVERIFY(o.read(2) == "PK");
}

void TestCliBriefing::periodOption()
{
    const QString html = path(QStringLiteral("march.html"));
    auto r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), html, QStringLiteral("--period"),
                                   QStringLiteral("march 2016"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(h.readAll());
    QVERIFY(text.contains(QStringLiteral("March 2016 (as of March 31, 2016)")));
    QVERIFY(text.contains(QStringLiteral("Portrait of 5 active projects")));

    r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), html, QStringLiteral("--period"),
                              QStringLiteral("May 1999") });
    QCOMPARE(r.exitCode, 6); // what the command names does not exist, as in movers
    QVERIFY2(r.err.contains(QStringLiteral("March 2016, August 2016")), qPrintable(r.err));
    r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), html, QStringLiteral("--period"),
                              QStringLiteral("mai 1999"), QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QString::fromUtf8("mars 2016, août 2016")), qPrintable(r.err));
}

void TestCliBriefing::a4Paper()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo is not available");
    auto sizeOf = [&](const QString &paper) {
        const QString out = path(paper + QStringLiteral(".pdf"));
        const auto r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), out,
                                             QStringLiteral("--paper"), paper });
        if (r.exitCode != 0)
            return QString();
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), { out });
        p.waitForFinished(60000);
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        const int at = info.indexOf(QStringLiteral("Page size:"));
        return at < 0 ? QString() : info.mid(at, info.indexOf(QLatin1Char('\n'), at) - at);
    };
    QVERIFY2(sizeOf(QStringLiteral("a4")).contains(QStringLiteral("A4")), qPrintable(sizeOf(QStringLiteral("a4"))));
    QVERIFY2(sizeOf(QStringLiteral("letter")).contains(QStringLiteral("letter")), qPrintable(sizeOf(QStringLiteral("letter"))));
}

void TestCliBriefing::storedItemsWin()
{
    const QString copy = path(QStringLiteral("stored.vigie"));
    QVERIFY(QFile::copy(m_file, copy));
    {
        FileError error;
        auto file = PortfolioFile::open(copy, PortfolioFile::Access::ReadWrite, &error);
        QVERIFY(file);
        const auto period = BriefingFactsReader::periodByLabel(*file, QStringLiteral("August 2016"));
        QVERIFY(period);
        BriefingItem b;
        b.periodId = period->id;
        b.section = BriefingSection::CouncilTopics;
        b.position = 10;
        b.text = { QStringLiteral("Open data and identity management"), QString::fromUtf8("Données ouvertes et gestion de l'identité") };
        b.origin = QStringLiteral("free");
        QVERIFY(!file->insertRow(Entity::BriefingItem, BriefingItems::rowValues(b)).isEmpty());
    }
    const QString html = path(QStringLiteral("stored.html"));
    const auto r = VigieTest::runVigie({ QStringLiteral("briefing"), copy, QStringLiteral("-o"), html, QStringLiteral("--lang"),
                                         QStringLiteral("fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("drafted")));
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(h.readAll());
    QVERIFY(text.contains(QString::fromUtf8("Données ouvertes et gestion de l&#x27;identité"))
            || text.contains(QString::fromUtf8("Données ouvertes et gestion de l'identité")));
    QVERIFY(!text.contains(QStringLiteral("Des 6 mesures"))); // only the stored item, no draft
}

void TestCliBriefing::usageErrors()
{
    auto r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), path(QStringLiteral("x.docx")) });
    QCOMPARE(r.exitCode, 2);
    r = VigieTest::runVigie({ QStringLiteral("briefing"), m_file, QStringLiteral("-o"), path(QStringLiteral("x.pdf")),
                              QStringLiteral("--paper"), QStringLiteral("legal") });
    QCOMPARE(r.exitCode, 2);
    r = VigieTest::runVigie({ QStringLiteral("briefing"), path(QStringLiteral("missing.vigie")), QStringLiteral("-o"),
                              path(QStringLiteral("x.pdf")) });
    QCOMPARE(r.exitCode, 3);
}

// The acceptance case: the Quebec sample's briefing in English and in French.
void TestCliBriefing::quebecSample()
{
    const QString q = path(QStringLiteral("q.vigie"));
    auto r = VigieTest::runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), q });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString en = path(QStringLiteral("q.pdf"));
    r = VigieTest::runVigie({ QStringLiteral("briefing"), q, QStringLiteral("-o"), en, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString fr = path(QStringLiteral("q-fr.pdf"));
    r = VigieTest::runVigie({ QStringLiteral("briefing"), q, QStringLiteral("-o"), fr, QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(en);
    if (text.isEmpty())
        QSKIP("pdftotext is not available");
    const QString flat = text.simplified();
    for (const char *s : { "Of the 36 measures to be taken by March 31, 2018: 11 have been completed; 21 are under way",
                           "Portrait of 197 active projects", "$415.56M", "94.4%", "96.98%", "$67.40M", "15.73%",
                           "Project health: cost indicator", "Project health: schedule indicator", "Page 2 of" })
        QVERIFY2(flat.contains(QString::fromUtf8(s)), s);
    const QString french = pdfText(fr).simplified();
    for (const char *s : { "1. Réalisations", "2. Priorités", "3. Enjeux et besoins", "4. Sujets pour le Conseil",
                           "Des 36 mesures à réaliser d'ici le 31 mars 2018 : 11 ont été réalisées; 21 sont en cours", // simplified(): a space
                           "415,56 M$", "94,4 %" })
        QVERIFY2(french.contains(QString::fromUtf8(s)), s);
}

QTEST_GUILESS_MAIN(TestCliBriefing)
#include "tst_cli_briefing.moc"
