#pragma once

#include "chartrenderer.h"

#include "storage/portfoliofile.h"

#include <QPointer>
#include <QUndoStack>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Vigie {

class ChartView;

// The Charts page: the list of charts, filters (organization, key area, period) shared by all of
// them, the chart itself, and buttons to freeze a reporting period and to export or copy the chart.
// Follows the file: refreshes on PortfolioFile::changed and reset. Does not own the file or the
// undo stack; without a stack, freezing a period is done directly (it is journaled either way).
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(Vigie::PortfolioFile *file, QWidget *parent = nullptr);

    void setFile(Vigie::PortfolioFile *file);
    Vigie::PortfolioFile *file() const { return m_file; }
    // Freezing a period goes through this stack when set (the main window owns it).
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // While hidden, postpone redrawing the chart until shown (the main window's page).
    void setDeferWhileHidden(bool defer) { m_deferWhileHidden = defer; }

    QString currentChartId() const;
    void setCurrentChart(const QString &id);
    // The chart on screen as a request: what a briefing would embed.
    ChartRequest request() const;
    ChartView *view() const { return m_view; }

    // Selects filter entries by row id (0 = all, or current values for the period).
    void setOrganizationFilter(RowId id);
    void setKeyAreaFilter(RowId id);
    void setPeriodFilter(RowId id);

    // Freezes the current values as a period (through the undo stack when set); false with a message.
    bool freezePeriod(const QString &label, const QDate &asOf, QString *error);

public Q_SLOTS:
    void refresh();
    void freezePeriodInteractively();
    void exportInteractively();
    void copyToClipboard();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onFileChanged(Vigie::Entity entity);
    void fillCharts();
    void fillFilters();
    void retranslate();
    ChartFilter filter() const;

    QPointer<PortfolioFile> m_file;
    QPointer<QUndoStack> m_undoStack;
    QListWidget *m_charts;
    QLabel *m_organizationLabel;
    QLabel *m_keyAreaLabel;
    QLabel *m_periodLabel;
    QComboBox *m_organization;
    QComboBox *m_keyArea;
    QComboBox *m_period;
    QPushButton *m_freeze;
    QPushButton *m_export;
    QPushButton *m_copy;
    ChartView *m_view;
    QLabel *m_error;
    bool m_filling = false;
    bool m_deferWhileHidden = false;
    bool m_stale = false;
};

} // namespace Vigie
