#include "gui.h"

#include "i18n/language.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

namespace Vigie {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Vigie"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("vigie"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Vigie::Gui", "The .vigie portfolio to open."),
                                 QStringLiteral("[FILE.vigie]"));
    parser.addOption({ QStringLiteral("lang"), QCoreApplication::translate("Vigie::Gui", "Language of the interface: en or fr."),
                       QCoreApplication::translate("Vigie::Gui", "language") });
    parser.process(app);

    // --lang wins for this session; otherwise the Language menu's remembered choice, else the system's.
    QSettings settings;
    QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty())
        language = settings.value(QStringLiteral("language"), QStringLiteral("system")).toString();
    Language::apply(language == QLatin1String("system") ? QString() : language);

    MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.openFile(files.constFirst());
    } else {
        const QString last = settings.value(QStringLiteral("lastFile")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            window.openFile(last);
    }
    return app.exec();
}

} // namespace Vigie
