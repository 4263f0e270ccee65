// The application/x-vigie MIME type the package installs (packaging/vigie-mime.xml), compiled with the
// system's types by the desktop's own tool (update-mime-database) into one database, as the package's
// trigger does, and read back the way desktops do (QMimeDatabase reads the same mime.cache as GLib): a portfolio is recognized by its name and, renamed, by its content (SQLite
// header AND Vigie's application id at offset 68); another SQLite file is not taken for a portfolio.
#include "testutil.h"

#include <QDir>
#include <QLocale>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kVigie = QStringLiteral("application/x-vigie");
const QString kSqlite = QStringLiteral("application/vnd.sqlite3");

bool writeSqlite(const QString &path, int applicationId)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mime-test"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))
                && q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mime-test"));
    return ok;
}
} // namespace

class TestMimeType : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void compilesWithoutWarnings();
    void portfolioByName();
    void portfolioByContent();
    void otherSqliteFilesAreNotPortfolios();
    void bilingualComment();

private:
    QTemporaryDir m_dir;
    QString m_update;
    QString m_updateOutput;
    int m_updateExit = -1;
};

void TestMimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The system's database is needed too: a portfolio is a kind of SQLite file.
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml")), "shared-mime-info is needed");
    m_update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    QVERIFY2(!m_update.isEmpty(), "update-mime-database (shared-mime-info) compiles the type");

    // A data folder standing for /usr/share once the package is installed: the system's MIME packages
    // and the package's declaration, compiled into one database as the package's trigger does.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(QStringLiteral("share"))));
    const QString mime = m_dir.filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
    const QDir system(QStringLiteral("/usr/share/mime/packages"));
    for (const QString &xml : system.entryList({ QStringLiteral("*.xml") }, QDir::Files)) {
        if (xml != QLatin1String("vigie.xml")) // an installed package's copy would hide the one under test
            QVERIFY(QFile::copy(system.filePath(xml), mime + QStringLiteral("/packages/") + xml));
    }
    QVERIFY(QFile::copy(QStringLiteral(VIGIE_SOURCE_DIR "/packaging/vigie-mime.xml"), mime + QStringLiteral("/packages/vigie.xml")));
    QProcess update;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PKGSYSTEM_ENABLE_FSYNC"), QStringLiteral("0")); // a throwaway database
    update.setProcessEnvironment(environment);
    update.start(m_update, { mime });
    QVERIFY(update.waitForFinished(-1));
    m_updateExit = update.exitCode();
    m_updateOutput = QString::fromUtf8(update.readAllStandardOutput() + update.readAllStandardError());
    QVERIFY(QFileInfo::exists(mime + QStringLiteral("/mime.cache")));

    // A real portfolio, written by the program.
    const VigieTest::Run made = VigieTest::runVigie({ QStringLiteral("new"), m_dir.filePath(QStringLiteral("p.vigie")) });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("p.vigie")), m_dir.filePath(QStringLiteral("renamed"))));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("p.vigie")), m_dir.filePath(QStringLiteral("renamed.db"))));
}

void TestMimeType::compilesWithoutWarnings()
{
    QCOMPARE(m_updateExit, 0);
    QVERIFY2(m_updateOutput.trimmed().isEmpty(), qPrintable(m_updateOutput)); // an unknown element, a bad value
}

void TestMimeType::portfolioByName()
{
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(QStringLiteral("budget 2017.vigie"), QMimeDatabase::MatchExtension).name(), kVigie);
    QCOMPARE(db.mimeTypeForFile(m_dir.filePath(QStringLiteral("p.vigie"))).name(), kVigie);
    const QMimeType type = db.mimeTypeForName(kVigie);
    QVERIFY(type.isValid());
    QVERIFY(type.inherits(kSqlite));
    QCOMPARE(type.suffixes(), QStringList { QStringLiteral("vigie") });
    QCOMPARE(type.iconName(), QStringLiteral("vigie"));
}

void TestMimeType::portfolioByContent()
{
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(m_dir.filePath(QStringLiteral("renamed")), QMimeDatabase::MatchContent).name(), kVigie);
    QCOMPARE(db.mimeTypeForFile(m_dir.filePath(QStringLiteral("renamed")), QMimeDatabase::MatchDefault).name(), kVigie);
    // A portfolio saved as .db (not a glob of SQLite's) is still one.
    QCOMPARE(db.mimeTypeForFile(m_dir.filePath(QStringLiteral("renamed.db")), QMimeDatabase::MatchContent).name(), kVigie);
}

void TestMimeType::otherSqliteFilesAreNotPortfolios()
{
    QMimeDatabase db;
    const QString plain = m_dir.filePath(QStringLiteral("plain"));
    QVERIFY(writeSqlite(plain, 0));
    QCOMPARE(db.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name(), kSqlite);
    // Another program's application id in the same place.
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QVERIFY(writeSqlite(other, 0x56696768)); // "Vigh"
    QCOMPARE(db.mimeTypeForFile(other, QMimeDatabase::MatchContent).name(), kSqlite);
    // The id without the SQLite header is not enough either.
    QFile fake(m_dir.filePath(QStringLiteral("fake")));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    QByteArray bytes(100, 'x');
    bytes.replace(68, 4, "Vigi");
    fake.write(bytes);
    fake.close();
    QVERIFY(db.mimeTypeForFile(fake.fileName(), QMimeDatabase::MatchContent).name() != kVigie);
}

void TestMimeType::bilingualComment()
{
    QMimeDatabase db;
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    const QString french = db.mimeTypeForName(kVigie).comment();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    const QString english = db.mimeTypeForName(kVigie).comment();
    QLocale::setDefault(saved);
    QCOMPARE(english, QStringLiteral("Vigie portfolio"));
    QCOMPARE(french, QStringLiteral("Portefeuille Vigie"));
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
