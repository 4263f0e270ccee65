// libFuzzer target: import mappings (JSON written by users or downloaded), parsed, resolved against a
// header made from the same bytes, and written back.
#include "fuzzsupport.h"

#include "io/mapping.h"

using namespace Vigie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    VigieFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList errors;
    const std::optional<ImportMapping> mapping = ImportMapping::fromJson(json, &errors);
    if (!mapping)
        return 0;
    const QStringList header = QString::fromUtf8(json).split(QLatin1Char(','));
    ImportIndexes indexes {};
    mapping->resolve(header, &indexes, &errors);
    // What a mapping writes, it reads back.
    if (!ImportMapping::fromJson(mapping->toJson(), &errors))
        std::abort();
    return 0;
}
