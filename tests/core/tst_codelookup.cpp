// A code's other spellings found through the code's index (CodeLookup): every spelling of a short code's
// letters, the ranges of a long one's first letters; the same codes as QString::compare ignoring case, and
// never a scan of the table. Used by the uniqueness of codes, the code a person types and the merge.
#include "model/entities.h"
#include "storage/codelookup.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "storage/sqlaccess.h"
#include "storage/structureedits.h"
#include "i18n/language.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestCodeLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void spellings();
    void sameCodesAsQt();
    void readThroughTheIndex();
    void codesTypedAreMatched();
    void codesStayUniqueIgnoringCase();

private:
    QStringList same(const QString &code, const QString &except = QString());
    QString add(const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<PortfolioFile> m_file;
    QHash<QString, QString> m_uuids;
};

void TestCodeLookup::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    FileError error;
    m_file = PortfolioFile::create(m_dir.filePath(QStringLiteral("codes.vigie")), QStringLiteral("Codes"), &error);
    QVERIFY2(m_file, qPrintable(error.message));
    for (const QString &code : { QStringLiteral("AMF-2014-001"), QStringLiteral("AMF-2014-002"), QStringLiteral("été-1"),
                                 QStringLiteral("k-1"), QStringLiteral("STRAßE-7"), QStringLiteral("INFRASTRUCTURE-NUAGIQUE-01"),
                                 QStringLiteral("INFRASTRUCTURE-NUAGIQUE-02"), QStringLiteral("INFRA-9") })
        QVERIFY2(!add(code).isEmpty(), qPrintable(code));
}

QString TestCodeLookup::add(const QString &code)
{
    const EditResult r = StructureEdits::add(*m_file, Entity::Project, { { Field::Code, code }, { Field::NameEn, code } },
                                             QStringLiteral("Add"));
    if (!r.ok)
        qWarning("add refused: %s", qPrintable(r.error));
    m_uuids.insert(code, r.uuid);
    return r.uuid;
}

QStringList TestCodeLookup::same(const QString &code, const QString &except)
{
    QSqlQuery q(sqlDatabase(*m_file));
    QList<CodeLookup::Row> rows;
    if (!CodeLookup::sameIgnoringCase(sqlDatabase(*m_file), q, QStringLiteral("project"), code, except, &rows))
        return { QStringLiteral("failed") };
    QStringList out;
    for (const CodeLookup::Row &r : rows) {
        if (m_uuids.value(r.code) != r.uuid)
            return { QStringLiteral("wrong uuid for ") + r.code };
        out << r.code;
    }
    out.sort();
    return out;
}

void TestCodeLookup::spellings()
{
    const QSqlDatabase db = sqlDatabase(*m_file);
    // Three letters: eight point lookups, each spelling once.
    CodeLookup::Condition c = CodeLookup::condition(db, QStringLiteral("amf-2014-001"));
    QVERIFY(c.whole);
    QCOMPARE(c.spellings, 8);
    QCOMPARE(c.values.size(), 8);
    QVERIFY(c.values.contains(QStringLiteral("AMF-2014-001")));
    QVERIFY(c.values.contains(QStringLiteral("aMf-2014-001")));
    // Letters with more than two spellings: k, K and the Kelvin sign; ß and the capital sharp s.
    c = CodeLookup::condition(db, QStringLiteral("k"));
    QCOMPARE(c.spellings, 3);
    QVERIFY(c.values.contains(QStringLiteral("\u212A")));
    c = CodeLookup::condition(db, QStringLiteral("\u00DF"));
    QCOMPARE(c.spellings, 2);
    QVERIFY(c.values.contains(QStringLiteral("\u1E9E")));
    // Accented capitals and small letters, outside the Basic Multilingual Plane too (Deseret).
    c = CodeLookup::condition(db, QStringLiteral("\u00C9T\u00C9"));
    QCOMPARE(c.spellings, 8);
    QVERIFY(c.values.contains(QStringLiteral("\u00E9t\u00E9")));
    c = CodeLookup::condition(db, QString::fromUcs4(U"\U00010400-1", 3));
    QCOMPARE(c.spellings, 2);
    QVERIFY(c.values.contains(QString::fromUcs4(U"\U00010428-1", 3)));
    // A long code: the ranges of its first five letters' 32 spellings, each bounded (a sixth, s, S or the
    // long s, would make 96).
    c = CodeLookup::condition(db, QStringLiteral("infrastructure-nuagique-01"));
    QVERIFY(!c.whole);
    QCOMPARE(c.spellings, 32);
    QCOMPARE(c.values.size(), 2 * 32);
    QVERIFY(c.values.contains(QStringLiteral("INFRA")));
    QVERIFY(c.values.contains(QStringLiteral("INFRB"))); // past every code starting with INFRA
    QVERIFY(c.values.contains(QStringLiteral("infra")));
    // No letter at all: one spelling.
    c = CodeLookup::condition(db, QStringLiteral("2014-001"));
    QVERIFY(c.whole);
    QCOMPARE(c.spellings, 1);
}

void TestCodeLookup::sameCodesAsQt()
{
    QCOMPARE(same(QStringLiteral("amf-2014-001")), QStringList { QStringLiteral("AMF-2014-001") });
    QCOMPARE(same(QStringLiteral("AMF-2014-001")), QStringList { QStringLiteral("AMF-2014-001") });
    QCOMPARE(same(QStringLiteral("AMF-2014-0001")), QStringList());
    QCOMPARE(same(QStringLiteral("\u00C9T\u00C9-1")), QStringList { QStringLiteral("été-1") });
    QCOMPARE(same(QStringLiteral("\u212A-1")), QStringList { QStringLiteral("k-1") });
    QCOMPARE(same(QStringLiteral("stra\u1E9Ee-7")), QStringList { QStringLiteral("STRAßE-7") });
    // Long codes through ranges: the one code, not the others starting alike.
    QCOMPARE(same(QStringLiteral("infrastructure-nuagique-02")), QStringList { QStringLiteral("INFRASTRUCTURE-NUAGIQUE-02") });
    QCOMPARE(same(QStringLiteral("Infrastructure-Nuagique-03")), QStringList());
    QCOMPARE(same(QStringLiteral("infra-9")), QStringList { QStringLiteral("INFRA-9") });
    // The row being edited is left out.
    QCOMPARE(same(QStringLiteral("amf-2014-002"), m_uuids.value(QStringLiteral("AMF-2014-002"))), QStringList());
    QCOMPARE(same(QStringLiteral("infrastructure-nuagique-01"), m_uuids.value(QStringLiteral("INFRASTRUCTURE-NUAGIQUE-01"))),
             QStringList());
}

void TestCodeLookup::readThroughTheIndex()
{
    // SQLite's plan for each form of the question: a search of the code's unique index, never a scan.
    const QSqlDatabase db = sqlDatabase(*m_file);
    for (const QString &code : { QStringLiteral("amf-2014-001"), QStringLiteral("infrastructure-nuagique-01"),
                                 QStringLiteral("\u00C9T\u00C9-1") }) {
        const CodeLookup::Condition c = CodeLookup::condition(db, code);
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT uuid, code FROM project WHERE %1 AND uuid <> ?").arg(c.where)));
        for (const QVariant &v : c.values)
            q.addBindValue(v);
        q.addBindValue(QString());
        QVERIFY2(q.exec(), qPrintable(code));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(!plan.isEmpty(), qPrintable(code));
        for (const QString &step : std::as_const(plan)) {
            QVERIFY2(!step.startsWith(QLatin1String("SCAN")), qPrintable(code + QStringLiteral(": ") + plan.join(QStringLiteral("; "))));
            QVERIFY2(step.contains(QLatin1String("USING INDEX")) || step.startsWith(QLatin1String("MULTI-INDEX OR"))
                         || step.startsWith(QLatin1String("INDEX ")),
                     qPrintable(code + QStringLiteral(": ") + plan.join(QStringLiteral("; "))));
        }
    }
}

void TestCodeLookup::codesTypedAreMatched()
{
    CodeMatch m = Repository::matchProjectCode(*m_file, QStringLiteral(" amf-2014-002 "));
    QCOMPARE(m.code, QStringLiteral("AMF-2014-002"));
    m = Repository::matchProjectCode(*m_file, QStringLiteral("\u00C9t\u00E9-1"));
    QCOMPARE(m.code, QStringLiteral("été-1"));
    m = Repository::matchProjectCode(*m_file, QStringLiteral("infrastructure-NUAGIQUE-01"));
    QCOMPARE(m.code, QStringLiteral("INFRASTRUCTURE-NUAGIQUE-01"));
    m = Repository::matchProjectCode(*m_file, QStringLiteral("AMF-2014-003"));
    QVERIFY(!m.found());
    QVERIFY(!m.ambiguous());
}

void TestCodeLookup::codesStayUniqueIgnoringCase()
{
    // Accented letters too, which SQLite's lower() leaves as they are.
    EditResult r = StructureEdits::add(*m_file, Entity::Project, { { Field::Code, QStringLiteral("\u00C9T\u00C9-1") } },
                                       QStringLiteral("Add"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("The code \"été-1\" is already used by another project."));
    r = StructureEdits::add(*m_file, Entity::Project, { { Field::Code, QStringLiteral("Infrastructure-Nuagique-02") } },
                            QStringLiteral("Add"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("The code \"INFRASTRUCTURE-NUAGIQUE-02\" is already used by another project."));
    // A project keeps its own code in another case.
    const QString uuid = m_uuids.value(QStringLiteral("k-1"));
    r = StructureEdits::set(*m_file, Entity::Project, uuid, { { Field::Code, QStringLiteral("K-1") } }, QStringLiteral("Edit"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(m_file->value(Entity::Project, uuid, Field::Code).toString(), QStringLiteral("K-1"));
}

QTEST_GUILESS_MAIN(TestCodeLookup)
#include "tst_codelookup.moc"
