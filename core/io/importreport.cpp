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
    //: A problem in an imported file: "projects.csv:12:3: budget: "abc" is not a number" (file:line:column)
    return ImportReport::tr("%1: %2").arg(where, message);
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
    const QString same = locale.toString(unchanged);
    const bool notWritten = dryRun || refused() || cancelled;
    switch (kind) {
    case ImportKind::Projects:
        lines << (notWritten ? tr("Projects that would be created: %1, updated: %2, unchanged: %3")
                             : tr("Projects created: %1, updated: %2, unchanged: %3")).arg(created, updated, same);
        break;
    case ImportKind::Organizations:
        lines << (notWritten ? tr("Organizations that would be created: %1, updated: %2, unchanged: %3")
                             : tr("Organizations created: %1, updated: %2, unchanged: %3")).arg(created, updated, same);
        break;
    case ImportKind::Measures:
        lines << (notWritten ? tr("Measures that would be created: %1, updated: %2, unchanged: %3")
                             : tr("Measures created: %1, updated: %2, unchanged: %3")).arg(created, updated, same);
        break;
    case ImportKind::Workforce:
        lines << (notWritten ? tr("Workforce records that would be created: %1, updated: %2, unchanged: %3")
                             : tr("Workforce records created: %1, updated: %2, unchanged: %3")).arg(created, updated, same);
        break;
    case ImportKind::Envelopes:
        lines << (notWritten ? tr("Envelopes that would be created: %1, updated: %2, unchanged: %3")
                             : tr("Envelopes created: %1, updated: %2, unchanged: %3")).arg(created, updated, same);
        break;
    }
    // Every count says "would be" when nothing was written (a dry run, a refused or cancelled import).
    if (repeated > 0) {
        const QString text = kind == ImportKind::Projects
            ? (notWritten ? tr("Rows repeating an earlier project code (would be kept once): %1")
                          : tr("Rows repeating an earlier project code (kept once): %1"))
            : (notWritten ? tr("Rows repeating an earlier row's key (would be kept once): %1")
                          : tr("Rows repeating an earlier row's key (kept once): %1"));
        lines << text.arg(locale.toString(repeated));
    }
    if (skipped > 0)
        lines << (notWritten ? tr("Rows that would be skipped: %1") : tr("Rows skipped: %1")).arg(locale.toString(skipped));
    if (organizationsCreated > 0)
        lines << (notWritten ? tr("Organizations that would be created: %1") : tr("Organizations created: %1"))
                     .arg(locale.toString(organizationsCreated));
    if (plansCreated > 0)
        lines << (notWritten ? tr("Plans that would be created: %1") : tr("Plans created: %1")).arg(locale.toString(plansCreated));
    if (areasCreated > 0 || areasUpdated > 0)
        lines << (notWritten ? tr("Key areas that would be created: %1, retitled: %2") : tr("Key areas created: %1, retitled: %2"))
                     .arg(locale.toString(areasCreated), locale.toString(areasUpdated));
    if (specialtiesCreated > 0)
        lines << (notWritten ? tr("Specialties that would be created: %1") : tr("Specialties created: %1"))
                     .arg(locale.toString(specialtiesCreated));
    if (linksCreated > 0 || linksRemoved > 0)
        lines << (notWritten ? tr("Links to measures that would be made: %1, removed: %2")
                             : tr("Links to measures made: %1, removed: %2"))
                     .arg(locale.toString(linksCreated), locale.toString(linksRemoved));
    lines << tr("Warnings: %1").arg(locale.toString(int(warnings.size())));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Vigie
