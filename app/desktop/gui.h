#pragma once

namespace Vigie {

// Starts the desktop application (QApplication, translators, main window) and runs its event loop.
int runGui(int argc, char **argv);

} // namespace Vigie
