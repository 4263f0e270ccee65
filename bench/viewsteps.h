#pragma once

#include <QStringList>

// The workspace steps of the benchmark, offscreen, with the classes the main window uses: the Projects
// view is a ProjectModel in a TablePage (FilterBar, FilterProxy, QTreeView), shown at 1280×800 so that
// the view lays out and paints as it does on screen. Each runs in its own `vigie-bench --step` process.
namespace VigieBench {

// setFile() until the first viewport paint with rows in it (firstScreen) or until every project is in
// the model and painted.
int stepProjectsLoad(const QStringList &args, bool firstScreen);
// Types "payroll" into the Projects view's search box one key at a time on the loaded 100,000 rows;
// each keystroke is timed from the key event until the proxy re-filtered and the view repainted. The
// slowest keystroke is reported.
int stepFilterKeystroke(const QStringList &args);
// A click on the "Authorized budget" header: the proxy sorts every row by cost, the view repaints.
int stepSortByCost(const QStringList &args);
int stepSortByName(const QStringList &args);
// MainWindow::openFile() on the file, with a 10 ms timer ticking: the longest gap between two ticks
// (the longest time the GUI could not answer) until the file is open, the projects are all loaded and
// the overview is computed.
int stepGuiStall(const QStringList &args);
// Once the file is open and loaded as in gui-stall, shows each page in turn (each until its workers are
// done and at least a second), then sorts the Projects view by cost: the longest gap between two ticks
// of a 10 ms timer, and each page's own.
int stepPageStall(const QStringList &args);
// Once the file is open and loaded, what a person does to a new project through the edit facade (add
// it, change its code and forecast, find its code typed in another case, link it to a measure, undo
// all), each timed as the longest wait of an input event until the window is idle again.
int stepEditStall(const QStringList &args);

} // namespace VigieBench
