// libFuzzer target: the CSV reader (libcsv underneath) on arbitrary bytes, with each delimiter and
// encoding forced and detected, in small chunks so records straddle chunk boundaries.
#include "fuzzsupport.h"

#include "io/csvreader.h"

using namespace Vigie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    VigieFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = VigieFuzz::scratchPath("input.csv");
    if (!VigieFuzz::writeScratch(path, data, size))
        return 0;
    const char delimiter = size > 0 ? ",;\t\0"[data[0] % 4] : 0;
    for (TextEncoding encoding : { TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Windows1252 }) {
        CsvReader::Options options;
        options.delimiter = delimiter;
        options.encoding = encoding;
        options.chunkSize = 7 + int(size % 64);
        CsvReader reader(path, options);
        qsizetype fields = 0;
        reader.read([&](const CsvRecord &record) {
            fields += record.fields.size();
            return fields < 100000;
        });
    }
    CsvReader::detectDelimiter(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
