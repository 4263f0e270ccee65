#include "cli.h"

#include "clicommands.h"

#include "i18n/language.h"
#include "storage/filelock.h"
#include "storage/portfoliofile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QDir>
#include <QFile>

#include <unistd.h>

#include <cstdio>

namespace Vigie::Cli {

namespace {

const Command kCommands[] = {
    { "new", false, &runNew, QT_TRANSLATE_NOOP("Vigie::Cli", "Create an empty portfolio file.") },
    { "summary", false, &runSummary, QT_TRANSLATE_NOOP("Vigie::Cli", "Print the portfolio at a glance.") },
    VIGIE_EXTRA_COMMANDS
};

// Finds --lang early so that even usage errors come out in the requested language.
QString languageArgument(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return qEnvironmentVariable("VIGIE_LANG");
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool isCommand(const QString &name)
{
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return true;
    }
    return name == QLatin1String("help") || name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("--version");
}

void addLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("lang"), Text::tr("Language of the output: en or fr."), Text::tr("language") });
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out().flush();
        parser.showHelp(Ok); // prints and exits with status 0, as QCommandLineParser::process() would
    }
    const int n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        err() << Text::tr("Wrong number of arguments.") << QLatin1Char('\n') << parser.helpText();
        return false;
    }
    if (parser.optionNames().contains(QStringLiteral("lang")) || parser.isSet(QStringLiteral("lang"))) {
        const QString lang = parser.value(QStringLiteral("lang"));
        if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("fr")) {
            err() << Text::tr("Unknown language \"%1\": use en or fr.").arg(lang) << Qt::endl;
            return false;
        }
    }
    return true;
}

std::unique_ptr<PortfolioFile> openPortfolio(const QString &path, bool readOnly)
{
    FileError error;
    auto file = PortfolioFile::open(path, readOnly ? PortfolioFile::Access::ReadOnly : PortfolioFile::Access::ReadWrite,
                                    &error);
    if (!file)
        err() << error.message << Qt::endl;
    else if (!file->recoveryNote().isEmpty())
        err() << file->recoveryNote() << Qt::endl;
    if (file && !readOnly && file->isReadOnly()) {
        err() << Text::tr("%1: the file is read-only; nothing was changed.").arg(path) << Qt::endl;
        return nullptr;
    }
    return file;
}

WritablePortfolio openForWriting(const QString &path)
{
    WritablePortfolio portfolio;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        auto lock = std::make_unique<FileLock>(absolute);
        if (!lock->tryLock()) {
            const QString holder = lock->holder();
            err() << Text::tr("%1: the portfolio is open for editing in Vigie (%2); close it there, then run the "
                              "command again. Nothing was changed. (Lock file: %3)")
                         .arg(QDir::toNativeSeparators(path),
                              holder.isEmpty() ? Text::tr("another program") : holder,
                              QDir::toNativeSeparators(FileLock::lockPath(absolute)))
                  << Qt::endl;
            return portfolio;
        }
        portfolio.lock = std::move(lock);
    }
    portfolio.file = openPortfolio(path, false);
    if (!portfolio.file)
        portfolio.lock.reset();
    return portfolio;
}

int run(int argc, char **argv)
{
    const QString name = QString::fromLocal8Bit(argv[1]);
    const Command *command = nullptr;
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            command = &c;
    }
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        // Charts and documents render without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime folder; make one rather than warn on every headless render.
            const QString runtime = QDir::tempPath() + QStringLiteral("/vigie-runtime-%1").arg(QString::number(getuid()));
            if (QDir().mkpath(runtime)) {
                QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
            }
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Vigie"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);

    QStringList args = QCoreApplication::arguments();
    Language::apply(languageArgument(args));

    if (!command) {
        if (name == QLatin1String("--version")) {
            out() << QStringLiteral("vigie %1").arg(QStringLiteral(VIGIE_VERSION)) << Qt::endl;
            return Ok;
        }
        out() << Text::tr("Usage: vigie [FILE.vigie]   (opens the desktop application)") << QLatin1Char('\n')
              << Text::tr("       vigie COMMAND [options]") << QLatin1Char('\n') << QLatin1Char('\n')
              << Text::tr("Commands:") << QLatin1Char('\n');
        for (const Command &c : kCommands)
            out() << QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -10).arg(Text::tr(c.description));
        out() << Text::tr("Run \"vigie COMMAND --help\" for a command's options.") << Qt::endl;
        return Ok;
    }
    args.removeAt(1); // "vigie summary FILE" is parsed as "vigie FILE"
    const int code = command->run(args);
    out().flush();
    err().flush();
    return code;
}

} // namespace Vigie::Cli
