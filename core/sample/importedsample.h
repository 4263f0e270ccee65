#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Vigie {

// The bundled samples a user could have made: portfolio properties (portfolio.json) set with the same
// edit as `vigie edit --portfolio`, then organizations, measures (with their plan and key areas),
// projects (with the measures they serve), a workforce survey and envelopes imported from the CSV files
// under resources/samples/<name>/ (embedded under :/samples/<name>/) by the importers `vigie import`
// runs, with their default mappings. A sample that does not import cleanly is not written.
//
// - canada-2016: the Government of Canada IT Strategic Plan 2016–2020, its four strategic areas (Service
//   IT, Secure IT, Manage IT, Work IT), measures drawn from the plan's actions and projects serving them.
// - saskatchewan: the Information Technology Office's major projects (Common Computing Environment,
//   CJIMS, Data Centre Renewal, IT Risk Assessments, Network Infrastructure Renewal).
// The public sources give no figures for these; budgets, dates, percentages, workforce and envelopes are
// illustrative, and each sample's portfolio name says so.
class ImportedSample
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ImportedSample)
public:
    static QStringList names();
    static bool isSample(const QString &name) { return names().contains(name); }

    // Writes the sample `name` as a new portfolio at `path` (never overwriting a file).
    static bool write(const QString &name, const QString &path, QString *error, bool *cannotWrite = nullptr);
};

} // namespace Vigie
