#include "cli.h"

#include "i18n/language.h"
#include "io/exporter.h"
#include "storage/portfoliofile.h"

#include <QDir>
#include <QFileInfo>

namespace Vigie::Cli {

int runExport(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("export"));
    parser.setApplicationDescription(
        QCoreApplication::translate("Vigie::Cli", "Export projects, measures or workforce to CSV or XLSX."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Vigie::Cli", "A .vigie file."),
                                 QCoreApplication::translate("Vigie::Cli", "FILE"));
    const QString out = QCoreApplication::translate("Vigie::Cli", "out");
    parser.addOption({ QStringLiteral("projects"), QCoreApplication::translate("Vigie::Cli", "Export the projects to OUT (.csv or .xlsx)."), out });
    parser.addOption({ QStringLiteral("measures"), QCoreApplication::translate("Vigie::Cli", "Export the measures to OUT (.csv or .xlsx)."), out });
    parser.addOption({ QStringLiteral("workforce"), QCoreApplication::translate("Vigie::Cli", "Export the workforce to OUT (.csv or .xlsx)."), out });
    parser.addOption({ QStringLiteral("excel-fr"),
                       QCoreApplication::translate("Vigie::Cli", "CSV for a French Excel: \";\" between fields and "
                                                                 "decimal comma.") });
    parser.addOption({ QStringLiteral("both-languages"),
                       QCoreApplication::translate("Vigie::Cli", "Write names and words in English and French, "
                                                                 "in two columns each.") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;

    // Tables going to the same file end up as sheets of one workbook.
    QList<QPair<QString, QList<ExportTable>>> outputs;
    const struct { const char *option; ExportTable table; } options[] = {
        { "projects", ExportTable::Projects },
        { "measures", ExportTable::Measures },
        { "workforce", ExportTable::Workforce },
    };
    for (const auto &o : options) {
        const QString name = QString::fromLatin1(o.option);
        if (!parser.isSet(name))
            continue;
        const QString path = parser.value(name);
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
            err() << QCoreApplication::translate("Vigie::Cli", "%1: unknown format; name the file .csv or .xlsx.")
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
            return Usage;
        }
        const QString key = QFileInfo(path).absoluteFilePath();
        auto it = std::find_if(outputs.begin(), outputs.end(), [&](const auto &p) { return QFileInfo(p.first).absoluteFilePath() == key; });
        if (it == outputs.end()) {
            outputs.append({ path, { o.table } });
        } else if (suffix == QLatin1String("csv")) {
            err() << QCoreApplication::translate("Vigie::Cli", "%1: a CSV file holds one table; export each table to its own file.")
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
            return Usage;
        } else {
            it->second.append(o.table);
        }
    }
    if (outputs.isEmpty()) {
        err() << QCoreApplication::translate("Vigie::Cli", "Nothing to export: give --projects, --measures or --workforce.")
              << Qt::endl;
        return Usage;
    }
    auto file = openPortfolio(parser.positionalArguments().constFirst(), true);
    if (!file)
        return FileUnusable;
    Exporter::Options exportOptions;
    exportOptions.excelFrench = parser.isSet(QStringLiteral("excel-fr"));
    // --lang asks for a table for readers of that language (headers, names and words in it); without
    // it a CSV keeps the stable column names and stored values, which re-import as they are.
    if (parser.isSet(QStringLiteral("lang")))
        exportOptions.language = Language::current();
    exportOptions.bothLanguages = parser.isSet(QStringLiteral("both-languages"));
    for (const auto &o : std::as_const(outputs)) {
        QString error;
        if (!Exporter::exportTables(*file, o.second, o.first, exportOptions, &error)) {
            err() << error << Qt::endl;
            return FileUnusable; // the output cannot be written, or the portfolio read
        }
        Cli::out() << QCoreApplication::translate("Vigie::Cli", "Wrote %1.").arg(QDir::toNativeSeparators(o.first)) << Qt::endl;
    }
    return Ok;
}

} // namespace Vigie::Cli
