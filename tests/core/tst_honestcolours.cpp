// Honest colours in core: the rule chosen and its preview, recolouring on a rule change and its undo,
// checked against the file on disk through a fresh connection.
#include "analysis/rulepreview.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include "filedump.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {

// The stored computed colours of the projects, by code, read from disk.
QStringList colours(const QString &path)
{
    FileError error;
    auto fresh = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error);
    QStringList out;
    QSqlQuery q(sqlDatabase(*fresh));
    q.exec(QStringLiteral("SELECT code, computed_cost, computed_schedule FROM project ORDER BY code"));
    while (q.next())
        out << QStringLiteral("%1:%2/%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

} // namespace

class TestHonestColours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void previewCountsWithoutWriting();
    void ruleChangeRecoloursAndUndoRestores();

private:
    QString addProject(const QString &code, double budget, double forecast, const QVariant &declaredCost = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    QString m_path;
};

void TestHonestColours::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("h.vigie"));
    FileError error;
    m_file = PortfolioFile::create(m_path, QStringLiteral("Honest"), &error);
    QVERIFY2(m_file, qPrintable(error.message));
    m_file->setClock([] { return QDateTime(QDate(2016, 8, 31), QTime(12, 0), Qt::UTC); });
}

void TestHonestColours::cleanup()
{
    m_file.reset();
    m_dir.reset();
}

QString TestHonestColours::addProject(const QString &code, double budget, double forecast, const QVariant &declaredCost)
{
    FieldValues values { { Field::Code, code }, { Field::NameEn, code }, { Field::Budget, budget },
                         { Field::OriginalBudget, budget }, { Field::ForecastCost, forecast } };
    if (declaredCost.isValid())
        values.insert(Field::DeclaredCost, declaredCost);
    return Edits::addRow(*m_file, Entity::Project, values, QStringLiteral("Add")).uuid;
}

void TestHonestColours::previewCountsWithoutWriting()
{
    addProject(QStringLiteral("A"), 100, 104);   // 4%: green under both
    addProject(QStringLiteral("B"), 100, 108);   // 8%: green, yellow under 5/20
    addProject(QStringLiteral("C"), 100, 125);   // 25%: yellow, red under 5/20
    addProject(QStringLiteral("D"), 100, 125, QStringLiteral("green")); // declared green hides it
    const QStringList before = VigieTest::dumpPortfolio(m_path);

    RulePreview preview;
    QString error;
    QVERIFY2(RulePreviewer::compute(*m_file, HealthRule::custom(5, 20), &preview, &error), qPrintable(error));
    QCOMPARE(preview.projects, 4);
    QCOMPARE(preview.activeProjects, 4);
    QCOMPARE(preview.computedChanged, 3);  // B, C, D
    QCOMPARE(preview.effectiveChanged, 2); // D stays green as shown: its declared colour wins
    QCOMPARE(preview.computedOverall.green.count, 1);
    QCOMPARE(preview.computedOverall.yellow.count, 1);
    QCOMPARE(preview.computedOverall.red.count, 2);
    QCOMPARE(preview.computedOverall.red.amount, 200.0);
    QCOMPARE(VigieTest::dumpPortfolio(m_path), before);

    // The rule in force changes nothing.
    QVERIFY(RulePreviewer::compute(*m_file, HealthRule::variance1030(), &preview, &error));
    QCOMPARE(preview.computedChanged, 0);
    QCOMPARE(preview.effectiveChanged, 0);
    // Three-code computes nothing: every rated project loses its computed colour.
    QVERIFY(RulePreviewer::compute(*m_file, HealthRule::threeCode(), &preview, &error));
    QCOMPARE(preview.computedChanged, 4);
    QCOMPARE(preview.computedOverall.unrated.count, 4);
}

void TestHonestColours::ruleChangeRecoloursAndUndoRestores()
{
    addProject(QStringLiteral("A"), 100, 104);
    addProject(QStringLiteral("B"), 100, 108);
    addProject(QStringLiteral("C"), 100, 125);
    const QStringList before = VigieTest::dumpPortfolio(m_path);
    QCOMPARE(colours(m_path), QStringList({ QStringLiteral("A:green/"), QStringLiteral("B:green/"),
                                            QStringLiteral("C:yellow/") }));

    const EditResult r = Edits::setHealthRule(*m_file, HealthRule::custom(5, 20), QStringLiteral("Set Health Rule"));
    QVERIFY2(r.ok && r.changed, qPrintable(r.error));
    const QStringList after = VigieTest::dumpPortfolio(m_path);
    // Recoloured in the same edit: the file on disk holds the new rule's colours.
    QCOMPARE(colours(m_path), QStringList({ QStringLiteral("A:green/"), QStringLiteral("B:yellow/"),
                                            QStringLiteral("C:red/") }));
    QCOMPARE(m_file->healthRule(), HealthRule::custom(5, 20));
    // One changeset, journaled with its undo text.
    {
        QSqlQuery q(sqlDatabase(*m_file));
        q.prepare(QStringLiteral("SELECT label FROM changeset WHERE id = ?"));
        q.addBindValue(r.changeset);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Set Health Rule"));
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE changeset_id = ? AND field = 'health_rule'"));
        q.addBindValue(r.changeset);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Undo restores the old rule and the old colours, redo the new ones, twice.
    qint64 applied = r.changeset;
    for (int i = 0; i < 2; ++i) {
        const EditResult undo = Edits::revert(*m_file, { applied });
        QVERIFY2(undo.ok, qPrintable(undo.error));
        QCOMPARE(VigieTest::dumpPortfolio(m_path), before);
        const EditResult redo = Edits::revert(*m_file, { undo.changeset });
        QVERIFY2(redo.ok, qPrintable(redo.error));
        QCOMPARE(VigieTest::dumpPortfolio(m_path), after);
        applied = redo.changeset;
    }
}

QTEST_GUILESS_MAIN(TestHonestColours)
#include "tst_honestcolours.moc"
