// Staleness (issue "Honest colours", point 6): every project and measure knows when it was last touched
// (edited, imported even unchanged, confirmed "still accurate"), and what was not touched since the
// latest frozen period is stale. Checked against the file, with an injected clock.
#include "analysis/staleness.h"
#include "analysis/summary.h"
#include "io/importer.h"
#include "io/mapping.h"
#include "io/projectimporter.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestStaleness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void touchedOnEdit();
    void notTouchedByRuleChange();
    void importTouchesUnchangedRows();
    void confirmAndUndo();
    void staleAgainstLatestPeriod();

private:
    QString touched(Entity entity, const QString &uuid) const;
    QString addProject(const QString &code);
    QString csv(const QString &name, const QByteArray &bytes) const;
    void setClock(const QDateTime &t) { m_now = t; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    QDateTime m_now;
};

namespace {
QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC);
}
QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

void TestStaleness::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    FileError fe;
    m_file = PortfolioFile::create(m_dir->filePath(QStringLiteral("s.vigie")), QStringLiteral("Stale"), &fe);
    QVERIFY2(m_file, qPrintable(fe.message));
    m_now = at(2016, 1, 10);
    m_file->setClock([this] { return m_now; });
}

void TestStaleness::cleanup()
{
    m_file.reset();
}

QString TestStaleness::touched(Entity entity, const QString &uuid) const
{
    return m_file->value(entity, uuid, Field::Touched).toString();
}

QString TestStaleness::addProject(const QString &code)
{
    return Edits::addRow(*m_file, Entity::Project,
                         { { Field::Code, code }, { Field::NameEn, code }, { Field::NameFr, code }, { Field::Budget, 100.0 },
                           { Field::ForecastCost, 100.0 } },
                         QStringLiteral("Add"))
        .uuid;
}

QString TestStaleness::csv(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void TestStaleness::touchedOnEdit()
{
    const QString p = addProject(QStringLiteral("P-1"));
    QCOMPARE(touched(Entity::Project, p), stamp(at(2016, 1, 10))); // created

    setClock(at(2016, 2, 1));
    QVERIFY(Edits::setValue(*m_file, Entity::Project, p, Field::ForecastCost, 120.0, QStringLiteral("E")).ok);
    QCOMPARE(touched(Entity::Project, p), stamp(at(2016, 2, 1)));

    // A decision about the project is an edit of it.
    setClock(at(2016, 3, 1));
    DecisionRecord d;
    d.date = QDate(2016, 3, 1);
    d.text = { QStringLiteral("Go"), QStringLiteral("Oui") };
    QVERIFY(Edits::recordDecision(*m_file, p, d, QStringLiteral("Decision")).ok);
    QCOMPARE(touched(Entity::Project, p), stamp(at(2016, 3, 1)));

    // Undo puts the previous stamp back, with the edit.
    QVERIFY(Edits::revert(*m_file, { m_file->lastChangeset() }).ok);
    QCOMPARE(touched(Entity::Project, p), stamp(at(2016, 2, 1)));
    const std::optional<Project> read = Repository::project(*m_file, p);
    QVERIFY(read);
    QCOMPARE(read->touched, at(2016, 2, 1));
}

void TestStaleness::notTouchedByRuleChange()
{
    const QString p = addProject(QStringLiteral("P-1"));
    QVERIFY(Edits::setValue(*m_file, Entity::Project, p, Field::ForecastCost, 125.0, QStringLiteral("E")).ok);
    setClock(at(2016, 5, 1));
    // The rule recolours the project (yellow → red): its data did not change, nobody updated it.
    QVERIFY(Edits::setHealthRule(*m_file, HealthRule::custom(5, 20), QStringLiteral("Rule")).changed);
    QCOMPARE(touched(Entity::Project, p), stamp(at(2016, 1, 10)));
}

void TestStaleness::importTouchesUnchangedRows()
{
    const QString projects = csv(QStringLiteral("p.csv"), "code,name,budget\nQ-1,Access,100\nQ-2,Network,200\n");
    {
        ProjectImporter importer(*m_file, ImportMapping::defaults(), {});
        const ImportReport r = importer.run(projects);
        QVERIFY2(r.written, qPrintable(r.fatal));
        QCOMPARE(r.created, 2);
    }
    const QString q1 = Repository::projectByCode(*m_file, QStringLiteral("Q-1"))->uuid;
    QCOMPARE(touched(Entity::Project, q1), stamp(at(2016, 1, 10)));

    // The same file again: nothing changes but the projects it names are touched, as one undoable import.
    setClock(at(2016, 4, 20));
    ProjectImporter again(*m_file, ImportMapping::defaults(), {});
    const ImportReport r = again.run(projects);
    QVERIFY2(r.written, qPrintable(r.fatal));
    QCOMPARE(r.unchanged, 2);
    QCOMPARE(r.updated, 0);
    QCOMPARE(touched(Entity::Project, q1), stamp(at(2016, 4, 20)));
    QVERIFY(Edits::revert(*m_file, { r.changeset }).ok);
    QCOMPARE(touched(Entity::Project, q1), stamp(at(2016, 1, 10)));

    // Measures: an unchanged row of a measures file touches its measure too.
    const QString measures = csv(QStringLiteral("m.csv"), "area,number,title,status,percent\n1,1,Open data,under_way,40\n");
    setClock(at(2016, 5, 1));
    QVERIFY(runImport(*m_file, measures, ImportMapping::defaults(ImportKind::Measures), {}).written);
    QSqlQuery q(sqlDatabase(*m_file));
    QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM measure")) && q.next());
    const QString m = q.value(0).toString();
    QCOMPARE(touched(Entity::Measure, m), stamp(at(2016, 5, 1)));
    setClock(at(2016, 6, 1));
    const ImportReport same = runImport(*m_file, measures, ImportMapping::defaults(ImportKind::Measures), {});
    QVERIFY(same.written);
    QCOMPARE(same.unchanged, 1);
    QCOMPARE(touched(Entity::Measure, m), stamp(at(2016, 6, 1)));
}

void TestStaleness::confirmAndUndo()
{
    const QString a = addProject(QStringLiteral("A"));
    const QString b = addProject(QStringLiteral("B"));
    setClock(at(2016, 9, 15));
    const EditResult r = Edits::confirmAccurate(*m_file, Entity::Project, { a, b }, QStringLiteral("Still accurate"));
    QVERIFY2(r.ok && r.changed, qPrintable(r.error));
    QCOMPARE(touched(Entity::Project, a), stamp(at(2016, 9, 15)));
    QCOMPARE(touched(Entity::Project, b), stamp(at(2016, 9, 15)));
    // Nothing else changed.
    QCOMPARE(m_file->value(Entity::Project, a, Field::ForecastCost).toDouble(), 100.0);

    // Undo restores the previous stamps; redo (reverting the revert) confirms again.
    const EditResult undo = Edits::revert(*m_file, { r.changeset });
    QVERIFY(undo.ok);
    QCOMPARE(touched(Entity::Project, a), stamp(at(2016, 1, 10)));
    QCOMPARE(touched(Entity::Project, b), stamp(at(2016, 1, 10)));
    QVERIFY(Edits::revert(*m_file, { undo.changeset }).ok);
    QCOMPARE(touched(Entity::Project, a), stamp(at(2016, 9, 15)));

    // Only projects and measures; a missing row is refused and nothing is written.
    QVERIFY(!Edits::confirmAccurate(*m_file, Entity::Organization, {}, QStringLiteral("x")).ok);
    QVERIFY(!Edits::confirmAccurate(*m_file, Entity::Project, { a, QStringLiteral("nope") }, QStringLiteral("x")).ok);
}

void TestStaleness::staleAgainstLatestPeriod()
{
    const QString a = addProject(QStringLiteral("A")); // touched Jan 10
    const QString b = addProject(QStringLiteral("B"));
    const QString c = addProject(QStringLiteral("C"));
    Staleness::Counts n;
    QString error;
    QVERIFY(Staleness::count(*m_file, &n, &error));
    QCOMPARE(n.projects, 0); // no frozen period: nothing is stale
    QVERIFY(!Staleness::reference(*m_file).active);

    setClock(at(2016, 4, 14));
    QVERIFY(Edits::freezePeriod(*m_file, QStringLiteral("March 2016"), QDate(2016, 3, 31), QStringLiteral("F")).ok);
    QVERIFY(Staleness::count(*m_file, &n, &error));
    QCOMPARE(n.projects, 3);

    // Updated for the next report: B edited, C confirmed; A stays stale.
    setClock(at(2016, 8, 31)); // on the as-of date of the next period: current for it
    QVERIFY(Edits::setValue(*m_file, Entity::Project, b, Field::ForecastCost, 110.0, QStringLiteral("E")).ok);
    QVERIFY(Edits::confirmAccurate(*m_file, Entity::Project, { c }, QStringLiteral("OK")).ok);
    setClock(at(2016, 9, 12));
    QVERIFY(Edits::freezePeriod(*m_file, QStringLiteral("August 2016"), QDate(2016, 8, 31), QStringLiteral("F")).ok);
    QVERIFY(Staleness::count(*m_file, &n, &error));
    QCOMPARE(n.projects, 1);
    {
        Summary one; // the summary counts them in its own pass over the projects: the same rule
        QVERIFY(SummaryBuilder::compute(*m_file, &one, &error));
        QCOMPARE(one.staleProjects, 1);
    }
    const StaleReference ref = Staleness::reference(*m_file);
    QCOMPARE(ref.period.label, QStringLiteral("August 2016"));
    QVERIFY(ref.isStale(*Repository::project(*m_file, a)));
    QVERIFY(!ref.isStale(*Repository::project(*m_file, b)));
    QCOMPARE(Staleness::staleText(Repository::project(*m_file, a)->touched, ref, QLocale(QLocale::English, QLocale::Canada)),
             QStringLiteral("Not updated since %1, before August 2016")
                 .arg(QLocale(QLocale::English, QLocale::Canada).toString(at(2016, 1, 10).toLocalTime().date(), QLocale::ShortFormat)));

    // Only active projects can be stale.
    QVERIFY(Edits::setValue(*m_file, Entity::Project, a, Field::State, QStringLiteral("completed"), QStringLiteral("E")).ok);
    QVERIFY(Edits::setValue(*m_file, Entity::Project, a, Field::Touched, QVariant(), QStringLiteral("E")).ok); // unknown
    QVERIFY(Staleness::count(*m_file, &n, &error));
    QCOMPARE(n.projects, 0);
    QVERIFY(Edits::setValue(*m_file, Entity::Project, a, Field::State, QStringLiteral("active"), QStringLiteral("E")).ok);
    QVERIFY(Staleness::count(*m_file, &n, &error));
    QCOMPARE(n.projects, 0); // the state edit touched it

    // The summary says the same.
    Summary s;
    QVERIFY(SummaryBuilder::compute(*m_file, &s, &error));
    QCOMPARE(s.staleProjects, 0);
    const QJsonObject json = SummaryBuilder::toJson(s);
    QCOMPARE(json.value(QLatin1String("projects")).toObject().value(QLatin1String("stale")).toInt(-1), 0);
    QCOMPARE(json.value(QLatin1String("measures")).toObject().value(QLatin1String("stale")).toInt(-1), 0);
}

QTEST_GUILESS_MAIN(TestStaleness)
#include "tst_staleness.moc"
