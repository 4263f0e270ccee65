// The real French catalogue, switched at run time: menus, view headers, the navigation and a chart
// title come out in French, money in fr_CA, and everything goes back to English.
#include "charts/chartspanel.h"
#include "document/document.h"
#include "charts/chartview.h"
#include "models/projectmodel.h"
#include "views/mainwindow.h"
#include "views/tablepage.h"

#include "i18n/language.h"
#include "sample/quebecsample.h"

#include <QAbstractFileIconProvider>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QAbstractItemView>

using namespace Vigie;

class TestFrenchUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void switchesToFrenchAndBack();
    void chartTitleIsFrench();
    void fileDialogTypesAreFrench();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestFrenchUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_frenchui"));
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    m_path = m_dir.filePath(QStringLiteral("q.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(m_path, &error), qPrintable(error));
}

void TestFrenchUi::switchesToFrenchAndBack()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QTRY_VERIFY(!window.projectModel()->isLoading());
    QAbstractItemView *view = window.tablePage(QStringLiteral("projects"))->view();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);

    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&Fichier"));
    QCOMPARE(view->model()->headerData(ProjectModel::Budget, Qt::Horizontal).toString(), QStringLiteral("Budget autorisé"));
    QCOMPARE(nav->item(2)->text(), QStringLiteral("Projets"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u00a0234,5"));

    QVERIFY(Language::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
    QCOMPARE(nav->item(2)->text(), QStringLiteral("Projects"));
}

void TestFrenchUi::chartTitleIsFrench()
{
    FileError error;
    auto doc = Document::open(m_path, &error);
    QVERIFY2(doc, qPrintable(error.message));
    ChartsPanel panel;
    panel.setDocument(doc.get());
    panel.setCurrentChart(QStringLiteral("project-health-cost"));
    QCOMPARE(panel.view()->data().title, QStringLiteral("Project health: cost indicator"));
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    QCOMPARE(panel.view()->data().title, QStringLiteral("État de santé des projets\u00a0: indicateur de coût"));
    QVERIFY(panel.view()->data().subtitle.contains(QStringLiteral("428,49\u00a0M$")));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(panel.view()->data().title, QStringLiteral("Project health: cost indicator"));
}

// The file dialog's Type column: Qt's French catalogue has no "Folder"; Vigie's carries it.
void TestFrenchUi::fileDialogTypesAreFrench()
{
    const QAbstractFileIconProvider provider;
    const QFileInfo folder(m_dir.path());
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCOMPARE(provider.type(folder), QStringLiteral("Dossier"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCOMPARE(provider.type(folder), QStringLiteral("Folder"));
}

QTEST_MAIN(TestFrenchUi)
#include "tst_frenchui.moc"

