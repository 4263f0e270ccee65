// Damage is never silent. One zeroed leaf page made `briefing` print 97 active projects instead of 197
// and `export` write half the rows with exit 0: read-only opens skipped the quick check and read loops
// took an error for the last row. Now every open runs the quick check, every read loop checks for
// errors, `vigie check` says what is wrong and a recovered copy keeps every readable row.
#include "rowinsert.h"
#include "analysis/briefingfacts.h"
#include "analysis/chartdata.h"
#include "analysis/summary.h"
#include "io/exporter.h"
#include "storage/integrity.h"
#include "storage/sqlaccess.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/salvage.h"

#include "testutil.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestDamage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void damagedFileIsRefusedByEveryOpen_data();
    void damagedFileIsRefusedByEveryOpen();
    void readLoopsReportDamage();
    void integrityCheck();
    void recoveredCopyKeepsEveryReadableRow();
    void recoveredCopyRefusesWhatItCannotUse();

private:
    // A portfolio of 300 projects (each with a decision) and the row count of the project page zeroed.
    QString makeDamaged(int *lostProjects);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDamage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDamage::makeDamaged(int *lostProjects)
{
    const QString path = m_dir->filePath(QStringLiteral("p.vigie"));
    {
        FileError error;
        auto file = PortfolioFile::create(path, QStringLiteral("Test"), &error);
        if (!file)
            return QString();
        PortfolioFile::Transaction t(*file);
        for (int i = 0; i < 300; ++i) {
            const QString uuid = VigieTest::insertRow(*file, Entity::Project, { { QStringLiteral("code"), QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')) },
                                                                    { QStringLiteral("budget"), 1000.0 } });
            VigieTest::insertRow(*file, Entity::Decision, { { QStringLiteral("project_id"), file->rowId(Entity::Project, uuid) },
                                                { QStringLiteral("text_en"), QStringLiteral("Approved") } });
        }
        if (!t.commit())
            return QString();
    }
    // A leaf page of the project table, found with SQLite's page statistics; then zeroed, as a disk
    // that lost a sector leaves it.
    qint64 page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stat"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT pageno, ncell FROM dbstat WHERE name = 'project' AND pagetype = 'leaf' "
                                  "ORDER BY path LIMIT 1 OFFSET 2"))
            && q.next()) {
            page = q.value(0).toLongLong();
            *lostProjects = q.value(1).toInt();
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stat"));
    if (page == 0)
        return QString();
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((page - 1) * 4096))
        return QString();
    f.write(QByteArray(4096, '\0'));
    return path;
}

void TestDamage::damagedFileIsRefusedByEveryOpen_data()
{
    QTest::addColumn<int>("access");
    QTest::newRow("read-only") << int(PortfolioFile::Access::ReadOnly);
    QTest::newRow("read-write") << int(PortfolioFile::Access::ReadWrite);
}

void TestDamage::damagedFileIsRefusedByEveryOpen()
{
    QFETCH(int, access);
    int lost = 0;
    const QString path = makeDamaged(&lost);
    if (path.isEmpty())
        QSKIP("SQLite here has no dbstat table to find a page");
    const QByteArray before = VigieTest::fileHash(path);
    FileError fe;
    QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access(access), &fe));
    QCOMPARE(fe.code, FileError::Corrupt);
    QVERIFY2(fe.message.contains(QStringLiteral("vigie check")), qPrintable(fe.message));
    QCOMPARE(VigieTest::fileHash(path), before);
}

void TestDamage::readLoopsReportDamage()
{
    int lost = 0;
    const QString path = makeDamaged(&lost);
    if (path.isEmpty())
        QSKIP("SQLite here has no dbstat table to find a page");
    // ReadWriteVerified skips the quick check (its caller ran it): the read loops must still notice.
    FileError fe;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWriteVerified, &fe);
    QVERIFY2(file, qPrintable(fe.message));
    QSignalSpy damaged(file.get(), &PortfolioFile::damaged);

    Summary summary;
    QString error;
    QVERIFY(!SummaryBuilder::compute(*file, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")) || error.contains(QStringLiteral("malformed")), qPrintable(error));

    const QString csv = m_dir->filePath(QStringLiteral("projects.csv"));
    QVERIFY(!Exporter::exportTables(*file, { ExportTable::Projects }, csv, {}, &error));
    QVERIFY(!QFile::exists(csv));
    const QString xlsx = m_dir->filePath(QStringLiteral("projects.xlsx"));
    QVERIFY(!Exporter::exportTables(*file, { ExportTable::Projects }, xlsx, {}, &error));
    QVERIFY(!QFile::exists(xlsx));

    ChartData chart;
    QVERIFY(!ChartDataBuilder::build(*file, QStringLiteral("project-health-cost"), {}, QLocale::c(), &chart, &error));
    BriefingFacts facts;
    QVERIFY(!BriefingFactsReader::read(*file, 0, &facts, &error));

    // The views' reader has no error to return: it marks the file damaged, once, for the banner.
    const QList<Project> projects = Repository::projects(*file, 0, 1000);
    QVERIFY(projects.size() < 300);
    QVERIFY(!file->damage().isEmpty());
    QCOMPARE(damaged.count(), 1);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).filter(QStringLiteral("projects")).isEmpty());
}

void TestDamage::integrityCheck()
{
    const QString intact = m_dir->filePath(QStringLiteral("ok.vigie"));
    {
        FileError fe;
        QVERIFY(PortfolioFile::create(intact, QStringLiteral("OK"), &fe));
    }
    IntegrityCheck::Report r = IntegrityCheck::run(intact);
    QVERIFY(r.intact());
    QCOMPARE(r.projects, 0);

    int lost = 0;
    const QString path = makeDamaged(&lost);
    if (path.isEmpty())
        QSKIP("SQLite here has no dbstat table to find a page");
    const QByteArray before = VigieTest::fileHash(path);
    r = IntegrityCheck::run(path);
    QVERIFY(r.refusal.isEmpty());
    QVERIFY(!r.intact());
    QVERIFY(!r.findings.isEmpty());
    QCOMPARE(VigieTest::fileHash(path), before);

    r = IntegrityCheck::run(m_dir->filePath(QStringLiteral("missing.vigie")));
    QVERIFY(!r.refusal.isEmpty());
}

void TestDamage::recoveredCopyKeepsEveryReadableRow()
{
    int lost = 0;
    const QString path = makeDamaged(&lost);
    if (path.isEmpty())
        QSKIP("SQLite here has no dbstat table to find a page");
    QVERIFY(lost > 0);
    const QByteArray before = VigieTest::fileHash(path);
    const QString out = m_dir->filePath(QStringLiteral("recovered.vigie"));
    // A file already there is replaced only once the copy is complete.
    QVERIFY(VigieTest::writeFile(out, "previous"));
    Salvage::Report report;
    QString error;
    QVERIFY2(Salvage::saveRecoveredCopy(path, out, &report, &error), qPrintable(error));
    QCOMPARE(VigieTest::fileHash(path), before);
    QVERIFY(!report.complete());
    QVERIFY2(report.text(out).contains(QStringLiteral("recovered.vigie")), qPrintable(report.text(out)));

    FileError fe;
    auto copy = PortfolioFile::open(out, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY2(copy, qPrintable(fe.message));
    // Every project but those of the zeroed page; the decisions of lost projects are dropped.
    QCOMPARE(Repository::projectCount(*copy), 300 - lost);
    QSqlQuery q(sqlDatabase(*copy));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM decision")) && q.next());
    QCOMPARE(q.value(0).toInt(), 300 - lost);
    QVERIFY(IntegrityCheck::run(out).intact());
    QCOMPARE(copy->info().name, QStringLiteral("Test"));
    QVERIFY(q.exec(QStringLiteral("SELECT label, origin FROM changeset ORDER BY id DESC LIMIT 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("recovered from p.vigie"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("recover"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList { QStringLiteral("p.vigie"), QStringLiteral("recovered.vigie") }));
}

void TestDamage::recoveredCopyRefusesWhatItCannotUse()
{
    int lost = 0;
    const QString path = makeDamaged(&lost);
    if (path.isEmpty())
        QSKIP("SQLite here has no dbstat table to find a page");
    Salvage::Report report;
    QString error;
    QVERIFY(!Salvage::saveRecoveredCopy(path, path, &report, &error));
    QVERIFY(error.contains(QStringLiteral("new file")));
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(VigieTest::writeFile(text, "not a portfolio"));
    QVERIFY(!Salvage::saveRecoveredCopy(text, m_dir->filePath(QStringLiteral("out.vigie")), &report, &error));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.vigie"))));
}

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
