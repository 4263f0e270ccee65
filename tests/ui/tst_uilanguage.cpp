// Switching the language at run time retranslates menus, page titles and model headers, without
// restarting: a translator that prefixes every Vigie string with "X:" must reach every visible string.
#include "models/projectmodel.h"
#include "views/mainwindow.h"
#include "views/tablepage.h"

#include "i18n/language.h"
#include "uifixture.h"

#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QAbstractItemView>

using namespace Vigie;

namespace {
class XTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QByteArray(context).startsWith("Vigie::") && *source ? QStringLiteral("X:") + QString::fromUtf8(source)
                                                                 : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestUiLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void translatorReachesEverything();
    void languageMenuSwitchesAndRemembers();
    void languageMenuShowsTheSessionLanguage();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestUiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_uilanguage"));
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    m_path = m_dir.filePath(QStringLiteral("l.vigie"));
    QVERIFY(VigieTest::makePortfolio(m_path));
}

void TestUiLanguage::translatorReachesEverything()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QTRY_VERIFY(!window.projectModel()->isLoading());
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
    QAbstractItemView *view = window.tablePage(QStringLiteral("projects"))->view();
    QCOMPARE(view->model()->headerData(ProjectModel::Budget, Qt::Horizontal).toString(), QStringLiteral("Authorized budget"));
    QSignalSpy headers(window.projectModel(), &QAbstractItemModel::headerDataChanged);

    XTranslator x;
    QCoreApplication::installTranslator(&x);
    QCoreApplication::processEvents(); // LanguageChange is delivered through the event loop
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("X:&File"));
    QCOMPARE(view->model()->headerData(ProjectModel::Budget, Qt::Horizontal).toString(), QStringLiteral("X:Authorized budget"));
    QVERIFY(!headers.isEmpty());
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->item(2)->text(), QStringLiteral("X:Projects"));

    QCoreApplication::removeTranslator(&x);
    QCoreApplication::processEvents();
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
    QCOMPARE(nav->item(2)->text(), QStringLiteral("Projects"));
}

void TestUiLanguage::languageMenuSwitchesAndRemembers()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    auto *french = window.findChild<QAction *>(QStringLiteral("actionLanguageFr"));
    QVERIFY(french);
    french->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(Language::current(), QStringLiteral("fr"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(QLocale().language(), QLocale::French);
    // Money follows the locale at once: "1,00 M$".
    ProjectModel *projects = window.projectModel();
    int row = -1; // SCT-01, whose budget is $1M
    for (int r = 0; r < projects->rowCount(); ++r)
        if (projects->index(r, ProjectModel::Code).data().toString() == QLatin1String("SCT-01"))
            row = r;
    const QModelIndex budget = projects->index(row, ProjectModel::Budget);
    QCOMPARE(budget.data().toString(), QStringLiteral("1,00\u00a0M$"));
    Language::apply(QStringLiteral("en"));
}

// vigie-desktop --lang fr runs this session in French without changing the remembered choice: the
// Language menu shows French checked, not "Follow the System" or English.
void TestUiLanguage::languageMenuShowsTheSessionLanguage()
{
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    QVERIFY(Language::apply(QStringLiteral("fr")));
    {
        MainWindow window;
        auto *fr = window.findChild<QAction *>(QStringLiteral("actionLanguageFr"));
        auto *en = window.findChild<QAction *>(QStringLiteral("actionLanguageEn"));
        QVERIFY(fr && en);
        QVERIFY(fr->isChecked());
        QVERIFY(!en->isChecked());
    }
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    {
        MainWindow window; // the remembered choice in effect: it is the one checked
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionLanguageEn"))->isChecked());
    }
}

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
