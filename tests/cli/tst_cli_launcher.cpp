// `vigie` as a command-line program: what it loads, how it answers a mistyped command or language, and
// its help in French. Runs the real executables with the environment of a terminal without a display,
// so that anything that would start the desktop application by mistake fails instead of opening a window.
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliLauncher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unknownCommand();
    void unknownCommandInFrench();
    void unknownCommandWithNothingClose();
    void optionsBeforeTheCommand();
    void unknownLanguage_data();
    void unknownLanguage();
    void unknownLanguageFollowsTheEnvironment();
    void badDesktopOption();
    void helpNamesTheCommand();
    void frenchHelpIsFrench_data();
    void frenchHelpIsFrench();
    void nonDrawingCommandsLoadNoGui();
    void drawingCommandsLoadWhatTheyDraw();
    void librariesLoadedWhenUsed();
    void xlsxLibraryMissing();
    void csvLibraryMissing();
    void missingDesktopProgram();
    void version();
    void desktopProgramWithoutDisplay();

private:
    VigieTest::Run run(const QStringList &args, const QProcessEnvironment &env) const;
    VigieTest::Run run(const QStringList &args) const { return run(args, m_env); }
    bool canHideLibraries() const;
    QString loadedLibrary(const QStringList &args, const QString &stem) const;
    VigieTest::Run runWithLibraryHidden(const QString &library, const QStringList &args) const;

    QTemporaryDir m_dir;
    QString m_file;
    QProcessEnvironment m_env;
};

VigieTest::Run TestCliLauncher::run(const QStringList &args, const QProcessEnvironment &env) const
{
    return VigieTest::runVigie(args, env);
}

void TestCliLauncher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("q.vigie"));
    QCOMPARE(VigieTest::runVigie({ QStringLiteral("new"), m_file }).exitCode, 0);
    // A terminal with no display: the desktop application cannot start, so a test that reached it would
    // see "needs a display" (exit 1), never a window.
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "VIGIE_LANG" })
        m_env.remove(QString::fromLatin1(name));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

void TestCliLauncher::unknownCommand()
{
    const auto r = run({ QStringLiteral("sumary"), m_file });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("unknown command 'sumary'; did you mean 'summary'?\n")), qPrintable(r.err));
    // The list of commands follows, every one of them.
    for (const char *name : { "new", "summary", "import", "export", "chart", "sample", "briefing" })
        QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("\\n  %1 +\\S").arg(QLatin1String(name)))), name);
    QVERIFY(!r.err.contains(QStringLiteral("display")));

    // A drawing command typed wrong is caught the same way, without starting vigie-desktop.
    const auto chart = run({ QStringLiteral("chrat"), m_file });
    QCOMPARE(chart.exitCode, 2);
    QVERIFY2(chart.err.startsWith(QStringLiteral("unknown command 'chrat'; did you mean 'chart'?")), qPrintable(chart.err));
}

void TestCliLauncher::unknownCommandInFrench()
{
    const auto r = run({ QStringLiteral("sumary"), m_file, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("commande inconnue «\u00a0sumary\u00a0»; vouliez-vous dire «\u00a0summary\u00a0»?\n")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Commandes\u00a0:")));
    QVERIFY(r.err.contains(QStringLiteral("Afficher le portefeuille en un coup d'œil.")));
    QVERIFY(!r.err.contains(QStringLiteral("Print the portfolio")));
}

void TestCliLauncher::unknownCommandWithNothingClose()
{
    const auto r = run({ QStringLiteral("frobnicate") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("unknown command 'frobnicate'\n")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("did you mean")));
}

void TestCliLauncher::optionsBeforeTheCommand()
{
    const auto r = run({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("summary"), m_file });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Projets actifs")), qPrintable(r.out));
    // The command's own options after it are the command's, not refused as the desktop's.
    const auto json = run({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("summary"), m_file, QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.out.startsWith(QLatin1Char('{')) && json.err.isEmpty(), qPrintable(json.out + json.err));
    const auto movers = run({ QStringLiteral("--lang=fr"), QStringLiteral("movers"), m_file, QStringLiteral("--from"),
                              QStringLiteral("mars 2016") });
    QCOMPARE(movers.exitCode, 6); // no such period in a new file: the command read its --from
    QVERIFY2(movers.err.contains(QStringLiteral("mars 2016")) && !movers.err.contains(QStringLiteral("Option inconnue")),
             qPrintable(movers.err));
    // An option neither the desktop nor the command knows is still refused, by the command.
    const auto bogus = run({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("summary"), m_file, QStringLiteral("--bogus") });
    QCOMPARE(bogus.exitCode, 2);
    QVERIFY2(bogus.err.contains(QStringLiteral("bogus")), qPrintable(bogus.err));
}

void TestCliLauncher::unknownLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("summary") << QStringList { QStringLiteral("summary"), m_file, QStringLiteral("--lang"), QStringLiteral("xx") };
    QTest::newRow("summary, --lang=") << QStringList { QStringLiteral("summary"), QStringLiteral("--lang=de"), m_file };
    QTest::newRow("help") << QStringList { QStringLiteral("summary"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("xx") };
    QTest::newRow("chart") << QStringList { QStringLiteral("chart"), m_file, QStringLiteral("--chart"),
                                            QStringLiteral("health-trend"), QStringLiteral("-o"),
                                            m_dir.filePath(QStringLiteral("c.png")), QStringLiteral("--lang"), QStringLiteral("xx") };
    QTest::newRow("desktop application") << QStringList { QStringLiteral("--lang"), QStringLiteral("xx"), m_file };
}

void TestCliLauncher::unknownLanguage()
{
    QFETCH(QStringList, args);
    const auto r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString language = args.contains(QStringLiteral("--lang=de")) ? QStringLiteral("de") : QStringLiteral("xx");
    // One line, in English (the system's language here), naming the languages there are.
    QCOMPARE(r.err, QStringLiteral("Unknown language \"%1\": use en or fr.\n").arg(language));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("c.png"))));
}

void TestCliLauncher::unknownLanguageFollowsTheEnvironment()
{
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("VIGIE_LANG"), QStringLiteral("fr"));
    const auto r = run({ QStringLiteral("summary"), m_file, QStringLiteral("--lang"), QStringLiteral("xx") }, env);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("Langue «\u00a0xx\u00a0» inconnue\u00a0: utilisez en ou fr.\n"));
}

void TestCliLauncher::badDesktopOption()
{
    const auto r = run({ QStringLiteral("--bogus"), m_file });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("bogus")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("vigie --help")));
}

void TestCliLauncher::helpNamesTheCommand()
{
    const auto r = run({ QStringLiteral("summary"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: vigie summary [options] FILE\n")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("  -h, --help")));
    QVERIFY(r.out.contains(QStringLiteral("  --lang <language>")));
    QVERIFY(r.err.isEmpty());
    const auto gui = run({ QStringLiteral("--help"), QStringLiteral("--page"), QStringLiteral("projects") });
    QCOMPARE(gui.exitCode, 0);
    // `vigie --help` lists the commands; `vigie FILE --help` shows the desktop application's options.
    QVERIFY(gui.out.contains(QStringLiteral("summary")));
    const auto desktop = run({ m_file, QStringLiteral("--help") });
    QCOMPARE(desktop.exitCode, 0);
    QVERIFY2(desktop.out.startsWith(QStringLiteral("Usage: vigie [options] [FILE.vigie]\n")), qPrintable(desktop.out));
    QVERIFY(desktop.out.contains(QStringLiteral("--page <view>")));
    // A word that is neither a file nor a command, before --help, is a mistyped command: it used to get
    // the desktop application's help, exit 0, as if it were a file to open.
    const auto typo = run({ QStringLiteral("sumary"), QStringLiteral("--help") });
    QCOMPARE(typo.exitCode, 2);
    QVERIFY(typo.out.isEmpty());
    QVERIFY2(typo.err.startsWith(QStringLiteral("unknown command 'sumary'; did you mean 'summary'?\n")), qPrintable(typo.err));
    // Options before the command: the command's own help, in the language asked for.
    const auto before = run({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("summary"), QStringLiteral("--help") });
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(before.out.contains(QStringLiteral("vigie summary")) && before.out.contains(QStringLiteral("Afficher le portefeuille")),
             qPrintable(before.out));
    const auto usage = run({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("help") });
    QCOMPARE(usage.exitCode, 0);
    QVERIFY2(usage.out.contains(QStringLiteral("Commandes\u00a0:")), qPrintable(usage.out + usage.err));
}

void TestCliLauncher::frenchHelpIsFrench_data()
{
    QTest::addColumn<QString>("command");
    for (const char *name : { "new", "summary", "import", "export", "chart", "sample", "briefing", "" })
        QTest::newRow(*name ? name : "desktop application") << QString::fromLatin1(name);
}

void TestCliLauncher::frenchHelpIsFrench()
{
    QFETCH(QString, command);
    const QStringList args = command.isEmpty() ? QStringList { m_file, QStringLiteral("--help") }
                                               : QStringList { command, QStringLiteral("--help") };
    const auto en = run(args + QStringList { QStringLiteral("--lang"), QStringLiteral("en") });
    const auto fr = run(args + QStringList { QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(fr.exitCode, 0);
    const QString usage = command.isEmpty() ? QStringLiteral("vigie [options] [FICHIER.vigie]")
                                            : QStringLiteral("vigie %1 [options] ").arg(command);
    QVERIFY2(fr.out.startsWith(QStringLiteral("Utilisation\u00a0: ") + usage), qPrintable(fr.out));
    QVERIFY(fr.out.contains(QStringLiteral("\nOptions\u00a0:\n")));
    QVERIFY(fr.out.contains(QStringLiteral("Afficher cette aide.")));
    // No sentence of the English help is left in the French one (option names and values aside).
    const QStringList lines = en.out.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        static const QRegularExpression description(QStringLiteral("^(?:\\s*\\S+(?:, \\S+)?(?: <[^>]+>)?\\s{2,})?(.*)$"));
        const QString text = description.match(line).captured(1).trimmed();
        if (text.count(QLatin1Char(' ')) < 1 || !text.contains(QRegularExpression(QStringLiteral("[a-z]{3}"))))
            continue;
        QVERIFY2(!fr.out.contains(text), qPrintable(QStringLiteral("English left in French help: ") + text));
    }
}

void TestCliLauncher::nonDrawingCommandsLoadNoGui()
{
    // What the dynamic loader actually maps, plugins included (the SQLite driver is one).
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const QString json = m_dir.filePath(QStringLiteral("p.csv"));
    const QList<QStringList> commands {
        { QStringLiteral("summary"), m_file, QStringLiteral("--json") },
        { QStringLiteral("export"), m_file, QStringLiteral("--projects"), json },
        { QStringLiteral("new"), m_dir.filePath(QStringLiteral("n.vigie")) },
        { QStringLiteral("summary"), QStringLiteral("--help") },
        { QStringLiteral("sumary"), m_file },
    };
    for (const QStringList &args : commands) {
        const auto r = run(args, env);
        QVERIFY2(r.exitCode == 0 || args.constFirst() == QLatin1String("sumary"), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(r.err.contains(QStringLiteral("libQt6Sql.so")), "LD_DEBUG shows what is loaded");
        for (const char *library : { "libQt6Gui", "libQt6Widgets", "libQt6Charts", "libQt6PrintSupport", "libQt6Svg", "libGL", "libX11", "libxcb" })
            QVERIFY2(!r.err.contains(QLatin1String(library)), qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QLatin1String(library)));
    }
}

void TestCliLauncher::librariesLoadedWhenUsed()
{
    // libxlsxwriter (and the libcrypto, minizip and zlib it brings) is loaded by the export that writes a
    // workbook, libcsv by the import that reads a CSV file, not at every start.
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const auto summary = run({ QStringLiteral("summary"), m_file, QStringLiteral("--json") }, env);
    QCOMPARE(summary.exitCode, 0);
    QVERIFY2(summary.err.contains(QStringLiteral("libQt6Core.so")), "LD_DEBUG shows what is loaded");
    for (const char *library : { "libxlsxwriter", "libcrypto", "libminizip", "libcsv" })
        QVERIFY2(!summary.err.contains(QLatin1String(library)), library);

    const QString xlsx = m_dir.filePath(QStringLiteral("projects.xlsx"));
    const auto exported = run({ QStringLiteral("export"), m_file, QStringLiteral("--projects"), xlsx }, env);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.err.contains(QStringLiteral("libxlsxwriter.so")));
    QVERIFY(!exported.err.contains(QStringLiteral("libcsv")));
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK")); // a zip, as every XLSX file is
    QVERIFY(workbook.size() > 4000);

    const QString portfolio = m_dir.filePath(QStringLiteral("csv.vigie"));
    QCOMPARE(run({ QStringLiteral("new"), portfolio }).exitCode, 0);
    const auto imported = run({ QStringLiteral("import"), portfolio, QStringLiteral("--projects"),
                                QStringLiteral(VIGIE_TEST_DATA "/import/plain-utf8.csv") },
                              env);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err.right(2000)));
    QVERIFY(imported.err.contains(QStringLiteral("libcsv.so")));
    QVERIFY(!imported.err.contains(QStringLiteral("libxlsxwriter")));
    QVERIFY2(imported.out.contains(QStringLiteral("Projects created: ")), qPrintable(imported.out));
}

// Hiding a library needs a mount namespace of its own (unshare --mount, as root).
bool TestCliLauncher::canHideLibraries() const
{
    QProcess probe;
    probe.start(QStringLiteral("unshare"), { QStringLiteral("--mount"), QStringLiteral("true") });
    return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

// The file the dynamic loader finds for lib<stem>.so when vigie runs args (from its own log).
QString TestCliLauncher::loadedLibrary(const QStringList &args, const QString &stem) const
{
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    const auto r = run(args, env);
    const QRegularExpression trying(QStringLiteral("trying file=(\\S*%1\\.so\\S*)").arg(QRegularExpression::escape(stem)));
    QString library;
    for (auto it = trying.globalMatch(r.err); it.hasNext();)
        library = it.next().captured(1);
    return r.exitCode == 0 && QFileInfo::exists(library) ? QFileInfo(library).canonicalFilePath() : QString();
}

// vigie run with args on a computer without the library: the library is hidden for vigie alone, by
// mounting an empty file over it in a mount namespace of its own.
VigieTest::Run TestCliLauncher::runWithLibraryHidden(const QString &library, const QStringList &args) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral("unshare"), QStringList { QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                                                     QStringLiteral("mount --bind /dev/null \"$0\" && exec \"$@\""), library,
                                                     QStringLiteral(VIGIE_BIN) }
                                           + args);
    VigieTest::Run r;
    if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A computer without libxlsxwriter (the package depends on it, but it can be removed): an XLSX export
// stops with exit 1 and says why in the user's language, suggesting CSV, which still works.
void TestCliLauncher::xlsxLibraryMissing()
{
    if (!canHideLibraries())
        QSKIP("hiding a library needs a mount namespace of its own (unshare --mount, as root)");
    const QString library = loadedLibrary({ QStringLiteral("export"), m_file, QStringLiteral("--projects"),
                                            m_dir.filePath(QStringLiteral("found.xlsx")) },
                                          QStringLiteral("libxlsxwriter"));
    QVERIFY(!library.isEmpty());
    const struct
    {
        const char *language;
        const char *message;
    } cases[] = {
        { "en", "XLSX files cannot be written on this computer: the library libxlsxwriter.so" },
        { "fr", "Les fichiers XLSX ne peuvent pas être écrits sur cet ordinateur\u00a0: la bibliothèque libxlsxwriter.so" },
    };
    for (const auto &c : cases) {
        const QString xlsx = m_dir.filePath(QStringLiteral("hidden-%1.xlsx").arg(QLatin1String(c.language)));
        const auto r = runWithLibraryHidden(library, { QStringLiteral("export"), m_file, QStringLiteral("--projects"), xlsx,
                                                       QStringLiteral("--lang"), QLatin1String(c.language) });
        QCOMPARE(r.exitCode, 3); // the XLSX cannot be written on this computer
        QVERIFY2(r.err.contains(QString::fromUtf8(c.message)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("CSV")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(xlsx));
    }
    const QString csv = m_dir.filePath(QStringLiteral("hidden.csv"));
    const auto r = runWithLibraryHidden(library, { QStringLiteral("export"), m_file, QStringLiteral("--projects"), csv });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QFileInfo(csv).size() > 0, qPrintable(r.err));
}

// A computer without libcsv: an import from CSV is refused, says why in the user's language and where,
// and leaves the portfolio as it was; every other command still works.
void TestCliLauncher::csvLibraryMissing()
{
    if (!canHideLibraries())
        QSKIP("hiding a library needs a mount namespace of its own (unshare --mount, as root)");
    const QString csv = QStringLiteral(VIGIE_TEST_DATA "/import/plain-utf8.csv");
    const QString found = m_dir.filePath(QStringLiteral("found.vigie"));
    QCOMPARE(run({ QStringLiteral("new"), found }).exitCode, 0);
    const QString library = loadedLibrary({ QStringLiteral("import"), found, QStringLiteral("--projects"), csv },
                                          QStringLiteral("libcsv"));
    QVERIFY(!library.isEmpty());

    const QString portfolio = m_dir.filePath(QStringLiteral("hidden-csv.vigie"));
    QCOMPARE(run({ QStringLiteral("new"), portfolio }).exitCode, 0);
    const QByteArray before = VigieTest::fileHash(portfolio);
    const struct
    {
        const char *language;
        const char *message;
    } cases[] = {
        { "en", ": CSV files cannot be read on this computer: the library libcsv.so" },
        { "fr", "\u00a0: les fichiers CSV ne peuvent pas être lus sur cet ordinateur\u00a0: la bibliothèque libcsv.so" },
    };
    for (const auto &c : cases) {
        const auto r = runWithLibraryHidden(library, { QStringLiteral("import"), portfolio, QStringLiteral("--projects"), csv,
                                                       QStringLiteral("--lang"), QLatin1String(c.language) });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(csv + QString::fromUtf8(c.message)), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(VigieTest::fileHash(portfolio), before);
    const auto summary = runWithLibraryHidden(library, { QStringLiteral("summary"), portfolio, QStringLiteral("--json") });
    QCOMPARE(summary.exitCode, 0);
    QVERIFY(summary.out.contains(QStringLiteral("\"projects\"")));
}

void TestCliLauncher::drawingCommandsLoadWhatTheyDraw()
{
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const QString png = m_dir.filePath(QStringLiteral("trend.png"));
    const auto r = run({ QStringLiteral("chart"), m_file, QStringLiteral("--chart"), QStringLiteral("project-health-cost"),
                         QStringLiteral("-o"), png },
                       env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(QStringLiteral("libQt6Gui.so")));
    QVERIFY(r.err.contains(QStringLiteral("vigie-desktop")));
    QVERIFY(QFileInfo(png).size() > 1000);
}

void TestCliLauncher::missingDesktopProgram()
{
    // `vigie` alone in a folder: the commands that draw nothing work, the others say what is missing.
    const QString copy = m_dir.filePath(QStringLiteral("alone/vigie"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
    QVERIFY(QFile::copy(QStringLiteral(VIGIE_BIN), copy));
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(copy, { QStringLiteral("summary"), m_file });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    p.start(copy, { QStringLiteral("chart"), m_file, QStringLiteral("--chart"), QStringLiteral("health-trend"),
                    QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png")) });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("vigie-desktop")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
}

void TestCliLauncher::desktopProgramWithoutDisplay()
{
    // vigie-desktop started by hand on a terminal: the same answer as `vigie`, where Qt aborted (exit 134).
    const QString desktop = QFileInfo(QStringLiteral(VIGIE_BIN)).dir().filePath(QStringLiteral("vigie-desktop"));
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(desktop, { m_file, QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("besoin d'un affichage")) && err.contains(QStringLiteral("Commandes\u00a0:")),
             qPrintable(err));
}

void TestCliLauncher::version()
{
    const auto r = run({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("vigie ")), qPrintable(r.out));
    // Qt's own GUI options are the toolkit's, not mistakes: -geometry (taken by the screenshot script),
    // -style=…, -reverse.
    const auto qt = run({ QStringLiteral("-geometry"), QStringLiteral("800x600+0+0"), QStringLiteral("-style=fusion"),
                          QStringLiteral("-reverse"), QStringLiteral("--version") });
    QCOMPARE(qt.exitCode, 0);
    QVERIFY2(qt.out.startsWith(QStringLiteral("vigie ")), qPrintable(qt.out + qt.err));
}

QTEST_GUILESS_MAIN(TestCliLauncher)
#include "tst_cli_launcher.moc"
