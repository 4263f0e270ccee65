// The Debian package as CPack builds it from this build folder, opened with dpkg-deb: its name, its
// control fields (Depends found by dpkg-shlibdeps plus the plugins Qt loads), every file the install
// rules list, a program that runs, a valid bilingual desktop entry, icons of the sizes they claim,
// manual pages that render without warnings and describe every command of the README, and the guide.
// (scripts/test-package.sh installs the package on a clean Debian 12; ctest label "package".)
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

Output run(const QString &program, const QStringList &args, const QStringList &environment = {})
{
    QProcess p;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : environment)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    Output o;
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit) {
        o.err = QStringLiteral("%1 did not finish: %2").arg(program, p.errorString());
        return o;
    }
    o.exitCode = p.exitCode();
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

// "key=value" lines of a desktop entry's main group.
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && !line.startsWith(QLatin1Char('#')))
            keys.insert(line.left(eq), line.mid(eq + 1));
    }
    return keys;
}

// The README's command table: each `vigie …` synopsis of its first column.
QStringList readmeSynopses()
{
    QFile readme(QStringLiteral(VIGIE_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList synopses;
    const QRegularExpression row(QStringLiteral("^\\| `(vigie[^`]*)` \\|"));
    for (const QString &line : QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = row.match(line);
        if (m.hasMatch())
            synopses.append(m.captured(1));
    }
    return synopses;
}
} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fileName();
    void controlFields();
    void installsEveryListedFile();
    void programRuns();
    void desktopEntryIsValidAndBilingual();
    void iconSizes();
    void mimeTypeDeclared();
    void manPages_data();
    void manPages();
    void guideIsTheEmbeddedOne();

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
    QString m_arch;
    QHash<QString, QString> m_control;
};

void TestDebPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    QVERIFY2(!dpkgDeb.isEmpty(), "dpkg-deb is needed to read the package");
    const Output arch = run(QStringLiteral("dpkg"), { QStringLiteral("--print-architecture") });
    QCOMPARE(arch.exitCode, 0);
    m_arch = arch.out.trimmed();

    // The package, built the way a release is: cpack with this build folder's configuration.
    const QString out = m_dir.filePath(QStringLiteral("cpack"));
    const Output cpack = run(QStringLiteral(VIGIE_CPACK_COMMAND),
                             { QStringLiteral("--config"), QStringLiteral(VIGIE_CPACK_CONFIG), QStringLiteral("-G"),
                               QStringLiteral("DEB"), QStringLiteral("-B"), out });
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(out).entryList({ QStringLiteral("*.deb") }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.constFirst());

    m_root = m_dir.filePath(QStringLiteral("root"));
    const Output extract = run(dpkgDeb, { QStringLiteral("-x"), m_deb, m_root });
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
    const Output fields = run(dpkgDeb, { QStringLiteral("-f"), m_deb });
    QVERIFY2(fields.exitCode == 0, qPrintable(fields.err));
    QString key;
    for (const QString &line : fields.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char(' ')) && !key.isEmpty())
            m_control[key] += QLatin1Char('\n') + line.mid(1);
        else if (const qsizetype colon = line.indexOf(QLatin1Char(':')); colon > 0)
            m_control.insert(key = line.left(colon), line.mid(colon + 1).trimmed());
    }
}

void TestDebPackage::fileName()
{
    QCOMPARE(QFileInfo(m_deb).fileName(), QStringLiteral("vigie_%1_%2.deb").arg(QStringLiteral(VIGIE_VERSION), m_arch));
}

void TestDebPackage::controlFields()
{
    QCOMPARE(m_control.value(QStringLiteral("Package")), QStringLiteral("vigie"));
    QCOMPARE(m_control.value(QStringLiteral("Version")), QStringLiteral(VIGIE_VERSION));
    QCOMPARE(m_control.value(QStringLiteral("Architecture")), m_arch);
    QVERIFY(m_control.value(QStringLiteral("Maintainer")).contains(QLatin1Char('@')));
    QCOMPARE(m_control.value(QStringLiteral("Section")), QStringLiteral("misc"));
    const QString description = m_control.value(QStringLiteral("Description"));
    QVERIFY(description.startsWith(QStringLiteral("IT strategy")));
    QVERIFY(description.count(QLatin1Char('\n')) >= 3); // a synopsis and a long description

    // Depends: the libraries the programs link (found by dpkg-shlibdeps, with versions) and what Vigie
    // and Qt load without linking it (libcsv, libxlsxwriter, Qt's translations).
    QSet<QString> depends;
    for (const QString &dependency : m_control.value(QStringLiteral("Depends")).split(QLatin1Char(',')))
        depends.insert(dependency.trimmed().section(QLatin1Char(' '), 0, 0));
    for (const char *package : { "libqt6core6", "libqt6widgets6", "libqt6charts6", "libqt6sql6", "libsqlite3-0",
                                 "libcsv3", "libxlsxwriter4", "libc6", "qt6-translations-l10n" })
        QVERIFY2(depends.contains(QString::fromLatin1(package)), package);
    // Portfolio files go through Vigie's own SQLite driver, not Qt's plugin.
    QVERIFY(!depends.contains(QStringLiteral("libqt6sql6-sqlite")));
    QVERIFY(m_control.value(QStringLiteral("Depends")).contains(QStringLiteral("libqt6core6 (>= ")));
    QVERIFY(m_control.value(QStringLiteral("Recommends")).contains(QStringLiteral("shared-mime-info")));
}

void TestDebPackage::installsEveryListedFile()
{
    QFile list(QStringLiteral(VIGIE_PACKAGED_FILES));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList files = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(files.size() >= 15);
    for (const QString &file : files)
        QVERIFY2(QFileInfo(m_root + QStringLiteral("/usr/") + file).isFile(), qPrintable(file));
    QVERIFY(files.contains(QStringLiteral("bin/vigie")));

    // Nothing outside /usr, and nothing the lists did not plan (a stray install rule shows up here).
    QStringList unexpected;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(m_root).relativeFilePath(it.next());
        if (!path.startsWith(QLatin1String("usr/")) || !files.contains(path.mid(4)))
            unexpected.append(path);
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char(' '))));
}

void TestDebPackage::programRuns()
{
    const QString vigie = m_root + QStringLiteral("/usr/bin/vigie");
    QVERIFY(QFileInfo(vigie).isExecutable());
    const Output version = run(vigie, { QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("vigie " VIGIE_VERSION));
    // Stripped: a release carries no debugging symbols.
    const Output file = run(QStringLiteral("file"), { QStringLiteral("-b"), vigie });
    if (file.exitCode == 0)
        QVERIFY2(!file.out.contains(QStringLiteral("not stripped")), qPrintable(file.out));
}

void TestDebPackage::desktopEntryIsValidAndBilingual()
{
    const QString path = m_root + QStringLiteral("/usr/share/applications/vigie.desktop");
    const QString validate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!validate.isEmpty(), "desktop-file-validate (desktop-file-utils) checks the entry");
    const Output check = run(validate, { path });
    QVERIFY2(check.exitCode == 0 && check.out.isEmpty(), qPrintable(check.out + check.err));

    const QHash<QString, QString> entry = desktopEntry(path);
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Vigie"));
    QCOMPARE(entry.value(QStringLiteral("Name[fr]")), QStringLiteral("Vigie"));
    for (const char *key : { "GenericName", "Comment", "Keywords" }) {
        const QString en = entry.value(QString::fromLatin1(key));
        const QString fr = entry.value(QString::fromLatin1(key) + QStringLiteral("[fr]"));
        QVERIFY2(!en.isEmpty() && !fr.isEmpty() && en != fr, key);
    }
    QVERIFY(entry.value(QStringLiteral("Comment[fr]")).contains(QStringLiteral("breffages")));
    QVERIFY(entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';')).contains(QStringLiteral("application/x-vigie")));
    // It starts an installed program with the file, and names an installed icon.
    const QStringList exec = entry.value(QStringLiteral("Exec")).split(QLatin1Char(' '));
    QCOMPARE(exec.size(), 2);
    QCOMPARE(exec.at(1), QStringLiteral("%f"));
    QVERIFY(QFileInfo(m_root + QStringLiteral("/usr/bin/") + exec.at(0)).isExecutable());
    QCOMPARE(entry.value(QStringLiteral("Icon")), QStringLiteral("vigie"));
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/usr/share/icons/hicolor/scalable/apps/vigie.svg")));
}

void TestDebPackage::iconSizes()
{
    const QDir hicolor(m_root + QStringLiteral("/usr/share/icons/hicolor"));
    int sizes = 0;
    for (const QString &dir : hicolor.entryList({ QStringLiteral("*x*") }, QDir::Dirs)) {
        const int n = dir.section(QLatin1Char('x'), 0, 0).toInt();
        QVERIFY(n > 0);
        QCOMPARE(dir, QStringLiteral("%1x%1").arg(n));
        QImageReader png(hicolor.filePath(dir + QStringLiteral("/apps/vigie.png")));
        QCOMPARE(png.format(), QByteArray("png"));
        QCOMPARE(png.size(), QSize(n, n));
        ++sizes;
    }
    QVERIFY(sizes >= 8);
    for (const int n : { 16, 32, 48, 128, 256 })
        QVERIFY(hicolor.exists(QStringLiteral("%1x%1/apps/vigie.png").arg(n)));
}

void TestDebPackage::mimeTypeDeclared()
{
    // What the magic recognizes is tst_mimetype's job; here, that the package carries the declaration.
    QFile xml(m_root + QStringLiteral("/usr/share/mime/packages/vigie.xml"));
    QVERIFY(xml.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(xml.readAll());
    QVERIFY(text.contains(QStringLiteral("<mime-type type=\"application/x-vigie\">")));
    QVERIFY(text.contains(QStringLiteral("<glob pattern=\"*.vigie\"/>")));
    QVERIFY(text.contains(QStringLiteral("value=\"0x56696769\" offset=\"68\"")));
}

void TestDebPackage::manPages_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("en") << QStringLiteral("/usr/share/man/man1/vigie.1.gz");
    QTest::newRow("fr") << QStringLiteral("/usr/share/man/fr/man1/vigie.1.gz");
}

void TestDebPackage::manPages()
{
    QFETCH(QString, page);
    const QString path = m_root + page;
    QVERIFY(QFileInfo::exists(path));
    const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
    QVERIFY2(!man.isEmpty(), "man (man-db) renders the page");
    const Output rendered = run(man, { QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                                       QStringLiteral("-l"), path },
                                { QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("MANWIDTH=200"),
                                  QStringLiteral("MAN_KEEP_FORMATTING=") });
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.err.isEmpty(), qPrintable(rendered.err)); // groff's warnings
    QString text = rendered.out;
    text.remove(QRegularExpression(QStringLiteral(".\b"))); // overstrike bold and underline, if any
    QVERIFY(text.contains(QStringLiteral("VIGIE(1)")));
    QVERIFY(text.contains(QStringLiteral("Vigie " VIGIE_VERSION)));

    // Every command of the README's table has its section, with every option the table shows.
    const QStringList synopses = readmeSynopses();
    QVERIFY(synopses.size() >= 8);
    const QRegularExpression option(QStringLiteral("(?<![\\w-])(--?[a-z][a-z-]*)"));
    for (const QString &synopsis : synopses) {
        const QString command = synopsis.section(QLatin1Char(' '), 1, 1);
        if (QRegularExpression(QStringLiteral("^[a-z]+$")).match(command).hasMatch())
            QVERIFY2(text.contains(QStringLiteral("\n   vigie %1 ").arg(command)), qPrintable(synopsis));
        QRegularExpressionMatchIterator it = option.globalMatch(synopsis);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            QVERIFY2(text.contains(name), qPrintable(QStringLiteral("%1: %2").arg(synopsis, name)));
        }
    }
    for (const char *code : { "0", "1", "2", "3", "4" }) // the exit codes, one paragraph each
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\n {7}%1\\s").arg(QLatin1String(code)))), code);
}

void TestDebPackage::guideIsTheEmbeddedOne()
{
    for (const char *language : { "en", "fr" }) {
        const QString installed = m_root + QStringLiteral("/usr/share/doc/vigie/guide/%1/index.html").arg(QLatin1String(language));
        const QString source = QStringLiteral(VIGIE_SOURCE_DIR "/resources/help/%1/index.html").arg(QLatin1String(language));
        QVERIFY(!VigieTest::fileHash(installed).isEmpty());
        QCOMPARE(VigieTest::fileHash(installed), VigieTest::fileHash(source));
    }
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/usr/share/doc/vigie/copyright")));
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/usr/share/doc/vigie/changelog.gz")));
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
