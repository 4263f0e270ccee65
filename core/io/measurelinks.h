#pragma once

#include "storage/bulkwrite.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Vigie {

class PortfolioFile;

// How the projects import's `measures` column names a measure: "9", its number, when one plan has a
// measure 9; or "QC-2015:9", its plan's code and its number, for a number several plans have. The plan's
// code is matched as written, else ignoring case when only one plan's code is the same so (the import
// report then says which code it took); a reference naming no measure, or several, gets a message that
// names the plans and measures there are.
class MeasureReferences
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MeasureLinkWriter)
public:
    struct Found
    {
        qint64 measureId = 0; // 0 when the reference names no one measure
        QString problem;      // why not
        QString note;         // found, with a plan code whose case differs from the reference's
    };

    explicit MeasureReferences(const PortfolioFile &file);
    Found find(const QString &reference) const;

private:
    struct Numbered
    {
        qint64 id = 0;
        int plan = 0; // index in m_plans
    };
    QString syntaxProblem(const QString &reference) const;
    QStringList m_plans;                    // plan codes, in the order of their rows
    QHash<int, QList<Numbered>> m_byNumber; // measure number → the measures that have it
};

// The links between projects and the measures they serve, as the projects import writes them from its
// `measures` column ("9; 12"): the column lists all of a project's measures, so a re-import makes the
// links exactly that list (adds what is missing, removes what is no longer listed) and a file that says
// the same changes nothing. The importer finds the measures (MeasureReferences) and refuses references
// that name none. Writes go into the caller's transaction and its journal changeset.
class MeasureLinkWriter
{
public:
    explicit MeasureLinkWriter(PortfolioFile &file);

    bool prepare(BulkWrite &bulk, QString *error);
    // Makes `projectId`'s links the measures `measureIds` (in that order); `changed` tells whether
    // anything was written.
    bool sync(qint64 projectId, const QList<qint64> &measureIds, bool *changed, QString *error);

    int created = 0;
    int removed = 0;

private:
    struct Link
    {
        qint64 id = 0;
        QString uuid;
        qint64 measureId = 0;
    };
    PortfolioFile &m_file;
    QHash<qint64, QList<Link>> m_links;     // project id → its links
    BulkWrite *m_bulk = nullptr;
    BatchInsert m_insert;
    SqlStatement m_delete;
};

} // namespace Vigie
