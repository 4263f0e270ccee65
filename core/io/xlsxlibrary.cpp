#include "xlsxlibrary.h"

#include "ondemandlibrary.h"

namespace Vigie::XlsxLibrary {

const Functions *functions(QString *what)
{
    static const OnDemandFunctions<Functions> loaded(
        "xlsxwriter", VIGIE_XLSXWRITER_SOVERSION, [](OnDemandLibrary &library, Functions &f) {
            library.resolve("workbook_new", &f.workbookNew);
            library.resolve("workbook_new_opt", &f.workbookNewOpt);
            library.resolve("workbook_add_format", &f.workbookAddFormat);
            library.resolve("workbook_add_worksheet", &f.workbookAddWorksheet);
            library.resolve("workbook_close", &f.workbookClose);
            library.resolve("format_set_bold", &f.formatSetBold);
            library.resolve("format_set_bottom", &f.formatSetBottom);
            library.resolve("format_set_num_format", &f.formatSetNumFormat);
            library.resolve("format_set_bg_color", &f.formatSetBgColor);
            library.resolve("format_set_pattern", &f.formatSetPattern);
            library.resolve("format_set_align", &f.formatSetAlign);
            library.resolve("worksheet_write_string", &f.worksheetWriteString);
            library.resolve("worksheet_write_number", &f.worksheetWriteNumber);
            library.resolve("worksheet_write_datetime", &f.worksheetWriteDatetime);
            library.resolve("worksheet_set_column", &f.worksheetSetColumn);
            library.resolve("worksheet_freeze_panes", &f.worksheetFreezePanes);
            library.resolve("worksheet_autofilter", &f.worksheetAutofilter);
            library.resolve("lxw_strerror", &f.strerror);
        });
    return loaded.get(what);
}

QString fileName() { return OnDemandLibrary::fileName("xlsxwriter", VIGIE_XLSXWRITER_SOVERSION); }

} // namespace Vigie::XlsxLibrary
