// The user guide: both languages have the same topics, every link inside a page leads somewhere, every
// main-window page has its topic, and the help window opens at a topic in the interface's language and
// follows a language switch without losing the topic being read.
#include "i18n/language.h"
#include "views/helpbrowser.h"
#include "views/mainwindow.h"

#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

#include "brokenwords.h"
#include "darkdesktop.h"
#include <QTextDocument>

using namespace Vigie;

namespace {
QString guide(const QString &language)
{
    QFile file(QStringLiteral(":/help/%1/index.html").arg(language));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> matches(const QString &html, const QString &pattern)
{
    QSet<QString> found;
    QRegularExpressionMatchIterator it = QRegularExpression(pattern).globalMatch(html);
    while (it.hasNext())
        found.insert(it.next().captured(1));
    return found;
}

QSet<QString> anchors(const QString &html) { return matches(html, QStringLiteral("<a id=\"([^\"]+)\" name=\"\\1\">")); }
QSet<QString> internalLinks(const QString &html) { return matches(html, QStringLiteral("href=\"#([^\"]+)\"")); }
QSet<QString> sectionAnchors(const QString &html) { return matches(html, QStringLiteral("<h2><a id=\"([^\"]+)\"")); }
} // namespace

class TestHelpBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bothLanguagesHaveTheSameTopics_data();
    void bothLanguagesHaveTheSameTopics();
    void everyPageHasItsTopic();
    void opensAtTopicInInterfaceLanguage();
    void languageSwitchKeepsTopic();
    void oneWindowForTheApplication();
    void unknownTopicShowsContents();
    void fitsItsWidth_data();
    void fitsItsWidth();
    void narrowBreaksNoWord_data();
    void narrowBreaksNoWord();
    void darkDesktopReadsDarkOnWhite();
};

void TestHelpBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpbrowser"));
    QSettings().clear();
}

void TestHelpBrowser::init()
{
    // Any warning fails, but the offscreen platform's notes on window management it does not do.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
    Language::apply(QStringLiteral("en"));
}

void TestHelpBrowser::cleanup()
{
    Language::apply(QStringLiteral("en"));
}

void TestHelpBrowser::bothLanguagesHaveTheSameTopics_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestHelpBrowser::bothLanguagesHaveTheSameTopics()
{
    QFETCH(QString, language);
    const QString html = guide(language);
    QVERIFY2(html.size() > 5000, qPrintable(language));
    const QSet<QString> here = anchors(html);
    // The same anchors in both languages: F1 on a page opens the same topic whatever the language.
    QCOMPARE(here, anchors(guide(language == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr"))));
    for (const QString &topic : HelpBrowser::topics())
        QVERIFY2(here.contains(topic), qPrintable(language + QStringLiteral(": no anchor for topic ") + topic));
    for (const QString &link : internalLinks(html))
        QVERIFY2(here.contains(link), qPrintable(language + QStringLiteral(": link to a missing anchor #") + link));
    // The table of contents leads to every section.
    QSet<QString> sections = sectionAnchors(html);
    sections.remove(QStringLiteral("contents"));
    QVERIFY(sections.size() >= 10);
    const QSet<QString> links = internalLinks(html);
    for (const QString &section : std::as_const(sections))
        QVERIFY2(links.contains(section), qPrintable(language + QStringLiteral(": no contents entry for #") + section));
    // The link to the other language's guide resolves to an embedded page.
    const QString other = language == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr");
    const QUrl target = HelpBrowser::guideUrl(language).resolved(QUrl(QStringLiteral("../%1/index.html").arg(other)));
    QCOMPARE(target, HelpBrowser::guideUrl(other));
    QVERIFY(html.contains(QStringLiteral("href=\"../%1/index.html\"").arg(other)));
}

void TestHelpBrowser::everyPageHasItsTopic()
{
    // Every page of the main window's navigation, as the main window lists it, has its own section.
    MainWindow window;
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QVERIFY(navigation->count() >= 7);
    for (int i = 0; i < navigation->count(); ++i) {
        const QString page = navigation->item(i)->data(Qt::UserRole).toString();
        QVERIFY(!page.isEmpty());
        QCOMPARE(HelpBrowser::topicForPage(page), page);
    }
    QCOMPARE(HelpBrowser::topicForPage(QStringLiteral("no-such-page")), QStringLiteral("pages"));
}

void TestHelpBrowser::opensAtTopicInInterfaceLanguage()
{
    HelpBrowser help;
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    QVERIFY(help.openTopic(QStringLiteral("shortcuts")));
    QCOMPARE(help.browser()->source(), QUrl(QStringLiteral("qrc:/help/en/index.html#shortcuts")));
    QCOMPARE(help.topic(), QStringLiteral("shortcuts"));
    QCOMPARE(help.language(), QStringLiteral("en"));
    QCOMPARE(help.browser()->documentTitle(), QStringLiteral("Vigie — User guide"));
    QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("Keyboard shortcuts")));
    // The last section is far down the page: the view scrolled to it.
    QScrollBar *scroll = help.browser()->verticalScrollBar();
    QVERIFY(scroll->value() > scroll->maximum() / 2);

    // Asked for the same topic again after scrolling away, it comes back into view.
    scroll->setValue(0);
    QVERIFY(help.openTopic(QStringLiteral("shortcuts")));
    QVERIFY(scroll->value() > scroll->maximum() / 2);
    QVERIFY(help.openTopic(QStringLiteral("contents")));
    QVERIFY(scroll->value() < scroll->maximum() / 2);
}

void TestHelpBrowser::languageSwitchKeepsTopic()
{
    HelpBrowser help;
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    QVERIFY(help.openTopic(QStringLiteral("health-rule")));
    QCOMPARE(help.windowTitle(), QStringLiteral("Vigie Help"));

    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // as the event loop would
    QCOMPARE(help.language(), QStringLiteral("fr"));
    QCOMPARE(help.browser()->source(), QUrl(QStringLiteral("qrc:/help/fr/index.html#health-rule")));
    QCOMPARE(help.browser()->documentTitle(), QStringLiteral("Vigie — Guide de l'utilisateur"));
    QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("La règle d'état de santé")));
    QCOMPARE(help.windowTitle(), QStringLiteral("Aide de Vigie"));
    QVERIFY(!help.browser()->isBackwardAvailable()); // no way back into the English page

    QVERIFY(Language::apply(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(help.browser()->source(), QUrl(QStringLiteral("qrc:/help/en/index.html#health-rule")));
}

void TestHelpBrowser::oneWindowForTheApplication()
{
    QWidget owner;
    HelpBrowser *first = HelpBrowser::showTopic(QStringLiteral("charts"), &owner);
    QVERIFY(first);
    QVERIFY(first->isVisible());
    QCOMPARE(first->parentWidget(), &owner);
    QCOMPARE(first->topic(), QStringLiteral("charts"));
    HelpBrowser *second = HelpBrowser::showTopic(QStringLiteral("briefing"), &owner);
    QCOMPARE(second, first);
    QCOMPARE(second->topic(), QStringLiteral("briefing"));
    QVERIFY(!second->isModal());
    QCOMPARE(HelpBrowser::showTopic(QString(), &owner)->topic(), QStringLiteral("contents"));
}

void TestHelpBrowser::unknownTopicShowsContents()
{
    HelpBrowser help;
    QVERIFY(help.openTopic(QStringLiteral("import-export")));
    QVERIFY(!help.openTopic(QStringLiteral("no-such-topic")));
    QCOMPARE(help.topic(), QStringLiteral("contents"));
}

// The guide's example mapping was one line wider than the window, which gave the whole guide a
// horizontal scroll bar. At the window's own size, in both languages, nothing is wider than the page.
void TestHelpBrowser::fitsItsWidth_data()
{
    bothLanguagesHaveTheSameTopics_data();
}

void TestHelpBrowser::fitsItsWidth()
{
    QFETCH(QString, language);
    Language::apply(language);
    HelpBrowser help;
    help.show();
    QVERIFY(help.openTopic(QStringLiteral("import-export")));
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    QTextBrowser *browser = help.browser();
    QTRY_VERIFY(browser->document()->size().height() > browser->viewport()->height());
    QCOMPARE(browser->horizontalScrollBar()->maximum(), 0);
    QVERIFY(!browser->horizontalScrollBar()->isVisible());
}

void TestHelpBrowser::narrowBreaksNoWord_data()
{
    bothLanguagesHaveTheSameTopics_data();
}

// On a 1280x800 screen at 200 % the guide gets some 600 px: its tables keep every word whole, or break
// one where a soft hyphen allows it (« Approvisionnem|ent » was cut anywhere), and the guide fits: nothing
// scrolls sideways.
void TestHelpBrowser::narrowBreaksNoWord()
{
    QFETCH(QString, language);
    Language::apply(language);
    HelpBrowser help;
    help.resize(600, 370);
    help.show();
    QVERIFY(help.openTopic(QStringLiteral("import-export")));
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    const QStringList broken = VigieTest::brokenWords(help.browser()->document());
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
    QCOMPARE(help.browser()->horizontalScrollBar()->maximum(), 0);
}

void TestHelpBrowser::darkDesktopReadsDarkOnWhite()
{
    // The guide is written dark on white (its body is #1a1a1a). Under a dark desktop it was shown on the
    // desktop's dark base: near-black text on dark grey, unreadable.
    VigieTest::DarkDesktop dark;
    HelpBrowser help;
    help.resize(700, 500);
    help.show();
    QVERIFY(help.openTopic(QStringLiteral("overview")));
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    const VigieTest::Ink ink = VigieTest::inkOf(help.browser()->viewport()->grab().toImage());
    QVERIFY2(ink.paper > 0.6 && ink.ink > 0.005, qPrintable(QStringLiteral("paper %1, ink %2").arg(ink.paper).arg(ink.ink)));
    // The buttons around it keep the desktop's colours.
    QCOMPARE(help.palette().color(QPalette::Window), VigieTest::darkPalette().color(QPalette::Window));
}

QTEST_MAIN(TestHelpBrowser)
#include "tst_helpbrowser.moc"
