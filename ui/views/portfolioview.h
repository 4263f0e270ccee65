#pragma once

namespace Vigie {

class Document;

// Optional interface for pages added with MainWindow::addPage(): the window hands each such page the
// open document (null when it closes). The page reads through the document and edits through its
// editor(); a read-only document refuses edits.
class PortfolioView
{
public:
    virtual ~PortfolioView() = default;
    virtual void setDocument(Document *document) = 0;
};

} // namespace Vigie
