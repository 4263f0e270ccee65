// The jurisdiction and the classification banner, typed once in one language, named in the language of
// each briefing and chart: official markings and Canadian jurisdictions are given in the document's
// language however they were typed; anything else is kept as typed.
#include "i18n/language.h"
#include "model/officialnames.h"

#include <QTest>

using namespace Vigie;

class TestOfficialNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classification_data();
    void classification();
    void jurisdiction_data();
    void jurisdiction();
    void absoluteValuesHeldTogether_data();
    void absoluteValuesHeldTogether();
};

void TestOfficialNames::classification_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("fr");
    QTest::newRow("french capitals") << "NON CLASSIFIÉ" << "UNCLASSIFIED" << "NON CLASSIFIÉ";
    QTest::newRow("without accent") << "NON CLASSIFIE" << "UNCLASSIFIED" << "NON CLASSIFIE";
    QTest::newRow("english capitals") << "PROTECTED B" << "PROTECTED B" << "PROTÉGÉ B";
    QTest::newRow("english as written") << "Protected A" << "Protected A" << "Protégé A";
    QTest::newRow("extra spaces") << "  protected   c " << "protected   c" << "Protégé C";
    QTest::newRow("top secret") << "TRÈS SECRET" << "TOP SECRET" << "TRÈS SECRET";
    QTest::newRow("same in both") << "SECRET" << "SECRET" << "SECRET";
    QTest::newRow("both languages") << "UNCLASSIFIED / NON CLASSIFIÉ" << "UNCLASSIFIED / NON CLASSIFIÉ"
                                    << "UNCLASSIFIED / NON CLASSIFIÉ";
    QTest::newRow("own wording") << "Cabinet confidence" << "Cabinet confidence" << "Cabinet confidence";
    QTest::newRow("a marking inside other words") << "PROTECTED B when filled in" << "PROTECTED B when filled in"
                                                  << "PROTECTED B when filled in";
    QTest::newRow("empty") << "" << "" << "";
}

void TestOfficialNames::classification()
{
    QFETCH(QString, typed);
    QFETCH(QString, en);
    QFETCH(QString, fr);
    QCOMPARE(OfficialNames::classification(typed, QStringLiteral("en")), en);
    QCOMPARE(OfficialNames::classification(typed, QStringLiteral("fr")), fr);
}

void TestOfficialNames::jurisdiction_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("fr");
    QTest::newRow("Québec") << "Québec" << "Quebec" << "Québec";
    QTest::newRow("Quebec") << "Quebec" << "Quebec" << "Québec";
    QTest::newRow("government, typographic apostrophe") << "Gouvernement de l’Ontario" << "Government of Ontario"
                                                          << "Gouvernement de l’Ontario";
    QTest::newRow("hyphen as space") << "colombie britannique" << "British Columbia" << "colombie britannique";
    QTest::newRow("territories") << "Northwest Territories" << "Northwest Territories" << "Territoires du Nord-Ouest";
    QTest::newRow("federal") << "Government of Canada" << "Government of Canada" << "Gouvernement du Canada";
    QTest::newRow("a city") << "Ville de Montréal" << "Ville de Montréal" << "Ville de Montréal";
}

void TestOfficialNames::jurisdiction()
{
    QFETCH(QString, typed);
    QFETCH(QString, en);
    QFETCH(QString, fr);
    QCOMPARE(OfficialNames::jurisdiction(typed, QStringLiteral("en")), en);
    QCOMPARE(OfficialNames::jurisdiction(typed, QStringLiteral("fr")), fr);
}

void TestOfficialNames::absoluteValuesHeldTogether_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tied");
    const QString wj(QChar(0x2060));
    QTest::newRow("french word") << QStringLiteral("%1 : |écart| ≤ 10 %") << QStringLiteral("%1 : |") + wj + QStringLiteral("écart| ≤ 10 %");
    QTest::newRow("twice") << QStringLiteral("10% < |variance| < 30%, |variance| ≥ 30%")
                           << QStringLiteral("10% < |") + wj + QStringLiteral("variance| < 30%, |") + wj + QStringLiteral("variance| ≥ 30%");
    QTest::newRow("number") << QStringLiteral("|50,0\u00a0%| atteint") << QStringLiteral("|") + wj + QStringLiteral("50,0\u00a0%| atteint");
    QTest::newRow("already tied") << QStringLiteral("|") + wj + QStringLiteral("écart|") << QStringLiteral("|") + wj + QStringLiteral("écart|");
    QTest::newRow("alternatives") << QStringLiteral("--prefer mine|theirs") << QStringLiteral("--prefer mine|theirs");
    QTest::newRow("separators") << QStringLiteral("Rouge | Vert | Jaune") << QStringLiteral("Rouge | Vert | Jaune");
    QTest::newRow("html") << QStringLiteral("<td>|x|</td>") << QStringLiteral("<td>|") + wj + QStringLiteral("x|</td>");
}

void TestOfficialNames::absoluteValuesHeldTogether()
{
    QFETCH(QString, text);
    QFETCH(QString, tied);
    QCOMPARE(Language::tiedAbsoluteValues(text), tied);
}

QTEST_GUILESS_MAIN(TestOfficialNames)
#include "tst_officialnames.moc"
