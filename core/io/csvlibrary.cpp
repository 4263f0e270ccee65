#include "csvlibrary.h"

#include "ondemandlibrary.h"

namespace Vigie::CsvLibrary {

const Functions *functions(QString *what)
{
    static const OnDemandFunctions<Functions> loaded(
        "csv", VIGIE_CSV_SOVERSION, [](OnDemandLibrary &library, Functions &f) {
            library.resolve("csv_init", &f.init);
            library.resolve("csv_set_delim", &f.setDelim);
            library.resolve("csv_set_space_func", &f.setSpaceFunc);
            library.resolve("csv_parse", &f.parse);
            library.resolve("csv_fini", &f.fini);
            library.resolve("csv_free", &f.free);
            library.resolve("csv_error", &f.error);
            library.resolve("csv_strerror", &f.strerror);
        });
    return loaded.get(what);
}

QString fileName() { return OnDemandLibrary::fileName("csv", VIGIE_CSV_SOVERSION); }

} // namespace Vigie::CsvLibrary
