// The Overview's honest figures: projects declared greener than computed and stale items, each a link
// to the Projects rows it counts; and the "What moved" card: worse, better, new and no longer reported
// between a frozen period and now, each list leading to the Projects page filtered on it.
#include "analysis/projectquery.h"
#include "charts/chartstyle.h"
#include "commands/editor.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "models/rowfilter.h"
#include "storage/repository.h"
#include "views/moverspanel.h"
#include "views/overviewpage.h"

#include "i18n/language.h"
#include "darkdesktop.h"
#include "uifixture.h"

#include <QComboBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestHonestOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void declaredGreenerIsCounted();
    void moversBetweenAPeriodAndNow();
    void moversOfALargeFileOnAWorker();
    void emptyAndSingleMeasurePortfolio();
    void completedMeasuresReadAsTheChartSaysThem();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
    Editor *m_editor = nullptr;
    VigieTest::Fixture m_fx;
};

void TestHonestOverview::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = VigieTest::makeDocument(m_dir->filePath(QStringLiteral("o.vigie")), &m_fx);
    QVERIFY(m_doc);
    m_editor = m_doc->editor();
}

void TestHonestOverview::cleanup()
{
    m_doc.reset();
}

void TestHonestOverview::declaredGreenerIsCounted()
{
    OverviewPage page;
    page.setDocument(m_doc.get());
    QVERIFY(page.cardText(QStringLiteral("projects")).contains(QStringLiteral("No project declared greener than computed")));
    const QString red = Repository::projectByCode(*m_doc->file(), QStringLiteral("MCE-05"))->uuid; // +50 %, $5M
    QVERIFY(m_editor->setValue(Entity::Project, red, Field::DeclaredOverall, QVariant::fromValue(Health::Green),
                               QStringLiteral("Project MCE-05")));
    page.refresh();
    const QString card = page.cardText(QStringLiteral("projects"));
    QVERIFY2(card.contains(QStringLiteral(">1 project</a> declared greener than computed ($5.00M)")), qPrintable(card));
    // The count leads to the rows it counts.
    QList<RowFilter> filtered;
    connect(&page, &OverviewPage::filterRequested, this, [&](const QString &, const RowFilter &f) { filtered << f; });
    page.followLink(QStringLiteral("filter:projects?state=0&flag=%1").arg(int(RowFlag::DeclaredGreener)));
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(filtered.at(0).flag, int(RowFlag::DeclaredGreener));

    // A cost colour declared green over the rule's red hides it as well, with no overall colour declared
    // (a tester saw "No project declared greener" here): counted once, by the Overview, `vigie summary`
    // and the Projects filter alike.
    QVERIFY(m_doc->undoStack()->canUndo());
    m_doc->undoStack()->undo();
    page.refresh();
    QVERIFY(page.cardText(QStringLiteral("projects")).contains(QStringLiteral("No project declared greener than computed")));
    QVERIFY(m_editor->setValue(Entity::Project, red, Field::DeclaredCost, QVariant::fromValue(Health::Green),
                               QStringLiteral("Project MCE-05")));
    page.refresh();
    QVERIFY2(page.cardText(QStringLiteral("projects")).contains(QStringLiteral(">1 project</a> declared greener than computed ($5.00M)")),
             qPrintable(page.cardText(QStringLiteral("projects"))));
    QCOMPARE(page.summary().honest.declaredGreenerAny.count, 1);
    QCOMPARE(page.summary().honest.greenerOf(Indicator::Cost).count, 1);
    QCOMPARE(page.summary().honest.greenerOf(Indicator::Overall).count, 0); // no overall colour declared
    ProjectCounts counts;
    QString error;
    QVERIFY2(ProjectQueries::counts(*m_doc->file(), QDate(), &counts, &error), qPrintable(error));
    QCOMPARE(counts.declaredGreener, 1);
    ProjectQuery query;
    query.only = ProjectQuery::Only::DeclaredGreener;
    QVector<RowId> ids;
    QVERIFY2(ProjectQueries::ids(*m_doc->file(), query, &ids, &error), qPrintable(error));
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.first(), m_doc->file()->rowId(Entity::Project, red));
}

void TestHonestOverview::moversBetweenAPeriodAndNow()
{
    MoversPanel panel;
    panel.setDocument(m_doc.get());
    QVERIFY(panel.html().contains(QStringLiteral("No reporting period frozen yet")));
    QVERIFY(m_editor->freezePeriod(QStringLiteral("June 2016"), QDate(2016, 6, 30)));
    // SCT-01 goes from green to red (+50 %); MCE-05 from red to green (back on budget).
    QVERIFY(m_editor->setValue(Entity::Project, m_fx.project1, Field::ForecastCost, 1.5e6, QStringLiteral("P")));
    const std::optional<Project> better = Repository::projectByCode(*m_doc->file(), QStringLiteral("MCE-05"));
    QVERIFY(m_editor->setValue(Entity::Project, better->uuid, Field::ForecastCost, better->budget, QStringLiteral("P")));
    panel.refresh();
    QCOMPARE(panel.fromBox()->currentText(), QStringLiteral("June 2016"));
    QCOMPARE(panel.toBox()->currentText(), QStringLiteral("now"));
    const QString html = panel.html();
    QVERIFY2(html.contains(QStringLiteral("Worse (1)")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Better (1)")));
    QVERIFY(html.contains(QStringLiteral("New (0)")));
    QVERIFY(html.contains(QStringLiteral("SCT-01")));
    QVERIFY(html.contains(QStringLiteral("10 projects kept their overall colour")));
    // Why each moved is muted: greyer than the text, readable on the card, on a light desktop and on a
    // dark one. It was written black (the placeholder grey is the text at half opacity, and a colour's
    // name drops its alpha), and kept the grey of the scheme it was written under.
    const auto mutedReads = [&panel](const QString &when) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("<small style=\"color:(#[0-9a-f]{6})\">"))
                                              .match(panel.html());
        if (!m.hasMatch())
            return when + QStringLiteral(": no muted reason in ") + panel.html().left(300);
        const QColor muted(m.captured(1)), text = panel.palette().color(QPalette::WindowText),
            card = panel.palette().color(QPalette::Base); // the Overview card it stands on
        if (ChartStyle::contrast(muted, card) < 3.0 || ChartStyle::contrast(muted, card) > ChartStyle::contrast(text, card) * 0.8)
            return when + QStringLiteral(": %1 is not a muted grey between %2 and %3").arg(muted.name(), text.name(), card.name());
        return QString();
    };
    QString problem = mutedReads(QStringLiteral("light"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    {
        VigieTest::DarkDesktop dark;
        QCoreApplication::processEvents();
        problem = mutedReads(QStringLiteral("dark"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCoreApplication::processEvents();
    problem = mutedReads(QStringLiteral("light again"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    panel.hide();
    QList<RowFilter> filtered;
    connect(&panel, &MoversPanel::filterRequested, this, [&](const QString &, const RowFilter &f) { filtered << f; });
    panel.followLink(QStringLiteral("movers:worse"));
    QCOMPARE(filtered.size(), 1);
    const RowFilter f = filtered.at(0);
    QCOMPARE(f.flag, int(RowFlag::Listed));
    QCOMPARE(f.ids, QSet<RowId> { Repository::project(*m_doc->file(), m_fx.project1)->id });
    QCOMPARE(f.listName, QStringLiteral("Worse since June 2016"));

    // A period frozen later becomes the default, as when the file is opened (a tester saw the card stay
    // on the earlier one); a period the reader chose stays chosen.
    QVERIFY(m_editor->freezePeriod(QStringLiteral("September 2016"), QDate(2016, 9, 30)));
    QCoreApplication::processEvents();
    QCOMPARE(panel.fromBox()->currentText(), QStringLiteral("September 2016"));
    panel.fromBox()->setCurrentIndex(panel.fromBox()->findText(QStringLiteral("June 2016")));
    Q_EMIT panel.fromBox()->activated(panel.fromBox()->currentIndex());
    QVERIFY(m_editor->freezePeriod(QStringLiteral("December 2016"), QDate(2016, 12, 31)));
    QCoreApplication::processEvents();
    QCOMPARE(panel.fromBox()->currentText(), QStringLiteral("June 2016"));
    QCOMPARE(panel.toBox()->currentText(), QStringLiteral("now"));
}

// A large file's movers are computed on a worker thread: the card says so, then shows the same lists.
void TestHonestOverview::moversOfALargeFileOnAWorker()
{
    QVERIFY(m_editor->freezePeriod(QStringLiteral("June 2016"), QDate(2016, 6, 30)));
    QVERIFY(m_editor->setValue(Entity::Project, m_fx.project1, Field::ForecastCost, 1.5e6, QStringLiteral("P")));
    BackgroundTask::setLargeFileBytes(0);
    MoversPanel panel;
    panel.setDocument(m_doc.get());
    panel.refresh();
    BackgroundTask::setLargeFileBytes(4 * 1024 * 1024);
    QVERIFY2(panel.html().contains(QStringLiteral("Finding the projects that moved")), qPrintable(panel.html()));
    QTRY_VERIFY(panel.html().contains(QStringLiteral("Worse (1)")));
    QVERIFY(panel.html().contains(QStringLiteral("SCT-01")));
    QVERIFY(panel.html().contains(QStringLiteral("11 projects kept their overall colour")));
}

// A portfolio built from nothing showed "0 of 0 measures completed (0%)" over a table of zeros, twelve
// cells of "0 (0.0%) $0.00M", and then "0 of 1 measures completed". The empty cards say what to do; one
// measure has its own sentence, in both languages.
void TestHonestOverview::emptyAndSingleMeasurePortfolio()
{
    FileError fe;
    auto file = PortfolioFile::create(m_dir->filePath(QStringLiteral("new.vigie")), QStringLiteral("New"), &fe);
    QVERIFY2(file, qPrintable(fe.message));
    file.reset();
    auto doc = Document::open(m_dir->filePath(QStringLiteral("new.vigie")), &fe);
    QVERIFY2(doc, qPrintable(fe.message));
    OverviewPage page;
    page.show();
    page.setDocument(doc.get());
    QTRY_VERIFY(!page.isComputing());
    QVERIFY2(page.cardText(QStringLiteral("strategy")).contains(QStringLiteral("No measure yet")), qPrintable(page.cardText(QStringLiteral("strategy"))));
    QVERIFY(!page.cardText(QStringLiteral("strategy")).contains(QStringLiteral("Not started")));
    QVERIFY(page.cardText(QStringLiteral("projects")).contains(QStringLiteral("No active project yet")));
    QVERIFY(!page.cardText(QStringLiteral("projects")).contains(QStringLiteral("$0.00M")));
    QVERIFY2(page.cardText(QStringLiteral("workforce")).contains(QStringLiteral("Edit → New Workforce Record… adds its records")),
             qPrintable(page.cardText(QStringLiteral("workforce"))));
    QVERIFY2(page.cardText(QStringLiteral("envelopes")).contains(QStringLiteral("Edit → New Envelope… adds one")),
             qPrintable(page.cardText(QStringLiteral("envelopes"))));
    {
        // Opened where it cannot be changed (another Vigie holds it), the empty cards say what there is,
        // not which command to use.
        FileError readOnlyError;
        auto readOnly = Document::open(m_dir->filePath(QStringLiteral("new.vigie")), &readOnlyError);
        QVERIFY2(readOnly && readOnly->isReadOnly(), qPrintable(readOnlyError.message));
        OverviewPage viewer;
        viewer.show();
        viewer.setDocument(readOnly.get());
        QTRY_VERIFY(!viewer.isComputing());
        const QStringList expected { QStringLiteral("This portfolio has no measure."),
                                     QStringLiteral("This portfolio has no active project."),
                                     QStringLiteral("This portfolio has no workforce survey."),
                                     QStringLiteral("This portfolio has no investment envelope.") };
        const QStringList cards { QStringLiteral("strategy"), QStringLiteral("projects"), QStringLiteral("workforce"),
                                  QStringLiteral("envelopes") };
        for (int i = 0; i < cards.size(); ++i) {
            QVERIFY2(viewer.cardText(cards.at(i)).contains(expected.at(i)), qPrintable(viewer.cardText(cards.at(i))));
            QVERIFY2(!viewer.cardText(cards.at(i)).contains(QStringLiteral("Edit →")), qPrintable(viewer.cardText(cards.at(i))));
        }
    }
    Editor *editor = doc->editor();
    const QString plan = editor->addPlan({ { Field::Code, QStringLiteral("P") }, { Field::TitleEn, QStringLiteral("Plan") } });
    QVERIFY(!plan.isEmpty());
    const QString area = editor->addKeyArea(plan, { { Field::TitleEn, QStringLiteral("Area") } });
    QVERIFY(!area.isEmpty());
    QVERIFY(!editor->addMeasure(area, { { Field::TitleEn, QStringLiteral("Only one") } }).isEmpty());
    QTRY_VERIFY2(page.cardText(QStringLiteral("strategy")).contains(QStringLiteral("0 of 1 measure completed</b> (0.0%)")),
                 qPrintable(page.cardText(QStringLiteral("strategy"))));
    Language::apply(QStringLiteral("fr"));
    QTRY_VERIFY2(page.cardText(QStringLiteral("strategy")).contains(QStringLiteral("0 mesure réalisée sur 1</b> (0,0\u00a0%)")),
                 qPrintable(page.cardText(QStringLiteral("strategy"))));
    QVERIFY(page.cardText(QStringLiteral("projects")).contains(QStringLiteral("Aucun projet actif pour l'instant")));
    QVERIFY2(page.cardText(QStringLiteral("workforce")).contains(QStringLiteral("Édition → Nouvelle donnée de main-d'œuvre…")),
             qPrintable(page.cardText(QStringLiteral("workforce"))));
    QVERIFY2(page.cardText(QStringLiteral("envelopes")).contains(QStringLiteral("Édition → Nouvelle enveloppe…")),
             qPrintable(page.cardText(QStringLiteral("envelopes"))));
    Language::apply(QStringLiteral("en"));
}

// The Overview said "11 of 36 measures completed (31%)" above a chart subtitled "… (30.6%)": one share,
// one figure, as the projects' shares beside it (one decimal).
void TestHonestOverview::completedMeasuresReadAsTheChartSaysThem()
{
    const QString path = m_dir->filePath(QStringLiteral("quebec.vigie"));
    QVERIFY(VigieTest::writeQuebec(path));
    FileError fe;
    auto doc = Document::open(path, &fe);
    QVERIFY2(doc, qPrintable(fe.message));
    OverviewPage page;
    page.show();
    page.setDocument(doc.get());
    QTRY_VERIFY(!page.isComputing());
    QVERIFY2(page.cardText(QStringLiteral("strategy")).contains(QStringLiteral("11 of 36 measures completed</b> (30.6%)")),
             qPrintable(page.cardText(QStringLiteral("strategy"))));
    Language::apply(QStringLiteral("fr"));
    QTRY_VERIFY2(page.cardText(QStringLiteral("strategy")).contains(QStringLiteral("11 mesures réalisées sur 36</b> (30,6\u00a0%)")),
                 qPrintable(page.cardText(QStringLiteral("strategy"))));
    Language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestHonestOverview)
#include "tst_honestoverview.moc"
