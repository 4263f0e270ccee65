#include "synthetic.h"
#include "storage/sqlaccess.h"

#include "sample/samplewriter.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <vector>

namespace Vigie {

namespace {

// SplitMix64: tiny, fast, and the same on every platform and compiler (unlike std:: distributions).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double uniform(double a, double b) { return a + (b - a) * unit(); }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return unit() < p; }

private:
    quint64 m_state;
};

struct Pair
{
    const char *en;
    const char *fr;
};

const Pair kDomains[] = {
    { "Health", "de la santé" }, { "Education", "de l'éducation" }, { "Transport", "des transports" },
    { "Justice", "de la justice" }, { "Revenue", "du revenu" }, { "Environment", "de l'environnement" },
    { "Agriculture", "de l'agriculture" }, { "Labour", "du travail" }, { "Housing", "de l'habitation" },
    { "Culture", "de la culture" }, { "Energy", "de l'énergie" }, { "Public Safety", "de la sécurité publique" },
    { "Families", "de la famille" }, { "Immigration", "de l'immigration" }, { "Tourism", "du tourisme" },
    { "Forests", "des forêts" }, { "Municipal Affairs", "des affaires municipales" }, { "Finance", "des finances" },
    { "Economy", "de l'économie" }, { "Statistics", "de la statistique" }, { "Pensions", "des retraites" },
    { "Insurance", "de l'assurance" }, { "Archives", "des archives" }, { "Procurement", "des acquisitions" },
    { "Digital Services", "des services numériques" },
};
const Pair kActions[] = {
    { "Redesign of the", "Refonte" }, { "Replacement of the", "Remplacement" }, { "Modernization of the", "Modernisation" },
    { "Upgrade of the", "Évolution" }, { "Implementation of the", "Mise en place" }, { "Migration of the", "Migration" },
};
const Pair kSubjects[] = {
    { "licence management system", "du système de gestion des permis" }, { "client records system", "du dossier client" },
    { "case management system", "du système de gestion des dossiers" }, { "online services portal", "du portail de services en ligne" },
    { "financial management system", "du système de gestion financière" }, { "payroll system", "du système de paie" },
    { "document management system", "du système de gestion documentaire" }, { "data warehouse", "de l'entrepôt de données" },
    { "network infrastructure", "de l'infrastructure réseau" }, { "server infrastructure", "de l'infrastructure de serveurs" },
    { "benefits payment system", "du système de versement des prestations" }, { "grants management system", "du système de gestion des subventions" },
    { "claims processing system", "du système de traitement des réclamations" }, { "public registry", "du registre public" },
    { "geographic information system", "du système d'information géographique" }, { "billing system", "du système de facturation" },
    { "mobile services", "des services mobiles" }, { "identity management solution", "de la solution de gestion des identités" },
    { "contract management system", "du système de gestion des contrats" }, { "website", "du site Web" },
};
const Pair kMeasureVerbs[] = {
    { "Adopt", "Adopter" }, { "Deploy", "Déployer" }, { "Review", "Revoir" }, { "Strengthen", "Renforcer" },
    { "Measure", "Mesurer" }, { "Share", "Mettre en commun" }, { "Publish", "Publier" }, { "Simplify", "Simplifier" },
};
const Pair kMeasureObjects[] = {
    { "a framework for project reviews", "un cadre d'examen des projets" }, { "common infrastructure services", "des services d'infrastructure communs" },
    { "the governance of information resources", "la gouvernance des ressources informationnelles" },
    { "information security practices", "les pratiques de sécurité de l'information" }, { "the benefits of projects", "les bénéfices des projets" },
    { "expertise among organizations", "l'expertise entre les organismes" }, { "open data sets", "des jeux de données ouvertes" },
    { "online service delivery", "la prestation de services en ligne" }, { "the workforce plan", "le plan de main-d'œuvre" },
    { "cloud computing guidelines", "des orientations en infonuagique" },
};
const Pair kSpecialties[] = {
    { "Business architecture", "Architecture d'affaires" }, { "Enterprise architecture", "Architecture d'entreprise" },
    { "Strategic consulting", "Conseil stratégique" }, { "Information security", "Sécurité de l'information" },
    { "Business intelligence", "Intelligence d'affaires" }, { "Project management", "Gestion de projets" },
    { "Functional analysis", "Analyse fonctionnelle" }, { "Application development", "Développement d'applications" },
    { "Technology architecture", "Architecture technologique" }, { "Database administration", "Administration de bases de données" },
    { "Networks and telecommunications", "Réseaux et télécommunications" }, { "Infrastructure operations", "Exploitation des infrastructures" },
    { "User support", "Soutien aux utilisateurs" }, { "Quality assurance and testing", "Assurance qualité et essais" },
    { "Web and digital services", "Web et services numériques" }, { "Data management", "Gestion des données" },
    { "Records and information management", "Gestion de l'information documentaire" }, { "Change management", "Gestion du changement" },
    { "IT procurement", "Acquisition en TI" }, { "IT service management", "Gestion des services en TI" },
};
const char *const kMonths[] = { "January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December" };

template<typename T, int N>
constexpr int size(const T (&)[N])
{
    return N;
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QVariant nullString()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant healthKey(Health h)
{
    const QString key = HealthText::key(h);
    return key.isEmpty() ? nullString() : QVariant(key);
}

// Variance drawn for a wanted colour, clear of the 10/30 boundaries.
double variance(Random &r)
{
    const double u = r.unit();
    if (u < 0.78)
        return r.uniform(-0.08, 0.08);
    if (u < 0.92)
        return r.uniform(0.12, 0.28);
    return r.uniform(0.32, 0.9);
}

struct GeneratedProject
{
    QString code;
    int organization = 0;
    QString state;
    double originalBudget = 0, budget = 0;
    QDate start, originalEnd, end, forecastEnd;
    double forecastCost = 0, actualCost = 0;
    int reauthorizedInPeriod = -1; // the period from which the latest baseline is in effect
    double costDrift = 0, scheduleDrift = 0;
};

class Generator
{
public:
    Generator(PortfolioFile &file, const SyntheticOptions &options, QString *error)
        : m_file(file)
        , m_db(sqlDatabase(file))
        , m_options(options)
        , m_error(error)
        , m_ns(SampleWriter::sampleNamespace(QStringLiteral("synthetic/%1").arg(options.seed)))
    {
    }

    bool run()
    {
        // Plenty of page cache: the UUID indexes take random inserts.
        QSqlQuery pragma(m_db);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        return writePortfolio() && writeOrganizations() && writeStrategy() && writeProjects()
            && m_file.recomputeAllProjects(m_error) && writePeriods() && writeWorkforce() && writeEnvelopes();
    }

private:
    QString uuid(const QString &key) const { return SampleWriter::uuid(m_ns, key); }
    bool add(BulkInsert &insert, const QVariantList &values) { return insert.add(values) || setError(m_error, insert.error()); }
    Random stream(quint64 salt) const { return Random(m_options.seed * 0x100000001B3ULL ^ salt); }

    bool writePortfolio()
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE portfolio SET uuid = ?, name = ?, jurisdiction = ?, default_language = 'en' "
                                 "WHERE id = 1"));
        q.addBindValue(uuid(QStringLiteral("portfolio")));
        q.addBindValue(QStringLiteral("Synthetic portfolio (%1 projects, seed %2)").arg(m_options.projects).arg(m_options.seed));
        q.addBindValue(QStringLiteral("Synthetic"));
        return q.exec() || setError(m_error, q.lastError().text());
    }

    bool writeOrganizations()
    {
        BulkInsert insert(m_db, QStringLiteral("organization"),
                          { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("name_en"),
                            QStringLiteral("name_fr"), QStringLiteral("kind") });
        const int domains = size(kDomains);
        for (int i = 1; i <= SyntheticSample::organizations; ++i) {
            const Pair &d = kDomains[(i - 1) % domains];
            const int n = (i - 1) / domains + 1;
            const bool ministry = n == 1;
            const QString code = QStringLiteral("ORG%1").arg(i, 3, 10, QLatin1Char('0'));
            const QString en = ministry ? QStringLiteral("Ministry of %1").arg(text(d.en))
                                        : QStringLiteral("%1 Agency %2").arg(text(d.en)).arg(n);
            const QString fr = ministry ? QStringLiteral("Ministère %1").arg(text(d.fr))
                                        : QStringLiteral("Organisme %1 no %2").arg(text(d.fr)).arg(n);
            if (!add(insert, { i, uuid(QStringLiteral("organization:") + code), code, en, fr,
                               ministry ? QStringLiteral("ministry") : QStringLiteral("agency") }))
                return false;
        }
        return true;
    }

    bool writeStrategy()
    {
        Random r = stream(2);
        BulkInsert plans(m_db, QStringLiteral("plan"),
                         { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("title_en"),
                           QStringLiteral("title_fr"), QStringLiteral("start_date"), QStringLiteral("end_date") });
        BulkInsert areas(m_db, QStringLiteral("key_area"),
                         { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("plan_id"), QStringLiteral("number"),
                           QStringLiteral("title_en"), QStringLiteral("title_fr") });
        BulkInsert measures(m_db, QStringLiteral("measure"),
                            { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("key_area_id"), QStringLiteral("number"),
                              QStringLiteral("title_en"), QStringLiteral("title_fr"), QStringLiteral("owner_id"),
                              QStringLiteral("due_date"), QStringLiteral("status"), QStringLiteral("percent_complete") });
        BulkInsert history(m_db, QStringLiteral("measure_status_history"),
                           { QStringLiteral("uuid"), QStringLiteral("measure_id"), QStringLiteral("changed_at"),
                             QStringLiteral("from_status"), QStringLiteral("to_status"), QStringLiteral("percent_complete"),
                             QStringLiteral("comment"), QStringLiteral("author") });
        const int plansCount = 4, areasPerPlan = 5;
        const int perArea = SyntheticSample::measures / (plansCount * areasPerPlan);
        int measureId = 0;
        for (int p = 1; p <= plansCount; ++p) {
            const QString code = QStringLiteral("PLAN%1").arg(p);
            if (!add(plans, { p, uuid(QStringLiteral("plan:") + code), code, QStringLiteral("Digital government plan %1").arg(p),
                              QStringLiteral("Plan de gouvernement numérique %1").arg(p), QStringLiteral("2014-04-01"),
                              QStringLiteral("2020-03-31") }))
                return false;
            for (int a = 1; a <= areasPerPlan; ++a) {
                const int areaId = (p - 1) * areasPerPlan + a;
                const Pair &d = kDomains[(areaId - 1) % size(kDomains)];
                if (!add(areas, { areaId, uuid(QStringLiteral("area:%1:%2").arg(p).arg(a)), p, a,
                                  QStringLiteral("%1 services").arg(text(d.en)), QStringLiteral("Services %1").arg(text(d.fr)) }))
                    return false;
                for (int m = 0; m < perArea; ++m) {
                    ++measureId;
                    const int number = (a - 1) * perArea + m + 1;
                    const Pair &verb = kMeasureVerbs[r.below(size(kMeasureVerbs))];
                    const Pair &object = kMeasureObjects[r.below(size(kMeasureObjects))];
                    const double u = r.unit();
                    const QString status = u < 0.3 ? QStringLiteral("completed")
                        : u < 0.8                  ? QStringLiteral("under_way")
                        : u < 0.97                 ? QStringLiteral("not_started")
                                                   : QStringLiteral("cancelled");
                    const double percent = status == QLatin1String("completed") ? 100.0
                        : status == QLatin1String("not_started")                ? 0.0
                                                                                : double(5 * (1 + r.below(19)));
                    m_measureStatus.push_back(status);
                    m_measurePercent.push_back(percent);
                    const QDate due = QDate(2016, 3, 31).addMonths(3 * r.below(16));
                    if (!add(measures, { measureId, uuid(QStringLiteral("measure:%1").arg(measureId)), areaId, number,
                                         QStringLiteral("%1 %2 (%3.%4)").arg(text(verb.en), text(object.en)).arg(p).arg(number),
                                         QStringLiteral("%1 %2 (%3.%4)").arg(text(verb.fr), text(object.fr)).arg(p).arg(number),
                                         1 + r.below(SyntheticSample::organizations), due.toString(Qt::ISODate), status, percent }))
                        return false;
                    const QDate started = QDate(2014, 6, 1).addDays(r.below(700));
                    m_measureStarted.push_back(status == QLatin1String("not_started") ? QDate() : started);
                    if (status == QLatin1String("not_started"))
                        continue;
                    if (!add(history, { uuid(QStringLiteral("history:%1:0").arg(measureId)), measureId,
                                        QStringLiteral("%1T15:00:00Z").arg(started.toString(Qt::ISODate)),
                                        QStringLiteral("not_started"), QStringLiteral("under_way"), 5.0,
                                        QStringLiteral("Started."), QStringLiteral("generator") }))
                        return false;
                    if (status == QLatin1String("under_way"))
                        continue;
                    const QDate ended = started.addDays(30 + r.below(400));
                    if (!add(history, { uuid(QStringLiteral("history:%1:1").arg(measureId)), measureId,
                                        QStringLiteral("%1T15:00:00Z").arg(ended.toString(Qt::ISODate)),
                                        QStringLiteral("under_way"), status, percent,
                                        status == QLatin1String("completed") ? QStringLiteral("Completed.") : QStringLiteral("Cancelled."),
                                        QStringLiteral("generator") }))
                        return false;
                }
            }
        }
        return true;
    }

    bool writeProjects()
    {
        Random r = stream(3);
        BulkInsert projects(m_db, QStringLiteral("project"), BulkInsert::projectColumns());
        BulkInsert baselines(m_db, QStringLiteral("baseline"), BulkInsert::baselineColumns());
        BulkInsert decisions(m_db, QStringLiteral("decision"), BulkInsert::decisionColumns());
        BulkInsert links(m_db, QStringLiteral("project_measure"), BulkInsert::projectMeasureColumns());
        const QDate asOf = periodDate(SyntheticSample::periods - 1);
        m_projects.reserve(size_t(m_options.projects));
        for (int id = 1; id <= m_options.projects; ++id) {
            GeneratedProject p;
            p.code = QStringLiteral("P%1").arg(id, 6, 10, QLatin1Char('0'));
            p.organization = 1 + r.below(SyntheticSample::organizations);
            const double u = r.unit();
            p.state = u < 0.9 ? QStringLiteral("active") : u < 0.97 ? QStringLiteral("completed") : QStringLiteral("cancelled");
            p.budget = std::round(100000.0 * std::exp(r.uniform(0.0, 5.0)) / 1000.0) * 1000.0;
            // Active projects mostly end after the last period; finished ones before it.
            const int months = 12 + r.below(49);
            p.end = p.state == QLatin1String("active") ? asOf.addDays(-120 + r.below(1100)) : asOf.addDays(-r.below(700));
            p.start = p.end.addMonths(-months);
            p.originalBudget = p.budget;
            p.originalEnd = p.end;
            // A re-authorization approved before one of the periods, after the project started.
            int firstPeriod = 0;
            while (firstPeriod < SyntheticSample::periods && periodDate(firstPeriod).addDays(-20) <= p.start)
                ++firstPeriod;
            if (r.chance(0.25) && firstPeriod < SyntheticSample::periods) {
                p.originalBudget = std::max(100000.0, std::round(p.budget / r.uniform(1.1, 1.5) / 1000.0) * 1000.0);
                p.originalEnd = p.end.addDays(-(60 + r.below(300)));
                p.reauthorizedInPeriod = firstPeriod + r.below(SyntheticSample::periods - firstPeriod);
            }
            const bool reauthorized = p.reauthorizedInPeriod >= 0;
            const qint64 duration = p.start.daysTo(p.end);
            p.forecastCost = std::round(p.budget * (1.0 + variance(r)));
            p.forecastEnd = p.end.addDays(qint64(std::llround(variance(r) * double(duration))));
            if (p.state == QLatin1String("active") && p.forecastEnd <= asOf)
                p.forecastEnd = asOf.addDays(30 + r.below(400));
            else if (p.state != QLatin1String("active") && p.forecastEnd > asOf)
                p.forecastEnd = asOf.addDays(-r.below(180));
            const double elapsed = std::clamp(double(p.start.daysTo(asOf)) / double(std::max<qint64>(1, p.start.daysTo(p.forecastEnd))), 0.0, 1.0);
            p.actualCost = p.state == QLatin1String("completed") ? p.forecastCost : std::round(p.forecastCost * elapsed * 0.9);
            p.costDrift = r.uniform(-0.04, 0.06);
            p.scheduleDrift = r.uniform(-0.03, 0.05);
            const QString phase = p.state == QLatin1String("completed") ? QStringLiteral("closed")
                : p.state == QLatin1String("cancelled")                 ? QStringLiteral("stopped")
                : elapsed < 0.15                                        ? QStringLiteral("planning")
                                                                        : QStringLiteral("execution");
            const Pair &action = kActions[r.below(size(kActions))];
            const Pair &subject = kSubjects[r.below(size(kSubjects))];
            const QString rowUuid = uuid(QStringLiteral("project:") + p.code);
            if (!add(projects, { id, rowUuid, p.code, QStringLiteral("%1 %2 (%3)").arg(text(action.en), text(subject.en), p.code),
                                 QStringLiteral("%1 %2 (%3)").arg(text(action.fr), text(subject.fr), p.code), p.organization, phase,
                                 p.state, p.budget, p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate), p.originalBudget,
                                 p.originalEnd.toString(Qt::ISODate), p.actualCost, p.forecastCost,
                                 p.forecastEnd.toString(Qt::ISODate),
                                 p.state == QLatin1String("completed") ? QVariant(p.forecastEnd.toString(Qt::ISODate)) : nullString() }))
                return false;
            const QString approved = p.start.addDays(-30).toString(Qt::ISODate);
            const QString authority = p.originalBudget >= 5e6 ? QStringLiteral("Treasury Board")
                                                               : QStringLiteral("Chief Information Officer");
            if (!add(baselines, { uuid(QStringLiteral("baseline:%1:0").arg(p.code)), id, 0, approved, p.originalBudget,
                                  p.start.toString(Qt::ISODate), p.originalEnd.toString(Qt::ISODate), QStringLiteral("Original") })
                || !add(decisions, { uuid(QStringLiteral("decision:%1:0").arg(p.code)), id, approved, authority,
                                     QStringLiteral("authorization"), QStringLiteral("Project authorized."),
                                     QStringLiteral("Projet autorisé."), p.originalBudget }))
                return false;
            if (reauthorized) {
                const QString when = periodDate(p.reauthorizedInPeriod).addDays(-20).toString(Qt::ISODate);
                if (!add(baselines, { uuid(QStringLiteral("baseline:%1:1").arg(p.code)), id, 1, when, p.budget,
                                      p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate), QStringLiteral("Re-authorization") })
                    || !add(decisions, { uuid(QStringLiteral("decision:%1:1").arg(p.code)), id, when, authority,
                                         QStringLiteral("reauthorization"), QStringLiteral("Revised authorization."),
                                         QStringLiteral("Autorisation révisée."), p.budget - p.originalBudget }))
                    return false;
            }
            if (r.chance(0.6)) {
                const int measure = 1 + r.below(SyntheticSample::measures);
                if (!add(links, { uuid(QStringLiteral("project_measure:%1:%2").arg(p.code).arg(measure)), id, measure }))
                    return false;
            }
            m_projects.push_back(std::move(p));
        }
        return true;
    }

    // Ten quarters ending September 2016 (the last one is the current state).
    static QDate periodDate(int index)
    {
        return QDate(2014, 7, 1).addMonths(3 * index).addDays(-1);
    }

    bool writePeriods()
    {
        BulkInsert periods(m_db, QStringLiteral("reporting_period"), BulkInsert::periodColumns());
        BulkInsert projectRows(m_db, QStringLiteral("period_project"), BulkInsert::periodProjectColumns());
        BulkInsert measureRows(m_db, QStringLiteral("period_measure"), BulkInsert::periodMeasureColumns());
        const HealthRule rule = m_file.healthRule();
        const int last = SyntheticSample::periods - 1;
        for (int pi = 0; pi <= last; ++pi) {
            const QDate asOf = periodDate(pi);
            const int periodId = pi + 1;
            const QString key = asOf.toString(QStringLiteral("yyyy-MM"));
            const QString label = QStringLiteral("%1 %2").arg(QLatin1String(kMonths[asOf.month() - 1])).arg(asOf.year());
            if (!add(periods, { periodId, uuid(QStringLiteral("period:") + key), label, asOf.toString(Qt::ISODate),
                                QStringLiteral("%1T12:00:00Z").arg(asOf.addDays(14).toString(Qt::ISODate)) }))
                return false;
            for (int m = 0; m < SyntheticSample::measures; ++m) {
                QString status = m_measureStatus[size_t(m)];
                double percent = m_measurePercent[size_t(m)];
                if (pi < last) {
                    const QDate started = m_measureStarted[size_t(m)];
                    if (!started.isValid() || started > asOf) {
                        status = QStringLiteral("not_started");
                        percent = 0.0;
                    } else if (status != QLatin1String("under_way")) {
                        // Completed or cancelled later on: under way back then, less far along.
                        const bool doneByThen = pi >= last - 2;
                        if (!doneByThen)
                            status = QStringLiteral("under_way");
                        percent = doneByThen ? percent : std::floor(percent * (pi + 1) / (last + 1) / 5.0) * 5.0;
                    } else {
                        percent = std::floor(percent * (pi + 1) / (last + 1) / 5.0) * 5.0;
                    }
                }
                if (!add(measureRows, { uuid(QStringLiteral("period_measure:%1:%2").arg(key).arg(m + 1)), periodId, m + 1,
                                        status, percent }))
                    return false;
            }
            for (size_t i = 0; i < m_projects.size(); ++i) {
                const GeneratedProject &g = m_projects[i];
                const int back = last - pi;
                Project p;
                const bool latest = g.reauthorizedInPeriod < 0 || pi >= g.reauthorizedInPeriod;
                p.budget = latest ? g.budget : g.originalBudget;
                p.plannedStart = g.start;
                p.plannedEnd = latest ? g.end : g.originalEnd;
                // Earlier forecasts drift back from today's, so trends move period after period.
                p.forecastCost = std::round(g.forecastCost * (1.0 - g.costDrift * back / last));
                p.forecastEnd = g.forecastEnd.addDays(-qint64(std::llround(g.scheduleDrift * back / last
                                                                          * double(g.start.daysTo(g.end)))));
                QString state = g.state;
                if (state != QLatin1String("active") && back > 1)
                    state = QStringLiteral("active");
                const Health cost = rule.computeCost(p);
                const Health schedule = rule.computeSchedule(p);
                if (!add(projectRows, { uuid(QStringLiteral("period_project:%1:%2").arg(key, g.code)), periodId,
                                        qint64(i + 1), state, p.budget, *p.forecastCost, p.forecastEnd.toString(Qt::ISODate),
                                        healthKey(cost), healthKey(schedule), healthKey(worse(cost, schedule)) }))
                    return false;
            }
        }
        return true;
    }

    bool writeWorkforce()
    {
        Random r = stream(5);
        BulkInsert specialties(m_db, QStringLiteral("specialty"),
                               { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("name_en"),
                                 QStringLiteral("name_fr"), QStringLiteral("core_function") });
        const int base = size(kSpecialties);
        for (int s = 1; s <= SyntheticSample::specialties; ++s) {
            const Pair &name = kSpecialties[(s - 1) % base];
            const int level = (s - 1) / base + 1;
            const QString code = QStringLiteral("SPEC%1").arg(s, 2, 10, QLatin1Char('0'));
            if (!add(specialties, { s, uuid(QStringLiteral("specialty:") + code), code,
                                    QStringLiteral("%1, level %2").arg(text(name.en)).arg(level),
                                    QStringLiteral("%1, niveau %2").arg(text(name.fr)).arg(level), (s - 1) % base < 6 ? 1 : 0 }))
                return false;
        }
        BulkInsert rows(m_db, QStringLiteral("workforce"),
                        { QStringLiteral("uuid"), QStringLiteral("organization_id"), QStringLiteral("specialty_id"),
                          QStringLiteral("survey_date"), QStringLiteral("internal_fte"), QStringLiteral("external_fte") });
        const QString survey = QStringLiteral("2016-03-31");
        for (int o = 1; o <= SyntheticSample::organizations; ++o) {
            for (int s = 1; s <= SyntheticSample::specialties; ++s) {
                const double total = std::round(r.uniform(0.0, 20.0) * 10.0) / 10.0;
                const double externalShare = (s % 7 == 0) ? r.uniform(0.45, 0.8) : r.uniform(0.05, 0.45);
                const double external = std::round(total * externalShare * 10.0) / 10.0;
                if (!add(rows, { uuid(QStringLiteral("workforce:%1:%2").arg(o).arg(s)), o, s, survey,
                                 std::round((total - external) * 10.0) / 10.0, external }))
                    return false;
            }
        }
        return true;
    }

    bool writeEnvelopes()
    {
        Random r = stream(6);
        BulkInsert rows(m_db, QStringLiteral("envelope"),
                        { QStringLiteral("uuid"), QStringLiteral("fiscal_year"), QStringLiteral("organization_id"),
                          QStringLiteral("planned_needs"), QStringLiteral("granted"), QStringLiteral("committed") });
        for (int o = 1; o <= SyntheticSample::organizations; ++o) {
            for (int year = 2015; year <= 2017; ++year) {
                const double needs = std::round(r.uniform(0.5, 40.0) * 1000.0) * 1000.0;
                const double granted = std::round(needs * r.uniform(0.7, 1.0) / 1000.0) * 1000.0;
                const double committed = std::round(granted * r.uniform(0.1, 1.0) / 1000.0) * 1000.0;
                if (!add(rows, { uuid(QStringLiteral("envelope:%1:%2").arg(o).arg(year)), year, o, needs, granted, committed }))
                    return false;
            }
        }
        return true;
    }

    PortfolioFile &m_file;
    QSqlDatabase m_db;
    SyntheticOptions m_options;
    QString *m_error;
    QUuid m_ns;
    std::vector<GeneratedProject> m_projects;
    std::vector<QString> m_measureStatus;
    std::vector<double> m_measurePercent;
    std::vector<QDate> m_measureStarted;
};

} // namespace

bool SyntheticSample::fill(PortfolioFile &file, const SyntheticOptions &options, QString *error)
{
    if (options.projects < 1 || options.projects > maxProjects)
        return setError(error, tr("the number of projects must be between 1 and %1").arg(maxProjects));
    PortfolioFile::Transaction transaction(file);
    Generator generator(file, options, error);
    if (!generator.run())
        return false;
    return transaction.commit() || setError(error, tr("the data could not be written to the file"));
}

bool SyntheticSample::write(const QString &path, const SyntheticOptions &options, QString *error, bool *cannotWrite)
{
    return SampleWriter::write(
        path, QStringLiteral("Synthetic"),
        [&options](PortfolioFile &file, QString *e) { return fill(file, options, e); }, error, cannotWrite);
}

} // namespace Vigie
