#include "cli.h"

#include "merge/differ.h"


namespace Vigie::Cli {

// vigie diff A.vigie B.vigie [--json]: what differs, item by item and field by field.
int runDiff(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("diff"));
    parser.setApplicationDescription(Text::tr("Compare two portfolios item by item and field by field (items are "
                                              "matched by their identity, so copies of one portfolio compare)."));
    parser.addPositionalArgument(QStringLiteral("a"), Text::tr("A .vigie file."), QStringLiteral("A.vigie"));
    parser.addPositionalArgument(QStringLiteral("b"), Text::tr("Another .vigie file."), QStringLiteral("B.vigie"));
    parser.addOption({ QStringLiteral("json"), Text::tr("Print JSON instead of text.") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 2, 2, &exit))
        return exit;
    auto a = openPortfolio(parser.positionalArguments().at(0), true);
    if (!a)
        return FileUnusable;
    auto b = openPortfolio(parser.positionalArguments().at(1), true);
    if (!b)
        return FileUnusable;
    DiffResult result;
    QString error;
    if (!Differ::compare(*a, *b, &result, &error)) {
        err() << error << Qt::endl;
        return FileUnusable;
    }
    out() << (parser.isSet(QStringLiteral("json")) ? result.toJson() : result.toText());
    return Ok;
}

} // namespace Vigie::Cli
