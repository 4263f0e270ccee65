#pragma once

// Internal to the import targets (importtarget.cpp, measureimport.cpp, recordimport.cpp).
#include "io/importtarget.h"

#include <QCoreApplication>

namespace Vigie {

// Rows an import will create or change, in the order planned. References to rows created by the same
// import are their (already chosen) UUIDs, resolved to row keys when written.
struct PlannedRows
{
    struct Planned
    {
        QString uuid;
        bool create = false;
        FieldValues values;
    };
    QList<Planned> rows;

    void add(const QString &uuid, bool create, const FieldValues &values) { rows.append({ uuid, create, values }); }
    // Structural rows go through StructureEdits (the checks of the desktop application's edits); workforce
    // records and envelopes straight through PortfolioFile's journaled row edits.
    bool write(PortfolioFile &file, Entity entity, QString *error) const;
    static bool resolveReferences(const PortfolioFile &file, Entity entity, FieldValues *values, QString *error);
};

// The translation context of the targets' messages, and their factories.
class TableTargets
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::TableImporter)
public:
    static std::unique_ptr<ImportTarget> measures(PortfolioFile &file);
    static std::unique_ptr<ImportTarget> workforce(PortfolioFile &file);
    static std::unique_ptr<ImportTarget> envelopes(PortfolioFile &file);
};

} // namespace Vigie
