// Switching the language at run time retranslates menus, page titles and model headers, without
// restarting: a translator that prefixes every Vigie string with "X:" must reach every visible string.
#include "commands/editor.h"
#include "document/document.h"
#include "models/projectmodel.h"
#include "views/mainwindow.h"
#include "views/tablepage.h"

#include "i18n/language.h"
#include "storage/sqlaccess.h"
#include "uifixture.h"

#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
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
    void undoTextsFollowTheLanguage();
    void theJournalNamesEachStepInBothLanguages();

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

// The steps on the undo stack are named in the language the window speaks: made in English, they read in
// French after a switch to French (the Edit menu's Undo and Redo, and every step on the stack), and in
// English again after switching back. The item keeps the code it had when the step was made.
void TestUiLanguage::undoTextsFollowTheLanguage()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QTRY_VERIFY(!window.projectModel()->isLoading());
    ProjectModel *projects = window.projectModel();
    int row = -1;
    for (int r = 0; r < projects->rowCount(); ++r)
        if (projects->index(r, ProjectModel::Code).data().toString() == QLatin1String("SCT-01"))
            row = r;
    QVERIFY(row >= 0);
    const QString uuid = projects->project(row)->uuid;
    QVERIFY(!uuid.isEmpty());
    // Three steps made in English, through the model (the table's edit) and the editor's structure edits.
    QVERIFY(projects->setData(projects->index(row, ProjectModel::ForecastCost), 1.25e6, Qt::EditRole));
    Editor *editor = window.document()->editor();
    QVERIFY(editor->setProjectState(uuid, ProjectState::Completed));
    QVERIFY(editor->editItem(Entity::Project, uuid, { { Field::Code, QStringLiteral("SCT-99") } }));
    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->text(0), QStringLiteral("Change Forecast cost of Project SCT-01"));
    QCOMPARE(stack->text(1), QStringLiteral("Set State of Project SCT-01 to Completed"));
    QCOMPARE(stack->text(2), QStringLiteral("Edit Project SCT-01"));
    stack->undo(); // the code edit, now on the redo side
    auto undo = [&] { return window.findChild<QAction *>(QStringLiteral("actionUndo"))->text(); };
    auto redo = [&] { return window.findChild<QAction *>(QStringLiteral("actionRedo"))->text(); };
    QCOMPARE(undo(), QStringLiteral("&Undo Set State of Project SCT-01 to Completed"));
    QCOMPARE(redo(), QStringLiteral("&Redo Edit Project SCT-01"));

    window.findChild<QAction *>(QStringLiteral("actionLanguageFr"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(Language::current(), QStringLiteral("fr"));
    QCOMPARE(stack->text(0), QStringLiteral("Modifier «\u00a0Coût prévu\u00a0» — Projet SCT-01"));
    // The verb of the menu, then the step after a colon (« Annuler : Modifier le projet… », not « Annuler
    // Modifier… »), each kind of item with its article.
    QCOMPARE(undo(), QStringLiteral("&Annuler\u00a0: Changer l'état du projet SCT-01 pour «\u00a0Terminé\u00a0»"));
    QCOMPARE(redo(), QStringLiteral("&Rétablir\u00a0: Modifier le projet SCT-01"));
    // A step made in French is named in French, and the stack still undoes and redoes.
    stack->redo();
    QCOMPARE(undo(), QStringLiteral("&Annuler\u00a0: Modifier le projet SCT-01"));

    window.findChild<QAction *>(QStringLiteral("actionLanguageEn"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(undo(), QStringLiteral("&Undo Edit Project SCT-01"));
    QCOMPARE(stack->text(0), QStringLiteral("Change Forecast cost of Project SCT-01"));
    QCOMPARE(stack->text(1), QStringLiteral("Set State of Project SCT-01 to Completed"));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

// A French desk's steps are kept in the journal in both languages (what a merge report or a conflict
// shows a reader of the other language), made from the same undo texts; naming them in English neither
// switches the window's language nor sends it a LanguageChange.
void TestUiLanguage::theJournalNamesEachStepInBothLanguages()
{
    const QString path = m_dir.filePath(QStringLiteral("desk.vigie"));
    VigieTest::Fixture fixture;
    QVERIFY(VigieTest::makePortfolio(path, &fixture));
    QVERIFY(Language::apply(QStringLiteral("fr")));
    MainWindow window;
    QVERIFY(window.openFile(path));
    QTRY_VERIFY(!window.projectModel()->isLoading());
    struct LanguageChanges : QObject
    {
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::LanguageChange;
            return false;
        }
    } changes;
    window.installEventFilter(&changes);
    ProjectModel *projects = window.projectModel();
    int row = -1;
    for (int r = 0; r < projects->rowCount(); ++r)
        if (projects->project(r)->uuid == fixture.project1)
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(projects->setData(projects->index(row, ProjectModel::ForecastCost), 1.25e6, Qt::EditRole)); // the table's edit
    Editor *editor = window.document()->editor();
    QVERIFY(editor->setProjectState(fixture.project1, ProjectState::Completed));
    // A step given a fixed text (a script's words) keeps that one text: nobody knows its language.
    QVERIFY(editor->deleteRows(Entity::Envelope, { fixture.envelope }, QStringLiteral("Retrait de l'enveloppe")));
    QVERIFY(editor->freezePeriod(QStringLiteral("September 2016"), QDate(2016, 9, 30), QStringLiteral("septembre 2016")));
    QCOMPARE(changes.count, 0);
    QCOMPARE(Language::current(), QStringLiteral("fr"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(window.document()->undoStack()->text(1), QStringLiteral("Changer l'état du projet SCT-01 pour «\u00a0Terminé\u00a0»"));
    QSqlQuery q(sqlDatabase(*window.document()->file()));
    QVERIFY(q.exec(QStringLiteral("SELECT label, label_fr FROM changeset ORDER BY id DESC LIMIT 4")));
    QStringList labels;
    while (q.next())
        labels << q.value(0).toString() + QStringLiteral(" | ") + q.value(1).toString();
    QCOMPARE(labels, QStringList({
        QStringLiteral("Freeze Reporting Period \"September 2016\" | Figer la période de référence «\u00a0septembre 2016\u00a0»"),
        QStringLiteral("Retrait de l'enveloppe | "),
        QStringLiteral("Set State of Project SCT-01 to Completed | Changer l'état du projet SCT-01 pour «\u00a0Terminé\u00a0»"),
        QStringLiteral("Change Forecast cost of Project SCT-01 | Modifier «\u00a0Coût prévu\u00a0» — Projet SCT-01"),
    }));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
