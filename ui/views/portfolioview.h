#pragma once

namespace Vigie {

class Editor;
class PortfolioFile;

// Optional interface for pages added with MainWindow::addPage(): the window hands each such page the
// open portfolio (and null pointers when it closes). `editor` is null-free but may be read-only.
class PortfolioView
{
public:
    virtual ~PortfolioView() = default;
    virtual void setPortfolio(PortfolioFile *file, Editor *editor) = 0;
};

} // namespace Vigie
