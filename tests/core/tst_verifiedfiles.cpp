// A large portfolio is checked once, not on every open, while nothing writes to it (VerifiedFiles): what
// makes a record stale, and that a file changed behind Vigie's back is checked again and refused.
#include "sample/synthetic.h"
#include "storage/edits.h"
#include "storage/integrity.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/verifiedfiles.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestVerifiedFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_large; // a synthetic portfolio over the full-check limit (8 MB), written once

    QString copyOfLarge(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_large, path))
            return QString();
        return path;
    }

    // Raw SQL through another connection: a write Vigie did not make.
    static bool writeBehindVigie(const QString &path, const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("behind"));
        return ok;
    }

    // Overwrites 16 pages in the middle of the file with garbage: the project table and its indexes,
    // which SQLite's quick check walks, not the schema on page 1.
    static bool damage(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        const qint64 middle = (file.size() / 2) & ~qint64(4095);
        return file.seek(middle) && file.write(QByteArray(16 * 4096, '\xA5')) == 16 * 4096;
    }

    // Overwrites the root page of one table with garbage: only a check that walks the table sees it (the
    // schema, read when the file is opened, is elsewhere).
    static bool damageTable(const QString &path, const QString &table)
    {
        qint64 root = 0, pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery q(db);
            if (db.open() && q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toLongLong();
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                root = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        QFile file(path);
        return root > 1 && pageSize > 0 && file.open(QIODevice::ReadWrite) && file.seek((root - 1) * pageSize)
            && file.write(QByteArray(pageSize, '\xA5')) == pageSize;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_large = m_dir.filePath(QStringLiteral("large.vigie"));
        SyntheticOptions options;
        options.projects = 3000;
        QString error;
        QVERIFY2(SyntheticSample::write(m_large, options, &error), qPrintable(error));
        QVERIFY2(QFileInfo(m_large).size() > 8 * 1024 * 1024, "the sample must exceed the full-check limit");
    }

    void init()
    {
        QFile::remove(VerifiedFiles::recordPath());
    }

    // A sample is built under a temporary name and moved into place: it is recorded under its own name,
    // and the temporary name leaves no record behind.
    void aNewSampleStaysVerifiedUnderItsName()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.vigie"));
        QFile::remove(path);
        SyntheticOptions options;
        options.projects = 3000;
        QString error;
        QVERIFY2(SyntheticSample::write(path, options, &error), qPrintable(error));
        QVERIFY(VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));
        QFile records(VerifiedFiles::recordPath());
        QVERIFY(records.open(QIODevice::ReadOnly));
        const QByteArray text = records.readAll();
        QVERIFY2(!text.contains(".building"), text.constData());
        // One record of this test's folder: the record file is the user's, which the tests running beside
        // this one (ctest -j) write too.
        int ours = 0;
        for (const QByteArray &line : text.split('\n'))
            ours += line.contains(m_dir.path().toUtf8()) ? 1 : 0;
        QCOMPARE(ours, 1);
        // A write behind Vigie's back after that still makes it checked again.
        QVERIFY(writeBehindVigie(path, QStringLiteral("UPDATE project SET budget = budget + 1 WHERE id = 1")));
        QVERIFY(!VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));
    }

    void stampFollowsEveryWrite()
    {
        const QString path = copyOfLarge(QStringLiteral("stamp.vigie"));
        const QByteArray before = VerifiedFiles::stamp(path);
        QVERIFY(!before.isEmpty());
        QCOMPARE(VerifiedFiles::stamp(path), before);

        // Even a write that leaves the modification time as it was (set back by hand) changes the stamp.
        const QDateTime modified = QFileInfo(path).lastModified();
        QVERIFY(writeBehindVigie(path, QStringLiteral("UPDATE project SET description = 'x' WHERE id = 1")));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        QVERIFY(VerifiedFiles::stamp(path) != before);

        // Replaced by a copy of itself: another inode.
        const QByteArray now = VerifiedFiles::stamp(path);
        QVERIFY(QFile::copy(path, path + QStringLiteral(".copy")));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(path + QStringLiteral(".copy"), path));
        QVERIFY(VerifiedFiles::stamp(path) != now);

        // A journal beside the file: a change under way or interrupted, never trusted.
        QFile journal(path + QStringLiteral("-journal"));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.close();
        QVERIFY(VerifiedFiles::stamp(path).isEmpty());
        QVERIFY(!VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));
    }

    void openingRecordsALargeFileThatPassed()
    {
        const QString path = copyOfLarge(QStringLiteral("opened.vigie"));
        QVERIFY(!VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));
        FileError error;
        QVERIFY(PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error));
        QVERIFY(VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));
    }

    // A small file gets the full check; it is recorded only once it has been still for two seconds, is
    // not checked again while the record matches, and is checked again (and refused) once damaged.
    void aSmallFileIsRecordedOnceStill()
    {
        const QString small = m_dir.filePath(QStringLiteral("small.vigie"));
        FileError error;
        QVERIFY(PortfolioFile::create(small, QStringLiteral("Small"), &error));
        QVERIFY(QFileInfo(small).size() < 8 * 1024 * 1024);
        QVERIFY2(PortfolioFile::open(small, PortfolioFile::Access::ReadOnly, &error), qPrintable(error.message));
        QVERIFY(VerifiedFiles::settledStamp(small).isEmpty());
        QVERIFY(!VerifiedFiles::isVerified(small, VerifiedFiles::stamp(small))); // written just now

        QTest::qSleep(VerifiedFiles::kSettledMs + 100);
        QCOMPARE(VerifiedFiles::settledStamp(small), VerifiedFiles::stamp(small));
        QVERIFY2(PortfolioFile::open(small, PortfolioFile::Access::ReadOnly, &error), qPrintable(error.message));
        QVERIFY(VerifiedFiles::isVerified(small, VerifiedFiles::stamp(small)));

        // Damaged: another stamp, so checked again and refused, and the record goes.
        QVERIFY(damageTable(small, QStringLiteral("project")));
        QVERIFY(!PortfolioFile::open(small, PortfolioFile::Access::ReadOnly, &error));
        QCOMPARE(error.code, FileError::Corrupt);
        QVERIFY(!VerifiedFiles::isVerified(small, VerifiedFiles::stamp(small)));

        // The record is what skips the check: forged for the damaged file once it is still, it opens.
        QTest::qSleep(VerifiedFiles::kSettledMs + 100);
        VerifiedFiles::remember(small, VerifiedFiles::stamp(small));
        QVERIFY2(PortfolioFile::open(small, PortfolioFile::Access::ReadOnly, &error), qPrintable(error.message));
        QVERIFY(!IntegrityCheck::run(small).findings.isEmpty());
    }

    void damageBehindVigieIsCheckedAgain()
    {
        const QString path = copyOfLarge(QStringLiteral("damaged.vigie"));
        FileError error;
        QVERIFY(PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error));
        QVERIFY(VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));

        QVERIFY(damage(path));
        QVERIFY(!VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));
        QVERIFY(!PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error));
        QCOMPARE(error.code, FileError::Corrupt);
        QVERIFY(!VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));
    }

    // What the record is trusted for: while it matches, the integrity check is not run again (a file
    // damaged with its record forged opens), and `vigie check` (IntegrityCheck) still runs it in full.
    void aMatchingRecordSkipsTheCheckButNotVigieCheck()
    {
        const QString path = copyOfLarge(QStringLiteral("forged.vigie"));
        QVERIFY(damage(path));
        VerifiedFiles::remember(path, VerifiedFiles::stamp(path));
        FileError error;
        QVERIFY2(PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error), qPrintable(error.message));
        const IntegrityCheck::Report report = IntegrityCheck::run(path);
        QVERIFY(report.refusal.isEmpty());
        QVERIFY(!report.findings.isEmpty());
    }

    void vigieOwnWritesKeepTheRecordOthersDoNot()
    {
        const QString path = copyOfLarge(QStringLiteral("edited.vigie"));
        FileError error;
        QString uuid;
        {
            auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error);
            QVERIFY(file);
            QSqlQuery q(sqlDatabase(*file));
            QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM project ORDER BY id LIMIT 1")) && q.next());
            uuid = q.value(0).toString();
            const EditResult r = Edits::setValue(*file, Entity::Project, uuid, Field::Budget, 123456.0,
                                                 QStringLiteral("Budget"));
            QVERIFY2(r.ok && r.changed, qPrintable(r.error));
        }
        QVERIFY(VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));

        // Another connection writes while Vigie has the file open: not recorded when Vigie closes it.
        {
            auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error);
            QVERIFY(file);
            QVERIFY(writeBehindVigie(path, QStringLiteral("UPDATE project SET description = 'y' WHERE id = 2")));
        }
        QVERIFY(!VerifiedFiles::isVerified(path, VerifiedFiles::stamp(path)));
    }
};

QTEST_GUILESS_MAIN(TestVerifiedFiles)
#include "tst_verifiedfiles.moc"
