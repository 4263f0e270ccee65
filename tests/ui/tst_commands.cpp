// Every command: redo → undo → redo, each step checked in the file on disk through a fresh
// PortfolioFile (what another program, or tomorrow's Vigie, would read).
#include "commands/editor.h"
#include "storage/repository.h"

#include "i18n/language.h"
#include "uifixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

class TestCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void changeValueRoundTrip();
    void fieldEditsMerge();
    void noOpIsDropped();
    void measureStatusWithHistory();
    void addDecision();
    void workforceAndEnvelopeFigures();
    void readOnlyRefuses();

private:
    QVariant onDisk(Entity entity, const QString &uuid, const QString &column) const;
    int historyOnDisk(const QString &measureUuid) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<PortfolioFile> m_file;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
    VigieTest::Fixture m_fx;
};

void TestCommands::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("c.vigie"));
    m_file = VigieTest::makePortfolio(m_path, &m_fx);
    QVERIFY(m_file);
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<Editor>(m_file.get(), m_stack.get());
}

void TestCommands::cleanup()
{
    m_stack.reset();
    m_editor.reset();
    m_file.reset();
}

QVariant TestCommands::onDisk(Entity entity, const QString &uuid, const QString &column) const
{
    FileError error;
    auto fresh = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &error);
    return fresh ? fresh->value(entity, uuid, column) : QVariant(QStringLiteral("<cannot open>"));
}

int TestCommands::historyOnDisk(const QString &measureUuid) const
{
    FileError error;
    auto fresh = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &error);
    return fresh ? int(Repository::measureHistory(*fresh, fresh->rowId(Entity::Measure, measureUuid)).size()) : -1;
}

void TestCommands::changeValueRoundTrip()
{
    const QString cost = QStringLiteral("forecast_cost");
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, cost).toDouble(), 1e6);
    QVERIFY(m_editor->changeValue(Entity::Project, m_fx.project1, cost, 1.5e6, QStringLiteral("Forecast cost"),
                                  QStringLiteral("Project SCT-01")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Change Forecast cost of Project SCT-01"));
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, cost).toDouble(), 1.5e6);
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, QStringLiteral("computed_cost")).toString(), QStringLiteral("red"));
    m_stack->undo();
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, cost).toDouble(), 1e6);
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, QStringLiteral("computed_cost")).toString(), QStringLiteral("green"));
    m_stack->redo();
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, cost).toDouble(), 1.5e6);
    // Declared indicator, and clearing it back to "not declared" (NULL).
    QVERIFY(m_editor->changeValue(Entity::Project, m_fx.project1, QStringLiteral("declared_overall"),
                                  QStringLiteral("yellow"), QStringLiteral("Declared"), QStringLiteral("P")));
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, QStringLiteral("declared_overall")).toString(), QStringLiteral("yellow"));
    m_stack->undo();
    QVERIFY(onDisk(Entity::Project, m_fx.project1, QStringLiteral("declared_overall")).isNull());
}

void TestCommands::fieldEditsMerge()
{
    const QString end = QStringLiteral("forecast_end");
    for (int day : { 1, 2, 3 })
        QVERIFY(m_editor->changeValue(Entity::Project, m_fx.project1, end, QDate(2018, 6, day),
                                      QStringLiteral("Forecast end"), QStringLiteral("P")));
    QCOMPARE(m_stack->count(), 1); // one undo step for one field being adjusted
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, end).toString(), QStringLiteral("2018-06-03"));
    m_stack->undo();
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, end).toString(), QStringLiteral("2018-03-31"));
    m_stack->redo();
    QCOMPARE(onDisk(Entity::Project, m_fx.project1, end).toString(), QStringLiteral("2018-06-03"));
    // Editing back to the original value makes the merged step vanish.
    QVERIFY(m_editor->changeValue(Entity::Project, m_fx.project1, end, QDate(2018, 3, 31),
                                  QStringLiteral("Forecast end"), QStringLiteral("P")));
    QCOMPARE(m_stack->count(), 0);
    // Another field does not merge.
    QVERIFY(m_editor->changeValue(Entity::Project, m_fx.project1, end, QDate(2018, 7, 1), QStringLiteral("E"), QStringLiteral("P")));
    QVERIFY(m_editor->changeValue(Entity::Project, m_fx.project1, QStringLiteral("name_fr"), QStringLiteral("Nom"),
                                  QStringLiteral("N"), QStringLiteral("P")));
    QCOMPARE(m_stack->count(), 2);
}

void TestCommands::noOpIsDropped()
{
    QVERIFY(m_editor->changeValue(Entity::Project, m_fx.project1, QStringLiteral("forecast_cost"), 1e6,
                                  QStringLiteral("F"), QStringLiteral("P")));
    const std::optional<MeasureState> state = MeasureStatusEdit::state(*m_file, m_fx.measure9);
    QVERIFY(state);
    QVERIFY(m_editor->changeMeasureStatus(m_fx.measure9, *state, 9));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(historyOnDisk(m_fx.measure9), 0);
}

void TestCommands::measureStatusWithHistory()
{
    const MeasureState before = *MeasureStatusEdit::state(*m_file, m_fx.measure9);
    QCOMPARE(before.status, MeasureStatus::UnderWay);
    const MeasureState after { MeasureStatus::Completed, 100.0, QStringLiteral("Delivered in September") };
    QVERIFY(m_editor->changeMeasureStatus(m_fx.measure9, after, 9));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Change Status of Measure 9"));
    auto check = [&](const MeasureState &expected, int history) {
        FileError error;
        auto fresh = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &error);
        QVERIFY(fresh);
        QCOMPARE(*MeasureStatusEdit::state(*fresh, m_fx.measure9), expected);
        const auto rows = Repository::measureHistory(*fresh, fresh->rowId(Entity::Measure, m_fx.measure9));
        QCOMPARE(int(rows.size()), history);
        if (history) {
            QCOMPARE(rows.first().from, MeasureStatus::UnderWay);
            QCOMPARE(rows.first().to, MeasureStatus::Completed);
            QCOMPARE(rows.first().comment, after.comment);
            QCOMPARE(rows.first().author, QStringLiteral("tester"));
            QCOMPARE(rows.first().when, QDateTime(QDate(2016, 9, 30), QTime(12, 0), Qt::UTC));
        }
    };
    check(after, 1);
    m_stack->undo();
    check(before, 0);
    m_stack->redo();
    check(after, 1);
    m_stack->undo();
    check(before, 0);
}

void TestCommands::addDecision()
{
    const QString uuid = m_editor->addDecision(m_fx.project1,
                                               { { QStringLiteral("decided_on"), QDate(2016, 8, 15) },
                                                 { QStringLiteral("authority"), QStringLiteral("Treasury Board") },
                                                 { QStringLiteral("text_en"), QStringLiteral("Budget increased") },
                                                 { QStringLiteral("budget_change"), 250000.0 } },
                                               QStringLiteral("SCT-01"));
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add Decision to Project SCT-01"));
    QCOMPARE(onDisk(Entity::Decision, uuid, QStringLiteral("authority")).toString(), QStringLiteral("Treasury Board"));
    m_stack->undo();
    QVERIFY(onDisk(Entity::Decision, uuid, QStringLiteral("authority")).isNull());
    m_stack->redo();
    QCOMPARE(onDisk(Entity::Decision, uuid, QStringLiteral("text_en")).toString(), QStringLiteral("Budget increased"));
    QCOMPARE(onDisk(Entity::Decision, uuid, QStringLiteral("decided_on")).toString(), QStringLiteral("2016-08-15"));
}

void TestCommands::workforceAndEnvelopeFigures()
{
    QVERIFY(m_editor->changeValue(Entity::Workforce, m_fx.workforce, QStringLiteral("external_fte"), 12.5,
                                  QStringLiteral("External FTEs"), QStringLiteral("W")));
    QVERIFY(m_editor->changeValue(Entity::Envelope, m_fx.envelope, QStringLiteral("granted"), 9e6,
                                  QStringLiteral("Granted"), QStringLiteral("E")));
    QCOMPARE(onDisk(Entity::Workforce, m_fx.workforce, QStringLiteral("external_fte")).toDouble(), 12.5);
    QCOMPARE(onDisk(Entity::Envelope, m_fx.envelope, QStringLiteral("granted")).toDouble(), 9e6);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(onDisk(Entity::Workforce, m_fx.workforce, QStringLiteral("external_fte")).toDouble(), 5.0);
    QCOMPARE(onDisk(Entity::Envelope, m_fx.envelope, QStringLiteral("granted")).toDouble(), 8e6);
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(onDisk(Entity::Envelope, m_fx.envelope, QStringLiteral("granted")).toDouble(), 9e6);
}

void TestCommands::readOnlyRefuses()
{
    m_editor.reset();
    m_stack.reset();
    m_file.reset();
    FileError error;
    m_file = PortfolioFile::open(m_path, PortfolioFile::Access::ReadOnly, &error);
    QVERIFY(m_file);
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<Editor>(m_file.get(), m_stack.get());
    QSignalSpy errors(m_editor.get(), &Editor::errorOccurred);
    QVERIFY(!m_editor->changeValue(Entity::Envelope, m_fx.envelope, QStringLiteral("granted"), 1.0,
                                   QStringLiteral("G"), QStringLiteral("E")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_stack->count(), 0);
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
