#include "synthetic.h"
#include "storage/sqlaccess.h"

#include "rules/healthrule.h"
#include "sample/samplewriter.h"
#include "storage/bulkwrite.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

#include <QLocale>
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

// The page cache of the generation (KiB). Since the UUIDs follow creation order (storage/ordereduuid.h)
// every index but the budgets' and the organizations' takes its entries at its end; those two stay in
// cache (25 MB at a million projects). A million projects were generated as fast with a 1 GiB cache,
// which took 1.33 GB of memory where this one takes 260 MB.
constexpr int kCacheKib = 128 * 1024;

template<typename T, int N>
constexpr int size(const T (&)[N])
{
    return N;
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
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

enum class State { Active, Completed, Cancelled };

const char *stateKey(State s)
{
    switch (s) {
    case State::Active: return "active";
    case State::Completed: return "completed";
    case State::Cancelled: break;
    }
    return "cancelled";
}

struct GeneratedProject
{
    State state = State::Active;
    int organization = 0;
    double originalBudget = 0, budget = 0;
    QDate start, originalEnd, end, forecastEnd;
    double forecastCost = 0, actualCost = 0;
    int reauthorizedInPeriod = -1; // the period from which the latest baseline is in effect
    double costDrift = 0, scheduleDrift = 0;
};

// Row values written as UTF-8 into reused buffers: the project and period loops write millions of
// rows, where a QString and QDate::toString per value cost more than SQLite's own work.
class Utf8
{
public:
    Utf8 &clear()
    {
        m_text.resize(0);
        return *this;
    }
    Utf8 &operator<<(const char *text)
    {
        m_text.append(text);
        return *this;
    }
    Utf8 &operator<<(QByteArrayView text)
    {
        m_text.append(text);
        return *this;
    }
    Utf8 &operator<<(char c)
    {
        m_text.append(c);
        return *this;
    }
    Utf8 &operator<<(int n)
    {
        if (n < 0) {
            m_text.append('-');
            n = -n;
        }
        char digits[12];
        int i = sizeof digits;
        do {
            digits[--i] = char('0' + n % 10);
            n /= 10;
        } while (n > 0);
        m_text.append(digits + i, int(sizeof digits) - i);
        return *this;
    }
    // "P000042": the code of project 42.
    Utf8 &code(int id)
    {
        m_text.append('P');
        return digits(id, 6);
    }
    // yyyy-MM-dd, as QDate::toString(Qt::ISODate) writes the dates of this sample (years 1000 to 9999).
    Utf8 &date(QDate d)
    {
        int y = 0, m = 0, day = 0;
        d.getDate(&y, &m, &day);
        digits(y, 4);
        m_text.append('-');
        digits(m, 2);
        m_text.append('-');
        return digits(day, 2);
    }
    // `n` (0 or more) with at least `width` digits, zeros in front.
    Utf8 &digits(int n, int width)
    {
        char text[12];
        int i = sizeof text;
        do {
            text[--i] = char('0' + n % 10);
            n /= 10;
        } while (n > 0 || int(sizeof text) - i < width);
        m_text.append(text + i, int(sizeof text) - i);
        return *this;
    }
    Utf8 &truncate(qsizetype size)
    {
        m_text.truncate(size);
        return *this;
    }
    QByteArrayView view() const { return m_text; }

private:
    QByteArray m_text;
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
        // Page cache for the indexes that take entries anywhere (kCacheKib) and CHECK constraints
        // verified once at the end rather than row by row (storage/bulkwrite.h).
        BulkWrite bulk(m_file, kCacheKib);
        m_bulk = &bulk;
        return writePortfolio() && writeOrganizations() && writeStrategy() && writeProjects() && writePeriods()
            && writeWorkforce() && writeEnvelopes()
            && bulk.verify(m_error);
    }

private:
    QString uuid(const QString &key) const { return SampleWriter::uuid(m_ns, key); }
    bool add(BulkInsert &insert, const QVariantList &values) { return insert.add(values) || setError(m_error, insert.error()); }
    bool insert(BulkInsert &insert) { return insert.insert() || setError(m_error, insert.error()); }
    // Writes the rows every batched BulkInsert holds back (the BulkWrite's, tables in reference order).
    bool writeHeldRows() { return m_bulk->flush(m_error); }
    static void bindHealth(BulkInsert &insert, Health h)
    {
        if (h == Health::Unrated)
            insert.null();
        else
            insert.text(QByteArrayView(h == Health::Green ? "green" : h == Health::Yellow ? "yellow" : "red"));
    }
    static QStringList projectColumns()
    {
        return BulkInsert::projectColumns() << QStringLiteral("computed_cost") << QStringLiteral("computed_schedule");
    }
    Random stream(quint64 salt) const { return Random(m_options.seed * 0x100000001B3ULL ^ salt); }

    bool writePortfolio()
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE portfolio SET uuid = ?, name = ?, jurisdiction = ?, default_language = 'en' "
                                 "WHERE id = 1"));
        q.addBindValue(uuid(QStringLiteral("portfolio")));
        // A name, stored as given (the sample's language is English): its figure grouped as a reader reads it.
        q.addBindValue(QStringLiteral("Synthetic portfolio (%1 projects, seed %2)")
                           .arg(QLocale(QLocale::English, QLocale::Canada).toString(m_options.projects))
                           .arg(m_options.seed));
        q.addBindValue(QStringLiteral("Synthetic"));
        return q.exec() || setError(m_error, sqlErrorText(q.lastError()));
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
        BulkInsert projects(m_db, QStringLiteral("project"), projectColumns());
        // Projects one row at a time, with the ids their rows refer to; what refers to them 32 rows to a
        // statement (BulkInsert's batched form), written in full before this returns.
        BulkInsert baselines(*m_bulk, Entity::Baseline, BulkInsert::baselineColumns());
        BulkInsert decisions(*m_bulk, Entity::Decision, BulkInsert::decisionColumns());
        BulkInsert links(*m_bulk, Entity::ProjectMeasure, BulkInsert::projectMeasureColumns());
        const HealthRule rule = m_file.healthRule();
        const QDate asOf = periodDate(SyntheticSample::periods - 1);
        // The large tables' UUIDs in row order (SampleUuid): SQLite appends them to each UUID index.
        SampleUuid uuidOf(m_ns);
        quint64 baselineRows = 0, decisionRows = 0, linkRows = 0;
        Utf8 key, code, en, fr, start, end, originalEnd, approved, when;
        Project forRule;
        m_projects.reserve(size_t(m_options.projects));
        for (int id = 1; id <= m_options.projects; ++id) {
            GeneratedProject p;
            code.clear().code(id);
            p.organization = 1 + r.below(SyntheticSample::organizations);
            const double u = r.unit();
            p.state = u < 0.9 ? State::Active : u < 0.97 ? State::Completed : State::Cancelled;
            const bool active = p.state == State::Active;
            p.budget = std::round(100000.0 * std::exp(r.uniform(0.0, 5.0)) / 1000.0) * 1000.0;
            // Active projects mostly end after the last period; finished ones before it.
            const int months = 12 + r.below(49);
            p.end = active ? asOf.addDays(-120 + r.below(1100)) : asOf.addDays(-r.below(700));
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
            if (active && p.forecastEnd <= asOf)
                p.forecastEnd = asOf.addDays(30 + r.below(400));
            else if (!active && p.forecastEnd > asOf)
                p.forecastEnd = asOf.addDays(-r.below(180));
            const double elapsed = std::clamp(double(p.start.daysTo(asOf)) / double(std::max<qint64>(1, p.start.daysTo(p.forecastEnd))), 0.0, 1.0);
            p.actualCost = p.state == State::Completed ? p.forecastCost : std::round(p.forecastCost * elapsed * 0.9);
            p.costDrift = r.uniform(-0.04, 0.06);
            p.scheduleDrift = r.uniform(-0.03, 0.05);
            const char *phase = p.state == State::Completed ? "closed"
                : p.state == State::Cancelled                ? "stopped"
                : elapsed < 0.15                             ? "planning"
                                                             : "execution";
            const Pair &action = kActions[r.below(size(kActions))];
            const Pair &subject = kSubjects[r.below(size(kSubjects))];
            // The indicators the rule computes from these values, written with the row (what
            // PortfolioFile::recomputeAllProjects() would set) rather than by a second pass.
            forRule.budget = p.budget;
            forRule.plannedStart = p.start;
            forRule.plannedEnd = p.end;
            forRule.forecastCost = p.forecastCost;
            forRule.forecastEnd = p.forecastEnd;
            start.clear().date(p.start);
            end.clear().date(p.end);
            originalEnd.clear().date(p.originalEnd);
            en.clear() << action.en << ' ' << subject.en << " (" << code.view() << ')';
            fr.clear() << action.fr << ' ' << subject.fr << " (" << code.view() << ')';
            key.clear() << "project:" << code.view();
            projects.integer(id).text(uuidOf(key.view(), quint64(id))).text(code.view()).text(en.view()).text(fr.view())
                .integer(p.organization).text(QByteArrayView(phase)).text(QByteArrayView(stateKey(p.state)))
                .real(p.budget).text(start.view()).text(end.view()).real(p.originalBudget).text(originalEnd.view())
                .text(start.view()).integer(reauthorized ? 2 : 1).real(p.actualCost).real(p.forecastCost);
            key.clear().date(p.forecastEnd);
            projects.text(key.view());
            if (p.state == State::Completed)
                projects.text(key.view());
            else
                projects.null();
            bindHealth(projects, rule.computeCost(forRule));
            bindHealth(projects, rule.computeSchedule(forRule));
            if (!insert(projects))
                return false;

            approved.clear().date(p.start.addDays(-30));
            const char *authority = p.originalBudget >= 5e6 ? "Treasury Board" : "Chief Information Officer";
            key.clear() << "baseline:" << code.view() << ":0";
            baselines.text(uuidOf(key.view(), ++baselineRows)).integer(id).integer(0).text(approved.view()).real(p.originalBudget)
                .text(start.view()).text(originalEnd.view()).text(QByteArrayView("Original"));
            if (!insert(baselines))
                return false;
            key.clear() << "decision:" << code.view() << ":0";
            decisions.text(uuidOf(key.view(), ++decisionRows)).integer(id).text(approved.view()).text(QByteArrayView(authority))
                .text(QByteArrayView("authorization")).text(QByteArrayView("Project authorized."))
                .text(QByteArrayView("Projet autorisé.")).real(p.originalBudget);
            if (!insert(decisions))
                return false;
            if (reauthorized) {
                when.clear().date(periodDate(p.reauthorizedInPeriod).addDays(-20));
                key.clear() << "baseline:" << code.view() << ":1";
                baselines.text(uuidOf(key.view(), ++baselineRows)).integer(id).integer(1).text(when.view()).real(p.budget)
                    .text(start.view()).text(end.view()).text(QByteArrayView("Re-authorization"));
                if (!insert(baselines))
                    return false;
                key.clear() << "decision:" << code.view() << ":1";
                decisions.text(uuidOf(key.view(), ++decisionRows)).integer(id).text(when.view()).text(QByteArrayView(authority))
                    .text(QByteArrayView("reauthorization")).text(QByteArrayView("Revised authorization."))
                    .text(QByteArrayView("Autorisation révisée.")).real(p.budget - p.originalBudget);
                if (!insert(decisions))
                    return false;
            }
            if (r.chance(0.6)) {
                const int measure = 1 + r.below(SyntheticSample::measures);
                key.clear() << "project_measure:" << code.view() << ':' << measure;
                links.text(uuidOf(key.view(), ++linkRows)).integer(id).integer(measure);
                if (!insert(links))
                    return false;
            }
            m_projects.push_back(p);
        }
        return writeHeldRows();
    }

    // Ten quarters ending September 2016 (the last one is the current state).
    static QDate periodDate(int index)
    {
        return QDate(2014, 7, 1).addMonths(3 * index).addDays(-1);
    }

    bool writePeriods()
    {
        BulkInsert periods(m_db, QStringLiteral("reporting_period"), BulkInsert::periodColumns());
        // Periods one row at a time (their ids are referred to); their projects and measures 32 rows to a
        // statement, written in full before this returns.
        BulkInsert projectRows(*m_bulk, Entity::PeriodProject, BulkInsert::periodProjectColumns());
        BulkInsert measureRows(*m_bulk, Entity::PeriodMeasure, BulkInsert::periodMeasureColumns());
        const HealthRule rule = m_file.healthRule();
        SampleUuid uuidOf(m_ns);
        quint64 periodRows = 0; // in row order (SampleUuid)
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
            Utf8 periodKey, forecastEnd;
            periodKey.clear() << "period_project:" << QByteArrayView(key.toLatin1()) << ':';
            const qsizetype prefix = periodKey.view().size();
            Project p;
            for (size_t i = 0; i < m_projects.size(); ++i) {
                const GeneratedProject &g = m_projects[i];
                const int back = last - pi;
                const bool latest = g.reauthorizedInPeriod < 0 || pi >= g.reauthorizedInPeriod;
                p.budget = latest ? g.budget : g.originalBudget;
                p.plannedStart = g.start;
                p.plannedEnd = latest ? g.end : g.originalEnd;
                // Earlier forecasts drift back from today's, so trends move period after period.
                p.forecastCost = std::round(g.forecastCost * (1.0 - g.costDrift * back / last));
                p.forecastEnd = g.forecastEnd.addDays(-qint64(std::llround(g.scheduleDrift * back / last
                                                                          * double(g.start.daysTo(g.end)))));
                const State state = g.state != State::Active && back > 1 ? State::Active : g.state;
                const Health cost = rule.computeCost(p);
                const Health schedule = rule.computeSchedule(p);
                periodKey.truncate(prefix).code(int(i + 1));
                forecastEnd.clear().date(p.forecastEnd);
                projectRows.text(uuidOf(periodKey.view(), ++periodRows)).integer(periodId).integer(qint64(i + 1))
                    .text(QByteArrayView(stateKey(state))).real(p.budget).real(*p.forecastCost).text(forecastEnd.view());
                bindHealth(projectRows, cost);
                bindHealth(projectRows, schedule);
                bindHealth(projectRows, worse(cost, schedule));
                if (!insert(projectRows))
                    return false;
            }
        }
        return writeHeldRows();
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
        BulkInsert rows(*m_bulk, Entity::Workforce,
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
        return writeHeldRows();
    }

    bool writeEnvelopes()
    {
        Random r = stream(6);
        BulkInsert rows(*m_bulk, Entity::Envelope,
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
        return writeHeldRows();
    }

    PortfolioFile &m_file;
    QSqlDatabase m_db;
    BulkWrite *m_bulk = nullptr; // run()'s, while it runs
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
