#pragma once

#include "storage/filelock.h"
#include "storage/portfoliofile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

// The command-line interface: `vigie COMMAND ...`. Each command lives in its own file and is listed
// in the table in cli.cpp.
namespace Vigie::Cli {

// Translation context of the CLI's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Cli)
};

enum Exit { Ok = 0, Failure = 1, Usage = 2, FileUnusable = 3, ImportRefused = 4, NotFound = 6 };

struct Command
{
    const char *name;
    bool needsGui; // renders charts or documents: runs on a QApplication (offscreen when headless)
    int (*run)(const QStringList &arguments);
    const char *description; // translated in the "Vigie::Cli" context
};

bool isCommand(const QString &name);
int run(int argc, char **argv);

// Shared by commands.
QTextStream &out();
QTextStream &err();
// Adds --lang, parses `arguments` and applies the language; on a usage error prints it and returns false.
void addLanguageOption(QCommandLineParser &parser);
bool parse(QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional);
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

} // namespace Vigie::Cli
