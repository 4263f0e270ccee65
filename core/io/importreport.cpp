#include "importreport.h"

#include <QDir>

namespace Vigie {

QString ImportProblem::toString() const
{
    QString where = QDir::toNativeSeparators(file);
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (column > 0)
        where += QStringLiteral(":%1").arg(column);
    return QStringLiteral("%1: %2").arg(where, message);
}

QString ImportReport::summaryText(const QLocale &locale) const
{
    QStringList lines;
    if (!fatal.isEmpty())
        lines << tr("Import refused: %1").arg(fatal);
    else if (!errors.isEmpty())
        lines << tr("Import refused: %n problem(s) found; the portfolio is unchanged.", nullptr, int(errors.size()));
    else if (cancelled)
        lines << tr("Import cancelled; the portfolio is unchanged.");
    else if (dryRun)
        lines << tr("Dry run: nothing was written.");
    lines << tr("Rows read: %1").arg(locale.toString(rowsRead));
    const QString created = locale.toString(this->created);
    const QString updated = locale.toString(this->updated);
    if (dryRun || refused() || cancelled)
        lines << tr("Projects that would be created: %1, updated: %2, unchanged: %3")
                     .arg(created, updated, locale.toString(unchanged));
    else
        lines << tr("Projects created: %1, updated: %2, unchanged: %3").arg(created, updated, locale.toString(unchanged));
    if (repeated > 0)
        lines << tr("Rows repeating an earlier project code (kept once): %1").arg(locale.toString(repeated));
    if (skipped > 0)
        lines << tr("Rows skipped: %1").arg(locale.toString(skipped));
    if (organizationsCreated > 0)
        lines << tr("Organizations created: %1").arg(locale.toString(organizationsCreated));
    lines << tr("Warnings: %1").arg(locale.toString(int(warnings.size())));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Vigie
