// The Charts page as a user drives it: pick a chart and filters, freeze a period (one undoable edit of
// the document), copy the chart; the page follows edits made elsewhere.
#include "analysis/periods.h"
#include "chartfixture.h"
#include "charts/chartdialogs.h"
#include "charts/chartspanel.h"
#include "charts/chartrenderer.h"
#include "charts/chartview.h"
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "document/document.h"
#include "i18n/language.h"
#include "views/optionalvalue.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QLabel>
#include <QSpinBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtMath>
#include <QGuiApplication>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestChartsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsEveryChart();
    void filtersChangeTheChart();
    void followsEdits();
    void freezeIsOneUndoableEdit();
    void freezeDateTypedInFullAndConfirmed();
    void copy();
    void manyCategoriesScrollWhole();
    void exportNamesFollowTheLanguage();
    void exportDialogSaysWhenTooShort();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    PortfolioFile *m_file = nullptr;
};

void TestChartsPanel::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("q.vigie"));
    QVERIFY2(VigieTest::makeChartPortfolio(path, &error), qPrintable(error));
    FileError fe;
    m_doc = Document::open(path, &fe);
    QVERIFY2(m_doc, qPrintable(fe.message));
    m_file = m_doc->file();
}

void TestChartsPanel::listsEveryChart()
{
    ChartsPanel panel;
    panel.setDocument(m_doc.get());
    QCOMPARE(panel.currentChartId(), ChartDataBuilder::chartIds().constFirst());
    for (const QString &id : ChartDataBuilder::chartIds()) {
        panel.setCurrentChart(id);
        QCOMPARE(panel.currentChartId(), id);
        QCOMPARE(panel.view()->data().id, id);
        QVERIFY(!panel.view()->data().isEmpty());
    }
    // Periods, latest first, after "Current values".
    auto *period = panel.findChild<QComboBox *>(QStringLiteral("periodFilter"));
    QCOMPARE(period->count(), 4);
    QCOMPARE(period->itemText(1), QStringLiteral("August 2016"));
    // In French the list names periods as French documents print them (it showed "August 2016").
    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    QCOMPARE(period->itemText(1), QString::fromUtf8("août 2016"));
    QCOMPARE(period->itemText(3), QString::fromUtf8("février 2016"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(period->itemText(1), QStringLiteral("August 2016"));
}

void TestChartsPanel::filtersChangeTheChart()
{
    ChartsPanel panel;
    panel.setDocument(m_doc.get());
    panel.setCurrentChart(QStringLiteral("project-health-cost"));
    QCOMPARE(panel.view()->data().series.at(1).labels.at(0).section(QLatin1Char('\n'), 0, 0), QStringLiteral("8"));
    panel.setPeriodFilter(Periods::find(*m_file, QStringLiteral("February 2016"))->id);
    QCOMPARE(panel.view()->data().series.at(1).labels.at(0).section(QLatin1Char('\n'), 0, 0), QStringLiteral("28"));
    QVERIFY(panel.view()->data().periodText.contains(QStringLiteral("February 2016")));
    QCOMPARE(panel.request().filter.periodId, Periods::find(*m_file, QStringLiteral("February 2016"))->id);
    panel.setPeriodFilter(0);
    const auto areas = ChartDataBuilder::keyAreas(*m_file, QStringLiteral("en"));
    panel.setKeyAreaFilter(areas.first().id);
    QVERIFY(panel.view()->data().subtitle.startsWith(QStringLiteral("Active projects: 40 ")));
}

void TestChartsPanel::followsEdits()
{
    ChartsPanel panel;
    panel.setDocument(m_doc.get());
    panel.setCurrentChart(QStringLiteral("measures-progress"));
    QCOMPARE(panel.view()->data().series.at(0).labels.at(0), QStringLiteral("11\n30.6%"));
    const QString uuid = m_file->rowUuid(Entity::Measure, 25); // a measure of area 3, under way
    const QVariant before = m_file->value(Entity::Measure, uuid, Field::Status);
    QCOMPARE(before.toString(), QStringLiteral("under_way"));
    QVERIFY(m_doc->editor()->setMeasureState(uuid, { MeasureStatus::Completed, 100, QString() }, 25));
    QCOMPARE(panel.view()->data().series.at(0).labels.at(0), QStringLiteral("12\n33.3%"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_file->value(Entity::Measure, uuid, Field::Status), before);
    QCOMPARE(panel.view()->data().series.at(0).labels.at(0), QStringLiteral("11\n30.6%"));
}

void TestChartsPanel::freezeIsOneUndoableEdit()
{
    ChartsPanel panel;
    panel.setDocument(m_doc.get());
    QUndoStack &stack = *m_doc->undoStack();
    stack.clear(); // what earlier tests left
    const int commands = 0;
    auto *period = panel.findChild<QComboBox *>(QStringLiteral("periodFilter"));
    const int periods = period->count();
    QString error;
    QVERIFY2(panel.freezePeriod(QStringLiteral("October 2016"), QDate(2016, 10, 31), &error), qPrintable(error));
    QCOMPARE(stack.count(), commands + 1);
    QCOMPARE(period->count(), periods + 1);
    const QString uuid = Periods::find(*m_file, QStringLiteral("October 2016"))->uuid;
    stack.undo();
    QVERIFY(!Periods::find(*m_file, QStringLiteral("October 2016")));
    QCOMPARE(period->count(), periods);
    stack.redo();
    QCOMPARE(Periods::find(*m_file, QStringLiteral("October 2016"))->uuid, uuid); // same row again
    // A duplicate is refused and leaves nothing on the stack.
    QVERIFY(!panel.freezePeriod(QStringLiteral("october 2016"), QDate(2016, 10, 31), &error));
    QVERIFY(error.contains(QStringLiteral("october 2016")));
    QCOMPARE(stack.count(), commands + 1);
    stack.undo();

    // The freeze dialog offers the French label too (prefilled with the French month), and refuses a
    // French label another period already has.
    FreezePeriodDialog dialog(*m_file);
    QVERIFY(!dialog.labelFr().isEmpty());
    dialog.findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("Fall 2016")); // the English label
    QVERIFY2(panel.freezePeriod(dialog.label(), QDate(2016, 11, 30), &error, QStringLiteral("Automne 2016")),
             qPrintable(error));
    QCOMPARE(Periods::find(*m_file, QStringLiteral("automne 2016"))->label, QStringLiteral("Fall 2016"));
    auto *labelFr = dialog.findChildren<QLineEdit *>().at(1);
    labelFr->setText(QStringLiteral("automne 2016"));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    stack.undo();

    // In the French interface the English label is still prefilled in English: it stored
    // « décembre 2026 » as the English label, which English briefings then printed.
    {
        const LanguageScope french(QStringLiteral("fr"));
        FreezePeriodDialog frenchDialog(*m_file);
        const QDate today = QDate::currentDate();
        QCOMPARE(frenchDialog.label(), QLocale(QLocale::English).toString(today, QStringLiteral("MMMM yyyy")));
        QCOMPARE(frenchDialog.labelFr(), QLocale(QLocale::French).toString(today, QStringLiteral("MMMM yyyy")));
        QVERIFY(frenchDialog.label() != frenchDialog.labelFr());
    }
}

// The as-of date typed in full over the whole box (Ctrl+A) lands as typed: the year stayed the current one
// (frozen as 2026-03-31 under "March 2017"). A date in the future, or not after the latest period's, is
// frozen only once confirmed.
void TestChartsPanel::freezeDateTypedInFullAndConfirmed()
{
    FreezePeriodDialog dialog(*m_file);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    DateEdit *asOf = dialog.asOfEdit();
    asOf->setFocus();
    QTest::keyClick(asOf, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(asOf, QStringLiteral("2017-03-31"));
    QCOMPARE(dialog.asOf(), QDate(2017, 3, 31));

    const QList<ReportingPeriod> periods = Periods::list(*m_file);
    QVERIFY(!periods.isEmpty());
    const QDate latest = periods.constLast().asOf;
    QVERIFY(Periods::freezeDateConcerns(*m_file, latest.addDays(1), latest.addDays(1)).isEmpty());
    QCOMPARE(Periods::freezeDateConcerns(*m_file, latest, latest.addYears(1)).size(), 1);       // not after the latest
    QCOMPARE(Periods::freezeDateConcerns(*m_file, latest.addDays(2), latest.addDays(1)).size(), 1); // in the future

    Dialogs::setTestMode(true);
    asOf->setDate(latest);
    Dialogs::setNextAnswer(QMessageBox::No);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QVERIFY(Dialogs::takeMessages().constFirst().contains(QStringLiteral("is not after that of the latest period")));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Dialogs::takeMessages();
    Dialogs::setTestMode(false);
}

void TestChartsPanel::copy()
{
    ChartsPanel panel;
    panel.setDocument(m_doc.get());
    panel.setCurrentChart(QStringLiteral("project-health-cost"));
    QSignalSpy copied(&panel, &ChartsPanel::copied); // the window says so in its status bar
    panel.copyToClipboard();
    QCOMPARE(copied.count(), 1);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(1600, 1000));
    QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("$415.56M"));
}

void TestChartsPanel::manyCategoriesScrollWhole()
{
    // In a 900×700 window the twenty specialties lost every other name: the chart had the room left to
    // it, not the room its labels need. It now keeps that room and the page scrolls.
    ChartsPanel panel;
    panel.setDocument(m_doc.get());
    panel.resize(760, 480);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *scroll = panel.findChild<QScrollArea *>(QStringLiteral("chartScroll"));
    QVERIFY(scroll);
    QCOMPARE(scroll->widget(), panel.view());
    panel.setCurrentChart(QStringLiteral("measures-progress")); // upright bars: any height shows them whole
    QTRY_VERIFY(!scroll->verticalScrollBar()->isVisible());
    QCOMPARE(panel.view()->height(), scroll->viewport()->height());

    panel.view()->setData(VigieTest::twentySpecialtiesChart(), QLocale(QLocale::English, QLocale::Canada));
    QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
    const int needed = qCeil(ChartRenderer::minimumHeight(panel.view()->data(), panel.view()->width()));
    QVERIFY2(needed > scroll->viewport()->height(), qPrintable(QString::number(needed)));
    QTRY_COMPARE(panel.view()->height(), needed);
    QCOMPARE(panel.view()->width(), scroll->viewport()->width()); // never wider than the page
    // What the screen shows is the chart as painted at that size, scrolled or not.
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    const QImage shown = panel.view()->grab().toImage();
    QCOMPARE(shown.size(), panel.view()->size() * panel.view()->devicePixelRatio());
    QImage painted(shown.size(), QImage::Format_ARGB32_Premultiplied);
    painted.setDevicePixelRatio(panel.view()->devicePixelRatio());
    {
        QPainter painter(&painted);
        ChartRenderer::paint(&painter, QRectF(panel.view()->rect()), panel.view()->data(), panel.view()->locale());
    }
    QCOMPARE(shown.convertToFormat(QImage::Format_ARGB32_Premultiplied), painted);
}

// A chart exported from the French interface was offered as "workforce-by-specialty.png". Every chart's
// suggested name is in the interface's language, and makes a file name anywhere (no colon, no slash).
void TestChartsPanel::exportNamesFollowTheLanguage()
{
    const QStringList ids = ChartDataBuilder::chartIds();
    for (const QString &id : ids)
        QCOMPARE(ChartsPanel::fileStem(id), id);
    Language::apply(QStringLiteral("fr"));
    QSet<QString> french;
    for (const QString &id : ids) {
        const QString stem = ChartsPanel::fileStem(id);
        QVERIFY2(stem != id && !stem.contains(QRegularExpression(QStringLiteral("[:/\\\\\\s]"))), qPrintable(stem));
        french.insert(stem);
    }
    QCOMPARE(ChartsPanel::fileStem(QStringLiteral("health-trend")), QStringLiteral("tendance"));
    Language::apply(QStringLiteral("en"));
    QCOMPARE(french.size(), ids.size());
}

// The export dialog starts at a height that names every category of the chart (the twenty specialties),
// and says so, with the height that does, when the size typed is too short; a chart whose labels slant
// needs no such note.
void TestChartsPanel::exportDialogSaysWhenTooShort()
{
    const ChartData chart = VigieTest::twentySpecialtiesChart();
    ChartExportDialog dialog(m_dir.filePath(QStringLiteral("w.png")), nullptr, &chart);
    dialog.show();
    // The height that names every category and draws the chart at its full size.
    const int needed = std::max(ChartRenderer::minimumPixelHeight(chart, dialog.pixels().width(), dialog.dpi()),
                                ChartRenderer::fullSizePixelHeight(chart, dialog.pixels().width(), dialog.dpi()));
    QVERIFY2(needed > 400, qPrintable(QString::number(needed)));
    QVERIFY(dialog.pixels().height() >= needed);
    const auto notes = [&] {
        QStringList shown;
        for (const QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->isVisible() && l->text().contains(QStringLiteral("left out")))
                shown << l->text();
        }
        return shown;
    };
    QVERIFY(notes().isEmpty());
    auto boxes = dialog.findChildren<QSpinBox *>();
    QSpinBox *height = nullptr;
    for (QSpinBox *b : boxes)
        height = b->value() == dialog.pixels().height() ? b : height;
    QVERIFY(height);
    height->setValue(needed / 2);
    QCOMPARE(notes().size(), 1);
    QVERIFY2(notes().constFirst().contains(QString::number(needed)), qPrintable(notes().constFirst()));
    height->setValue(needed);
    QVERIFY(notes().isEmpty());
    ChartData upright = chart;
    upright.shape = ChartShape::StackedBars;
    ChartExportDialog plain(m_dir.filePath(QStringLiteral("u.png")), nullptr, &upright);
    QCOMPARE(plain.pixels(), ChartRenderer::defaultSize());
}

void TestChartsPanel::screenshot()
{
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set VIGIE_SCREENSHOTS=DIR to write the screenshot");
    ChartsPanel panel;
    panel.setDocument(m_doc.get());
    panel.resize(1500, 900);
    panel.setCurrentChart(QStringLiteral("project-health-schedule"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.grab().save(dir + QStringLiteral("/charts-panel.png")));
}

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
