#pragma once

// libcsv, loaded when a CSV file is first read rather than linked (OnDemandLibrary). Linked, the dynamic
// loader mapped and relocated it at the start of every command: 0.13 ms of a `vigie summary` of 7 ms, for
// a library only the CSV reader uses (docs/PERFORMANCE.md, part 12). The header gives the functions'
// types; the library, its soname's version (VIGIE_CSV_SOVERSION).
#include <csv.h>

#include <QString>

namespace Vigie::CsvLibrary {

// The functions Vigie calls, each with the library's own type.
struct Functions
{
    decltype(&::csv_init) init = nullptr;
    decltype(&::csv_set_delim) setDelim = nullptr;
    decltype(&::csv_set_space_func) setSpaceFunc = nullptr;
    decltype(&::csv_parse) parse = nullptr;
    decltype(&::csv_fini) fini = nullptr;
    decltype(&::csv_free) free = nullptr;
    decltype(&::csv_error) error = nullptr;
    decltype(&::csv_strerror) strerror = nullptr;
};

// The library's functions, loaded on the first call and kept for the life of the process (any thread);
// nullptr when the library or one of its functions cannot be found, with *what saying which and why.
const Functions *functions(QString *what);

// The library's file name, as the dynamic loader is asked for it ("libcsv.so.3").
QString fileName();

} // namespace Vigie::CsvLibrary
