#include "gui.h"

#include "cli/cli.h"

#include "document/document.h"
#include "document/documentopener.h"
#include "commands/editor.h"
#include "i18n/language.h"
#include "sample/quebecsample.h"
#include "storage/portfoliofile.h"
#include "storage/serverlocation.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace Vigie {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("vigie"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));
    if (!Cli::setUpApplication())
        return Cli::Usage;
    Cli::CommandParser parser { QString() };
    Cli::describeDesktop(parser);
    int exit = Cli::Ok;
    if (!parser.parse(QCoreApplication::arguments(), 0, -1, &exit))
        return exit;
    if (parser.isSet(QStringLiteral("version"))) {
        Cli::out() << QStringLiteral("vigie %1").arg(QStringLiteral(VIGIE_VERSION)) << Qt::endl;
        return Cli::Ok;
    }

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
        if (!last.isEmpty() && (QFileInfo::exists(last) || ServerLocation::isServerAddress(last)))
            window.openFile(last);
        else if (!settings.value(QStringLiteral("sampleOffered")).toBool()) {
            // First start: open the bundled Quebec sample, written once into the app data folder.
            settings.setValue(QStringLiteral("sampleOffered"), true);
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            const QString sample = dir + QStringLiteral("/quebec-2016.vigie");
            QString error;
            if (QFileInfo::exists(sample) || (QDir().mkpath(dir) && QuebecSample::write(sample, &error)))
                window.openFile(sample);
        }
    }
    if (parser.isSet(QStringLiteral("page"))) {
        // A large file is still opening in the background: show the page once it is there.
        const QString page = parser.value(QStringLiteral("page"));
        if (window.document() || !window.opener()->isBusy()) {
            window.showPage(page);
        } else {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = QObject::connect(&window, &MainWindow::documentChanged, &window,
                                           [&window, page, connection](Document *document) {
                                               if (!document)
                                                   return;
                                               window.showPage(page);
                                               QObject::disconnect(*connection);
                                           });
        }
    }
    return app.exec();
}

} // namespace Vigie
