#include "cli.h"

#include "i18n/language.h"
#include "storage/fileguard.h"
#include "storage/filelock.h"
#include "storage/portfoliofile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Vigie::Cli {

namespace {

// Appends `text` wrapped to `width` columns, every line after the first indented by `indent` spaces.
void appendWrapped(QString *out, const QString &text, int indent, int width)
{
    const int room = std::max(20, width - indent);
    int column = 0;
    // French puts a space before ":" and ";": such a sign stays on the line of the word before it.
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        static const QString glued = QStringLiteral(":;!?\u00bb");
        if (!words.isEmpty() && word.size() == 1 && glued.contains(word))
            words.last() += QChar(0x00a0) + word;
        else
            words.append(word);
    }
    for (const QString &word : std::as_const(words)) {
        if (column > 0 && column + 1 + word.size() > room) {
            *out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = 0;
        } else if (column > 0) {
            *out += QLatin1Char(' ');
            ++column;
        }
        *out += word;
        column += int(word.size());
    }
    *out += QLatin1Char('\n');
}

// Two columns: what is typed, what it does; `width` is the first column's.
void appendTable(QString *out, const QList<QPair<QString, QString>> &rows, int width)
{
    const int indent = 2 + width + 2;
    for (const auto &row : rows) {
        *out += QStringLiteral("  ") + row.first.leftJustified(width) + QStringLiteral("  ");
        appendWrapped(out, row.second, indent, 79);
    }
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
        // Why the file cannot be written, in the core's words, before the lock: a folder that cannot be
        // written to cannot hold the lock either, and that is not "open in another program".
        const QString problem = FileGuard::writeProblem(absolute);
        if (!problem.isEmpty()) {
            err() << Text::tr("%1: %2 Nothing was changed.").arg(QDir::toNativeSeparators(path), problem) << Qt::endl;
            return portfolio;
        }
        auto lock = std::make_unique<FileLock>(absolute);
        if (!lock->tryLock()) {
            const QString holder = lock->holder();
            const QString lockFile = QDir::toNativeSeparators(FileLock::lockPath(absolute));
            if (holder.isEmpty())
                err() << Text::tr("%1: its lock file %2 says it is being edited but not by whom (it may be being "
                                  "written right now). Run the command again in a few seconds. Nothing was changed.")
                             .arg(QDir::toNativeSeparators(path), lockFile)
                      << Qt::endl;
            else
                err() << Text::tr("%1: the portfolio is open for editing in Vigie (%2); close it there, then run the "
                                  "command again. Nothing was changed. (Lock file: %3)")
                             .arg(QDir::toNativeSeparators(path), holder, lockFile)
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

bool isLanguage(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("fr");
}

QString requestedLanguage(const QStringList &arguments)
{
    // The last one wins, as in QCommandLineParser::value().
    QString language;
    bool given = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(++i);
            given = true;
        } else if (a.startsWith(QLatin1String("--lang="))) {
            language = a.mid(7);
            given = true;
        }
    }
    return given ? language : QString();
}

bool setUpApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Vigie"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);

    // --lang, else VIGIE_LANG, else the system's language. A --lang Vigie does not speak is refused, in
    // the language the user gets without it.
    const QString environment = qEnvironmentVariable("VIGIE_LANG");
    const QString requested = requestedLanguage(QCoreApplication::arguments());
    if (!requested.isNull() && !isLanguage(requested)) {
        Language::apply(environment);
        err() << Text::tr("Unknown language \"%1\": use en or fr.").arg(requested) << Qt::endl;
        return false;
    }
    Language::apply(requested.isNull() ? environment : requested);
    return true;
}

int runCommand(const Command &command, Entry entry)
{
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "vigie summary FILE" is parsed as "vigie FILE"
    Q_UNUSED(command);
    const int code = entry(arguments);
    out().flush();
    err().flush();
    return code;
}

CommandParser::CommandParser(const QString &command)
    : m_command(command)
{
    // `-abc` is three short options, as in Qt's default; long options need two dashes.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    addOption({ { QStringLiteral("h"), QStringLiteral("help") }, Text::tr("Show this help.") });
}

void CommandParser::setApplicationDescription(const QString &description)
{
    m_description = description;
}

void CommandParser::addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_positionals.append({ syntax.isEmpty() ? name : syntax, description });
}

bool CommandParser::addOption(const QCommandLineOption &option)
{
    // Listed in the help in the order added, --help last.
    if (!m_parser.addOption(option))
        return false;
    if (option.names().contains(QStringLiteral("help")))
        m_options.append(option);
    else
        m_options.insert(m_options.size() - (m_options.isEmpty() ? 0 : 1), option);
    return true;
}

void CommandParser::addLanguageOption()
{
    addOption({ QStringLiteral("lang"), Text::tr("Language of the output: en or fr."), Text::tr("language") });
}

void CommandParser::addVersionOption()
{
    addOption({ { QStringLiteral("v"), QStringLiteral("version") }, Text::tr("Show the version of Vigie.") });
}

QString CommandParser::helpText() const
{
    QString usage = QStringLiteral("vigie");
    if (!m_command.isEmpty())
        usage += QLatin1Char(' ') + m_command;
    usage += QLatin1Char(' ') + Text::tr("[options]");
    for (const Positional &p : m_positionals)
        usage += QLatin1Char(' ') + p.syntax;
    QString text = Text::tr("Usage: %1").arg(usage) + QLatin1Char('\n');
    if (!m_description.isEmpty())
        appendWrapped(&text, m_description, 0, 79);
    QList<QPair<QString, QString>> rows, arguments;
    for (const QCommandLineOption &o : m_options) {
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString typed = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            typed += QStringLiteral(" <%1>").arg(o.valueName());
        rows.append({ typed, o.description() });
    }
    for (const Positional &p : m_positionals)
        arguments.append({ p.syntax, p.description });
    // One column width for both lists, as QCommandLineParser does.
    int width = 0;
    for (const auto &row : rows + arguments)
        width = std::max(width, int(row.first.size()));
    text += QLatin1Char('\n') + Text::tr("Options:") + QLatin1Char('\n');
    appendTable(&text, rows, width);
    if (!arguments.isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Arguments:") + QLatin1Char('\n');
        appendTable(&text, arguments, width);
    }
    return text;
}

// QCommandLineParser's own error messages, in Vigie's catalogue as well: Qt's French catalogue lacks some.
[[maybe_unused]] const char *const kParserMessages[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

namespace {

// QCommandLineParser reads "-5" as the short option 5 and "-10" as the options 1 and 0. Vigie has no
// option named by a digit, so an argument that starts like a negative number is a value: it is parsed
// behind this mark (a private-use character, which no option starts with), and the mark is taken off
// again when the value is read.
const QChar kValueMark(0xE000);

bool isNegativeNumber(const QString &argument)
{
    if (argument.size() < 2 || argument.at(0) != QLatin1Char('-'))
        return false;
    const QChar next = argument.at(1);
    return next.isDigit() || (next == QLatin1Char('.') && argument.size() > 2 && argument.at(2).isDigit());
}

QString unmarked(const QString &text)
{
    return text.startsWith(kValueMark) ? text.mid(1) : text;
}

} // namespace

QString CommandParser::value(const QString &name) const
{
    return unmarked(m_parser.value(name));
}

QStringList CommandParser::positionalArguments() const
{
    QStringList arguments = m_parser.positionalArguments();
    for (QString &a : arguments)
        a = unmarked(a);
    return arguments;
}

bool CommandParser::parse(const QStringList &arguments, int minPositional, int maxPositional, int *exit)
{
    const QString command = m_command.isEmpty() ? QStringLiteral("vigie") : QStringLiteral("vigie ") + m_command;
    QStringList marked = arguments;
    for (qsizetype i = 1; i < marked.size(); ++i) {
        if (isNegativeNumber(marked.at(i)))
            marked[i].prepend(kValueMark);
    }
    if (!m_parser.parse(marked)) {
        err() << m_parser.errorText() << QLatin1Char('\n')
              << Text::tr("Run \"%1 --help\" for the options.").arg(command) << Qt::endl;
        *exit = Usage;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << helpText();
        out().flush();
        *exit = Ok;
        return false;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        err() << Text::tr("Wrong number of arguments.") << QLatin1Char('\n') << helpText();
        err().flush();
        *exit = Usage;
        return false;
    }
    return true;
}

void describeDesktop(CommandParser &parser)
{
    parser.setApplicationDescription(Text::tr("Open the desktop application on FILE.vigie when given (else on the "
                                              "last file opened)."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The .vigie portfolio to open."),
                                 Text::tr("[FILE.vigie]"));
    parser.addOption({ QStringLiteral("lang"), Text::tr("Language of the interface: en or fr."), Text::tr("language") });
    parser.addOption({ QStringLiteral("page"),
                       Text::tr("View to show first: overview, strategy, projects, workforce, envelopes, charts or "
                                "briefing."),
                       Text::tr("view") });
    parser.addVersionOption();
}

} // namespace Vigie::Cli
