#include "gui.h"

#include "i18n/language.h"

#include <QApplication>
#include <QMessageBox>

namespace Vigie {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    Language::apply(QString());
    QMessageBox::information(nullptr, QStringLiteral("Vigie"), QStringLiteral("The workspace is being built."));
    return 0;
}

} // namespace Vigie
