// Outputs are written atomically: on a really full disk (a small tmpfs, filled) or in a folder that
// cannot be written, an export or a copy fails with the cause in words, the previous file is untouched
// and nothing empty or partial is left. Before, a full disk left empty files and reported success.
#include "io/exporter.h"
#include "sample/quebecsample.h"
#include "storage/outputfile.h"
#include "storage/portfoliofile.h"

#include "testutil.h"
#include "tinydisk.h"

#include <QProcess>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestOutputFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullDisk_data();
    void fullDisk();
    void writeByNameReplacesAtomically();
    void folderThatCannotBeWritten();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
};

void TestOutputFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("q.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    FileError fe;
    m_file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fe);
    QVERIFY(m_file);
}

void TestOutputFile::fullDisk_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("previous");
    for (const char *name : { "projects.csv", "projects.xlsx", "copy.vigie", "plain.txt" }) {
        QTest::newRow(qPrintable(QStringLiteral("%1, new").arg(QLatin1String(name)))) << QString::fromLatin1(name) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1, replacing").arg(QLatin1String(name)))) << QString::fromLatin1(name) << true;
    }
}

void TestOutputFile::fullDisk()
{
    QFETCH(QString, name);
    QFETCH(bool, previous);
    VigieTest::TinyDisk disk(512);
    if (!disk.isValid())
        QSKIP("mounting a small tmpfs needs root");
    const QString path = disk.filePath(name);
    if (previous)
        QVERIFY(VigieTest::writeFile(path, "the previous version"));
    const QByteArray before = VigieTest::fileHash(path);
    QVERIFY(disk.fill());

    QString error;
    bool ok = true;
    if (name.endsWith(QLatin1String(".vigie")))
        ok = m_file->saveCopyAs(path, &error);
    else if (name.endsWith(QLatin1String(".txt")))
        ok = OutputFile::write(path, QByteArray(64 * 1024, 'x'), &error);
    else
        ok = Exporter::exportTables(*m_file, { ExportTable::Projects }, path, {}, &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("the disk is full")) && error.contains(name), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    if (previous)
        QCOMPARE(VigieTest::fileHash(path), before);
    QCOMPARE(disk.files(), previous ? QStringList { name } : QStringList());
}

void TestOutputFile::writeByNameReplacesAtomically()
{
    const QString path = m_dir.filePath(QStringLiteral("out.bin"));
    QVERIFY(VigieTest::writeFile(path, "old"));
    QString error;
    // A writer that fails leaves the old file and no temporary one.
    QVERIFY(!OutputFile::writeByName(path, [](const QString &temp, QString *reason) {
        VigieTest::writeFile(temp, "half");
        *reason = QStringLiteral("the library gave up");
        return false;
    }, &error));
    QVERIFY2(error.contains(QStringLiteral("the library gave up")), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
    f.close();
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("*out.bin*") }, QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("out.bin") });
    QVERIFY(OutputFile::writeByName(path, [](const QString &temp, QString *) { return VigieTest::writeFile(temp, "new"); },
                                    &error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new"));
}

void TestOutputFile::folderThatCannotBeWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("projects.csv"));
    // Root ignores permissions: an immutable folder refuses it too.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool immutable = QFileInfo(dir.path()).isWritable()
        && QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), dir.path() }) == 0;
    auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), dir.path() });
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    if (QFileInfo(dir.path()).isWritable())
        QSKIP("cannot make a read-only folder here");
    QString error;
    QVERIFY(!Exporter::exportTables(*m_file, { ExportTable::Projects }, path, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    QVERIFY(!Exporter::exportTables(*m_file, { ExportTable::Projects }, dir.filePath(QStringLiteral("p.xlsx")), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    QVERIFY(!m_file->saveCopyAs(dir.filePath(QStringLiteral("c.vigie")), &error));
    QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
