// The workspace as an analyst uses it all day (issue 17): Overview counts that open the rows they
// count, the envelopes' totals and what-if (applied as one undoable edit), printing what is on screen,
// the workforce by specialty with its stored threshold, Ctrl+F, and a language switch that keeps what
// was typed and not yet recorded.
#include "analysis/strategychecks.h"
#include "charts/chartstyle.h"
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "models/filterproxy.h"
#include "models/projectmodel.h"
#include "models/strategymodel.h"
#include "storage/repository.h"
#include "models/workforcemodel.h"
#include "models/workforcepivotmodel.h"
#include "views/envelopewhatif.h"
#include "views/filterbar.h"
#include "views/mainwindow.h"
#include "views/measuredetail.h"
#include "views/overviewpage.h"
#include "views/projectmeasures.h"
#include "views/tablepage.h"
#include "views/workforcepage.h"

#include "i18n/language.h"
#include "sample/quebecsample.h"
#include "darkdesktop.h"
#include "uifixture.h"

#include "storage/repository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QAbstractItemView>
#include <QUndoStack>

using namespace Vigie;

class TestAnalystDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void overviewCountsOpenTheirRows();
    void projectsServingNoMeasureAreListed();
    void measureChecksOpenTheirRows();
    void shortColumnsShowTheirValues();
    void envelopeTotalsAndWhatIf();
    void printsTheCurrentPage();
    void workforceBySpecialty();
    void atRiskReadsOnLightAndDarkDesktops();
    void pagesPrintTheSameUnderADarkDesktop_data();
    void pagesPrintTheSameUnderADarkDesktop();
    void workforcePivotOfALargeFileComesFromAWorker();
    void workforceComparesOnlyWithAnotherSurvey();
    void findGoesToTheFilter();
    void languageSwitchKeepsTypedText();
    void undoAndRedoSayWhatTheyDid();

private:
    QTemporaryDir m_dir;
    QString m_path;
    VigieTest::Fixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnalystDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_analystdesk"));
}

void TestAnalystDesk::init()
{
    QSettings().clear();
    Dialogs::setTestMode(true);
    Language::apply(QStringLiteral("en"));
    QString name = QString::fromLatin1(QTest::currentTestFunction());
    if (QTest::currentDataTag())
        name += QLatin1Char('-') + QString::fromLatin1(QTest::currentDataTag());
    m_path = m_dir.filePath(name + QStringLiteral(".vigie"));
    QVERIFY(VigieTest::makePortfolio(m_path, &m_fx));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
    QTRY_VERIFY(!m_window->projectModel()->isLoading());
}

void TestAnalystDesk::cleanup()
{
    m_window.reset();
    Language::apply(QStringLiteral("en"));
    QVERIFY2(Dialogs::takeMessages().isEmpty(), "an unexpected dialog");
}

// A French window whose column widths were set for English words cut the colours to « Non év », « Ro ».
// Columns of short values widen to their widest value on screen as rows arrive; a column of long text
// keeps the width it was given (its values are cut with "…" and shown whole in the tooltip and detail).
// "12 active projects serving no measure" on the Overview opens their list; a project given its measure
// from its own panel leaves the list at once.
void TestAnalystDesk::projectsServingNoMeasureAreListed()
{
    QTRY_VERIFY(!m_window->overview()->isComputing());
    const QString link = QStringLiteral("filter:projects?state=0&flag=%1").arg(int(RowFlag::NoMeasure));
    const QString strategy = m_window->overview()->cardText(QStringLiteral("strategy"));
    QVERIFY2(strategy.contains(QStringLiteral("<a href=\"%1\">12 active projects serving no measure</a>").arg(link)),
             qPrintable(strategy));
    m_window->overview()->followLink(link);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("projects"));
    TablePage *projects = m_window->tablePage(QStringLiteral("projects"));
    QCOMPARE(projects->filterBar()->filter().flag, int(RowFlag::NoMeasure));
    QTRY_COMPARE(projects->proxy()->rowCount(), 12);
    projects->select(m_window->projectModel()->index(0, 0));
    auto *measures = m_window->findChild<ProjectMeasures *>();
    QVERIFY(measures && measures->linkButton()->isEnabled());
    measures->linkButton()->click();
    QTRY_COMPARE(projects->proxy()->rowCount(), 11);
    m_window->document()->editor()->undoStack()->undo();
    QTRY_COMPARE(projects->proxy()->rowCount(), 12);
}

// "Measures flagged: 4 with status and percent in disagreement, 3 past due; links: 2 measures under way
// with no project…": each count on the Overview opens the Strategy page showing those measures only.
void TestAnalystDesk::measureChecksOpenTheirRows()
{
    QTRY_VERIFY(!m_window->overview()->isComputing());
    StrategyChecks checks;
    QString error;
    QVERIFY2(MeasureChecks::compute(*m_window->document()->file(), QDate::currentDate(), &checks, &error), qPrintable(error));
    const std::pair<RowFlag, int> counted[] = { { RowFlag::Inconsistent, checks.inconsistent },
                                                { RowFlag::Overdue, checks.overdue },
                                                { RowFlag::NoProject, checks.measuresWithoutProject } };
    const QString card = m_window->overview()->cardText(QStringLiteral("strategy"));
    for (const auto &[flag, count] : counted) {
        QVERIFY(count > 0);
        const QString link = QStringLiteral("filter:strategy?flag=%1").arg(int(flag));
        QVERIFY2(card.contains(QStringLiteral("<a href=\"%1\">%2").arg(link).arg(count)), qPrintable(card));
        m_window->overview()->followLink(link);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("strategy"));
        QCOMPARE(m_window->tablePage(QStringLiteral("strategy"))->filterBar()->filter().flag, int(flag));
        QVERIFY2(m_window->statusText().startsWith(QStringLiteral("%1 of").arg(count)), qPrintable(m_window->statusText()));
        m_window->showPage(QStringLiteral("overview"));
    }
}

void TestAnalystDesk::shortColumnsShowTheirValues()
{
    TablePage page(QStringLiteral("fit-test"));
    page.setDefaultWidths({ 40, 40 });
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({ QStringLiteral("A"), QStringLiteral("B") });
    page.setModel(&model);
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QHeaderView *header = page.header();
    const int longWidth = header->sectionSize(1);
    for (int i = 0; i < 20; ++i)
        model.appendRow({ new QStandardItem(QStringLiteral("Non évalué")), new QStandardItem(QString(300, QLatin1Char('x'))) });
    const QFontMetrics fm(page.view()->font());
    QTRY_VERIFY2(header->sectionSize(0) >= fm.horizontalAdvance(QStringLiteral("Non évalué")),
                 qPrintable(QString::number(header->sectionSize(0))));
    QCOMPARE(header->sectionSize(1), longWidth);
}

void TestAnalystDesk::overviewCountsOpenTheirRows()
{
    QTRY_VERIFY(!m_window->overview()->isComputing());
    // "2 red" on the cost line: the active projects whose cost indicator is red.
    const Summary &summary = m_window->overview()->summary();
    const int red = summary.cost.bucket(Health::Red).count;
    QVERIFY(red > 0);
    QVERIFY(red != summary.schedule.bucket(Health::Red).count);
    m_window->overview()->followLink(QStringLiteral("filter:projects?state=0&indicator=%1&health=%2")
                                         .arg(int(Indicator::Cost))
                                         .arg(int(Health::Red)));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("projects"));
    TablePage *projects = m_window->tablePage(QStringLiteral("projects"));
    QCOMPARE(projects->proxy()->rowCount(), red);
    for (int r = 0; r < projects->proxy()->rowCount(); ++r) {
        const Project *p = m_window->projectModel()->project(projects->proxy()->mapToSource(projects->proxy()->index(r, 0)).row());
        QCOMPARE(p->effectiveCost(), Health::Red);
        QCOMPARE(p->state, ProjectState::Active);
    }
    const RowFilter f = projects->filterBar()->filter();
    QCOMPARE(f.health, int(Health::Red));
    QCOMPARE(f.indicator, int(Indicator::Cost));
    QCOMPARE(f.state, int(ProjectState::Active));
    // The indicator matters: the same colour on the schedule is another list.
    RowFilter schedule = f;
    schedule.indicator = int(Indicator::Schedule);
    projects->filterBar()->setFilter(schedule);
    QCOMPARE(projects->proxy()->rowCount(), summary.schedule.bucket(Health::Red).count);
    // A measure count opens the strategy with that status.
    m_window->overview()->followLink(QStringLiteral("filter:strategy?status=%1").arg(int(MeasureStatus::Completed)));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("strategy"));
    QCOMPARE(m_window->tablePage(QStringLiteral("strategy"))->filterBar()->filter().status, int(MeasureStatus::Completed));
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("%1 of").arg(summary.measuresByStatus[int(MeasureStatus::Completed)])),
             qPrintable(m_window->statusText()));
}

void TestAnalystDesk::envelopeTotalsAndWhatIf()
{
    m_window->showPage(QStringLiteral("envelopes"));
    TablePage *envelopes = m_window->tablePage(QStringLiteral("envelopes"));
    // The fixture: three 2016-2017 envelopes, needs 5 + 10 + 15, granted 4 + 8 + 12, committed 3 + 6 + 9 ($M).
    const QString totals = envelopes->totalsText();
    QVERIFY2(totals.contains(QStringLiteral("2016-2017, 3 envelopes shown")), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("planned needs $30.00M · granted $24.00M · committed $18.00M · gap $6.00M")),
             qPrintable(totals));
    // On screen, the same sums as a table: the year's row, its count and amounts in cells.
    const auto shownRow = [envelopes] {
        QTextDocument table;
        table.setHtml(envelopes->totalsShown());
        return table.toPlainText().simplified();
    };
    QVERIFY2(envelopes->totalsShown().startsWith(QLatin1String("<table")), qPrintable(envelopes->totalsShown()));
    QCOMPARE(shownRow(), QStringLiteral("Fiscal year Envelopes shown Planned needs Granted Committed Gap "
                                        "2016-2017 3 $30.00M $24.00M $18.00M $6.00M"));
    // A what-if shows, it does not write.
    EnvelopeWhatIf *whatIf = m_window->envelopeWhatIf();
    whatIf->adjustmentBox()->setValue(10);
    QVERIFY2(envelopes->totalsText().contains(QStringLiteral("granted $26.40M · committed $18.00M · gap $3.60M")),
             qPrintable(envelopes->totalsText()));
    QVERIFY2(shownRow().endsWith(QLatin1String("2016-2017 3 $30.00M $26.40M $18.00M $3.60M")), qPrintable(shownRow()));
    PortfolioFile *file = m_window->document()->file();
    QCOMPARE(file->value(Entity::Envelope, m_fx.envelope, Field::Granted).toDouble(), 8e6);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    // Cancelled: still nothing written.
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!whatIf->apply());
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QCOMPARE(file->value(Entity::Envelope, m_fx.envelope, Field::Granted).toDouble(), 8e6);
    // Applied to the rows shown: one undoable edit.
    Dialogs::setNextAnswer(QMessageBox::Apply);
    QVERIFY(whatIf->apply());
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QCOMPARE(file->value(Entity::Envelope, m_fx.envelope, Field::Granted).toDouble(), 8.8e6);
    QCOMPARE(whatIf->adjustmentBox()->value(), 0.0);
    QVERIFY(envelopes->totalsText().contains(QStringLiteral("granted $26.40M")));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    m_window->document()->undoStack()->undo();
    QCOMPARE(file->value(Entity::Envelope, m_fx.envelope, Field::Granted).toDouble(), 8e6);
    QVERIFY(envelopes->totalsText().contains(QStringLiteral("granted $24.00M")));
    // A filter narrows the totals to the rows shown.
    QTest::keyClicks(envelopes->filterBar()->searchBox(), QStringLiteral("ramq"));
    QVERIFY2(envelopes->totalsText().contains(QStringLiteral("1 envelope shown")), qPrintable(envelopes->totalsText()));
}

void TestAnalystDesk::printsTheCurrentPage()
{
    // Ctrl+P prints the page on screen: here the projects as filtered, not the briefing.
    auto *print = m_window->findChild<QAction *>(QStringLiteral("actionPrint"));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    m_window->showPage(QStringLiteral("projects"));
    TablePage *projects = m_window->tablePage(QStringLiteral("projects"));
    QTest::keyClicks(projects->filterBar()->searchBox(), QStringLiteral("ramq"));
    const int shown = projects->proxy()->rowCount();
    QVERIFY(shown > 0 && shown < m_window->projectModel()->totalRows());
    const QString pdf = m_dir.filePath(QStringLiteral("projects.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageOrientation(QPageLayout::Landscape); // as File > Print sets it for a table
        QVERIFY(m_window->printCurrentPage(&writer));
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        QSKIP("pdftotext is not available");
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(printed.contains(QStringLiteral("Projects")));
    QVERIFY2(printed.contains(QStringLiteral("Authorized budget")), qPrintable(printed.left(3000)));
    int rows = 0;
    for (const Project &p : Repository::projects(*m_window->document()->file(), 0, 1000000)) {
        if (printed.contains(p.code))
            ++rows;
    }
    QCOMPARE(rows, shown); // the rows shown, no others
    QVERIFY(!printed.contains(QStringLiteral("Accomplishments")));
    // File > Export > Current View writes the same rows, as shown.
    const QString csv = m_dir.filePath(QStringLiteral("view.csv"));
    Dialogs::setNextFileName(csv);
    QVERIFY(m_window->exportCurrentView());
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(exported.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown + 1);
    QVERIFY2(lines.first().endsWith(QStringLiteral(",Authorized budget,Forecast cost,Planned end,Forecast end,Phase,State")), qPrintable(lines.first()));
    QVERIFY(lines.at(1).contains(QStringLiteral("RAMQ-")));
    // The Overview prints too: its figures, not the lines that lead to another page on screen.
    m_window->showPage(QStringLiteral("overview"));
    const QString overviewPdf = m_dir.filePath(QStringLiteral("overview.pdf"));
    {
        QPdfWriter writer(overviewPdf);
        QVERIFY(m_window->printCurrentPage(&writer));
    }
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), overviewPdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000) && text.exitCode() == 0);
    const QString overview = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(m_window->overview()->cardText(QStringLiteral("strategy")).contains(QStringLiteral("Open the strategy")));
    QVERIFY2(overview.contains(QStringLiteral("active projects")), qPrintable(overview.left(3000)));
    QVERIFY(overview.contains(QStringLiteral("Investment envelopes")));
    QVERIFY2(!overview.contains(QStringLiteral("Open the")), qPrintable(overview.left(3000)));
    QVERIFY(!overview.contains(QStringLiteral("Trend")));
}

void TestAnalystDesk::workforcePivotOfALargeFileComesFromAWorker()
{
    BackgroundTask::setLargeFileBytes(0); // every file is "large": the pivot is read on a worker thread
    WorkforcePivotModel pivot(m_window->document());
    BackgroundTask::setLargeFileBytes(4 * 1024 * 1024); // as the program has it (the model chose its worker)
    QCOMPARE(pivot.rowCount(), 0); // the GUI thread did not read the survey
    QTRY_COMPARE(pivot.rowCount(), 4);
    QCOMPARE(pivot.index(3, WorkforcePivotModel::Specialty).data().toString(), QStringLiteral("Total"));
    QCOMPARE(pivot.atRiskCount(), 1);
    // Only at risk: the rows of the pivot already read, without reading again.
    pivot.setAtRiskOnly(true);
    QCOMPARE(pivot.rowCount(), 2);
}

void TestAnalystDesk::workforceBySpecialty()
{
    m_window->showPage(QStringLiteral("workforce"));
    WorkforcePage *page = m_window->workforcePage();
    WorkforcePivotModel *pivot = page->pivotModel();
    QVERIFY(pivot);
    // Three specialties and the totals row, kept last.
    QCOMPARE(pivot->rowCount(), 4);
    QCOMPARE(pivot->index(3, WorkforcePivotModel::Specialty).data().toString(), QStringLiteral("Total"));
    TablePage *table = page->pivotPage();
    QCOMPARE(table->proxy()->index(table->proxy()->rowCount() - 1, WorkforcePivotModel::Specialty).data().toString(),
             QStringLiteral("Total"));
    // Fixture: specialty i has internal 10+o+i and external 5(i+1) in each of three organizations: S2 is
    // 39 internal and 45 external (53.6%), the only one above 50%.
    QCOMPARE(pivot->atRiskCount(), 1);
    // The threshold box stores the portfolio's threshold through the editor (undoable).
    page->thresholdBox()->setValue(40);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(pivot->atRiskCount(), 2); // S1: 36 internal, 30 external (45.5%)
    m_window->document()->undoStack()->undo();
    QCOMPARE(page->thresholdBox()->value(), 50.0);
    QCOMPARE(pivot->atRiskCount(), 1);
    // The records view is the editable table; its status counts records.
    page->setView(1);
    QCOMPARE(m_window->currentTablePage(), page->recordsPage());
    QVERIFY2(m_window->statusText().contains(QStringLiteral("9 of 9 records shown")), qPrintable(m_window->statusText()));
}

void TestAnalystDesk::atRiskReadsOnLightAndDarkDesktops()
{
    // The at-risk share is red text on the table's base: dark red on a light desktop, light red on a dark
    // one (the dark red read at 2.6:1 on Breeze Dark). WCAG asks 4.5:1 of body text.
    m_window->showPage(QStringLiteral("workforce"));
    WorkforcePivotModel *pivot = m_window->workforcePage()->pivotModel();
    QVERIFY(pivot);
    QCOMPARE(pivot->atRiskCount(), 1); // S2, 53.6 %
    QModelIndex share;
    int red = 0;
    for (int row = 0; row < pivot->rowCount(); ++row) {
        const QModelIndex i = pivot->index(row, WorkforcePivotModel::ExternalShare);
        if (i.data(Qt::ForegroundRole).isValid()) {
            share = i;
            ++red;
        }
    }
    QCOMPARE(red, 1);
    const auto contrastOnBase = [&share] {
        const QColor red = share.data(Qt::ForegroundRole).value<QBrush>().color();
        return ChartStyle::contrast(red, QApplication::palette().color(QPalette::Base));
    };
    QVERIFY2(contrastOnBase() >= 4.5, qPrintable(QString::number(contrastOnBase())));
    const QColor lightRed = share.data(Qt::ForegroundRole).value<QBrush>().color();
    {
        VigieTest::DarkDesktop dark;
        QVERIFY2(contrastOnBase() >= 4.5, qPrintable(QString::number(contrastOnBase())));
        QVERIFY(share.data(Qt::ForegroundRole).value<QBrush>().color() != lightRed);
    }
    // The records' table says the same.
    WorkforceModel records(m_window->document());
    bool seen = false;
    for (int row = 0; row < records.rowCount(); ++row) {
        const QVariant red = records.index(row, WorkforceModel::ExternalShare).data(Qt::ForegroundRole);
        if (!red.isValid())
            continue;
        seen = true;
        QVERIFY(ChartStyle::contrast(red.value<QBrush>().color(), QApplication::palette().color(QPalette::Base)) >= 4.5);
        VigieTest::DarkDesktop dark;
        const QColor onDark = records.index(row, WorkforceModel::ExternalShare).data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY(ChartStyle::contrast(onDark, QApplication::palette().color(QPalette::Base)) >= 4.5);
    }
    QVERIFY(seen);
}

void TestAnalystDesk::pagesPrintTheSameUnderADarkDesktop_data()
{
    QTest::addColumn<QString>("page");
    for (const char *page : { "overview", "projects", "workforce", "strategy" })
        QTest::newRow(page) << QString::fromLatin1(page);
}

void TestAnalystDesk::pagesPrintTheSameUnderADarkDesktop()
{
    // What File > Print puts on paper does not depend on the desktop's colours.
    QFETCH(QString, page);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(), "pdftoppm (poppler-utils) is needed");
    m_window->showPage(page);
    const auto printed = [this, &page](const QString &name) {
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setCreator(QStringLiteral("test"));
            if (!m_window->printCurrentPage(&writer))
                return QImage();
        }
        QProcess::execute(QStringLiteral("pdftoppm"), { QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                                        QStringLiteral("-singlefile"), pdf, m_dir.filePath(name) });
        return QImage(m_dir.filePath(name + QStringLiteral(".png")));
    };
    const QImage light = printed(page + QStringLiteral("-light"));
    QVERIFY(!light.isNull());
    QVERIFY(VigieTest::inkOf(light).ink > 0.002);
    QImage dark;
    {
        VigieTest::DarkDesktop desktop;
        QCoreApplication::processEvents();
        dark = printed(page + QStringLiteral("-dark"));
    }
    QVERIFY(!dark.isNull());
    QVERIFY2(light == dark, qPrintable(QStringLiteral("ink %1 on a light desktop, %2 on a dark one")
                                           .arg(VigieTest::inkOf(light).ink).arg(VigieTest::inkOf(dark).ink)));
}

void TestAnalystDesk::workforceComparesOnlyWithAnotherSurvey()
{
    // The Quebec sample has two surveys (March 2015 and March 2016).
    const QString quebec = m_dir.filePath(QStringLiteral("quebec-surveys.vigie"));
    QFile::remove(quebec);
    QString error;
    QVERIFY2(QuebecSample::write(quebec, &error), qPrintable(error));
    QVERIFY(m_window->openFile(quebec));
    m_window->showPage(QStringLiteral("workforce"));
    WorkforcePage *page = m_window->workforcePage();
    QComboBox *survey = page->surveyBox();
    QComboBox *compare = page->compareBox();
    QCOMPARE(survey->count(), 2);
    QCOMPARE(compare->count(), 3); // "No comparison" and both surveys
    const auto offered = [compare](int i) {
        return qobject_cast<QStandardItemModel *>(compare->model())->item(i)->isEnabled();
    };
    // The survey shown is not offered to compare with; the other one is.
    const int shown = compare->findData(survey->currentData());
    const int other = shown == 1 ? 2 : 1;
    QVERIFY(shown > 0);
    QVERIFY(!offered(shown));
    QVERIFY(offered(other));
    compare->setCurrentIndex(other);
    QCOMPARE(page->pivotModel()->pivot().compareSurvey, compare->itemData(other).toDate());
    // Showing the survey compared with drops the comparison rather than comparing it with itself.
    survey->setCurrentIndex(survey->findData(compare->itemData(other)));
    QCOMPARE(compare->currentIndex(), 0);
    QVERIFY(!page->pivotModel()->pivot().compareSurvey.isValid());
    QVERIFY(!offered(other));
    QVERIFY(offered(shown));
}

void TestAnalystDesk::findGoesToTheFilter()
{
    m_window->showPage(QStringLiteral("projects"));
    auto *find = m_window->findChild<QAction *>(QStringLiteral("actionFind"));
    QVERIFY(find);
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    QTest::keyClicks(m_window->tablePage(QStringLiteral("projects"))->filterBar()->searchBox(), QStringLiteral("x"));
    m_window->tablePage(QStringLiteral("projects"))->view()->setFocus();
    find->trigger();
    QLineEdit *box = m_window->tablePage(QStringLiteral("projects"))->filterBar()->searchBox();
    QTRY_VERIFY(box->hasFocus());
    QCOMPARE(box->selectedText(), QStringLiteral("x")); // typing replaces the old filter
}

void TestAnalystDesk::languageSwitchKeepsTypedText()
{
    m_window->showPage(QStringLiteral("strategy"));
    m_window->tablePage(QStringLiteral("strategy"))->select(m_window->strategyModel()->indexOfMeasure(m_fx.measure9));
    MeasureDetail *detail = m_window->measureDetail();
    QCOMPARE(detail->measureUuid(), m_fx.measure9);
    detail->percentBox()->setValue(70);
    detail->commentBox()->setPlainText(QStringLiteral("Typed, not recorded"));
    detail->commentFrBox()->setPlainText(QStringLiteral("Tapé, pas enregistré"));
    auto *french = m_window->findChild<QAction *>(QStringLiteral("actionLanguageFr"));
    QVERIFY(french);
    french->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(Language::current(), QStringLiteral("fr"));
    QCOMPARE(detail->commentBox()->toPlainText(), QStringLiteral("Typed, not recorded"));
    QCOMPARE(detail->commentFrBox()->toPlainText(), QStringLiteral("Tapé, pas enregistré"));
    QCOMPARE(detail->percentBox()->value(), 70.0);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    // Recording now writes both forms of the comment in one step.
    detail->recordButton()->click();
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    // A confirmation in the status bar, in the language shown.
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Fait\u00a0: ")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // Number boxes take the French formats at once.
    QCOMPARE(detail->percentBox()->locale().language(), QLocale::French);
    PortfolioFile *file = m_window->document()->file();
    QCOMPARE(file->value(Entity::Measure, m_fx.measure9, Field::CommentFr).toString(), QStringLiteral("Tapé, pas enregistré"));
    QCOMPARE(file->value(Entity::Measure, m_fx.measure9, Field::Comment).toString(), QStringLiteral("Typed, not recorded"));
}

// The status bar follows Edit → Undo and Redo: "Done: …" left there after an undo read as if the
// edit were still in effect. In English and in French.
void TestAnalystDesk::undoAndRedoSayWhatTheyDid()
{
    // The actions are made anew on a language change: found each time.
    const auto trigger = [this](const char *name) {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY(action && action->isEnabled());
        action->trigger();
    };
    QUndoStack *stack = m_window->document()->undoStack();
    QStatusBar *bar = m_window->statusBar();
    QVERIFY(m_window->document()->editor()->setValue(Entity::Project, m_fx.project1, Field::ForecastCost, 1234567.0,
                                                     [] { return QStringLiteral("Project SCT-01"); }));
    const QString step = stack->undoText();
    QVERIFY(step.endsWith(QStringLiteral("Project SCT-01")));
    QCOMPARE(bar->currentMessage(), QStringLiteral("Done: %1. Edit → Undo takes it back.").arg(step));
    trigger("actionUndo");
    QVERIFY(!stack->canUndo());
    QCOMPARE(bar->currentMessage(), QStringLiteral("Undone: %1. Edit → Redo makes it again.").arg(step));
    trigger("actionRedo");
    QVERIFY(stack->canUndo());
    QCOMPARE(bar->currentMessage(), QStringLiteral("Redone: %1. Edit → Undo takes it back.").arg(step));

    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    const QString etape = stack->undoText(); // named anew in French
    QVERIFY(etape != step);
    trigger("actionUndo");
    QCOMPARE(bar->currentMessage(), QString::fromUtf8("Annulé\u00a0: %1. Édition → Rétablir le refait.").arg(etape));
    trigger("actionRedo");
    QCOMPARE(bar->currentMessage(), QString::fromUtf8("Rétabli\u00a0: %1. Édition → Annuler revient en arrière.").arg(etape));
}

QTEST_MAIN(TestAnalystDesk)
#include "tst_analystdesk.moc"
