#pragma once

#include "io/importrow.h"
#include "io/measurelinks.h"
#include "model/codematch.h"
#include "rules/healthrule.h"
#include "storage/bulkwrite.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace Vigie {

class PortfolioFile;

// Writes converted rows into the portfolio, inside the caller's transaction: creates projects and
// organizations, updates projects matched by code (only the mapped fields, journaling each change),
// keeps baselines and the project's budget columns in step. Organizations are loaded once into hash
// tables; a project a row names, and its baselines, are looked up by code when the row comes (the
// code's index), so a small import into a large portfolio reads only what it touches. Every statement
// is prepared once. Journal rows go through the file's one JournalWriter, into the
// import's changeset, so that undoing the import removes what it created and restores what it changed. Projects created here are not remembered: the importer
// keeps only the first row of each code, so a created project never comes back in the same import.
class ProjectWriter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectWriter)
public:
    // `bulk`: the write's scope (storage/bulkwrite.h); null for a writer that only classifies (a dry run).
    ProjectWriter(PortfolioFile &file, const ImportIndexes &indexes, BulkWrite *bulk);

    bool prepare(QString *error);
    bool write(const ImportRow &row, QString *error);
    // What write() would do with `row`, without writing (a dry run): counts it as created, updated or
    // unchanged, and the organizations it would create, exactly as write() would.
    void classify(const ImportRow &row);
    // Whether a project of the portfolio has this code (one a row updates rather than creates).
    bool has(const QString &code) const { return find(code) != nullptr; }
    // The project of the portfolio a row's code names, as written or else ignoring case (CodeMatch);
    // not the projects this import creates. `folded`: the code case-folded, when the caller has it.
    CodeMatch match(const QString &code, const QString &folded = QString()) const;

    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int organizationsCreated = 0;
    int touched = 0; // existing projects stamped as touched (PortfolioFile::touch), changed or not
    // Existing projects whose data or baselines the import changed: their computed indicators are
    // recomputed at the end (PortfolioFile::recomputeProjects).
    QList<qint64> recompute;
    // Why a project could not be looked up, if it could not (a dry run reports it at the end).
    const QString &lookupError() const { return m_lookupError; }
    int linksCreated() const { return m_links.created; }
    int linksRemoved() const { return m_links.removed; }

private:
    struct Existing
    {
        qint64 id = 0;
        QString uuid;
        std::array<QVariant, kImportFieldCount> stored;
        QVariant touched;
    };
    struct Baselines
    {
        int count = 0;
        qint64 firstId = 0, lastId = 0;
        int lastSequence = 0;
        QString firstUuid, lastUuid;
    };

    bool mapped(ImportField f) const { return m_mapped[size_t(f)]; }
    // The project of the portfolio (as it was before the import) with this code as written, or null; the
    // last one found is kept, and changed as the import changes it. A failure is kept in m_lookupError.
    Existing *find(const QString &code) const;
    bool baselinesOf(qint64 projectId, Baselines *baselines, QString *error);
    // The value a row stores in a field: its own, or what an empty cell means (the organization's id is
    // the caller's). A reference to the row's value, to `organizationId` or to a constant: not a copy.
    const QVariant &stored(const ImportRow &row, ImportField f, const QVariant &organizationId = none()) const;
    // A null value that outlives any call (no organization, a field not written).
    static const QVariant &none()
    {
        static const QVariant value;
        return value;
    }
    bool organization(const QString &name, QVariant *id, QString *error);
    bool insertProject(const ImportRow &row, const QVariant &organizationId, QString *error);
    bool touchProject(const Existing &existing, QString *error);
    bool updateProject(const ImportRow &row, const Existing &existing, const QVariant &organizationId,
                       QString *error);
    bool insertBaseline(qint64 projectId, int sequence, double budget, const ImportRow &row,
                        const QVariant &plannedEnd, QString *error);
    // Sets the baseline's budget (unless null), its start and planned end from the row (`withDates`), or
    // the planned end given.
    bool updateBaseline(qint64 id, const QString &uuid, const QVariant &budget, const ImportRow &row,
                        bool withDates, QString *error, const std::optional<QVariant> &plannedEnd = std::nullopt);
    // The row's original planned end differs from its planned end: the plan was re-authorized.
    bool endsDiffer(const ImportRow &row) const;
    // The row as it updates `existing`: empty cells that mean "as it is" filled from it.
    ImportRow kept(const ImportRow &row, const Existing &existing) const;
    bool fail(const QSqlQuery &q, QString *error);
    bool syncLinks(const ImportRow &row, qint64 projectId, bool *changed, QString *error);

    PortfolioFile &m_file;
    bool m_limitedCopy = false; // a ministry's copy: projects of other organizations are not touched
    std::array<bool, kImportFieldCount> m_mapped {};
    bool m_baselineMapped = false;
    QString m_importedNote;
    HealthRule m_rule = HealthRule::variance1030();
    qint64 m_lastExistingId = 0; // the largest id of a project before the import (0: none)
    mutable QSqlQuery m_findProject, m_findBaselines;
    mutable QString m_foundCode;
    mutable std::optional<Existing> m_found;
    mutable bool m_foundValid = false;
    mutable QString m_lookupError;
    // The hash of each of the portfolio's codes case-folded (foldedHash), with its project's id, sorted;
    // built when a row's code is first not found as written (a re-import of the portfolio's own codes
    // never pays for it).
    mutable std::vector<std::pair<size_t, qint64>> m_foldedHashes; // sorted
    mutable bool m_foldedBuilt = false;
    mutable QSqlQuery m_codeOf;
    static size_t foldedHash(QByteArrayView utf8);
    QHash<QString, qint64> m_organizations; // case-folded code and names → id
    QHash<QString, qint64> m_organizationsAsWritten; // a row's organization, as written → id (found before)
    QSet<QString> m_organizationCodes;      // case-folded codes, for the codes of those created
    // Run once or more per row: prepared once on the raw connection (see SqlStatement); on a server the
    // inserts send a few hundred rows to a statement (BatchInsert) and the updates are checked for the
    // server's refusals (BulkWrite::execRow).
    BulkWrite *m_bulk = nullptr;
    BatchInsert m_insertProject, m_insertBaseline, m_insertOrganization;
    SqlStatement m_updateProject, m_updateBaseline, m_touchProject;
    QSqlQuery m_selectBaseline; // old values of a baseline an update changes, for the journal
    QList<ImportField> m_insertFields; // project columns bound by m_insertProject, after uuid, code
    std::array<bool, kImportFieldCount> m_inserted {}; // the same, by field
    QList<ImportField> m_updateFields;
    MeasureLinkWriter m_links; // the `measures` column, when mapped
};

} // namespace Vigie
