// MainWindow: File → Import from CSV (projects, organizations, measures, workforce, envelopes), File → Export (projects, measures, workforce to CSV or
// XLSX) and the Briefing menu, which drives the Briefing page.
#include "mainwindow.h"
#include "readonlynote.h"

#include "document/document.h"
#include "dialogs/dialogs.h"
#include "dialogs/importdialog.h"
#include "dialogs/propertiesdialog.h"
#include "i18n/language.h"
#include "io/exporter.h"
#include "report/briefingview.h"
#include "report/tableprinter.h"
#include "views/copyactions.h"
#include "storage/portfoliofile.h"
#include "views/pagestack.h"
#include "views/printable.h"
#include "views/tablepage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>

namespace Vigie {

QString MainWindow::viewFileStem(const QString &id)
{
    //: File names suggested for an exported view: lower case, words joined by hyphens.
    if (id == QLatin1String("strategy"))
        return tr("strategy");
    if (id == QLatin1String("projects"))
        return tr("projects");
    if (id == QLatin1String("envelopes"))
        return tr("envelopes");
    if (id == QLatin1String("workforce"))
        return tr("workforce");
    if (id == QLatin1String("workforce-pivot"))
        return tr("workforce-by-specialty");
    return id;
}

void MainWindow::createDataActions()
{
    // The five imports in a submenu, as the exports are: the File menu stays one column on a 1280x800
    // screen at 200 % (in two, its right column's shortcuts were cut in French).
    m_importMenu = m_fileMenu->addMenu(QString());
    m_importMenu->menuAction()->setObjectName(QStringLiteral("menuImport"));
    m_importAction = m_importMenu->addAction(QString(), this, &MainWindow::importProjects);
    m_importAction->setObjectName(QStringLiteral("actionImportProjects"));
    for (ImportKind kind : { ImportKind::Organizations, ImportKind::Measures, ImportKind::Workforce, ImportKind::Envelopes }) {
        QAction *action = m_importMenu->addAction(QString(), this, [this, kind] { importData(int(kind)); });
        action->setObjectName(QStringLiteral("actionImport") + ImportFields::kindName(kind));
        m_importKindActions.append(action);
    }
    m_propertiesAction = m_fileMenu->addAction(QString(), this, &MainWindow::editProperties);
    m_propertiesAction->setObjectName(QStringLiteral("actionProperties"));
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->menuAction()->setObjectName(QStringLiteral("menuExport"));
    m_exportProjects = m_exportMenu->addAction(QString(), this, [this] { exportTable(ExportTable::Projects); });
    m_exportMeasures = m_exportMenu->addAction(QString(), this, [this] { exportTable(ExportTable::Measures); });
    m_exportWorkforce = m_exportMenu->addAction(QString(), this, [this] { exportTable(ExportTable::Workforce); });
    m_exportMenu->addSeparator();
    m_exportView = m_exportMenu->addAction(QString(), this, &MainWindow::exportCurrentView);
    m_exportProjects->setObjectName(QStringLiteral("actionExportProjects"));
    m_exportMeasures->setObjectName(QStringLiteral("actionExportMeasures"));
    m_exportWorkforce->setObjectName(QStringLiteral("actionExportWorkforce"));
    m_exportView->setObjectName(QStringLiteral("actionExportView"));
    m_fileMenu->addSeparator();
    // Print what is on screen: the table as filtered, the chart, the briefing. The Briefing menu keeps
    // its own Print for the briefing from any page.
    m_printPreviewAction = m_fileMenu->addAction(QString(), this, &MainWindow::printPreviewCurrent);
    m_printAction = m_fileMenu->addAction(QString(), this, &MainWindow::printCurrent);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printPreviewAction->setObjectName(QStringLiteral("actionPrintPreview"));
}

void MainWindow::createBriefingMenu()
{
    // The Briefing page's own buttons, from the menu bar: they work from any page.
    m_briefingMenu = menuBar()->addMenu(QString());
    m_briefingDraft = m_briefingMenu->addAction(QString(), this, [this] {
        showPage(QStringLiteral("briefing"));
        m_briefingView->draftFromData();
    });
    m_briefingMenu->addSeparator();
    m_briefingExport = m_briefingMenu->addAction(QString(), m_briefingView, &BriefingView::exportDocument);
    m_briefingPreview = m_briefingMenu->addAction(QString(), m_briefingView, &BriefingView::printPreview);
    m_briefingPrint = m_briefingMenu->addAction(QString(), m_briefingView, &BriefingView::print);
    m_briefingDraft->setObjectName(QStringLiteral("actionBriefingDraft"));
    m_briefingExport->setObjectName(QStringLiteral("actionBriefingExport"));
    m_briefingPreview->setObjectName(QStringLiteral("actionBriefingPreview"));
    m_briefingPrint->setObjectName(QStringLiteral("actionBriefingPrint"));
}

void MainWindow::retranslateDataActions()
{
    m_importMenu->setTitle(tr("&Import from CSV"));
    m_importAction->setText(tr("&Projects…"));
    m_propertiesAction->setText(tr("&Properties…"));
    const QStringList importTexts { tr("Or&ganizations…"), tr("&Measures…"), tr("&Workforce Survey…"),
                                    tr("En&velopes…") };
    for (int i = 0; i < m_importKindActions.size(); ++i)
        m_importKindActions.at(i)->setText(importTexts.value(i));
    m_exportMenu->setTitle(tr("&Export"));
    m_exportProjects->setText(tr("&Projects…"));
    m_exportMeasures->setText(tr("&Measures…"));
    m_exportWorkforce->setText(tr("&Workforce…"));
    m_exportView->setText(tr("Current &View…"));
    m_exportView->setToolTip(tr("The table on screen as shown: rows filtered and sorted, visible columns."));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setWhatsThis(tr("Prints what the page shows: the table as filtered and sorted, the chart, the "
                                   "briefing or the overview."));
    m_printPreviewAction->setText(tr("Print Pre&view…"));
    m_briefingMenu->setTitle(tr("&Briefing"));
    m_briefingDraft->setText(tr("&Draft from Data"));
    m_briefingExport->setText(tr("&Export Briefing…"));
    m_briefingPreview->setText(tr("Print Briefing Pre&view…"));
    m_briefingPrint->setText(tr("&Print Briefing…"));
}

void MainWindow::updateDataActions()
{
    const bool open = bool(m_document);
    const bool writable = open && !m_document->isReadOnly();
    m_importMenu->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_propertiesAction->setEnabled(writable);
    for (QAction *action : std::as_const(m_importKindActions))
        action->setEnabled(writable);
    // Nothing leaves the window, exported or printed, from a portfolio this program no longer reads
    // faithfully (another Vigie upgraded it while it was open here, or the server's connection was lost).
    const bool readable = open && !m_document->isOutdated();
    m_exportMenu->setEnabled(readable);
    for (QAction *action : { m_exportProjects, m_exportMeasures, m_exportWorkforce, m_briefingExport,
                             m_briefingPreview, m_briefingPrint, m_printAction, m_printPreviewAction })
        action->setEnabled(readable);
    m_findAction->setEnabled(open);
    m_exportView->setEnabled(readable && currentTablePage());
    enableUnlessReadOnly(m_briefingDraft, writable, writable ? m_briefingView->readOnlyReason() : QString());
    // A copy written by a Vigie that no longer reads the portfolio's format would leave out what the new
    // format holds, then be merged back.
    m_saveCopyAction->setEnabled(open && !m_document->isOutdated());
    m_copyActions->setDocument(m_document.get());
}

void MainWindow::importProjects()
{
    if (!m_document || m_document->isReadOnly())
        return;
    ImportDialog dialog(m_document->editor(), this);
    dialog.setStartFolder(m_document->file()->folder());
    dialog.exec(); // the dialog resets the views itself after an import
}

void MainWindow::importData(int kind)
{
    if (!m_document || m_document->isReadOnly())
        return;
    ImportDialog dialog(m_document->editor(), this, ImportKind(kind));
    dialog.setStartFolder(m_document->file()->folder());
    dialog.exec();
}

void MainWindow::editProperties()
{
    if (!m_document || m_document->isReadOnly())
        return;
    PropertiesDialog dialog(m_document->editor(), this);
    dialog.exec(); // an accepted change is one undoable edit; the views follow its change notification
}

bool MainWindow::exportTable(ExportTable table)
{
    if (!m_document)
        return false;
    // Plain CSV is the data format (stable headers and stored values, re-importable); the French
    // Excel CSV is for French readers (French headers, names and words, `;` and decimal commas); a
    // workbook speaks the program's language. Either can carry both languages, side by side.
    const QString csv = tr("CSV (*.csv)");
    const QString csvFrench = tr("CSV for French Excel (*.csv)");
    const QString csvBoth = tr("CSV for French Excel, both languages (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString xlsxBoth = tr("Excel workbook, both languages (*.xlsx)");
    // French Excel reads `;` and decimal commas: the likelier choice for a French-speaking user.
    QString filter = Language::current() == QLatin1String("fr") ? csvFrench : csv;
    const PortfolioFile *current = m_document->file();
    const QString suggested = QDir(current->folder()).filePath(
        QStringLiteral("%1-%2.csv").arg(current->baseName(), Exporter::sheetName(table).toLower()));
    const QString caption = table == ExportTable::Projects ? tr("Export Projects")
        : table == ExportTable::Measures                   ? tr("Export Measures")
                                                           : tr("Export Workforce");
    QString path = Dialogs::saveFileName(this, caption, suggested,
                                         QStringList { csv, csvFrench, csvBoth, xlsx, xlsxBoth }.join(QStringLiteral(";;")),
                                         &filter);
    if (path.isEmpty())
        return false;
    const bool workbook = filter == xlsx || filter == xlsxBoth;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty())
        path += workbook ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    else if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        showError(tr("%1: choose a name ending in .csv or .xlsx.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Exporter::Options options;
    options.excelFrench = filter == csvFrench || filter == csvBoth;
    options.language = options.excelFrench ? QStringLiteral("fr") : workbook ? Language::current() : QString();
    options.bothLanguages = filter == csvBoth || filter == xlsxBoth;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Exporter::exportTables(*m_document->file(), { table }, path, options, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool MainWindow::printCurrentPage(QPagedPaintDevice *device) const
{
    const auto *printable = dynamic_cast<const Printable *>(m_stack->currentWidget());
    if (!m_document || !printable || !printable->canPrint())
        return false;
    printable->printTo(device);
    return true;
}

void MainWindow::printCurrent()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    // Tables are wide: landscape unless the user chooses otherwise.
    if (currentTablePage())
        printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_stack->currentWidget()->windowTitle()));
    if (dialog.exec() == QDialog::Accepted && printCurrentPage(&printer))
        statusBar()->showMessage(tr("%1 sent to the printer.").arg(m_stack->currentWidget()->windowTitle()), 8000);
}

void MainWindow::printPreviewCurrent()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    if (currentTablePage())
        printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printCurrentPage(p); });
    dialog.exec();
}

bool MainWindow::exportCurrentView()
{
    TablePage *table = currentTablePage();
    if (!m_document || !table || !table->model())
        return false;
    const QString csv = tr("CSV (*.csv)");
    const QString csvFrench = tr("CSV for French Excel (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString filter = Language::current() == QLatin1String("fr") ? csvFrench : csv;
    const PortfolioFile *current = m_document->file();
    const QString suggested = QDir(current->folder()).filePath(
        QStringLiteral("%1-%2.csv").arg(current->baseName(), viewFileStem(table->id())));
    QString path = Dialogs::saveFileName(this, tr("Export the Current View"), suggested,
                                         QStringList { csv, csvFrench, xlsx }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const TableSnapshot snapshot = table->snapshot();
    Exporter::Options options;
    options.excelFrench = filter == csvFrench;
    QString error;
    if (!Exporter::exportGrid({ snapshot.title, snapshot.headers, snapshot.rows }, path, options, &error)) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

} // namespace Vigie
