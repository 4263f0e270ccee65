#pragma once

#include <QStringList>

// Entry points of the CLI commands, one file each. `arguments` is argv without the command name.
namespace Vigie::Cli {

int runNew(const QStringList &arguments);
int runSummary(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runChart(const QStringList &arguments);
int runSample(const QStringList &arguments);
int runBriefing(const QStringList &arguments);
int runEdit(const QStringList &arguments);
int runFreeze(const QStringList &arguments);

} // namespace Vigie::Cli

// Commands added by later modules register here (name, needs a GUI, entry point, description).
#define VIGIE_EXTRA_COMMANDS \
    { "import", false, &runImport, QT_TRANSLATE_NOOP("Vigie::Cli", "Import projects, organizations, measures, workforce or envelopes from CSV.") }, \
    { "export", false, &runExport, QT_TRANSLATE_NOOP("Vigie::Cli", "Export projects, measures or workforce to CSV or XLSX.") }, \
    { "chart", true, &runChart, QT_TRANSLATE_NOOP("Vigie::Cli", "Render a chart to a PNG, SVG or PDF file.") }, \
    { "sample", false, &runSample, QT_TRANSLATE_NOOP("Vigie::Cli", "Write a bundled sample portfolio (quebec-2016, canada-2016, saskatchewan, synthetic).") }, \
    { "briefing", true, &runBriefing, QT_TRANSLATE_NOOP("Vigie::Cli", "Write the council briefing as PDF, ODT or HTML.") }, \
    { "edit", false, &runEdit, QT_TRANSLATE_NOOP("Vigie::Cli", "Change a measure, a project or the portfolio's properties.") }, \
    { "freeze", false, &runFreeze, QT_TRANSLATE_NOOP("Vigie::Cli", "Freeze the current values as a reporting period.") },

