// The JSON column mapping and the cell parsers it drives (numbers, dates, colours).
#include "io/mapping.h"
#include "io/valueparser.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

class TestMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheDocumentedExample();
    void badJsonSaysWhereAndWhat();
    void unknownNamesAreErrors_data();
    void unknownNamesAreErrors();
    void resolvesHeadersAndNumbers();
    void missingColumnsAreNamed();
    void defaultsSkipAbsentColumns();
    void saveLoadRoundTrip();
    void usDashboardMappingIsValid();
    void numbers_data();
    void numbers();
    void dates_data();
    void dates();
    void isoDates();
    void colours_data();
    void colours();
    void cleanText();
};

void TestMapping::parsesTheDocumentedExample()
{
    const QByteArray json = R"x({"delimiter": ",", "encoding": "utf-8", "decimal": ".", "date_format": "iso",
        "money_scale": 1000000,
        "columns": {"code": "Project ID", "name": "Project Name", "organization": "Agency Name",
                    "budget": "Planned Cost ($ M)", "forecast_cost": "Projected/Actual Cost ($ M)",
                    "cost_variance_percent": "Cost Variance (%)", "schedule_variance_percent": 16},
        "values": {"overall_declared": {"Green": "green", "Amber": "yellow", "Red": "red"}}})x";
    QStringList errors;
    const auto m = ImportMapping::fromJson(json, &errors);
    QVERIFY2(m, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(m->delimiter, ',');
    QCOMPARE(int(m->encoding), int(TextEncoding::Utf8));
    QCOMPARE(m->decimal, '.');
    QCOMPARE(int(m->dateFormat), int(DateFormat::Iso));
    QCOMPARE(m->moneyScale, 1e6);
    QCOMPARE(m->column(ImportField::Code).header, QStringLiteral("Project ID"));
    QCOMPARE(m->column(ImportField::ScheduleVariancePercent).number, 16);
    QVERIFY(!m->column(ImportField::Description).isSet());
    QCOMPARE(m->values[size_t(ImportField::OverallDeclared)].value(QStringLiteral("Amber")), QStringLiteral("yellow"));
    QVERIFY(!m->optionalColumns);
}

void TestMapping::unknownNamesAreErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("field") << QByteArray(R"({"columns": {"code": 1, "budjet": "Budget"}})") << QStringLiteral("budjet");
    QTest::newRow("values field") << QByteArray(R"({"columns": {"code": 1}, "values": {"colour": {}}})") << QStringLiteral("colour");
    QTest::newRow("key") << QByteArray(R"({"columns": {"code": 1}, "delimeter": ";"})") << QStringLiteral("delimeter");
    QTest::newRow("encoding") << QByteArray(R"({"columns": {"code": 1}, "encoding": "ebcdic"})") << QStringLiteral("ebcdic");
    QTest::newRow("date format") << QByteArray(R"({"columns": {"code": 1}, "date_format": "yy.mm"})") << QStringLiteral("yy.mm");
    QTest::newRow("column zero") << QByteArray(R"({"columns": {"code": 0}})") << QStringLiteral("code");
    QTest::newRow("no code") << QByteArray(R"({"columns": {"name": 1}})") << QStringLiteral("code");
    QTest::newRow("not json") << QByteArray("{columns") << QStringLiteral("JSON");
}

void TestMapping::unknownNamesAreErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    QStringList errors;
    QVERIFY(!ImportMapping::fromJson(json, &errors));
    QVERIFY2(errors.join(QLatin1Char(' ')).contains(named), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestMapping::resolvesHeadersAndNumbers()
{
    ImportMapping m;
    m.setColumn(ImportField::Code, QStringLiteral("Project ID"));
    m.setColumn(ImportField::Budget, QStringLiteral("Planned  Cost ($ M)"));
    m.setColumn(ImportField::Name, 3);
    const QStringList header { QStringLiteral(" Project\nID "), QStringLiteral("Planned Cost\r\n($ M)"),
                               QStringLiteral("Name") };
    ImportIndexes indexes {};
    QStringList errors;
    QVERIFY2(m.resolve(header, &indexes, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(indexes[size_t(ImportField::Code)], 0);
    QCOMPARE(indexes[size_t(ImportField::Budget)], 1);
    QCOMPARE(indexes[size_t(ImportField::Name)], 2);
    QCOMPARE(indexes[size_t(ImportField::Phase)], -1);
}

void TestMapping::missingColumnsAreNamed()
{
    ImportMapping m;
    m.setColumn(ImportField::Code, QStringLiteral("Project ID"));
    m.setColumn(ImportField::Budget, QStringLiteral("Budget (k$)"));
    m.setColumn(ImportField::Name, 9);
    ImportIndexes indexes {};
    QStringList errors;
    QVERIFY(!m.resolve({ QStringLiteral("Project ID"), QStringLiteral("Budget") }, &indexes, &errors));
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.join(QLatin1Char(' ')).contains(QStringLiteral("Budget (k$)")));
    QVERIFY(errors.join(QLatin1Char(' ')).contains(QStringLiteral("9")));
}

void TestMapping::defaultsSkipAbsentColumns()
{
    const ImportMapping m = ImportMapping::defaults();
    ImportIndexes indexes {};
    QStringList errors;
    QVERIFY(m.resolve({ QStringLiteral("budget"), QStringLiteral("code") }, &indexes, &errors));
    QCOMPARE(indexes[size_t(ImportField::Code)], 1);
    QCOMPARE(indexes[size_t(ImportField::Budget)], 0);
    QCOMPARE(indexes[size_t(ImportField::Name)], -1);
    QVERIFY(!m.resolve({ QStringLiteral("name") }, &indexes, &errors)); // the code is always needed
    QCOMPARE(m.decimalFor(';'), ',');
    QCOMPARE(m.decimalFor(','), '.');
}

void TestMapping::saveLoadRoundTrip()
{
    ImportMapping m;
    m.delimiter = '\t';
    m.encoding = TextEncoding::Windows1252;
    m.decimal = ',';
    m.dateFormat = DateFormat::DayMonthYear;
    m.moneyScale = 1000;
    m.setColumn(ImportField::Code, QStringLiteral("No"));
    m.setColumn(ImportField::CostDeclared, 7);
    m.values[size_t(ImportField::CostDeclared)].insert(QStringLiteral("1"), QStringLiteral("green"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    QVERIFY(m.save(path, nullptr));
    QStringList errors;
    const auto back = ImportMapping::load(path, &errors);
    QVERIFY2(back, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(back->toJson(), m.toJson());
    QCOMPARE(back->delimiter, '\t');
    QCOMPARE(int(back->dateFormat), int(DateFormat::DayMonthYear));
    QCOMPARE(back->column(ImportField::CostDeclared).number, 7);
}

void TestMapping::usDashboardMappingIsValid()
{
    QStringList errors;
    const auto m = ImportMapping::load(QStringLiteral(VIGIE_SOURCE_DIR "/resources/mappings/us-itdashboard.json"), &errors);
    QVERIFY2(m, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(m->column(ImportField::Code).header, QStringLiteral("Project ID"));
    QCOMPARE(m->moneyScale, 1e6);
}

void TestMapping::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << QStringLiteral("1234.5") << '.' << false << true << 1234.5;
    QTest::newRow("empty") << QStringLiteral("  ") << '.' << false << true << qQNaN();
    QTest::newRow("thousands comma") << QStringLiteral("1,234,567.25") << '.' << false << true << 1234567.25;
    QTest::newRow("dollar") << QStringLiteral("$1,234.56") << '.' << false << true << 1234.56;
    QTest::newRow("negative dollar") << QStringLiteral("-$12.50") << '.' << false << true << -12.5;
    QTest::newRow("accounting") << QStringLiteral("(1,000)") << '.' << false << true << -1000.0;
    QTest::newRow("french") << QStringLiteral("1 234,56") << ',' << false << true << 1234.56;
    QTest::newRow("french nbsp") << QStringLiteral("1\u00a0234\u00a0567,5 $") << ',' << false << true << 1234567.5;
    QTest::newRow("french narrow nbsp") << QStringLiteral("12\u202f500") << ',' << false << true << 12500.0;
    QTest::newRow("german") << QStringLiteral("1.234,56 €") << ',' << false << true << 1234.56;
    QTest::newRow("percent") << QStringLiteral("-5,3 %") << ',' << true << true << -5.3;
    QTest::newRow("big variance") << QStringLiteral("-33767") << '.' << true << true << -33767.0;
    QTest::newRow("scientific") << QStringLiteral("1.5E+3") << '.' << false << true << 1500.0;
    QTest::newRow("comma in point file") << QStringLiteral("1,5") << '.' << false << false << 0.0;
    QTest::newRow("bad groups") << QStringLiteral("12,34,567") << '.' << false << false << 0.0;
    QTest::newRow("two decimals") << QStringLiteral("1.2.3") << '.' << false << false << 0.0;
    QTest::newRow("letters") << QStringLiteral("12abc") << '.' << false << false << 0.0;
    QTest::newRow("percent sign on money") << QStringLiteral("12%") << '.' << false << false << 0.0;
    QTest::newRow("mixed separators") << QStringLiteral("1 234.567,5") << ',' << false << false << 0.0;
    // The plain shapes take a shortcut (parseSimple); they must give what the general path gives.
    QTest::newRow("simple negative") << QStringLiteral(" -84.07 ") << '.' << true << true << -84.07;
    QTest::newRow("simple comma") << QStringLiteral("1,5") << ',' << false << true << 1.5;
    QTest::newRow("simple tenth") << QStringLiteral("0.1") << '.' << false << true << 0.1;
    QTest::newRow("leading zeros") << QStringLiteral("007") << '.' << false << true << 7.0;
    QTest::newRow("trailing point") << QStringLiteral("5.") << '.' << false << true << 5.0;
    QTest::newRow("leading point") << QStringLiteral(".5") << '.' << false << true << 0.5;
    QTest::newRow("minus leading point") << QStringLiteral("-.5") << '.' << false << true << -0.5;
    QTest::newRow("trailing minus") << QStringLiteral("12-") << '.' << false << true << -12.0;
    QTest::newRow("long digits") << QStringLiteral("123456789012345678901234567890123456789012345678901234567890") << '.'
                                 << false << true << 123456789012345678901234567890123456789012345678901234567890.0;
    QTest::newRow("minus alone") << QStringLiteral("-") << '.' << false << false << 0.0;
    QTest::newRow("double minus") << QStringLiteral("--5") << '.' << false << false << 0.0;
    QTest::newRow("minus inside") << QStringLiteral("5-5") << '.' << false << false << 0.0;
}

void TestMapping::numbers()
{
    QFETCH(QString, text);
    QFETCH(char, decimal);
    QFETCH(bool, percent);
    QFETCH(bool, valid);
    QFETCH(double, value);
    std::optional<double> out;
    const QString problem = ValueParser::parseNumber(text, decimal, percent, &out);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid) {
        QVERIFY(problem.contains(text.trimmed()));
        return;
    }
    if (qIsNaN(value))
        QVERIFY(!out);
    else
        QCOMPARE(*out, value);
}

void TestMapping::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<QDate>("expected"); // invalid = error, unless text is blank
    QTest::newRow("iso") << QStringLiteral("2016-08-31") << int(DateFormat::Auto) << QDate(2016, 8, 31);
    QTest::newRow("iso time") << QStringLiteral("2011-01-10T00:00:00Z") << int(DateFormat::Iso) << QDate(2011, 1, 10);
    QTest::newRow("iso time offset") << QStringLiteral("2011-01-10 13:45:00.000+02:00") << int(DateFormat::Auto) << QDate(2011, 1, 10);
    QTest::newRow("ymd slashes") << QStringLiteral("2016/08/31") << int(DateFormat::Auto) << QDate(2016, 8, 31);
    QTest::newRow("dmy") << QStringLiteral("31/08/2016") << int(DateFormat::DayMonthYear) << QDate(2016, 8, 31);
    QTest::newRow("mdy") << QStringLiteral("08/31/2016") << int(DateFormat::MonthDayYear) << QDate(2016, 8, 31);
    QTest::newRow("dmy ambiguous in auto") << QStringLiteral("01/08/2016") << int(DateFormat::Auto) << QDate();
    QTest::newRow("dmy wanted, iso given") << QStringLiteral("2016-08-31") << int(DateFormat::DayMonthYear) << QDate();
    QTest::newRow("impossible") << QStringLiteral("2017-02-31") << int(DateFormat::Iso) << QDate();
    QTest::newRow("garbage") << QStringLiteral("soon") << int(DateFormat::Auto) << QDate();
    QTest::newRow("bad time") << QStringLiteral("2016-08-31Tnoon") << int(DateFormat::Auto) << QDate();
}

void TestMapping::dates()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    QFETCH(QDate, expected);
    QDate out;
    const QString problem = ValueParser::parseDate(text, DateFormat(format), &out);
    QCOMPARE(problem.isEmpty(), expected.isValid());
    QCOMPARE(out, expected);
}

void TestMapping::isoDates()
{
    for (const QDate &d : { QDate(2016, 8, 31), QDate(1, 1, 1), QDate(999, 12, 9), QDate(9999, 12, 31), QDate(2000, 2, 29),
                            QDate(-44, 3, 15), QDate(10000, 1, 1), QDate() })
        QCOMPARE(ValueParser::isoDate(d), d.toString(Qt::ISODate));
}

void TestMapping::colours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withTable");
    QTest::addColumn<QString>("key"); // "!" = error
    QTest::newRow("green") << QStringLiteral("Green") << false << QStringLiteral("green");
    QTest::newRow("rouge") << QStringLiteral(" rouge ") << false << QStringLiteral("red");
    QTest::newRow("blank") << QStringLiteral("") << false << QStringLiteral("");
    QTest::newRow("unknown") << QStringLiteral("purple") << false << QStringLiteral("!");
    QTest::newRow("table") << QStringLiteral("Amber") << true << QStringLiteral("yellow");
    QTest::newRow("table case") << QStringLiteral("AMBER") << true << QStringLiteral("yellow");
    QTest::newRow("table to unrated") << QStringLiteral("n/a") << true << QStringLiteral("");
    QTest::newRow("not in table") << QStringLiteral("3") << true << QStringLiteral("!");
}

void TestMapping::colours()
{
    QFETCH(QString, text);
    QFETCH(bool, withTable);
    QFETCH(QString, key);
    QHash<QString, QString> table;
    if (withTable)
        table = { { QStringLiteral("Amber"), QStringLiteral("yellow") }, { QStringLiteral("n/a"), QString() } };
    QString out;
    const QString problem = ValueParser::parseHealth(text, table, &out);
    if (key == QLatin1String("!")) {
        QVERIFY(!problem.isEmpty());
        QVERIFY(out.isEmpty());
    } else {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(out, key);
    }
}

void TestMapping::cleanText()
{
    QCOMPARE(ValueParser::cleanText(QStringLiteral("'=SUM(A1)"), false), QStringLiteral("=SUM(A1)"));
    QCOMPARE(ValueParser::cleanText(QStringLiteral("'quoted'"), false), QStringLiteral("'quoted'"));
    QCOMPARE(ValueParser::cleanText(QStringLiteral("R&amp;D &lt;1&gt;"), true), QStringLiteral("R&D <1>"));
    QCOMPARE(ValueParser::cleanText(QStringLiteral("R&amp;D"), false), QStringLiteral("R&amp;D"));
}

void TestMapping::badJsonSaysWhereAndWhat()
{
    // It said "The mapping is not a JSON object (no error occurred)" for a list, and Qt's English words,
    // with no place, for a typo.
    QStringList errors;
    QVERIFY(!ImportMapping::fromJson("[]", &errors));
    QCOMPARE(errors, QStringList { QStringLiteral("The mapping must be a JSON object, { \"field\": \"column\", … }, not a list or a "
                                                  "single value.") });
    errors.clear();
    QVERIFY(!ImportMapping::fromJson("{\n  \"code\": \"Code\"\n  \"name\": \"Name\"\n}\n", &errors));
    QCOMPARE(errors, QStringList { QStringLiteral("The mapping is not valid JSON at line 3, column 4: an object is not closed (a "
                                                  "missing \"}\" or \",\").") });
    errors.clear();
    QVERIFY(!ImportMapping::fromJson("{\"code\" \"Code\"}", &errors));
    QCOMPARE(errors, QStringList { QStringLiteral("The mapping is not valid JSON at line 1, column 10: a \":\" is missing after a name.") });
    // A value left out, or a "," with nothing after it: Qt's "missing object" said "an object was expected".
    for (const QByteArray &json : { QByteArray("{\"code\": \"Code\",\n \"name\": \n}\n"), QByteArray("{\"code\": \"Code\",}") }) {
        errors.clear();
        QVERIFY(!ImportMapping::fromJson(json, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().endsWith(QStringLiteral(": a value is missing (after a \":\", or after a \",\" that nothing "
                                                             "follows).")),
                 qPrintable(errors.constFirst()));
    }
    // A name without its double quotes, first or after a ",": said "an object is not closed".
    for (const QByteArray &json : { QByteArray("{code: \"Code\"}"), QByteArray("{\"code\": \"Code\",\n  name: \"Name\"}") }) {
        errors.clear();
        QVERIFY(!ImportMapping::fromJson(json, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().endsWith(QStringLiteral(": a name is not between double quotes.")), qPrintable(errors.constFirst()));
    }
    QVERIFY2(errors.constFirst().contains(QStringLiteral("at line 2, column")), qPrintable(errors.constFirst()));
}

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
