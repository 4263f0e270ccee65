// The project detail's forecast boxes: they show the budget and the planned end while no forecast
// exists. Passing through them writes nothing; typing a forecast writes it, even when it is the value
// shown ("on budget, on time" is a forecast, and it rates the project), and a changed value is written
// as one undoable edit.
#include "commands/editor.h"
#include "document/document.h"
#include "storage/repository.h"
#include "views/fieldundo.h"
#include "views/optionalvalue.h"
#include "views/projectdetail.h"
#include "views/projectmeasures.h"
#include "views/wheelguard.h"

#include "analysis/strategychecks.h"

#include "i18n/language.h"
#include "model/limits.h"
#include "roundtrip.h"
#include "uifixture.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QPushButton>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

#include <cmath>

using namespace Vigie;

class TestProjectDetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void passingThroughWritesNothing();
    void typingTheShownValueIsAForecast();
    void typingADateOverTheDash();
    void aYearNoBoxHoldsIsSaidNotChanged();
    void changedForecastIsOneEdit();
    void undoAfterEnterUndoesTheEdit();
    void emptyingRemovesTheForecast();
    void nothingStaysOfAProjectNoLongerShown();
    void neverScrollsSideways();
    void amountBoxesTakeWhatTheEditTakes();
    void declaredChoicesShowWhole();
    void narrowPanelPutsFieldsUnderTheirLabels();
    void wheelScrollsThePanelNotTheField();
    void aDecisionTypedForOneProjectStaysWithIt();
    void unnamedUnplannedProjectSaysSo();
    void measuresServedAreLinkedHere();

private:
    // Gives the box the keyboard, types over its text, and leaves it as a user would (Tab).
    static void typeInto(QAbstractSpinBox *box, const QString &text)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Tab);
        Q_EMIT box->editingFinished(); // focus moves only in a shown window; the box reports the same way
    }
    // The panel on the test project, beside a stand-in for the table (100 px at least), in a splitter
    // `width` px wide (not yet shown).
    ProjectDetail *panelBesideTable(QSplitter *splitter, int width) const
    {
        auto *table = new QWidget;
        table->setMinimumWidth(100);
        auto *detail = new ProjectDetail;
        detail->setDocument(m_doc.get());
        detail->showProject(m_project);
        splitter->addWidget(table);
        splitter->addWidget(detail);
        splitter->resize(width, 700);
        return detail;
    }
    std::optional<Project> stored() const { return Repository::projectByCode(*m_doc->file(), QStringLiteral("NEW-01")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<ProjectDetail> m_detail;
    QString m_project;
    VigieTest::Fixture m_fx;
};

void TestProjectDetail::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = VigieTest::makeDocument(m_dir->filePath(QStringLiteral("d.vigie")), &m_fx);
    QVERIFY(m_doc);
    m_project = m_doc->editor()->addProject({ { Field::Code, QStringLiteral("NEW-01") },
                                              { Field::NameEn, QStringLiteral("Digital front door") },
                                              { Field::Budget, 1000000.0 },
                                              { Field::PlannedStart, QStringLiteral("2016-04-01") },
                                              { Field::PlannedEnd, QStringLiteral("2018-03-31") } });
    QVERIFY(!m_project.isEmpty());
    m_detail = std::make_unique<ProjectDetail>();
    m_detail->setDocument(m_doc.get());
    m_detail->showProject(m_project);
    // No forecast is shown as none: it showed the budget and the planned end, which read as a forecast
    // while the colours said "not rated".
    QCOMPARE(m_detail->forecastCostBox()->text(), QStringLiteral("—"));
    QCOMPARE(m_detail->forecastEndBox()->text(), QStringLiteral("—"));
}

void TestProjectDetail::cleanup()
{
    m_detail.reset();
    m_doc.reset();
}

void TestProjectDetail::passingThroughWritesNothing()
{
    const int commands = m_doc->editor()->undoStack()->count();
    Q_EMIT m_detail->forecastCostBox()->editingFinished();
    Q_EMIT m_detail->forecastEndBox()->editingFinished();
    QCOMPARE(m_doc->editor()->undoStack()->count(), commands);
    QVERIFY(!stored()->forecastCost);
    QVERIFY(!stored()->forecastEnd.isValid());
    QCOMPARE(stored()->computedSchedule, Health::Unrated);
}

void TestProjectDetail::typingTheShownValueIsAForecast()
{
    // An arrow over the dash gives the planned end ("on time" is a forecast too), never a day of 1752;
    // the calendar opens there as well.
    QDateEdit *end = m_detail->forecastEndBox();
    end->calendarWidget()->window()->show();
    QCOMPARE(end->calendarWidget()->yearShown(), 2018);
    QCOMPARE(end->calendarWidget()->monthShown(), 3);
    end->calendarWidget()->window()->hide();
    end->setFocus();
    QTest::keyClick(end, Qt::Key_Up);
    QCOMPARE(end->date(), QDate(2018, 3, 31));
    Q_EMIT end->editingFinished();
    QCOMPARE(stored()->forecastEnd, QDate(2018, 3, 31));
    QCOMPARE(stored()->computedSchedule, Health::Green);
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Change Forecast end of Project NEW-01"));

    typeInto(m_detail->forecastCostBox(), QStringLiteral("1000000"));
    QCOMPARE(stored()->forecastCost, std::optional<double>(1000000.0));
    QCOMPARE(stored()->computedCost, Health::Green);
}

void TestProjectDetail::typingADateOverTheDash()
{
    // Typed over the dash, the digits went after it ("—20280630") and the date was lost.
    QDateEdit *end = m_detail->forecastEndBox();
    end->setFocus();
    QTest::keyClicks(end, end->locale().toString(QDate(2019, 6, 30), end->displayFormat()));
    Q_EMIT end->editingFinished();
    QCOMPARE(stored()->forecastEnd, QDate(2019, 6, 30));
    // The re-authorization's new planned end takes typing the same way.
    QDateEdit *newEnd = m_detail->newEndBox();
    QCOMPARE(newEnd->text(), QStringLiteral("—"));
    newEnd->setEnabled(true);
    newEnd->setFocus();
    QTest::keyClicks(newEnd, newEnd->locale().toString(QDate(2028, 6, 30), newEnd->displayFormat()));
    QCOMPARE(newEnd->date(), QDate(2028, 6, 30));
}

// A tester typed 0021-06-30 as a forecast end: the box turned the year's digits down, kept 2019 and
// wrote 2019-06-30 without a word (on a project without a forecast: the planned end's year, and the
// project turned red). A year past 2200 was refused, but said twice.
void TestProjectDetail::aYearNoBoxHoldsIsSaidNotChanged()
{
    auto *end = qobject_cast<OptionalDateEdit *>(m_detail->forecastEndBox());
    QVERIFY(end);
    QCOMPARE(end->displayFormat(), QStringLiteral("yyyy-MM-dd"));
    QSignalSpy errors(m_doc->editor(), &Editor::errorOccurred);
    end->setFocus();
    QTest::keyClicks(end, QStringLiteral("2019-06-30"));
    Q_EMIT end->editingFinished();
    QCOMPARE(stored()->forecastEnd, QDate(2019, 6, 30));
    QCOMPARE(errors.size(), 0);

    end->selectAll();
    QTest::keyClicks(end, QStringLiteral("0021-03-31"));
    Q_EMIT end->editingFinished();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("\"0021-03-31\" is not a date from 1900 to 2200")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(stored()->forecastEnd, QDate(2019, 6, 30));
    QCOMPARE(end->date(), QDate(2019, 6, 30)); // the file's date shown again, not the box's guess

    // A year the box holds but the edit refuses: said once, however often the box reports it.
    end->selectAll();
    QTest::keyClicks(end, QStringLiteral("2301-03-31"));
    QCOMPARE(end->date(), QDate(2301, 3, 31));
    Q_EMIT end->editingFinished();
    Q_EMIT end->editingFinished(); // its focus leaving for the message
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(1).at(0).toString().contains(QStringLiteral("2301-03-31")));
    QCOMPARE(stored()->forecastEnd, QDate(2019, 6, 30));
    QTRY_COMPARE(end->date(), QDate(2019, 6, 30));
}

void TestProjectDetail::emptyingRemovesTheForecast()
{
    typeInto(m_detail->forecastCostBox(), QStringLiteral("1400000"));
    QCOMPARE(stored()->forecastCost, std::optional<double>(1400000.0));
    const int commands = m_doc->editor()->undoStack()->count();
    QDoubleSpinBox *cost = m_detail->forecastCostBox();
    cost->setFocus();
    cost->selectAll();
    QTest::keyClick(cost, Qt::Key_Delete);
    QCOMPARE(cost->text(), QStringLiteral("—"));
    Q_EMIT cost->editingFinished();
    QVERIFY(!stored()->forecastCost);
    QCOMPARE(stored()->computedCost, Health::Unrated);
    QVERIFY(m_doc->editor()->undoStack()->count() >= commands); // merged with the typing before it
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Change Forecast cost of Project NEW-01"));
}

void TestProjectDetail::nothingStaysOfAProjectNoLongerShown()
{
    typeInto(m_detail->forecastCostBox(), QStringLiteral("1400000"));
    QVERIFY(m_detail->forecastCostBox()->text() != QStringLiteral("—"));
    m_detail->showProject(QString());
    QCOMPARE(m_detail->forecastCostBox()->text(), QStringLiteral("—"));
    QCOMPARE(m_detail->forecastEndBox()->text(), QStringLiteral("—"));
    QVERIFY(m_detail->nameEnBox()->text().isEmpty());
}

void TestProjectDetail::changedForecastIsOneEdit()
{
    const int commands = m_doc->editor()->undoStack()->count();
    typeInto(m_detail->forecastCostBox(), QStringLiteral("1400000")); // 40% over: red under Variance 10/30
    QCOMPARE(m_doc->editor()->undoStack()->count(), commands + 1);
    QCOMPARE(stored()->computedCost, Health::Red);
    m_doc->editor()->undoStack()->undo();
    QVERIFY(!stored()->forecastCost);
    QCOMPARE(m_detail->forecastCostBox()->text(), QStringLiteral("—"));
}

// A tester typed a forecast, pressed Enter, then Ctrl+Z: nothing happened, as the field kept the focus and
// took Ctrl+Z for its own text. Once committed, Ctrl+Z undoes the edit; while typing, the typing.
void TestProjectDetail::undoAfterEnterUndoesTheEdit()
{
    FieldUndo filter;
    qApp->installEventFilter(&filter);
    // The window's Undo action, as MainWindow makes it.
    QAction undo(QStringLiteral("Undo"), m_detail.get());
    undo.setShortcut(QKeySequence::Undo);
    undo.setShortcutContext(Qt::ApplicationShortcut);
    connect(&undo, &QAction::triggered, m_doc->undoStack(), &QUndoStack::undo);
    m_detail->addAction(&undo);
    m_detail->show();
    QVERIFY(QTest::qWaitForWindowActive(m_detail.get()));
    QUndoStack *stack = m_doc->undoStack();
    const int commands = stack->count();
    QAbstractSpinBox *box = m_detail->forecastCostBox();
    box->setFocus();
    QTRY_VERIFY(box->hasFocus());
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("1400000"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(stack->count(), commands + 1);
    QVERIFY(stored()->forecastCost);
    QCoreApplication::processEvents(); // the field is marked committed after the key

    // Typing after it: Ctrl+Z takes the typing back, the edit stays.
    QTest::keyClick(box, Qt::Key_End);
    QTest::keyClicks(box, QStringLiteral("9"));
    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), commands + 1);
    QVERIFY(!box->text().endsWith(QLatin1Char('9')));
    QTest::keyClick(box, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(stack->count(), commands + 1); // the same value: no edit

    // Nothing typed since Enter: Ctrl+Z undoes the edit, in the file and in the field.
    QVERIFY(box->hasFocus());
    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), commands);
    QVERIFY(!stored()->forecastCost);
    QCOMPARE(box->text(), QStringLiteral("—"));

    // A field that writes nothing (a search box) keeps Ctrl+Z for its text, Enter or not.
    QVERIFY(stack->canRedo());
    auto *search = new QLineEdit(m_detail.get());
    search->show();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("pay"));
    QTest::keyClick(search, Qt::Key_Return);
    QCoreApplication::processEvents();
    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), commands); // nothing else undone
    QVERIFY(search->text().isEmpty());
    delete search;
    qApp->removeEventFilter(&filter);
}

// Squeezed by the splitter beside the table, the panel keeps the width its fields need: its tabs scroll
// up and down only, never sideways (which cut the start of every label off once a field took the
// focus), in English and in French, whose labels are longer.
void TestProjectDetail::neverScrollsSideways()
{
    for (const char *language : { "en", "fr" }) {
        Language::apply(QString::fromLatin1(language));
        QSplitter splitter;
        ProjectDetail *detail = panelBesideTable(&splitter, 400);
        splitter.setSizes({ 390, 10 }); // as narrow as the user can drag it
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        auto *tabs = detail->findChild<QTabWidget *>(QStringLiteral("projectDetailTabs"));
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            auto *area = qobject_cast<QScrollArea *>(tabs->currentWidget());
            QVERIFY(area);
            QCoreApplication::processEvents();
            QVERIFY2(area->widget()->width() <= area->viewport()->width(),
                     qPrintable(QStringLiteral("%1, tab %2: content %3 px in %4 px")
                                    .arg(QString::fromLatin1(language)).arg(tab)
                                    .arg(area->widget()->width()).arg(area->viewport()->width())));
            QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
        }
    }
    Language::apply(QStringLiteral("en"));
}

// The boxes went to a trillion while the edit took any amount: they now go to the largest amount the edit
// takes (Limits::maxAmount, in whole dollars), and a digit more is not taken.
void TestProjectDetail::amountBoxesTakeWhatTheEditTakes()
{
    const double largest = std::floor(Limits::maxAmount);
    QCOMPARE(m_detail->forecastCostBox()->maximum(), largest);
    auto *change = m_detail->findChild<QDoubleSpinBox *>(QStringLiteral("budgetChange"));
    QVERIFY(change);
    QCOMPARE(change->maximum(), largest);
    QCOMPARE(change->minimum(), -largest);
    typeInto(m_detail->forecastCostBox(), QStringLiteral("99999999999999")); // fourteen nines: one too many
    QCOMPARE(stored()->forecastCost, std::optional<double>(9999999999999.0));
}

// The declared-colour choices show their words whole at the narrowest the panel goes, in the language the
// panel opened in and after the user switches: "Not declared (computed)" was cut to "Not declared
// (computec" once the panel had been shown in French, the combo boxes keeping the width they measured then.
void TestProjectDetail::declaredChoicesShowWhole()
{
    Language::apply(QStringLiteral("fr"));
    QSplitter splitter;
    ProjectDetail *detail = panelBesideTable(&splitter, 800);
    splitter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&splitter));
    for (const char *language : { "fr", "en", "fr" }) {
        Language::apply(QString::fromLatin1(language));
        QCoreApplication::processEvents();
        splitter.setSizes({ 790, 10 }); // as narrow as the user can drag it
        QCoreApplication::processEvents();
        int checked = 0;
        for (QComboBox *box : detail->findChildren<QComboBox *>()) {
            if (box->findData(int(Health::Unrated)) < 0)
                continue; // the declared colours only
            QStyleOptionComboBox option;
            option.initFrom(box);
            const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
            for (int i = 0; i < box->count(); ++i)
                QVERIFY2(box->fontMetrics().horizontalAdvance(box->itemText(i)) <= field.width(),
                         qPrintable(QStringLiteral("%1: \"%2\" in %3 px").arg(QString::fromLatin1(language), box->itemText(i)).arg(field.width())));
            ++checked;
        }
        QCOMPARE(checked, 3);
    }
    Language::apply(QStringLiteral("en"));
}

// On a narrow screen (1280x800 at 200 %) the panel gets less than its fields side by side need: the
// forecast form puts each field under its label, the new decision's pairs stand one above the other and
// the Link buttons go under the measure chooser, instead of the Projects page scrolling sideways. Given
// its side-by-side width, the panel looks as it did (labels beside fields, pairs side by side).
void TestProjectDetail::narrowPanelPutsFieldsUnderTheirLabels()
{
    for (const char *language : { "fr", "en" }) {
        Language::apply(QString::fromLatin1(language));
        QSplitter splitter;
        ProjectDetail *detail = panelBesideTable(&splitter, 900);
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        QCoreApplication::processEvents();
        const int minimum = detail->minimumSizeHint().width();
        const int sideBySide = detail->unwrappedWidth();
        qInfo("%s: the panel needs %d px, %d with its fields beside their labels", language, minimum, sideBySide);
        // Before, it needed 346 px (French) at least, and the Projects page 570: more than 640 px less the
        // navigation leaves.
        QVERIFY2(minimum <= 300, qPrintable(QString::number(minimum)));
        QVERIFY(sideBySide > minimum);
        auto *cost = detail->forecastCostBox();
        auto *costLabel = qobject_cast<QLabel *>(cost->parentWidget()->findChildren<QLabel *>().value(0));
        QVERIFY(costLabel && costLabel->buddy() == cost);
        auto *date = detail->findChild<QDateEdit *>(QStringLiteral("decisionDate"));
        QComboBox *kind = detail->decisionKindBox();
        QVERIFY(date && date->parentWidget() == kind->parentWidget());
        ProjectMeasures *measures = detail->measuresPanel();
        const auto layOut = [&](int width) {
            splitter.setSizes({ 900 - width - splitter.handleWidth(), width });
            QCoreApplication::processEvents();
            QCOMPARE(detail->width(), width);
        };
        layOut(minimum);
        QVERIFY2(cost->y() > costLabel->y() + costLabel->height() / 2,
                 qPrintable(QStringLiteral("%1: the forecast beside its label at %2 px").arg(QString::fromLatin1(language)).arg(minimum)));
        QVERIFY(date->y() != kind->y());
        const auto sameLine = [](const QWidget *a, const QWidget *b) {
            return std::abs(a->geometry().center().y() - b->geometry().center().y()) < std::min(a->height(), b->height()) / 2;
        };
        auto *chooser = measures->findChild<QComboBox *>();
        QVERIFY(chooser);
        QVERIFY(!sameLine(chooser, measures->unlinkButton()));
        QVERIFY(measures->unlinkButton()->y() > chooser->y());
        QVERIFY(measures->unlinkButton()->geometry().bottom() < measures->height());
        // Nothing overlaps in the measures box: its list keeps its rows above the buttons.
        QVERIFY(measures->list()->geometry().bottom() < measures->linkButton()->y());
        layOut(sideBySide);
        QVERIFY2(cost->x() > costLabel->x() + costLabel->width(),
                 qPrintable(QStringLiteral("%1: the forecast under its label at %2 px").arg(QString::fromLatin1(language)).arg(sideBySide)));
        QCOMPARE(date->y(), kind->y());
        QVERIFY(sameLine(chooser, measures->linkButton()) && sameLine(chooser, measures->unlinkButton()));
        QVERIFY(measures->list()->geometry().bottom() < chooser->y());
    }
    Language::apply(QStringLiteral("en"));
}

// The wheel turned over a drop-down or a spin box of the panel scrolls the panel; it changed the
// declared colour (then the forecast) of whatever passed under the pointer, an edit nobody meant. Once
// the user has chosen the field (it has focus), the wheel changes its value, as before.
void TestProjectDetail::wheelScrollsThePanelNotTheField()
{
    WheelGuard guard;
    qApp->installEventFilter(&guard);
    WheelGuard::guardFields(m_detail.get()); // made before the guard
    m_detail->resize(420, 260); // short: the details scroll
    m_detail->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_detail.get()));
    m_detail->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_detail.get()));
    QComboBox *declared = nullptr;
    for (QComboBox *box : m_detail->findChildren<QComboBox *>())
        if (!declared && box->findData(int(Health::Unrated)) >= 0)
            declared = box;
    QVERIFY(declared);
    QCOMPARE(declared->focusPolicy(), Qt::StrongFocus); // the wheel gives it no focus
    QCOMPARE(m_detail->forecastCostBox()->focusPolicy(), Qt::StrongFocus);
    auto *area = qobject_cast<QScrollArea *>(m_detail->tabs()->currentWidget());
    QVERIFY(area && area->verticalScrollBar()->maximum() > 0);
    QCOMPARE(area->verticalScrollBar()->value(), 0);
    const int commands = m_doc->editor()->undoStack()->count();
    const auto turn = [](QWidget *over) {
        const QPointF at(over->width() / 2.0, over->height() / 2.0);
        QWheelEvent wheel(at, over->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        // As from the mouse (as QTest sends its mouse events): the application gives wheel focus, and
        // hands an ignored wheel on to the parents, only for such an event.
        QSpontaneKeyEvent::setSpontaneous(&wheel);
        qApp->notify(over, &wheel);
    };
    const int before = declared->currentIndex();
    turn(declared);
    QCOMPARE(declared->currentIndex(), before);
    QVERIFY(area->verticalScrollBar()->value() > 0);
    const int scrolled = area->verticalScrollBar()->value();
    // Over the forecast cost's text: the spin box's line edit hands the wheel to the box, and on.
    QLineEdit *costText = m_detail->forecastCostBox()->findChild<QLineEdit *>();
    QVERIFY(costText);
    turn(costText);
    QCOMPARE(m_detail->forecastCostBox()->text(), QStringLiteral("—"));
    QVERIFY(area->verticalScrollBar()->value() > scrolled || area->verticalScrollBar()->value() == area->verticalScrollBar()->maximum());
    QCOMPARE(m_doc->editor()->undoStack()->count(), commands);
    QVERIFY(!stored()->forecastCost);

    // Chosen, the drop-down takes the wheel: the next colour, written as one edit.
    declared->setFocus();
    QVERIFY(declared->hasFocus());
    const int shown = area->verticalScrollBar()->value();
    turn(declared);
    QCOMPARE(declared->currentIndex(), before + 1);
    QCOMPARE(area->verticalScrollBar()->value(), shown);
    qApp->removeEventFilter(&guard);
}

// The new decision's fields kept what was typed for the project shown before: an authority and a text
// written for one project went, with one click, into another's history. Another project starts empty;
// after a decision is added, its authority stays for the next one of the same project.
void TestProjectDetail::aDecisionTypedForOneProjectStaysWithIt()
{
    auto *authority = m_detail->findChild<QLineEdit *>(QStringLiteral("decisionAuthority"));
    auto *text = m_detail->findChild<QLineEdit *>(QStringLiteral("decisionEn"));
    QVERIFY(authority && text);
    authority->setText(QStringLiteral("Treasury Board"));
    text->setText(QStringLiteral("Phase 2 approved"));
    m_detail->showProject(m_project); // the same project again (a refresh): nothing is lost
    QCOMPARE(authority->text(), QStringLiteral("Treasury Board"));
    QCOMPARE(text->text(), QStringLiteral("Phase 2 approved"));
    const QString other = m_doc->editor()->addProject({ { Field::Code, QStringLiteral("NEW-02") },
                                                        { Field::NameEn, QStringLiteral("Other") },
                                                        { Field::Budget, 5000.0 },
                                                        { Field::PlannedStart, QStringLiteral("2016-04-01") },
                                                        { Field::PlannedEnd, QStringLiteral("2017-03-31") } });
    QVERIFY(!other.isEmpty());
    m_detail->showProject(other);
    QVERIFY(authority->text().isEmpty());
    QVERIFY(text->text().isEmpty());
}

// A project just made with its code only: the heading is the code (not "NEW-02 —") and the facts say
// there is no planned end (not "planned end  · computed cost").
void TestProjectDetail::unnamedUnplannedProjectSaysSo()
{
    const QString bare = m_doc->editor()->addProject({ { Field::Code, QStringLiteral("NEW-02") } });
    QVERIFY(!bare.isEmpty());
    m_detail->showProject(bare);
    QCOMPARE(m_detail->findChild<QLabel *>(QStringLiteral("projectHeading"))->text(), QStringLiteral("NEW-02"));
    const QString facts = m_detail->findChild<QLabel *>(QStringLiteral("projectFacts"))->text();
    QVERIFY2(facts.startsWith(QStringLiteral("Authorized budget $0.00M (original $0.00M) · no planned end · computed cost")),
             qPrintable(facts));
    m_detail->showProject(m_project);
    QCOMPARE(m_detail->findChild<QLabel *>(QStringLiteral("projectHeading"))->text(), QStringLiteral("NEW-01 — Digital front door"));
}

// The measures a project serves, from the project's side: none at first, every measure offered; Link adds
// the one chosen (one undoable edit, which the measure's side sees), Unlink takes it off. With a second
// plan, a measure is named with its plan's code.
void TestProjectDetail::measuresServedAreLinkedHere()
{
    const QString path = m_dir->filePath(QStringLiteral("d.vigie"));
    ProjectMeasures *panel = m_detail->measuresPanel();
    QComboBox *box = panel->measureBox();
    QCOMPARE(panel->list()->topLevelItemCount(), 0);
    QCOMPARE(box->count(), 8);
    // The box shows the reference, the list of choices the title too.
    QCOMPARE(box->itemText(1), QStringLiteral("Measure 9"));
    QCOMPARE(box->itemData(1, Qt::UserRole + 1).toString(), QStringLiteral("Measure 9: Measure title 9"));
    QVERIFY(!panel->unlinkButton()->isEnabled());
    box->setCurrentIndex(box->findData(m_fx.measure9));
    VigieTest::roundTrip(m_doc->editor(), path, [&] { panel->linkButton()->click(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Link Project NEW-01 to Measure 9"));
    QCOMPARE(panel->list()->topLevelItemCount(), 1);
    const QTreeWidgetItem *served = panel->list()->topLevelItem(0);
    QCOMPARE(served->text(0), QStringLiteral("Measure 9"));
    QCOMPARE(served->text(1), QStringLiteral("Measure title 9"));
    QCOMPARE(served->text(2), QStringLiteral("Under way"));
    QCOMPARE(box->count(), 7); // no longer offered
    QCOMPARE(box->findData(m_fx.measure9), -1);
    const RowId measure = m_doc->file()->rowId(Entity::Measure, m_fx.measure9);
    const QList<LinkedProject> seen = StrategyLinks::projectsOfMeasure(*m_doc->file(), measure);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.constFirst().code, QStringLiteral("NEW-01"));

    QVERIFY(Language::apply(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    QCOMPARE(panel->title(), QStringLiteral("Mesures que ce projet sert"));
    QCOMPARE(panel->list()->topLevelItem(0)->text(0), QStringLiteral("Mesure 9"));
    QCOMPARE(panel->list()->topLevelItem(0)->text(1), QStringLiteral("Titre de la mesure 9"));
    QCOMPARE(panel->list()->topLevelItem(0)->text(2), QStringLiteral("En cours"));
    m_doc->editor()->retranslate(); // as the window does on a change of language
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Lier le projet NEW-01 à la mesure 9"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    m_doc->editor()->retranslate();

    // A second plan with its own measure 9: both are named with their plan's code.
    const QString plan = m_doc->editor()->addPlan({ { Field::Code, QStringLiteral("ON-2027") }, { Field::TitleEn, QStringLiteral("Digital plan") } });
    QVERIFY(!plan.isEmpty());
    const QString area = m_doc->editor()->addKeyArea(plan, { { Field::Number, 1 }, { Field::TitleEn, QStringLiteral("Services") } });
    QVERIFY(!area.isEmpty());
    QVERIFY(!m_doc->editor()->addMeasure(area, { { Field::Number, 9 }, { Field::TitleEn, QStringLiteral("Open data") } }).isEmpty());
    QCOMPARE(panel->list()->topLevelItem(0)->text(0), QStringLiteral("QC-2015 · Measure 9"));
    QCOMPARE(box->count(), 8);
    QCOMPARE(box->itemText(0), QStringLiteral("ON-2027 · Measure 9"));
    QCOMPARE(box->itemData(0, Qt::UserRole + 1).toString(), QStringLiteral("ON-2027 · Measure 9: Open data"));

    panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
    QVERIFY(panel->unlinkButton()->isEnabled());
    VigieTest::roundTrip(m_doc->editor(), path, [&] { panel->unlinkButton()->click(); return true; });
    QCOMPARE(m_doc->editor()->undoStack()->undoText(), QStringLiteral("Unlink Project NEW-01 from Measure 9"));
    QCOMPARE(panel->list()->topLevelItemCount(), 0);
    QCOMPARE(box->count(), 9);
}

QTEST_MAIN(TestProjectDetail)
#include "tst_projectdetail.moc"
