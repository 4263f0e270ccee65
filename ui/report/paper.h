#pragma once

#include <QPalette>

class QWidget;

namespace Vigie {

// Documents are paper: the briefing, the merge report and the guide are written for a white page
// (dark text, light table headings, coloured chips), and a desktop with a dark colour scheme must not
// turn their text white on those headings, or on the printed page. What shows a document on screen
// takes the paper palette; what draws one on a page draws with it. Everything else follows the desktop.
namespace Paper {

// The desktop's palette with a white page (Base), near-black text (Text) and dark blue links.
QPalette palette(const QPalette &desktop);
// Gives `view` (a QTextBrowser, or any widget showing a document) the paper's colours.
void apply(QWidget *view);

} // namespace Paper

} // namespace Vigie
