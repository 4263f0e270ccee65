#include "cli.h"

#include "sample/quebecsample.h"
#include "sample/synthetic.h"
#include "i18n/language.h"

#include <QElapsedTimer>

namespace Vigie::Cli {

int runSample(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("sample"));
    parser.setApplicationDescription(QCoreApplication::translate("Vigie::Cli", "Write a bundled sample portfolio: quebec-2016 "
                                                                 "(Quebec's IT strategy and project dashboard, 2016) or "
                                                                 "synthetic (a large generated portfolio)."));
    parser.addPositionalArgument(QStringLiteral("sample"), QCoreApplication::translate("Vigie::Cli", "quebec-2016 or synthetic."),
                                 QCoreApplication::translate("Vigie::Cli", "SAMPLE"));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                       QCoreApplication::translate("Vigie::Cli", "The new .vigie file (never overwritten)."),
                       QCoreApplication::translate("Vigie::Cli", "file") });
    parser.addOption({ QStringLiteral("projects"),
                       QCoreApplication::translate("Vigie::Cli", "synthetic: number of projects."),
                       QCoreApplication::translate("Vigie::Cli", "count") });
    parser.addOption({ QStringLiteral("seed"),
                       QCoreApplication::translate("Vigie::Cli", "synthetic: seed of the generator (same seed, same portfolio)."),
                       QCoreApplication::translate("Vigie::Cli", "number") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    const QString sample = parser.positionalArguments().constFirst();
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err() << QCoreApplication::translate("Vigie::Cli", "Missing the output file: -o FILE.") << Qt::endl;
        return Usage;
    }

    QString error;
    bool cannotWrite = false;
    bool ok = false;
    QElapsedTimer timer;
    timer.start();
    if (sample == QuebecSample::name()) {
        if (parser.isSet(QStringLiteral("projects")) || parser.isSet(QStringLiteral("seed"))) {
            err() << QCoreApplication::translate("Vigie::Cli", "--projects and --seed apply to the synthetic sample only.")
                  << Qt::endl;
            return Usage;
        }
        ok = QuebecSample::write(output, &error, &cannotWrite);
    } else if (sample == SyntheticSample::name()) {
        SyntheticOptions options;
        bool valid = parser.isSet(QStringLiteral("projects"));
        if (!valid) {
            err() << QCoreApplication::translate("Vigie::Cli", "The synthetic sample needs --projects N.") << Qt::endl;
            return Usage;
        }
        options.projects = parser.value(QStringLiteral("projects")).toInt(&valid);
        if (!valid || options.projects < 1 || options.projects > SyntheticSample::maxProjects) {
            err() << QCoreApplication::translate("Vigie::Cli", "--projects must be a whole number from 1 to %1.")
                         .arg(SyntheticSample::maxProjects)
                  << Qt::endl;
            return Usage;
        }
        if (parser.isSet(QStringLiteral("seed"))) {
            options.seed = parser.value(QStringLiteral("seed")).toULongLong(&valid);
            if (!valid) {
                err() << QCoreApplication::translate("Vigie::Cli", "--seed must be a whole number.") << Qt::endl;
                return Usage;
            }
        }
        ok = SyntheticSample::write(output, options, &error, &cannotWrite);
        if (ok) {
            const QLocale locale = Language::locale(Language::current());
            err() << QCoreApplication::translate("Vigie::Cli", "Generated %1 projects in %2 s.")
                         .arg(locale.toString(options.projects), locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
                  << Qt::endl;
        }
    } else {
        err() << QCoreApplication::translate("Vigie::Cli", "Unknown sample \"%1\": use quebec-2016 or synthetic.").arg(sample)
              << Qt::endl;
        return Usage;
    }
    if (!ok) {
        err() << error << Qt::endl;
        return cannotWrite ? FileUnusable : Failure;
    }
    out() << QCoreApplication::translate("Vigie::Cli", "Created %1.").arg(output) << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
