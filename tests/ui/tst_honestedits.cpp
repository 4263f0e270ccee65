// The honest-colour edits of the desktop application, each through the edit facade and checked
// redo → undo → redo against the file: a decision that re-authorizes a project (a new baseline, the
// original kept), from the project detail's decision form too.
#include "commands/editor.h"
#include "document/document.h"
#include "storage/repository.h"
#include "views/projectdetail.h"
#include "views/whypanel.h"

#include "i18n/language.h"
#include "roundtrip.h"
#include "uifixture.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestHonestEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void reauthorizeRoundTrip();
    void reauthorizeFromTheDetail();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    Editor *m_editor = nullptr;
    VigieTest::Fixture m_fx;
};

void TestHonestEdits::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("h.vigie"));
    m_doc = VigieTest::makeDocument(m_path, &m_fx);
    QVERIFY(m_doc);
    m_editor = m_doc->editor();
}

void TestHonestEdits::cleanup()
{
    m_doc.reset();
}

void TestHonestEdits::reauthorizeRoundTrip()
{
    const std::optional<Project> before = Repository::project(*m_doc->file(), m_fx.project1); // $1M
    DecisionRecord d;
    d.date = QDate(2016, 9, 1);
    d.authority = QStringLiteral("Treasury Board");
    d.text = { QStringLiteral("Scope extended"), QStringLiteral("Portée élargie") };
    d.budgetChange = 500000.0;
    d.plannedEnd = QDate(2019, 3, 31);
    d.reauthorize = true;
    VigieTest::roundTrip(m_editor, m_path, [&] { return !m_editor->recordDecision(m_fx.project1, d, QStringLiteral("SCT-01")).isEmpty(); });
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Re-authorize Project SCT-01"));
    const std::optional<Project> after = Repository::project(*m_doc->file(), m_fx.project1);
    QCOMPARE(after->budget, before->budget + 500000.0);
    QCOMPARE(after->plannedEnd, QDate(2019, 3, 31));
    const QList<Baseline> baselines = Repository::baselines(*m_doc->file(), after->id);
    QVERIFY(baselines.size() >= 2);
    QCOMPARE(baselines.constFirst().budget, before->budget); // the original stays
    QCOMPARE(baselines.constLast().authority, QStringLiteral("Treasury Board"));
}

void TestHonestEdits::reauthorizeFromTheDetail()
{
    ProjectDetail detail;
    detail.setDocument(m_doc.get());
    detail.showProject(m_fx.project1);
    QVERIFY(!detail.newEndBox()->isEnabled());
    detail.reauthorizeBox()->setChecked(true);
    QVERIFY(detail.newEndBox()->isEnabled());
    detail.decisionEnBox()->setText(QStringLiteral("Budget raised"));
    detail.newEndBox()->setDate(QDate(2019, 6, 30));
    const int index = m_editor->undoStack()->index();
    const QList<QPushButton *> buttons = detail.findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text() == QStringLiteral("&Add Decision"))
            b->click();
    QCOMPARE(m_editor->undoStack()->index(), index + 1);
    QCOMPARE(Repository::project(*m_doc->file(), m_fx.project1)->plannedEnd, QDate(2019, 6, 30));
    QVERIFY(!detail.reauthorizeBox()->isChecked()); // the form is ready for the next decision
    QVERIFY(detail.whyPanel()->html().contains(QStringLiteral("Re-authorization 1")));
}

QTEST_MAIN(TestHonestEdits)
#include "tst_honestedits.moc"
