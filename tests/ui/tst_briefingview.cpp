#include "analysis/briefingdraft.h"
#include "analysis/briefingfacts.h"
#include "analysis/briefingitems.h"
#include "analysis/briefingtext.h"
#include "commands/editor.h"
#include "document/document.h"
#include "i18n/language.h"
#include "report/briefingdocument.h"
#include "report/briefingview.h"
#include "storage/portfoliofile.h"

#include "briefingfixture.h"
#include "darkdesktop.h"

#include <QFile>
#include <QScrollBar>
#include <QLabel>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Vigie;

// The Briefing view and its edits through the document's facade: every edit checked redo → undo → redo
// against the file.
class TestBriefingView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startsEmptyOnLatestPeriod();
    void draftUndoRedo();
    void editTextInTree();
    void reservedMarkersRefused();
    void moveWithinAndAcrossSections();
    void removeAndRestore();
    void addChartAndFreeItemSurviveRedraft();
    void exportFromView();
    void undraftedPeriodExportsTheDraftLikeTheCli();
    void editedDraftedItemSurvivesRedraft();
    void documentLanguageLeavesTheUiAlone();
    void previewNeverScrollsSideways();
    void previewIsPaperUnderADarkDesktop();

private:
    QStringList texts(RowId period) const;
    int childCount(int section) const;
    // The data drafted, the view shown at 1060×700: its preview, or nullptr.
    QTextBrowser *showDraftedPreview();
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Document> m_doc;
    PortfolioFile *m_file = nullptr;
    QUndoStack *m_stack = nullptr;
    Editor *m_editor = nullptr;
    std::unique_ptr<BriefingView> m_view;
    RowId m_august = 0;
};

void TestBriefingView::init()
{
    m_dir = new QTemporaryDir;
    const QString path = m_dir->filePath(QStringLiteral("v.vigie"));
    QVERIFY(VigieTest::makeBriefingPortfolio(path));
    FileError error;
    m_doc = Document::open(path, &error);
    QVERIFY2(m_doc, qPrintable(error.message));
    m_file = m_doc->file();
    m_stack = m_doc->undoStack();
    m_editor = m_doc->editor();
    m_august = BriefingFactsReader::periodByLabel(*m_file, QStringLiteral("August 2016"))->id;
    m_view = std::make_unique<BriefingView>();
    m_view->setDocument(m_doc.get());
    m_view->resize(1400, 800);
}

void TestBriefingView::cleanup()
{
    m_view.reset();
    m_doc.reset();
    delete m_dir;
}

QStringList TestBriefingView::texts(RowId period) const
{
    QStringList out;
    for (const BriefingItem &b : BriefingItems::load(*m_file, period))
        out << QStringLiteral("%1:%2").arg(int(b.section)).arg(b.text.en);
    return out;
}

int TestBriefingView::childCount(int section) const
{
    return m_view->itemTree()->topLevelItem(section - 1)->childCount();
}

void TestBriefingView::startsEmptyOnLatestPeriod()
{
    QCOMPARE(m_view->periodId(), m_august);
    QCOMPARE(m_view->itemTree()->topLevelItemCount(), 4);
    for (int s = 1; s <= 4; ++s)
        QCOMPARE(childCount(s), 0);
    // A period frozen while the view is open is the one to brief, until the reader chooses one.
    QVERIFY(m_editor->freezePeriod(QStringLiteral("December 2016"), QDate(2016, 12, 31)));
    QTRY_COMPARE(m_view->periodLabel(), QStringLiteral("December 2016"));
    QVERIFY(m_view->setPeriod(QStringLiteral("March 2016")));
    QVERIFY(m_view->periodId() != m_august);
    QVERIFY(m_editor->freezePeriod(QStringLiteral("March 2017"), QDate(2017, 3, 31)));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(m_view->periodLabel(), QStringLiteral("March 2016"));
}

void TestBriefingView::draftUndoRedo()
{
    QList<DraftedItem> expected;
    QVERIFY(BriefingDrafter::draft(*m_file, m_august, &expected, nullptr));
    m_view->draftFromData();
    const QStringList drafted = texts(m_august);
    QCOMPARE(drafted.size(), expected.size());
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(childCount(1) + childCount(2) + childCount(3) + childCount(4), expected.size());
    QVERIFY(drafted.first().startsWith(QStringLiteral("1:Of the 6 measures")));

    auto *status = m_view->findChild<QLabel *>(QStringLiteral("briefingStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().startsWith(QStringLiteral("%1 item").arg(expected.size()))
                 && status->text().endsWith(QStringLiteral(" drafted from the data.")),
             qPrintable(status->text()));

    m_stack->undo();
    QVERIFY(texts(m_august).isEmpty());
    // The message went with the items (it stayed, announcing items no longer there).
    QVERIFY2(status->text().isEmpty(), qPrintable(status->text()));
    m_stack->redo();
    QCOMPARE(texts(m_august), drafted);
    QVERIFY(texts(0).isEmpty()); // other periods untouched
}

void TestBriefingView::editTextInTree()
{
    m_view->draftFromData();
    QTreeWidgetItem *item = m_view->itemTree()->topLevelItem(0)->child(0);
    const QString uuid = item->data(0, Qt::UserRole).toString();
    const QString before = m_file->value(Entity::BriefingItem, uuid, Field::TextFr).toString();
    item->setText(1, QStringLiteral("Bilan de la stratégie"));
    QCOMPARE(m_file->value(Entity::BriefingItem, uuid, Field::TextFr).toString(), QStringLiteral("Bilan de la stratégie"));
    QCoreApplication::processEvents(); // the queued reload
    QCOMPARE(m_view->itemTree()->topLevelItem(0)->child(0)->text(1), QStringLiteral("Bilan de la stratégie"));
    // Two edits of the same text merge into one undo step.
    QVERIFY(m_editor->setBriefingText(uuid, QStringLiteral("fr"), QStringLiteral("Bilan")));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(m_file->value(Entity::BriefingItem, uuid, Field::TextFr).toString(), before);
    m_stack->redo();
    QCOMPARE(m_file->value(Entity::BriefingItem, uuid, Field::TextFr).toString(), QStringLiteral("Bilan"));
}

void TestBriefingView::reservedMarkersRefused()
{
    const QString uuid = m_editor->addBriefingItem(m_august, BriefingSection::CouncilTopics,
                                               { QStringLiteral("Open data"), QString::fromUtf8("Données ouvertes") });
    QVERIFY(!uuid.isEmpty());
    QVERIFY(!m_editor->setBriefingText(uuid, QStringLiteral("en"), QStringLiteral("{{chart:x}}")));
    QCOMPARE(m_file->value(Entity::BriefingItem, uuid, Field::TextEn).toString(), QStringLiteral("Open data"));
}

void TestBriefingView::moveWithinAndAcrossSections()
{
    m_view->draftFromData();
    QList<BriefingItem> items = BriefingItems::inSection(BriefingItems::load(*m_file, m_august), BriefingSection::Priorities);
    QVERIFY(items.size() >= 2);
    const QString first = items.at(0).uuid, second = items.at(1).uuid;
    m_view->selectItem(second);
    m_view->moveUp();
    items = BriefingItems::inSection(BriefingItems::load(*m_file, m_august), BriefingSection::Priorities);
    QCOMPARE(items.at(0).uuid, second);
    QCOMPARE(items.at(1).uuid, first);
    QCOMPARE(m_view->selectedItem(), second);
    m_stack->undo();
    items = BriefingItems::inSection(BriefingItems::load(*m_file, m_august), BriefingSection::Priorities);
    QCOMPARE(items.at(0).uuid, first);
    m_stack->redo();
    items = BriefingItems::inSection(BriefingItems::load(*m_file, m_august), BriefingSection::Priorities);
    QCOMPARE(items.at(0).uuid, second);

    // The top item of Priorities moves up into the end of Accomplishments.
    QVERIFY(m_editor->moveBriefingItem(m_august, second, -1));
    const QList<BriefingItem> accomplishments = BriefingItems::inSection(BriefingItems::load(*m_file, m_august),
                                                                         BriefingSection::Accomplishments);
    QCOMPARE(accomplishments.last().uuid, second);
    m_stack->undo();
    QCOMPARE(BriefingItems::inSection(BriefingItems::load(*m_file, m_august), BriefingSection::Priorities).first().uuid, second);
    // Nothing above the first section.
    const QString top = BriefingItems::load(*m_file, m_august).first().uuid;
    QVERIFY(!m_editor->moveBriefingItem(m_august, top, -1));
}

void TestBriefingView::removeAndRestore()
{
    m_view->draftFromData();
    const QList<BriefingItem> before = BriefingItems::load(*m_file, m_august);
    m_view->selectItem(before.at(2).uuid);
    m_view->removeSelected();
    QCOMPARE(BriefingItems::load(*m_file, m_august).size(), before.size() - 1);
    QVERIFY(!m_file->rowId(Entity::BriefingItem, before.at(2).uuid));
    m_stack->undo();
    const QList<BriefingItem> after = BriefingItems::load(*m_file, m_august);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.at(2).uuid, before.at(2).uuid);
    QCOMPARE(after.at(2).text.fr, before.at(2).text.fr);
    QCOMPARE(after.at(2).measureId, before.at(2).measureId);
    m_stack->redo();
    QCOMPARE(BriefingItems::load(*m_file, m_august).size(), before.size() - 1);
}

void TestBriefingView::addChartAndFreeItemSurviveRedraft()
{
    m_view->draftFromData();
    const QString chart = m_editor->addBriefingChart(m_august, BriefingSection::IssuesAndNeeds,
                                                 QStringLiteral("envelopes-by-organization"));
    const QString free = m_editor->addBriefingItem(m_august, BriefingSection::CouncilTopics,
                                               { QStringLiteral("Open data"), QString::fromUtf8("Données ouvertes") });
    QVERIFY(!chart.isEmpty() && !free.isEmpty());
    auto doc = m_view->document();
    QVERIFY(doc->chartIds().contains(QStringLiteral("envelopes-by-organization")));
    const int count = BriefingItems::load(*m_file, m_august).size();
    m_view->draftFromData(); // drafted items replaced, the analyst's kept
    QCOMPARE(BriefingItems::load(*m_file, m_august).size(), count);
    QVERIFY(m_file->rowId(Entity::BriefingItem, chart));
    QVERIFY(m_file->rowId(Entity::BriefingItem, free));
    QCOMPARE(m_file->value(Entity::BriefingItem, free, Field::Origin).toString(), QStringLiteral("free"));
}

void TestBriefingView::exportFromView()
{
    m_view->draftFromData();
    m_view->setDocumentLanguage(QStringLiteral("fr"));
    m_view->setPaperA4(true);
    const QString out = m_dir->filePath(QStringLiteral("view.html"));
    QString error;
    QVERIFY2(m_view->exportTo(out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.contains(QStringLiteral("<html lang=\"fr\">")));
    QVERIFY(html.contains(QString::fromUtf8("3. Enjeux et besoins")));
    QCOMPARE(m_view->document()->options().paper, QPageSize::A4);
    // VIGIE_SCREENSHOT_DIR=DIR saves what the page looks like, for the docs.
    const QString shots = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCoreApplication::processEvents(); // the preview follows its new width
        QVERIFY(m_view->grab().save(shots + QStringLiteral("/briefing-view.png")));
    }
}

// A period without items: the window's export (and preview) is the briefing `vigie briefing` writes for
// the same period and language, drafted from the data, not four sections of "Nothing to report."; the
// file is not written.
void TestBriefingView::undraftedPeriodExportsTheDraftLikeTheCli()
{
    QVERIFY(texts(m_august).isEmpty());
    auto *note = m_view->findChild<QLabel *>(QStringLiteral("briefingDraftNote"));
    QVERIFY(note);
    QVERIFY(!note->isHidden());
    for (const char *language : { "en", "fr" }) {
        const QString lang = QString::fromLatin1(language);
        m_view->setDocumentLanguage(lang);
        const QString out = m_dir->filePath(QStringLiteral("undrafted-%1.html").arg(lang));
        QString error;
        QVERIFY2(m_view->exportTo(out, &error), qPrintable(error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());

        // What the command line writes (BriefingDocument::load, as `vigie briefing` calls it).
        BriefingOptions options;
        options.language = lang;
        bool drafted = false;
        const auto cli = BriefingDocument::load(*m_file, m_august, options, &error, &drafted);
        QVERIFY2(cli, qPrintable(error));
        QVERIFY(drafted);
        QCOMPARE(html, cli->toHtml());

        QList<DraftedItem> expected;
        QVERIFY(BriefingDrafter::draft(*m_file, m_august, &expected, nullptr));
        QVERIFY(!expected.isEmpty());
        const QString first = lang == QLatin1String("fr") ? expected.first().text.fr : expected.first().text.en;
        QVERIFY2(html.contains(first.toHtmlEscaped()), qPrintable(first));
        QVERIFY(!html.contains(lang == QLatin1String("fr") ? QStringLiteral("Rien à signaler.") : QStringLiteral("Nothing to report.")));
        QVERIFY(m_view->document()->chartIds().size() > 0);
    }
    QVERIFY(texts(m_august).isEmpty()); // drafted in memory only
    QCOMPARE(m_stack->count(), 0);
    m_view->draftFromData();
    QTRY_VERIFY(note->isHidden());
}

void TestBriefingView::editedDraftedItemSurvivesRedraft()
{
    // An analyst rewords a drafted item: drafting again from the data must not replace their words.
    m_view->draftFromData();
    const BriefingItem first = BriefingItems::load(*m_file, m_august).first();
    QCOMPARE(first.origin, QStringLiteral("drafted"));
    QVERIFY(m_editor->setBriefingText(first.uuid, QStringLiteral("en"), QStringLiteral("Our own words")));
    QCOMPARE(m_file->value(Entity::BriefingItem, first.uuid, Field::Origin).toString(), QStringLiteral("free"));
    m_view->draftFromData();
    QCOMPARE(m_file->value(Entity::BriefingItem, first.uuid, Field::TextEn).toString(), QStringLiteral("Our own words"));
    // Undoing the rewording makes it a drafted item again.
    m_stack->undo(); // the second draft
    m_stack->undo(); // the rewording
    QCOMPARE(m_file->value(Entity::BriefingItem, first.uuid, Field::Origin).toString(), QStringLiteral("drafted"));
    QCOMPARE(m_file->value(Entity::BriefingItem, first.uuid, Field::TextEn).toString(), first.text.en);
}

void TestBriefingView::documentLanguageLeavesTheUiAlone()
{
    Language::apply(QStringLiteral("en"));
    m_view->draftFromData();
    m_view->setDocumentLanguage(QStringLiteral("fr")); // charts drawn in French switch translators briefly
    QCoreApplication::processEvents();
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QCOMPARE(m_view->itemTree()->headerItem()->text(0), QStringLiteral("English"));
    QCOMPARE(m_view->itemTree()->topLevelItem(0)->text(0), QStringLiteral("1. Accomplishments"));
    QCOMPARE(m_view->document()->options().language, QStringLiteral("fr"));
}

QTextBrowser *TestBriefingView::showDraftedPreview()
{
    m_view->draftFromData();
    m_view->resize(1060, 700);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        return nullptr;
    return m_view->findChild<QTextBrowser *>(QStringLiteral("briefingPreview"));
}

// The preview fits its pane: the drafted briefing, its tables and charts included, scrolls up and down
// only, whatever the view's width. Narrower than the widest table, the pane takes what the table needs
// from the list beside it.
void TestBriefingView::previewNeverScrollsSideways()
{
    const int smallest = m_view->minimumSizeHint().width();
    QTextBrowser *preview = showDraftedPreview();
    QVERIFY(preview);
    for (const char *language : { "en", "fr" }) {
        m_view->setDocumentLanguage(QString::fromLatin1(language));
        for (int width : { 1060, 1030, 1280, 1250, 900, 800, 1600, 1570 }) {
            m_view->resize(width, 700);
            QTest::qWait(50); // the refresh is queued, and so is the layout it may ask for
            QVERIFY(preview->verticalScrollBar()->maximum() > 0); // a long document: the vertical bar is there
            QTRY_VERIFY2(preview->horizontalScrollBar()->maximum() == 0,
                         qPrintable(QStringLiteral("%1, view %2 px: the preview scrolls %3 px sideways (document %4 px in %5 px)")
                                        .arg(QString::fromLatin1(language))
                                        .arg(width)
                                        .arg(preview->horizontalScrollBar()->maximum())
                                        .arg(preview->document()->size().width())
                                        .arg(preview->viewport()->width())));
            // The room comes from the list beside it, never from a larger window: the view still fits
            // where it fitted (a small screen at twice the scale), the preview scrolling there if it must.
            QCOMPARE(m_view->minimumSizeHint().width(), smallest);
        }
    }
}

void TestBriefingView::previewIsPaperUnderADarkDesktop()
{
    // The preview shows the page: black on white under a dark desktop too. It had the desktop's white text,
    // invisible on the light headings of the identity table ("Administration", "Reporting period").
    VigieTest::DarkDesktop dark;
    QTextBrowser *preview = showDraftedPreview();
    QVERIFY(preview);
    const VigieTest::Ink ink = VigieTest::inkOf(preview->viewport()->grab().toImage());
    QVERIFY2(ink.paper > 0.5 && ink.ink > 0.005, qPrintable(QStringLiteral("paper %1, ink %2").arg(ink.paper).arg(ink.ink)));
    // The items' tree beside it keeps the desktop's colours.
    auto *tree = m_view->findChild<QTreeWidget *>();
    QVERIFY(tree);
    QCOMPARE(tree->palette().color(QPalette::Base), VigieTest::darkPalette().color(QPalette::Base));
}

QTEST_MAIN(TestBriefingView)
#include "tst_briefingview.moc"
