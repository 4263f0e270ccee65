// The translation gate: the committed catalogues are complete, and lupdate finds no string in the
// sources that they lack. The negative case proves the gate notices a new, untranslated string. The
// French says one thing one way: a term of the glossary has one translation everywhere.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalogue
{
    QSet<QString> messages;   // context + '\x1f' + source
    QStringList unfinished;   // readable "context: source"
    bool ok = false;
};

Catalogue readTs(const QString &path)
{
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            c.messages.insert(context + QChar(0x1f) + source);
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete"))
                c.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    c.ok = !xml.hasError();
    return c;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

// Copies the sources and catalogues to `dir` and runs lupdate there, as scripts/update-translations.sh does.
bool lupdateCopy(const QString &dir, QString *log)
{
    for (const char *sub : { "core", "ui", "app", "translations" }) {
        if (!copyTree(QStringLiteral(VIGIE_SOURCE_DIR "/") + QLatin1String(sub), dir + QLatin1Char('/') + QLatin1String(sub)))
            return false;
    }
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral(VIGIE_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
              QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("core"),
              QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"),
              QStringLiteral("translations/vigie_fr.ts") });
    const bool ok = p.waitForFinished(120000) && p.exitCode() == 0;
    *log = QString::fromUtf8(p.readAllStandardError());
    return ok;
}

QStringList newMessages(const Catalogue &committed, const Catalogue &updated)
{
    QStringList added;
    for (const QString &m : updated.messages) {
        if (!committed.messages.contains(m))
            added << QString(m).replace(QChar(0x1f), QStringLiteral(": "));
    }
    return added;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cataloguesAreComplete_data();
    void cataloguesAreComplete();
    void lupdateAddsNothing();
    void gateCatchesNewString();
    void oneFrenchWordPerTerm();
    void frenchPunctuationStaysOnItsLine();
    void tablesHoldOnlyLiveMessages();
};

void TestTranslations::cataloguesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("fr") << QStringLiteral("vigie_fr.ts");
    QTest::newRow("en") << QStringLiteral("vigie_en.ts");
}

void TestTranslations::cataloguesAreComplete()
{
    QFETCH(QString, file);
    const Catalogue c = readTs(QStringLiteral(VIGIE_SOURCE_DIR "/translations/") + file);
    QVERIFY(c.ok);
    QVERIFY2(c.unfinished.isEmpty(), qPrintable(c.unfinished.join(QLatin1Char('\n'))));
    if (file == QLatin1String("vigie_fr.ts"))
        QVERIFY(c.messages.size() > 50);
}

void TestTranslations::lupdateAddsNothing()
{
    QTemporaryDir dir;
    QString log;
    QVERIFY2(lupdateCopy(dir.path(), &log), qPrintable(log));
    const Catalogue committed = readTs(QStringLiteral(VIGIE_SOURCE_DIR "/translations/vigie_fr.ts"));
    const Catalogue updated = readTs(dir.filePath(QStringLiteral("translations/vigie_fr.ts")));
    const QStringList added = newMessages(committed, updated);
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("Strings missing from vigie_fr.ts (run "
                                                        "scripts/update-translations.sh):\n")
                                         + added.join(QLatin1Char('\n'))));
    QVERIFY(updated.unfinished.isEmpty());
}

void TestTranslations::gateCatchesNewString()
{
    QTemporaryDir dir;
    QString log;
    QVERIFY(lupdateCopy(dir.path(), &log)); // a clean copy first
    QFile probe(dir.filePath(QStringLiteral("core/gateprobe.cpp")));
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.write("#include <QCoreApplication>\n"
                "QString probe() { return QCoreApplication::translate(\"Vigie::Gate\", \"A deliberately untranslated string\"); }\n");
    probe.close();
    // Run lupdate again on the copy that holds the probe.
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral(VIGIE_LUPDATE), { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                             QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("core"),
                                             QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"),
                                             QStringLiteral("translations/vigie_fr.ts") });
    QVERIFY(p.waitForFinished(120000) && p.exitCode() == 0);
    const Catalogue committed = readTs(QStringLiteral(VIGIE_SOURCE_DIR "/translations/vigie_fr.ts"));
    const Catalogue updated = readTs(dir.filePath(QStringLiteral("translations/vigie_fr.ts")));
    QCOMPARE(newMessages(committed, updated), QStringList { QStringLiteral("Vigie::Gate: A deliberately untranslated string") });
    QVERIFY(updated.unfinished.contains(QStringLiteral("Vigie::Gate: A deliberately untranslated string")));
}

// An envelope's "granted" amount is « accordé » in the catalogues, the help and the briefing and chart
// text written in the sources; « octroyé » crept into the envelopes table, the Overview and the help.
void TestTranslations::oneFrenchWordPerTerm()
{
    const QRegularExpression rejected(QStringLiteral("octroi|octroy"), QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const char *folder : { "translations/fr", "resources/help/fr", "core", "ui", "app" }) {
        QDirIterator it(QStringLiteral(VIGIE_SOURCE_DIR "/") + QLatin1String(folder),
                        { QStringLiteral("*.tsv"), QStringLiteral("*.html"), QStringLiteral("*.cpp"), QStringLiteral("*.h") },
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i)
                if (lines.at(i).contains(rejected))
                    found << QStringLiteral("%1:%2: %3").arg(f.fileName()).arg(i + 1).arg(lines.at(i).trimmed());
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\"granted\" is «\u00a0accordé\u00a0»:\n") + found.join(QLatin1Char('\n'))));
}

// French puts a space before a colon, a question or an exclamation mark and inside guillemets; a plain
// one let a wrapped label start its second line with « : » ("État de santé des projets / : indicateur
// de coût" in the chart list). So did the space between a number and its percent sign and the ones around
// a comparison sign (the health rule wrapped between "10 % <" and "|écart|", and before "< 20 % jaune"). Every such space in the
// catalogue and the help is a non-breaking one.
void TestTranslations::frenchPunctuationStaysOnItsLine()
{
    // A space that may break before a colon, a question or exclamation mark or a closing guillemet,
    // after an opening one, between a number and its percent sign, or after a comparison sign.
    const QRegularExpression loose(
        QStringLiteral("[ \\t\\n](?=[:?!»])|«[ \\t\\n]|\\d[ \\t\\n]%(?!\\d)"
                       "|[ \\t\\n](?:[≤≥<>]|&lt;|&gt;)(?:[ \\t\\n]|\u00a0|&nbsp;)(?=[\\d%|])"
                       "|(?:\u00a0|&nbsp;)(?:[≤≥<>]|&lt;|&gt;)[ \\t\\n](?=[\\d%|])"));
    QStringList found;
    QFile ts(QStringLiteral(VIGIE_SOURCE_DIR "/translations/vigie_fr.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.contains(loose))
                found << text;
        }
    }
    QVERIFY(!xml.hasError());
    QFile help(QStringLiteral(VIGIE_SOURCE_DIR "/resources/help/fr/index.html"));
    QVERIFY(help.open(QIODevice::ReadOnly));
    // The help's text, outside its tags (an attribute may hold anything).
    const QStringList parts = QString::fromUtf8(help.readAll()).split(QRegularExpression(QStringLiteral("<[^>]*>")));
    for (const QString &text : parts) {
        if (text.contains(loose))
            found << text.trimmed().left(120);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// The translation tables (translations/fr, translations/en) fill the catalogues; a row for a message the
// sources no longer have is dead weight a translator keeps revising for nothing (80 had piled up, a
// string reworded each time). Every row names a message of the French catalogue.
void TestTranslations::tablesHoldOnlyLiveMessages()
{
    const Catalogue fr = readTs(QStringLiteral(VIGIE_SOURCE_DIR "/translations/vigie_fr.ts"));
    QVERIFY(fr.ok);
    QStringList stale;
    int rows = 0;
    for (const char *folder : { "translations/fr", "translations/en" }) {
        QDirIterator it(QStringLiteral(VIGIE_SOURCE_DIR "/") + QLatin1String(folder), { QStringLiteral("*.tsv") }, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                const QStringList parts = lines.at(i).split(QLatin1Char('\t'));
                if (parts.size() != 3 || lines.at(i).startsWith(QLatin1Char('#')))
                    continue;
                ++rows;
                const QString key = QString(parts.at(0)).replace(QStringLiteral("\\n"), QStringLiteral("\n")) + QChar(0x1f)
                    + QString(parts.at(1)).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
                if (!fr.messages.contains(key))
                    stale << QStringLiteral("%1:%2: %3").arg(QFileInfo(f.fileName()).fileName()).arg(i + 1).arg(parts.at(1));
            }
        }
    }
    QVERIFY(rows > 1000);
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("rows for messages no longer in the sources:\n") + stale.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
