#pragma once

// libxlsxwriter, loaded when a workbook is first written rather than linked (OnDemandLibrary). Linked,
// the dynamic loader mapped it, with zlib, minizip and OpenSSL's libcrypto, at the start of every
// command: 1–2 ms of a `vigie summary` that lasts 10, for a library only an XLSX export uses. The header
// gives the functions' types; the library, its soname's version (VIGIE_XLSXWRITER_SOVERSION).
#include <xlsxwriter.h>

#include <QString>

namespace Vigie::XlsxLibrary {

// The functions Vigie calls, each with the library's own type.
struct Functions
{
    decltype(&::workbook_new) workbookNew = nullptr;
    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_add_format) workbookAddFormat = nullptr;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::format_set_bold) formatSetBold = nullptr;
    decltype(&::format_set_bottom) formatSetBottom = nullptr;
    decltype(&::format_set_num_format) formatSetNumFormat = nullptr;
    decltype(&::format_set_bg_color) formatSetBgColor = nullptr;
    decltype(&::format_set_pattern) formatSetPattern = nullptr;
    decltype(&::format_set_align) formatSetAlign = nullptr;
    decltype(&::worksheet_write_string) worksheetWriteString = nullptr;
    decltype(&::worksheet_write_number) worksheetWriteNumber = nullptr;
    decltype(&::worksheet_write_datetime) worksheetWriteDatetime = nullptr;
    decltype(&::worksheet_set_column) worksheetSetColumn = nullptr;
    decltype(&::worksheet_freeze_panes) worksheetFreezePanes = nullptr;
    decltype(&::worksheet_autofilter) worksheetAutofilter = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;
};

// The library's functions, loaded on the first call and kept for the life of the process (any thread);
// nullptr when the library or one of its functions cannot be found, with *what saying which and why.
const Functions *functions(QString *what);

// The library's file name, as the dynamic loader is asked for it ("libxlsxwriter.so.4").
QString fileName();

} // namespace Vigie::XlsxLibrary
