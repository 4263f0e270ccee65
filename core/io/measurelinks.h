#pragma once

#include "storage/bulkwrite.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace Vigie {

class PortfolioFile;

// The links between projects and the measures they serve, as the projects import writes them from its
// `measures` column ("9; 12"): the column lists all of a project's measures, so a re-import makes the
// links exactly that list (adds what is missing, removes what is no longer listed) and a file that says
// the same changes nothing. Measures are named by number; a number two plans share is ambiguous and
// refused by the importer's check. Writes go into the caller's transaction and its journal changeset.
class MeasureLinkWriter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MeasureLinkWriter)
public:
    explicit MeasureLinkWriter(PortfolioFile &file);

    // How many measures carry each number (0: none, 2 or more: ambiguous), for the importer's check.
    static QHash<int, int> measureNumbers(const PortfolioFile &file);
    // The message for a number that does not name exactly one measure, or "" when it does.
    static QString problem(const QHash<int, int> &numbers, int number);

    bool prepare(BulkWrite &bulk, QString *error);
    // Makes `projectId`'s links the measures `numbers` name (unknown numbers are left out); `changed` tells
    // whether anything was written.
    bool sync(qint64 projectId, const QList<int> &numbers, bool *changed, QString *error);

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
    QHash<int, qint64> m_measures;         // number → measure id (unambiguous numbers only)
    QHash<qint64, QList<Link>> m_links;     // project id → its links
    BulkWrite *m_bulk = nullptr;
    BatchInsert m_insert;
    SqlStatement m_delete;
};

} // namespace Vigie
