// Scrolled sideways, the flat tables (RowTable) and the Strategy tree (RowTree) keep their first column
// in view (FrozenColumn): at 200 % on a laptop the Projects table showed the colours and dates of a project
// without its code, and the Strategy tree a measure's status without its number and title. The Quebec
// sample in a 1280x800 window beside the details pane; ctest runs it a second time at QT_SCALE_FACTOR=2.
#include "dialogs/dialogs.h"
#include "models/envelopemodel.h"
#include "models/projectmodel.h"
#include "views/filterbar.h"
#include "views/mainwindow.h"
#include "views/rowtable.h"
#include "views/rowtree.h"
#include "views/tablepage.h"

#include "i18n/language.h"
#include "sample/quebecsample.h"
#include "windowsettle.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace Vigie;
using VigieTest::settleLayouts;
using VigieTest::showPageIn;

class TestFrozenColumn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void codesStayInViewScrolledSideways();
    void measuresStayInViewScrolledSideways();
    void envelopesKeepTheirYearAndOrganization();

private:

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestFrozenColumn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_frozencolumn"));
    QSettings().clear();
    // The details pane shown, as a 1280x800 screen starts it (the test platform's screen is narrower).
    QSettings().setValue(QStringLiteral("window/detailsPane"), true);
    Dialogs::setTestMode(true);
    const QString path = m_dir.filePath(QStringLiteral("f.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(path));
}

void TestFrozenColumn::cleanupTestCase()
{
    m_window.reset();
    Language::apply(QStringLiteral("en"));
}

// Scrolled sideways to its dates and phases, the Projects table still says which project each row is:
// its code stays in view, drawn over the table (at 200 % on a laptop, the colours already scroll).
void TestFrozenColumn::codesStayInViewScrolledSideways()
{
    QVERIFY(showPageIn(*m_window, QStringLiteral("en"), QStringLiteral("projects")));
    TablePage *page = m_window->tablePage(QStringLiteral("projects"));
    auto *table = qobject_cast<RowTable *>(page->view());
    QVERIFY(table);
    QTableView *frozen = table->frozenView();
    QAbstractItemModel *rows = table->model();
    m_window->resize(1280, 800);
    QVERIFY(page->isDetailShown());
    settleLayouts();
    QCOMPARE(table->frozenColumn(), int(ProjectModel::Code));
    QVERIFY2(!frozen->isVisible(), "at rest the table draws its codes itself");
    QVERIFY2(!frozen->model(), "hidden, the frozen column holds the rows too");
    const QPersistentModelIndex current = table->currentIndex();

    QScrollBar *sideways = table->horizontalScrollBar();
    QVERIFY2(sideways->maximum() > 0, "the Projects table scrolls sideways at 1280 px beside the details");
    sideways->setValue(sideways->maximum());
    settleLayouts();
    QVERIFY(frozen->isVisible());
    QVERIFY2(table->currentIndex() == current, "scrolling chose another project");
    QCOMPARE(frozen->geometry().topLeft(), QPoint(table->viewport()->x(), table->horizontalHeader()->y()));
    QCOMPARE(frozen->width(), table->columnWidth(ProjectModel::Code));
    QCOMPARE(frozen->geometry().bottom(), table->viewport()->geometry().bottom());
    QVERIFY(frozen->isColumnHidden(ProjectModel::Name) && !frozen->isColumnHidden(ProjectModel::Code));
    // The last column whole, beside the codes.
    const QRect lastCell = table->visualRect(rows->index(0, ProjectModel::State));
    QVERIFY2(lastCell.left() >= frozen->width() && lastCell.right() < table->viewport()->width(),
             qPrintable(QStringLiteral("State at %1..%2, codes %3 px, table %4 px").arg(lastCell.left())
                            .arg(lastCell.right()).arg(frozen->width()).arg(table->viewport()->width())));

    // Each code on its row, scrolled down too (the frozen column scrolls with the rows).
    table->verticalScrollBar()->setValue(7);
    settleLayouts();
    QCOMPARE(frozen->verticalScrollBar()->value(), 7);
    for (int row = 7; row < 12; ++row)
        QCOMPARE(frozen->visualRect(rows->index(row, ProjectModel::Code)).top(),
                 table->visualRect(rows->index(row, ProjectModel::State)).top());
    const QModelIndex topCode = frozen->indexAt(QPoint(4, 4));
    QCOMPARE(topCode.column(), int(ProjectModel::Code));
    QCOMPARE(topCode.row(), table->rowAt(4));
    // The wheel over the codes scrolls the table.
    frozen->verticalScrollBar()->setValue(9);
    QCOMPARE(table->verticalScrollBar()->value(), 9);

    // A click on a code chooses that project, and the dates beside it stay in view.
    const QModelIndex chosen = rows->index(11, ProjectModel::Code);
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(chosen).center());
    settleLayouts();
    QCOMPARE(table->currentIndex().row(), 11);
    QCOMPARE(page->selectedSourceRows().value(0).siblingAtColumn(ProjectModel::Code).data().toString(),
             chosen.data().toString());
    QCOMPARE(sideways->value(), sideways->maximum());
    // The keyboard moves from there as from the table, still scrolled sideways.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 12);
    QCOMPARE(sideways->value(), sideways->maximum());
    // Left, cell by cell: the current cell is never hidden under the codes.
    table->setCurrentIndex(rows->index(12, ProjectModel::State));
    for (int step = 0; step < ProjectModel::ColumnCount; ++step) {
        QTest::keyClick(table, Qt::Key_Left);
        settleLayouts();
        const int column = table->currentIndex().column();
        if (column == ProjectModel::Code || !frozen->isVisible())
            break;
        QVERIFY2(table->visualRect(table->currentIndex()).left() >= frozen->width(),
                 qPrintable(QStringLiteral("column %1 under the codes").arg(column)));
    }

    // Sorting from the frozen header sorts the table.
    sideways->setValue(sideways->maximum());
    settleLayouts();
    QVERIFY(frozen->isVisible());
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ProjectModel::Code));
    const Qt::SortOrder order = table->horizontalHeader()->sortIndicatorOrder();
    const QString firstBefore = rows->index(0, ProjectModel::Code).data().toString();
    QTest::mouseClick(frozen->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(8, frozen->horizontalHeader()->height() / 2));
    QVERIFY(table->horizontalHeader()->sortIndicatorOrder() != order);
    QCOMPARE(frozen->horizontalHeader()->sortIndicatorOrder(), table->horizontalHeader()->sortIndicatorOrder());
    QTRY_VERIFY(rows->index(0, ProjectModel::Code).data().toString() != firstBefore);
    table->sortByColumn(ProjectModel::Code, order);
    QTRY_COMPARE(rows->index(0, ProjectModel::Code).data().toString(), firstBefore);
    QCOMPARE(frozen->horizontalHeader()->sortIndicatorOrder(), order);

    // Its width dragged on the frozen header is the column's.
    const int width = table->columnWidth(ProjectModel::Code);
    frozen->horizontalHeader()->resizeSection(ProjectModel::Code, width + 10);
    QCOMPARE(table->columnWidth(ProjectModel::Code), width + 10);
    QCOMPARE(frozen->width(), width + 10);
    // Wider than two fifths of the table, the codes are kept in view at two fifths, cut short, once what
    // they do not show has scrolled under them (the table never shows a column's end beside its start).
    const int wide = table->viewport()->width() / 2;
    const int kept = table->viewport()->width() * 2 / 5;
    table->setColumnWidth(ProjectModel::Code, wide);
    settleLayouts();
    QCOMPARE(table->frozenColumn(), int(ProjectModel::Code));
    QCOMPARE(table->frozenWidth(ProjectModel::Code), kept);
    QVERIFY2(sideways->maximum() > wide - kept, "the Projects table scrolls past the wide codes");
    sideways->setValue(wide - kept - 1);
    settleLayouts();
    QVERIFY2(!frozen->isVisible(), "the codes' end is still in view beside the frozen column");
    sideways->setValue(wide - kept);
    settleLayouts();
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->width(), kept);
    QCOMPARE(frozen->columnWidth(ProjectModel::Code), kept);
    QCOMPARE(table->columnWidth(ProjectModel::Code), wide); // shown narrower, not made narrower
    QCOMPARE(table->columnAt(kept), int(ProjectModel::Name)); // the next column starts at its edge
    QCOMPARE(table->visualRect(rows->index(0, ProjectModel::Name)).left(), kept);
    sideways->setValue(sideways->maximum());
    settleLayouts();
    QCOMPARE(frozen->width(), kept);
    // Dragged narrower on the frozen header, the column is as wide as the user left it.
    frozen->horizontalHeader()->resizeSection(ProjectModel::Code, kept - 20);
    settleLayouts();
    QCOMPARE(table->columnWidth(ProjectModel::Code), kept - 20);
    QCOMPARE(frozen->width(), kept - 20);
    table->setColumnWidth(ProjectModel::Code, width);
    settleLayouts();
    QCOMPARE(frozen->width(), width);

    // Back at the start the table draws them itself again, and the frozen column lets the rows go; shown
    // and hidden again and again, it keeps no selection of its own.
    table->verticalScrollBar()->setValue(9);
    for (int round = 0; round < 3; ++round) {
        sideways->setValue(sideways->maximum());
        settleLayouts();
        QVERIFY(frozen->isVisible());
        QCOMPARE(frozen->selectionModel(), table->selectionModel());
        sideways->setValue(0);
        settleLayouts();
        QVERIFY(!frozen->isVisible());
    }
    QTRY_VERIFY(!frozen->model());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    settleLayouts();
    QCOMPARE(table->verticalScrollBar()->value(), 9); // letting the rows go did not scroll the table
    QCOMPARE(frozen->findChildren<QItemSelectionModel *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
    table->clearSelection();
}

// The Strategy tree, scrolled sideways to a measure's status and comment, showed them without the
// measure's number and title. Its first column is kept in view as the flat tables' is, over the same rows
// expanded and collapsed as the tree.
void TestFrozenColumn::measuresStayInViewScrolledSideways()
{
    QVERIFY(showPageIn(*m_window, QStringLiteral("en"), QStringLiteral("strategy")));
    TablePage *page = m_window->tablePage(QStringLiteral("strategy"));
    auto *tree = qobject_cast<RowTree *>(page->view());
    QVERIFY(tree);
    QTreeView *frozen = tree->frozenView();
    QAbstractItemModel *rows = tree->model();
    m_window->resize(1280, 800);
    settleLayouts();
    QCOMPARE(tree->frozenColumn(), 0);
    QVERIFY2(!frozen->isVisible(), "at rest the tree draws its titles itself");
    QVERIFY(!frozen->model());
    // The sample's first plan, its first key area and that area's measures.
    const QModelIndex plan = rows->index(0, 0);
    const QModelIndex area = rows->index(0, 0, plan);
    const QModelIndex secondArea = rows->index(1, 0, plan);
    QVERIFY(rows->rowCount(area) > 2 && rows->rowCount(secondArea) > 0);
    QVERIFY(tree->isExpanded(area));
    const int last = rows->columnCount() - 1;
    // Each title on its row, beside that row's last column.
    const auto aligned = [&](const QModelIndex &index) {
        return frozen->visualRect(index).top() == tree->visualRect(index.siblingAtColumn(last)).top();
    };

    // A branch closed at rest, while the frozen column holds no rows, is closed there as it is shown.
    tree->collapse(secondArea);
    QScrollBar *sideways = tree->horizontalScrollBar();
    QVERIFY2(sideways->maximum() > 0, "the Strategy tree scrolls sideways at 1280 px beside the details");
    sideways->setValue(sideways->maximum());
    settleLayouts();
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->model(), rows);
    QVERIFY(!frozen->isExpanded(secondArea) && frozen->isExpanded(area));
    QVERIFY(aligned(rows->index(2, 0, plan)));
    tree->expand(secondArea);
    settleLayouts();
    QCOMPARE(frozen->selectionModel(), tree->selectionModel());
    QCOMPARE(frozen->width(), tree->frozenWidth(0));
    QCOMPARE(frozen->geometry().topLeft(), QPoint(tree->viewport()->x(), tree->header()->y()));
    QVERIFY(frozen->isColumnHidden(last) && !frozen->isColumnHidden(0));
    QCOMPARE(frozen->indentation(), tree->indentation());
    const QModelIndex measure = rows->index(2, 0, area);
    const QModelIndex later = rows->index(0, 0, secondArea);
    QVERIFY(aligned(measure) && aligned(later));
    QVERIFY(tree->visualRect(measure.siblingAtColumn(last)).left() >= frozen->width());

    // A branch closed on the frozen column is closed in the tree, and opened in the tree it opens there.
    frozen->collapse(area);
    settleLayouts();
    QVERIFY(!tree->isExpanded(area));
    QVERIFY2(aligned(later), "the rows under a closed branch moved up in one view only");
    tree->expand(area);
    settleLayouts();
    QVERIFY(frozen->isExpanded(area));
    QVERIFY(aligned(measure) && aligned(later));
    // The page opens every branch at once after a filter (expandAll, no signal for each branch).
    tree->collapseAll();
    settleLayouts();
    QVERIFY(!frozen->isExpanded(plan));
    // expandToDepth() says nothing of the branches it opens: the frozen column reads them after the layout.
    tree->expandToDepth(0);
    settleLayouts();
    QVERIFY(tree->isExpanded(plan) && !tree->isExpanded(area));
    QVERIFY(frozen->isExpanded(plan) && !frozen->isExpanded(area));
    QVERIFY(aligned(area) && aligned(secondArea));
    tree->expandAll();
    settleLayouts();
    QVERIFY(frozen->isExpanded(plan) && frozen->isExpanded(area));
    QVERIFY(aligned(measure) && aligned(later));
    // Rows filtered while it is shown: the rows kept are on the same lines in both.
    page->filterBar()->searchBox()->setText(later.data().toString().section(QLatin1Char(' '), 1, 2));
    settleLayouts();
    QTRY_VERIFY(rows->rowCount() > 0 && tree->isExpanded(rows->index(0, 0)));
    settleLayouts();
    for (QModelIndex i = rows->index(0, 0); i.isValid(); i = tree->indexBelow(i)) {
        if (frozen->isVisible())
            QVERIFY2(aligned(i), qPrintable(i.data().toString()));
    }
    page->filterBar()->searchBox()->clear();
    settleLayouts();
    QTRY_VERIFY(rows->rowCount(rows->index(0, 0)) > 1);
    settleLayouts();

    // A click on a title chooses that measure, and the columns beside it stay in view.
    sideways->setValue(sideways->maximum());
    settleLayouts();
    QVERIFY(frozen->isVisible());
    const QModelIndex chosen = rows->index(1, 0, rows->index(0, 0, rows->index(0, 0)));
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(chosen).center());
    settleLayouts();
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), chosen);
    QCOMPARE(sideways->value(), sideways->maximum());

    // Back at the start the tree draws them itself again, and the frozen column lets the rows go.
    sideways->setValue(0);
    settleLayouts();
    QVERIFY(!frozen->isVisible());
    QTRY_VERIFY(!frozen->model());
    tree->clearSelection();
}

// An envelope is its fiscal year and its organization: scrolled sideways to its committed amount and gap,
// the Envelopes table at 200 % kept "2017-2018" in view and the ministry scrolled away. Both stay, in
// half the table, the year as narrow as "2017-2018" and the organization cut short.
void TestFrozenColumn::envelopesKeepTheirYearAndOrganization()
{
    QVERIFY(showPageIn(*m_window, QStringLiteral("en"), QStringLiteral("envelopes")));
    TablePage *page = m_window->tablePage(QStringLiteral("envelopes"));
    auto *table = qobject_cast<RowTable *>(page->view());
    QVERIFY(table);
    QTableView *frozen = table->frozenView();
    QAbstractItemModel *rows = table->model();
    m_window->resize(1280, 800);
    settleLayouts();
    QHeaderView *header = table->horizontalHeader();
    const QList<int> keys { EnvelopeModel::FiscalYear, EnvelopeModel::Organization };
    QCOMPARE(table->frozenColumns(), keys);
    // The organizations' names as wide as the table, as at 200 % beside the details.
    const int organizationWidth = table->columnWidth(EnvelopeModel::Organization);
    table->setColumnWidth(EnvelopeModel::Organization, table->viewport()->width());
    settleLayouts();
    QScrollBar *sideways = table->horizontalScrollBar();
    QVERIFY(sideways->maximum() > 0);
    sideways->setValue(sideways->maximum());
    settleLayouts();
    QVERIFY(frozen->isVisible());
    QVERIFY(!frozen->isColumnHidden(EnvelopeModel::FiscalYear) && !frozen->isColumnHidden(EnvelopeModel::Organization));
    QVERIFY(frozen->isColumnHidden(EnvelopeModel::Gap));
    const int year = frozen->columnWidth(EnvelopeModel::FiscalYear);
    const int organization = frozen->columnWidth(EnvelopeModel::Organization);
    QCOMPARE(year, table->frozenWidth(EnvelopeModel::FiscalYear));
    QCOMPARE(organization, table->frozenWidth(EnvelopeModel::Organization));
    QCOMPARE(frozen->width(), table->viewport()->width() / 2);
    QCOMPARE(year + organization, frozen->width());
    // The year whole, the rest the organization's.
    const QString shownYear = rows->index(0, EnvelopeModel::FiscalYear).data().toString();
    QVERIFY2(year > frozen->fontMetrics().horizontalAdvance(shownYear) && year <= table->columnWidth(EnvelopeModel::FiscalYear),
             qPrintable(QStringLiteral("%1 in %2 px").arg(shownYear).arg(year)));
    QVERIFY2(year < table->columnWidth(EnvelopeModel::FiscalYear), "the year is kept as wide as its header's words");
    QVERIFY2(organization > year, qPrintable(QStringLiteral("organization %1 px, year %2 px").arg(organization).arg(year)));
    QCOMPARE(frozen->horizontalHeader()->sectionPosition(EnvelopeModel::FiscalYear), 0);
    QCOMPARE(frozen->horizontalHeader()->sectionPosition(EnvelopeModel::Organization), year);
    // The last column whole beside them, each row on its line.
    const QRect gap = table->visualRect(rows->index(3, EnvelopeModel::Gap));
    QVERIFY2(gap.left() >= frozen->width() && gap.right() < table->viewport()->width(),
             qPrintable(QStringLiteral("Gap at %1..%2, frozen %3 px").arg(gap.left()).arg(gap.right()).arg(frozen->width())));
    QCOMPARE(frozen->visualRect(rows->index(3, EnvelopeModel::Organization)).top(), gap.top());

    // A sideways wheel over them (a touchpad's) scrolls the table sideways.
    const QPoint over = frozen->visualRect(rows->index(1, EnvelopeModel::Organization)).center();
    QWheelEvent wheel(QPointF(over), QPointF(frozen->viewport()->mapToGlobal(over)), QPoint(), QPoint(120, 0), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(frozen->viewport(), &wheel);
    QVERIFY2(sideways->value() < sideways->maximum(), "the wheel over the frozen columns did not scroll the table");

    // Dragged first, the organization is kept first.
    header->moveSection(header->visualIndex(EnvelopeModel::Organization), 0);
    sideways->setValue(sideways->maximum());
    settleLayouts();
    QCOMPARE(table->frozenColumns(), (QList<int> { EnvelopeModel::Organization, EnvelopeModel::FiscalYear }));
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->horizontalHeader()->sectionPosition(EnvelopeModel::Organization), 0);
    QCOMPARE(frozen->horizontalHeader()->sectionPosition(EnvelopeModel::FiscalYear),
             frozen->columnWidth(EnvelopeModel::Organization));
    header->moveSection(header->visualIndex(EnvelopeModel::FiscalYear), 0);
    table->setColumnWidth(EnvelopeModel::Organization, organizationWidth);
    sideways->setValue(0);
    settleLayouts();
    QVERIFY(!frozen->isVisible());
}

QTEST_MAIN(TestFrozenColumn)
#include "tst_frozencolumn.moc"
