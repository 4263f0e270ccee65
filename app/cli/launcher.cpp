// `vigie`: a command-line program that starts like one. It links Qt Core and Qt Sql only; the desktop
// application and the commands that draw run in vigie-desktop, which it executes in its place.
#include "cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace Vigie::Cli {

namespace {

void printCommands(QTextStream &stream)
{
    stream << Text::tr("Commands:") << QLatin1Char('\n');
    for (const Command &c : commands())
        stream << QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -10).arg(Text::tr(c.description));
    stream << Text::tr("Run \"vigie COMMAND --help\" for a command's options.") << Qt::endl;
}

int printUsage()
{
    out() << Text::tr("Usage: vigie [FILE.vigie]   (opens the desktop application)") << QLatin1Char('\n')
          << Text::tr("       vigie COMMAND [options]") << QLatin1Char('\n') << QLatin1Char('\n');
    printCommands(out());
    return Ok;
}

// vigie-desktop beside `vigie` (the build folder, a plain install), else in ../libexec/vigie/.
QString desktopProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : { dir + QStringLiteral("/vigie-desktop"),
                                      dir + QStringLiteral("/../libexec/vigie/vigie-desktop") }) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QString();
}

// Replaces this process with vigie-desktop and the same arguments; returns only when that fails.
int execDesktop(const std::vector<char *> &argv)
{
    const QString program = desktopProgram();
    if (program.isEmpty()) {
        err() << Text::tr("vigie-desktop cannot be found next to %1: the desktop application and the chart and "
                          "briefing commands need it. Reinstall Vigie.")
                     .arg(QCoreApplication::applicationFilePath())
              << Qt::endl;
        return Failure;
    }
    QByteArray path = QFile::encodeName(program);
    std::vector<char *> arguments(argv);
    arguments[0] = path.data();
    arguments.push_back(nullptr);
    out().flush();
    err().flush();
    ::execv(path.constData(), arguments.data());
    err() << Text::tr("%1: cannot be started (%2).").arg(program, QString::fromLocal8Bit(std::strerror(errno)))
          << Qt::endl;
    return Failure;
}

// A word where the desktop application expects a file: a command typed wrong, unless there is such a
// file or it reads as a path.
bool looksLikeFile(const QString &argument)
{
    return QFileInfo::exists(argument) || argument.contains(QLatin1Char('/'))
        || argument.endsWith(QLatin1String(".vigie"), Qt::CaseInsensitive);
}

int unknownCommand(const QString &name)
{
    const Command *close = closestCommand(name);
    if (close)
        err() << Text::tr("unknown command '%1'; did you mean '%2'?").arg(name, QString::fromLatin1(close->name));
    else
        err() << Text::tr("unknown command '%1'").arg(name);
    err() << QLatin1Char('\n') << QLatin1Char('\n');
    printCommands(err());
    return Usage;
}

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// The command line without the options Qt's GUI application takes for itself (-geometry, -style,
// -platform…, see QApplication and QGuiApplication): vigie-desktop hands them to Qt, so they are not
// Vigie's mistakes to answer.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue { QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"),
                                         QStringLiteral("-platformtheme"), QStringLiteral("-plugin"),
                                         QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
                                         QStringLiteral("-qwindowtitle"), QStringLiteral("-geometry"),
                                         QStringLiteral("-title"), QStringLiteral("-display"), QStringLiteral("-name"),
                                         QStringLiteral("-style"), QStringLiteral("-stylesheet"), QStringLiteral("-session"),
                                         QStringLiteral("-fn"), QStringLiteral("-font"), QStringLiteral("-bg"),
                                         QStringLiteral("-background"), QStringLiteral("-fg"), QStringLiteral("-foreground"),
                                         QStringLiteral("-btn"), QStringLiteral("-button"), QStringLiteral("-im"),
                                         QStringLiteral("-inputstyle"), QStringLiteral("-visual"), QStringLiteral("-ncols") };
    static const QStringList flags { QStringLiteral("-reverse"), QStringLiteral("-nograb"), QStringLiteral("-dograb"),
                                     QStringLiteral("-sync"), QStringLiteral("-widgetcount"), QStringLiteral("-cmap") };
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (i > 0 && withValue.contains(name)) {
            if (!a.contains(QLatin1Char('=')))
                ++i; // its value
            continue;
        }
        if (i > 0 && flags.contains(a))
            continue;
        kept << a;
    }
    return kept;
}

// The first argument after the program's name that is neither an option of the desktop's nor its value
// ("" when there is none): a command's name or a file. After "--", the next argument, whatever it is.
QString firstWord(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            return arguments.value(i + 1);
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-"))
            return a;
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if ((name == QLatin1String("--lang") || name == QLatin1String("--page")) && !a.contains(QLatin1Char('=')))
            ++i; // its value
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    // The arguments as given, before QCoreApplication looks at them: vigie-desktop gets them unchanged.
    std::vector<char *> original(argv, argv + argc);
    QCoreApplication app(argc, argv);
    if (!setUpApplication())
        return Usage;

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (const Command *command = findCommand(first))
        return command->runs == Runs::Core ? runCommand(*command, command->entry) : execDesktop(original);
    if (first == QLatin1String("help") || first == QLatin1String("--help") || first == QLatin1String("-h"))
        return printUsage();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << QStringLiteral("vigie %1").arg(QStringLiteral(VIGIE_VERSION)) << Qt::endl;
        return Ok;
    }

    // The desktop application: its options are checked here, so that a mistake is answered on the
    // command line and not by a window (or by Qt failing to find a display).
    CommandParser parser { QString() };
    describeDesktop(parser);
    int exit = Ok;
    // --help is answered after the word before it is known: a command's own help (`vigie --lang fr summary
    // --help`), a mistyped command's correction (`vigie sumary --help`), else the desktop's.
    QStringList desktopArguments = withoutQtOptions(arguments);
    const bool help = desktopArguments.removeAll(QStringLiteral("--help")) + desktopArguments.removeAll(QStringLiteral("-h")) > 0;
    // The first word that is no option is the command, found before the desktop's options are checked:
    // the options after it are the command's (`vigie --lang fr movers FILE --from "mars 2016"`).
    const QString word = firstWord(desktopArguments);
    if (!word.isEmpty() && !looksLikeFile(word)) {
        const QString name = word;
        if (name == QLatin1String("help"))
            return printUsage(); // `vigie --lang fr help`
        const Command *command = findCommand(name);
        if (!command)
            return unknownCommand(name);
        // Options before the command (`vigie --lang fr summary FILE`): the command first, as if typed so.
        const qsizetype at = arguments.indexOf(name, 1);
        std::vector<char *> reordered(original);
        char *word = reordered[size_t(at)];
        reordered.erase(reordered.begin() + at);
        reordered.insert(reordered.begin() + 1, word);
        if (command->runs == Runs::Drawing)
            return execDesktop(reordered);
        QStringList commandArguments = arguments;
        commandArguments.removeAt(at);
        const int code = command->entry(commandArguments);
        out().flush();
        err().flush();
        return code;
    }
    if (!parser.parse(desktopArguments, 0, -1, &exit))
        return exit;
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QStringLiteral("vigie %1").arg(QStringLiteral(VIGIE_VERSION)) << Qt::endl;
        return Ok;
    }
    if (help) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    if (!hasDisplay()) {
        err() << Text::tr("The desktop application needs a display (DISPLAY or WAYLAND_DISPLAY), and there is none. "
                          "The commands work without one.")
              << QLatin1Char('\n') << QLatin1Char('\n');
        printCommands(err());
        return Failure;
    }
    return execDesktop(original);
}

} // namespace Vigie::Cli
