#include "measurelinks.h"

#include "storage/journal.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace Vigie {

MeasureLinkWriter::MeasureLinkWriter(PortfolioFile &file)
    : m_file(file)
{
}

QHash<int, int> MeasureLinkWriter::measureNumbers(const PortfolioFile &file)
{
    QHash<int, int> numbers;
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    if (q.exec(QStringLiteral("SELECT number, COUNT(*) FROM measure GROUP BY number"))) {
        while (q.next())
            numbers.insert(q.value(0).toInt(), q.value(1).toInt());
    }
    return numbers;
}

QString MeasureLinkWriter::problem(const QHash<int, int> &numbers, int number)
{
    const int count = numbers.value(number);
    if (count == 1)
        return QString();
    if (count == 0)
        return tr("there is no measure %1 in the portfolio").arg(number);
    return tr("measure %1 exists in %2 plans; link the project to it in Vigie").arg(number).arg(count);
}

bool MeasureLinkWriter::prepare(BulkWrite &bulk, QString *error)
{
    m_bulk = &bulk;
    QSqlDatabase db = sqlDatabase(m_file);
    QSqlQuery q(db);
    readForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT number, MIN(id), COUNT(*) FROM measure GROUP BY number")))
        return setError(error, sqlErrorText(q.lastError()));
    while (q.next()) {
        if (q.value(2).toInt() == 1)
            m_measures.insert(q.value(0).toInt(), q.value(1).toLongLong());
    }
    if (!q.exec(QStringLiteral("SELECT id, uuid, project_id, measure_id FROM project_measure ORDER BY id")))
        return setError(error, sqlErrorText(q.lastError()));
    while (q.next())
        m_links[q.value(2).toLongLong()].append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toLongLong() });
    return m_insert.prepare(bulk, Entity::ProjectMeasure,
                            { QStringLiteral("uuid"), QStringLiteral("project_id"), QStringLiteral("measure_id") }, error)
        && m_delete.prepare(db, QStringLiteral("DELETE FROM project_measure WHERE id = ?"), error);
}

bool MeasureLinkWriter::sync(qint64 projectId, const QList<int> &numbers, bool *changed, QString *error)
{
    *changed = false;
    QSet<qint64> wanted;
    for (int n : numbers) {
        if (const qint64 id = m_measures.value(n))
            wanted.insert(id);
    }
    QList<Link> &links = m_links[projectId];
    JournalWriter &journal = m_file.journal();
    for (int i = int(links.size()) - 1; i >= 0; --i) {
        const Link link = links.at(i);
        if (wanted.remove(link.measureId))
            continue; // kept
        m_delete.bind(1, link.id);
        const QVariantMap row { { QStringLiteral("id"), link.id }, { QStringLiteral("uuid"), link.uuid },
                                { QStringLiteral("project_id"), projectId }, { QStringLiteral("measure_id"), link.measureId } };
        if (!m_bulk->execRow(m_delete, Entity::ProjectMeasure, error) || !journal.deleted(Entity::ProjectMeasure, link.uuid, row, error))
            return false;
        links.removeAt(i);
        ++removed;
        *changed = true;
    }
    for (int n : numbers) { // in the order the file lists them
        const qint64 measure = m_measures.value(n);
        if (!wanted.contains(measure))
            continue;
        wanted.remove(measure);
        const QString uuid = PortfolioFile::newUuid();
        m_insert.bind(1, uuid);
        m_insert.bind(2, projectId);
        m_insert.bind(3, measure);
        if (!m_insert.exec(error) || !journal.created(Entity::ProjectMeasure, uuid, error))
            return false;
        links.append({ m_insert.lastInsertId(), uuid, measure });
        ++created;
        *changed = true;
    }
    return true;
}

} // namespace Vigie
