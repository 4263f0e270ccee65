#include "quebecsample.h"
#include "storage/sqlaccess.h"

#include "sample/samplewriter.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigie {

namespace {

const QString kResources = QStringLiteral(":/samples/quebec-2016/");

QVariant nullString()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullDouble()
{
    return QVariant(QMetaType::fromType<double>());
}

QVariant jsonDouble(const QJsonValue &v)
{
    return v.isDouble() ? QVariant(v.toDouble()) : nullDouble();
}

QVariant jsonText(const QJsonValue &v)
{
    return v.isString() ? QVariant(v.toString()) : nullString();
}

QVariant healthKey(Health h)
{
    const QString key = HealthText::key(h);
    return key.isEmpty() ? nullString() : QVariant(key);
}

// Loads the sample's source data and writes it; one instance per fill.
class Loader
{
public:
    Loader(PortfolioFile &file, QString *error)
        : m_file(file)
        , m_db(sqlDatabase(file))
        , m_error(error)
        , m_ns(SampleWriter::sampleNamespace(QuebecSample::name()))
    {
    }

    bool run()
    {
        return read(QStringLiteral("portfolio.json"), &m_portfolio) && read(QStringLiteral("organizations.json"), &m_organizations)
            && read(QStringLiteral("measures.json"), &m_measures) && read(QStringLiteral("projects.json"), &m_projects)
            && read(QStringLiteral("workforce.json"), &m_workforce) && read(QStringLiteral("envelopes.json"), &m_envelopes)
            && writePortfolio() && writeOrganizations() && writeStrategy() && writeProjects()
            && m_file.recomputeAllProjects(m_error) && writePeriods() && writeWorkforce() && writeEnvelopes();
    }

private:
    QString uuid(const QString &key) const { return SampleWriter::uuid(m_ns, key); }

    bool fail(const QString &message) { return setError(m_error, message); }

    bool read(const QString &name, QJsonDocument *doc)
    {
        QFile f(kResources + name);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QuebecSample::tr("the sample data %1 is missing").arg(name));
        QJsonParseError parseError;
        *doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (doc->isNull())
            return fail(QuebecSample::tr("the sample data %1 is damaged (%2)").arg(name, parseError.errorString()));
        return true;
    }

    bool add(BulkInsert &insert, const QVariantList &values)
    {
        return insert.add(values) || fail(insert.error());
    }

    RowId organization(const QString &code)
    {
        return m_organizationIds.value(code, 0);
    }

    QVariant organizationOrNull(const QString &code)
    {
        const RowId id = organization(code);
        return id ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
    }

    bool writePortfolio()
    {
        const QJsonObject p = m_portfolio.object();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE portfolio SET uuid = ?, name = ?, name_fr = ?, jurisdiction = ?, currency = ?, "
                                 "fiscal_year_start = ?, default_language = ?, cio_name = ?, classification = ? "
                                 "WHERE id = 1"));
        q.addBindValue(uuid(QStringLiteral("portfolio")));
        for (const char *key : { "name", "name_fr", "jurisdiction", "currency" })
            q.addBindValue(p.value(QLatin1String(key)).toString());
        q.addBindValue(p.value(QLatin1String("fiscal_year_start")).toInt(4));
        for (const char *key : { "default_language", "cio_name", "classification" })
            q.addBindValue(p.value(QLatin1String(key)).toString());
        return q.exec() || fail(sqlErrorText(q.lastError()));
    }

    bool writeOrganizations()
    {
        BulkInsert insert(m_db, QStringLiteral("organization"),
                          { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("name_en"),
                            QStringLiteral("name_fr"), QStringLiteral("kind") });
        RowId id = 0;
        for (const QJsonValue &v : m_organizations.array()) {
            const QJsonObject o = v.toObject();
            const QString code = o.value(QLatin1String("code")).toString();
            m_organizationIds.insert(code, ++id);
            if (!add(insert, { id, uuid(QStringLiteral("organization:") + code), code, o.value(QLatin1String("name_en")).toString(),
                               o.value(QLatin1String("name_fr")).toString(), o.value(QLatin1String("kind")).toString() }))
                return false;
        }
        return true;
    }

    bool writeStrategy()
    {
        const QJsonObject plan = m_portfolio.object().value(QLatin1String("plan")).toObject();
        const QString planCode = plan.value(QLatin1String("code")).toString();
        BulkInsert plans(m_db, QStringLiteral("plan"),
                         { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("title_en"),
                           QStringLiteral("title_fr"), QStringLiteral("start_date"), QStringLiteral("end_date") });
        if (!add(plans, { 1, uuid(QStringLiteral("plan:") + planCode), planCode, plan.value(QLatin1String("title_en")).toString(),
                          plan.value(QLatin1String("title_fr")).toString(), plan.value(QLatin1String("start")).toString(),
                          plan.value(QLatin1String("end")).toString() }))
            return false;

        BulkInsert areas(m_db, QStringLiteral("key_area"),
                         { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("plan_id"), QStringLiteral("number"),
                           QStringLiteral("title_en"), QStringLiteral("title_fr") });
        QHash<int, RowId> areaIds;
        for (const QJsonValue &v : plan.value(QLatin1String("areas")).toArray()) {
            const QJsonObject a = v.toObject();
            const int number = a.value(QLatin1String("number")).toInt();
            const RowId id = areaIds.size() + 1;
            areaIds.insert(number, id);
            if (!add(areas, { id, uuid(QStringLiteral("area:%1").arg(number)), 1, number,
                              a.value(QLatin1String("title_en")).toString(), a.value(QLatin1String("title_fr")).toString() }))
                return false;
        }

        BulkInsert measures(m_db, QStringLiteral("measure"),
                            { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("key_area_id"), QStringLiteral("number"),
                              QStringLiteral("title_en"), QStringLiteral("title_fr"), QStringLiteral("owner_id"),
                              QStringLiteral("due_date"), QStringLiteral("status"), QStringLiteral("percent_complete"),
                              QStringLiteral("comment"), QStringLiteral("comment_fr") });
        BulkInsert history(m_db, QStringLiteral("measure_status_history"),
                           { QStringLiteral("uuid"), QStringLiteral("measure_id"), QStringLiteral("changed_at"),
                             QStringLiteral("from_status"), QStringLiteral("to_status"), QStringLiteral("percent_complete"),
                             QStringLiteral("comment"), QStringLiteral("author"), QStringLiteral("comment_fr") });
        // Comments are written in French in the source data: the French form is stored as such and the
        // English form beside it (an English reader saw French in "Comment in English").
        const QHash<QString, QString> english {
            { QString::fromUtf8("En cours selon le plan de travail."), QStringLiteral("Under way according to the work plan.") },
            { QString::fromUtf8("Réalisée; voir le bilan de la Stratégie."), QStringLiteral("Completed; see the Strategy's report.") },
            { QString::fromUtf8("Démarrage prévu en 2017."), QStringLiteral("Start planned for 2017.") },
            { QString::fromUtf8("Travaux amorcés."), QStringLiteral("Work started.") },
            { QString::fromUtf8("Mesure réalisée."), QStringLiteral("Measure completed.") } };
        const auto englishOf = [&](const QString &french) { return english.value(french, french); };
        for (const QJsonValue &v : m_measures.array()) {
            const QJsonObject m = v.toObject();
            const int number = m.value(QLatin1String("number")).toInt();
            const RowId area = areaIds.value(m.value(QLatin1String("area")).toInt());
            if (!area)
                return fail(QuebecSample::tr("measure %1 is in an unknown key area").arg(number));
            const RowId id = number;
            m_measureIds.insert(number, id);
            if (!add(measures, { id, uuid(QStringLiteral("measure:%1").arg(number)), area, number,
                                 m.value(QLatin1String("title_en")).toString(), m.value(QLatin1String("title_fr")).toString(),
                                 organizationOrNull(m.value(QLatin1String("owner")).toString()),
                                 m.value(QLatin1String("due")).toString(), m.value(QLatin1String("status")).toString(),
                                 m.value(QLatin1String("percent")).toDouble(),
                                 englishOf(m.value(QLatin1String("comment")).toString()),
                                 m.value(QLatin1String("comment")).toString() }))
                return false;
            int i = 0;
            for (const QJsonValue &hv : m.value(QLatin1String("history")).toArray()) {
                const QJsonObject h = hv.toObject();
                if (!add(history, { uuid(QStringLiteral("history:%1:%2").arg(number).arg(i++)), id,
                                    h.value(QLatin1String("date")).toString(), h.value(QLatin1String("from")).toString(),
                                    h.value(QLatin1String("to")).toString(), h.value(QLatin1String("percent")).toDouble(),
                                    englishOf(h.value(QLatin1String("comment")).toString()), h.value(QLatin1String("author")).toString(),
                                    h.value(QLatin1String("comment")).toString() }))
                    return false;
            }
        }
        return true;
    }

    bool writeProjects()
    {
        BulkInsert projects(m_db, QStringLiteral("project"), BulkInsert::projectColumns());
        // Baseline notes are written in French in the source data; both forms are stored.
        BulkInsert baselines(m_db, QStringLiteral("baseline"), BulkInsert::baselineColumns() << QStringLiteral("note_fr"));
        const QHash<QString, QString> englishNotes { { QString::fromUtf8("Autorisation initiale"), QStringLiteral("Initial authorization") },
                                                     { QString::fromUtf8("Réautorisation"), QStringLiteral("Re-authorization") } };
        BulkInsert decisions(m_db, QStringLiteral("decision"), BulkInsert::decisionColumns());
        BulkInsert links(m_db, QStringLiteral("project_measure"), BulkInsert::projectMeasureColumns());
        RowId id = 0;
        for (const QJsonValue &v : m_projects.array()) {
            const QJsonObject p = v.toObject();
            const QString code = p.value(QLatin1String("code")).toString();
            const QJsonArray bl = p.value(QLatin1String("baselines")).toArray();
            if (bl.isEmpty())
                return fail(QuebecSample::tr("project %1 has no baseline").arg(code));
            const QJsonObject first = bl.first().toObject();
            const QJsonObject latest = bl.last().toObject();
            ++id;
            m_projectIds.insert(code, id);
            if (!add(projects, { id, uuid(QStringLiteral("project:") + code), code, p.value(QLatin1String("name_en")).toString(),
                                 p.value(QLatin1String("name_fr")).toString(),
                                 organizationOrNull(p.value(QLatin1String("organization")).toString()),
                                 p.value(QLatin1String("phase")).toString(), p.value(QLatin1String("state")).toString(),
                                 latest.value(QLatin1String("budget")).toDouble(), latest.value(QLatin1String("planned_start")).toString(),
                                 latest.value(QLatin1String("planned_end")).toString(), first.value(QLatin1String("budget")).toDouble(),
                                 first.value(QLatin1String("planned_end")).toString(),
                                 first.value(QLatin1String("planned_start")).toString(), bl.size(),
                                 jsonDouble(p.value(QLatin1String("actual_cost"))),
                                 jsonDouble(p.value(QLatin1String("forecast_cost"))), jsonText(p.value(QLatin1String("forecast_end"))),
                                 jsonText(p.value(QLatin1String("delivered"))) }))
                return false;
            for (int i = 0; i < bl.size(); ++i) {
                const QJsonObject b = bl.at(i).toObject();
                if (!add(baselines, { uuid(QStringLiteral("baseline:%1:%2").arg(code).arg(i)), id, i,
                                      b.value(QLatin1String("approved")).toString(), b.value(QLatin1String("budget")).toDouble(),
                                      b.value(QLatin1String("planned_start")).toString(),
                                      b.value(QLatin1String("planned_end")).toString(),
                                      englishNotes.value(b.value(QLatin1String("note")).toString()),
                                      b.value(QLatin1String("note")).toString() }))
                    return false;
            }
            const QJsonArray ds = p.value(QLatin1String("decisions")).toArray();
            for (int i = 0; i < ds.size(); ++i) {
                const QJsonObject d = ds.at(i).toObject();
                if (!add(decisions, { uuid(QStringLiteral("decision:%1:%2").arg(code).arg(i)), id,
                                      d.value(QLatin1String("date")).toString(), d.value(QLatin1String("authority")).toString(),
                                      d.value(QLatin1String("kind")).toString(), d.value(QLatin1String("text_en")).toString(),
                                      d.value(QLatin1String("text_fr")).toString(),
                                      jsonDouble(d.value(QLatin1String("budget_change"))) }))
                    return false;
            }
            for (const QJsonValue &mv : p.value(QLatin1String("measures")).toArray()) {
                const int number = mv.toInt();
                const RowId measure = m_measureIds.value(number);
                if (!measure)
                    return fail(QuebecSample::tr("project %1 refers to an unknown measure %2").arg(code).arg(number));
                if (!add(links, { uuid(QStringLiteral("project_measure:%1:%2").arg(code).arg(number)), id, measure }))
                    return false;
            }
        }
        return true;
    }

    // Frozen values per reporting period. The last period is the current state of the file; earlier ones
    // come from the source data (measure history, project forecasts of the time) against the baseline then
    // in effect, coloured by the file's rule.
    bool writePeriods()
    {
        const QJsonArray periods = m_portfolio.object().value(QLatin1String("periods")).toArray();
        BulkInsert periodRows(m_db, QStringLiteral("reporting_period"), BulkInsert::periodColumns());
        BulkInsert projectRows(m_db, QStringLiteral("period_project"), BulkInsert::periodProjectColumns());
        BulkInsert measureRows(m_db, QStringLiteral("period_measure"), BulkInsert::periodMeasureColumns());
        const HealthRule rule = m_file.healthRule();
        for (int pi = 0; pi < periods.size(); ++pi) {
            const QJsonObject period = periods.at(pi).toObject();
            const QString key = period.value(QLatin1String("key")).toString();
            const QDate asOf = QDate::fromString(period.value(QLatin1String("as_of")).toString(), Qt::ISODate);
            const bool current = pi == periods.size() - 1;
            const RowId periodId = pi + 1;
            if (!add(periodRows, { periodId, uuid(QStringLiteral("period:") + key), period.value(QLatin1String("label")).toString(),
                                   asOf.toString(Qt::ISODate), period.value(QLatin1String("frozen_at")).toString() }))
                return false;

            for (const QJsonValue &v : m_measures.array()) {
                const QJsonObject m = v.toObject();
                const int number = m.value(QLatin1String("number")).toInt();
                QString status = QStringLiteral("not_started");
                double percent = 0.0;
                if (current) {
                    status = m.value(QLatin1String("status")).toString();
                    percent = m.value(QLatin1String("percent")).toDouble();
                } else {
                    for (const QJsonValue &hv : m.value(QLatin1String("history")).toArray()) {
                        const QJsonObject h = hv.toObject();
                        if (QDate::fromString(h.value(QLatin1String("date")).toString().left(10), Qt::ISODate) <= asOf)
                            status = h.value(QLatin1String("to")).toString();
                    }
                    percent = m.value(QLatin1String("periods")).toObject().value(key).toDouble();
                }
                if (!add(measureRows, { uuid(QStringLiteral("period_measure:%1:%2").arg(key).arg(number)), periodId,
                                        m_measureIds.value(number), status, percent }))
                    return false;
            }

            if (current) {
                QSqlQuery q(m_db);
                if (!q.exec(QStringLiteral("SELECT id, code, state, budget, forecast_cost, forecast_end, computed_cost, "
                                           "computed_schedule FROM project ORDER BY id")))
                    return fail(sqlErrorText(q.lastError()));
                while (q.next()) {
                    const Health cost = HealthText::fromKey(q.value(6).toString()).value_or(Health::Unrated);
                    const Health schedule = HealthText::fromKey(q.value(7).toString()).value_or(Health::Unrated);
                    if (!add(projectRows, { uuid(QStringLiteral("period_project:%1:%2").arg(key, q.value(1).toString())),
                                            periodId, q.value(0), q.value(2), q.value(3), q.value(4), q.value(5),
                                            healthKey(cost), healthKey(schedule), healthKey(worse(cost, schedule)) }))
                        return false;
                }
                if (q.lastError().isValid())
                    return fail(sqlErrorText(q.lastError()));
                continue;
            }
            for (const QJsonValue &v : m_projects.array()) {
                const QJsonObject p = v.toObject();
                const QJsonObject snapshot = p.value(QLatin1String("periods")).toObject().value(key).toObject();
                if (snapshot.isEmpty())
                    continue; // not yet authorized then
                const QString code = p.value(QLatin1String("code")).toString();
                // The baseline in effect at the period's date.
                QJsonObject baseline;
                for (const QJsonValue &bv : p.value(QLatin1String("baselines")).toArray()) {
                    const QJsonObject b = bv.toObject();
                    if (QDate::fromString(b.value(QLatin1String("approved")).toString(), Qt::ISODate) <= asOf)
                        baseline = b;
                }
                if (baseline.isEmpty())
                    return fail(QuebecSample::tr("project %1 has values for %2 but no baseline then").arg(code, key));
                const QString state = snapshot.value(QLatin1String("state")).toString();
                Project project;
                project.budget = baseline.value(QLatin1String("budget")).toDouble();
                project.plannedStart = QDate::fromString(baseline.value(QLatin1String("planned_start")).toString(), Qt::ISODate);
                project.plannedEnd = QDate::fromString(baseline.value(QLatin1String("planned_end")).toString(), Qt::ISODate);
                Health cost = Health::Unrated, schedule = Health::Unrated;
                QVariant forecastCost = nullDouble(), forecastEnd = nullString();
                // A project already delivered or stopped then shows its final figures.
                const QJsonObject values = state == QLatin1String("active") ? snapshot : p;
                if (values.value(QLatin1String("forecast_cost")).isDouble()) {
                    project.forecastCost = values.value(QLatin1String("forecast_cost")).toDouble();
                    project.forecastEnd = QDate::fromString(values.value(QLatin1String("forecast_end")).toString(), Qt::ISODate);
                    cost = rule.computeCost(project);
                    schedule = rule.computeSchedule(project);
                    forecastCost = *project.forecastCost;
                    forecastEnd = nullableDate(project.forecastEnd);
                }
                if (!add(projectRows, { uuid(QStringLiteral("period_project:%1:%2").arg(key, code)), periodId,
                                        m_projectIds.value(code), state, project.budget, forecastCost, forecastEnd,
                                        healthKey(cost), healthKey(schedule), healthKey(worse(cost, schedule)) }))
                    return false;
            }
        }
        return true;
    }

    bool writeWorkforce()
    {
        const QJsonObject w = m_workforce.object();
        BulkInsert specialties(m_db, QStringLiteral("specialty"),
                               { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("name_en"),
                                 QStringLiteral("name_fr"), QStringLiteral("core_function") });
        QHash<QString, RowId> specialtyIds;
        QStringList order;
        for (const QJsonValue &v : w.value(QLatin1String("specialties")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString code = s.value(QLatin1String("code")).toString();
            const RowId id = specialtyIds.size() + 1;
            specialtyIds.insert(code, id);
            order << code;
            if (!add(specialties, { id, uuid(QStringLiteral("specialty:") + code), code, s.value(QLatin1String("name_en")).toString(),
                                    s.value(QLatin1String("name_fr")).toString(),
                                    s.value(QLatin1String("core_function")).toBool() ? 1 : 0 }))
                return false;
        }
        const QJsonArray surveys = w.value(QLatin1String("surveys")).toArray();
        BulkInsert rows(m_db, QStringLiteral("workforce"),
                        { QStringLiteral("uuid"), QStringLiteral("organization_id"), QStringLiteral("specialty_id"),
                          QStringLiteral("survey_date"), QStringLiteral("internal_fte"), QStringLiteral("external_fte") });
        const QJsonObject data = w.value(QLatin1String("data")).toObject();
        // In the order of the organizations list, then of the specialties, for a stable file.
        for (const QJsonValue &ov : m_organizations.array()) {
            const QString org = ov.toObject().value(QLatin1String("code")).toString();
            const QJsonObject byOrg = data.value(org).toObject();
            for (const QString &specialty : std::as_const(order)) {
                const QJsonArray values = byOrg.value(specialty).toArray();
                for (int i = 0; i < values.size() && i < surveys.size(); ++i) {
                    const QJsonArray pair = values.at(i).toArray();
                    const QString survey = surveys.at(i).toString();
                    if (!add(rows, { uuid(QStringLiteral("workforce:%1:%2:%3").arg(org, specialty, survey)), organization(org),
                                     specialtyIds.value(specialty), survey, pair.at(0).toDouble(), pair.at(1).toDouble() }))
                        return false;
                }
            }
        }
        return true;
    }

    bool writeEnvelopes()
    {
        BulkInsert rows(m_db, QStringLiteral("envelope"),
                        { QStringLiteral("uuid"), QStringLiteral("fiscal_year"), QStringLiteral("organization_id"),
                          QStringLiteral("planned_needs"), QStringLiteral("granted"), QStringLiteral("committed") });
        for (const QJsonValue &v : m_envelopes.array()) {
            const QJsonObject e = v.toObject();
            const QString org = e.value(QLatin1String("organization")).toString();
            const int year = e.value(QLatin1String("fiscal_year")).toInt();
            if (!organization(org))
                return fail(QuebecSample::tr("an envelope refers to an unknown organization %1").arg(org));
            if (!add(rows, { uuid(QStringLiteral("envelope:%1:%2").arg(org).arg(year)), year, organization(org),
                             e.value(QLatin1String("planned_needs")).toDouble(), e.value(QLatin1String("granted")).toDouble(),
                             e.value(QLatin1String("committed")).toDouble() }))
                return false;
        }
        return true;
    }

    PortfolioFile &m_file;
    QSqlDatabase m_db;
    QString *m_error;
    QUuid m_ns;
    QJsonDocument m_portfolio, m_organizations, m_measures, m_projects, m_workforce, m_envelopes;
    QHash<QString, RowId> m_organizationIds;
    QHash<int, RowId> m_measureIds;
    QHash<QString, RowId> m_projectIds;
};

} // namespace

bool QuebecSample::fill(PortfolioFile &file, QString *error)
{
    PortfolioFile::Transaction transaction(file);
    Loader loader(file, error);
    if (!loader.run())
        return false;
    return transaction.commit() || setError(error, tr("the data could not be written to the file"));
}

bool QuebecSample::write(const QString &path, QString *error, bool *cannotWrite)
{
    return SampleWriter::write(path, QStringLiteral("Québec"), &QuebecSample::fill, error, cannotWrite);
}

} // namespace Vigie
