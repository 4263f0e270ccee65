// Vigie: the command line picks a CLI command or opens the desktop application.
#include "cli/cli.h"
#include "gui.h"

int main(int argc, char **argv)
{
    if (argc > 1 && Vigie::Cli::isCommand(QString::fromLocal8Bit(argv[1])))
        return Vigie::Cli::run(argc, argv);
    return Vigie::runGui(argc, argv);
}
