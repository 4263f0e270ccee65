#pragma once

class QPagedPaintDevice;
class QString;

namespace Vigie {

// A page that prints what it shows (File → Print…, Ctrl+P): a table as filtered and sorted, the chart
// on screen, the briefing. The main window asks the current page.
class Printable
{
public:
    virtual ~Printable() = default;
    // False when there is nothing to print (no portfolio open).
    virtual bool canPrint() const = 0;
    // Paints the page's content onto `device` (a printer, a print preview, a PDF writer), as many
    // pages as it takes.
    virtual void printTo(QPagedPaintDevice *device) const = 0;
};

} // namespace Vigie
