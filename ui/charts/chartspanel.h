#pragma once

#include "chartrenderer.h"

#include "storage/change.h"
#include "storage/portfoliofile.h"
#include "views/portfolioview.h"
#include "views/printable.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Vigie {

class BackgroundTask;
class ChartView;
class Document;

// The Charts page: the list of charts, filters (organization, key area, period) shared by all of
// them, the chart itself, and buttons to freeze a reporting period and to export or copy the chart.
// Follows the document: refreshes on its change notifications; freezing a period goes through its edit
// facade (one undoable edit).
class ChartsPanel : public QWidget, public PortfolioView, public Printable
{
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    void setDocument(Document *document) override;
    Vigie::PortfolioFile *file() const { return m_file; }
    // While hidden, postpone redrawing the chart until shown (the main window's page).
    void setDeferWhileHidden(bool defer) { m_deferWhileHidden = defer; }

    QString currentChartId() const;
    // The name an exported chart is offered under, in the current language ("health-trend", "tendance").
    static QString fileStem(const QString &chartId);
    void setCurrentChart(const QString &id);
    // The chart on screen as a request: what a briefing would embed.
    ChartRequest request() const;
    ChartView *view() const { return m_view; }

    // Selects filter entries by row id (0 = all, or current values for the period).
    void setKeyAreaFilter(RowId id);
    void setPeriodFilter(RowId id);

    // Freezes the current values as a period (one undoable edit); false with a message.
    bool freezePeriod(const QString &label, const QDate &asOf, QString *error, const QString &labelFr = QString());

    // The chart on screen, one per page, as exported.
    bool canPrint() const override;
    void printTo(QPagedPaintDevice *device) const override;

Q_SIGNALS:
    // exportInteractively() wrote the chart to `path`.
    void exported(const QString &path);
    // copyToClipboard() put the chart on the clipboard.
    void copied();

public Q_SLOTS:
    // Builds the chart shown again. A large file's chart reads every project (seconds at a million): it is
    // built on a worker thread with its own connection, the chart shown stays until the new one comes.
    void refresh();
    void updateButtons();
    // A chart is being built on the worker.
    bool isComputing() const;
    void freezePeriodInteractively();
    void exportInteractively();
    void copyToClipboard();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onChanged(const Vigie::Change &change);
    void fillCharts();
    void fillFilters();
    void showChart(const ChartData &data, const QLocale &locale, const QString &error, bool built);
    void retranslate();
    ChartFilter filter() const;

    QPointer<Document> m_document;
    PortfolioFile *m_file = nullptr;
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
    BackgroundTask *m_task;
    bool m_filling = false;
    bool m_deferWhileHidden = false;
    bool m_stale = false;
};

} // namespace Vigie
