#pragma once

#include "io/importreport.h"
#include "io/importrow.h"
#include "storage/portfoliofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace Vigie {

// What one kind of data does with the rows TableImporter reads: the rows are matched against what the
// portfolio holds, checked, planned and then written. The importer reads the CSV file once, hands each
// converted row to take() — which decides, against the file and the rows before it, what the row will
// create or change, and remembers only that — and, when nothing refuses the import, calls write() in
// one transaction. A dry run stops after take(): the report's counts are what write() would do.
class ImportTarget
{
public:
    virtual ~ImportTarget() = default;

    // Reads what rows are matched against (keys of existing rows and their current values), once.
    virtual bool load(QString *error) = 0;
    // The row's key (rows repeating a key are warned about and ignored), and how a message names it.
    virtual QString key(const ImportRow &row) const = 0;
    virtual QString describe(const ImportRow &row) const = 0;
    // The column the key starts in, for messages about repeated rows.
    virtual int keyField() const = 0;
    // Plans what the row does; adds its problems to the report (errors refuse the import) and counts
    // what it would create, update or leave unchanged.
    virtual void take(const ImportRow &row, const RowConverter &converter, ImportReport *report) = 0;
    // Writes the plan inside the caller's transaction, through PortfolioFile's journaled row edits.
    virtual bool write(QString *error) = 0;

    // The target for `kind` (not projects: ProjectImporter streams them in two passes).
    static std::unique_ptr<ImportTarget> create(ImportKind kind, PortfolioFile &file);
};

// Organizations named by other data (a measure's owner, a workforce record's organization): found by
// code or either name, ignoring case, or created on write with the text as code and names, as the
// project import does. Shared by the targets.
class OrganizationRefs
{
public:
    explicit OrganizationRefs(PortfolioFile &file)
        : m_file(file)
    {
    }
    bool load(QString *error);
    // The UUID of the portfolio's organization `text` names; "" when none (rows then name a new one by
    // its text, which is how they are told apart: see ImportTarget::key).
    QString find(const QString &text) const;
    // The organization's UUID ("" for an empty text); a new one is planned (and counted) when none
    // matches, named by the text, its code the text or, when too long for a code, newOrganizationCode.
    QString resolve(const QString &text, ImportReport *report);
    // Creates the planned organizations.
    bool write(QString *error);

private:
    struct Planned
    {
        QString uuid;
        QString code;
        QString text;
    };
    PortfolioFile &m_file;
    QHash<QString, QString> m_byKey;        // case-folded code and names → UUID, from the file
    QSet<QString> m_codes;                  // case-folded codes, from the file and planned
    QHash<QString, QString> m_plannedByKey; // case-folded text → UUID of an organization to create
    QList<Planned> m_planned;
};

// A row's change to an existing item: the fields whose stored value differs, in the form stored.
void addIfChanged(FieldValues *changes, Field field, const QVariant &stored, const QVariant &wanted);

} // namespace Vigie
