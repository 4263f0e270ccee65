#pragma once

#include "commands.h"

#include "storage/filelock.h"
#include "storage/portfoliofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>

// The command-line interface: `vigie COMMAND ...`. Each command lives in its own file and is listed in
// the table of commands.h. This library links Qt Core and Qt Sql only (vigie_core): the commands that
// draw nothing start as fast as a small command-line program.
namespace Vigie::Cli {

// Translation context of the CLI's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Cli)
};

enum Exit { Ok = 0, Failure = 1, Usage = 2, FileUnusable = 3, ImportRefused = 4, NotFound = 6 };

// `vigie` itself: runs the commands that draw nothing, answers usage errors (an unknown command, an
// unknown language, a bad option of the desktop application), and hands the desktop application and
// the drawing commands to vigie-desktop with the same arguments.
int main(int argc, char **argv);

// Runs `command` through `entry` on the application object the caller made (QCoreApplication, or
// QApplication for drawing commands): language, then the command's own parsing and work.
int runCommand(const Command &command, Entry entry);

// Sets the application's names and the output encoding; then the language of --lang (else VIGIE_LANG,
// else the system's). False, with the message printed, when --lang names no language Vigie has.
bool setUpApplication();

// Shared by commands.
QTextStream &out();
QTextStream &err();
// Opens a portfolio or prints a one-line message on stderr.
std::unique_ptr<PortfolioFile> openPortfolio(const QString &path, bool readOnly);

// A portfolio opened for writing by a command, holding the file's edit lock (FILE.lock) until the command
// ends, as the desktop application does: a file a Vigie window has open for editing is refused with a
// message naming the lock (exit 3), never changed under it.
struct WritablePortfolio
{
    std::unique_ptr<FileLock> lock; // released after the file is closed (members end in reverse order)
    std::unique_ptr<PortfolioFile> file;

    explicit operator bool() const { return bool(file); }
    PortfolioFile &operator*() const { return *file; }
    PortfolioFile *operator->() const { return file.get(); }
};
WritablePortfolio openForWriting(const QString &path);

// A QCommandLineParser whose help is Vigie's, in the language of the output: "Usage: vigie summary
// [options] FILE", the command's options, a translated -h/--help. (QCommandLineParser's own help names
// the program's path and not the command, and describes -h and --version in English only.)
class CommandParser
{
public:
    // `command`: "summary"…, or empty for the desktop application (`vigie [options] [FILE.vigie]`).
    explicit CommandParser(const QString &command);

    void setApplicationDescription(const QString &description);
    // `syntax` is how the usage line and the argument list show it ("FILE", "[FILE.vigie]").
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax);
    bool addOption(const QCommandLineOption &option);
    // --lang: the language of the output (or of the interface).
    void addLanguageOption();
    void addVersionOption();

    // Parses `arguments` (program name first). On --help prints the help and sets *exit to Ok; on a usage
    // error (unknown option, wrong number of arguments, unknown language) prints it and sets *exit to
    // Usage. Returns true when the command should go on. A negative number ("-5", "-0.5") is a value, an
    // option's or a positional one (`vigie rule FILE --custom -5 10`), never short options.
    bool parse(const QStringList &arguments, int minPositional, int maxPositional, int *exit);

    QString helpText() const;

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const;
    QStringList positionalArguments() const;

private:
    struct Positional
    {
        QString syntax;
        QString description;
    };
    QString m_command;
    QString m_description;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    QList<Positional> m_positionals;
};

// The desktop application's command line, `vigie [options] [FILE.vigie]` (--lang, --page, --version):
// checked by `vigie` before it starts vigie-desktop, then read by vigie-desktop.
void describeDesktop(CommandParser &parser);

// The language named on a command line: the value of the last --lang (or --lang=) in `arguments`, a
// null string when there is none.
QString requestedLanguage(const QStringList &arguments);
bool isLanguage(const QString &language); // "en", "fr"

} // namespace Vigie::Cli
