#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

// The one table of `vigie`'s commands. A new command is one line here and one file defining its entry
// point (`int runXxx(const QStringList &arguments)`, in app/cli/ when it draws nothing, in app/desktop/
// when it renders charts or documents).
//
// Core: the command draws nothing and runs inside `vigie` itself, which loads Qt Core and Qt Sql only.
// Drawing: the command renders with Qt Gui (charts, documents); `vigie` hands the whole command line
// to vigie-desktop, which loads what it draws.
//
// Columns: name, where it runs, entry point, description (translated in the "Vigie::Cli" context).
#define VIGIE_COMMANDS(COMMAND) \
    COMMAND("new", Core, runNew, QT_TRANSLATE_NOOP("Vigie::Cli", "Create an empty portfolio file.")) \
    COMMAND("summary", Core, runSummary, QT_TRANSLATE_NOOP("Vigie::Cli", "Print the portfolio at a glance.")) \
    COMMAND("import", Core, runImport, \
            QT_TRANSLATE_NOOP("Vigie::Cli", "Import projects, organizations, measures, workforce or envelopes from CSV.")) \
    COMMAND("export", Core, runExport, \
            QT_TRANSLATE_NOOP("Vigie::Cli", "Export projects, measures or workforce to CSV or XLSX.")) \
    COMMAND("chart", Drawing, runChart, QT_TRANSLATE_NOOP("Vigie::Cli", "Render a chart to a PNG, SVG or PDF file.")) \
    COMMAND("sample", Core, runSample, \
            QT_TRANSLATE_NOOP("Vigie::Cli", \
                              "Write a bundled sample portfolio (quebec-2016, canada-2016, saskatchewan, synthetic).")) \
    COMMAND("briefing", Drawing, runBriefing, \
            QT_TRANSLATE_NOOP("Vigie::Cli", "Write the council briefing as PDF, ODT or HTML.")) \
    COMMAND("check", Core, runCheck, \
            QT_TRANSLATE_NOOP("Vigie::Cli", "Check a portfolio file for damage; save a copy of what can be read.")) \
    COMMAND("extract", Core, runExtract, QT_TRANSLATE_NOOP("Vigie::Cli", "Write a copy to send to an organization.")) \
    COMMAND("merge", Core, runMerge, \
            QT_TRANSLATE_NOOP("Vigie::Cli", "Merge copies sent to organizations back into the portfolio.")) \
    COMMAND("diff", Core, runDiff, \
            QT_TRANSLATE_NOOP("Vigie::Cli", "Compare two portfolios item by item and field by field.")) \
    COMMAND("edit", Core, runEdit, QT_TRANSLATE_NOOP("Vigie::Cli", "Change a measure, a project or the portfolio's properties.")) \
    COMMAND("freeze", Core, runFreeze, QT_TRANSLATE_NOOP("Vigie::Cli", "Freeze the current values as a reporting period.")) \
    COMMAND("rule", Core, runRule, QT_TRANSLATE_NOOP("Vigie::Cli", "Print or choose the health rule that colours the projects.")) \
    COMMAND("movers", Core, runMovers, QT_TRANSLATE_NOOP("Vigie::Cli", "List the projects that changed colour between periods.")) \
    COMMAND("publish", Core, runPublish, QT_TRANSLATE_NOOP("Vigie::Cli", "Put a portfolio on a PostgreSQL server.")) \
    COMMAND("server", Core, runServer, \
            QT_TRANSLATE_NOOP("Vigie::Cli", "Say who may change what in a portfolio on a PostgreSQL server, or upgrade its format."))

namespace Vigie::Cli {

// `arguments` is the command line without the command's name: {program, options and arguments...}.
using Entry = int (*)(const QStringList &arguments);

#define VIGIE_DECLARE_COMMAND(name, where, entry, description) int entry(const QStringList &arguments);
VIGIE_COMMANDS(VIGIE_DECLARE_COMMAND)
#undef VIGIE_DECLARE_COMMAND

enum class Runs { Core, Drawing };

struct Command
{
    const char *name;
    Runs runs;
    Entry entry; // null where this executable does not have it (drawing commands in `vigie`)
    const char *description;
};

// The table as this executable has it: `vigie` sees the drawing commands without entry points;
// vigie-desktop passes its own table (app/desktop/main.cpp) with every entry point.
const QList<Command> &commands();
const Command *findCommand(QStringView name, const QList<Command> &table = commands());

// The command closest to a mistyped name ("sumary" → "summary"), or null when none is close.
const Command *closestCommand(QStringView name);

} // namespace Vigie::Cli
