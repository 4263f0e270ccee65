// The bundled samples: the Quebec sample reproduces the published figures from its data, and the
// synthetic generator is deterministic.
#include "analysis/summary.h"
#include "storage/sqlaccess.h"
#include "sample/quebecsample.h"
#include "sample/samplewriter.h"
#include "sample/synthetic.h"
#include "storage/bulkwrite.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/sqlutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return -1;
    }
    return q.value(0).toInt();
}

// Every row of every table, in id order: two files with the same content give the same digest. The
// creation time of the file is the only thing allowed to differ.
QByteArray contentDigest(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (table == QLatin1String("change_journal"))
            continue;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (q.next()) {
            const QSqlRecord r = q.record();
            hash.addData(table.toUtf8());
            for (int i = 0; i < r.count(); ++i) {
                if (table == QLatin1String("portfolio") && r.fieldName(i) == QLatin1String("created_at"))
                    continue;
                hash.addData(r.value(i).toString().toUtf8() + '\x1f');
            }
        }
    }
    return hash.result();
}

} // namespace

class TestSample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void portfolio();
    void costIndicator();
    void scheduleIndicator();
    void measures();
    void seedMeasures_data();
    void seedMeasures();
    void measureHistory();
    void projects();
    void baselinesAndDecisions();
    void bilingualNames();
    void periods();
    void workforce();
    void envelopes();
    void quebecIsDeterministic();
    void refusesToOverwrite();
    void failureLeavesNoFile();
    void batchedRowsWrittenInOrder();
    void syntheticShape();
    void syntheticIsDeterministic();
    void syntheticNameGroupsItsFigure();
    void syntheticRefusesBadCounts();
    void fastUuidsAreTheSampleUuids();

private:
    QSqlDatabase db() const { return sqlDatabase(*m_file); }

    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    Summary m_summary;
};

void TestSample::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("quebec.vigie"));
    QString error;
    bool cannotWrite = true;
    QVERIFY2(QuebecSample::write(path, &error, &cannotWrite), qPrintable(error));
    QVERIFY(!cannotWrite);
    QVERIFY(!QFile::exists(path + QStringLiteral(".building")));
    FileError fileError;
    m_file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fileError);
    QVERIFY2(m_file, qPrintable(fileError.message));
    QVERIFY2(SummaryBuilder::compute(*m_file, &m_summary, &error), qPrintable(error));
}

void TestSample::portfolio()
{
    const PortfolioInfo info = m_file->info();
    // Both official languages, each in its own slot.
    QCOMPARE(info.name, QStringLiteral("Quebec — Government IT Strategy 2015-2018"));
    QCOMPARE(info.nameFr, QStringLiteral("Québec — Stratégie gouvernementale en TI 2015-2018"));
    QCOMPARE(info.jurisdiction, QStringLiteral("Québec"));
    QCOMPARE(info.currency, QStringLiteral("CAD"));
    QCOMPARE(info.defaultLanguage, QStringLiteral("fr"));
    QCOMPARE(info.cioName, QStringLiteral("Benoit Boivin"));
    QCOMPARE(info.classification, QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ"));
    QCOMPARE(m_file->healthRule(), HealthRule::variance1030());
    QCOMPARE(m_file->schemaVersion(), Schema::currentVersion);
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM plan WHERE title_fr = 'Rénover l''État par les technologies "
                                        "de l''information' AND start_date = '2015-06-01' AND end_date = '2018-03-31'")),
             1);
}

void TestSample::costIndicator()
{
    const Summary &s = m_summary;
    QCOMPARE(s.activeProjects, 197);
    QCOMPARE(s.totalAmount, 428490000.0);
    QCOMPARE(s.cost.green.count, 186);
    QCOMPARE(s.cost.green.amount, 415560000.0);
    QCOMPARE(s.cost.yellow.count, 8);
    QCOMPARE(s.cost.yellow.amount, 11900000.0);
    QCOMPARE(s.cost.red.count, 3);
    QCOMPARE(s.cost.red.amount, 1030000.0);
    QCOMPARE(s.cost.unrated.count, 0);
    QCOMPARE(Summary::percent(s.cost.green.count, s.activeProjects, 1), 94.4);
    QCOMPARE(Summary::percent(s.cost.yellow.count, s.activeProjects, 1), 4.1);
    QCOMPARE(Summary::percent(s.cost.red.count, s.activeProjects, 1), 1.5);
    QCOMPARE(Summary::percent(s.cost.green.amount, s.totalAmount, 2), 96.98);
    QCOMPARE(Summary::percent(s.cost.yellow.amount, s.totalAmount, 2), 2.78);
    QCOMPARE(Summary::percent(s.cost.red.amount, s.totalAmount, 2), 0.24);
    // Computed, not declared: the file carries no declared colour.
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM project WHERE declared_cost IS NOT NULL "
                                        "OR declared_schedule IS NOT NULL OR declared_overall IS NOT NULL")),
             0);
}

void TestSample::scheduleIndicator()
{
    const Summary &s = m_summary;
    QCOMPARE(s.schedule.green.count, 146);
    QCOMPARE(s.schedule.green.amount, 337860000.0);
    QCOMPARE(s.schedule.yellow.count, 20);
    QCOMPARE(s.schedule.yellow.amount, 23230000.0);
    QCOMPARE(s.schedule.red.count, 31);
    QCOMPARE(s.schedule.red.amount, 67400000.0);
    QCOMPARE(s.schedule.unrated.count, 0);
    QCOMPARE(Summary::percent(s.schedule.green.count, s.activeProjects, 1), 74.1);
    QCOMPARE(Summary::percent(s.schedule.yellow.count, s.activeProjects, 1), 10.2);
    QCOMPARE(Summary::percent(s.schedule.red.count, s.activeProjects, 1), 15.7);
    QCOMPARE(Summary::percent(s.schedule.green.amount, s.totalAmount, 2), 78.85);
    QCOMPARE(Summary::percent(s.schedule.yellow.amount, s.totalAmount, 2), 5.42);
    QCOMPARE(Summary::percent(s.schedule.red.amount, s.totalAmount, 2), 15.73);

    // The variances stay clear of the 10% and 30% boundaries, so the figures do not hinge on a day.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT budget, planned_start, planned_end, forecast_cost, forecast_end, code "
                                  "FROM project WHERE state = 'active'")));
    while (q.next()) {
        const QDate start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const double cv = std::abs(*HealthRule::costVariance(q.value(0).toDouble(), q.value(3).toDouble()));
        const double sv = std::abs(*HealthRule::scheduleVariance(
            start, end, QDate::fromString(q.value(4).toString(), Qt::ISODate)));
        for (double v : { cv, sv })
            QVERIFY2(std::abs(v - 10.0) > 1.0 && std::abs(v - 30.0) > 1.0, qPrintable(q.value(5).toString()));
    }
}

void TestSample::measures()
{
    const Summary &s = m_summary;
    QCOMPARE(s.measuresTotal, 36);
    QCOMPARE(s.measuresByStatus[int(MeasureStatus::Completed)], 11);
    QCOMPARE(s.measuresByStatus[int(MeasureStatus::UnderWay)], 21);
    QCOMPARE(s.measuresByStatus[int(MeasureStatus::NotStarted)], 4);
    QCOMPARE(s.measuresByStatus[int(MeasureStatus::Cancelled)], 0);
    QCOMPARE(s.areas.size(), 4);
    const QStringList en { QStringLiteral("Reviewing and strengthening governance"),
                           QStringLiteral("Managing talent more effectively"), QStringLiteral("Adopting best practices"),
                           QStringLiteral("Bringing the government into touch with citizens") };
    const QStringList fr { QStringLiteral("Revoir et renforcer la gouvernance"), QStringLiteral("Mieux gérer les talents"),
                           QStringLiteral("Adopter les meilleures pratiques"),
                           QStringLiteral("Rapprocher l'État des citoyens") };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(s.areas.at(i).number, i + 1);
        QCOMPARE(s.areas.at(i).title.en, en.at(i));
        QCOMPARE(s.areas.at(i).title.fr, fr.at(i));
    }
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(DISTINCT number) FROM measure WHERE number BETWEEN 1 AND 36")), 36);
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM measure WHERE due_date > '2018-03-31' OR due_date IS NULL")), 0);
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM measure WHERE (status = 'completed') <> (percent_complete = 100)")),
             0);
}

void TestSample::seedMeasures_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("area");
    QTest::addColumn<QString>("status");
    auto row = [](int number, int area, const char *status) {
        QTest::addRow("measure %d", number) << number << area << QString::fromLatin1(status);
    };
    // The accomplishments and priorities of the September 2016 PSCIOC template.
    row(9, 1, "completed");
    row(10, 2, "completed");
    row(13, 2, "completed");
    row(16, 3, "completed");
    row(17, 3, "completed");
    row(18, 3, "completed");
    row(20, 3, "completed");
    row(24, 3, "completed");
    row(33, 4, "completed");
    row(12, 2, "under_way");
    row(15, 2, "under_way");
    row(29, 4, "under_way");
}

void TestSample::seedMeasures()
{
    QFETCH(int, number);
    QFETCH(int, area);
    QFETCH(QString, status);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT k.number, m.status FROM measure m JOIN key_area k ON k.id = m.key_area_id "
                             "WHERE m.number = ?"));
    q.addBindValue(number);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), area);
    QCOMPARE(q.value(1).toString(), status);
}

void TestSample::measureHistory()
{
    // Every measure that moved has its history, ending in its current status, with who and when.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT m.number, m.status, "
                                  "(SELECT to_status FROM measure_status_history h WHERE h.measure_id = m.id "
                                  " ORDER BY changed_at DESC LIMIT 1), "
                                  "(SELECT COUNT(*) FROM measure_status_history h WHERE h.measure_id = m.id "
                                  " AND (author = '' OR comment = '' OR changed_at > '2016-09')) "
                                  "FROM measure m")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString status = q.value(1).toString();
        if (status == QLatin1String("not_started"))
            QVERIFY(q.value(2).isNull());
        else
            QCOMPARE(q.value(2).toString(), status);
        QCOMPARE(q.value(3).toInt(), 0);
    }
    QCOMPARE(rows, 36);
}

void TestSample::projects()
{
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM project WHERE budget < 100000 OR original_budget < 100000")), 0);
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM project WHERE budget <> ROUND(budget)")), 0);
    QVERIFY(count(db(), QStringLiteral("SELECT COUNT(*) FROM project WHERE state = 'completed' AND delivered_date "
                                       "BETWEEN '2015-01-01' AND '2016-12-31'")) >= 10);
    QVERIFY(count(db(), QStringLiteral("SELECT COUNT(*) FROM project WHERE state = 'cancelled'")) >= 1);
    // Every active project has the data the rule needs, an organization and a phase.
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM project WHERE state = 'active' AND (forecast_cost IS NULL "
                                        "OR forecast_end IS NULL OR actual_cost IS NULL OR planned_start IS NULL "
                                        "OR organization_id IS NULL OR phase = '')")),
             0);
    // Projects linked to the measures they serve, e.g. the cloud messaging service (17, 18, 20).
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM project_measure pm JOIN measure m ON m.id = pm.measure_id "
                                        "JOIN project p ON p.id = pm.project_id WHERE p.code = 'CSPQ-2015-004'")),
             3);
    QVERIFY(count(db(), QStringLiteral("SELECT COUNT(DISTINCT project_id) FROM project_measure")) >= 20);
}

void TestSample::baselinesAndDecisions()
{
    // The project's current and original baselines are its latest and first baseline rows.
    QCOMPARE(count(db(), QStringLiteral(
                 "SELECT COUNT(*) FROM project p WHERE budget <> (SELECT budget FROM baseline b WHERE b.project_id = p.id "
                 "ORDER BY sequence DESC LIMIT 1) OR original_budget <> (SELECT budget FROM baseline b "
                 "WHERE b.project_id = p.id ORDER BY sequence LIMIT 1) OR planned_end <> (SELECT planned_end FROM baseline b "
                 "WHERE b.project_id = p.id ORDER BY sequence DESC LIMIT 1)")),
             0);
    const int reauthorized = count(db(), QStringLiteral("SELECT COUNT(DISTINCT project_id) FROM baseline WHERE sequence > 0"));
    QVERIFY2(reauthorized >= 20, qPrintable(QString::number(reauthorized)));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM decision WHERE kind = 'reauthorization'")),
             count(db(), QStringLiteral("SELECT COUNT(*) FROM baseline WHERE sequence > 0")));
    // The budget changes of a project's decisions add up to its authorized budget.
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM project p WHERE budget <> "
                                        "(SELECT TOTAL(budget_change) FROM decision d WHERE d.project_id = p.id)")),
             0);
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM project p WHERE NOT EXISTS "
                                        "(SELECT 1 FROM decision d WHERE d.project_id = p.id)")),
             0);
    QVERIFY(count(db(), QStringLiteral("SELECT COUNT(*) FROM decision WHERE authority = 'Conseil du trésor'")) > 10);
    QVERIFY(count(db(), QStringLiteral("SELECT COUNT(*) FROM decision WHERE authority = 'Dirigeant principal de "
                                       "l''information'")) > 10);
}

void TestSample::bilingualNames()
{
    const QStringList checks {
        QStringLiteral("SELECT COUNT(*) FROM organization WHERE TRIM(name_en) = '' OR TRIM(name_fr) = ''"),
        QStringLiteral("SELECT COUNT(*) FROM plan WHERE TRIM(title_en) = '' OR TRIM(title_fr) = ''"),
        QStringLiteral("SELECT COUNT(*) FROM key_area WHERE TRIM(title_en) = '' OR TRIM(title_fr) = ''"),
        QStringLiteral("SELECT COUNT(*) FROM measure WHERE TRIM(title_en) = '' OR TRIM(title_fr) = ''"),
        QStringLiteral("SELECT COUNT(*) FROM project WHERE TRIM(name_en) = '' OR TRIM(name_fr) = ''"),
        QStringLiteral("SELECT COUNT(*) FROM decision WHERE TRIM(text_en) = '' OR TRIM(text_fr) = ''"),
        QStringLiteral("SELECT COUNT(*) FROM specialty WHERE TRIM(name_en) = '' OR TRIM(name_fr) = ''"),
        // Comments in both languages: the French source comments were stored as the English form.
        QStringLiteral("SELECT COUNT(*) FROM measure WHERE TRIM(comment) = '' OR TRIM(comment_fr) = '' "
                       "OR comment = comment_fr"),
        QStringLiteral("SELECT COUNT(*) FROM measure_status_history WHERE TRIM(comment) = '' OR TRIM(comment_fr) = '' "
                       "OR comment = comment_fr"),
    };
    for (const QString &sql : checks)
        QVERIFY2(count(db(), sql) == 0, qPrintable(sql));
    // French and English really differ (not one language copied into the other).
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM measure WHERE title_en = title_fr")), 0);
    QVERIFY(count(db(), QStringLiteral("SELECT COUNT(*) FROM project WHERE name_en = name_fr")) == 0);
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM measure WHERE comment LIKE '%é%'")), 0); // English
}

void TestSample::periods()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id, label, as_of FROM reporting_period ORDER BY as_of")));
    QList<RowId> ids;
    QStringList labels;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        labels << q.value(1).toString();
    }
    QCOMPARE(labels, QStringList({ QStringLiteral("December 2015"), QStringLiteral("March 2016"), QStringLiteral("August 2016") }));
    // Completed measures grow 4, 7, 11.
    const QList<int> completed { 4, 7, 11 };
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM period_measure WHERE status = 'completed' AND period_id = %1")
                                 .arg(ids.at(i))),
                 completed.at(i));
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM period_measure WHERE period_id = %1").arg(ids.at(i))), 36);
    }
    // The last period is the current state.
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM period_project pp JOIN project p ON p.id = pp.project_id "
                                        "WHERE pp.period_id = %1 AND (pp.state <> p.state OR pp.budget <> p.budget "
                                        "OR pp.forecast_cost <> p.forecast_cost OR pp.cost IS NOT p.computed_cost "
                                        "OR pp.schedule IS NOT p.computed_schedule)")
                             .arg(ids.last())),
             0);
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM period_project WHERE period_id = %1").arg(ids.last())),
             count(db(), QStringLiteral("SELECT COUNT(*) FROM project")));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM period_measure pm JOIN measure m ON m.id = pm.measure_id "
                                        "WHERE pm.period_id = %1 AND pm.status <> m.status").arg(ids.last())),
             0);
    // Earlier periods differ: the trend is real.
    const int redThen = count(db(), QStringLiteral("SELECT COUNT(*) FROM period_project WHERE period_id = %1 "
                                                   "AND state = 'active' AND schedule = 'red'").arg(ids.first()));
    QVERIFY(redThen > 0 && redThen != 31);
    QVERIFY(count(db(), QStringLiteral("SELECT COUNT(*) FROM period_project WHERE period_id = %1").arg(ids.first())) > 150);
    // Overall is the worse of the two.
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM period_project WHERE (cost = 'red' OR schedule = 'red') "
                                        "AND overall <> 'red'")),
             0);
}

void TestSample::workforce()
{
    QCOMPARE(m_summary.workforceOrganizations, 59);
    QCOMPARE(m_summary.workforceSurvey, QDate(2016, 3, 31));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM organization")), 59);
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(DISTINCT survey_date) FROM workforce")), 2);
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(DISTINCT organization_id) FROM workforce "
                                        "WHERE survey_date = '2015-03-31'")),
             59);
    const int specialties = count(db(), QStringLiteral("SELECT COUNT(*) FROM specialty"));
    QVERIFY(specialties >= 18 && specialties <= 24);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT name_en FROM specialty WHERE core_function = 1 ORDER BY id")));
    QStringList core;
    while (q.next())
        core << q.value(0).toString();
    QCOMPARE(core, QStringList({ QStringLiteral("Business architecture"), QStringLiteral("Enterprise architecture"),
                                 QStringLiteral("Strategic consulting"), QStringLiteral("Information security"),
                                 QStringLiteral("Business intelligence"), QStringLiteral("Project management") }));
    // At-risk specialties: more external than internal at the latest survey.
    const int atRisk = count(db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT specialty_id FROM workforce "
                                                  "WHERE survey_date = '2016-03-31' GROUP BY specialty_id "
                                                  "HAVING TOTAL(external_fte) > TOTAL(internal_fte))"));
    QVERIFY2(atRisk >= 2 && atRisk <= 6, qPrintable(QString::number(atRisk)));
    QVERIFY(m_summary.internalFte > 1000 && m_summary.externalFte > 500);
    QVERIFY(m_summary.externalPercent() > 20 && m_summary.externalPercent() < 50);
}

void TestSample::envelopes()
{
    QCOMPARE(m_summary.envelopeYear, 2017);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT fiscal_year, COUNT(*), TOTAL(planned_needs), TOTAL(granted), TOTAL(committed) "
                                  "FROM envelope GROUP BY fiscal_year ORDER BY fiscal_year")));
    QList<int> years;
    while (q.next()) {
        years << q.value(0).toInt();
        QVERIFY(q.value(2).toDouble() > q.value(3).toDouble()); // some needs are not granted
        QVERIFY(q.value(3).toDouble() > q.value(4).toDouble());
    }
    QCOMPARE(years, QList<int>({ 2015, 2016, 2017 }));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM envelope WHERE granted > planned_needs OR committed > granted")),
             0);
}

void TestSample::quebecIsDeterministic()
{
    const QString path = m_dir.filePath(QStringLiteral("again.vigie"));
    QString error;
    QVERIFY2(QuebecSample::write(path, &error), qPrintable(error));
    FileError fileError;
    auto again = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fileError);
    QVERIFY(again);
    QCOMPARE(contentDigest(sqlDatabase(*again)), contentDigest(db()));
    QCOMPARE(again->info().uuid, m_file->info().uuid);
}

void TestSample::refusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("taken.vigie"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not yours");
    f.close();
    QString error;
    bool cannotWrite = false;
    QVERIFY(!QuebecSample::write(path, &error, &cannotWrite));
    QVERIFY(cannotWrite);
    QVERIFY(error.contains(QStringLiteral("taken.vigie")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not yours"));
}

void TestSample::failureLeavesNoFile()
{
    // A fill that fails halfway: nothing is left at the path, not even the temporary file.
    const QString path = m_dir.filePath(QStringLiteral("half.vigie"));
    QString error;
    bool cannotWrite = true;
    const bool ok = SampleWriter::write(
        path, QStringLiteral("Half"),
        [](PortfolioFile &file, QString *e) {
            BulkInsert insert(sqlDatabase(file), QStringLiteral("organization"),
                              { QStringLiteral("uuid"), QStringLiteral("code") });
            insert.add({ QStringLiteral("u1"), QStringLiteral("A") });
            if (insert.add({ QStringLiteral("u2"), QStringLiteral("A") })) // duplicate code
                return true;
            *e = insert.error();
            return false;
        },
        &error, &cannotWrite);
    QVERIFY(!ok);
    QVERIFY(!cannotWrite);
    QVERIFY(error.contains(QStringLiteral("organization")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".building")));
    // And a folder that does not exist is an output problem.
    QVERIFY(!QuebecSample::write(m_dir.filePath(QStringLiteral("no/such/folder/q.vigie")), &error, &cannotWrite));
    QVERIFY(cannotWrite);
}

namespace {

std::unique_ptr<PortfolioFile> synthetic(const QString &path, int projects, quint64 seed)
{
    QString error;
    SyntheticOptions options;
    options.projects = projects;
    options.seed = seed;
    if (!SyntheticSample::write(path, options, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    FileError fileError;
    return PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fileError);
}

QByteArray summaryJson(const PortfolioFile &file)
{
    Summary summary;
    QString error;
    if (!SummaryBuilder::compute(file, &summary, &error))
        return {};
    return QJsonDocument(SummaryBuilder::toJson(summary)).toJson(QJsonDocument::Compact);
}

} // namespace

void TestSample::batchedRowsWrittenInOrder()
{
    // The batched form holds rows back and writes them 32 to a statement: 70 rows are two statements
    // and 6 rows held until the BulkWrite's flush, numbered as SQLite numbers them, in the order given.
    const QString path = m_dir.filePath(QStringLiteral("batched.vigie"));
    QString error;
    QVERIFY2(SampleWriter::write(
                 path, QStringLiteral("Batched"),
                 [](PortfolioFile &file, QString *e) {
                     BulkWrite bulk(file);
                     BulkInsert insert(bulk, Entity::Organization, { QStringLiteral("uuid"), QStringLiteral("code") });
                     for (int i = 1; i <= 70; ++i) {
                         const QByteArray code = QByteArrayLiteral("C") + QByteArray::number(i);
                         if (!insert.text(QStringLiteral("u%1").arg(i)).text(QByteArrayView(code)).insert()) {
                             *e = insert.error();
                             return false;
                         }
                     }
                     if (count(sqlDatabase(file), QStringLiteral("SELECT COUNT(*) FROM organization")) != 64)
                         return setError(e, QStringLiteral("not 64 rows before the flush"));
                     return bulk.flush(e);
                 },
                 &error),
             qPrintable(error));
    FileError fileError;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fileError);
    QVERIFY(file);
    QCOMPARE(count(sqlDatabase(*file), QStringLiteral("SELECT COUNT(*) FROM organization")), 70);
    QCOMPARE(count(sqlDatabase(*file), QStringLiteral("SELECT COUNT(*) FROM organization WHERE code <> 'C' || id "
                                                      "OR uuid <> 'u' || id")),
             0);

    // A row the schema refuses, held back: its statement fails when written, the table and column are
    // named, and no file is left.
    const QString refused = m_dir.filePath(QStringLiteral("refused.vigie"));
    QVERIFY(!SampleWriter::write(
        refused, QStringLiteral("Refused"),
        [](PortfolioFile &file, QString *e) {
            BulkWrite bulk(file);
            BulkInsert insert(bulk, Entity::Organization, { QStringLiteral("uuid"), QStringLiteral("code") });
            insert.text(QStringLiteral("u1")).text(QStringLiteral("A")).insert();
            insert.text(QStringLiteral("u2")).text(QStringLiteral("A")).insert(); // duplicate code, held
            return bulk.flush(e);
        },
        &error));
    QVERIFY2(error.contains(QStringLiteral("organization")) && error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
    QVERIFY(!QFile::exists(refused));
}

void TestSample::syntheticShape()
{
    auto file = synthetic(m_dir.filePath(QStringLiteral("shape.vigie")), 250, 3);
    QVERIFY(file);
    const QSqlDatabase d = sqlDatabase(*file);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM project")), 250);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM organization")), 500);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM reporting_period")), 10);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM period_project")), 2500);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM measure")), 2000);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM period_measure")), 20000);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM specialty")), 60);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM workforce")), 30000);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(DISTINCT fiscal_year) FROM envelope")), 3);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM project WHERE budget < 100000 OR computed_cost IS NULL "
                                     "OR computed_schedule IS NULL")),
             0);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM project WHERE TRIM(name_en) = '' OR TRIM(name_fr) = ''")), 0);
    // The last period is the current state; the baselines match the project's columns.
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM period_project pp JOIN project p ON p.id = pp.project_id "
                                     "WHERE pp.period_id = 10 AND (pp.budget <> p.budget OR pp.cost IS NOT p.computed_cost "
                                     "OR pp.schedule IS NOT p.computed_schedule OR pp.state <> p.state)")),
             0);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM period_measure pm JOIN measure m ON m.id = pm.measure_id "
                                     "WHERE pm.period_id = 10 AND pm.status <> m.status")),
             0);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM project p WHERE budget <> (SELECT budget FROM baseline b "
                                     "WHERE b.project_id = p.id ORDER BY sequence DESC LIMIT 1)")),
             0);
    // The project rows hold their first baseline and their count of baselines (schema 6).
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM project p WHERE baselines <> (SELECT COUNT(*) FROM baseline b "
                                     "WHERE b.project_id = p.id) OR NOT EXISTS (SELECT 1 FROM baseline b WHERE b.project_id = p.id "
                                     "AND b.sequence = 0 AND b.budget = p.original_budget AND b.planned_start = p.original_start "
                                     "AND b.planned_end = p.original_end)")),
             0);
    QVERIFY(count(d, QStringLiteral("SELECT COUNT(*) FROM project WHERE baselines = 2")) > 25);
    // Every reference the generator writes holds.
    QSqlQuery keys(d);
    QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!keys.next(), qPrintable(QStringLiteral("%1 row %2 -> %3").arg(keys.value(0).toString(),
                                                                          keys.value(1).toString(),
                                                                          keys.value(2).toString())));
    // Earlier periods are not copies of the last one.
    QVERIFY(count(d, QStringLiteral("SELECT COUNT(*) FROM period_project a JOIN period_project b "
                                    "ON a.project_id = b.project_id AND a.period_id = 1 AND b.period_id = 10 "
                                    "WHERE a.forecast_cost <> b.forecast_cost")) > 100);
}

void TestSample::syntheticNameGroupsItsFigure()
{
    // The name shown as the window's title and on the briefing: "1,200 projects", not "1200".
    auto file = synthetic(m_dir.filePath(QStringLiteral("name.vigie")), 1200, 2);
    QVERIFY(file);
    QCOMPARE(file->info().name, QStringLiteral("Synthetic portfolio (1,200 projects, seed 2)"));
}

void TestSample::syntheticIsDeterministic()
{
    auto a = synthetic(m_dir.filePath(QStringLiteral("a.vigie")), 300, 7);
    auto b = synthetic(m_dir.filePath(QStringLiteral("b.vigie")), 300, 7);
    auto c = synthetic(m_dir.filePath(QStringLiteral("c.vigie")), 300, 8);
    QVERIFY(a && b && c);
    const QByteArray json = summaryJson(*a);
    QVERIFY(json.contains("\"active\""));
    QCOMPARE(summaryJson(*b), json);
    QCOMPARE(contentDigest(sqlDatabase(*b)), contentDigest(sqlDatabase(*a)));
    QVERIFY(summaryJson(*c) != json);
    QVERIFY(contentDigest(sqlDatabase(*c)) != contentDigest(sqlDatabase(*a)));
}

void TestSample::syntheticRefusesBadCounts()
{
    for (int projects : { 0, -5, SyntheticSample::maxProjects + 1 }) {
        const QString path = m_dir.filePath(QStringLiteral("bad%1.vigie").arg(projects));
        SyntheticOptions options;
        options.projects = projects;
        QString error;
        QVERIFY(!SyntheticSample::write(path, options, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
}

void TestSample::fastUuidsAreTheSampleUuids()
{
    // The synthetic sample makes its UUIDs from UTF-8 keys without QString: they must stay the ones
    // SampleWriter::uuid() (QUuid::createUuidV5) gives, or every sample file would change.
    const QUuid ns = SampleWriter::sampleNamespace(QStringLiteral("synthetic/1"));
    SampleUuid fast(ns);
    for (const QString &key : { QStringLiteral("project:P000001"), QStringLiteral("period_project:2016-09:P123456"),
                                QStringLiteral("décision:é"), QString() }) {
        const QByteArray utf8 = key.toUtf8();
        QCOMPARE(QString::fromLatin1(fast(utf8).toByteArray()), SampleWriter::uuid(ns, key));
    }
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
