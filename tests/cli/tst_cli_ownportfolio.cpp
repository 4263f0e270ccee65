// The acceptance walkthrough of the README, exactly as a user types it: from `vigie new` to a French
// briefing of one's own portfolio — organizations, a four-area plan with its measures, projects linked to
// them, a workforce survey and envelopes, built by CLI imports and edits alone — and what `summary
// --json`, the charts and the briefing show of it. Bad input in each kind of import is refused with
// file:line:column messages and leaves the file byte-identical.
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using VigieTest::runVigie;

namespace {
const QString kExample = QStringLiteral(VIGIE_SOURCE_DIR "/resources/examples/ontario/");

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { pdf });
    p.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}
} // namespace

class TestCliOwnPortfolio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromNothingToAFrenchBriefing();
    void badInputInEachKindLeavesTheFileUntouched_data();
    void badInputInEachKindLeavesTheFileUntouched();
    void oneKindPerRun();
    void dryRunSaysWouldBe();

private:
    void run(const QStringList &args, const QString &expectedOut = QString());
};

void TestCliOwnPortfolio::run(const QStringList &args, const QString &expectedOut)
{
    const auto r = runVigie(args);
    QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral("\n") + r.err));
    if (!expectedOut.isEmpty())
        QVERIFY2(r.out.contains(expectedOut), qPrintable(r.out));
}

void TestCliOwnPortfolio::fromNothingToAFrenchBriefing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ontario.vigie"));
    const auto csv = [](const char *name) { return kExample + QLatin1String(name); };
    run({ QStringLiteral("new"), file, QStringLiteral("--name"), QStringLiteral("Ontario — e-Government (example)") });
    run({ QStringLiteral("edit"), file, QStringLiteral("--portfolio"), QStringLiteral("--name-fr"),
          QStringLiteral("Ontario — Gouvernement électronique (exemple)"), QStringLiteral("--jurisdiction"), QStringLiteral("Ontario"),
          QStringLiteral("--cio-name"), QStringLiteral("Dana Tremblay"), QStringLiteral("--cio-title"),
          QStringLiteral("Corporate Chief Information Officer"), QStringLiteral("--cio-title-fr"),
          QStringLiteral("Directrice générale de l'information de la fonction publique"), QStringLiteral("--cio-contact"),
          QStringLiteral("dana.tremblay@example.org"), QStringLiteral("--classification"), QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ") });
    if (QTest::currentTestFailed())
        return;
    run({ QStringLiteral("import"), file, QStringLiteral("--organizations"), csv("organizations.csv") },
        QStringLiteral("Organizations created: 4, updated: 0, unchanged: 0"));
    run({ QStringLiteral("import"), file, QStringLiteral("--measures"), csv("measures.csv") },
        QStringLiteral("Measures created: 8, updated: 0, unchanged: 0"));
    run({ QStringLiteral("import"), file, QStringLiteral("--projects"), csv("projects.csv") },
        QStringLiteral("Links to measures made: 6, removed: 0"));
    run({ QStringLiteral("import"), file, QStringLiteral("--workforce"), csv("workforce.csv") },
        QStringLiteral("Workforce records created: 8, updated: 0, unchanged: 0"));
    run({ QStringLiteral("import"), file, QStringLiteral("--envelopes"), csv("envelopes.csv") },
        QStringLiteral("Envelopes created: 4, updated: 0, unchanged: 0"));
    run({ QStringLiteral("import"), file, QStringLiteral("--measures"), csv("measures-fr.csv"), QStringLiteral("--mapping"),
          csv("measures-fr.json") },
        QStringLiteral("Measures created: 0, updated: 1, unchanged: 1"));
    run({ QStringLiteral("edit"), file, QStringLiteral("--measure"), QStringLiteral("3"), QStringLiteral("--percent"), QStringLiteral("40"),
          QStringLiteral("--comment"), QStringLiteral("Pilot consultations held") });
    run({ QStringLiteral("edit"), file, QStringLiteral("--project"), QStringLiteral("ON-03"), QStringLiteral("--declared-overall"),
          QStringLiteral("red"), QStringLiteral("--forecast-end"), QStringLiteral("2007-06-30") });
    run({ QStringLiteral("freeze"), file, QStringLiteral("--label"), QStringLiteral("September 2004"), QStringLiteral("--label-fr"),
          QStringLiteral("septembre 2004"), QStringLiteral("--date"), QStringLiteral("2004-09-30") });
    if (QTest::currentTestFailed())
        return;

    // The portfolio at a glance.
    const auto summary = runVigie({ QStringLiteral("summary"), file, QStringLiteral("--json"), QStringLiteral("--as-of"),
                                    QStringLiteral("2005-06-30") });
    QCOMPARE(summary.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    QCOMPARE(json[QLatin1String("portfolio")].toString(), QStringLiteral("Ontario — e-Government (example)"));
    const QJsonObject measures = json[QLatin1String("measures")].toObject();
    QCOMPARE(measures[QLatin1String("total")].toInt(), 8);
    QCOMPARE(measures[QLatin1String("by_area")].toArray().size(), 4);
    QCOMPARE(measures[QLatin1String("by_area")].toArray().at(1).toObject()[QLatin1String("title_fr")].toString(),
             QStringLiteral("Participation citoyenne"));
    QCOMPARE(measures[QLatin1String("by_status")][QLatin1String("completed")].toInt(), 1);
    QCOMPARE(measures[QLatin1String("flags")][QLatin1String("overdue")].toInt(), 2);
    QCOMPARE(measures[QLatin1String("flags")][QLatin1String("inconsistent")].toInt(), 0);
    const QJsonObject projects = json[QLatin1String("projects")].toObject();
    QCOMPARE(projects[QLatin1String("active")].toInt(), 5);
    QCOMPARE(projects[QLatin1String("total_amount")].toDouble(), 130.5e6);
    QCOMPARE(projects[QLatin1String("overall")][QLatin1String("red")][QLatin1String("count")].toInt(), 1); // ON-03, declared
    QCOMPARE(json[QLatin1String("workforce")][QLatin1String("internal")].toDouble(), 287.0);
    QCOMPARE(json[QLatin1String("workforce")][QLatin1String("organizations")].toInt(), 4);
    QCOMPARE(json[QLatin1String("envelopes")][QLatin1String("fiscal_year")].toString(), QStringLiteral("2004-2005"));
    QCOMPARE(json[QLatin1String("envelopes")][QLatin1String("granted")].toDouble(), 92.5e6);
    const QJsonObject links = json[QLatin1String("links")].toObject();
    QCOMPARE(links[QLatin1String("measures_without_project")].toInt(), 0);
    QCOMPARE(links[QLatin1String("projects_without_measure")].toInt(), 0);
    QCOMPARE(links[QLatin1String("envelopes_overcommitted")].toInt(), 1); // MGS committed beyond what was granted

    // Charts, in French.
    for (const QString &chart : { QStringLiteral("measures-by-area"), QStringLiteral("envelopes-by-organization"),
                                  QStringLiteral("workforce-by-specialty"), QStringLiteral("project-health-cost") }) {
        const QString png = dir.filePath(chart + QStringLiteral(".png"));
        run({ QStringLiteral("chart"), file, QStringLiteral("--chart"), chart, QStringLiteral("-o"), png, QStringLiteral("--lang"),
              QStringLiteral("fr") });
        QImage image(png);
        QVERIFY2(!image.isNull() && image.width() > 200, qPrintable(png));
    }
    const QString svg = dir.filePath(QStringLiteral("areas.svg"));
    run({ QStringLiteral("chart"), file, QStringLiteral("--chart"), QStringLiteral("measures-by-area"), QStringLiteral("-o"), svg,
          QStringLiteral("--lang"), QStringLiteral("fr") });
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svgFile.readAll());
    QVERIFY(svgText.contains(QStringLiteral("Ontario — Gouvernement électronique (exemple)"))); // the French name
    QVERIFY(svgText.contains(QStringLiteral("Prestation électronique des services")));

    // The French briefing: the title block, the marking on every page, the data.
    const QString pdf = dir.filePath(QStringLiteral("ontario-fr.pdf"));
    run({ QStringLiteral("briefing"), file, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("fr") });
    const QString text = pdfText(pdf);
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 2);
    QVERIFY2(text.contains(QStringLiteral("septembre 2004")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Ontario — Gouvernement électronique (exemple)")));
    QVERIFY(text.contains(QStringLiteral("Dana Tremblay")));
    QVERIFY(text.contains(QStringLiteral("Directrice générale de l'information de la fonction publique")));
    QVERIFY(text.contains(QStringLiteral("dana.tremblay@example.org")));
    // Top and bottom of every page, plus the footer of each embedded chart (a chart carries its marking
    // when it is copied out of the briefing), so at least twice the pages and more than that with charts.
    QVERIFY2(text.count(QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ")) > 2 * pages, qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Prestation électronique des services")));
    QVERIFY(text.contains(QStringLiteral(" M$")));
    QVERIFY(!text.contains(QStringLiteral("e-Government (example)")));
}

void TestCliOwnPortfolio::badInputInEachKindLeavesTheFileUntouched_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("organizations") << QStringLiteral("--organizations") << QByteArray("code,name,kind\nA,Alpha,agency\nB,Beta,crown\n")
                                   << QStringLiteral(":3:3: kind: \"crown\" is not one of Ministry (ministry), Agency (agency)");
    QTest::newRow("measures") << QStringLiteral("--measures") << QByteArray("area,number,title,status\n1,1,A,under_way\n1,2,B,Terminée\n")
                              << QStringLiteral(":3:4: status: \"Terminée\" is not one of Not started (not_started), Under way (under_way), Completed (completed), Cancelled (cancelled)");
    QTest::newRow("workforce") << QStringLiteral("--workforce")
                               << QByteArray("organization,specialty,survey_date,internal,external\nA,PM,2016-06-01,3,x\n")
                               << QStringLiteral(":2:5: external: \"x\" is not a number");
    QTest::newRow("envelopes") << QStringLiteral("--envelopes") << QByteArray("fiscal_year,organization,granted\n2016,A,5\nFY16,B,4\n")
                               << QStringLiteral(":3:1: fiscal_year: \"FY16\" is not a fiscal year");
    QTest::newRow("projects' measures") << QStringLiteral("--projects") << QByteArray("code,measures\nP-1,1;2\n")
                                        << QStringLiteral(":2:2: measures: there is no measure 1 in the portfolio");
}

void TestCliOwnPortfolio::badInputInEachKindLeavesTheFileUntouched()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), file }).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = VigieTest::fileHash(file);
    const auto r = runVigie({ QStringLiteral("import"), file, option, csv });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(csv + message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(VigieTest::fileHash(file), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList { QStringLiteral("bad.csv"), QStringLiteral("p.vigie") }));
    // In French too, at the same place, with the French space before each colon (« bad.csv:3:3 : kind : »).
    const auto fr = runVigie({ QStringLiteral("import"), file, option, csv, QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(fr.exitCode, 4);
    const QString where = message.section(QLatin1Char(' '), 0, 0).chopped(1); // ":3:3"
    const QString field = message.section(QLatin1Char(' '), 1, 1).chopped(1); // "kind"
    QVERIFY2(fr.err.contains(csv + where + QStringLiteral("\u00a0: ") + field + QStringLiteral("\u00a0: ")), qPrintable(fr.err));
    // The values it takes named in French beside their keys (it listed "ministry, agency" alone).
    if (option == QLatin1String("--organizations"))
        QVERIFY2(fr.err.contains(QStringLiteral("Ministère (ministry), Organisme public (agency)")), qPrintable(fr.err));
    if (option == QLatin1String("--measures"))
        QVERIFY2(fr.err.contains(QStringLiteral("Non amorcée (not_started), En cours (under_way)")), qPrintable(fr.err));
    QCOMPARE(VigieTest::fileHash(file), before);
}

void TestCliOwnPortfolio::oneKindPerRun()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), file }).exitCode, 0);
    auto r = runVigie({ QStringLiteral("import"), file, QStringLiteral("--organizations"), kExample + QStringLiteral("organizations.csv"),
                        QStringLiteral("--measures"), kExample + QStringLiteral("measures.csv") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("Give one kind of data per run")));
    // A mapping names fields of the kind imported.
    const QString mapping = dir.filePath(QStringLiteral("m.json"));
    QFile m(mapping);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(R"({"columns": {"code": "Code", "budget": "Budget"}})");
    m.close();
    r = runVigie({ QStringLiteral("import"), file, QStringLiteral("--organizations"), kExample + QStringLiteral("organizations.csv"),
                   QStringLiteral("--mapping"), mapping });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Unknown field \"budget\"")), qPrintable(r.err));
    r = runVigie({ QStringLiteral("import"), file, QStringLiteral("--measures"), kExample + QStringLiteral("measures.csv"),
                   QStringLiteral("--dry-run") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Measures that would be created: 8")));
}

// A dry run said "Organizations created: 4" (« Organismes créés : 4 ») under "nothing was written": every
// count of a dry run now says what would be, in both languages, and a real import still says what was.
void TestCliOwnPortfolio::dryRunSaysWouldBe()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.vigie"));
    QCOMPARE(runVigie({ QStringLiteral("new"), file }).exitCode, 0);
    const QByteArray before = VigieTest::fileHash(file);
    const QString projects = dir.filePath(QStringLiteral("projects.csv"));
    // One project, the same code again (kept once), a row without a code (skipped), a new organization.
    QVERIFY(VigieTest::writeFile(projects, "code,name,organization\nP-1,One,NEWORG\nP-1,Again,NEWORG\n,No code,NEWORG\n"));
    const auto dryRun = [&](const QString &option, const QString &csv, const char *language) {
        const auto r = runVigie({ QStringLiteral("import"), file, option, csv, QStringLiteral("--dry-run"), QStringLiteral("--lenient"),
                                  QStringLiteral("--lang"), QLatin1String(language) });
        return r.exitCode == 0 ? r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList { r.err };
    };
    const QStringList measuresEn = dryRun(QStringLiteral("--measures"), kExample + QStringLiteral("measures.csv"), "en");
    QCOMPARE(measuresEn, (QStringList { QStringLiteral("Dry run: nothing was written."), QStringLiteral("Rows read: 8"),
                                        QStringLiteral("Measures that would be created: 8, updated: 0, unchanged: 0"),
                                        QStringLiteral("Organizations that would be created: 4"),
                                        QStringLiteral("Plans that would be created: 1"),
                                        QStringLiteral("Key areas that would be created: 4, retitled: 0"),
                                        QStringLiteral("Warnings: 0") }));
    const QStringList measuresFr = dryRun(QStringLiteral("--measures"), kExample + QStringLiteral("measures.csv"), "fr");
    QCOMPARE(measuresFr, (QStringList { QStringLiteral("Essai à blanc\u00a0: rien n'a été écrit."), QStringLiteral("Lignes lues\u00a0: 8"),
                                        QStringLiteral("Mesures qui seraient créées\u00a0: 8, mises à jour\u00a0: 0, inchangées\u00a0: 0"),
                                        QStringLiteral("Organismes qui seraient créés\u00a0: 4"),
                                        QStringLiteral("Plans qui seraient créés\u00a0: 1"),
                                        QStringLiteral("Axes d'intervention qui seraient créés\u00a0: 4, renommés\u00a0: 0"),
                                        QStringLiteral("Avertissements\u00a0: 0") }));
    const QStringList workforceFr = dryRun(QStringLiteral("--workforce"), kExample + QStringLiteral("workforce.csv"), "fr");
    QVERIFY2(workforceFr.contains(QStringLiteral("Organismes qui seraient créés\u00a0: 4")), qPrintable(workforceFr.join(QLatin1Char('\n'))));
    QVERIFY2(workforceFr.contains(QStringLiteral("Spécialités qui seraient créées\u00a0: 5")), qPrintable(workforceFr.join(QLatin1Char('\n'))));
    const QStringList projectsEn = dryRun(QStringLiteral("--projects"), projects, "en");
    QVERIFY2(projectsEn.contains(QStringLiteral("Rows repeating an earlier project code (would be kept once): 1")),
             qPrintable(projectsEn.join(QLatin1Char('\n'))));
    QVERIFY2(projectsEn.contains(QStringLiteral("Rows that would be skipped: 1")), qPrintable(projectsEn.join(QLatin1Char('\n'))));
    QVERIFY2(projectsEn.contains(QStringLiteral("Organizations that would be created: 1")), qPrintable(projectsEn.join(QLatin1Char('\n'))));
    const QStringList projectsFr = dryRun(QStringLiteral("--projects"), projects, "fr");
    QVERIFY2(projectsFr.contains(QStringLiteral("Lignes répétant un code de projet déjà vu (serait conservé une fois)\u00a0: 1")),
             qPrintable(projectsFr.join(QLatin1Char('\n'))));
    QVERIFY2(projectsFr.contains(QStringLiteral("Lignes qui seraient ignorées\u00a0: 1")), qPrintable(projectsFr.join(QLatin1Char('\n'))));
    // No count of a dry run, in either language, says that something was done.
    for (const QStringList *lines : { &measuresEn, &measuresFr, &workforceFr, &projectsEn, &projectsFr }) {
        for (const QString &line : *lines) {
            const bool count = line.contains(QLatin1String("created")) || line.contains(QLatin1String("créé"))
                || line.contains(QLatin1String("skipped")) || line.contains(QLatin1String("ignorée"))
                || line.contains(QLatin1String("kept")) || line.contains(QLatin1String("conservé"));
            QVERIFY2(!count || line.contains(QLatin1String("would be")) || line.contains(QLatin1String("serai")), qPrintable(line));
        }
    }
    QCOMPARE(VigieTest::fileHash(file), before);

    // The import itself says what it did.
    const auto r = runVigie({ QStringLiteral("import"), file, QStringLiteral("--projects"), projects, QStringLiteral("--lenient"),
                              QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("\nOrganismes créés\u00a0: 1\n")) && r.out.contains(QStringLiteral("\nLignes ignorées\u00a0: 1\n")),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliOwnPortfolio)
#include "tst_cli_ownportfolio.moc"
