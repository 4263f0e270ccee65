// The streaming CSV reader: RFC 4180 quoting, line numbers, delimiters, encodings, chunk boundaries.
#include "io/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {

const QString kData = QStringLiteral(VIGIE_TEST_DATA "/import/");

QList<CsvRecord> readAll(CsvReader &reader, bool *ok = nullptr)
{
    QList<CsvRecord> records;
    const bool result = reader.read([&](const CsvRecord &r) {
        records << r;
        return true;
    });
    if (ok)
        *ok = result;
    return records;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotedFieldsAndLines_data();
    void quotedFieldsAndLines();
    void delimiters_data();
    void delimiters();
    void encodings_data();
    void encodings();
    void forcedEncoding();
    void lineEndings_data();
    void lineEndings();
    void streamsLargeFileInSmallChunks();
    void stopsEarly();
    void unterminatedQuote();
    void missingFile();
    void wideEncodingsAreNamed_data();
    void wideEncodingsAreNamed();
    void nulInAUtf8Cell();
};

void TestCsvReader::quotedFieldsAndLines_data()
{
    QTest::addColumn<int>("chunkSize");
    // Tiny chunks cut quoted fields, CRLF pairs and UTF-8 sequences at every possible place.
    for (int size : { 16, 17, 19, 23, 64 * 1024 })
        QTest::addRow("chunk %d", size) << size;
}

void TestCsvReader::quotedFieldsAndLines()
{
    QFETCH(int, chunkSize);
    CsvReader::Options options;
    options.chunkSize = chunkSize;
    CsvReader reader(kData + QStringLiteral("quoted.csv"), options);
    bool ok = false;
    const QList<CsvRecord> records = readAll(reader, &ok);
    QVERIFY2(ok, qPrintable(reader.errorString()));
    QCOMPARE(reader.delimiter(), ',');
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0).line, 1);
    QCOMPARE(records.at(0).fields, (QStringList { QStringLiteral("code"), QStringLiteral("name"),
                                                  QStringLiteral("description"), QStringLiteral("budget") }));
    QCOMPARE(records.at(1).fields.at(1), QStringLiteral("Portal, phase 2"));
    QCOMPARE(records.at(1).fields.at(2), QStringLiteral("He said \"go\""));
    QCOMPARE(records.at(1).line, 2);
    QCOMPARE(records.at(2).fields.at(2), QStringLiteral("line one\r\nline two\r\nline three"));
    QCOMPARE(records.at(2).line, 3);
    // A blank line (6) is skipped; the next record starts on line 7.
    QCOMPARE(records.at(3).line, 7);
    QCOMPARE(records.at(3).fields.at(1), QStringLiteral("Spaced"));
    QCOMPARE(records.at(4).line, 8);
    QCOMPARE(records.at(4).fields, (QStringList { QStringLiteral("P-4"), QStringLiteral("Last"),
                                                  QStringLiteral("no newline at end"), QStringLiteral("400") }));
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QStringLiteral("quoted.csv") << ',';
    QTest::newRow("semicolon") << QStringLiteral("semicolon.csv") << ';';
    QTest::newRow("tab") << QStringLiteral("tab.tsv") << '\t';
    QTest::newRow("french excel") << QStringLiteral("french-excel.csv") << ';';
}

void TestCsvReader::delimiters()
{
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    CsvReader reader(kData + file);
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(reader.delimiter(), delimiter);
    QVERIFY(records.size() >= 3);
    QCOMPARE(records.at(1).fields.size(), records.at(0).fields.size());
    if (file == QLatin1String("tab.tsv")) {
        QCOMPARE(records.at(1).fields.at(1), QStringLiteral("Alpha one"));
        QCOMPARE(records.at(2).fields, (QStringList { QStringLiteral("B"), QString(), QStringLiteral("2") }));
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::newRow("utf-8 with BOM") << QStringLiteral("bom-utf8.csv") << int(TextEncoding::Utf8) << true;
    QTest::newRow("utf-8 without BOM") << QStringLiteral("plain-utf8.csv") << int(TextEncoding::Utf8) << false;
    QTest::newRow("windows-1252") << QStringLiteral("french-excel.csv") << int(TextEncoding::Windows1252) << false;
}

void TestCsvReader::encodings()
{
    QFETCH(QString, file);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    CsvReader reader(kData + file);
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(int(reader.encoding()), encoding);
    QCOMPARE(reader.hadBom(), bom);
    QCOMPARE(records.at(0).fields.at(0), QStringLiteral("code")); // no BOM left in the first header
    QCOMPARE(records.at(1).fields.at(3 - (file == QLatin1String("french-excel.csv") ? 0 : 1)),
             QStringLiteral("Ministère de la Santé"));
    if (file == QLatin1String("french-excel.csv"))
        QCOMPARE(records.at(3).fields.at(2), QStringLiteral("Pharmacie – phase 2")); // 0x96 is an en dash
}

void TestCsvReader::forcedEncoding()
{
    // Forcing Windows-1252 on a UTF-8 file shows mojibake: the option is really used.
    CsvReader reader(kData + QStringLiteral("plain-utf8.csv"), 0, TextEncoding::Windows1252);
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.at(1).fields.at(2), QStringLiteral("MinistÃ¨re de la SantÃ©"));
    CsvReader utf8(kData + QStringLiteral("french-excel.csv"), ';', TextEncoding::Utf8);
    QVERIFY(readAll(utf8).at(1).fields.at(3).contains(QChar(0xFFFD)));
}

void TestCsvReader::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("a,b\n1,\"x\ny\"\n\n2,z\n");
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,\"x\r\ny\"\r\n\r\n2,z\r\n");
    QTest::newRow("CR") << QByteArray("a,b\r1,\"x\ry\"\r\r2,z\r");
}

void TestCsvReader::lineEndings()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    for (int chunk : { 16, 17, 18, 1024 }) {
        CsvReader::Options options;
        options.chunkSize = chunk;
        CsvReader reader(write(dir, QStringLiteral("e.csv"), bytes), options);
        const QList<CsvRecord> records = readAll(reader);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).line, 5);
        QCOMPARE(records.at(2).fields.at(1), QStringLiteral("z"));
    }
}

void TestCsvReader::streamsLargeFileInSmallChunks()
{
    QTemporaryDir dir;
    QByteArray bytes("code,name,budget\n");
    const int rows = 20000;
    for (int i = 0; i < rows; ++i)
        bytes += QStringLiteral("C%1,\"Name %1, with comma\",%2\n").arg(i).arg(i * 10).toUtf8();
    const QString path = write(dir, QStringLiteral("big.csv"), bytes);
    CsvReader::Options options;
    options.chunkSize = 4096;
    CsvReader reader(path, options);
    int count = 0;
    int lastLine = 0;
    qint64 progressSeen = 0;
    const bool ok = reader.read([&](const CsvRecord &r) {
        if (r.line > 1) {
            if (r.fields.at(0) != QStringLiteral("C%1").arg(count))
                return false;
            ++count;
        }
        lastLine = r.line;
        progressSeen = qMax(progressSeen, reader.bytesRead());
        return true;
    });
    QVERIFY(ok);
    QCOMPARE(count, rows);
    QCOMPARE(lastLine, rows + 1);
    QVERIFY(progressSeen > 0 && progressSeen <= reader.fileSize());
    QCOMPARE(reader.fileSize(), qint64(bytes.size()));
}

void TestCsvReader::stopsEarly()
{
    CsvReader reader(kData + QStringLiteral("quoted.csv"));
    int seen = 0;
    QVERIFY(reader.read([&](const CsvRecord &) { return ++seen < 2; }));
    QCOMPARE(seen, 2);
}

void TestCsvReader::unterminatedQuote()
{
    QTemporaryDir dir;
    CsvReader reader(write(dir, QStringLiteral("u.csv"), "a,b\n1,2\n3,\"never closed\n4,5\n"));
    bool ok = true;
    readAll(reader, &ok);
    QVERIFY(!ok);
    // Line 3, where the field opens, and its column: the second field of that record.
    QVERIFY2(reader.errorString().contains(QStringLiteral("u.csv:3:2: a quoted field is never closed")),
             qPrintable(reader.errorString()));
}

void TestCsvReader::missingFile()
{
    CsvReader reader(QStringLiteral("/nonexistent/x.csv"));
    bool ok = true;
    readAll(reader, &ok);
    QVERIFY(!ok);
    QVERIFY(reader.errorString().contains(QStringLiteral("x.csv")));
}

void TestCsvReader::wideEncodingsAreNamed_data()
{
    // "Unicode text" from a spreadsheet: read as UTF-8 it was one header of NUL-separated letters, and the
    // import said "no column for the project code".
    const QString text = QStringLiteral("code,name,budget\nA-1,Réseau,100\n");
    const auto utf16 = [&](bool bigEndian, bool bom) {
        QByteArray bytes;
        if (bom)
            bytes += bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
        for (const QChar c : text) {
            const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
            bytes += bigEndian ? QByteArray { &hi, 1 } + QByteArray { &lo, 1 } : QByteArray { &lo, 1 } + QByteArray { &hi, 1 };
        }
        return bytes;
    };
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-16 LE with BOM") << utf16(false, true) << QStringLiteral("UTF-16");
    QTest::newRow("UTF-16 BE with BOM") << utf16(true, true) << QStringLiteral("UTF-16");
    QTest::newRow("UTF-16 LE without BOM") << utf16(false, false) << QStringLiteral("UTF-16");
    QTest::newRow("UTF-32 LE with BOM") << QByteArray("\xFF\xFE\x00\x00" "c\x00\x00\x00", 8) << QStringLiteral("UTF-32");
}

void TestCsvReader::wideEncodingsAreNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("wide.csv"), bytes);
    CsvReader reader(path);
    bool ok = true;
    QVERIFY(readAll(reader, &ok).isEmpty());
    QVERIFY(!ok);
    QCOMPARE(reader.errorString(), path + QStringLiteral(": unsupported encoding (%1); save the file as UTF-8 (or "
                                                         "Windows-1252) and import it again.").arg(encoding));
}

void TestCsvReader::nulInAUtf8Cell()
{
    // One NUL in a UTF-8 file is a cell's problem (the importer names it), not the file's encoding.
    QTemporaryDir dir;
    CsvReader reader(write(dir, QStringLiteral("nul.csv"), QByteArray("code,name\nA\x00" "1,Alpha\n", 20)));
    bool ok = false;
    const QList<CsvRecord> records = readAll(reader, &ok);
    QVERIFY2(ok, qPrintable(reader.errorString()));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).fields.at(0), QStringLiteral("A") + QChar(0) + QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
