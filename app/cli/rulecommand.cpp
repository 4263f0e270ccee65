// `vigie rule`: prints the health rule in force, or chooses another one (Edits::setHealthRule: one
// undoable, journaled edit that recolours every project in the same transaction), as the desktop
// application's Portfolio → Health Rule… does.
#include "cli.h"

#include "analysis/rulepreview.h"
#include "i18n/language.h"
#include "storage/edits.h"

#include <cmath>

namespace Vigie::Cli {

namespace {

// One threshold of --custom (`name`: GREEN_MAX or RED_MIN), or the message saying why it is none.
std::optional<double> percentArgument(const QString &name, const QString &text, QString *error)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *error = Text::tr("--custom: %1 \"%2\" is not a number.").arg(name, text);
        return std::nullopt;
    }
    // The rule compares the size of a variance, |variance|, with the thresholds: below 0 none is green.
    if (v < 0.0) {
        *error = Text::tr("--custom: %1 is %2, and a threshold cannot be negative: a variance is compared by its "
                          "size, over or under, with percentages of 0 or more.")
                     .arg(name, text);
        return std::nullopt;
    }
    return v;
}

void printRule(const HealthRule &rule)
{
    out() << Text::tr("Health rule: %1").arg(rule.displayName()) << Qt::endl << rule.statement() << Qt::endl;
}

} // namespace

int runRule(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("rule"));
    parser.setApplicationDescription(Text::tr("Print the health rule in force, or choose another one: every project's "
                                              "computed colours follow at once (one edit, undoable)."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    parser.addPositionalArgument(QStringLiteral("thresholds"),
                                 Text::tr("With --custom: green up to GREEN_MAX %, red from RED_MIN %."),
                                 Text::tr("[GREEN_MAX RED_MIN]"));
    parser.addOption({ QStringLiteral("preset"), Text::tr("A preset: variance-10-30 or three-code."), Text::tr("name") });
    parser.addOption({ QStringLiteral("custom"),
                       Text::tr("Custom variance thresholds, given after the file: GREEN_MAX RED_MIN (percent).") });
    parser.addOption({ QStringLiteral("dry-run"), Text::tr("Say how many projects would change colour; change nothing.") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 3, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    const bool custom = parser.isSet(QStringLiteral("custom"));
    const bool preset = parser.isSet(QStringLiteral("preset"));
    if (custom && preset) {
        err() << Text::tr("Give either --preset or --custom, not both.") << Qt::endl;
        return Usage;
    }
    // `vigie rule --custom 5 20 FILE` would read 5 as the file and FILE as RED_MIN: say where they go.
    const auto isNumber = [](const QString &text) {
        bool ok = false;
        text.trimmed().toDouble(&ok);
        return ok;
    };
    if (positional.size() != (custom ? 3 : 1)
        || (custom && isNumber(positional.at(0)) && !isNumber(positional.at(2)))) {
        err() << (custom ? Text::tr("--custom takes two percentages after the file: vigie rule FILE --custom GREEN_MAX RED_MIN.")
                         : Text::tr("Too many arguments: only --custom takes thresholds."))
              << Qt::endl;
        return Usage;
    }
    std::optional<HealthRule> wanted;
    if (preset) {
        const QString name = parser.value(QStringLiteral("preset")).trimmed().toLower();
        if (name == QLatin1String("variance-10-30"))
            wanted = HealthRule::variance1030();
        else if (name == QLatin1String("three-code"))
            wanted = HealthRule::threeCode();
        else {
            err() << Text::tr("--preset: \"%1\" is not one of variance-10-30, three-code.")
                         .arg(parser.value(QStringLiteral("preset")))
                  << Qt::endl;
            return Usage;
        }
    } else if (custom) {
        QString error;
        const std::optional<double> green = percentArgument(Text::tr("GREEN_MAX"), positional.at(1), &error);
        const std::optional<double> red = green ? percentArgument(Text::tr("RED_MIN"), positional.at(2), &error)
                                                : std::nullopt;
        if (!green || !red) {
            err() << error << Qt::endl;
            return Usage;
        }
        if (*red < *green) {
            err() << Text::tr("--custom: \"%1 %2\" are not two percentages with GREEN_MAX ≤ RED_MIN (e.g. 5 20).")
                         .arg(positional.at(1), positional.at(2))
                  << Qt::endl;
            return Usage;
        }
        wanted = HealthRule::custom(*green, *red);
    }

    const QString path = positional.constFirst();
    if (!wanted || parser.isSet(QStringLiteral("dry-run"))) {
        auto file = openPortfolio(path, true);
        if (!file)
            return FileUnusable;
        if (!wanted) {
            printRule(file->healthRule());
            return Ok;
        }
        RulePreview preview;
        QString error;
        if (!RulePreviewer::compute(*file, *wanted, &preview, &error)) {
            err() << Text::tr("%1: cannot be read (%2).").arg(file->path(), error) << Qt::endl;
            return FileUnusable;
        }
        printRule(*wanted);
        out() << RulePreviewer::describe(preview) << Qt::endl;
        return Ok;
    }

    WritablePortfolio file = openForWriting(path);
    if (!file)
        return FileUnusable;
    RulePreview preview;
    QString error;
    if (!RulePreviewer::compute(*file, *wanted, &preview, &error)) {
        err() << Text::tr("%1: cannot be read (%2).").arg(file->path(), error) << Qt::endl;
        return FileUnusable;
    }
    //: Undo text of `vigie rule`
    const EditResult r = Edits::setHealthRule(*file, *wanted, Language::inBoth([] { return Text::tr("Set Health Rule"); }));
    if (!r.ok) {
        err() << r.error << Qt::endl;
        return FileUnusable;
    }
    printRule(file->healthRule());
    if (!r.changed)
        out() << Text::tr("The rule was already in force; nothing changed.") << Qt::endl;
    else
        out() << Text::tr("%n active project(s) changed computed colour, %1 of them as shown on the dashboards.",
                          nullptr, preview.activeComputedChanged)
                     .arg(preview.activeEffectiveChanged)
              << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
