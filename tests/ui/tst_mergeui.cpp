// Copies in the desktop application: a merge is one command on the document's stack, undone and redone
// against the file on disk; the conflict review decides one by one or all at once; File → Send Copy,
// Merge Copies and the merge report (Compare: tst_compareui), driven through the window's actions with the dialog hook.
#include "commands/editor.h"
#include "dialogs/conflicttable.h"
#include "dialogs/dialogs.h"
#include "dialogs/mergedialog.h"
#include "dialogs/sendcopydialog.h"
#include "document/document.h"
#include "merge/copyorigin.h"
#include "storage/edits.h"
#include "storage/fields.h"
#include "storage/repository.h"
#include "report/briefingview.h"
#include "report/mergereportdialog.h"
#include "analysis/briefingitems.h"
#include "charts/chartspanel.h"
#include "views/copyactions.h"
#include "views/measuredetail.h"
#include "views/projectactions.h"
#include "views/projectdetail.h"
#include "views/strategyactions.h"
#include "views/tablepage.h"
#include "models/filterproxy.h"
#include "models/modelroles.h"
#include "models/projectmodel.h"
#include "models/strategymodel.h"
#include "views/mainwindow.h"

#include "i18n/language.h"
#include "brokenwords.h"
#include "darkdesktop.h"
#include "uifixture.h"
#include "windowsettle.h"

#include <QAbstractItemView>
#include <QLayout>
#include <QHeaderView>
#include <QTextDocument>
#include <QScrollBar>
#include <QAbstractTextDocumentLayout>
#include <QTextLayout>
#include <QTextBlock>
#include <QTextBrowser>
#include <QAction>
#include <QSortFilterProxyModel>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTreeWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;
using namespace VigieTest;

class TestMergeUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void mergeIsOneUndoableEdit();
    void reviewDecidesConflicts();
    void reviewShowsConfirmations();
    void reviewDecidesAStatusUpdateWhole();
    void reviewShowsTwoItemsWithOneCode();
    void reviewNamesThePortfolioInTheLanguage();
    void mergeFromTheWindow();
    void sendCopyFromTheWindow();
    void sendCopyDialogFitsItsText();
    void reportExports();
    void reportBreaksNoWordOnANarrowScreen();
    void reportIsPaperUnderADarkDesktop();
    void aLimitedCopySaysWhatIsReadOnly();
    void aLimitedCopysBriefingMenuCannotDraft();

private:
    QString path(const QString &name) const { return m_files.path(name); }
    // Every table but the journal, in key order: the file as any reader sees it.
    QStringList dump() const;
    // A copy for MTESS with one change the master also made differently (a conflict) and one it did not.
    void prepareConflict();
    // prepareConflict(), then the copy merged into the master opened as `master`, conflicts decided by `prefer`.
    EditResult mergeTheConflict(MergeChoice prefer, std::unique_ptr<PortfolioFile> *master);
    // `dialog` at `size`, shown: its report's view, or nullptr.
    static QTextBrowser *showReport(MergeReportDialog &dialog, const QSize &size);

    VigieTest::MasterAndCopy m_files;
    QString m_p0, m_p1;
};

void TestMergeUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mergeui"));
}

void TestMergeUi::init()
{
    QVERIFY(m_files.renew());
    m_p0 = QStringLiteral("MTESS-2013-001");
    m_p1 = QStringLiteral("MTESS-2014-001");
    auto f = openFile(m_files.master, QStringLiteral("reader"));
    QVERIFY(!project(*f, m_p0).isEmpty());
    QVERIFY(!project(*f, m_p1).isEmpty());
}

QStringList TestMergeUi::dump() const
{
    FileError error;
    auto file = PortfolioFile::open(m_files.master, PortfolioFile::Access::ReadOnly, &error);
    if (!file)
        return { error.message };
    QStringList rows;
    QSqlQuery tables(sqlDatabase(*file));
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('change_journal', "
                               "'changeset') ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(sqlDatabase(*file));
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (q.next()) {
            QStringList values { table };
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

void TestMergeUi::prepareConflict()
{
    QVERIFY(VigieTest::prepareConflict(m_files.master, m_files.copy, m_p0, m_p1));
}

void TestMergeUi::mergeIsOneUndoableEdit()
{
    prepareConflict();
    FileError error;
    auto doc = Document::open(m_files.master, &error);
    QVERIFY2(doc, qPrintable(error.message));
    Editor *editor = doc->editor();
    const QStringList before = dump();

    MergePlan plan;
    QVERIFY(editor->planMerge({ m_files.copy }, {}, &plan, nullptr));
    QCOMPARE(plan.conflicts(), 1);
    QVERIFY(!editor->mergeCopies({ m_files.copy }, {}, Merger::undoText(plan.sources), &plan)); // undecided: refused
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(dump(), before);

    MergeOptions options;
    options.prefer = MergeChoice::Theirs;
    QVERIFY(editor->mergeCopies({ m_files.copy }, options, Merger::undoText(plan.sources), &plan));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Merge Copy from MTESS"));
    const QStringList after = dump();
    QVERIFY(after != before);
    QCOMPARE(doc->file()->value(Entity::Project, project(*doc->file(), m_p0), Field::ForecastCost).toDouble(), 4.2e6);
    // Undo puts back every row of every table, the merge's own records included; redo makes it again.
    doc->undoStack()->undo();
    QCOMPARE(dump(), before);
    doc->undoStack()->redo();
    QCOMPARE(dump(), after);
    doc->undoStack()->undo();
    QCOMPARE(dump(), before);
    // Undone, the copy can be merged again: nothing of it is recorded as merged.
    QVERIFY(editor->planMerge({ m_files.copy }, {}, &plan, nullptr));
    QCOMPARE(plan.conflicts(), 1);
}

void TestMergeUi::reviewDecidesConflicts()
{
    prepareConflict();
    auto master = openFile(m_files.master, QStringLiteral("cio-office"));
    MergePlan plan;
    QVERIFY(Merger::merge(*master, { m_files.copy }, {}, &plan, true).ok);
    MergeDialog dialog(plan);
    QCOMPARE(dialog.conflictCount(), 1);
    QVERIFY(!dialog.mergeButton()->isEnabled());
    QCOMPARE(dialog.summaryText(), QStringLiteral("5 changes come in from the copies without conflict. 1 conflict needs your "
                                                  "decision: keep this file's value or take the copy's."));
    QTableWidget *t = dialog.conflictTable();
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Project %1").arg(m_p0));
    QCOMPARE(t->item(0, 1)->text(), QStringLiteral("Forecast cost"));
    QCOMPARE(t->item(0, 2)->text(), QStringLiteral("$3,900,000.00"));
    QVERIFY(t->item(0, MergeDialog::CMineBy)->text().startsWith(QStringLiteral("cio-office\n")));
    QCOMPARE(t->item(0, MergeDialog::CTheirs)->text(), QStringLiteral("$4,200,000.00"));
    QVERIFY(t->item(0, MergeDialog::CTheirsBy)->text().startsWith(QStringLiteral("MTESS: mtess-it\n")));
    QCOMPARE(t->item(0, MergeDialog::CNote)->text(), QStringLiteral("Forecast revised"));
    // The copy's name of its change follows the reader's language.
    Language::apply(QStringLiteral("fr"));
    QTRY_COMPARE(dialog.conflictTable()->item(0, MergeDialog::CNote)->text(), QStringLiteral("Prévision revue"));
    Language::apply(QStringLiteral("en"));
    QTRY_COMPARE(dialog.conflictTable()->item(0, MergeDialog::CNote)->text(), QStringLiteral("Forecast revised"));
    t = dialog.conflictTable();
    // The status change and its history row are one line among what comes in.
    // Phase, and the measure's status, percent, comment and French comment (cleared by an English-only update).
    QCOMPARE(dialog.changeTable()->rowCount(), 5);
    auto *combo = qobject_cast<QComboBox *>(t->cellWidget(0, MergeDialog::CKeep));
    QVERIFY(combo);
    combo->setCurrentIndex(2); // the copy's
    QCOMPARE(dialog.choice(0), MergeChoice::Theirs);
    QVERIFY(dialog.mergeButton()->isEnabled());
    dialog.chooseAll(MergeChoice::Mine);
    QCOMPARE(combo->currentIndex(), 1);
    const MergeOptions options = dialog.options();
    QCOMPARE(options.choices.size(), 1);
    QCOMPARE(options.choices.constBegin().value(), MergeChoice::Mine);
    QVERIFY(Merger::merge(*master, { m_files.copy }, options, &plan).ok);
    QCOMPARE(master->value(Entity::Project, project(*master, m_p0), Field::ForecastCost).toDouble(), 3.9e6);
}

// A project the ministry only confirmed as still accurate comes in as its "last updated" stamp, shown
// as a local date and time.
void TestMergeUi::reviewShowsConfirmations()
{
    {
        auto copy = openFile(m_files.copy, QStringLiteral("mtess-it"), QDateTime(QDate(2016, 10, 12), QTime(9, 0), Qt::UTC));
        QVERIFY(Edits::confirmAccurate(*copy, Entity::Project, { project(*copy, m_p0) }, QStringLiteral("Still accurate")).ok);
    }
    auto master = openFile(m_files.master, QStringLiteral("cio-office"));
    const QString before = master->value(Entity::Project, project(*master, m_p0), Field::Touched).toString();
    MergePlan plan;
    QVERIFY(Merger::merge(*master, { m_files.copy }, {}, &plan, true).ok);
    MergeDialog dialog(plan);
    QCOMPARE(dialog.conflictCount(), 0);
    QTableWidget *t = dialog.changeTable();
    QCOMPARE(t->rowCount(), 1);
    const auto local = [](const QString &iso) {
        return QLocale().toString(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    };
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Project %1").arg(m_p0));
    QCOMPARE(t->item(0, 1)->text(), QStringLiteral("Last updated"));
    QVERIFY(before.isEmpty()); // a sample's rows: when they were last updated is not known
    QCOMPARE(t->item(0, 2)->text(), QStringLiteral("(empty)"));
    QCOMPARE(t->item(0, 3)->text(), local(QStringLiteral("2016-10-12T09:00:00.000Z")));
    QVERIFY(dialog.mergeButton()->isEnabled());
}

// A measure's status, percent and comment changed on both sides are one row and one decision: taking the
// copy's brings its whole update, never its status beside this file's percent.
void TestMergeUi::reviewDecidesAStatusUpdateWhole()
{
    {
        auto master = openFile(m_files.master, QStringLiteral("cio-office"));
        QVERIFY(Edits::setMeasureState(*master, measure(*master, 30), { MeasureStatus::UnderWay, 80, QStringLiteral("Master says 80") },
                                       QStringLiteral("S")).ok);
        auto copy = openFile(m_files.copy, QStringLiteral("mtess-it"));
        QVERIFY(Edits::setMeasureState(*copy, measure(*copy, 30), { MeasureStatus::Completed, 100, QStringLiteral("Done") },
                                       QStringLiteral("S")).ok);
    }
    auto master = openFile(m_files.master, QStringLiteral("cio-office"));
    MergePlan plan;
    QVERIFY(Merger::merge(*master, { m_files.copy }, {}, &plan, true).ok);
    MergeDialog dialog(plan);
    QCOMPARE(dialog.conflictCount(), 1);
    QTableWidget *t = dialog.conflictTable();
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Measure 30"));
    QCOMPARE(t->item(0, 1)->text(), QStringLiteral("Status\nPercent complete\nEnglish comment"));
    QCOMPARE(t->item(0, 2)->text(), QStringLiteral("Under way\n80%\nMaster says 80"));
    QCOMPARE(t->item(0, MergeDialog::CTheirs)->text(), QStringLiteral("Completed\n100%\nDone"));
    QCOMPARE(dialog.changeTable()->rowCount(), 0); // the copy's history row goes with its update
    // Only a conflict comes in: nothing is said of changes ("0 changes come in…").
    QCOMPARE(dialog.summaryText(), QStringLiteral("1 conflict needs your decision: keep this file's value or take the copy's."));
    dialog.choose(0, MergeChoice::Theirs);
    QVERIFY(dialog.mergeButton()->isEnabled());
    QCOMPARE(dialog.summaryText(), QStringLiteral("Every conflict is decided: Merge writes it all as one change, which Edit → Undo takes back."));
    const MergeOptions options = dialog.options();
    QCOMPARE(options.choices.size(), 1);
    QVERIFY(Merger::merge(*master, { m_files.copy }, options, &plan).ok);
    const QString m30 = measure(*master, 30);
    QCOMPARE(master->value(Entity::Measure, m30, Field::Status).toString(), QStringLiteral("completed"));
    QCOMPARE(master->value(Entity::Measure, m30, Field::PercentComplete).toDouble(), 100.0);
    QCOMPARE(master->value(Entity::Measure, m30, Field::Comment).toString(), QStringLiteral("Done"));
}

// Both sides added a project with one code: shown side by side, with what taking the copy's does, in
// the language of the window.
void TestMergeUi::reviewShowsTwoItemsWithOneCode()
{
    const auto add = [](PortfolioFile &f, const QString &name) {
        const RowId mtess = f.rowId(Entity::Organization, uuidWhere(f, QStringLiteral("organization"), QStringLiteral("code"), QStringLiteral("MTESS")));
        return Edits::addRow(f, Entity::Project, { { Field::Code, QStringLiteral("A9") }, { Field::NameEn, name }, { Field::NameFr, name + QStringLiteral(" (fr)") },
                                                   { Field::Organization, mtess } },
                             QStringLiteral("Add")).ok;
    };
    {
        auto master = openFile(m_files.master, QStringLiteral("cio-office"));
        QVERIFY(add(*master, QStringLiteral("Master A9")));
        auto copy = openFile(m_files.copy, QStringLiteral("mtess-it"));
        QVERIFY(add(*copy, QStringLiteral("Copy A9")));
        QVERIFY(Edits::addRow(*copy, Entity::Baseline,
                              { { Field::Project, copy->rowId(Entity::Project, project(*copy, QStringLiteral("A9"))) }, { Field::Sequence, 1 },
                                { Field::Budget, 1.0e6 } },
                              QStringLiteral("Baseline"))
                    .ok);
    }
    auto master = openFile(m_files.master, QStringLiteral("cio-office"));
    MergePlan plan;
    QVERIFY(Merger::merge(*master, { m_files.copy }, {}, &plan, true).ok);
    MergeDialog dialog(plan);
    QCOMPARE(dialog.conflictCount(), 1);
    QTableWidget *t = dialog.conflictTable();
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Project A9"));
    QCOMPARE(t->item(0, 1)->text(), QStringLiteral("Code"));
    QCOMPARE(t->item(0, 2)->text(), QStringLiteral("A9 — Master A9"));
    QVERIFY(t->item(0, MergeDialog::CMineBy)->text().startsWith(QStringLiteral("cio-office\n")));
    QCOMPARE(t->item(0, MergeDialog::CTheirs)->text(), QStringLiteral("A9 — Copy A9\n(only one item can have it here: the copy's would come in as A9-2)"));
    QCOMPARE(dialog.changeTable()->rowCount(), 0); // its baseline goes with it, whichever way it is decided
    Language::apply(QStringLiteral("fr"));
    MergePlan french;
    QVERIFY(Merger::merge(*master, { m_files.copy }, {}, &french, true).ok);
    MergeDialog review(french);
    QCOMPARE(review.conflictTable()->item(0, 0)->text(), QStringLiteral("Projet A9"));
    QCOMPARE(review.conflictTable()->item(0, 2)->text(), QStringLiteral("A9 — Master A9 (fr)"));
    QCOMPARE(review.conflictTable()->item(0, MergeDialog::CTheirs)->text(),
             QStringLiteral("A9 — Copy A9 (fr)\n(un seul élément peut l'avoir ici\u00a0: celui de la copie entrerait sous A9-2)"));
    Language::apply(QStringLiteral("en"));
}

// The portfolio's own properties in conflict: the review names the portfolio in the language it is
// read in (its stored key is its English name).
void TestMergeUi::reviewNamesThePortfolioInTheLanguage()
{
    const QString whole = path(QStringLiteral("whole.vigie"));
    QVERIFY(sendCopy(m_files.master, whole, QString()));
    {
        auto copy = openFile(whole, QStringLiteral("mtess-it"));
        QVERIFY(Edits::setValue(*copy, Entity::Portfolio, copy->info().uuid, Field::CioName, QStringLiteral("Marie Tremblay"),
                                QStringLiteral("CIO"))
                    .ok);
        auto master = openFile(m_files.master, QStringLiteral("cio-office"));
        QVERIFY(Edits::setValue(*master, Entity::Portfolio, master->info().uuid, Field::CioName, QStringLiteral("Jean Roy"),
                                QStringLiteral("CIO"))
                    .ok);
    }
    auto master = openFile(m_files.master, QStringLiteral("cio-office"));
    const QString english = QStringLiteral("Portfolio Quebec — Government IT Strategy 2015-2018");
    const QString french = QStringLiteral("Portefeuille Québec — Stratégie gouvernementale en TI 2015-2018");
    for (const char *language : { "en", "fr" }) {
        Language::apply(QString::fromLatin1(language));
        MergePlan plan;
        QVERIFY(Merger::merge(*master, { whole }, {}, &plan, true).ok);
        MergeDialog dialog(plan);
        QCOMPARE(dialog.conflictCount(), 1);
        QCOMPARE(dialog.conflictTable()->item(0, 0)->text(), qstrcmp(language, "fr") == 0 ? french : english);
    }
    // Switched to the other language while it is open, its rows follow (they kept their English), and
    // the decision taken so far stays.
    Language::apply(QStringLiteral("en"));
    MergePlan plan;
    QVERIFY(Merger::merge(*master, { whole }, {}, &plan, true).ok);
    MergeDialog dialog(plan);
    auto *keep = qobject_cast<QComboBox *>(dialog.conflictTable()->cellWidget(0, MergeDialog::CKeep));
    QVERIFY(keep);
    keep->setCurrentIndex(2); // the copy's
    Language::apply(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.conflictTable()->item(0, 0)->text(), french);
    QCOMPARE(dialog.conflictTable()->item(0, 1)->text(), QStringLiteral("Dirigeant principal de l'information"));
    keep = qobject_cast<QComboBox *>(dialog.conflictTable()->cellWidget(0, MergeDialog::CKeep));
    QVERIFY(keep);
    QCOMPARE(keep->currentText(), QStringLiteral("Celle de la copie"));
    Language::apply(QStringLiteral("en"));
}

void TestMergeUi::mergeFromTheWindow()
{
    prepareConflict();
    // A copy whose one change this file refuses (an amount no edit takes, written there by another program).
    const QString refused = path(QStringLiteral("refused.vigie"));
    QVERIFY(sendCopy(m_files.master, refused, QString()));
    {
        auto copy = openFile(refused, QStringLiteral("mtess-it"));
        QVERIFY(copy);
        QVERIFY(Edits::setValue(*copy, Entity::Project, project(*copy, m_p0), Field::ActualCost, 1.0e6, QStringLiteral("A")).ok);
        QSqlQuery q(sqlDatabase(*copy));
        QVERIFY(q.exec(QStringLiteral("UPDATE project SET actual_cost = 1e300 WHERE code = '%1'").arg(m_p0)));
    }
    MainWindow window;
    QVERIFY(window.openFile(m_files.master));
    QVERIFY(window.document());
    CopyActions *actions = window.copyActions();
    QVERIFY(actions->mergeAction()->isEnabled());
    QVERIFY(window.fileMenu()->actions().contains(actions->mergeAction()));
    QStringList shown;
    QString reportHtml;
    actions->setDialogHook([&](QDialog *d) {
        shown << d->objectName();
        if (auto *review = qobject_cast<MergeDialog *>(d))
            review->chooseAll(MergeChoice::Theirs);
        if (auto *report = qobject_cast<MergeReportDialog *>(d))
            reportHtml = report->html();
        return true;
    });
    Dialogs::setNextFileNames({ m_files.copy });
    window.findChild<QAction *>(QStringLiteral("actionMergeCopies"))->trigger();
    QCOMPARE(shown, (QStringList { QStringLiteral("MergeDialog"), QStringLiteral("MergeReportDialog") }));
    QVERIFY2(reportHtml.contains(QStringLiteral("MTESS")), "the report names the ministry");
    QVERIFY(reportHtml.contains(QStringLiteral("mtess-it")));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    PortfolioFile &file = *window.document()->file();
    QCOMPARE(file.value(Entity::Project, project(file, m_p0), Field::ForecastCost).toDouble(), 4.2e6);
    QCOMPARE(file.value(Entity::Measure, measure(file, 30), Field::Status).toString(), QStringLiteral("completed"));
    // Merging it again: nothing new, said so, nothing on the stack.
    Dialogs::takeMessages();
    Dialogs::setNextFileNames({ m_files.copy });
    actions->mergeAction()->trigger();
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(Dialogs::takeMessages().join(QString()).contains(QStringLiteral("Nothing new")));
    // Nothing new but what this file refuses: named, not "everything they hold".
    Dialogs::setNextFileNames({ refused });
    actions->mergeAction()->trigger();
    QCOMPARE(window.document()->undoStack()->count(), 1);
    const QString said = Dialogs::takeMessages().join(QString());
    QVERIFY2(said.contains(QStringLiteral("Nothing in the copies can come in"))
                 && said.contains(QStringLiteral("1 change in the copy not taken in: Project %1: Actual cost").arg(m_p0)),
             qPrintable(said));
}

void TestMergeUi::sendCopyFromTheWindow()
{
    MainWindow window;
    QVERIFY(window.openFile(m_files.master));
    const QString target = path(QStringLiteral("msss.vigie"));
    window.copyActions()->setDialogHook([&](QDialog *d) {
        auto *send = qobject_cast<SendCopyDialog *>(d);
        if (!send)
            return false;
        send->setOrganizationCode(QStringLiteral("MSSS"));
        send->setPath(target);
        return true;
    });
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.copyActions()->sendCopyAction()->trigger();
    QVERIFY(Dialogs::takeMessages().join(QString()).contains(QStringLiteral("Only MSSS's items can be changed")));
    auto copy = openFile(target, QStringLiteral("reader"));
    QVERIFY(copy);
    QCOMPARE(CopyOrigin::read(*copy)->organizationCode, QStringLiteral("MSSS"));
    // Cancelled at the confirmation: nothing written.
    const QString other = path(QStringLiteral("other.vigie"));
    window.copyActions()->setDialogHook([&](QDialog *d) {
        qobject_cast<SendCopyDialog *>(d)->setPath(other);
        return true;
    });
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    window.copyActions()->sendCopyAction()->trigger();
    QVERIFY(!QFile::exists(other));
}

// File → Send a Copy opened at a fixed 260 px, a hundred pixels of nothing above its buttons. It is as
// tall as its text and a line, so that an organization's note, a line longer, fits without the dialog
// growing; in both languages.
void TestMergeUi::sendCopyDialogFitsItsText()
{
    auto master = openFile(m_files.master, QStringLiteral("reader"));
    QVERIFY(master);
    const QList<Organization> organizations = Repository::organizations(*master);
    for (const char *language : { "en", "fr" }) {
        QVERIFY(Language::apply(QString::fromLatin1(language)));
        SendCopyDialog dialog(organizations, m_files.dir->path(), QStringLiteral("quebec"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize opened = dialog.size();
        const int line = dialog.fontMetrics().lineSpacing();
        const int needed = dialog.layout()->totalHeightForWidth(dialog.width());
        QVERIFY2(opened.height() - needed <= 2 * line,
                 qPrintable(QStringLiteral("%1: %2 px high for %3 px of text").arg(QString::fromLatin1(language))
                                .arg(opened.height()).arg(needed)));
        dialog.setOrganizationCode(QStringLiteral("MTESS"));
        VigieTest::settleLayouts(1);
        QCOMPARE(dialog.size(), opened);
        QVERIFY2(dialog.layout()->totalHeightForWidth(dialog.width()) <= dialog.height(),
                 qPrintable(QString::fromLatin1(language)));
    }
    Language::apply(QStringLiteral("en"));
}

EditResult TestMergeUi::mergeTheConflict(MergeChoice prefer, std::unique_ptr<PortfolioFile> *master)
{
    prepareConflict();
    *master = openFile(m_files.master, QStringLiteral("cio-office"));
    MergePlan plan;
    MergeOptions options;
    options.prefer = prefer;
    return Merger::merge(**master, { m_files.copy }, options, &plan);
}

void TestMergeUi::reportExports()
{
    std::unique_ptr<PortfolioFile> master;
    const EditResult r = mergeTheConflict(MergeChoice::Mine, &master);
    QVERIFY2(r.ok, qPrintable(r.error));
    MergeReportDialog dialog(*master, r.changeset);
    QCOMPARE(dialog.records().size(), 1);
    QVERIFY(dialog.html().contains(QStringLiteral("Kept this file&#x27;s value")) || dialog.html().contains(QStringLiteral("Kept this file's value")));
    QString error;
    const QString pdf = path(QStringLiteral("report.pdf")), html = path(QStringLiteral("report.html")), csv = path(QStringLiteral("report.csv"));
    QVERIFY2(MergeReportDialog::write(*master, dialog.records(), pdf, &error), qPrintable(error));
    QVERIFY(MergeReportDialog::write(*master, dialog.records(), html, &error));
    QVERIFY(MergeReportDialog::write(*master, dialog.records(), csv, &error));
    QVERIFY(!MergeReportDialog::write(*master, dialog.records(), path(QStringLiteral("report.txt")), &error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished());
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdfText.contains(QStringLiteral("Merge report")) && pdfText.contains(m_p1), qPrintable(pdfText));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = c.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF")); // a byte-order mark: Excel reads UTF-8
    const QString csvText = QString::fromUtf8(csvBytes);
    QVERIFY2(csvText.contains(QStringLiteral("Merged,Merged by,Organization")), qPrintable(csvText.left(200)));
    QVERIFY(csvText.contains(QStringLiteral("MTESS,mtess.vigie,Project %1,Phase").arg(m_p1)));
}

// The merge report on a 1280x800 screen at 200 % (640 px): its table squeezed into the dialog broke words
// inside (« Cha|mp », « Résult|at », « Modifi|é »). It now keeps every word whole, its table scrolls
// sideways.
QTextBrowser *TestMergeUi::showReport(MergeReportDialog &dialog, const QSize &size)
{
    dialog.resize(size);
    dialog.show();
    return QTest::qWaitForWindowExposed(&dialog) ? dialog.findChild<QTextBrowser *>() : nullptr;
}

void TestMergeUi::reportBreaksNoWordOnANarrowScreen()
{
    std::unique_ptr<PortfolioFile> master;
    const EditResult r = mergeTheConflict(MergeChoice::Theirs, &master);
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const char *language : { "fr", "en" }) {
        QVERIFY(Language::apply(QString::fromLatin1(language)));
        QCoreApplication::processEvents();
        MergeReportDialog dialog(*master, r.changeset);
        QTextBrowser *view = showReport(dialog, QSize(600, 370));
        QVERIFY(view);
        const QStringList broken = VigieTest::brokenWords(view->document());
        QVERIFY2(broken.isEmpty(), qPrintable(QString::fromLatin1(language) + QStringLiteral(": ") + broken.join(QStringLiteral(", "))));
        QVERIFY2(view->horizontalScrollBar()->maximum() > 0, language); // the rest is a scroll away
        dialog.resize(2000, 700);
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0); // wide enough: no scrolling
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

// In a copy for MTESS, another organization's project looked editable: a value typed in was refused with a
// message and then stayed shown, as if it were the project's. The panel now says why before anyone types,
// takes no value, and shows the file's value again after a refusal; the ministry's own items stay
// editable. The same for measures.
void TestMergeUi::aLimitedCopySaysWhatIsReadOnly()
{
    FileError error;
    auto doc = Document::open(m_files.copy, &error);
    QVERIFY2(doc, qPrintable(error.message));
    const QString other = QStringLiteral("AMF-2016-001");
    const QString otherUuid = project(*doc->file(), other);
    QVERIFY(!otherUuid.isEmpty());
    const auto storedCost = [&] { return Repository::project(*doc->file(), otherUuid)->forecastCost; };
    const std::optional<double> before = storedCost();

    ProjectDetail detail;
    detail.setDocument(doc.get());
    auto *note = detail.findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    QVERIFY(note);
    detail.showProject(otherUuid);
    QVERIFY(!note->isHidden());
    QCOMPARE(note->text(), QStringLiteral("This copy is limited to the organization MTESS: the project %1 belongs to another "
                                          "organization or to the whole portfolio and is read-only here.").arg(other));
    QVERIFY(!detail.forecastCostBox()->isEnabled());

    // Were a value typed anyway (the box enabled behind the panel's back), the refusal leaves the file's.
    detail.forecastCostBox()->parentWidget()->setEnabled(true);
    QVERIFY(detail.forecastCostBox()->isEnabled());
    detail.forecastCostBox()->setFocus();
    detail.forecastCostBox()->selectAll();
    QTest::keyClicks(detail.forecastCostBox(), QStringLiteral("123456"));
    Q_EMIT detail.forecastCostBox()->editingFinished();
    QCOMPARE(storedCost(), before);
    QTRY_COMPARE(detail.forecastCostBox()->value(), before.value_or(detail.forecastCostBox()->minimum()));
    QVERIFY(!detail.forecastCostBox()->isEnabled());

    detail.showProject(project(*doc->file(), m_p0)); // the ministry's own
    QVERIFY(note->isHidden());
    QVERIFY(detail.forecastCostBox()->isEnabled());

    // In French, at a language switch too.
    Language::apply(QStringLiteral("fr"));
    detail.showProject(otherUuid);
    QVERIFY2(note->text().startsWith(QStringLiteral("Cette copie est limitée à l'organisme MTESS\u00a0: le projet %1").arg(other)),
             qPrintable(note->text()));
    Language::apply(QStringLiteral("en"));

    MeasureDetail measures;
    measures.setDocument(doc.get());
    auto *measureNote = measures.findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    QVERIFY(measureNote);
    measures.showMeasure(measure(*doc->file(), 1)); // the plan's measure 1 is not MTESS's
    QVERIFY(!measureNote->isHidden());
    QVERIFY(measureNote->text().contains(QStringLiteral("the measure 1")));
    measures.showMeasure(measure(*doc->file(), 30)); // MTESS's
    QVERIFY(measureNote->isHidden());

    // The Strategy page's actions: the plans and key areas, and another organization's measures, are
    // shown read-only, with why in the tooltip; the ministry's own measure may be edited.
    TablePage page(QStringLiteral("strategy"), nullptr, TablePage::Shape::Tree);
    page.setModel(doc->strategyModel());
    auto *actions = new StrategyActions(&page);
    actions->setDocument(doc.get());
    QVERIFY(!actions->addPlanAction()->isEnabled());
    QVERIFY2(actions->addPlanAction()->toolTip().startsWith(QStringLiteral("This copy is limited to the organization MTESS: "
                                                                           "the plans and key areas")),
             qPrintable(actions->addPlanAction()->toolTip()));
    const auto select = [&](const QString &uuid) {
        StrategyModel *model = doc->strategyModel();
        const std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex i = model->index(r, 0, parent);
                if (i.data(Roles::UuidRole).toString() == uuid)
                    return i;
                if (const QModelIndex found = find(i); found.isValid())
                    return found;
            }
            return {};
        };
        const QModelIndex source = find({});
        QVERIFY2(source.isValid(), qPrintable(uuid));
        page.view()->setCurrentIndex(page.proxy()->mapFromSource(source));
    };
    select(measure(*doc->file(), 1));
    QVERIFY(!actions->editAction()->isEnabled());
    QVERIFY(!actions->deleteAction()->isEnabled());
    QVERIFY(!actions->confirmAction()->isEnabled());
    QVERIFY2(actions->editAction()->toolTip().contains(QStringLiteral("the measure 1")), qPrintable(actions->editAction()->toolTip()));
    select(measure(*doc->file(), 30));
    QVERIFY(actions->editAction()->isEnabled());
    QVERIFY(actions->confirmAction()->isEnabled());
    QCOMPARE(actions->editAction()->toolTip(), QStringLiteral("Edit…")); // the action's text, as usual
    QVERIFY(!actions->addAreaAction()->isEnabled());

    // The Projects page's: another organization's project, the specialties and new organizations.
    TablePage projects(QStringLiteral("projects"));
    projects.setModel(doc->projectModel());
    auto *projectActions = new ProjectActions(&projects);
    projectActions->setDocument(doc.get());
    QVERIFY(projectActions->newProjectAction()->isEnabled());
    QVERIFY(!projectActions->newSpecialtyAction()->isEnabled());
    QVERIFY(!projectActions->newOrganizationAction()->isEnabled());
    QVERIFY(projectActions->newSpecialtyAction()->toolTip().contains(QStringLiteral("the organizations and specialties")));
    const auto selectProject = [&](const QString &uuid) {
        QAbstractItemModel *model = doc->projectModel();
        QTRY_VERIFY(model->rowCount() > 0); // the projects load on a worker
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            if (i.data(Roles::UuidRole).toString() == uuid) {
                projects.view()->setCurrentIndex(projects.proxy()->mapFromSource(i));
                return;
            }
        }
        QFAIL(qPrintable(uuid));
    };
    selectProject(otherUuid);
    QVERIFY(!projectActions->editAction()->isEnabled());
    QVERIFY(!projectActions->deleteAction()->isEnabled());
    QVERIFY(projectActions->deleteAction()->toolTip().contains(QStringLiteral("the project %1").arg(other)));
    selectProject(project(*doc->file(), m_p0));
    QVERIFY(projectActions->editAction()->isEnabled());
    QVERIFY(projectActions->deleteAction()->isEnabled());

    // The Charts page's Freeze period: the periods are the whole portfolio's (it opened, and refused at OK).
    ChartsPanel charts;
    charts.setDocument(doc.get());
    auto *freeze = charts.findChild<QPushButton *>(QStringLiteral("chartFreeze"));
    QVERIFY(freeze && !freeze->isEnabled());
    QVERIFY2(freeze->toolTip().startsWith(QStringLiteral("This copy is limited to the organization MTESS: reporting periods")),
             qPrintable(freeze->toolTip()));

    // The Briefing page: the briefing is the whole portfolio's (Draft from data was offered, then refused
    // as « l'élément « élément de breffage » »).
    BriefingView briefing;
    briefing.setDocument(doc.get());
    auto *add = briefing.findChild<QPushButton *>(QStringLiteral("briefingAddItem"));
    QVERIFY(add && !add->isEnabled());
    QVERIFY2(add->toolTip().contains(QStringLiteral("the briefing belongs to the whole portfolio")), qPrintable(add->toolTip()));
    QCOMPARE(briefing.findChild<QTreeWidget *>()->editTriggers(), QAbstractItemView::NoEditTriggers);
    const EditResult refused = Edits::run(*doc->file(), { QStringLiteral("Add Briefing Item"), {}, 0 }, [&](QString *why) {
        return !BriefingItems::add(*doc->file(), 0, BriefingSection::Priorities, { QStringLiteral("x"), {} }, why).isEmpty();
    });
    QVERIFY2(!refused.ok && refused.error.contains(QStringLiteral("MTESS: the briefing belongs to another organization")),
             qPrintable(refused.error));
}

// Briefing → Draft from Data, in the window of a copy limited to one organization: disabled, with why.
void TestMergeUi::aLimitedCopysBriefingMenuCannotDraft()
{
    MainWindow window;
    QVERIFY(window.openFile(m_files.copy));
    auto *draft = window.findChild<QAction *>(QStringLiteral("actionBriefingDraft"));
    QVERIFY(draft);
    QVERIFY(!draft->isEnabled());
    QVERIFY2(draft->toolTip().contains(QStringLiteral("the briefing belongs to the whole portfolio")), qPrintable(draft->toolTip()));
    QVERIFY(window.openFile(m_files.master)); // the whole portfolio's own file drafts
    QVERIFY(draft->isEnabled());
}

void TestMergeUi::reportIsPaperUnderADarkDesktop()
{
    // The report is a document to save and print, with light table headings. Under a dark desktop it had
    // white text: on its dark page, and invisible on those headings.
    std::unique_ptr<PortfolioFile> master;
    const EditResult r = mergeTheConflict(MergeChoice::Theirs, &master);
    QVERIFY2(r.ok, qPrintable(r.error));
    VigieTest::DarkDesktop dark;
    MergeReportDialog dialog(*master, r.changeset);
    QTextBrowser *view = showReport(dialog, QSize(900, 500));
    QVERIFY(view);
    const VigieTest::Ink ink = VigieTest::inkOf(view->viewport()->grab().toImage());
    QVERIFY2(ink.paper > 0.5 && ink.ink > 0.005, qPrintable(QStringLiteral("paper %1, ink %2").arg(ink.paper).arg(ink.ink)));
    QCOMPARE(dialog.palette().color(QPalette::Window), VigieTest::darkPalette().color(QPalette::Window));
}

QTEST_MAIN(TestMergeUi)
#include "tst_mergeui.moc"
