// The window fits a 1280x800 screen in French and in English (the issue measured a minimum of 1346 px
// in French; English has its own long words, "Not declared (computed)"): no page asks for more, and at
// that size no button, check box, drop-down or one-line label on any page is cut or pushed out of the
// window, and the Projects table shows its indicator columns whole beside the project's details. No
// page makes the window taller than a 1366x768 laptop leaves it either. QT_SCALE_FACTOR=2 on a
// 2560x1600 screen gives the same logical size, so the same test covers it (ctest runs it a second
// time at scale 2).
#include "dialogs/dialogs.h"
#include "models/projectmodel.h"
#include "models/strategymodel.h"
#include "views/mainwindow.h"
#include "views/tablepage.h"

#include "i18n/language.h"
#include "uifixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {
// What a 1366x768 screen leaves a window's contents under a 32 px panel and a 36 px title bar.
constexpr int kLaptopHeight = 768 - 32 - 36;
// 1280x800 at 125 %.
constexpr int kScaledWidth = 1024;
} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesFit_data();
    void pagesFit();
    void firstRunFitsTheScreen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowfit"));
    QSettings().clear();
    Dialogs::setTestMode(true);
    Language::apply(QStringLiteral("fr"));
    m_path = m_dir.filePath(QStringLiteral("f.vigie"));
    QVERIFY(VigieTest::makePortfolio(m_path));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
}

void TestWindowFit::cleanupTestCase()
{
    m_window.reset();
    Language::apply(QStringLiteral("en"));
}

void TestWindowFit::pagesFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    for (const char *language : { "fr", "en" })
        for (const char *page : { "overview", "strategy", "projects", "workforce", "envelopes", "charts", "briefing" })
            QTest::addRow("%s/%s", language, page) << QString::fromLatin1(language) << QString::fromLatin1(page);
}

void TestWindowFit::pagesFit()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    if (Language::current() != language) {
        QVERIFY(Language::apply(language));
        QCoreApplication::processEvents();
    }
    m_window->showPage(page);
    if (page == QLatin1String("projects")) {
        // With a project's details open, as the issue saw it.
        TablePage *projects = m_window->tablePage(page);
        projects->select(m_window->projectModel()->index(0, 0));
    }
    m_window->resize(1280, 800);
    QCoreApplication::processEvents();
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 800,
             qPrintable(QStringLiteral("the window asks for %1x%2").arg(minimum.width()).arg(minimum.height())));
    // Nor taller than a 1366x768 laptop leaves a window once its panel and the title bar are drawn: about
    // 700 px. The side panels scroll instead. Nor wider than 1280x800 at 125 %, once every page before
    // this one has been shown with its data (a page shown once keeps counting toward the window's size).
    QVERIFY2(minimum.height() <= kLaptopHeight,
             qPrintable(QStringLiteral("the window asks for %1 px of height").arg(minimum.height())));
    QVERIFY2(minimum.width() <= kScaledWidth,
             qPrintable(QStringLiteral("the window asks for %1 px of width").arg(minimum.width())));
    qInfo("%s/%s: the window needs at least %dx%d", qPrintable(language), qPrintable(page), minimum.width(), minimum.height());
    QCOMPARE(m_window->size(), QSize(1280, 800));
    QWidget *shown = m_window->page(page);
    QVERIFY(shown && shown->isVisible());
    const QRect window = m_window->rect();
    QStringList problems;
    for (QWidget *w : shown->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() == 0)
            continue;
        // A drop-down showing its choice cut ("Valeurs a" for "Valeurs actuelles" on the Charts page).
        if (auto *box = qobject_cast<QComboBox *>(w); box && !box->isEditable()) {
            QStyleOptionComboBox option;
            option.initFrom(box);
            const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                             QStyle::SC_ComboBoxEditField, box);
            const int needed = box->fontMetrics().horizontalAdvance(box->currentText());
            if (needed > field.width())
                problems << QStringLiteral("choice cut (%1 < %2 px): %3").arg(field.width()).arg(needed)
                                .arg(box->currentText());
            continue;
        }
        const auto *label = qobject_cast<QLabel *>(w);
        const bool oneLine = label && !label->wordWrap() && label->pixmap().isNull() && !label->text().isEmpty();
        if (!oneLine && !qobject_cast<QPushButton *>(w) && !qobject_cast<QCheckBox *>(w))
            continue;
        const QRect inWindow(w->mapTo(m_window.get(), QPoint(0, 0)), w->size());
        const QString name = label ? label->text() : static_cast<QAbstractButton *>(w)->text();
        // Inside a scroll area a widget may be scrolled away; what counts is that it is not cut.
        bool scrolls = false;
        for (QWidget *p = w->parentWidget(); p && p != shown && !scrolls; p = p->parentWidget())
            scrolls = p->inherits("QScrollArea");
        if (!window.contains(inWindow) && !scrolls)
            problems << QStringLiteral("off the window: %1").arg(name);
        if (w->width() < w->minimumSizeHint().width())
            problems << QStringLiteral("cut (%1 < %2 px): %3").arg(w->width()).arg(w->minimumSizeHint().width()).arg(name);
    }
    // The Projects table's code, name and three indicators are in view beside the details (the Overall
    // chip was under the splitter, to be scrolled to); the Strategy tree's measure, owner, due date and
    // status (the due dates were cut to "2018-"). The columns after them may scroll.
    const int lastInView = page == QLatin1String("projects") ? int(ProjectModel::Overall)
        : page == QLatin1String("strategy")                  ? int(StrategyModel::Status)
                                                             : -1;
    if (lastInView >= 0) {
        TablePage *table = m_window->tablePage(page);
        QHeaderView *header = table->header();
        for (int column = 0; column <= lastInView; ++column) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            if (header->isSectionHidden(column) || right > table->view()->viewport()->width())
                problems << QStringLiteral("column %1 ends at %2 px, past the table's %3 px")
                                .arg(column).arg(right).arg(table->view()->viewport()->width());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The first run (no saved geometry) on a screen with less room than 1280x800 and a frame: the window
// does not open larger than the screen but maximized, for the window manager to fit. The test platform's
// screen is 800x600 (400x300 at scale 2).
void TestWindowFit::firstRunFitsTheScreen()
{
    QSettings().remove(QStringLiteral("window"));
    MainWindow window;
    QVERIFY(window.screen());
    const QRect room = window.screen()->availableGeometry();
    qInfo("screen room %dx%d, window %dx%d", room.width(), room.height(), window.width(), window.height());
    QVERIFY(window.width() <= room.width() && window.height() <= room.height());
    const bool small = room.width() < 1280 + 40 || room.height() < 800 + 80;
    QCOMPARE(window.windowState().testFlag(Qt::WindowMaximized), small);
    if (!small)
        QCOMPARE(window.size(), QSize(1280, 800));
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
