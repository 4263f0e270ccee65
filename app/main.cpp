// vigie: the command line. Commands that draw nothing run here (Qt Core and Qt Sql only); the desktop
// application and the drawing commands run in vigie-desktop (app/cli/launcher.cpp).
#include "cli/cli.h"
#include "storage/sqlutil.h"

int main(int argc, char **argv)
{
    Vigie::configureSqliteForProcess();
    return Vigie::Cli::main(argc, argv);
}
