#pragma once

#include "analysis/strategychecks.h"
#include "analysis/summary.h"
#include "views/printable.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace Vigie {

class Document;
struct RowFilter;

class BackgroundTask;
class MoversPanel;
class PortfolioFile;

// The portfolio at a glance (SummaryBuilder): measure progress by key area, project health by count
// and by dollars for each indicator, workforce and envelope headlines. Each card links to its view.
// Recomputed whenever the file changes (coalesced to once per event-loop turn; when hidden, on show).
// For a large file the aggregates (a fifth of a second at 100,000 projects) are computed on a worker
// thread with its own read-only connection, so the window never waits for them.
class OverviewPage : public QWidget, public Printable
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setDocument(Document *document);
    const Summary &summary() const { return m_summary; }
    // A summary is being computed in the background.
    bool isComputing() const;
    // The text of the cards, for tests.
    QString cardText(const QString &pageId) const;
    MoversPanel *moversPanel() const { return m_movers; }
    // Follows a card's link as a click would ("projects", "filter:projects?health=3&indicator=0", …).
    void followLink(const QString &target);
    bool canPrint() const override { return m_file != nullptr; }
    // What an empty page or card says of a portfolio that cannot be changed here (the pages' tables say
    // it too).
    static QString noWorkforceSurveyText();
    static QString noEnvelopeText();
    void printTo(QPagedPaintDevice *device) const override;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // summary() holds new figures.
    void summaryChanged();
    // The user followed a card's link to the page `pageId` ("strategy", "projects", …).
    void pageRequested(const QString &pageId);
    // The user followed a card's link to a chart (a ChartDataBuilder id, "project-health-cost", …).
    void chartRequested(const QString &chartId);
    // The user followed a count to the rows it counts ("3 red projects" → Projects filtered red).
    void filterRequested(const QString &pageId, const Vigie::RowFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void setSummary(const Summary &summary);
    void render();
    void retranslateUi();
    // Two columns of cards where the page has room for them side by side, else one.
    void layOutCards();
    // The portfolio can be changed here: an empty card then says how to fill it.
    bool writable() const;
    QString strategyHtml() const;
    QString projectsHtml() const;
    QString workforceHtml() const;
    QString envelopesHtml() const;

    QPointer<Document> m_document;
    PortfolioFile *m_file = nullptr;
    Summary m_summary;
    StrategyChecks m_checks; // measure flags and link gaps, as of today
    bool m_hasSummary = false; // m_summary is of the current file
    BackgroundTask *m_task;
    bool m_pending = false;
    bool m_stale = false;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_strategy;
    QLabel *m_projects;
    QLabel *m_workforce;
    QLabel *m_envelopes;
    MoversPanel *m_movers;
    QScrollArea *m_scroll;
    QGridLayout *m_grid;
    QList<QWidget *> m_cards; // strategy, projects, workforce, envelopes, what moved
    int m_columns = 0;
};

} // namespace Vigie
