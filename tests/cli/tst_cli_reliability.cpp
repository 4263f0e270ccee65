// The cases of "Trust the file" as a user meets them on the command line: the real executable, real
// files, exit codes (0 success, 3 the file cannot be used, 4 strict import refused).
#include "storage/filelock.h"
#include "testutil.h"
#include "tinydisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using VigieTest::runVigie;

namespace {

bool sql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sql"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sql"));
    return ok;
}

int count(const QString &path, const QString &table)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace

class TestCliReliability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostileTriggerNeverRuns();
    void crashLeavesNobodyLockedOut();
    void editBlockedByAReaderSaysWhy();
    void damageIsNeverSilent();
    void fullDiskLeavesNothingBehind_data();
    void fullDiskLeavesNothingBehind();
    void outputNeverReplacesThePortfolio_data();
    void outputNeverReplacesThePortfolio();
    void outputNeverReplacesAPortfolioBeingEdited_data();
    void outputNeverReplacesAPortfolioBeingEdited();
    void mergeReportCheckedBeforeMerging();
    void missingFolderSaidAlike_data();
    void missingFolderSaidAlike();
    void importRefusesWhatItCannotTrust();
    void exportGuardsEveryTextColumn();

private:
    QString copyOfSample(const QString &name);
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestCliReliability::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("quebec.vigie"));
    const auto r = runVigie({ QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), m_sample });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QString TestCliReliability::copyOfSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_sample, path) ? path : QString();
}

void TestCliReliability::hostileTriggerNeverRuns()
{
    // Case 1: the next import emptied the measures (exit 0).
    const QString path = copyOfSample(QStringLiteral("hostile.vigie"));
    QVERIFY(sql(path, { QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON project BEGIN DELETE FROM measure; END") }));
    const QByteArray before = VigieTest::fileHash(path);
    const auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"),
                              QStringLiteral(VIGIE_TEST_DATA "/import/plain-utf8.csv") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("not a Vigie portfolio")) && r.err.contains(QStringLiteral("wipe")), qPrintable(r.err));
    QCOMPARE(VigieTest::fileHash(path), before);
    QCOMPARE(count(path, QStringLiteral("measure")), 36);
    QCOMPARE(runVigie({ QStringLiteral("summary"), path }).exitCode, 3);
    auto check = runVigie({ QStringLiteral("check"), path });
    QCOMPARE(check.exitCode, 3);
    QCOMPARE(VigieTest::fileHash(path), before);

    // The file is refused, its rows are not lost: a recovered copy holds every one of them, without the
    // trigger, and says what it left behind.
    QVERIFY2(check.err.contains(QStringLiteral("--recover")), qPrintable(check.err));
    QVERIFY(sql(path, { QStringLiteral("CREATE VIEW peek AS SELECT code FROM project") }));
    const QString recovered = m_dir.filePath(QStringLiteral("hostile-recovered.vigie"));
    QFile::remove(recovered);
    check = runVigie({ QStringLiteral("check"), path, QStringLiteral("--recover"), recovered });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY2(check.out.contains(QStringLiteral("Every row could be read.")), qPrintable(check.out));
    QVERIFY2(check.out.contains(QStringLiteral("Left behind: a view \"peek\", which Vigie never creates; a trigger \"wipe\" on "
                                               "project, which Vigie never creates.")),
             qPrintable(check.out));
    check = runVigie({ QStringLiteral("check"), recovered });
    QVERIFY2(check.exitCode == 0 && check.out.contains(QStringLiteral("no damage found")), qPrintable(check.out + check.err));
    QCOMPARE(count(recovered, QStringLiteral("measure")), 36);
    QCOMPARE(count(recovered, QStringLiteral("project")), count(path, QStringLiteral("project")));
    // The recovered copy is a new file: run again, the first copy (or any portfolio of that name) stays.
    const QByteArray first = VigieTest::fileHash(recovered);
    check = runVigie({ QStringLiteral("check"), path, QStringLiteral("--recover"), recovered });
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.err.contains(QStringLiteral("a file already exists there; choose another name.")), qPrintable(check.err));
    QCOMPARE(VigieTest::fileHash(recovered), first);
    // An index dropped: the rows are whole, and the copy has Vigie's indexes again.
    const QString unindexed = copyOfSample(QStringLiteral("unindexed.vigie"));
    QVERIFY(sql(unindexed, { QStringLiteral("DROP INDEX project_budget") }));
    check = runVigie({ QStringLiteral("check"), unindexed });
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.err.contains(QStringLiteral("--recover")), qPrintable(check.err));
    const QString reindexed = m_dir.filePath(QStringLiteral("reindexed.vigie"));
    QFile::remove(reindexed);
    check = runVigie({ QStringLiteral("check"), unindexed, QStringLiteral("--recover"), reindexed });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY2(check.out.contains(QStringLiteral("Indexes made anew: the index \"project_budget\" is missing.")), qPrintable(check.out));
    QCOMPARE(runVigie({ QStringLiteral("check"), reindexed }).exitCode, 0);
    QCOMPARE(count(reindexed, QStringLiteral("project")), count(unindexed, QStringLiteral("project")));
    // A table defined otherwise is no such case: its rows cannot be read as Vigie's.
    const QString altered = copyOfSample(QStringLiteral("altered.vigie"));
    QVERIFY(sql(altered, { QStringLiteral("ALTER TABLE project ADD COLUMN extra TEXT") }));
    check = runVigie({ QStringLiteral("check"), altered });
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(!check.err.contains(QStringLiteral("--recover")), qPrintable(check.err));
    check = runVigie({ QStringLiteral("check"), altered, QStringLiteral("--recover"), reindexed });
    QCOMPARE(check.exitCode, 3);
}

void TestCliReliability::crashLeavesNobodyLockedOut()
{
    // Case 2: after a kill -9 inside a transaction, summary was refused "attempt to write a readonly
    // database" until the user ran sqlite3 by hand.
    const QString path = copyOfSample(QStringLiteral("crashed.vigie"));
    const QString expected = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json") }).out;
    QProcess driver;
    driver.start(QStringLiteral(VIGIE_EDITDRIVER), { QStringLiteral("hang"), path });
    QByteArray said;
    while (!said.contains("READY") && driver.waitForReadyRead(60000))
        said += driver.readAllStandardOutput();
    driver.kill();
    driver.waitForFinished();
    QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);

    const auto r = runVigie({ QStringLiteral("summary"), path, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("rolled back")), qPrintable(r.err));
    QCOMPARE(r.out, expected);

    // The same for a command that writes: `vigie edit` says the interrupted change was rolled back, then
    // makes its own.
    driver.start(QStringLiteral(VIGIE_EDITDRIVER), { QStringLiteral("hang"), path });
    said.clear();
    while (!said.contains("READY") && driver.waitForReadyRead(60000))
        said += driver.readAllStandardOutput();
    driver.kill();
    driver.waitForFinished();
    QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
    const auto edit = runVigie({ QStringLiteral("edit"), path, QStringLiteral("--project"), QStringLiteral("AMF-2016-001"),
                                 QStringLiteral("--forecast-cost"), QStringLiteral("1000000") });
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
    QVERIFY2(edit.err.contains(QStringLiteral("has been rolled back")), qPrintable(edit.err));
    QVERIFY2(edit.out.contains(QStringLiteral("AMF-2016-001: changed")), qPrintable(edit.out));
}

void TestCliReliability::editBlockedByAReaderSaysWhy()
{
    // A commit to a file waits until no other program reads it, five seconds at most. Another program
    // reading for longer (here the sqlite3 shell inside a read transaction) makes the edit fail: the user
    // is told why, not only that it failed, and nothing was written.
    const QString path = copyOfSample(QStringLiteral("read-elsewhere.vigie"));
    const QStringList summary { QStringLiteral("summary"), path, QStringLiteral("--json") };
    const QString before = runVigie(summary).out;
    QVERIFY(!before.isEmpty());
    QProcess reader;
    reader.start(QStringLiteral("sqlite3"), { path });
    QVERIFY2(reader.waitForStarted(), "the sqlite3 shell (Debian package sqlite3) is needed");
    reader.write("BEGIN;\nSELECT 'READING', COUNT(*) FROM project;\n");
    QByteArray said;
    while (!said.contains("READING|214") && reader.waitForReadyRead(30000))
        said += reader.readAllStandardOutput();
    QVERIFY2(said.contains("READING|214"), said.constData());
    const QStringList edit { QStringLiteral("edit"), path, QStringLiteral("--project"), QStringLiteral("AMF-2016-001"),
        QStringLiteral("--forecast-cost"), QStringLiteral("1234567") };
    auto r = runVigie(edit);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("The change could not be written: another program kept reading the file "
                                           "for more than five seconds")),
        qPrintable(r.err));
    r = runVigie(edit + QStringList { QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("un autre programme a lu le fichier pendant plus de cinq secondes")),
        qPrintable(r.err));
    reader.write("COMMIT;\n.quit\n");
    reader.closeWriteChannel();
    QVERIFY(reader.waitForFinished(30000));
    QCOMPARE(runVigie(summary).out, before);
    r = runVigie(edit);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(runVigie(summary).out != before, "the edit made once the reader had finished changed nothing");
}

void TestCliReliability::damageIsNeverSilent()
{
    // Case 3: one zeroed leaf page; briefing printed "97 active projects", export wrote half the rows.
    const QString path = copyOfSample(QStringLiteral("damaged.vigie"));
    qint64 page = 0;
    int onPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stat"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT pageno, ncell FROM dbstat WHERE name = 'project' AND pagetype = 'leaf' LIMIT 1"))
            && q.next()) {
            page = q.value(0).toLongLong();
            onPage = q.value(1).toInt();
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stat"));
    if (page == 0)
        QSKIP("SQLite here has no dbstat table to find a page");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.seek((page - 1) * 4096));
        f.write(QByteArray(4096, '\0'));
    }
    const QString csv = m_dir.filePath(QStringLiteral("damaged.csv"));
    const QString pdf = m_dir.filePath(QStringLiteral("damaged.pdf"));
    QCOMPARE(runVigie({ QStringLiteral("summary"), path }).exitCode, 3);
    QCOMPARE(runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), csv }).exitCode, 3);
    QCOMPARE(runVigie({ QStringLiteral("briefing"), path, QStringLiteral("-o"), pdf }).exitCode, 3);
    QCOMPARE(runVigie({ QStringLiteral("chart"), path, QStringLiteral("--chart"), QStringLiteral("project-health-cost"),
                        QStringLiteral("-o"), m_dir.filePath(QStringLiteral("damaged.png")) }).exitCode, 3);
    QVERIFY(!QFile::exists(csv) && !QFile::exists(pdf) && !QFile::exists(m_dir.filePath(QStringLiteral("damaged.png"))));

    auto r = runVigie({ QStringLiteral("check"), path });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QStringLiteral("damaged")) && r.out.contains(QStringLiteral("--recover")), qPrintable(r.out));
    const QString recovered = m_dir.filePath(QStringLiteral("recovered.vigie"));
    r = runVigie({ QStringLiteral("check"), path, QStringLiteral("--recover"), recovered });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("recovered copy written")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Projects: 1 damaged part skipped, %1 unreadable rows lost").arg(onPage)),
             qPrintable(r.out));
    r = runVigie({ QStringLiteral("check"), recovered });
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("no damage found")), qPrintable(r.out + r.err));
    QCOMPARE(count(recovered, QStringLiteral("project")), 214 - onPage);
    QCOMPARE(runVigie({ QStringLiteral("check"), m_sample }).exitCode, 0);
}

void TestCliReliability::fullDiskLeavesNothingBehind_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("output");
    auto row = [](const char *name, QStringList command, const QString &output) {
        QTest::newRow(name) << command << output;
    };
    row("export csv", { QStringLiteral("export"), QStringLiteral("FILE"), QStringLiteral("--projects"), QStringLiteral("OUT") },
        QStringLiteral("p.csv"));
    row("export xlsx", { QStringLiteral("export"), QStringLiteral("FILE"), QStringLiteral("--projects"), QStringLiteral("OUT") },
        QStringLiteral("p.xlsx"));
    for (const char *ext : { "png", "svg", "pdf" }) {
        QTest::newRow(qPrintable(QStringLiteral("chart %1").arg(QLatin1String(ext))))
            << QStringList { QStringLiteral("chart"), QStringLiteral("FILE"), QStringLiteral("--chart"),
                             QStringLiteral("project-health-cost"), QStringLiteral("-o"), QStringLiteral("OUT") }
            << QStringLiteral("c.%1").arg(QLatin1String(ext));
    }
    for (const char *ext : { "pdf", "odt", "html" }) {
        QTest::newRow(qPrintable(QStringLiteral("briefing %1").arg(QLatin1String(ext))))
            << QStringList { QStringLiteral("briefing"), QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT") }
            << QStringLiteral("b.%1").arg(QLatin1String(ext));
    }
}

void TestCliReliability::fullDiskLeavesNothingBehind()
{
    // Case 4: export, chart and briefing reported success and left empty files; .html said "Unknown error".
    QFETCH(QStringList, command);
    QFETCH(QString, output);
    for (bool previous : { false, true }) {
        VigieTest::TinyDisk disk(256);
        if (!disk.isValid())
            QSKIP("mounting a small tmpfs needs root");
        const QString out = disk.filePath(output);
        if (previous)
            QVERIFY(VigieTest::writeFile(out, "the previous version"));
        const QByteArray before = VigieTest::fileHash(out);
        QVERIFY(disk.fill());
        QStringList args = command;
        args.replace(args.indexOf(QStringLiteral("FILE")), m_sample);
        args.replace(args.indexOf(QStringLiteral("OUT")), out);
        const auto r = runVigie(args);
        QCOMPARE(r.exitCode, 3); // the file cannot be written
        QVERIFY2(r.err.contains(QStringLiteral("the disk is full")) && r.err.contains(output), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("Wrote")) && !r.out.contains(QStringLiteral("written")));
        QCOMPARE(disk.files(), previous ? QStringList { output } : QStringList());
        if (previous)
            QCOMPARE(VigieTest::fileHash(out), before);
    }
}

void TestCliReliability::outputNeverReplacesThePortfolio_data()
{
    fullDiskLeavesNothingBehind_data();
}

void TestCliReliability::outputNeverReplacesThePortfolio()
{
    // `vigie export port.csv --projects port.csv` replaced the portfolio with its own export: only the
    // name's suffix was checked. Every output is refused when it names the portfolio, by any path.
    QFETCH(QStringList, command);
    QFETCH(QString, output);
    const QString portfolio = copyOfSample(QStringLiteral("portfolio-named-") + output);
    QFile::remove(m_dir.filePath(QStringLiteral("link-") + output));
    QVERIFY(QFile::link(portfolio, m_dir.filePath(QStringLiteral("link-") + output)));
    const QByteArray before = VigieTest::fileHash(portfolio);
    for (const QString &out : { portfolio, m_dir.filePath(QStringLiteral("link-") + output) }) {
        QStringList args = command;
        args.replace(args.indexOf(QStringLiteral("FILE")), portfolio);
        args.replace(args.indexOf(QStringLiteral("OUT")), out);
        for (const char *language : { "en", "fr" }) {
            const auto r = runVigie(args + QStringList { QStringLiteral("--lang"), QLatin1String(language) });
            QCOMPARE(r.exitCode, 3);
            const QString expected = QLatin1String(language) == QLatin1String("en")
                ? QStringLiteral("this is the open portfolio's own file; writing there would replace it. Choose another name.")
                : QStringLiteral("c'est le fichier même du portefeuille ouvert; y écrire le remplacerait.");
            QVERIFY2(r.err.contains(QDir::toNativeSeparators(out)) && r.err.contains(expected), qPrintable(r.err));
            QCOMPARE(VigieTest::fileHash(portfolio), before);
        }
    }
    QCOMPARE(runVigie({ QStringLiteral("summary"), portfolio }).exitCode, 0);
}

void TestCliReliability::outputNeverReplacesAPortfolioBeingEdited_data()
{
    // `check --recover` never replaces a file at all (above); the window's recovered copy, which may replace
    // a file the user agreed to replace, honours the lock too (tst_filetrust).
    fullDiskLeavesNothingBehind_data();
}

void TestCliReliability::outputNeverReplacesAPortfolioBeingEdited()
{
    // A recovered copy was renamed over a portfolio another Vigie was editing: that Vigie went on writing to
    // a file no longer there. No output replaces a portfolio whose edit lock is held (here by this process,
    // as another Vigie would); once it is closed, it can be.
    QFETCH(QStringList, command);
    QFETCH(QString, output);
    const QString edited = copyOfSample(QStringLiteral("edited-") + output);
    const QByteArray before = VigieTest::fileHash(edited);
    QStringList args = command;
    args.replace(args.indexOf(QStringLiteral("FILE")), m_sample);
    args.replace(args.indexOf(QStringLiteral("OUT")), edited);
    {
        Vigie::FileLock lock(edited);
        QVERIFY(lock.tryLock());
        for (const char *language : { "en", "fr" }) {
            const auto r = runVigie(args + QStringList { QStringLiteral("--lang"), QLatin1String(language) });
            QCOMPARE(r.exitCode, 3);
            const QString expected = QLatin1String(language) == QLatin1String("en")
                ? QStringLiteral("this portfolio is open for editing in Vigie (")
                : QStringLiteral("ce portefeuille est ouvert en modification dans Vigie (");
            QVERIFY2(r.err.contains(QDir::toNativeSeparators(edited)) && r.err.contains(expected), qPrintable(r.err));
            QCOMPARE(VigieTest::fileHash(edited), before);
            QVERIFY(lock.isLocked());
        }
    }
    const auto r = runVigie(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(VigieTest::fileHash(edited) != before);
    QVERIFY(!QFile::exists(Vigie::FileLock::lockPath(edited)));
}

void TestCliReliability::mergeReportCheckedBeforeMerging()
{
    // A report that cannot be written was found out after the merge: exit 3 with the portfolio changed,
    // and running again wrote no report ("nothing new"). It is now refused before anything is merged.
    const QString portfolio = copyOfSample(QStringLiteral("merge-target.vigie"));
    const QString copy = m_dir.filePath(QStringLiteral("amf-copy.vigie"));
    QFile::remove(copy);
    auto r = runVigie({ QStringLiteral("extract"), portfolio, QStringLiteral("--organization"), QStringLiteral("AMF"),
                        QStringLiteral("-o"), copy });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runVigie({ QStringLiteral("edit"), copy, QStringLiteral("--project"), QStringLiteral("AMF-2014-001"),
                   QStringLiteral("--forecast-cost"), QStringLiteral("4123456.78") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray before = VigieTest::fileHash(portfolio);
    const QStringList refused[] = {
        { m_dir.filePath(QStringLiteral("report.txt")), QStringLiteral("choose a name ending in .html or .csv") },
        { m_dir.filePath(QStringLiteral("no-such-folder/report.html")),
          QStringLiteral("the folder %1 does not exist.").arg(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("no-such-folder")))) },
        { m_dir.filePath(QStringLiteral("a-folder.html")), QStringLiteral("a folder has that name") },
    };
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a-folder.html")));
    for (const QStringList &c : refused) {
        r = runVigie({ QStringLiteral("merge"), portfolio, copy, QStringLiteral("--report"), c.at(0) });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(c.at(1)), qPrintable(r.err));
        QCOMPARE(r.out, QString()); // nothing merged, nothing listed
        QCOMPARE(VigieTest::fileHash(portfolio), before);
    }
    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    r = runVigie({ QStringLiteral("merge"), portfolio, copy, QStringLiteral("--report"), report, QStringLiteral("--lang"),
                   QStringLiteral("fr") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(VigieTest::fileHash(portfolio) != before);
    QVERIFY2(r.out.contains(QStringLiteral("Rapport écrit dans")), qPrintable(r.out));
    QFile csv(report);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    // Amounts in the report's language, never as stored ("4123456.78").
    QVERIFY2(text.contains(QStringLiteral("4\u00a0123\u00a0456,78\u00a0$")), qPrintable(text));
    // Nothing new the second time: said so, and no report claimed.
    QFile::remove(report);
    r = runVigie({ QStringLiteral("merge"), portfolio, copy, QStringLiteral("--report"), report });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("No report written: nothing was merged.")), qPrintable(r.err));
    QVERIFY(!QFile::exists(report));
}

void TestCliReliability::missingFolderSaidAlike_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("output");
    auto row = [](const char *name, const QStringList &command, const char *output) {
        QTest::newRow(name) << command << QString::fromLatin1(output);
    };
    row("new", { QStringLiteral("new"), QStringLiteral("OUT") }, "p.vigie");
    row("sample", { QStringLiteral("sample"), QStringLiteral("quebec-2016"), QStringLiteral("-o"), QStringLiteral("OUT") }, "s.vigie");
    row("export", { QStringLiteral("export"), QStringLiteral("FILE"), QStringLiteral("--projects"), QStringLiteral("OUT") }, "p.csv");
    row("export xlsx", { QStringLiteral("export"), QStringLiteral("FILE"), QStringLiteral("--projects"), QStringLiteral("OUT") },
        "p.xlsx");
    row("chart", { QStringLiteral("chart"), QStringLiteral("FILE"), QStringLiteral("--chart"), QStringLiteral("project-health-cost"),
                   QStringLiteral("-o"), QStringLiteral("OUT") }, "c.png");
    row("briefing", { QStringLiteral("briefing"), QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT") }, "b.pdf");
    row("extract", { QStringLiteral("extract"), QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT") }, "copy.vigie");
    row("check --recover", { QStringLiteral("check"), QStringLiteral("FILE"), QStringLiteral("--recover"), QStringLiteral("OUT") },
        "r.vigie");
}

void TestCliReliability::missingFolderSaidAlike()
{
    // `vigie new /nonexistent-dir/x.vigie` said "the folder cannot be written to", export "cannot be written
    // (the folder does not exist); any file already there is unchanged". Every output now names the
    // folder that is missing, or that is a file, the same way in both languages, and writes nothing.
    QFETCH(QStringList, command);
    QFETCH(QString, output);
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString plainFile = m_dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(VigieTest::writeFile(plainFile, "not a folder"));
    const QByteArray before = VigieTest::fileHash(m_sample);
    struct Case { QString folder; const char *language; QString expected; };
    const Case cases[] = {
        { missing, "en", QStringLiteral("the folder %1 does not exist.") },
        { missing, "fr", QStringLiteral("le dossier %1 n'existe pas.") },
        { plainFile, "en", QStringLiteral("%1 is a file, not a folder.") },
        { plainFile, "fr", QStringLiteral("%1 est un fichier, pas un dossier.") },
    };
    for (const Case &c : cases) {
        const QString out = c.folder + QLatin1Char('/') + output;
        QStringList args = command;
        if (args.contains(QStringLiteral("FILE")))
            args.replace(args.indexOf(QStringLiteral("FILE")), m_sample);
        args.replace(args.indexOf(QStringLiteral("OUT")), out);
        const auto r = runVigie(args + QStringList { QStringLiteral("--lang"), QLatin1String(c.language) });
        QCOMPARE(r.exitCode, 3);
        const QString said = QDir::toNativeSeparators(out)
            + (QLatin1String(c.language) == QLatin1String("fr") ? QStringLiteral("\u00a0: ") : QStringLiteral(": "))
            + c.expected.arg(QDir::toNativeSeparators(c.folder));
        QVERIFY2(r.err.trimmed() == said, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(VigieTest::fileHash(m_sample), before);
    }
}

void TestCliReliability::importRefusesWhatItCannotTrust()
{
    // Case 6: 1e308 passed a strict import as infinity (summary then said 0); no limit on text length.
    const QString path = copyOfSample(QStringLiteral("import.vigie"));
    const QByteArray before = VigieTest::fileHash(path);
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    const QByteArray huge(1024 * 1024, 'N');
    QVERIFY(VigieTest::writeFile(csv, "code,name,budget,forecast_cost\n"
                                      "X-1,Fine,100,100\n"
                                      "X-2,Too big,1e308,100\n"
                                      "X-3,Not a number,nan,100\n"
                                      "X-4,Overflow,1e309,100\n"
                                      "X-5," + huge + ",100,100\n"));
    const auto r = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv:3:3: budget")) && r.err.contains(QStringLiteral("not a finite number")),
             qPrintable(r.err.left(2000)));
    QVERIFY(r.err.contains(QStringLiteral("bad.csv:4:3: budget")));
    QVERIFY(r.err.contains(QStringLiteral("bad.csv:5:3: budget")));
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv:6:2: name: the text is 1048576 characters long; at most 2000 are accepted")),
             qPrintable(r.err.left(2000)));
    QVERIFY(r.err.size() < 20000); // the message does not repeat the megabyte
    QCOMPARE(VigieTest::fileHash(path), before);

    // Lenient: the name is cut to the limit, the numbers left empty, with a warning each.
    const auto lenient = runVigie({ QStringLiteral("import"), path, QStringLiteral("--projects"), csv, QStringLiteral("--lenient") });
    QVERIFY2(lenient.exitCode == 0, qPrintable(lenient.err.left(2000)));
    QSqlDatabase db;
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT length(name_en) FROM project WHERE code = 'X-5'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2000);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project WHERE budget > 1e300")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestCliReliability::exportGuardsEveryTextColumn()
{
    // Case 6: date columns were exported without formula-injection guarding.
    const QString path = copyOfSample(QStringLiteral("formula.vigie"));
    QVERIFY(sql(path, { QStringLiteral("UPDATE project SET planned_end = '=HYPERLINK(\"http://x\")', "
                                       "forecast_end = '+1+1' WHERE id = 1"),
                        QStringLiteral("UPDATE measure SET due_date = '@SUM(1)' WHERE id = 1") }));
    const QString projects = m_dir.filePath(QStringLiteral("projects.csv"));
    const QString measures = m_dir.filePath(QStringLiteral("measures.csv"));
    const auto r = runVigie({ QStringLiteral("export"), path, QStringLiteral("--projects"), projects,
                              QStringLiteral("--measures"), measures });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile p(projects), m(measures);
    QVERIFY(p.open(QIODevice::ReadOnly) && m.open(QIODevice::ReadOnly));
    const QByteArray pc = p.readAll(), mc = m.readAll();
    QVERIFY(pc.contains("'=HYPERLINK") && !pc.contains(",=HYPERLINK") && !pc.contains(",\"=HYPERLINK"));
    QVERIFY(pc.contains("'+1+1") && !pc.contains(",+1+1"));
    QVERIFY(mc.contains("'@SUM(1)") && !mc.contains(",@SUM(1)"));
}

QTEST_GUILESS_MAIN(TestCliReliability)
#include "tst_cli_reliability.moc"
