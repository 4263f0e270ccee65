// libFuzzer target: opening a portfolio file made of arbitrary bytes (the header check, recovery,
// the schema check, the quick check) and, when it opens, reading it as the commands do.
#include "fuzzsupport.h"

#include "analysis/summary.h"
#include "storage/integrity.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"

using namespace Vigie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    VigieFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = VigieFuzz::scratchPath("input.vigie");
    QFile::remove(path + QStringLiteral("-journal"));
    if (!VigieFuzz::writeScratch(path, data, size))
        return 0;
    FileError error;
    if (auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error)) {
        Summary summary;
        QString message;
        SummaryBuilder::compute(*file, &summary, &message);
        Repository::projects(*file, 0, 50);
        Repository::measures(*file);
        Repository::organizations(*file);
        file->info();
    }
    IntegrityCheck::run(path);
    return 0;
}
