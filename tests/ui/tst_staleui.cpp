// Staleness in the desktop application: after a period is frozen, projects and measures not updated
// since are greyed with their last-updated date and a tooltip that says since when; "Stale" filters them
// on the Projects and Strategy pages; "Still accurate" confirms the selected rows in one undoable step,
// checked redo → undo → redo against the file.
#include "commands/editor.h"
#include "document/document.h"
#include "models/filterproxy.h"
#include "models/modelroles.h"
#include "models/projectmodel.h"
#include "models/strategymodel.h"
#include "storage/repository.h"
#include "views/filterbar.h"
#include "views/overviewpage.h"
#include "views/projectactions.h"
#include "views/strategyactions.h"
#include "views/tablepage.h"

#include "i18n/language.h"
#include "roundtrip.h"
#include "uifixture.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QTest>
#include <QAbstractItemView>
#include <QUndoStack>

using namespace Vigie;

class TestStaleUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void projectsGreyedFilteredConfirmed();
    void measuresGreyedFilteredConfirmed();
    void overviewCountsAndLinks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    VigieTest::Fixture m_fx;
};

void TestStaleUi::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("s.vigie"));
    m_doc = VigieTest::makeDocument(m_path, &m_fx); // every row written (touched) on 2016-09-30
    QVERIFY(m_doc);
}

void TestStaleUi::cleanup()
{
    m_doc.reset();
}

void TestStaleUi::projectsGreyedFilteredConfirmed()
{
    TablePage page(QStringLiteral("projects"));
    page.setModel(m_doc->projectModel());
    auto *actions = new ProjectActions(&page);
    actions->setDocument(m_doc.get());
    ProjectModel *model = m_doc->projectModel();
    model->loadAll();
    QTRY_VERIFY(model->rowCount() > 0);
    const int row = model->rowOf(m_fx.project1);
    QVERIFY(row >= 0);
    QVERIFY(!model->isStale(row)); // no frozen period: nothing is stale
    QVERIFY(!model->index(row, ProjectModel::Code).data(Qt::ForegroundRole).isValid());

    QVERIFY(m_doc->editor()->freezePeriod(QStringLiteral("October 2016"), QDate(2016, 10, 31)));
    QVERIFY(model->isStale(row));
    QVERIFY(model->index(row, ProjectModel::Name).data(Qt::ForegroundRole).isValid());
    const QString date = QLocale().toString(QDate(2016, 9, 30), QLocale::ShortFormat);
    QCOMPARE(model->index(row, ProjectModel::Updated).data().toString(), date);
    QCOMPARE(model->index(row, ProjectModel::Updated).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Not updated since %1, before October 2016").arg(date));

    // The filter: "Stale" keeps the stale projects only.
    const int stale = model->countWithFlag(RowFlag::Stale);
    QVERIFY(stale > 1);
    QComboBox *flags = page.filterBar()->flagBox();
    const int choice = flags->findData(int(RowFlag::Stale));
    QVERIFY(choice >= 0);
    flags->setCurrentIndex(choice);
    QCOMPARE(page.proxy()->rowCount(), stale);

    // Still accurate on two selected rows: one undoable step; they are no longer stale, nor listed.
    QItemSelectionModel *selection = page.view()->selectionModel();
    selection->select(page.proxy()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(page.proxy()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    selection->select(page.proxy()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(selection->selectedRows().size(), 2);
    QVERIFY(actions->confirmAction()->isEnabled());
    VigieTest::roundTrip(m_doc->editor(), m_path, [&] {
        actions->confirmAction()->trigger();
        return true;
    });
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Confirm 2 Projects Still Accurate"));
    QCOMPARE(model->countWithFlag(RowFlag::Stale), stale - 2);
    QCOMPARE(page.proxy()->rowCount(), stale - 2);
    m_doc->undoStack()->undo();
    QCOMPARE(model->countWithFlag(RowFlag::Stale), stale);
}

void TestStaleUi::measuresGreyedFilteredConfirmed()
{
    TablePage page(QStringLiteral("strategy"), nullptr, TablePage::Shape::Tree);
    page.setLeafDepth(2);
    page.setModel(m_doc->strategyModel());
    auto *actions = new StrategyActions(&page);
    actions->setDocument(m_doc.get());
    StrategyModel *model = m_doc->strategyModel();
    QVERIFY(m_doc->editor()->freezePeriod(QStringLiteral("October 2016"), QDate(2016, 10, 31)));
    const QModelIndex m9 = model->indexOfMeasure(m_fx.measure9, StrategyModel::Updated);
    QVERIFY(m9.isValid());
    QVERIFY(model->isStale(*model->measure(m9)));
    QVERIFY(m9.data(Qt::ForegroundRole).isValid());
    QVERIFY(m9.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Not updated since")));
    const int stale = model->staleCount();
    QVERIFY(stale > 0);

    QComboBox *flags = page.filterBar()->flagBox();
    QVERIFY(!flags->isHidden());
    flags->setCurrentIndex(flags->findData(int(RowFlag::Stale)));

    // Still accurate on Measure 9 (selected): it leaves the stale ones, and undo brings it back.
    page.view()->setCurrentIndex(page.proxy()->mapFromSource(model->indexOfMeasure(m_fx.measure9)));
    QVERIFY(actions->confirmAction()->isEnabled());
    VigieTest::roundTrip(m_doc->editor(), m_path, [&] {
        actions->confirmAction()->trigger();
        return true;
    });
    QCOMPARE(model->staleCount(), stale - 1);
    QVERIFY(!model->indexOfMeasure(m_fx.measure9, StrategyModel::Updated).data(Qt::ForegroundRole).isValid());
    m_doc->undoStack()->undo();
    QCOMPARE(model->staleCount(), stale);
}

// The Overview counts stale projects and measures once a period is frozen; each count opens its page
// filtered on the stale rows.
void TestStaleUi::overviewCountsAndLinks()
{
    OverviewPage page;
    page.setDocument(m_doc.get());
    QVERIFY(!page.cardText(QStringLiteral("projects")).contains(QStringLiteral("(stale)"))); // no period yet
    QVERIFY(m_doc->editor()->freezePeriod(QStringLiteral("October 2016"), QDate(2016, 10, 31)));
    page.refresh();
    m_doc->projectModel()->loadAll();
    const int stale = m_doc->projectModel()->countWithFlag(RowFlag::Stale);
    QCOMPARE(stale, 12); // every active project of the fixture, written on 2016-09-30
    const QString projects = page.cardText(QStringLiteral("projects"));
    QVERIFY2(projects.contains(QStringLiteral(">%1 projects</a> not updated since October 2016 (stale)").arg(stale)),
             qPrintable(projects.mid(projects.indexOf(QStringLiteral("declared greener")))));
    const QString strategy = page.cardText(QStringLiteral("strategy"));
    QVERIFY2(strategy.contains(QStringLiteral(">%1 measures</a> not updated since October 2016 (stale)")
                                   .arg(m_doc->strategyModel()->staleCount())),
             qPrintable(strategy));
    QStringList pages;
    QList<RowFilter> filtered;
    connect(&page, &OverviewPage::filterRequested, this, [&](const QString &id, const RowFilter &f) {
        pages << id;
        filtered << f;
    });
    page.followLink(QStringLiteral("filter:strategy?flag=%1").arg(int(RowFlag::Stale)));
    QCOMPARE(pages, QStringList { QStringLiteral("strategy") });
    QCOMPARE(filtered.at(0).flag, int(RowFlag::Stale));
}

QTEST_MAIN(TestStaleUi)
#include "tst_staleui.moc"
