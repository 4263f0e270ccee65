// The project detail's "Why this colour?" tab: each indicator's figures, variance and threshold under the
// rule in force, the computed colour beside the declared one with who declared it, the colour in each
// frozen period, the decisions since the latest period, and it follows edits and a rule change.
#include "commands/editor.h"
#include "document/document.h"
#include "storage/repository.h"
#include "views/projectdetail.h"
#include "views/whypanel.h"
#include "charts/chartstyle.h"
#include "views/itemdelegate.h"

#include "i18n/language.h"
#include "uifixture.h"

#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestWhyPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void explainsEachIndicator();
    void missingDatesAreSaid();
    void chipsAreTheChartsColours();
    void declaredBesideComputed();
    void periodsAndDecisions();
    void followsTheRule();
    void isATabOfTheDetail();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
    Editor *m_editor = nullptr;
    QString m_red; // MCE-05: +50 % on cost, on time
    VigieTest::Fixture m_fx;
};

void TestWhyPanel::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = VigieTest::makeDocument(m_dir->filePath(QStringLiteral("w.vigie")), &m_fx);
    QVERIFY(m_doc);
    m_editor = m_doc->editor();
    m_red = Repository::projectByCode(*m_doc->file(), QStringLiteral("MCE-05"))->uuid;
}

void TestWhyPanel::cleanup()
{
    m_doc.reset();
}

void TestWhyPanel::explainsEachIndicator()
{
    WhyPanel panel;
    panel.setDocument(m_doc.get());
    panel.showProject(m_red);
    // An absolute value is never cut after its first bar (a word joiner holds it): "|variance|" in the
    // rule's statement, "|50.0%|" in the reasons. The sentences are read without it.
    QVERIFY2(panel.html().contains(QStringLiteral("|\u2060variance|")), qPrintable(panel.html()));
    QVERIFY(panel.html().contains(QStringLiteral("|\u206050.0%|")));
    QVERIFY(!panel.html().contains(QStringLiteral("|\u2060 ")));
    const QString html = panel.html().remove(QChar(0x2060));
    QVERIFY2(html.contains(QStringLiteral("Forecast $7.50M against an authorized budget of $5.00M")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Variance +50.0%.")));
    QVERIFY(html.contains(QStringLiteral("|50.0%| reaches 30% or more: red.")));
    QVERIFY(html.contains(QStringLiteral("|0.0%| is within 10%: green.")));
    QVERIFY(html.contains(QStringLiteral("Nothing declared: the computed colour is shown.")));
    QVERIFY(html.contains(QStringLiteral("No reporting period frozen yet.")));
}

// A project added with a planned start and nothing else read "planned end (original baseline…)" and,
// under Baselines, "2026-01-15 to": a sentence with a hole where a date was missing. Each missing date is
// now said, and so is what the variance lacks.
void TestWhyPanel::missingDatesAreSaid()
{
    const QString added = m_editor->addProject({ { Field::Code, QStringLiteral("NEW-1") },
                                                 { Field::NameEn, QStringLiteral("Started, no end") },
                                                 { Field::Budget, 1500000.0 },
                                                 { Field::PlannedStart, QDate(2026, 1, 15) } });
    QVERIFY(!added.isEmpty());
    WhyPanel panel;
    panel.setDocument(m_doc.get());
    panel.showProject(added);
    QString html = panel.html().remove(QChar(0x2060));
    QVERIFY2(html.contains(QStringLiteral("No forecast end and no planned end (original baseline of ")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("No variance can be computed without a forecast: unrated.")));
    QVERIFY(html.contains(QStringLiteral("No variance can be computed without a forecast end: unrated.")));
    QVERIFY(html.contains(QStringLiteral(": $1.50M, from 2026-01-15, no planned end</li>")));
    QVERIFY(!html.contains(QStringLiteral(" to </li>")));
    QVERIFY(!html.contains(QStringLiteral("; planned end (")));

    // A forecast end with no planned end: the forecast is said, and why no variance.
    QVERIFY(m_editor->setValue(Entity::Project, added, Field::ForecastEnd, QDate(2027, 3, 31), QStringLiteral("NEW-1")));
    html = panel.html().remove(QChar(0x2060));
    QVERIFY2(html.contains(QStringLiteral("Forecast end March 31, 2027; no planned end (original baseline of ")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("No variance can be computed without a planned start and a planned end: unrated.")));

    // In French too.
    Language::apply(QStringLiteral("fr"));
    QTRY_VERIFY2(panel.html().remove(QChar(0x2060)).contains(QStringLiteral("2027; aucune fin planifiée (référence de base initiale")),
                 qPrintable(panel.html()));
    html = panel.html().remove(QChar(0x2060));
    QVERIFY2(html.contains(QStringLiteral("à partir du 2026-01-15, sans fin planifiée</li>")), qPrintable(html));
    Language::apply(QStringLiteral("en"));
}

void TestWhyPanel::declaredBesideComputed()
{
    WhyPanel panel;
    panel.setDocument(m_doc.get());
    panel.showProject(m_red);
    QVERIFY(m_editor->setValue(Entity::Project, m_red, Field::DeclaredOverall, QVariant::fromValue(Health::Green),
                               QStringLiteral("Project MCE-05")));
    // The change notification refreshes the panel: the declared green is shown beside the computed red,
    // with who declared it (the fixture's clock: 2016-09-30).
    const QString html = panel.html().remove(QChar(0x2060));
    QVERIFY2(html.contains(QStringLiteral(", shown instead of the computed colour (declared by tester on ")), qPrintable(html));
    // And in which change, named in the reader's language (an edit here; an import or a merged copy says so).
    QVERIFY2(html.contains(QStringLiteral(", in &quot;Change Declared overall indicator of Project MCE-05&quot;).")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("The worse of the computed cost and schedule colours.")));
    Language::apply(QStringLiteral("fr"));
    QTRY_VERIFY2(panel.html().contains(QStringLiteral(", dans «\u00a0Modifier «\u00a0")), qPrintable(panel.html()));
    Language::apply(QStringLiteral("en"));
    m_doc->undoStack()->undo();
    QVERIFY(!panel.html().contains(QStringLiteral("shown instead of the computed colour")));
}

void TestWhyPanel::periodsAndDecisions()
{
    WhyPanel panel;
    panel.setDocument(m_doc.get());
    panel.showProject(m_red);
    QVERIFY(m_editor->addDecision(m_red, { { Field::DecidedOn, QDate(2016, 5, 1) }, { Field::Authority, QStringLiteral("Board") },
                                           { Field::Kind, QStringLiteral("decision") },
                                           { Field::TextEn, QStringLiteral("Before the period") } },
                                  QStringLiteral("MCE-05"))
                .size());
    QVERIFY(m_editor->freezePeriod(QStringLiteral("June 2016"), QDate(2016, 6, 30)));
    QVERIFY(m_editor->addDecision(m_red, { { Field::DecidedOn, QDate(2016, 8, 1) }, { Field::Authority, QStringLiteral("Board") },
                                           { Field::Kind, QStringLiteral("decision") },
                                           { Field::TextEn, QStringLiteral("Scope cut after the period") } },
                                  QStringLiteral("MCE-05"))
                .size());
    const QString html = panel.html().remove(QChar(0x2060));
    QVERIFY2(html.contains(QStringLiteral("Decisions since June 2016")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Scope cut after the period")));
    QVERIFY(!html.contains(QStringLiteral("Before the period")));
    // The strip: the period's frozen colour, then now.
    QVERIFY(html.contains(QStringLiteral("<small>June 2016</small>")));
    QVERIFY(html.contains(QStringLiteral("<small>Now</small>")));
}

void TestWhyPanel::followsTheRule()
{
    WhyPanel panel;
    panel.setDocument(m_doc.get());
    panel.showProject(m_red);
    QVERIFY(m_editor->setHealthRule(HealthRule::custom(60, 80)));
    const QString html = panel.html().remove(QChar(0x2060));
    QVERIFY2(html.contains(QStringLiteral("|50.0%| is within 60%: green.")), qPrintable(html));
    QVERIFY(m_editor->setHealthRule(HealthRule::threeCode()));
    QVERIFY(panel.html().remove(QChar(0x2060)).contains(QStringLiteral("The three-code rule computes nothing")));
}

void TestWhyPanel::isATabOfTheDetail()
{
    ProjectDetail detail;
    detail.setDocument(m_doc.get());
    detail.showProject(m_red);
    QCOMPARE(detail.tabs()->count(), 2);
    QCOMPARE(detail.tabs()->tabText(1), QStringLiteral("Why this colour?"));
    QVERIFY(detail.whyPanel()->html().contains(QStringLiteral("Variance +50.0%.")));
}

// The app's colour chips are the charts' and the briefing's colours (one green, one yellow and one red
// in the whole product), each with a text that reads on it.
void TestWhyPanel::chipsAreTheChartsColours()
{
    const std::pair<Health, SeriesRole> pairs[] = { { Health::Green, SeriesRole::Green }, { Health::Yellow, SeriesRole::Yellow },
                                                    { Health::Red, SeriesRole::Red }, { Health::Unrated, SeriesRole::Unrated } };
    for (const auto &[health, role] : pairs) {
        QCOMPARE(ItemDelegate::chipColor(health), ChartStyle::color(role));
        QCOMPARE(ItemDelegate::chipTextColor(health), ChartStyle::textOn(role));
        const QString html = ItemDelegate::chipHtml(health);
        QVERIFY2(html.contains(ChartStyle::color(role).name()) && html.contains(ChartStyle::textOn(role).name()), qPrintable(html));
    }
    // Dark fills take white text: black on the dark green was unreadable.
    QCOMPARE(ItemDelegate::chipTextColor(Health::Green), QColor(Qt::white));
    QCOMPARE(ItemDelegate::chipTextColor(Health::Red), QColor(Qt::white));
    QVERIFY(ItemDelegate::chipTextColor(Health::Yellow) != QColor(Qt::white));
}

QTEST_MAIN(TestWhyPanel)
#include "tst_whypanel.moc"
