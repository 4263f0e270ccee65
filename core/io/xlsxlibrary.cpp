#include "xlsxlibrary.h"

#include <QLibrary>

namespace Vigie::XlsxLibrary {

namespace {

struct Loaded
{
    Functions functions;
    QString problem; // empty when every function was found
};

// Resolves one function; the first one missing says why in *problem.
template <typename F>
void resolve(QLibrary &library, const char *symbol, F *to, QString *problem)
{
    *to = reinterpret_cast<F>(library.resolve(symbol));
    if (!*to && problem->isEmpty())
        *problem = library.errorString();
}

Loaded load()
{
    Loaded l;
    QLibrary library(QStringLiteral("xlsxwriter"), VIGIE_XLSXWRITER_SOVERSION);
    if (!library.load()) {
        l.problem = library.errorString();
        return l;
    }
    Functions &f = l.functions;
    QString *p = &l.problem;
    resolve(library, "workbook_new", &f.workbookNew, p);
    resolve(library, "workbook_new_opt", &f.workbookNewOpt, p);
    resolve(library, "workbook_add_format", &f.workbookAddFormat, p);
    resolve(library, "workbook_add_worksheet", &f.workbookAddWorksheet, p);
    resolve(library, "workbook_close", &f.workbookClose, p);
    resolve(library, "format_set_bold", &f.formatSetBold, p);
    resolve(library, "format_set_bottom", &f.formatSetBottom, p);
    resolve(library, "format_set_num_format", &f.formatSetNumFormat, p);
    resolve(library, "format_set_bg_color", &f.formatSetBgColor, p);
    resolve(library, "format_set_pattern", &f.formatSetPattern, p);
    resolve(library, "format_set_align", &f.formatSetAlign, p);
    resolve(library, "worksheet_write_string", &f.worksheetWriteString, p);
    resolve(library, "worksheet_write_number", &f.worksheetWriteNumber, p);
    resolve(library, "worksheet_write_datetime", &f.worksheetWriteDatetime, p);
    resolve(library, "worksheet_set_column", &f.worksheetSetColumn, p);
    resolve(library, "worksheet_freeze_panes", &f.worksheetFreezePanes, p);
    resolve(library, "worksheet_autofilter", &f.worksheetAutofilter, p);
    resolve(library, "lxw_strerror", &f.strerror, p);
    // Never unloaded: QLibrary's destructor leaves the library mapped.
    return l;
}

} // namespace

const Functions *functions(QString *what)
{
    static const Loaded loaded = load(); // once, thread-safe
    if (!loaded.problem.isEmpty()) {
        if (what)
            *what = loaded.problem;
        return nullptr;
    }
    return &loaded.functions;
}

QString fileName()
{
    return QStringLiteral("libxlsxwriter.so.%1").arg(VIGIE_XLSXWRITER_SOVERSION);
}

} // namespace Vigie::XlsxLibrary
