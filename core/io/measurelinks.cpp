#include "measurelinks.h"

#include "storage/journal.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

#include <algorithm>

namespace Vigie {

MeasureReferences::MeasureReferences(const PortfolioFile &file)
{
    QSqlQuery q(sqlDatabase(file));
    readForwardOnly(q);
    QHash<qint64, int> planIndex;
    if (q.exec(QStringLiteral("SELECT id, code FROM plan ORDER BY id"))) {
        while (q.next()) {
            planIndex.insert(q.value(0).toLongLong(), int(m_plans.size()));
            m_plans << q.value(1).toString();
        }
    }
    if (q.exec(QStringLiteral("SELECT m.id, m.number, a.plan_id FROM measure m JOIN key_area a ON a.id = m.key_area_id "
                              "ORDER BY a.plan_id, m.number"))) {
        while (q.next())
            m_byNumber[q.value(1).toInt()].append({ q.value(0).toLongLong(), planIndex.value(q.value(2).toLongLong()) });
    }
}

QString MeasureReferences::syntaxProblem(const QString &reference) const
{
    // The forms, with a measure and a plan of this portfolio where it has them.
    int number = 9;
    QString plan = tr("PLAN");
    if (!m_byNumber.isEmpty()) {
        number = m_byNumber.keys().constFirst();
        for (auto it = m_byNumber.constBegin(); it != m_byNumber.constEnd(); ++it)
            number = std::min(number, it.key());
        plan = m_plans.value(m_byNumber.value(number).constFirst().plan, plan);
    } else if (!m_plans.isEmpty()) {
        plan = m_plans.constFirst();
    }
    return tr("\"%1\" names no measure: write a measure's number, as %2, or its plan's code and its number, as %3:%2")
        .arg(reference)
        .arg(number)
        .arg(plan);
}

MeasureReferences::Found MeasureReferences::find(const QString &reference) const
{
    const QString text = reference.trimmed();
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    const QString planText = colon >= 0 ? text.left(colon).trimmed() : QString();
    bool isNumber = false;
    const int number = (colon >= 0 ? text.mid(colon + 1).trimmed() : text).toInt(&isNumber);
    if (!isNumber || number < 1 || (colon >= 0 && planText.isEmpty()))
        return { 0, syntaxProblem(text), {} };
    const QList<Numbered> numbered = m_byNumber.value(number);
    const auto codesOf = [this](const QList<int> &plans) {
        QStringList codes;
        for (int p : plans)
            codes << m_plans.at(p);
        return codes.join(QStringLiteral(", "));
    };
    if (colon < 0) {
        if (numbered.size() == 1)
            return { numbered.constFirst().id, {}, {} };
        if (numbered.isEmpty())
            return { 0, tr("there is no measure %1 in the portfolio").arg(number), {} };
        QList<int> plans;
        for (const Numbered &m : numbered)
            plans << m.plan;
        return { 0,
                 tr("measure %1 exists in plans %2: write its plan's code before it, as %3:%1")
                     .arg(number)
                     .arg(codesOf(plans), m_plans.at(plans.constFirst())),
                 {} };
    }
    // The plan: its code as written, else the only one that is the same ignoring case.
    int plan = int(m_plans.indexOf(planText));
    QString note;
    if (plan < 0) {
        QList<int> same;
        for (int p = 0; p < m_plans.size(); ++p) {
            if (m_plans.at(p).compare(planText, Qt::CaseInsensitive) == 0)
                same << p;
        }
        if (same.isEmpty())
            return { 0,
                     m_plans.isEmpty() ? tr("there is no plan in the portfolio (\"%1\")").arg(planText)
                                       : tr("there is no plan with the code \"%1\"; the plans are %2").arg(planText, m_plans.join(QStringLiteral(", "))),
                     {} };
        if (same.size() > 1)
            return { 0,
                     tr("the plan code \"%1\" is that of plans %2, whose codes differ only in case: write one as it is")
                         .arg(planText, codesOf(same)),
                     {} };
        plan = same.constFirst();
        note = tr("\"%1\" was taken as %2:%3, the plan's code as the portfolio writes it").arg(text, m_plans.at(plan)).arg(number);
    }
    for (const Numbered &m : numbered) {
        if (m.plan == plan)
            return { m.id, {}, note };
    }
    return { 0, tr("plan %1 has no measure %2").arg(m_plans.at(plan)).arg(number), {} };
}

MeasureLinkWriter::MeasureLinkWriter(PortfolioFile &file)
    : m_file(file)
{
}

bool MeasureLinkWriter::prepare(BulkWrite &bulk, QString *error)
{
    m_bulk = &bulk;
    QSqlDatabase db = sqlDatabase(m_file);
    QSqlQuery q(db);
    readForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT id, uuid, project_id, measure_id FROM project_measure ORDER BY id")))
        return setError(error, sqlErrorText(q.lastError()));
    while (q.next())
        m_links[q.value(2).toLongLong()].append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toLongLong() });
    return m_insert.prepare(bulk, Entity::ProjectMeasure,
                            { QStringLiteral("uuid"), QStringLiteral("project_id"), QStringLiteral("measure_id") }, error)
        && m_delete.prepare(db, QStringLiteral("DELETE FROM project_measure WHERE id = ?"), error);
}

bool MeasureLinkWriter::sync(qint64 projectId, const QList<qint64> &measureIds, bool *changed, QString *error)
{
    *changed = false;
    QSet<qint64> wanted(measureIds.cbegin(), measureIds.cend());
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
    for (const qint64 measure : measureIds) { // in the order the file lists them
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
