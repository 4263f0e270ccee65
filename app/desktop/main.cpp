// vigie-desktop: the desktop application and the commands that draw (chart, briefing). `vigie` executes
// it with its own arguments for those; it loads Qt Gui, Widgets, Charts and the rest, which `vigie`
// itself never loads.
#include "cli/cli.h"
#include "gui.h"
#include "storage/sqlutil.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

namespace {

using namespace Vigie::Cli;

// The table of commands.h with every entry point: the drawing ones are in this executable.
const QList<Command> &desktopCommands()
{
#define VIGIE_DESKTOP_ROW(name, where, entry, description) Command { name, Runs::where, &entry, description },
    static const QList<Command> table { VIGIE_COMMANDS(VIGIE_DESKTOP_ROW) };
#undef VIGIE_DESKTOP_ROW
    return table;
}

// Charts and documents render without a display: the offscreen platform when there is none.
void prepareHeadless()
{
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
}

} // namespace

int main(int argc, char **argv)
{
    Vigie::configureSqliteForProcess();
    const Command *command = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1]), desktopCommands()) : nullptr;
    if (!command) {
        // No display: `vigie` says so and lists the commands, where Qt would abort (exit 134).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            return Vigie::Cli::main(argc, argv);
        return Vigie::runGui(argc, argv);
    }
    if (command->runs == Runs::Drawing) {
        prepareHeadless();
        QApplication app(argc, argv);
        return setUpApplication() ? runCommand(*command, command->entry) : Usage;
    }
    QCoreApplication app(argc, argv);
    return setUpApplication() ? runCommand(*command, command->entry) : Usage;
}
