#pragma once

#include "model/entities.h"
#include "storage/entity.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Vigie {

class PortfolioFile;

// What a copy limited to one organization lets its holder change: that organization's own measures (and
// their status history), projects (with their baselines, decisions and links to measures), workforce
// records and envelopes. Everything else (other organizations' items, the plan, the organizations, the
// portfolio's settings, reporting periods, briefings) is read-only in such a copy.
//
// PortfolioFile checks every transaction's journal rows here before it commits, whoever wrote them (an
// edit, an import, an undo), so the desktop application and the command line obey the same rule and a
// refused transaction leaves the file as it was. Merges use owner() to ignore what a limited copy
// changed outside its organization (a copy is untrusted input: it may have been edited by other means).
class CopyScope
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::CopyScope)
public:
    // The organization code a file's edits are limited to; empty when the file is not a limited copy.
    static QString organizationOf(const PortfolioFile &file);

    // The organization (row key) that owns a row, read from the file; nullopt when the row belongs to no
    // organization (the plan, the portfolio, …) and so is never editable in a limited copy, or is gone.
    static std::optional<RowId> owner(const PortfolioFile &file, Entity entity, const QString &uuid);
    // The same for a row as stored (a deleted row's snapshot). `deleted`: rows deleted with it, by
    // "table:id", whose owners it shares.
    static std::optional<RowId> owner(const PortfolioFile &file, Entity entity, const QVariantMap &row,
                                      const QHash<QString, QVariantMap> &deleted = {});
    // The column of an entity that names its owning organization directly ("" when it has none).
    static QString ownerColumn(Entity entity);

    // Why the row is read-only in this file, a copy limited to another organization ("This copy is
    // limited to the organization MTESS: the project AMF-1 belongs to another organization…"), so a view
    // shows it so before anyone types; empty when the row may be changed here (or the file is no
    // limited copy).
    static QString readOnlyReason(const PortfolioFile &file, Entity entity, const QString &uuid);

    // Checks the journal rows of `changeset` (the open transaction's) against the file's scope. `origin`
    // is the changeset's origin: "extract" may write the copy's own origin row.
    static bool allows(const PortfolioFile &file, qint64 changeset, const QString &origin, QString *error);
};

} // namespace Vigie
